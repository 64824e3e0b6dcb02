/**
 * 公开质量得分: one document's score, from what it publishes and what the checks found in it.
 * Pure; the same formula is written out in the view's 说明 and in docs/disclosure-score.md.
 *
 * Three parts, each on 0–100:
 *
 * - 完整性 = 100 × the mean of the required items' points (已公开 1, 空表有说明 1, 空表无说明 0.5,
 *   缺失 0), minus the other 完整性 findings (目录与正文不符, 空表说明所指非本表, 注明空表却有数字 …):
 *   10 per error, 2 per warning. A finding that says the same as an item's status (missing_table,
 *   toc_not_printed, missing_section for a missing item; empty_without_note for an empty one) is
 *   counted by the item, not again. A document without items starts from 100.
 * - 一致性 = 100 − 10 per error − 2 per warning of 表内, 表间 and 文表 (within_table, between_tables,
 *   text_vs_table).
 * - 规范性 = 100 − 10 per error − 2 per warning of 形式 (form).
 *
 * One rule takes off at most 30 points from a part, however many findings it has. Each part is
 * floored at 0. 总分 = 0.4 × 完整性 + 0.4 × 一致性 + 0.2 × 规范性. Every figure is
 * rounded to one decimal at the end (the total from the unrounded parts). Info findings (what the
 * parser did) never count. A finding a reviewer marked 非问题 does not count: it deducts nothing,
 * and an item whose gap it reports scores 1.
 */
import type { Family } from '../../parse/review/catalogue.js';

export type ItemStatus = 'present' | 'empty_noted' | 'empty_unnoted' | 'missing';
export type ScoreItem = { item: string; label: string; status: ItemStatus; line: number | null };
export type ScoreFinding = {
	family: string;
	severity: 'error' | 'warning';
	check: string;
	line: number | null;
	message: string;
};

export const STATUS_POINTS: Record<ItemStatus, number> = {
	present: 1,
	empty_noted: 1,
	empty_unnoted: 0.5,
	missing: 0,
};
/** Points taken off a part per finding. */
export const PENALTY = { error: 10, warning: 2 } as const;
/** The most one rule can take off a part, however many findings it has. */
export const RULE_CAP = 30;
export const WEIGHTS = { completeness: 0.4, consistency: 0.4, form: 0.2 } as const;
/** The families 一致性 is made of. */
export const CONSISTENCY_FAMILIES: readonly Family[] = [
	'within_table',
	'between_tables',
	'text_vs_table',
];

export type Part = 'completeness' | 'consistency' | 'form';

export type DocScore = Record<Part, number> & {
	total: number;
	/** Mean points of the required items (0–1); null when the document has none. */
	items: number | null;
	/** Counted findings (not marked 非问题) per family, by severity. */
	counts: Partial<Record<Family, { error: number; warning: number }>>;
	/** Findings left out because a reviewer marked them 非问题. */
	dismissed: number;
};

/** Does finding `f` report the gap that item `i`'s status already records? */
export function reportsItem(f: ScoreFinding, i: ScoreItem): boolean {
	if (i.status === 'missing')
		return (
			((f.check === 'missing_table' || f.check === 'toc_not_printed') &&
				f.message.includes(`「${i.label}」`)) || // zh-data: the parser quotes the table's name
			(f.check === 'missing_section' && f.message.includes(i.label))
		);
	return i.status === 'empty_unnoted' && f.check === 'empty_without_note' && f.line === i.line;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const floor0 = (x: number) => Math.max(0, x);

/**
 * Scores one document. `dismissed(f)` says whether a reviewer marked the finding 非问题 (defaults to
 * none).
 */
export function scoreDocument(
	items: readonly ScoreItem[],
	findings: readonly ScoreFinding[],
	dismissed: (f: ScoreFinding) => boolean = () => false,
): DocScore {
	const kept = findings.filter((f) => !dismissed(f));
	const itemFindings = new Set<ScoreFinding>();
	const points = items.map((i) => {
		const reports = findings.filter((f) => f.family === 'completeness' && reportsItem(f, i));
		for (const f of reports) itemFindings.add(f);
		const cleared = reports.length > 0 && reports.every(dismissed);
		return cleared ? 1 : STATUS_POINTS[i.status];
	});
	const itemsMean = points.length ? points.reduce((s, p) => s + p, 0) / points.length : null;

	const counts: DocScore['counts'] = {};
	for (const f of kept) {
		const c = (counts[f.family as Family] ??= { error: 0, warning: 0 });
		c[f.severity]++;
	}
	// Per rule at most RULE_CAP: one systemic slip (an approval copy misread row by row) is one
	// problem, not eighty.
	const penalty = (fs: readonly ScoreFinding[]) => {
		const byRule = new Map<string, number>();
		for (const f of fs) byRule.set(f.check, (byRule.get(f.check) ?? 0) + PENALTY[f.severity]);
		return [...byRule.values()].reduce((s, p) => s + Math.min(p, RULE_CAP), 0);
	};
	const completeness = floor0(
		100 * (itemsMean ?? 1) -
			penalty(kept.filter((f) => f.family === 'completeness' && !itemFindings.has(f))),
	);
	const consistency = floor0(
		100 - penalty(kept.filter((f) => CONSISTENCY_FAMILIES.includes(f.family as Family))),
	);
	const form = floor0(100 - penalty(kept.filter((f) => f.family === 'form')));
	const total =
		WEIGHTS.completeness * completeness + WEIGHTS.consistency * consistency + WEIGHTS.form * form;
	return {
		completeness: round1(completeness),
		consistency: round1(consistency),
		form: round1(form),
		total: round1(total),
		items: itemsMean,
		counts,
		dismissed: findings.length - kept.length,
	};
}

/**
 * The family a click on 一致性 opens in 数据核验: the one with most counted findings (ties in the
 * order 表内, 表间, 文表); null when there is none.
 */
export function consistencyFamily(counts: DocScore['counts']): Family | null {
	let best: Family | null = null;
	let most = 0;
	for (const fam of CONSISTENCY_FAMILIES) {
		const c = counts[fam];
		const n = c ? c.error + c.warning : 0;
		if (n > most) [best, most] = [fam, n];
	}
	return best;
}
