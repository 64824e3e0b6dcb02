/**
 * Golden test: 阳泉市司法局 2024年度部门预算公开 (data/raw/000_3a49b5f3b2c691e0.txt).
 * Every figure and line number below was read from the text by hand (grep -n / sed -n) and the
 * sums checked separately; none was copied from the parser's output.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { load, one, rows, levelOf, findingsIn as findingsInDs } from './helpers.js';
import type { Dataset, Rows } from '../../src/schema/tables.js';

const DOC = '9fe8ed7e4cfd394f';
const FILE = '000_3a49b5f3b2c691e0.txt';
const DEPT = '阳泉市司法局';
const JIEDU = '阳泉市强制隔离戒毒所';
const FAYUAN = '阳泉市法律援助中心';

let ds: Dataset;
beforeAll(() => {
	ds = load('000');
});

const findingsIn = (from: number, to: number, severity?: string) =>
	findingsInDs(ds, from, to, severity);

type Fn = { key: string; code: string; measure: string; amount: number; line: number };

describe('documents', () => {
	it('has one row describing the department budget', () => {
		expect(ds.documents).toHaveLength(1);
		const d = one(ds, 'documents', { doc_id: DOC });
		expect(d.province).toBe('山西省');
		expect(d.city).toBe('阳泉市');
		expect(d.department).toBe(DEPT);
		expect(d.entity).toBe(DEPT);
		expect(d.scope).toBe('department');
		expect(d.fiscal_year).toBe(2024);
		expect(d.kind).toBe('budget');
		expect(d.source_file).toBe(FILE);
		expect(d.status).toBe('parsed');
		expect(d.encoding).toBe('utf-8');
		expect(d.money_unit).toBe('万元');
		expect(d.layout).toBe('shanxi');
	});

	it('tags every row with the doc_id', () => {
		for (const r of ds.functional_items) expect(r.doc_id).toBe(DOC);
		for (const r of ds.projects) expect(r.doc_id).toBe(DOC);
		for (const r of ds.validation_issues) expect(r.doc_id).toBe(DOC);
	});
});

describe('functional_items', () => {
	const cases: Fn[] = [
		// 表一 2024年预算收支总表 (支出 side by 类 name; page break at line 155)
		{ key: 'summary', code: '合计', measure: 'total', amount: 2854.81, line: 159 },
		{ key: 'summary', code: '201', measure: 'total', amount: 3.38, line: 128 },
		{ key: 'summary', code: '204', measure: 'total', amount: 2162.16, line: 131 },
		{ key: 'summary', code: '208', measure: 'total', amount: 435.98, line: 135 },
		{ key: 'summary', code: '210', measure: 'total', amount: 81.71, line: 137 },
		{ key: 'summary', code: '221', measure: 'total', amount: 171.58, line: 147 },
		// 表二 2024年预算收入总表 (page break at line 194)
		{ key: 'income', code: '合计', measure: 'total', amount: 2854.81, line: 171 },
		{ key: 'income', code: '合计', measure: 'general_budget', amount: 2854.81, line: 171 },
		{ key: 'income', code: '201', measure: 'total', amount: 3.38, line: 172 },
		{ key: 'income', code: '20132', measure: 'total', amount: 3.38, line: 173 },
		{ key: 'income', code: '2013299', measure: 'total', amount: 3.38, line: 174 },
		{ key: 'income', code: '204', measure: 'total', amount: 2162.16, line: 175 },
		{ key: 'income', code: '20406', measure: 'total', amount: 961.97, line: 176 },
		{ key: 'income', code: '2040601', measure: 'total', amount: 574.78, line: 177 },
		{ key: 'income', code: '2040612', measure: 'total', amount: 19.5, line: 184 },
		{ key: 'income', code: '20408', measure: 'total', amount: 1200.18, line: 185 },
		{ key: 'income', code: '20408', measure: 'general_budget', amount: 1200.18, line: 185 },
		{ key: 'income', code: '2040804', measure: 'total', amount: 25.0, line: 188 },
		{ key: 'income', code: '208', measure: 'total', amount: 435.98, line: 191 },
		{ key: 'income', code: '2080501', measure: 'total', amount: 176.36, line: 193 },
		{ key: 'income', code: '2080505', measure: 'total', amount: 173.08, line: 195 },
		{ key: 'income', code: '2080505', measure: 'general_budget', amount: 173.08, line: 195 },
		{ key: 'income', code: '2080506', measure: 'total', amount: 86.54, line: 196 },
		{ key: 'income', code: '210', measure: 'total', amount: 81.71, line: 197 },
		{ key: 'income', code: '21007', measure: 'total', amount: 0.54, line: 198 },
		{ key: 'income', code: '2101101', measure: 'total', amount: 81.17, line: 201 },
		{ key: 'income', code: '221', measure: 'total', amount: 171.58, line: 202 },
		{ key: 'income', code: '2210201', measure: 'total', amount: 171.58, line: 204 },
		// 表三 2024年预算支出总表
		{ key: 'expenditure', code: '合计', measure: 'total', amount: 2854.81, line: 214 },
		{ key: 'expenditure', code: '合计', measure: 'basic', amount: 2362.18, line: 214 },
		{ key: 'expenditure', code: '合计', measure: 'project', amount: 492.63, line: 214 },
		{ key: 'expenditure', code: '201', measure: 'total', amount: 3.38, line: 215 },
		{ key: 'expenditure', code: '201', measure: 'basic', amount: 3.38, line: 215 },
		{ key: 'expenditure', code: '204', measure: 'total', amount: 2162.16, line: 218 },
		{ key: 'expenditure', code: '204', measure: 'basic', amount: 1669.53, line: 218 },
		{ key: 'expenditure', code: '204', measure: 'project', amount: 492.63, line: 218 },
		{ key: 'expenditure', code: '20406', measure: 'total', amount: 961.97, line: 219 },
		{ key: 'expenditure', code: '20406', measure: 'basic', amount: 574.78, line: 219 },
		{ key: 'expenditure', code: '20406', measure: 'project', amount: 387.2, line: 219 },
		{ key: 'expenditure', code: '2040601', measure: 'basic', amount: 574.78, line: 220 },
		{ key: 'expenditure', code: '2040602', measure: 'total', amount: 331.7, line: 221 },
		{ key: 'expenditure', code: '2040602', measure: 'project', amount: 331.7, line: 221 },
		{ key: 'expenditure', code: '2040608', measure: 'project', amount: 10.0, line: 226 },
		{ key: 'expenditure', code: '20408', measure: 'total', amount: 1200.18, line: 228 },
		{ key: 'expenditure', code: '20408', measure: 'basic', amount: 1094.75, line: 228 },
		{ key: 'expenditure', code: '20408', measure: 'project', amount: 105.43, line: 228 },
		{ key: 'expenditure', code: '2040899', measure: 'project', amount: 17.0, line: 233 },
		{ key: 'expenditure', code: '208', measure: 'basic', amount: 435.98, line: 234 },
		{ key: 'expenditure', code: '2080506', measure: 'total', amount: 86.54, line: 238 },
		{ key: 'expenditure', code: '21011', measure: 'basic', amount: 81.17, line: 242 },
		{ key: 'expenditure', code: '221', measure: 'total', amount: 171.58, line: 244 },
		// 表四 2024年财政拨款收支总表 (by 类 name; page break at line 285)
		{ key: 'fiscal_summary', code: '合计', measure: 'total', amount: 2854.81, line: 288 },
		{ key: 'fiscal_summary', code: '合计', measure: 'general_budget', amount: 2854.81, line: 288 },
		{ key: 'fiscal_summary', code: '201', measure: 'total', amount: 3.38, line: 257 },
		{ key: 'fiscal_summary', code: '204', measure: 'total', amount: 2162.16, line: 260 },
		{ key: 'fiscal_summary', code: '204', measure: 'general_budget', amount: 2162.16, line: 260 },
		{ key: 'fiscal_summary', code: '208', measure: 'total', amount: 435.98, line: 264 },
		{ key: 'fiscal_summary', code: '210', measure: 'total', amount: 81.71, line: 266 },
		{ key: 'fiscal_summary', code: '221', measure: 'general_budget', amount: 171.58, line: 276 },
		// 表五 2024年一般公共预算支出预算表
		{ key: 'general_budget', code: '合计', measure: 'total', amount: 2854.81, line: 303 },
		{ key: 'general_budget', code: '合计', measure: 'basic', amount: 2362.18, line: 303 },
		{ key: 'general_budget', code: '合计', measure: 'project', amount: 492.63, line: 303 },
		{ key: 'general_budget', code: '204', measure: 'total', amount: 2162.16, line: 307 },
		{ key: 'general_budget', code: '204', measure: 'project', amount: 492.63, line: 307 },
		{ key: 'general_budget', code: '20406', measure: 'total', amount: 961.97, line: 308 },
		{ key: 'general_budget', code: '20406', measure: 'project', amount: 387.2, line: 308 },
		{ key: 'general_budget', code: '2040607', measure: 'project', amount: 15.0, line: 314 },
		{ key: 'general_budget', code: '20408', measure: 'basic', amount: 1094.75, line: 317 },
		{ key: 'general_budget', code: '2040805', measure: 'total', amount: 5.0, line: 321 },
		{ key: 'general_budget', code: '2080501', measure: 'basic', amount: 176.36, line: 325 },
		{ key: 'general_budget', code: '2100799', measure: 'total', amount: 0.54, line: 330 },
		{ key: 'general_budget', code: '2210201', measure: 'basic', amount: 171.58, line: 335 },
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
			one(ds, 'functional_items', { table_key: 'income', code: '20406', measure: 'total' }).name,
		).toBe('司法');
		expect(
			one(ds, 'functional_items', { table_key: 'income', code: '2040801', measure: 'total' }).name,
		).toBe('行政运行');
		for (const r of rows(ds, 'functional_items', { table_key: 'summary', code: '204' })) {
			expect(r.name).toBe('公共安全支出');
		}
		expect(
			one(ds, 'functional_items', { table_key: 'fiscal_summary', code: '208', measure: 'total' })
				.name,
		).toBe('社会保障和就业支出');
	});

	it('gives empty cells no row', () => {
		// 2040602 一般行政管理事务 has no 基本支出; 201 has no 项目支出; 外交支出 (202) is blank.
		expect(
			rows(ds, 'functional_items', { table_key: 'expenditure', code: '2040602', measure: 'basic' }),
		).toHaveLength(0);
		expect(
			rows(ds, 'functional_items', {
				table_key: 'general_budget',
				code: '201',
				measure: 'project',
			}),
		).toHaveLength(0);
		expect(rows(ds, 'functional_items', { table_key: 'summary', code: '202' })).toHaveLength(0);
		expect(rows(ds, 'functional_items', { table_key: 'fiscal_summary', code: '202' })).toHaveLength(
			0,
		);
		// 表七/表八/表九 say 注：本表无数据.
		expect(rows(ds, 'functional_items', { table_key: 'gov_fund' })).toHaveLength(0);
		expect(rows(ds, 'functional_items', { table_key: 'state_capital' })).toHaveLength(0);
		for (const r of ds.functional_items) expect(r.amount).not.toBe(0);
	});

	it('reads every 项 of the income and expenditure tables, across the page break', () => {
		const income = rows(ds, 'functional_items', { table_key: 'income', measure: 'total' });
		expect(income.filter((r) => r.level === 3)).toHaveLength(20);
		expect(income.filter((r) => r.level === 2)).toHaveLength(7);
		expect(income.filter((r) => r.level === 1)).toHaveLength(5);
		const exp = rows(ds, 'functional_items', { table_key: 'expenditure', measure: 'total' });
		expect(exp.filter((r) => r.level === 3)).toHaveLength(20);
		// 项目支出 is printed for the eleven 项 of 20406/20408 except the two 行政运行 rows.
		const proj = rows(ds, 'functional_items', { table_key: 'expenditure', measure: 'project' });
		expect(proj.filter((r) => r.level === 3)).toHaveLength(11);
	});

	it('attributes the department tables to the department', () => {
		for (const r of ds.functional_items) expect(r.entity).toBe(DEPT);
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
	// 表六; names only, codes from the national dictionary (001 prints it); page break at line 381.
	const kuan: Econ[] = [
		{
			name: '基本工资',
			gov: '工资奖金津补贴',
			code: '30101',
			category: 'personnel',
			amount: 488.85,
			line: 347,
		},
		{
			name: '基本工资',
			gov: '工资福利支出',
			code: '30101',
			category: 'personnel',
			amount: 14.06,
			line: 348,
		},
		{
			name: '津贴补贴',
			gov: '工资奖金津补贴',
			code: '30102',
			category: 'personnel',
			amount: 622.11,
			line: 349,
		},
		{
			name: '津贴补贴',
			gov: '工资福利支出',
			code: '30102',
			category: 'personnel',
			amount: 2.04,
			line: 350,
		},
		{
			name: '奖金',
			gov: '工资奖金津补贴',
			code: '30103',
			category: 'personnel',
			amount: 196.68,
			line: 351,
		},
		{
			name: '绩效工资',
			gov: '工资福利支出',
			code: '30107',
			category: 'personnel',
			amount: 14.37,
			line: 352,
		},
		{
			name: '机关事业单位基本养老保险缴费',
			gov: '社会保障缴费',
			code: '30108',
			category: 'personnel',
			amount: 168.45,
			line: 353,
		},
		{
			name: '机关事业单位基本养老保险缴费',
			gov: '工资福利支出',
			code: '30108',
			category: 'personnel',
			amount: 4.63,
			line: 354,
		},
		{
			name: '职业年金缴费',
			gov: '社会保障缴费',
			code: '30109',
			category: 'personnel',
			amount: 84.22,
			line: 355,
		},
		{
			name: '职工基本医疗保险缴费',
			gov: '社会保障缴费',
			code: '30110',
			category: 'personnel',
			amount: 77.95,
			line: 357,
		},
		{
			name: '其他社会保障缴费',
			gov: '工资福利支出',
			code: '30112',
			category: 'personnel',
			amount: 0.26,
			line: 360,
		},
		{
			name: '住房公积金',
			gov: '住房公积金',
			code: '30113',
			category: 'personnel',
			amount: 167.93,
			line: 361,
		},
		{
			name: '住房公积金',
			gov: '工资福利支出',
			code: '30113',
			category: 'personnel',
			amount: 3.66,
			line: 362,
		},
		{
			name: '其他工资福利支出',
			gov: '其他工资福利支出',
			code: '30199',
			category: 'personnel',
			amount: 0.72,
			line: 363,
		},
		{
			name: '办公费',
			gov: '办公经费',
			code: '30201',
			category: 'public',
			amount: 10.13,
			line: 365,
		},
		{
			name: '取暖费',
			gov: '办公经费',
			code: '30208',
			category: 'public',
			amount: 99.95,
			line: 370,
		},
		{ name: '会议费', gov: '会议费', code: '30215', category: 'public', amount: 1.8, line: 373 },
		{ name: '培训费', gov: '培训费', code: '30216', category: 'public', amount: 5.97, line: 374 },
		{
			name: '工会经费',
			gov: '办公经费',
			code: '30228',
			category: 'public',
			amount: 16.23,
			line: 375,
		},
		{
			name: '工会经费',
			gov: '商品和服务支出',
			code: '30228',
			category: 'public',
			amount: 0.49,
			line: 376,
		},
		{ name: '福利费', gov: '办公经费', code: '30229', category: 'public', amount: 28.4, line: 377 },
		{
			name: '福利费',
			gov: '商品和服务支出',
			code: '30229',
			category: 'public',
			amount: 0.85,
			line: 378,
		},
		{
			name: '其他交通费用',
			gov: '办公经费',
			code: '30239',
			category: 'public',
			amount: 91.44,
			line: 382,
		},
		{
			name: '其他商品和服务支出',
			gov: '其他商品和服务支出',
			code: '30299',
			category: 'public',
			amount: 14.83,
			line: 383,
		},
		{
			name: '退休费',
			gov: '离退休费',
			code: '30302',
			category: 'personnel',
			amount: 173.79,
			line: 385,
		},
		{
			name: '奖励金',
			gov: '社会福利和救助',
			code: '30309',
			category: 'personnel',
			amount: 0.54,
			line: 386,
		},
	];

	it.each(kuan)(
		'款 $name / $gov = $amount (line $line)',
		({ name, gov, code, category, amount, line }) => {
			const r = one(ds, 'economic_items', { name, gov_name: gov });
			expect(r.code).toBe(code);
			expect(r.level).toBe(2);
			expect(r.category).toBe(category);
			expect(r.amount).toBeCloseTo(amount, 2);
			expect(r.line).toBe(line);
		},
	);

	it('keeps both 公务用车运行维护费 rows although name and gov_name repeat (lines 379, 380)', () => {
		const both = rows(ds, 'economic_items', { name: '公务用车运行维护费' });
		expect(both).toHaveLength(2);
		const a = one(ds, 'economic_items', { name: '公务用车运行维护费', line: 379 });
		const b = one(ds, 'economic_items', { name: '公务用车运行维护费', line: 380 });
		expect(a.amount).toBeCloseTo(19.8, 2);
		expect(b.amount).toBeCloseTo(1.8, 2);
		for (const r of both) {
			expect(r.code).toBe('30231');
			expect(r.gov_name).toBe('公务用车运行维护费');
			expect(r.category).toBe('public');
		}
	});

	it('reads the 类 rows', () => {
		const wages = one(ds, 'economic_items', { name: '工资福利支出', level: 1 });
		expect(wages.code).toBe('301');
		expect(wages.category).toBe('personnel');
		expect(wages.amount).toBeCloseTo(1852.49, 2);
		expect(wages.line).toBe(346);
		const goods = one(ds, 'economic_items', { name: '商品和服务支出', level: 1 });
		expect(goods.code).toBe('302');
		expect(goods.category).toBe('public');
		expect(goods.amount).toBeCloseTo(335.36, 2);
		expect(goods.line).toBe(364);
		const transfers = one(ds, 'economic_items', { name: '对个人和家庭的补助', level: 1 });
		expect(transfers.code).toBe('303');
		expect(transfers.category).toBe('personnel');
		expect(transfers.amount).toBeCloseTo(174.33, 2);
		expect(transfers.line).toBe(384);
	});

	it('reads the 合计 row as category total', () => {
		const total = rows(ds, 'economic_items', { category: 'total' });
		expect(total.some((r) => r.line === 345 && Math.abs(r.amount - 2362.18) < 0.005)).toBe(true);
	});

	it('has every row of the table, across the page break', () => {
		expect(rows(ds, 'economic_items', { level: 1 })).toHaveLength(3);
		expect(rows(ds, 'economic_items', { level: 2 })).toHaveLength(37);
		expect(rows(ds, 'economic_items', { level: 2, category: 'public' })).toHaveLength(18);
		expect(rows(ds, 'economic_items', { level: 2, category: 'personnel' })).toHaveLength(19);
		for (const r of ds.economic_items) expect(r.entity).toBe(DEPT);
	});
});

describe('three_public', () => {
	const table = (category: string) =>
		one(ds, 'three_public', { year: 2024, basis: 'budget', source: 'table', category });

	it('reads 表十 (2024 budget)', () => {
		expect(table('total').amount).toBeCloseTo(33.6, 2);
		expect(table('total').line).toBe(437);
		expect(table('vehicle_total').amount).toBeCloseTo(33.6, 2);
		expect(table('vehicle_total').line).toBe(434);
		expect(table('vehicle_purchase').amount).toBeCloseTo(12.0, 2);
		expect(table('vehicle_purchase').line).toBe(435);
		expect(table('vehicle_operation').amount).toBeCloseTo(21.6, 2);
		expect(table('vehicle_operation').line).toBe(436);
		for (const r of rows(ds, 'three_public', { year: 2024, source: 'table' })) {
			expect(r.entity).toBe(DEPT);
		}
	});

	it('gives the blank 因公出国（境）费 and 公务接待费 cells no non-zero figure', () => {
		for (const category of ['outbound', 'reception']) {
			for (const r of rows(ds, 'three_public', { year: 2024, source: 'table', category })) {
				expect(r.amount).toBe(0);
			}
		}
	});

	it('derives the 2023 budget figures the narrative implies (lines 543, 545)', () => {
		const prior = (category: string) =>
			one(ds, 'three_public', { year: 2023, basis: 'budget', source: 'narrative', category });
		// "33.60万元比2023年增加12.00万元"
		expect(prior('total').amount).toBeCloseTo(21.6, 2);
		expect(prior('total').line).toBe(543);
		// "因公出国(境)费0万元,与上年预算数相同; 公务接待费0万元,与上年预算数相同"
		expect(prior('outbound').amount).toBe(0);
		expect(prior('reception').amount).toBe(0);
		// "公务用车运行维护费21.60万元,与上年预算数相同"
		expect(prior('vehicle_operation').amount).toBeCloseTo(21.6, 2);
		expect(prior('vehicle_operation').line).toBe(545);
		// "公务用车购置费12.00万元,与上年相比预算数增加12.00万元"
		expect(prior('vehicle_purchase').amount).toBe(0);
		expect(prior('vehicle_purchase').line).toBe(545);
		for (const r of rows(ds, 'three_public', { year: 2023 })) expect(r.entity).toBe(DEPT);
	});
});

describe('projects', () => {
	// 表十二 (本年预算): line 461 "阳泉市司法局 492.63" is the department total and line 462
	// "阳泉市司法局 372.20" the 机关's subtotal; neither is a project.
	const cases: { name: string; entity: string; amount: number; line: number }[] = [
		{ name: '司法业务大楼水电及电梯维护保养检测经费', entity: DEPT, amount: 25.0, line: 463 },
		{ name: '晋东公证处政府购买服务经费', entity: DEPT, amount: 70.0, line: 464 },
		{ name: '国家司法考试经费', entity: DEPT, amount: 10.0, line: 465 },
		{ name: '遗属人员生活补助', entity: DEPT, amount: 1.71, line: 466 },
		{ name: '法治宣传教育经费', entity: DEPT, amount: 4.0, line: 467 },
		{ name: '人民参与和促进法治工作及人民监督员工作经费', entity: DEPT, amount: 4.0, line: 468 },
		{
			name: '律师参与化解和代理涉法涉诉信访案件工作市级专项经费',
			entity: DEPT,
			amount: 3.0,
			line: 469,
		},
		{ name: '市司法局2024年中央和省级政法转移支付资金', entity: DEPT, amount: 180.99, line: 470 },
		{ name: '司法行政业务工作经费', entity: DEPT, amount: 54.0, line: 471 },
		{ name: '法治政府建设全面咨询专项法律服务经费', entity: DEPT, amount: 19.5, line: 472 },
		{ name: '援疆干部工作经费', entity: JIEDU, amount: 7.8, line: 474 },
		{ name: '遗属补助', entity: JIEDU, amount: 0.63, line: 475 },
		{ name: '强制隔离戒毒业务费', entity: JIEDU, amount: 13.0, line: 476 },
		{ name: '强制隔离戒毒所政经费', entity: JIEDU, amount: 4.0, line: 477 },
		{ name: '专业人员聘用费', entity: JIEDU, amount: 29.0, line: 478 },
		{ name: '戒毒场所水电运行费', entity: JIEDU, amount: 21.0, line: 479 },
		{ name: '强戒人员生活教育费', entity: JIEDU, amount: 30.0, line: 480 },
		{ name: '法律援助业务经费', entity: FAYUAN, amount: 15.0, line: 482 },
	];

	it.each(cases)('$name ($entity) = $amount', ({ name, entity, amount, line }) => {
		const r = one(ds, 'projects', { name });
		expect(r.entity).toBe(entity);
		expect(r.amount).toBeCloseTo(amount, 2);
		expect(r.table_key).toBe('current');
		expect(r.line).toBe(line);
	});

	it('has the 18 projects the narrative counts (line 567), summing to 492.63', () => {
		expect(ds.projects).toHaveLength(18);
		expect(rows(ds, 'projects', { table_key: 'current' })).toHaveLength(18);
		expect(rows(ds, 'projects', { table_key: 'carryover' })).toHaveLength(0);
		const sum = ds.projects.reduce((s, r) => s + r.amount, 0);
		expect(sum).toBeCloseTo(492.63, 2);
		for (const unit of [DEPT, JIEDU, FAYUAN]) {
			expect(ds.projects.some((r) => r.name === unit)).toBe(false);
		}
		expect(rows(ds, 'projects', { entity: DEPT })).toHaveLength(10);
		expect(rows(ds, 'projects', { entity: JIEDU })).toHaveLength(7);
		expect(rows(ds, 'projects', { entity: FAYUAN })).toHaveLength(1);
	});
});

describe('project_targets', () => {
	// 项目资金（元）; [from, to] is the form's extent in the file.
	const cases: {
		name: string;
		entity: string;
		total: number;
		year: number;
		from: number;
		to: number;
	}[] = [
		{ name: '法治宣传教育经费', entity: DEPT, total: 4.0, year: 4.0, from: 577, to: 617 },
		{
			name: '法治政府建设全面咨询专项法律服务经费',
			entity: DEPT,
			total: 19.5,
			year: 19.5,
			from: 619,
			to: 653,
		},
		{ name: '国家司法考试经费', entity: DEPT, total: 10.0, year: 10.0, from: 655, to: 688 },
		{ name: '戒毒场所水电运行费', entity: JIEDU, total: 21.0, year: 21.0, from: 690, to: 722 },
		{
			name: '晋东公证处政府购买服务经费',
			entity: DEPT,
			total: 70.0,
			year: 70.0,
			from: 724,
			to: 758,
		},
		{
			name: '律师参与化解和代理涉法涉诉信访案件工作市级专项经费',
			entity: DEPT,
			total: 3.0,
			year: 3.0,
			from: 760,
			to: 792,
		},
		// No title line: the form starts at "(2024年度)" (line 794).
		{ name: '强制隔离戒毒教育费', entity: JIEDU, total: 30.0, year: 30.0, from: 794, to: 828 },
		{ name: '强制隔离戒毒所政经费', entity: JIEDU, total: 4.0, year: 4.0, from: 830, to: 859 },
		// No title line (starts at 861) and no 负责人/填报日期 footer.
		{ name: '强制隔离戒毒业务费', entity: JIEDU, total: 13.0, year: 13.0, from: 861, to: 888 },
		{
			name: '人民参与和促进法治工作及人民监督员工作经费',
			entity: DEPT,
			total: 4.0,
			year: 4.0,
			from: 890,
			to: 924,
		},
		{ name: '司法行政业务工作经费', entity: DEPT, total: 54.0, year: 54.0, from: 926, to: 968 },
		{
			name: '司法业务大楼水电及电梯维护保养检测经费',
			entity: DEPT,
			total: 25.0,
			year: 25.0,
			from: 970,
			to: 1003,
		},
		// 17,068 元 and 6,308 元: the cent of 万元 is 1.71 and 0.63.
		{ name: '遗属人员生活补助', entity: DEPT, total: 1.71, year: 1.71, from: 1005, to: 1036 },
		{ name: '遗属补助', entity: JIEDU, total: 0.63, year: 0.63, from: 1038, to: 1069 },
		{ name: '援疆干部工作经费', entity: JIEDU, total: 7.8, year: 7.8, from: 1071, to: 1102 },
		{ name: '专业人员聘用费', entity: JIEDU, total: 29.0, year: 29.0, from: 1104, to: 1134 },
		// 实施期资金总额 450,000 vs 年度资金总额 150,000 (3-year project).
		{ name: '法律援助业务经费', entity: FAYUAN, total: 45.0, year: 15.0, from: 1136, to: 1169 },
	];

	it.each(cases)('$name: $total / $year 万元', ({ name, entity, total, year, from, to }) => {
		const r = one(ds, 'project_targets', { name });
		expect(r.total_amount).not.toBeNull();
		expect(r.year_amount).not.toBeNull();
		expect(r.total_amount!).toBeCloseTo(total, 2);
		expect(r.year_amount!).toBeCloseTo(year, 2);
		expect(r.entity).toBe(entity);
		expect(r.line).toBeGreaterThanOrEqual(from);
		expect(r.line).toBeLessThanOrEqual(to);
	});

	it('has the 17 published forms (line 567: 公开项目绩效目标17个, 311.64万元)', () => {
		expect(ds.project_targets).toHaveLength(17);
		const sum = ds.project_targets.reduce((s, r) => s + (r.year_amount ?? 0), 0);
		expect(sum).toBeCloseTo(311.64, 2);
		// 特定目标类 project 180.99 has no published form.
		expect(
			rows(ds, 'project_targets', { name: '市司法局2024年中央和省级政法转移支付资金' }),
		).toHaveLength(0);
	});
});

describe('figures', () => {
	const fig = (where: Partial<Rows['figures']>) => one(ds, 'figures', where);

	it('reads 表十一 机关运行经费 for the department and each unit', () => {
		const total = fig({ metric: 'org_running_cost', source: 'table', line: 447 });
		expect(total.entity).toBe(DEPT);
		expect(total.value).toBeCloseTo(335.35, 2);
		expect(total.year).toBe(2024);
		expect(total.unit).toBe('万元');
		const jiguan = fig({ metric: 'org_running_cost', source: 'table', line: 448 });
		expect(jiguan.entity).toBe(DEPT);
		expect(jiguan.value).toBeCloseTo(122.82, 2);
		const jiedu = fig({ metric: 'org_running_cost', source: 'table', entity: JIEDU });
		expect(jiedu.value).toBeCloseTo(199.83, 2);
		expect(jiedu.line).toBe(449);
		const fayuan = fig({ metric: 'org_running_cost', source: 'table', entity: FAYUAN });
		expect(fayuan.value).toBeCloseTo(12.7, 2);
		expect(fayuan.line).toBe(450);
		expect(rows(ds, 'figures', { metric: 'org_running_cost', source: 'table' })).toHaveLength(4);
	});

	it('derives the prior year 机关运行经费 from the narrative (line 551)', () => {
		const prior = fig({ metric: 'prior_org_running_cost' });
		expect(prior.value).toBeCloseTo(324.05, 2);
		expect(prior.year).toBe(2023);
		expect(prior.source).toBe('narrative');
		expect(prior.line).toBe(551);
		expect(prior.entity).toBe(DEPT);
	});

	it('reads 政府采购 (line 555)', () => {
		const total = fig({ metric: 'procurement_total' });
		expect(total.value).toBeCloseTo(145.07, 2);
		expect(total.line).toBe(555);
		expect(total.unit).toBe('万元');
		expect(fig({ metric: 'procurement_goods' }).value).toBeCloseTo(27.35, 2);
		expect(fig({ metric: 'procurement_services' }).value).toBeCloseTo(117.72, 2);
		for (const r of rows(ds, 'figures', { metric: 'procurement_works' })) expect(r.value).toBe(0);
	});

	it('reads the income and expenditure totals and the prior-year totals they imply', () => {
		for (const metric of ['income_total', 'expenditure_total']) {
			const found = rows(ds, 'figures', { metric });
			expect(found.length).toBeGreaterThan(0);
			for (const r of found) expect(r.value).toBeCloseTo(2854.81, 2);
		}
		// "收入总计2,854.81万元 … 比上年减少633.73万元，下降18.17%" (and the same for 支出)
		for (const metric of ['prior_income_total', 'prior_expenditure_total']) {
			const r = fig({ metric });
			expect(r.value).toBeCloseTo(3488.54, 2);
			expect(r.year).toBe(2023);
			expect(r.source).toBe('narrative');
			expect(r.line).toBe(501);
		}
	});

	it('reads the assets section (lines 1175, 1179)', () => {
		const vehicles = fig({ metric: 'vehicles' });
		expect(vehicles.value).toBe(12);
		expect(vehicles.unit).toBe('辆');
		expect(vehicles.line).toBe(1175);
		const area = fig({ metric: 'office_area' });
		expect(area.value).toBeCloseTo(5216.76, 2);
		expect(area.unit).toBe('平方米');
		expect(area.line).toBe(1179);
	});
});

describe('validation_issues', () => {
	it('flags the 整体支出绩效目标申报表 that is only an English placeholder (line 575)', () => {
		// Lines 571-575: title, "(2024)年度", then "Table with columns for … the 028 Jiaozhou City
		// Court." instead of the form. Unreadable content, so warning (uncertain) or error.
		const found = findingsIn(571, 575).filter(
			(r) => r.severity === 'warning' || r.severity === 'error',
		);
		expect(found.length).toBeGreaterThan(0);
	});

	it.each<[string, number, number]>([
		['收支总表', 126, 161],
		['收入总表 (20406 961.97 vs Σ项 961.98 is within 0.02)', 169, 204],
		['支出总表 (20406 961.97 vs 574.78 + 387.20 is within 0.02)', 212, 246],
		['财政拨款收支总表', 254, 293],
		['一般公共预算支出表', 301, 335],
		[
			'基本支出经济科目表 (商品和服务支出 335.36 vs Σ 335.38: exactly the 0.02 tolerance)',
			343,
			386,
		],
		['三公 table', 430, 437],
		['机关运行经费 table (122.82 + 199.83 + 12.70 = 335.35)', 445, 450],
		['项目支出 table (372.20 + 105.43 + 15.00 = 492.63)', 458, 482],
		['三公 and 机关运行经费 narrative', 541, 555],
	])('finds no error in the consistent %s (lines %i-%i)', (_label, from, to) => {
		expect(findingsIn(from, to, 'error')).toEqual([]);
	});

	it('reports no duplicate section (000 has none)', () => {
		expect(rows(ds, 'validation_issues', { check: 'duplicate_section' })).toHaveLength(0);
	});

	it('uses only the three severities', () => {
		for (const r of ds.validation_issues)
			expect(['error', 'warning', 'info']).toContain(r.severity);
	});
});
