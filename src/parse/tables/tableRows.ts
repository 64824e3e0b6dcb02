/**
 * Reading the data rows of a classification table (科目编码 | 科目名称 | amounts…), in every layout:
 * with or without a 序号 column, 合计 in the code or the name column, header lines repeated at page
 * breaks, names split across a page break, amounts in 元 where the header says so.
 */
import type { Line } from '../lines.js';
import { parseAmount, round2 } from '../amount.js';
import { measureColumns, measureOf, type Measure } from '../columns.js';
import type { Ctx } from '../context.js';
import { isUnitName } from './projects.js';

export type TableRow = {
	code: string;
	name: string;
	line: number;
	amounts: Partial<Record<Measure, number>>;
	/** The amount cells, in order, as numbers (null for blanks); for tables read by position. */
	values: (number | null)[];
	/**
	 * Measures whose cell held text that is no number ('1O.00'): reported and left out, so sums and
	 * comparisons involving them are unknown rather than wrong.
	 */
	unreadable?: Measure[];
};

const HEADER_WORD =
	/科目|项目|序号|栏次|行次|^类$|^款$|^项$|合计|预算数|决算数|经费|支出$|收入$|资金|拨款/;
const META =
	/单位[:：]|部门名称|单位名称|预算年度|^\d{4}年度?$|公开\d+表|批复\d*表|^表$|^\d+\s*\S+(局|厅|委|所|中心|院|处|办)$/;

/** Money unit of a table, from its meta lines: 元 converts to 万元, anything else is 万元. */
export function tableUnit(lines: readonly Line[]): '万元' | '元' {
	const head = lines
		.slice(0, 12)
		.map((l) => l.text.replace(/\s+/g, ''))
		.join('|');
	const m = /单位[:：]?(万元|万\|?元|元)/.exec(head);
	return m && m[1] === '元' ? '元' : '万元';
}

export type ReadOptions = {
	/** Cell that identifies a data row's code. */
	codePattern: RegExp;
	/** Emitted for every table so the finding names it. */
	label: string;
};

export function readRows(
	ctx: Ctx,
	lines: readonly Line[],
	opts: ReadOptions,
): { rows: TableRow[]; measures: (Measure | null)[] } {
	const header: Line[] = [];
	const rows: TableRow[] = [];
	const scale = tableUnit(lines) === '元' ? 1 / 10000 : 1;
	if (scale !== 1)
		ctx.issue(
			'info',
			'unit_conversion',
			`${opts.label}：表头金额单位为元，已换算为万元`,
			lines[0]?.no ?? null,
		);
	let codeCol = -1;
	let nameCol = -1;
	let measures: (Measure | null)[] = [];
	// Every line above the first data row (title block, unit, column headings, a '元' wrapped off
	// '金额单位：万'): the same line after the data began is the page header printed again.
	const preamble = new Set<string>();
	const badCells = new Map<TableRow, number[]>();
	const key = (l: Line) =>
		l.cells
			.filter((c) => c !== '')
			.map((c) => c.replace(/\s+/g, ''))
			.join('|');
	for (const line of lines) {
		const cells = line.cells;
		if (cells.every((c) => c === '')) continue;
		if (rows.length > 0 && preamble.has(key(line))) continue;
		const codeIdx = findCode(cells, codeCol, opts.codePattern);
		const hasNumber = cells.some(
			(c, i) => i > 0 && typeof parseAmount(c) === 'number' && !/^\d{1,2}$/.test(c),
		);
		const totalIdx = hasNumber
			? cells.slice(0, 4).findIndex((c) => /^(合计|总计)$/.test(c.replace(/\s+/g, '')))
			: -1;
		if (codeIdx < 0 && totalIdx < 0) {
			if (rows.length === 0) preamble.add(key(line));
			if (rows.length === 0 || isHeaderLine(cells)) {
				if (isHeaderLine(cells) && !META.test(line.text.replace(/\s+/g, ''))) {
					if (rows.length === 0) header.push(line);
					const nc = cells.findIndex((c) => /科目名称|项目名称|科目$/.test(c.replace(/\s+/g, '')));
					const cc = cells.findIndex((c) => /科目(编码|代码)|编码$/.test(c.replace(/\s+/g, '')));
					if (rows.length === 0) {
						if (nc >= 0 && nameCol < 0) nameCol = nc;
						if (cc >= 0 && codeCol < 0) codeCol = cc;
					}
				}
				continue;
			}
			mergeContinuation(ctx, rows, line, nameCol, scale);
			continue;
		}
		if (measures.length === 0) measures = measureColumns(header);
		const isTotal = codeIdx < 0;
		const at = isTotal ? totalIdx : codeIdx;
		const code = isTotal ? '合计' : cells[at]!;
		// Amounts begin after the name: at the header's name column + 1, or after the code and name.
		let nameIdx = isTotal ? at : at + 1;
		if (isTotal && nameCol >= 0 && at < nameCol && (cells[nameCol] ?? '') === '') nameIdx = nameCol;
		if (isTotal && nameCol >= 0 && at === nameCol) nameIdx = nameCol;
		const name = isTotal ? '合计' : (cells[nameIdx] ?? '').replace(/\s+/g, '');
		const valueCells = cells.slice(nameIdx + 1);
		trimTrailing(valueCells);
		const bad: number[] = [];
		const values: (number | null)[] = valueCells.map((cell, i) => {
			const v = parseAmount(cell);
			if (v === undefined) {
				ctx.issue(
					'warning',
					'unreadable_amount',
					`${opts.label} ${code} ${name}：无法识别的金额「${cell}」，未采用`,
					line.no,
				);
				bad.push(i);
				return null;
			}
			return v === null ? null : round2(v * scale);
		});
		const row: TableRow = { code, name, line: line.no, amounts: {}, values };
		if (bad.length) badCells.set(row, bad);
		rows.push(row);
	}
	if (measures.length === 0) measures = measureColumns(header);
	for (const row of rows) {
		// Cell positions of unreadable amounts → the measures they stood under.
		const bad = badCells.get(row);
		if (bad) row.unreadable = bad.map((i) => measures[i]).filter((m): m is Measure => !!m);
		row.values.forEach((v, i) => {
			const m = measures[i];
			if (v === null || m === null) return;
			if (!m) {
				ctx.issue(
					'warning',
					'extra_column',
					`${opts.label} ${row.code} ${row.name}：金额 ${v} 不在任何表头列下，未采用`,
					row.line,
				);
			} else if (row.amounts[m] === undefined) row.amounts[m] = v;
		});
	}
	return { rows, measures };
}

function findCode(cells: readonly string[], codeCol: number, pattern: RegExp): number {
	if (codeCol >= 0 && pattern.test(cells[codeCol] ?? '')) return codeCol;
	for (let i = 0; i < Math.min(cells.length, 3); i++) if (pattern.test(cells[i]!)) return i;
	return -1;
}

function isHeaderLine(cells: readonly string[]): boolean {
	const filled = cells.filter((c) => c !== '');
	if (filled.length === 0) return false;
	const numeric = filled.filter((c) => typeof parseAmount(c) === 'number').length;
	if (/^栏次|^档次/.test(filled[0]!)) return true;
	if (numeric > 0 && numeric === filled.length && filled.every((c) => /^\d{1,2}$/.test(c)))
		return true; // 1 2 3 … column numbers
	return (
		(filled.some((c) => HEADER_WORD.test(c.replace(/\s+/g, '')) || measureOf(c) !== undefined) &&
			numeric === 0) ||
		META.test(filled.join(''))
	);
}

/**
 * A line with neither code nor 合计 after data rows began: the rest of a name split across a page
 * break ('强制隔离戒毒' + '人员生活'), or amounts whose code and name were on the line before.
 */
function mergeContinuation(
	ctx: Ctx,
	rows: TableRow[],
	line: Line,
	nameCol: number,
	scale: number,
): void {
	const prev = rows[rows.length - 1]!;
	const filledCells = line.cells.map((c, i) => ({ c, i })).filter(({ c }) => c !== '');
	const numbers = filledCells.filter(({ c }) => typeof parseAmount(c) === 'number');
	if (
		numbers.length === 0 &&
		filledCells.length === 1 &&
		/^[\u3400-\u9fff()（）、]+$/.test(filledCells[0]!.c)
	) {
		// The unit's name alone on a line is a running page header (阳泉市司法局), not half a row name.
		if (isUnitName(filledCells[0]!.c.replace(/\s+/g, ''), ctx)) return;
		if (nameCol < 0 || Math.abs(filledCells[0]!.i - nameCol) <= 1) {
			prev.name += filledCells[0]!.c;
			ctx.issue(
				'info',
				'split_row',
				`「${prev.name}」的名称跨页断开，已与第 ${prev.line} 行合并`,
				line.no,
			);
		}
		return;
	}
	if (numbers.length > 0 && prev.values.every((v) => v === null)) {
		ctx.issue(
			'info',
			'split_row',
			`第 ${prev.line} 行（${prev.code}）的金额在下一行，已合并`,
			line.no,
		);
		prev.values = line.cells.slice(nameCol + 1).map((c) => {
			const v = parseAmount(c);
			return typeof v === 'number' ? round2(v * scale) : null;
		});
	}
}

function trimTrailing(cells: string[]): void {
	while (cells.length && cells[cells.length - 1] === '') cells.pop();
}
