/**
 * Golden test: 阳泉市强制隔离戒毒所 2025年度单位预算公开 (data/raw/002_271bf8e2b9228306.txt), a unit
 * of 阳泉市司法局. Every figure and line number below was read from the text by hand (grep -n /
 * sed -n) and the sums checked separately; none was copied from the parser's output.
 *
 * The seven 项目支出绩效目标表 appear twice: lines 466-745, then again (with small differences in
 * wording, dates and one extra indicator) at lines 775-1079, after 十一/十二.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { load, one, rows, levelOf, findingsIn as findingsInDs } from './helpers.js';
import type { Dataset, Rows } from '../../src/schema/tables.js';

const DOC = '7754fa8c276d709c';
const FILE = '002_271bf8e2b9228306.txt';
const DEPT = '阳泉市司法局';
const UNIT = '阳泉市强制隔离戒毒所';

let ds: Dataset;
beforeAll(() => {
	ds = load('002');
});

const findingsIn = (from: number, to: number, severity?: string) =>
	findingsInDs(ds, from, to, severity);

type Fn = { key: string; code: string; measure: string; amount: number; line: number };

describe('documents', () => {
	it('has one row describing the unit budget', () => {
		expect(ds.documents).toHaveLength(1);
		const d = one(ds, 'documents', { doc_id: DOC });
		expect(d.province).toBe('山西省');
		expect(d.city).toBe('阳泉市');
		// The department is only named as 主管部门 "028-阳泉市司法局" in the 绩效目标表.
		expect(d.department).toBe(DEPT);
		expect(d.entity).toBe(UNIT);
		expect(d.scope).toBe('unit');
		expect(d.fiscal_year).toBe(2025);
		expect(d.kind).toBe('budget');
		expect(d.source_file).toBe(FILE);
		expect(d.status).toBe('parsed');
		expect(d.encoding).toBe('utf-8');
		expect(d.money_unit).toBe('万元');
		expect(d.layout).toBe('shanxi');
	});

	it('tags every row with the doc_id', () => {
		for (const r of ds.functional_items) expect(r.doc_id).toBe(DOC);
		for (const r of ds.project_targets) expect(r.doc_id).toBe(DOC);
		for (const r of ds.validation_issues) expect(r.doc_id).toBe(DOC);
	});
});

describe('functional_items', () => {
	const cases: Fn[] = [
		// 2025年预算收支总表 (page break at line 103)
		{ key: 'summary', code: '合计', measure: 'total', amount: 1763.09, line: 113 },
		{ key: 'summary', code: '201', measure: 'total', amount: 2.18, line: 82 },
		{ key: 'summary', code: '204', measure: 'total', amount: 1270.33, line: 85 },
		{ key: 'summary', code: '208', measure: 'total', amount: 306.16, line: 89 },
		{ key: 'summary', code: '210', measure: 'total', amount: 59.89, line: 91 },
		{ key: 'summary', code: '221', measure: 'total', amount: 124.53, line: 101 },
		// 2025年预算收入总表 (page break at line 142)
		{ key: 'income', code: '合计', measure: 'total', amount: 1763.09, line: 125 },
		{ key: 'income', code: '合计', measure: 'general_budget', amount: 1763.09, line: 125 },
		{ key: 'income', code: '201', measure: 'total', amount: 2.18, line: 126 },
		{ key: 'income', code: '2013299', measure: 'total', amount: 2.18, line: 128 },
		{ key: 'income', code: '204', measure: 'total', amount: 1270.33, line: 129 },
		{ key: 'income', code: '20408', measure: 'total', amount: 1270.33, line: 130 },
		{ key: 'income', code: '20408', measure: 'general_budget', amount: 1270.33, line: 130 },
		{ key: 'income', code: '2040801', measure: 'total', amount: 1184.92, line: 131 },
		{ key: 'income', code: '2040802', measure: 'total', amount: 52.0, line: 132 },
		{ key: 'income', code: '2040899', measure: 'total', amount: 10.89, line: 135 },
		{ key: 'income', code: '208', measure: 'total', amount: 306.16, line: 136 },
		{ key: 'income', code: '2080505', measure: 'total', amount: 127.15, line: 139 },
		{ key: 'income', code: '210', measure: 'total', amount: 59.89, line: 141 },
		{ key: 'income', code: '21007', measure: 'total', amount: 0.42, line: 143 },
		{ key: 'income', code: '21007', measure: 'general_budget', amount: 0.42, line: 143 },
		{ key: 'income', code: '2101101', measure: 'total', amount: 59.47, line: 146 },
		{ key: 'income', code: '2210201', measure: 'total', amount: 124.53, line: 149 },
		// 2025年预算支出总表 (heading is "## …" while its neighbours are "### …")
		{ key: 'expenditure', code: '合计', measure: 'total', amount: 1763.09, line: 159 },
		{ key: 'expenditure', code: '合计', measure: 'basic', amount: 1677.68, line: 159 },
		{ key: 'expenditure', code: '合计', measure: 'project', amount: 85.41, line: 159 },
		{ key: 'expenditure', code: '204', measure: 'total', amount: 1270.33, line: 163 },
		{ key: 'expenditure', code: '204', measure: 'basic', amount: 1184.92, line: 163 },
		{ key: 'expenditure', code: '204', measure: 'project', amount: 85.41, line: 163 },
		{ key: 'expenditure', code: '20408', measure: 'project', amount: 85.41, line: 164 },
		{ key: 'expenditure', code: '2040801', measure: 'basic', amount: 1184.92, line: 165 },
		{ key: 'expenditure', code: '2040802', measure: 'project', amount: 52.0, line: 166 },
		{ key: 'expenditure', code: '2040804', measure: 'total', amount: 21.13, line: 167 },
		{ key: 'expenditure', code: '2040805', measure: 'project', amount: 1.39, line: 168 },
		{ key: 'expenditure', code: '208', measure: 'basic', amount: 306.16, line: 170 },
		{ key: 'expenditure', code: '2080501', measure: 'total', amount: 115.44, line: 172 },
		{ key: 'expenditure', code: '21011', measure: 'basic', amount: 59.47, line: 178 },
		{ key: 'expenditure', code: '2210201', measure: 'total', amount: 124.53, line: 182 },
		// 2025年财政拨款收支总表 (page break at line 224, inside the 合计 block)
		{ key: 'fiscal_summary', code: '合计', measure: 'total', amount: 1763.09, line: 223 },
		{ key: 'fiscal_summary', code: '合计', measure: 'general_budget', amount: 1763.09, line: 223 },
		{ key: 'fiscal_summary', code: '201', measure: 'total', amount: 2.18, line: 193 },
		{ key: 'fiscal_summary', code: '204', measure: 'total', amount: 1270.33, line: 196 },
		{ key: 'fiscal_summary', code: '208', measure: 'general_budget', amount: 306.16, line: 200 },
		{ key: 'fiscal_summary', code: '210', measure: 'total', amount: 59.89, line: 202 },
		{ key: 'fiscal_summary', code: '221', measure: 'total', amount: 124.53, line: 212 },
		// 2025年一般公共预算支出预算表
		{ key: 'general_budget', code: '合计', measure: 'total', amount: 1763.09, line: 239 },
		{ key: 'general_budget', code: '合计', measure: 'basic', amount: 1677.68, line: 239 },
		{ key: 'general_budget', code: '合计', measure: 'project', amount: 85.41, line: 239 },
		{ key: 'general_budget', code: '201', measure: 'basic', amount: 2.18, line: 240 },
		{ key: 'general_budget', code: '20408', measure: 'total', amount: 1270.33, line: 244 },
		{ key: 'general_budget', code: '20408', measure: 'basic', amount: 1184.92, line: 244 },
		{ key: 'general_budget', code: '20408', measure: 'project', amount: 85.41, line: 244 },
		{ key: 'general_budget', code: '2040899', measure: 'project', amount: 10.89, line: 249 },
		{ key: 'general_budget', code: '2080506', measure: 'total', amount: 63.57, line: 254 },
		{ key: 'general_budget', code: '2100799', measure: 'basic', amount: 0.42, line: 257 },
		{ key: 'general_budget', code: '22102', measure: 'total', amount: 124.53, line: 261 },
	];

	it.each(cases)(
		'$key $code $measure = $amount (line $line)',
		({ key, code, measure, amount, line }) => {
			const found = rows(ds, 'functional_items', { table_key: key, code, measure });
			expect(found.length).toBeGreaterThan(0);
			for (const r of found) expect(r.amount).toBeCloseTo(amount, 2);
			const r = found.find((x) => x.line === line);
			expect(r, `no ${key} ${code} ${measure} row at line ${line}`).toBeDefined();
			expect(r!.level).toBe(levelOf(code));
		},
	);

	it('has exactly one row per table, code and measure outside the summary table', () => {
		for (const c of cases.filter((x) => x.key !== 'summary')) {
			expect(
				rows(ds, 'functional_items', { table_key: c.key, code: c.code, measure: c.measure }),
			).toHaveLength(1);
		}
	});

	it('keeps names without the Chinese ordinal prefix', () => {
		expect(
			one(ds, 'functional_items', { table_key: 'income', code: '20408', measure: 'total' }).name,
		).toBe('强制隔离戒毒');
		for (const r of rows(ds, 'functional_items', { table_key: 'summary', code: '201' })) {
			expect(r.name).toBe('一般公共服务支出');
		}
	});

	it('gives empty cells and the 本表无数据 tables no row', () => {
		expect(
			rows(ds, 'functional_items', { table_key: 'expenditure', code: '2040802', measure: 'basic' }),
		).toHaveLength(0);
		expect(
			rows(ds, 'functional_items', { table_key: 'expenditure', code: '208', measure: 'project' }),
		).toHaveLength(0);
		expect(rows(ds, 'functional_items', { table_key: 'summary', code: '205' })).toHaveLength(0);
		expect(rows(ds, 'functional_items', { table_key: 'gov_fund' })).toHaveLength(0);
		expect(rows(ds, 'functional_items', { table_key: 'state_capital' })).toHaveLength(0);
		// This unit has no 20406 司法 款 (only 20408 强制隔离戒毒).
		expect(ds.functional_items.some((r) => r.code.startsWith('20406'))).toBe(false);
	});

	it('reads every row of the income table, across the page break', () => {
		const income = rows(ds, 'functional_items', { table_key: 'income', measure: 'total' });
		expect(income.filter((r) => r.level === 1)).toHaveLength(5);
		expect(income.filter((r) => r.level === 2)).toHaveLength(6);
		expect(income.filter((r) => r.level === 3)).toHaveLength(12);
	});

	it('attributes the unit tables to the unit', () => {
		for (const r of ds.functional_items) expect(r.entity).toBe(UNIT);
	});
});

describe('economic_items', () => {
	type Econ = {
		name: string;
		gov: string;
		code: string;
		category: string;
		amount: number;
		line: number;
	};
	const kuan: Econ[] = [
		{
			name: '基本工资',
			gov: '工资奖金津补贴',
			code: '30101',
			category: 'personnel',
			amount: 380.06,
			line: 274,
		},
		{
			name: '津贴补贴',
			gov: '工资奖金津补贴',
			code: '30102',
			category: 'personnel',
			amount: 461.77,
			line: 275,
		},
		{
			name: '奖金',
			gov: '工资奖金津补贴',
			code: '30103',
			category: 'personnel',
			amount: 135.38,
			line: 276,
		},
		{
			name: '机关事业单位基本养老保险缴费',
			gov: '社会保障缴费',
			code: '30108',
			category: 'personnel',
			amount: 127.15,
			line: 277,
		},
		{
			name: '职业年金缴费',
			gov: '社会保障缴费',
			code: '30109',
			category: 'personnel',
			amount: 63.57,
			line: 278,
		},
		{
			name: '职工基本医疗保险缴费',
			gov: '社会保障缴费',
			code: '30110',
			category: 'personnel',
			amount: 58.73,
			line: 279,
		},
		{
			name: '其他社会保障缴费',
			gov: '社会保障缴费',
			code: '30112',
			category: 'personnel',
			amount: 1.83,
			line: 280,
		},
		{
			name: '住房公积金',
			gov: '住房公积金',
			code: '30113',
			category: 'personnel',
			amount: 124.53,
			line: 281,
		},
		{ name: '办公费', gov: '办公经费', code: '30201', category: 'public', amount: 6.48, line: 283 },
		{ name: '印刷费', gov: '办公经费', code: '30202', category: 'public', amount: 3.85, line: 284 },
		{ name: '水费', gov: '办公经费', code: '30205', category: 'public', amount: 0.65, line: 285 },
		{
			name: '取暖费',
			gov: '办公经费',
			code: '30208',
			category: 'public',
			amount: 52.79,
			line: 288,
		},
		{
			name: '差旅费',
			gov: '办公经费',
			code: '30211',
			category: 'public',
			amount: 11.49,
			line: 290,
		},
		{ name: '培训费', gov: '培训费', code: '30216', category: 'public', amount: 3.85, line: 291 },
		{
			name: '工会经费',
			gov: '办公经费',
			code: '30228',
			category: 'public',
			amount: 12.02,
			line: 292,
		},
		{
			name: '福利费',
			gov: '办公经费',
			code: '30229',
			category: 'public',
			amount: 21.03,
			line: 293,
		},
		{
			name: '公务用车运行维护费',
			gov: '公务用车运行维护费',
			code: '30231',
			category: 'public',
			amount: 12.6,
			line: 294,
		},
		{
			name: '其他交通费用',
			gov: '办公经费',
			code: '30239',
			category: 'public',
			amount: 60.75,
			line: 295,
		},
		{
			name: '其他商品和服务支出',
			gov: '其他商品和服务支出',
			code: '30299',
			category: 'public',
			amount: 12.8,
			line: 296,
		},
		{
			name: '退休费',
			gov: '离退休费',
			code: '30302',
			category: 'personnel',
			amount: 113.76,
			line: 298,
		},
		{
			name: '奖励金',
			gov: '社会福利和救助',
			code: '30309',
			category: 'personnel',
			amount: 0.42,
			line: 299,
		},
	];

	it.each(kuan)(
		'款 $name / $gov = $amount (line $line)',
		({ name, gov, code, category, amount, line }) => {
			const r = one(ds, 'economic_items', { name });
			expect(r.gov_name).toBe(gov);
			expect(r.code).toBe(code);
			expect(r.level).toBe(2);
			expect(r.category).toBe(category);
			expect(r.amount).toBeCloseTo(amount, 2);
			expect(r.line).toBe(line);
		},
	);

	it('reads the 类 rows and the 合计 row', () => {
		const wages = one(ds, 'economic_items', { name: '工资福利支出', level: 1 });
		expect(wages.code).toBe('301');
		expect(wages.category).toBe('personnel');
		expect(wages.amount).toBeCloseTo(1353.01, 2);
		expect(wages.line).toBe(273);
		const goods = one(ds, 'economic_items', { name: '商品和服务支出', level: 1 });
		expect(goods.code).toBe('302');
		expect(goods.category).toBe('public');
		expect(goods.amount).toBeCloseTo(210.49, 2);
		expect(goods.line).toBe(282);
		const transfers = one(ds, 'economic_items', { name: '对个人和家庭的补助', level: 1 });
		expect(transfers.code).toBe('303');
		expect(transfers.category).toBe('personnel');
		expect(transfers.amount).toBeCloseTo(114.18, 2);
		expect(transfers.line).toBe(297);
		const total = rows(ds, 'economic_items', { category: 'total' });
		expect(total.some((r) => r.line === 272 && Math.abs(r.amount - 1677.68) < 0.005)).toBe(true);
	});

	it('has every row of the table', () => {
		expect(rows(ds, 'economic_items', { level: 1 })).toHaveLength(3);
		expect(rows(ds, 'economic_items', { level: 2 })).toHaveLength(24);
		expect(rows(ds, 'economic_items', { level: 2, category: 'public' })).toHaveLength(14);
		expect(rows(ds, 'economic_items', { level: 2, category: 'personnel' })).toHaveLength(10);
		for (const r of ds.economic_items) expect(r.entity).toBe(UNIT);
	});
});

describe('three_public', () => {
	it('reads the 2025 table', () => {
		const table = (category: string) =>
			one(ds, 'three_public', { year: 2025, basis: 'budget', source: 'table', category });
		expect(table('total').amount).toBeCloseTo(12.6, 2);
		expect(table('total').line).toBe(350);
		expect(table('vehicle_total').amount).toBeCloseTo(12.6, 2);
		expect(table('vehicle_total').line).toBe(347);
		expect(table('vehicle_operation').amount).toBeCloseTo(12.6, 2);
		expect(table('vehicle_operation').line).toBe(349);
		// 因公出国（境）费, 公务接待费 and ①公务用车购置费 are blank.
		for (const category of ['outbound', 'reception', 'vehicle_purchase']) {
			for (const r of rows(ds, 'three_public', { year: 2025, source: 'table', category })) {
				expect(r.amount).toBe(0);
			}
		}
		for (const r of rows(ds, 'three_public', { year: 2025 })) expect(r.entity).toBe(UNIT);
	});

	it('derives the 2024 budget figures from "与2024年预算数相同" / "与上年预算数相同" (line 438)', () => {
		const prior = (category: string) =>
			one(ds, 'three_public', { year: 2024, basis: 'budget', source: 'narrative', category });
		const expected: [string, number][] = [
			['total', 12.6],
			['outbound', 0],
			['reception', 0],
			['vehicle_total', 12.6],
			['vehicle_operation', 12.6],
			['vehicle_purchase', 0],
		];
		for (const [category, amount] of expected) {
			const r = prior(category);
			expect(r.amount).toBeCloseTo(amount, 2);
			expect(r.line).toBe(438);
			expect(r.entity).toBe(UNIT);
		}
	});
});

describe('projects', () => {
	const cases: { name: string; amount: number; line: number }[] = [
		{ name: '援疆干部工作经费', amount: 3.9, line: 373 },
		{ name: '专业人员聘用补贴', amount: 26.1, line: 374 },
		{ name: '遗属补助', amount: 1.0, line: 375 },
		{ name: '强制隔离戒毒所政经费', amount: 3.0, line: 376 },
		{ name: '强制隔离戒毒业务费', amount: 7.89, line: 377 },
		{ name: '强戒人员生活教育费', amount: 22.52, line: 378 },
		{ name: '戒毒场所水电运行费', amount: 21.0, line: 379 },
	];

	it.each(cases)('$name = $amount', ({ name, amount, line }) => {
		const r = one(ds, 'projects', { name });
		expect(r.entity).toBe(UNIT);
		expect(r.amount).toBeCloseTo(amount, 2);
		expect(r.table_key).toBe('current');
		expect(r.line).toBe(line);
	});

	it('has the 7 projects the narrative counts (lines 454, 458), summing to 85.41', () => {
		expect(ds.projects).toHaveLength(7);
		expect(rows(ds, 'projects', { table_key: 'carryover' })).toHaveLength(0);
		expect(ds.projects.reduce((s, r) => s + r.amount, 0)).toBeCloseTo(85.41, 2);
		expect(ds.projects.some((r) => r.name === UNIT)).toBe(false);
	});
});

describe('project_targets (each form printed twice; kept once)', () => {
	// [from, to] is the extent of the first copy of the form.
	const cases: { name: string; total: number; year: number; from: number; to: number }[] = [
		// 实施期资金总额 250,000 vs 年度资金总额 210,000
		{ name: '戒毒场所水电运行费', total: 25.0, year: 21.0, from: 466, to: 498 },
		// the project table calls it 强戒人员生活教育费
		{ name: '强制人员生活教育费', total: 22.52, year: 22.52, from: 516, to: 552 },
		{ name: '强制隔离戒毒所政经费', total: 3.0, year: 3.0, from: 562, to: 592 },
		{ name: '强制隔离戒毒业务费', total: 7.89, year: 7.89, from: 598, to: 627 },
		{ name: '遗属补助', total: 1.0, year: 1.0, from: 637, to: 668 },
		{ name: '援疆干部工作经费', total: 3.9, year: 3.9, from: 674, to: 704 },
		// 445,500 / "年度资金总额: 261,000" (label and value in one cell, line 721)
		{ name: '专业人员聘用补贴', total: 44.55, year: 26.1, from: 714, to: 745 },
	];

	it.each(cases)('$name: $total / $year 万元, once', ({ name, total, year, from, to }) => {
		const r = one(ds, 'project_targets', { name });
		expect(r.total_amount).not.toBeNull();
		expect(r.year_amount).not.toBeNull();
		expect(r.total_amount!).toBeCloseTo(total, 2);
		expect(r.year_amount!).toBeCloseTo(year, 2);
		expect(r.entity).toBe(UNIT);
		expect(r.line).toBeGreaterThanOrEqual(from);
		expect(r.line).toBeLessThanOrEqual(to);
	});

	it('does not double count the repeated forms', () => {
		expect(ds.project_targets).toHaveLength(7);
		const year = ds.project_targets.reduce((s, r) => s + (r.year_amount ?? 0), 0);
		// equals 表十二's total and the narrative's 85.41 (line 458)
		expect(year).toBeCloseTo(85.41, 2);
		expect(ds.project_targets.some((r) => r.line >= 775)).toBe(false);
	});
});

describe('figures', () => {
	const fig = (where: Partial<Rows['figures']>) => one(ds, 'figures', where);

	it('reads 机关运行经费 (部门合计 and the unit, lines 360-361)', () => {
		const found = rows(ds, 'figures', { metric: 'org_running_cost', source: 'table' });
		expect(found.length).toBeGreaterThan(0);
		for (const r of found) {
			expect(r.value).toBeCloseTo(210.49, 2);
			expect(r.entity).toBe(UNIT);
			expect(r.year).toBe(2025);
			expect(r.unit).toBe('万元');
			expect([360, 361]).toContain(r.line);
		}
	});

	it('derives the 2024 机关运行经费 from the narrative (line 444)', () => {
		const prior = fig({ metric: 'prior_org_running_cost' });
		expect(prior.value).toBeCloseTo(199.83, 2);
		expect(prior.year).toBe(2024);
		expect(prior.source).toBe('narrative');
		expect(prior.line).toBe(444);
	});

	it('agrees with the department document on the unit 2024 机关运行经费', () => {
		const dept = load('000');
		const jiedu2024 = one(dept, 'figures', {
			metric: 'org_running_cost',
			entity: UNIT,
			source: 'table',
		});
		expect(fig({ metric: 'prior_org_running_cost' }).value).toBeCloseTo(jiedu2024.value, 2);
	});

	it('reads 政府采购 (line 448)', () => {
		const total = fig({ metric: 'procurement_total' });
		expect(total.value).toBeCloseTo(2.78, 2);
		expect(total.line).toBe(448);
		expect(fig({ metric: 'procurement_goods' }).value).toBeCloseTo(1.75, 2);
		expect(fig({ metric: 'procurement_services' }).value).toBeCloseTo(1.03, 2);
		for (const r of rows(ds, 'figures', { metric: 'procurement_works' })) expect(r.value).toBe(0);
	});

	it('reads the totals and the prior-year totals they imply (line 398)', () => {
		for (const metric of ['income_total', 'expenditure_total']) {
			const found = rows(ds, 'figures', { metric });
			expect(found.length).toBeGreaterThan(0);
			for (const r of found) expect(r.value).toBeCloseTo(1763.09, 2);
		}
		// "1,763.09万元 … 比上年增加104.15万元，增长6.28%"
		for (const metric of ['prior_income_total', 'prior_expenditure_total']) {
			const r = fig({ metric });
			expect(r.value).toBeCloseTo(1658.94, 2);
			expect(r.year).toBe(2024);
			expect(r.source).toBe('narrative');
			expect(r.line).toBe(398);
		}
	});

	it('reads the assets section (lines 751, 755)', () => {
		const vehicles = fig({ metric: 'vehicles' });
		expect(vehicles.value).toBe(7);
		expect(vehicles.unit).toBe('辆');
		expect(vehicles.line).toBe(751);
		const area = fig({ metric: 'office_area' });
		expect(area.value).toBeCloseTo(2216.76, 2);
		expect(area.unit).toBe('平方米');
		expect(area.line).toBe(755);
	});
});

describe('validation_issues', () => {
	it('flags the 机关运行经费 growth rate: 10.66 / 199.83 = 5.33 %, printed "增长6%" (line 444)', () => {
		expect(findingsIn(444, 444, 'error').length).toBeGreaterThan(0);
	});

	it('names the repeated 绩效目标表 (second copies at lines 775-1079) as a dropped duplicate', () => {
		const names = [
			'戒毒场所水电运行费',
			'强制人员生活教育费',
			'强制隔离戒毒所政经费',
			'强制隔离戒毒业务费',
		];
		const dup = findingsIn(775, 1079).filter(
			(r) =>
				r.check === 'duplicate_section' &&
				(r.severity === 'info' || r.severity === 'warning') &&
				(r.message.includes('绩效目标') ||
					[...names, '遗属补助', '援疆干部工作经费', '专业人员聘用补贴'].some((n) =>
						r.message.includes(n),
					)),
		);
		expect(dup.length).toBeGreaterThan(0);
		// dropping a duplicate is not a contradiction
		expect(findingsIn(775, 1079, 'error')).toEqual([]);
	});

	it.each<[string, number, number]>([
		['收支总表', 80, 115],
		['收入总表', 123, 149],
		['支出总表', 157, 182],
		['财政拨款收支总表', 190, 229],
		['一般公共预算支出表', 237, 262],
		['经济科目表 (工资福利 1353.01 vs Σ 1353.02; 商品和服务 210.49 vs Σ 210.50)', 270, 299],
		['三公 table', 343, 350],
		['机关运行经费 table', 358, 361],
		['项目支出 table', 369, 379],
		['narrative up to the 三公 section', 394, 438],
		['政府采购 and 绩效 narrative', 446, 458],
	])('finds no error in the consistent %s (lines %i-%i)', (_label, from, to) => {
		expect(findingsIn(from, to, 'error')).toEqual([]);
	});

	it('uses only the three severities', () => {
		for (const r of ds.validation_issues)
			expect(['error', 'warning', 'info']).toContain(r.severity);
	});
});
