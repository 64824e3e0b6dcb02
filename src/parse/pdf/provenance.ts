/**
 * Page and box for every row read from a PDF. Readers record only the line a figure came from; the
 * layout knows where each cell of that line is on its page, so the figure's box is the box of the
 * cell that prints its value (in 元 or 万元), else the line's box.
 */
import { parseAmount, round2 } from '../amount.js';
import { TABLE_NAMES, type Dataset } from '../../schema/tables.js';
import type { PdfLayout } from './layout.js';

/** The column of each table that holds its figure. */
const VALUE: Record<string, string> = {
	functional_items: 'amount',
	economic_items: 'amount',
	three_public: 'amount',
	projects: 'amount',
	figures: 'value',
	validation_issues: 'value_a',
	budget_execution: 'final',
	performance_evals: 'score',
	project_targets: 'year_amount',
};

/**
 * The cells of a line that print `value` (万元; the cell may print it in 元). A code cell (01, 302)
 * is no figure, even when its digits equal one. Shared with the source viewer, which finds a clicked
 * figure's cell the same way.
 */
export function figureCells<C extends { text: string; box: string }>(
	cells: readonly C[],
	value: number,
): C[] {
	return valuedCells(cells)
		.filter((c) => matches(c.v, value))
		.map((c) => c.cell);
}

/** The cells of a line that print a number, with their box and value. */
const valuedCells = <C extends { text: string; box: string }>(
	cells: readonly C[],
): { cell: C; v: number }[] =>
	cells.flatMap((cell) => {
		if (!cell.box || /^(?!0$)\d{1,3}$|^[23]\d{4,6}$/.test(cell.text)) return [];
		const v = parseAmount(cell.text);
		return typeof v === 'number' ? [{ cell, v }] : [];
	});

/** A cell's number prints `value` (万元) as it is, or in 元. */
const matches = (v: number, value: number): boolean =>
	round2(v) === value || (value !== 0 && round2(v / 10000) === value);

export function attachProvenance(ds: Dataset, layout: PdfLayout): void {
	// Each line's numeric cells, parsed once: many rows point to the same line.
	const valued = new Map<number, ReturnType<typeof valuedCells<{ text: string; box: string }>>>();
	for (const t of TABLE_NAMES) {
		if (t === 'documents') continue;
		const valueCol = VALUE[t];
		// A value printed twice on one line (合计 = 项目支出): its rows take the matching cells in turn.
		const taken = new Map<string, number>();
		for (const row of ds[t] as Record<string, unknown>[]) {
			const line = row.line;
			const at = typeof line === 'number' ? layout.lines[line - 1] : null;
			if (!at) continue;
			row.page = at.page;
			const value = valueCol ? row[valueCol] : undefined;
			let box = at.box;
			if (typeof value === 'number') {
				let cells = valued.get(line as number);
				if (!cells) valued.set(line as number, (cells = valuedCells(at.cells)));
				const hits = cells.filter((c) => matches(c.v, value));
				const turn = `${line}|${value}`;
				const k = taken.get(turn) ?? 0;
				if (hits.length) box = hits[Math.min(k, hits.length - 1)]!.cell.box;
				taken.set(turn, k + 1);
			}
			row.box = box;
		}
	}
	// A finding's second figure: its page and the box of its cell.
	for (const row of ds.validation_issues) {
		const at = typeof row.line_b === 'number' ? layout.lines[row.line_b - 1] : null;
		if (!at) continue;
		row.page_b = at.page;
		const v = row.value_b;
		const hit = typeof v === 'number' ? figureCells(at.cells, v)[0] : undefined;
		row.box_b = hit?.box ?? at.box;
	}
}
