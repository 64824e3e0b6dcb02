/**
 * The column model of a table: which cell of a data row holds which measure. Headers span two or
 * three lines with merged cells (本年收入 over 小计 / 财政拨款收入 …); exports misplace merged labels by a
 * cell now and then, so measures are ordered by what they are (合计 first, 上年结转 last, the rest as
 * printed) rather than trusted to the exact tab position of their label.
 */
import type { Line } from './lines.js';
import { MEASURE_ALIASES } from './specs/index.js';

import type { Measure } from '../schema/tables.js';

export type { Measure };

const MEASURES: [RegExp, Measure][] = [
	[/^(合计|金额|预算数|决算数|统计数|本年(支出|收入)合计|\d{4}年?(度)?(合计|预算数)?)$/, 'total'],
	[/^小计$/, 'total'],
	[/^基本支出$/, 'basic'],
	[/^项目支出$/, 'project'],
	[/^当年预算安排$/, 'current_year'],
	[/^上年结转(安排|结余)?$/, 'carryover'],
	[/^人员经费$/, 'personnel'],
	[/^公用经费$/, 'public'],
	[/政府性基金/, 'gov_fund'],
	[/国有资本经营/, 'state_capital'],
	[/财政专户/, 'special_account'],
	[/^单位资金$/, 'unit_funds'],
	[/^一般公共预算/, 'general_budget'],
	[/^财政拨款(收入)?$/, 'fiscal'],
	[/上级补助/, 'superior_subsidy'],
	[/^事业收入$/, 'business'],
	[/^经营(收入|支出)$/, 'operating'],
	[/附属单位上缴/, 'affiliated'],
	[/^其他收入$/, 'other'],
	[/上[缴解]上级/, 'paid_to_superior'],
	[/对附属单位补助/, 'subsidy_to_affiliated'],
];

export function measureOf(label: string): Measure | undefined {
	const l = label.replace(/\s+/g, '');
	return (MEASURE_ALIASES.find(([re]) => re.test(l)) ?? MEASURES.find(([re]) => re.test(l)))?.[1];
}

const RANK: Partial<Record<Measure, number>> = { total: 0, carryover: 2 };

/**
 * The measures of a table's amount columns, left to right, read from its header lines. When both 合计
 * and 小计 head columns, 小计 is this year's part (本年收入小计), not the total.
 */
export function measureColumns(header: readonly Line[]): (Measure | null)[] {
	const grouped = groupedColumns(header);
	if (grouped) return grouped;
	const found: { pos: number; label: string; measure: Measure; row: number }[] = [];
	header.forEach((line, row) =>
		line.cells.forEach((cell, pos) => {
			const measure = measureOf(cell);
			if (measure) found.push({ pos, label: cell.replace(/\s+/g, ''), measure, row });
		}),
	);
	// A label above another label in the same cell position heads a group of columns (一般公共预算支出
	// over 基本支出): the deepest label names the column.
	const deepest = new Map<number, number>();
	for (const f of found) deepest.set(f.pos, Math.max(deepest.get(f.pos) ?? -1, f.row));
	if (header.some((l) => l.page !== undefined))
		found.splice(0, found.length, ...found.filter((f) => f.row === deepest.get(f.pos)));
	const hasHeji = found.some((f) => f.label === '合计' || /合计$/.test(f.label));
	const seen = new Set<Measure>();
	return found
		.map((f) => ({
			...f,
			measure: f.label === '小计' && hasHeji ? ('current_year' as const) : f.measure,
		}))
		.sort(
			(a, b) => (RANK[a.measure] ?? 1) - (RANK[b.measure] ?? 1) || a.pos - b.pos || a.row - b.row,
		)
		.filter((f) => (seen.has(f.measure) ? false : (seen.add(f.measure), true)))
		.map((f) => f.measure);
}

/**
 * Tables that repeat 合计 | 基本支出 | 项目支出 under several groups (年初预算 | 本年收入 | 本年支出 |
 * 年末结转) are read by position: the columns of the 本年支出 group (else the first group with data
 * labels) give the measures, the other groups' columns are skipped (null).
 */
function groupedColumns(header: readonly Line[]): (Measure | null)[] | null {
	const deepest = [...header]
		.reverse()
		.find((l) => l.cells.filter((c) => measureOf(c) === 'total').length >= 2);
	if (!deepest) return null;
	const above = header[header.indexOf(deepest) - 1];
	if (!above) return null;
	const groups = above.cells
		.map((c, i) => ({ i, label: c.replace(/\s+/g, '') }))
		.filter((g) => g.label !== '');
	const groupAt = (pos: number) => [...groups].reverse().find((g) => g.i <= pos)?.label ?? '';
	const chosen =
		groups.find((g) => /本年支出/.test(g.label))?.label ??
		groups.find((g) => /本年/.test(g.label))?.label;
	if (!chosen) return null;
	const nameCol = Math.max(
		0,
		header
			.flatMap((l) =>
				l.cells.map((c, i) => (/科目名称|项目名称/.test(c.replace(/\s+/g, '')) ? i : -1)),
			)
			.reduce((a, b) => Math.max(a, b), -1),
	);
	const out: (Measure | null)[] = [];
	for (let pos = nameCol + 1; pos < deepest.cells.length; pos++) {
		const m = measureOf(deepest.cells[pos] ?? '');
		out.push(groupAt(pos) === chosen ? (m ?? null) : null);
	}
	return out;
}
