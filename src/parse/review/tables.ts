/**
 * 表内 and 表间 rules the table readers do not run themselves: the 总表's totals against their parts
 * (总计 = 本年 + 结转结余), the fund tables against the 总表's fund rows, and amounts below zero.
 */
import type { Ctx } from '../context.js';
import type { Line } from '../lines.js';
import type { Section } from '../segment.js';
import type { TableKind } from '../tableKinds.js';
import { parseAmount, round2, sameAmount } from '../amount.js';
import { tableUnit, type TableRow } from '../tables/tableRows.js';

type Totals = ReadonlyMap<string, { value: number; line: number }>;

/**
 * 收入总计 = 本年收入合计 + 年初结转和结余 (+ 使用非财政拨款结余) and 支出总计 = 本年支出合计 +
 * 年末结转和结余 (+ 结余分配), in a 收支总表 or a 财政拨款收支总表. Checked only when the total and the
 * current-year figure are both printed; a part not printed counts as 0.
 */
export function checkSummaryBalance(
	ctx: Ctx,
	s: Section,
	kind: 'summary' | 'fiscal_summary',
	totals: Totals,
): void {
	const p = kind === 'fiscal_summary' ? 'fiscal_' : '';
	const sides = [
		{
			total: 'income_total',
			current: 'income_current',
			parts: ['carryover_in', 'nonfiscal_used'],
			word: '收入',
		},
		{
			total: 'expenditure_total',
			current: 'expenditure_current',
			parts: ['carryover_out', 'balance_distribution'],
			word: '支出',
		},
	];
	for (const side of sides) {
		const total = totals.get(`${p}${side.total}`);
		const current = totals.get(`${p}${side.current}`);
		if (!total || !current) continue;
		const parts = side.parts.map((k) => totals.get(`${p}${k}`)?.value ?? 0);
		const expected = round2(current.value + parts.reduce((a, b) => a + b, 0));
		if (!sameAmount(total.value, expected))
			ctx.issue(
				'error',
				'summary_balance',
				`「${s.title.trim()}」${side.word}总计 ${total.value}，本年${side.word}合计 ${current.value} 加结转结余 ${round2(expected - current.value)} 为 ${expected}`,
				total.line,
				{
					table_a: kind,
					value_a: total.value,
					table_b: kind,
					value_b: expected,
					line_b: current.line,
				},
			);
	}
}

const FUND_LABELS: [TableKind, RegExp, string][] = [
	[
		'gov_fund',
		/^(?:[一二三四五六七八九十]+、|\d+[.、．]?)?政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|资金)?$/,
		'政府性基金',
	],
	[
		'state_capital',
		/^(?:[一二三四五六七八九十]+、|\d+[.、．]?)?国有资本经营(?:预算)?(?:财政)?(?:拨款)?(?:收入|资金)?$/,
		'国有资本经营预算',
	],
];

/** The amount printed right of a label cell (in 万元), null when the row prints none. */
function labelledAmount(s: Section, re: RegExp): { value: number | null; line: Line } | null {
	const scale = tableUnit(s.lines) === '元' ? 1 / 10000 : 1;
	// A 行次 column numbers the rows: its 1, 2, 3 are no amounts.
	const rowNo = s.lines.some((l) => l.cells.some((c) => c.replace(/\s+/g, '') === '行次'));
	for (const line of s.lines) {
		const i = line.cells.findIndex((c) => re.test(c.replace(/\s+/g, '')));
		if (i < 0) continue;
		let skip = rowNo;
		for (const c of line.cells.slice(i + 1)) {
			if (skip && /^\d{1,3}$/.test(c.trim())) {
				skip = false;
				continue;
			}
			const v = parseAmount(c);
			if (typeof v === 'number') return { value: round2(v * scale), line };
			if (v === undefined) break;
		}
		return { value: null, line };
	}
	return null;
}

/**
 * The 政府性基金 / 国有资本经营 tables against the 总表's rows for the same money: a fund table with
 * figures while the 总表 prints nothing for that fund, or the reverse.
 */
export function checkFundTables(
	ctx: Ctx,
	summaries: readonly Section[],
	funds: ReadonlyMap<string, TableRow[]>,
): void {
	for (const [kind, re, word] of FUND_LABELS) {
		const stated = summaries.map((s) => ({ s, at: labelledAmount(s, re) })).find((x) => x.at);
		if (!stated) continue;
		const rows = funds.get(kind) ?? [];
		const total = rows.find((r) => r.code === '合计')?.amounts.total;
		const fundTotal =
			total ??
			rows.filter((r) => r.code.length === 3).reduce((a, r) => a + (r.amounts.total ?? 0), 0);
		const inSummary = stated.at!.value ?? 0;
		if (fundTotal > 0 && inSummary === 0)
			ctx.issue(
				'error',
				'fund_table_not_empty',
				`${word}表列有支出 ${round2(fundTotal)} 万元，但「${stated.s.title.trim()}」的${word}一栏为空或为 0`,
				stated.at!.line.no,
				{
					table_a: stated.s.kind,
					value_a: inSummary,
					table_b: kind,
					value_b: round2(fundTotal),
					line_b: rows[0]?.line ?? null,
				},
			);
		else if (inSummary > 0 && rows.length === 0)
			ctx.issue(
				'warning',
				'fund_table_not_empty',
				`「${stated.s.title.trim()}」列有${word} ${inSummary} 万元，但${word}支出表没有数字`,
				stated.at!.line.no,
				{ table_a: stated.s.kind, value_a: inSummary, table_b: kind, value_b: 0 },
			);
	}
}

/** Amounts below zero in the spending tables: rarely right in a disclosure, always worth a look. */
export function checkNegatives(ctx: Ctx): void {
	const doc = ctx.doc.docId;
	const rows = [
		...ctx.out.functional_items.filter((r) => r.doc_id === doc),
		...ctx.out.economic_items.filter((r) => r.doc_id === doc),
		...ctx.out.three_public.filter((r) => r.doc_id === doc && r.source === 'table'),
	];
	const seen = new Set<number>();
	for (const r of rows) {
		if (r.amount >= 0 || seen.has(r.line)) continue;
		seen.add(r.line);
		const name = 'name' in r ? `${r.code} ${r.name}` : r.category;
		ctx.issue('warning', 'negative_amount', `${name}：金额为负（${r.amount} 万元）`, r.line, {
			value_a: r.amount,
		});
	}
}

/**
 * The 收入表's 合计 against the 总表: its 本年收入 (the 合计 less 上年结转, or the 本年收入 column)
 * equals the 总表's 本年收入合计, and its 财政拨款 columns the 财政拨款总表's 本年收入.
 */
export function checkIncomeTable(
	ctx: Ctx,
	summaries: ReadonlyMap<string, { totals: Totals }>,
	income: readonly TableRow[] | undefined,
): void {
	const row = income?.find((r) => r.code === '合计');
	if (!row) return;
	const a = row.amounts;
	const current =
		a.current_year ?? (a.total !== undefined ? a.total - (a.carryover ?? 0) : undefined);
	const fiscal =
		a.fiscal ??
		(a.general_budget !== undefined || a.gov_fund !== undefined || a.state_capital !== undefined
			? (a.general_budget ?? 0) + (a.gov_fund ?? 0) + (a.state_capital ?? 0)
			: undefined);
	const pairs: [number | undefined, { value: number; line: number } | undefined, string, string][] =
		[
			[current, summaries.get('summary')?.totals.get('income_current'), 'summary', '本年收入合计'],
			[
				fiscal,
				summaries.get('fiscal_summary')?.totals.get('fiscal_income_current'),
				'fiscal_summary',
				'财政拨款本年收入',
			],
		];
	for (const [mine, other, table, word] of pairs) {
		if (mine === undefined || !other || sameAmount(round2(mine), other.value)) continue;
		ctx.issue(
			'error',
			'cross_table',
			`收入表合计${table === 'summary' ? '（本年收入）' : '（财政拨款）'} ${round2(mine)}，${table === 'summary' ? '收支总表' : '财政拨款收支总表'}${word} ${other.value}`,
			row.line,
			{
				table_a: 'income',
				value_a: round2(mine),
				table_b: table,
				value_b: other.value,
				line_b: other.line,
			},
		);
	}
}
