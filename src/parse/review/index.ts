/**
 * The 公开质量审查 run on a document once its tables and text are read: completeness, form, the
 * text's wording, the fund tables and amounts below zero. Its time is kept in `reviewClock`, so
 * `npm run bench:parse` can print the rules' cost as a share of parsing.
 */
import type { Ctx } from '../context.js';
import type { Line } from '../lines.js';
import type { Section } from '../segment.js';
import type { TableRow } from '../tables/tableRows.js';
import { isBlankForm, reviewCompleteness } from './completeness.js';
import { reviewForm } from './form.js';
import { checkFundTables, checkIncomeTable, checkNegatives } from './tables.js';
import { checkTextWording } from './text.js';

export { checkSummaryBalance } from './tables.js';

/** Milliseconds spent in the review rules since the process started (read by the benchmark). */
export const reviewClock = { ms: 0 };

export type Reviewed = {
	/** The tables read, after continuations were joined and duplicates dropped. */
	main: readonly Section[];
	approvals: readonly Section[];
	/** The text outside tables, as the narrative reader saw it. */
	text: readonly Line[];
	toc: readonly Line[];
	lines: readonly Line[];
	province: string | null;
	functional: ReadonlyMap<string, TableRow[]>;
	summaries: ReadonlyMap<string, { totals: ReadonlyMap<string, { value: number; line: number }> }>;
};

export function review(ctx: Ctx, r: Reviewed): void {
	const t0 = performance.now();
	const blankForm = isBlankForm(r.main);
	checkTextWording(ctx, r.text);
	checkFundTables(
		ctx,
		r.main.filter((s) => s.kind === 'fiscal_summary' || s.kind === 'summary'),
		r.functional,
	);
	checkNegatives(ctx);
	checkIncomeTable(ctx, r.summaries, r.functional.get('income'));
	const inToc = new Set(r.toc.map((l) => l.no));
	const body = r.text.filter((l) => !inToc.has(l.no));
	if (ctx.doc.kind === 'budget' || ctx.doc.kind === 'final_account')
		reviewCompleteness(ctx, {
			sections: r.main,
			approvals: r.approvals,
			toc: r.toc,
			prose: body,
			province: r.province,
			blankForm,
		});
	reviewForm(ctx, r.main, body, r.lines, blankForm);
	reviewClock.ms += performance.now() - t0;
}
