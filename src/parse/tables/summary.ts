/**
 * 收支总表 and 财政拨款收支总表: two tables side by side (收入 | 支出). The 支出 side lists the 类 by
 * name, which the national classification turns into codes; the totals rows (本年收入合计, 收入总计,
 * 上年结转 …) become figures.
 */
import type { Section } from '../segment.js';
import type { Line } from '../lines.js';
import { parseAmount, round2 } from '../amount.js';
import { functionalClassCode } from '../classification.js';
import { measureOf, type Measure } from '../columns.js';
import type { TableRow } from './tableRows.js';
import { tableUnit } from './tableRows.js';

const TOTAL_LABELS: [RegExp, string][] = [
	[/^本年收入合计$/, 'income_current'],
	[/^本年支出合计$/, 'expenditure_current'],
	[/^收入总计$|^总计$/, 'income_total'],
	[/^支出总计$/, 'expenditure_total'],
	[/^(上年结转(结余)?|年初(财政拨款)?结转和结余|上年财政拨款结转)$/, 'carryover_in'],
	[/^(年终结转(结余)?|年末(财政拨款)?结转和结余)$/, 'carryover_out'],
	[/^使用非财政拨款结余(和专用结余)?$/, 'nonfiscal_used'],
	[/^结余分配$/, 'balance_distribution'],
];

export type SummaryResult = {
	classes: TableRow[];
	totals: Map<string, { value: number; line: number }>;
};

export function readSummary(
	section: Section,
	tableKey: 'summary' | 'fiscal_summary',
): SummaryResult {
	const classes: TableRow[] = [];
	const totals = new Map<string, { value: number; line: number }>();
	const scale = tableUnit(section.lines) === '元' ? 1 / 10000 : 1;
	// The 支出 side's measure columns: labels right of the second 项目 header cell.
	// Laid out on its columns by the adapter (a PDF): each 支出 column is named by its deepest heading
	// (人员经费 under 基本支出, 项目支出 beside them), whatever the header lines' order.
	const fixed = section.lines.some((l) => l.grid) ? positionalMeasures(section.lines) : null;
	let rightMeasures: (Measure | 'skip')[] = fixed ?? [];
	let seenTotalsKey = 0;
	let rowNo = false;
	let totalValues: (number | null)[] = [];
	for (const line of section.lines) {
		const cells = line.cells.map((c) => c.replace(/\s+/g, ''));
		if (cells.includes('行次')) rowNo = true;
		const projIdx = cells.map((c, i) => (/^项目$/.test(c) ? i : -1)).filter((i) => i >= 0);
		if (
			projIdx.length >= 2 ||
			(projIdx.length === 1 && rightMeasures.length === 0 && cells.some((c) => /小计|合计/.test(c)))
		) {
			if (fixed) continue;
			const from = projIdx.length >= 2 ? projIdx[1]! + 1 : 0;
			const ms = cells
				.slice(from)
				.map((c) => (c === '行次' ? 'skip' : measureOf(c)))
				.filter((m) => m !== undefined);
			if (ms.length) rightMeasures = dedupe(ms as (Measure | 'skip')[]);
			continue;
		}
		if (
			cells.some((c) => /^(小计|合计)$/.test(c)) &&
			cells.every((c) => c === '' || measureOf(c) || c === '行次')
		) {
			const ms = cells.map((c) => measureOf(c)).filter((m): m is Measure => m !== undefined);
			if (ms.length && !fixed)
				rightMeasures = dedupe<Measure | 'skip'>(['total', ...ms.filter((m) => m !== 'total')]);
			continue;
		}
		cells.forEach((cell, i) => {
			const code = functionalClassCode(cell);
			if (code && /支出$|预备费$/.test(cell.replace(/\(类\)/, ''))) {
				const values = amountsAfter(line, i, scale, rowNo);
				const amounts: Partial<Record<Measure, number>> = {};
				const ms: (Measure | 'skip')[] = fixed ?? rightMeasures.filter((m) => m !== 'skip');
				values.forEach((v, k) => {
					const named = ms[k] ?? (k === 0 ? 'total' : undefined);
					const m = named === 'skip' ? undefined : named;
					if (v !== null && m && amounts[m] === undefined) amounts[m] = v;
				});
				classes.push({
					code,
					name: cell.replace(/^[一二三四五六七八九十]+、/, ''),
					line: line.no,
					amounts,
					values,
				});
				return;
			}
			for (const [re, key] of TOTAL_LABELS) {
				if (!re.test(cell)) continue;
				const all = amountsAfter(line, i, scale, rowNo);
				// The figure of a total row, past blank cells a PDF table leaves between label and figure.
				const v = all.find((x) => x !== null);
				if (key === 'expenditure_current') totalValues = all;
				let k = key;
				// 001's layout says 总计 on both sides: the first is income, the second expenditure.
				if (cell === '总计') k = seenTotalsKey++ % 2 === 0 ? 'income_total' : 'expenditure_total';
				if (v !== null && v !== undefined && !totals.has(`${k}@${line.no}`)) {
					const prefix = tableKey === 'fiscal_summary' ? 'fiscal_' : '';
					totals.set(`${prefix}${k}`, { value: v, line: line.no });
				}
			}
		});
		if (!cells.includes('总计')) seenTotalsKey = 0;
	}
	const classRows = classes.filter((r) => Object.keys(r.amounts).length > 0);
	const total = totals.get(
		tableKey === 'fiscal_summary' ? 'fiscal_expenditure_current' : 'expenditure_current',
	);
	if (total) {
		const amounts: Partial<Record<Measure, number>> = {};
		const ms: (Measure | 'skip')[] = fixed ?? rightMeasures.filter((m) => m !== 'skip');
		totalValues.forEach((v, k) => {
			const named = ms[k] ?? (k === 0 ? 'total' : undefined);
			const m = named === 'skip' ? undefined : named;
			if (v !== null && m && amounts[m] === undefined) amounts[m] = v;
		});
		classRows.unshift({
			code: '合计',
			name: '合计',
			line: total.line,
			amounts,
			values: totalValues,
		});
	}
	return { classes: classRows, totals };
}

/** The amounts right of cell i, skipping a 行次 (row number) cell; stops at the next label. */
function amountsAfter(line: Line, i: number, scale: number, rowNo: boolean): (number | null)[] {
	const out: (number | null)[] = [];
	let cells = line.cells.slice(i + 1);
	// 行次: a small integer right after the label, in layouts with a 行次 column.
	if (rowNo && /^\d{0,2}$/.test(cells[0] ?? '') && cells.length > 1) cells = cells.slice(1);
	for (const c of cells) {
		const v = parseAmount(c);
		if (v === undefined) break;
		out.push(v === null ? null : round2(v * scale));
	}
	return out;
}

function dedupe<T>(xs: T[]): T[] {
	return xs.filter((x, i) => xs.indexOf(x) === i || x === ('skip' as T));
}

/**
 * The 支出 side's measures by cell position, right of the second 项目 heading: for each position the
 * deepest heading that names a measure; positions without one are skipped. Null when the header has
 * no 项目 | … | 项目 line.
 */
function positionalMeasures(lines: readonly Line[]): (Measure | 'skip')[] | null {
	const norm = (l: Line) => l.cells.map((c) => c.replace(/\s+/g, ''));
	const at = lines.findIndex((l) => norm(l).filter((c) => c === '项目').length >= 2);
	if (at < 0) return null;
	const from = norm(lines[at]!).lastIndexOf('项目') + 1;
	const firstData = lines.findIndex((l) =>
		l.cells.some((c) => functionalClassCode(c) !== undefined),
	);
	const header = lines.slice(0, firstData < 0 ? lines.length : firstData);
	const width = Math.max(...header.map((l) => l.cells.length));
	const out: (Measure | 'skip')[] = [];
	for (let pos = from; pos < width; pos++) {
		const label = [...header]
			.reverse()
			.map((l) => measureOf(l.cells[pos] ?? ''))
			.find((m) => m !== undefined);
		out.push(label ?? 'skip');
	}
	return out.some((m) => m !== 'skip') ? out : null;
}
