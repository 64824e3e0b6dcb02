/**
 * Golden test: data/raw/003_118d383ccab95c06.txt, 承德市司法局 2024年部门预算 (河北).
 *
 * Every expected figure and line number below was read by hand from the text (grep -n / sed -n)
 * and the sums re-added by hand; nothing was copied from the parser's output.
 *
 * Layout notes (line numbers are 1-based lines of the source file):
 * - every table row starts with a 序号 cell (1, 2, 3 …) that is neither a code nor an amount;
 * - tables run over page breaks: the continuation repeats '## 324 承德市司法局', 预算年度, 单位 and
 *   the column-header lines (62-70, 117-125, 143-151, 188-196, 244-252, 273-281, 314-322, 371-379);
 *   the one at 273 has no '##' and spaced-out headers ('项 目', '金 额', '一般公共预 算财政拨款');
 * - 收入总表 row 2040804 is split by a page break: '强制隔离戒毒' with its figures on line 115,
 *   '人员生活' alone (no 序号, no figures) on line 126;
 * - 收入总表 headers are misaligned: '上年结转' is printed over column 11 and '其他收入' over column 12,
 *   but the figures (376.64 …) are in column 12 = 上年结转 (合计 4148.23 = 小计 3771.58 + 376.64);
 * - line 267 wraps 本年收入合计 / 本年支出合计 cells in <b>…</b>;
 * - the document is consistent up to 尾数 rounding of at most 0.02 万元 (20408 children 2031.44 vs
 *   2031.43 on 112/180/308, 21011 children 101.04 vs 101.03 on 138/207/333, 301 children 2474.12 vs
 *   2474.10 on 353, 类 sum 4148.22 vs 4148.23 on 84/86/99/167/295, 28 绩效目标表 预算数 1087.33 vs
 *   项目支出 1087.32): none of these is an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { load, one, rows, RAW_DIR } from './helpers.js';
import type { FunctionalItem, ThreePublicRow } from '../../src/schema/tables.js';

const DOC = 'a7d6f4822a5d5a60';
const FILE = '003_118d383ccab95c06.txt';
const DEPT = '承德市司法局';
const RAW = readFileSync(join(RAW_DIR, FILE), 'utf8').split(/\r?\n/);

/** Tab cells of a source line (1-based), HTML tags removed, trimmed. */
const cells = (line: number): string[] =>
	(RAW[line - 1] ?? '').split('\t').map((c) => c.replace(/<[^>]+>/g, '').trim());
const num = (s: string): number | null => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null);
/** Whitespace dropped and full-width parentheses folded: cosmetic differences only. */
const squash = (s: string | null): string =>
	(s ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
const close = (a: number | null | undefined, b: number, tol = 0.005): boolean =>
	a != null && Math.abs(a - b) <= tol;

const ds = () => load('003');
const fi = (where: Partial<FunctionalItem>) =>
	one(ds(), 'functional_items', { doc_id: DOC, ...where });
const fis = (where: Partial<FunctionalItem>) =>
	rows(ds(), 'functional_items', { doc_id: DOC, ...where });

/** Expected functional amounts: [table_key, code, name, level, line, { measure: amount }, absent measures]. */
type Expect = [string, string, string, number, number, Record<string, number>, string[]];
const FUNCTIONAL: Expect[] = [
	// 收入总表 (income): 财政拨款收入 → fiscal, 上年结转 (column 12) → carryover
	['income', '合计', '合计', 0, 99, { fiscal: 3771.58, carryover: 376.64 }, []],
	['income', '204', '公共安全支出', 1, 100, { fiscal: 3020.67, carryover: 376.64 }, []],
	['income', '20406', '司法', 2, 101, { fiscal: 1362.27, carryover: 3.61 }, []],
	['income', '2040601', '行政运行', 3, 102, { fiscal: 967.35 }, ['carryover']],
	['income', '2040606', '律师管理', 3, 106, { fiscal: 89.33 }, ['carryover']],
	['income', '2040699', '其他司法支出', 3, 111, { carryover: 3.61 }, ['fiscal']],
	['income', '20408', '强制隔离戒毒', 2, 112, { fiscal: 1658.4, carryover: 373.03 }, []],
	['income', '2040802', '一般行政管理事务', 3, 114, { fiscal: 307.5 }, ['carryover']],
	['income', '2040804', '强制隔离戒毒人员生活', 3, 115, { fiscal: 55.0 }, ['carryover']],
	// first rows after the page break (126 is the '人员生活' remnant, 127 the next row)
	['income', '2040806', '所政设施建设', 3, 127, { fiscal: 20.0, carryover: 229.37 }, []],
	['income', '2040807', '信息化建设', 3, 128, { carryover: 143.67 }, ['fiscal']],
	['income', '208', '社会保障和就业支出', 1, 129, { fiscal: 480.62 }, ['carryover']],
	['income', '2080505', '机关事业单位基本养老保险缴费支出', 3, 133, { fiscal: 224.72 }, []],
	['income', '2101103', '公务员医疗补助', 3, 141, { fiscal: 11.81 }, []],
	['income', '221', '住房保障支出', 1, 152, { fiscal: 169.26 }, ['carryover']],
	['income', '2210201', '住房公积金', 3, 154, { fiscal: 169.26 }, []],
	// 支出总表 (expenditure)
	['expenditure', '合计', '合计', 0, 167, { total: 4148.23, basic: 3060.9, project: 1087.32 }, []],
	[
		'expenditure',
		'204',
		'公共安全支出',
		1,
		168,
		{ total: 3397.31, basic: 2309.99, project: 1087.32 },
		[],
	],
	['expenditure', '20406', '司法', 2, 169, { total: 1365.88, basic: 1034.09, project: 331.79 }, []],
	['expenditure', '2040601', '行政运行', 3, 170, { total: 967.35, basic: 967.35 }, ['project']],
	[
		'expenditure',
		'2040606',
		'律师管理',
		3,
		174,
		{ total: 89.33, basic: 66.74, project: 22.59 },
		[],
	],
	[
		'expenditure',
		'20408',
		'强制隔离戒毒',
		2,
		180,
		{ total: 2031.43, basic: 1275.9, project: 755.53 },
		[],
	],
	[
		'expenditure',
		'2040804',
		'强制隔离戒毒人员生活',
		3,
		183,
		{ total: 55.0, project: 55.0 },
		['basic'],
	],
	['expenditure', '2040806', '所政设施建设', 3, 184, { total: 249.37, project: 249.37 }, ['basic']],
	['expenditure', '2040807', '信息化建设', 3, 197, { total: 143.67, project: 143.67 }, ['basic']],
	[
		'expenditure',
		'208',
		'社会保障和就业支出',
		1,
		198,
		{ total: 480.62, basic: 480.62 },
		['project'],
	],
	['expenditure', '2080802', '伤残抚恤', 3, 205, { total: 9.35, basic: 9.35 }, ['project']],
	['expenditure', '2210201', '住房公积金', 3, 213, { total: 169.26, basic: 169.26 }, ['project']],
	// 一般公共预算财政拨款支出表 (general_budget)
	[
		'general_budget',
		'合计',
		'合计',
		0,
		295,
		{ total: 4148.23, basic: 3060.9, project: 1087.32 },
		[],
	],
	[
		'general_budget',
		'2040602',
		'一般行政管理事务',
		3,
		299,
		{ total: 96.0, project: 96.0 },
		['basic'],
	],
	['general_budget', '2040612', '法治建设', 3, 306, { total: 45.0, project: 45.0 }, ['basic']],
	[
		'general_budget',
		'2040804',
		'强制隔离戒毒人员生活',
		3,
		311,
		{ total: 55.0, project: 55.0 },
		['basic'],
	],
	[
		'general_budget',
		'2040806',
		'所政设施建设',
		3,
		312,
		{ total: 249.37, project: 249.37 },
		['basic'],
	],
	[
		'general_budget',
		'2040807',
		'信息化建设',
		3,
		323,
		{ total: 143.67, project: 143.67 },
		['basic'],
	],
	[
		'general_budget',
		'2080505',
		'机关事业单位基本养老保险缴费支出',
		3,
		328,
		{ total: 224.72, basic: 224.72 },
		['project'],
	],
	['general_budget', '2101101', '行政单位医疗', 3, 334, { total: 85.7, basic: 85.7 }, ['project']],
	['general_budget', '221', '住房保障支出', 1, 337, { total: 169.26, basic: 169.26 }, ['project']],
	// 收支总表 (summary): 支出 side by 类 name, 预算数 column
	['summary', '204', '公共安全支出', 1, 46, { total: 3397.31 }, []],
	['summary', '208', '社会保障和就业支出', 1, 50, { total: 480.62 }, []],
	['summary', '210', '卫生健康支出', 1, 52, { total: 101.03 }, []],
	['summary', '221', '住房保障支出', 1, 72, { total: 169.26 }, []], // after the page break
	// 财政拨款收支总表 (fiscal_summary)
	[
		'fiscal_summary',
		'204',
		'公共安全支出',
		1,
		229,
		{ total: 3397.31, general_budget: 3397.31 },
		['gov_fund', 'state_capital'],
	],
	[
		'fiscal_summary',
		'208',
		'社会保障和就业支出',
		1,
		233,
		{ total: 480.62, general_budget: 480.62 },
		[],
	],
	['fiscal_summary', '210', '卫生健康支出', 1, 235, { total: 101.03, general_budget: 101.03 }, []],
	['fiscal_summary', '221', '住房保障支出', 1, 255, { total: 169.26, general_budget: 169.26 }, []], // after the page break
];

describe('003 承德市司法局 2024年部门预算', () => {
	it('has one documents row for the department budget', () => {
		const d = one(ds(), 'documents', { doc_id: DOC });
		expect(d).toMatchObject({
			province: '河北省',
			city: '承德市',
			department: DEPT,
			entity: DEPT,
			scope: 'department',
			fiscal_year: 2024,
			kind: 'budget',
			source_file: FILE,
			layout: 'hebei',
			encoding: 'utf-8',
			money_unit: '万元',
			status: 'parsed',
		});
	});

	describe('functional_items', () => {
		it.each(FUNCTIONAL)('%s %s %s', (table_key, code, name, level, line, amounts, absent) => {
			for (const [measure, amount] of Object.entries(amounts)) {
				const r = fi({ table_key, code, measure });
				expect(r.amount).toBeCloseTo(amount, 2);
				expect(r.name).toBe(name);
				expect(r.level).toBe(level);
				expect(r.line).toBe(line);
			}
			for (const measure of absent) expect(fis({ table_key, code, measure })).toHaveLength(0);
		});

		it('the tables 合计 rows: 支出 4148.23 = 基本 3060.90 + 项目 1087.32; income 总 4148.23', () => {
			const inc = fis({ table_key: 'income', code: '合计', measure: 'total' });
			expect(inc.some((r) => close(r.amount, 4148.23) && r.line === 99 && r.level === 0)).toBe(
				true,
			);
			const sum = fis({ table_key: 'summary', code: '合计', measure: 'total' });
			expect(sum.length).toBeGreaterThan(0);
			expect(sum.every((r) => close(r.amount, 4148.23) && r.level === 0)).toBe(true);
			expect(sum.some((r) => r.line === 84)).toBe(true); // 本年支出合计
			for (const measure of ['total', 'general_budget']) {
				const fs = fis({ table_key: 'fiscal_summary', code: '合计', measure });
				expect(fs.length).toBeGreaterThan(0);
				// 267: <b>本年支出合计</b> <b>4148.23</b> <b>4148.23</b>; 282: 支出总计 4148.23 4148.23
				expect(fs.every((r) => close(r.amount, 4148.23) && [267, 282].includes(r.line))).toBe(true);
			}
		});

		it('split row 2040804 (lines 115 + 126) is one row named 强制隔离戒毒人员生活 at line 115', () => {
			const inc = fis({ table_key: 'income', code: '2040804' });
			expect(inc.length).toBeGreaterThan(0);
			for (const r of inc) {
				expect(r.name).toBe('强制隔离戒毒人员生活');
				expect(r.amount).toBeCloseTo(55.0, 2);
				expect(r.line).toBe(115);
			}
			expect(fis({ table_key: 'income', code: '2040804', measure: 'fiscal' })).toHaveLength(1);
			const all = ds().functional_items.filter((r) => r.doc_id === DOC);
			expect(all.filter((r) => r.line === 126)).toHaveLength(0);
			expect(all.filter((r) => r.name === '人员生活')).toHaveLength(0);
			// the 款 20408 keeps its own name
			expect(fi({ table_key: 'income', code: '20408', measure: 'fiscal' }).name).toBe(
				'强制隔离戒毒',
			);
		});

		it('row counts per table: 34 coded rows + 合计; summary and fiscal_summary only the 4 non-empty 类', () => {
			const codes = (t: string) => new Set(fis({ table_key: t }).map((r) => r.code));
			for (const t of ['income', 'expenditure', 'general_budget']) {
				expect(codes(t).size).toBe(35);
				expect(codes(t).has('合计')).toBe(true);
			}
			const cls = (t: string) => [...codes(t)].filter((c) => c !== '合计').sort();
			expect(cls('summary')).toEqual(['204', '208', '210', '221']);
			expect(cls('fiscal_summary')).toEqual(['204', '208', '210', '221']);
			// 政府性基金 / 国有资本经营 tables are printed empty (lines 399-425)
			expect(fis({ table_key: 'gov_fund' })).toHaveLength(0);
			expect(fis({ table_key: 'state_capital' })).toHaveLength(0);
			// empty columns give no rows
			for (const measure of [
				'operating',
				'paid_to_superior',
				'subsidy_to_affiliated',
				'gov_fund',
				'state_capital',
				'special_account',
				'business',
				'superior_subsidy',
				'affiliated',
				'other',
			])
				expect(fis({ measure })).toHaveLength(0);
		});

		it('the 序号 column never becomes a code or an amount; page headers and the TOC produce no rows', () => {
			const all = ds().functional_items.filter((r) => r.doc_id === DOC);
			expect(all.length).toBeGreaterThan(0);
			for (const r of all) {
				expect(r.code).toMatch(/^(合计|\d{3}|\d{5}|\d{7})$/);
				expect(r.level).toBe(r.code === '合计' ? 0 : { 3: 1, 5: 2, 7: 3 }[r.code.length]);
				expect(r.entity).toBe(DEPT);
				const c = cells(r.line);
				// every data line of these tables starts with its 序号; header / page-header lines do not
				expect(c[0], `line ${r.line}`).toMatch(/^\d+$/);
				// the amount is one of the line's figures, never the 序号 cell
				const figures = c
					.slice(1)
					.map(num)
					.filter((x): x is number => x !== null);
				expect(
					figures.some((x) => close(x, r.amount)),
					`line ${r.line} ${r.amount}`,
				).toBe(true);
				if (['income', 'expenditure', 'general_budget'].includes(r.table_key) && r.code !== '合计')
					expect(c[1], `line ${r.line}`).toBe(r.code);
			}
			const headerLines = [
				34, 36, 38, 40, 41, 42, 62, 64, 66, 68, 69, 70, 117, 119, 121, 123, 124, 125, 143, 149, 150,
				151, 188, 194, 195, 196, 244, 250, 251, 252, 273, 279, 280, 281, 314, 320, 321, 322,
			];
			expect(all.filter((r) => headerLines.includes(r.line) || r.line < 32)).toHaveLength(0);
			expect(
				all.filter((r) => /承德市司法局|预算年度|单位：|科目|栏次|项 ?目/.test(r.name)),
			).toHaveLength(0);
		});

		it('类 totals add up to the 合计 within the 0.02 tolerance', () => {
			for (const [t, m] of [
				['expenditure', 'total'],
				['expenditure', 'basic'],
				['expenditure', 'project'],
				['general_budget', 'total'],
				['income', 'fiscal'],
				['income', 'carryover'],
			] as const) {
				const top = fis({ table_key: t, measure: m, level: 1 }).reduce((s, r) => s + r.amount, 0);
				const tot = fi({ table_key: t, measure: m, code: '合计' }).amount;
				expect(Math.abs(top - tot), `${t}/${m}`).toBeLessThanOrEqual(0.0201);
			}
		});
	});

	describe('economic_items (一般公共预算财政拨款基本支出表, lines 349-395)', () => {
		const ECON: [string, string, number, string, number, number][] = [
			['301', '工资福利支出', 1, 'personnel', 2474.1, 353],
			['30101', '基本工资', 2, 'personnel', 685.95, 354],
			['30102', '津贴补贴', 2, 'personnel', 781.99, 355],
			['30108', '机关事业单位基本养老保险缴费', 2, 'personnel', 224.72, 358],
			['30113', '住房公积金', 2, 'personnel', 169.26, 362],
			['302', '商品和服务支出', 1, 'public', 348.81, 364],
			['30201', '办公费', 2, 'public', 38.7, 365],
			['30207', '邮电费', 2, 'public', 62.56, 369],
			['30208', '取暖费', 2, 'public', 68.61, 380], // first row after the page break
			['30213', '维修(护)费', 2, 'public', 1.0, 382],
			['30217', '公务接待费', 2, 'public', 3.15, 383],
			['30231', '公务用车运行维护费', 2, 'public', 8.4, 387],
			['303', '对个人和家庭的补助', 1, 'personnel', 237.99, 390],
			['30302', '退休费', 2, 'personnel', 176.28, 392],
			['30309', '奖励金', 2, 'personnel', 0.24, 395],
		];
		it.each(ECON)('%s %s', (code, name, level, category, amount, line) => {
			const r = one(ds(), 'economic_items', { doc_id: DOC, code });
			expect(r).toMatchObject({ name, level, category, line });
			expect(r.amount).toBeCloseTo(amount, 2);
		});

		it('33 coded rows, a 合计 of 3060.90 = 人员经费 2712.09 + 公用经费 348.81', () => {
			const all = ds().economic_items.filter((r) => r.doc_id === DOC);
			const coded = all.filter((r) => r.code !== null && r.category !== 'total');
			expect(coded).toHaveLength(33);
			expect(new Set(coded.map((r) => r.code)).size).toBe(33);
			for (const r of coded) {
				expect(cells(r.line)[1]).toBe(r.code);
				expect(r.level).toBe(r.code!.length === 3 ? 1 : 2);
			}
			const totals = all.filter((r) => r.category === 'total');
			expect(totals.some((r) => close(r.amount, 3060.9) && r.line === 352)).toBe(true);
			const lvl1 = (cat: string) =>
				coded.filter((r) => r.level === 1 && r.category === cat).reduce((s, r) => s + r.amount, 0);
			expect(lvl1('personnel')).toBeCloseTo(2712.09, 2);
			expect(lvl1('public')).toBeCloseTo(348.81, 2);
			// no row from the 序号 / header / page-header lines
			expect(
				all.filter((r) => [349, 350, 351, 371, 373, 375, 377, 378, 379].includes(r.line)),
			).toHaveLength(0);
		});
	});

	describe('three_public', () => {
		const tp = (where: Partial<ThreePublicRow>) =>
			rows(ds(), 'three_public', { doc_id: DOC, ...where });

		it('the 三公 table (lines 435-445): 2024 budget', () => {
			for (const [category, amount, line] of [
				['total', 14.55, 438],
				['vehicle_total', 11.4, 442],
				['vehicle_operation', 11.4, 444],
				['reception', 3.15, 445],
			] as const) {
				const r = one(ds(), 'three_public', {
					doc_id: DOC,
					year: 2024,
					basis: 'budget',
					source: 'table',
					category,
				});
				expect(r.amount).toBeCloseTo(amount, 2);
				expect(r.line).toBe(line);
				expect(r.entity).toBe(DEPT);
			}
			// the second header line (436) prints '合计' over column 2: it is not the 合计 row
			expect(tp({}).filter((r) => r.line >= 435 && r.line <= 437)).toEqual([]);
			const hdr = rows(ds(), 'validation_issues', { doc_id: DOC }).filter(
				(i) => i.line !== null && i.line >= 435 && i.line <= 437,
			);
			expect(hdr).toEqual([]);
			// 因公出国（境）费 and 公务用车购置费 are blank in the table: no row, or 0
			for (const category of ['outbound', 'vehicle_purchase'])
				for (const r of tp({ year: 2024, source: 'table', category })) expect(r.amount).toBe(0);
		});

		it("the narrative's 2024 figures agree with the table (lines 510-522)", () => {
			const expected: Record<string, number> = {
				total: 14.55,
				outbound: 0,
				vehicle_total: 11.4,
				vehicle_purchase: 0,
				vehicle_operation: 11.4,
				reception: 3.15,
			};
			for (const r of tp({ year: 2024, source: 'narrative' })) {
				expect(r.amount).toBeCloseTo(expected[r.category]!, 2);
				expect(r.line).toBeGreaterThanOrEqual(510);
				expect(r.line).toBeLessThanOrEqual(522);
			}
		});

		it('the narrative implies the 2023 budget figures', () => {
			// 510: 14.55 …与2023年相比减少0.03万元 → 14.58
			// 516: 公务用车购置及运行维护费11.4万元，同比无增减变化 → 11.40
			// 520: 公务用车运维费11.4万元，同比无增减变化 → 11.40
			// 522: 公务接待费3.15万元，同比减少0.03万元 → 3.18
			for (const [category, amount, line] of [
				['total', 14.58, 510],
				['vehicle_total', 11.4, 516],
				['vehicle_operation', 11.4, 520],
				['reception', 3.18, 522],
			] as const) {
				const r = one(ds(), 'three_public', {
					doc_id: DOC,
					year: 2023,
					basis: 'budget',
					source: 'narrative',
					category,
				});
				expect(r.amount).toBeCloseTo(amount, 2);
				expect(r.line).toBe(line);
			}
			// 514 因公出国（境）费0万元 / 518 公务用车购置费0万元, 同比无增减变化 → 0 (if stated)
			for (const category of ['outbound', 'vehicle_purchase'])
				for (const r of tp({ year: 2023, category })) expect(r.amount).toBe(0);
			// no 2023 figure comes from the table
			expect(tp({ year: 2023, source: 'table' })).toHaveLength(0);
		});
	});

	describe('projects (28 项目绩效目标表, 预算数 in 万元)', () => {
		// [项目编码, 项目名称 (spaces ignored), 预算数, line of 预算数]
		const PROJECTS: [string, string, number, number][] = [
			['13080024P00010310005F', '12348 法律服务热线', 22.59, 603],
			['13080024P00009710005F', '法律顾问经费', 20.0, 624],
			['13080024P00010010005E', '法律援助服务经费', 30.0, 643],
			['13080024P000094100062', '法律援助中心工作经费', 5.0, 664],
			['13080024P00009610005R', '法律职业资格考试经费', 22.0, 685],
			['13080024P00000610028B', '公务运转经费', 93.0, 705],
			['13080024P000105100047', '警察服装经费', 3.0, 724],
			['13080024P000099100047', '律师值班补贴经费', 22.59, 742],
			['13080024P00010210005R', '普法宣传经费', 10.0, 762],
			['13080024P00010410003X', '人民调解和医疗纠纷经费', 30.0, 781],
			['13080024P000093100070', '人民监督员经费', 10.0, 800],
			['13080024P00009210007A', '社区矫正和特殊人员教育经费', 20.0, 821],
			['13080024P00009810006Q', '司法所经费', 15.0, 842],
			['13080024P000101100054', '行政复议经费', 10.0, 861],
			['13080024P00009510006P', '执法培训经费', 15.0, 881],
			['13080023P00033510157D', '2023 年中央一批转移支付资金--办案业务费', 2.69, 902],
			[
				'13080023P000335101581',
				'2023 年中央一批转移支付资金--政法三级网视频会议系统更换升级',
				0.92,
				922,
			],
			['13080024P00010710004J', '被装购置项目', 49.65, 941],
			['13080024P00010910005H', '电网维护经费', 20.0, 961],
			['13080024P00011010003E', '辅警人员经费', 165.85, 982],
			['13080024P00000610025G', '公务运转经费', 54.0, 1004],
			['13080024P00011110004P', '聘用医护人员经费', 18.0, 1024],
			['13080024P000108100048', '强制隔离戒毒人员经费', 55.0, 1045],
			['13080023P00044010013Q', '“四区五中心”建设项目', 138.56, 1066],
			['13080024P000106100039', '安防设施项目经费', 20.0, 1087],
			['13080023P000242100025', '承德市戒毒所（原劳教所）扩建工程', 79.0, 1107],
			['13080023P00044010010X', '消防设施修缮项目', 11.81, 1128],
			['13080023P00044010009J', '智慧戒毒项目', 143.67, 1148],
		];

		it.each(PROJECTS)('%s %s', (code, name, amount, line) => {
			const r = one(ds(), 'projects', { doc_id: DOC, table_key: 'target', code });
			expect(squash(r.name)).toBe(squash(name));
			expect(r.amount).toBeCloseTo(amount, 2);
			expect(r.line).toBe(line);
		});

		it('exactly 28 target projects; the two 公务运转经费 (93.00 and 54.00) are both kept', () => {
			const all = rows(ds(), 'projects', { doc_id: DOC, table_key: 'target' });
			expect(all).toHaveLength(28);
			expect(new Set(all.map((r) => r.code)).size).toBe(28);
			expect(
				all
					.filter((r) => r.name === '公务运转经费')
					.map((r) => r.amount)
					.sort((a, b) => a - b),
			).toEqual([54, 93]);
			expect(
				rows(ds(), 'projects', { doc_id: DOC }).filter((r) => r.table_key !== 'target'),
			).toHaveLength(0);
			// 预算数 sum 1087.33 vs 项目支出 1087.32: a 0.01 rounding difference
			const sum = all.reduce((s, r) => s + r.amount, 0);
			expect(sum).toBeCloseTo(1087.33, 2);
		});
	});

	describe('figures', () => {
		const fig = (metric: string) => rows(ds(), 'figures', { doc_id: DOC, metric });

		it('机关运行经费 348.81 (line 506)', () => {
			const all = fig('org_running_cost');
			expect(all.length).toBeGreaterThan(0);
			expect(all.every((r) => close(r.value, 348.81) && r.unit === '万元')).toBe(true);
			const n = one(ds(), 'figures', {
				doc_id: DOC,
				metric: 'org_running_cost',
				source: 'narrative',
			});
			expect(n.line).toBe(506);
			expect(n.year).toBe(2024);
		});

		it('income / expenditure totals 4148.23', () => {
			for (const metric of ['income_total', 'expenditure_total']) {
				const all = fig(metric);
				expect(all.length, metric).toBeGreaterThan(0);
				expect(all.every((r) => close(r.value, 4148.23) && r.unit === '万元')).toBe(true);
			}
			for (const r of fig('carryover_in')) expect(r.value).toBeCloseTo(376.64, 2);
		});

		it("the narrative's prior-year totals: 较2023年预算减少2.35万元 → 4150.58 (line 502)", () => {
			const r = one(ds(), 'figures', { doc_id: DOC, metric: 'prior_expenditure_total' });
			expect(r).toMatchObject({ year: 2023, unit: '万元', source: 'narrative', line: 502 });
			expect(r.value).toBeCloseTo(4150.58, 2);
			// "预算收支安排…减少2.35万元" speaks of income and expenditure alike
			for (const p of fig('prior_income_total')) expect(p.value).toBeCloseTo(4150.58, 2);
		});

		it('政府采购: 无政府采购预算 (line 1179); 国有资产: 车辆 12, 办公用房 4942 平方米', () => {
			for (const m of [
				'procurement_total',
				'procurement_goods',
				'procurement_works',
				'procurement_services',
			])
				for (const r of fig(m)) expect(r.value).toBe(0);
			const v = one(ds(), 'figures', { doc_id: DOC, metric: 'vehicles' });
			expect(v).toMatchObject({ value: 12, unit: '辆', line: 1195 });
			const a = one(ds(), 'figures', { doc_id: DOC, metric: 'office_area' });
			expect(a).toMatchObject({ value: 4942, unit: '平方米', line: 1194 });
		});
	});

	describe('validation_issues', () => {
		const issues = () => rows(ds(), 'validation_issues', { doc_id: DOC });

		it.each([
			['收支总表', 32, 86],
			['收入总表', 88, 154],
			['支出总表', 156, 213],
			['财政拨款收支总表', 215, 282],
			['一般公共预算财政拨款支出表', 284, 339],
			['基本支出表 (301 sums 2474.12 vs 2474.10: at the tolerance)', 341, 395],
			['政府性基金 / 国有资本经营 (empty)', 399, 425],
			['三公 table', 427, 445],
			['narrative 收支 / 机关运行经费 / 三公', 447, 522],
			['项目绩效目标表', 596, 1163],
		])('no error finding in the consistent %s (lines %i-%i)', (_, from, to) => {
			const errs = issues().filter(
				(i) => i.severity === 'error' && i.line !== null && i.line >= from && i.line <= to,
			);
			expect(errs).toEqual([]);
		});

		it('no error without a line, nothing unreadable', () => {
			expect(issues().filter((i) => i.severity === 'error' && i.line === null)).toEqual([]);
			expect(issues().filter((i) => i.check === 'unreadable')).toEqual([]);
			for (const i of issues()) expect(i.source_file).toBe(FILE);
		});
	});
});
