/**
 * 收入总表 / 支出总表 / 一般公共预算支出表 (and their 决算 counterparts) → functional_items.
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import { FUNCTIONAL_CODE, functionalLevel } from '../classification.js';
import { readRows, type TableRow } from './tableRows.js';
import type { FunctionalItem } from '../../schema/tables.js';

export type FunctionalTableKey =
	'income' | 'expenditure' | 'general_budget' | 'gov_fund' | 'state_capital';

/** Reads one classification table; returns its rows for cross-checks. */
export function readFunctionalTable(ctx: Ctx, section: Section): TableRow[] {
	const { rows } = readRows(ctx, section.lines, {
		codePattern: FUNCTIONAL_CODE,
		label: section.title,
	});
	return rows;
}

export function emitFunctional(ctx: Ctx, tableKey: string, rows: readonly TableRow[]): void {
	for (const row of rows) {
		const level = row.code === '合计' ? 0 : functionalLevel(row.code);
		if (level === undefined) continue;
		for (const [measure, amount] of Object.entries(row.amounts)) {
			const item: FunctionalItem = {
				doc_id: ctx.doc.docId,
				entity: ctx.doc.entity,
				table_key: tableKey,
				code: row.code,
				name: row.name,
				level,
				measure,
				amount,
				line: row.line,
			};
			ctx.out.functional_items.push(item);
		}
	}
}
