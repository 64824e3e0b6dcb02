/**
 * Golden test: data/raw/001_3e5e580ab2a95934.txt, 阳泉市司法局 2023年度部门决算公开 (山西).
 *
 * Every expected figure below was read from the document by hand (`grep -n`, `sed -n`), with the
 * line it sits on; none was copied from the parser's output. Sums the document itself implies
 * (prior-year figures, rates) are written as the arithmetic on the printed numbers.
 *
 * Layout of the file: 公开01–10表 (lines 100–485), 情况说明 (487–621), 名词解释, then an appendix of
 * 批复 copies of tables 01–08 (640–971) whose digits were misread (compared with, never merged into,
 * the main tables), and a 部门整体支出绩效自评表 (973–1072).
 */
import { describe, it, expect } from 'vitest';
import { load, one, rows } from './helpers.js';
import type { Dataset, FunctionalItem, ValidationIssue } from '../../src/schema/tables.js';

const DOC = '11a72be0e203cc23';
const FILE = '001_3e5e580ab2a95934.txt';
const DEPT = '阳泉市司法局';

const ds = (): Dataset => load('001');

/** Money is kept to the cent of 万元; sums and implied figures may carry float noise. */
const money = (actual: number | null | undefined, expected: number): void => {
	expect(actual).toBeCloseTo(expected, 2);
};

type Fn = Pick<FunctionalItem, 'table_key' | 'code' | 'level' | 'measure' | 'amount' | 'line'> & {
	name?: string;
};

/** table_key, code, name (undefined: not checked), level, line, then measure → amount. */
function fn(
	table_key: string,
	code: string,
	name: string | undefined,
	level: number,
	line: number,
	amounts: Record<string, number>,
): Fn[] {
	return Object.entries(amounts).map(([measure, amount]) => ({
		table_key,
		code,
		name,
		level,
		measure,
		amount,
		line,
	}));
}

// 公开01表 收入支出决算总表, 支出 side (lines 115–146): 类 by name, codes from the national list.
const SUMMARY: Fn[] = [
	...fn('summary', '合计', undefined, 0, 142, { total: 3963.84 }), // 本年支出合计
	...fn('summary', '201', '一般公共服务支出', 1, 115, { total: 3.46 }),
	...fn('summary', '204', '公共安全支出', 1, 118, { total: 3327.31 }),
	...fn('summary', '208', '社会保障和就业支出', 1, 122, { total: 357.59 }),
	...fn('summary', '210', '卫生健康支出', 1, 123, { total: 75.33 }),
	// after the page-break blank line 133
	...fn('summary', '221', '住房保障支出', 1, 134, { total: 200.15 }),
];

// 公开02 收入决算表 (lines 160–196): 本年收入合计 / 财政拨款收入 / 事业收入 / 经营收入 / 其他收入.
const INCOME: Fn[] = [
	...fn('income', '合计', undefined, 0, 163, {
		total: 3901.72,
		fiscal: 3449.21,
		business: 158.91,
		operating: 292.39,
		other: 1.2,
	}),
	...fn('income', '201', '一般公共服务支出', 1, 164, { total: 3.46, fiscal: 3.46 }),
	...fn('income', '2013299', '其他组织事务支出', 3, 166, { total: 3.46, fiscal: 3.46 }),
	...fn('income', '204', '公共安全支出', 1, 167, {
		total: 3265.18,
		fiscal: 2812.68,
		business: 158.91,
		operating: 292.39,
		other: 1.2,
	}),
	...fn('income', '20406', '司法', 2, 168, { total: 1687.73, fiscal: 1235.23, business: 158.91 }),
	...fn('income', '2040604', '基层司法业务', 3, 171, { total: 12.35, fiscal: 12.35 }),
	...fn('income', '2040608', '国家统一法律职业资格考试', 3, 174, { total: 9.95 }),
	...fn('income', '2040650', '事业运行', 3, 175, {
		total: 553.51,
		fiscal: 101.01,
		business: 158.91,
		operating: 292.39,
		other: 1.2,
	}),
	...fn('income', '20408', '强制隔离戒毒', 2, 176, { total: 1577.45, fiscal: 1577.45 }),
	...fn('income', '208', '社会保障和就业支出', 1, 181, { total: 357.59, fiscal: 357.59 }),
	// after the page-break blank line 184
	...fn('income', '2080506', '机关事业单位职业年金缴费支出', 3, 185, {
		total: 145.6,
		fiscal: 145.6,
	}),
	...fn('income', '2089999', '其他社会保障和就业支出', 3, 189, { total: 1.54 }),
	...fn('income', '2101102', '事业单位医疗', 3, 193, { total: 4.58 }),
	...fn('income', '2210201', '住房公积金', 3, 196, { total: 200.15, fiscal: 200.15 }),
];

// 公开03 支出决算表 (lines 211–247): 本年支出合计 / 基本支出 / 项目支出 / 经营支出.
const EXPENDITURE: Fn[] = [
	...fn('expenditure', '合计', undefined, 0, 214, {
		total: 3963.84,
		basic: 2861.09,
		project: 747.03,
		operating: 355.72,
	}),
	...fn('expenditure', '201', '一般公共服务支出', 1, 215, { total: 3.46, basic: 3.46 }),
	...fn('expenditure', '204', '公共安全支出', 1, 218, {
		total: 3327.31,
		basic: 2224.56,
		project: 747.03,
		operating: 355.72,
	}),
	...fn('expenditure', '20406', '司法', 2, 219, {
		total: 1749.86,
		basic: 861.49,
		project: 532.65,
		operating: 355.72,
	}),
	...fn('expenditure', '2040601', '行政运行', 3, 220, { total: 601.57, basic: 601.57 }),
	...fn('expenditure', '2040602', '一般行政管理事务', 3, 221, { total: 483.47, project: 483.47 }),
	...fn('expenditure', '2040650', '事业运行', 3, 226, {
		total: 615.64,
		basic: 259.92,
		operating: 355.72,
	}),
	...fn('expenditure', '20408', '强制隔离戒毒', 2, 227, {
		total: 1577.45,
		basic: 1363.07,
		project: 214.38,
	}),
	...fn('expenditure', '2040805', '强制隔离戒毒人员教育', 3, 231, { total: 54.95, project: 54.95 }),
	...fn('expenditure', '208', '社会保障和就业支出', 1, 232, { total: 357.59, basic: 357.59 }),
	...fn('expenditure', '2080505', '机关事业单位基本养老保险缴费支出', 3, 234, { total: 184.47 }),
	// after the page-break blank line 235
	...fn('expenditure', '2080506', '机关事业单位职业年金缴费支出', 3, 236, { total: 145.6 }),
	...fn('expenditure', '210', '卫生健康支出', 1, 241, { total: 75.33, basic: 75.33 }),
	...fn('expenditure', '221', '住房保障支出', 1, 245, { total: 200.15, basic: 200.15 }),
];

// 公开04表 财政拨款收入支出决算总表, 支出 side by 类 name (lines 264–296): 合计 / 一般公共预算财政拨款.
const FISCAL_SUMMARY: Fn[] = [
	...fn('fiscal_summary', '合计', undefined, 0, 291, { total: 3449.21, general_budget: 3449.21 }),
	...fn('fiscal_summary', '201', '一般公共服务支出', 1, 264, { total: 3.46, general_budget: 3.46 }),
	...fn('fiscal_summary', '204', '公共安全支出', 1, 267, {
		total: 2812.68,
		general_budget: 2812.68,
	}),
	...fn('fiscal_summary', '208', '社会保障和就业支出', 1, 271, {
		total: 357.59,
		general_budget: 357.59,
	}),
	...fn('fiscal_summary', '210', '卫生健康支出', 1, 272, { total: 75.33, general_budget: 75.33 }),
	// after the page-break blank line 280
	...fn('fiscal_summary', '221', '住房保障支出', 1, 283, { total: 200.15, general_budget: 200.15 }),
];

// 公开05表 一般公共预算财政拨款支出决算表 (lines 310–346): 小计 / 基本支出 / 项目支出.
// Names printed with stray spaces (lines 324, 333, 334, 337, 338) must come out joined.
const GENERAL_BUDGET: Fn[] = [
	...fn('general_budget', '合计', undefined, 0, 313, {
		total: 3449.21,
		basic: 2702.18,
		project: 747.03,
	}),
	...fn('general_budget', '201', '一般公共服务支出', 1, 314, { total: 3.46, basic: 3.46 }),
	...fn('general_budget', '20132', '组织事务', 2, 315, { total: 3.46, basic: 3.46 }),
	...fn('general_budget', '204', '公共安全支出', 1, 317, {
		total: 2812.68,
		basic: 2065.65,
		project: 747.03,
	}),
	...fn('general_budget', '20406', '司法', 2, 318, {
		total: 1235.23,
		basic: 702.58,
		project: 532.65,
	}),
	...fn('general_budget', '2040608', '国家统一法律职业资格考试', 3, 324, {
		total: 9.95,
		project: 9.95,
	}),
	...fn('general_budget', '2040650', '事业运行', 3, 325, { total: 101.01, basic: 101.01 }),
	...fn('general_budget', '20408', '强制隔离戒毒', 2, 326, {
		total: 1577.45,
		basic: 1363.07,
		project: 214.38,
	}),
	...fn('general_budget', '2040804', '强制隔离戒毒人员生活', 3, 329, {
		total: 39.65,
		project: 39.65,
	}),
	...fn('general_budget', '208', '社会保障和就业支出', 1, 331, { total: 357.59, basic: 357.59 }),
	...fn('general_budget', '2080505', '机关事业单位基本养老保险缴费支出', 3, 333, {
		total: 184.47,
		basic: 184.47,
	}),
	...fn('general_budget', '2080506', '机关事业单位职业年金缴费支出', 3, 334, {
		total: 145.6,
		basic: 145.6,
	}),
	...fn('general_budget', '20899', '其他社会保障和就业支出', 2, 337, { total: 1.54, basic: 1.54 }),
	...fn('general_budget', '2089999', '其他社会保障和就业支出', 3, 338, {
		total: 1.54,
		basic: 1.54,
	}),
	// after the page-break blank line 341
	...fn('general_budget', '2101101', '行政单位医疗', 3, 342, { total: 70.75, basic: 70.75 }),
	...fn('general_budget', '221', '住房保障支出', 1, 344, { total: 200.15, basic: 200.15 }),
];

describe('001 阳泉市司法局 2023年度部门决算: document', () => {
	it('is one parsed 山西 final account of the department', () => {
		const d = one(ds(), 'documents', { doc_id: DOC });
		expect(d).toMatchObject({
			doc_id: DOC,
			source_file: FILE,
			province: '山西省',
			city: '阳泉市',
			department: DEPT,
			entity: DEPT,
			scope: 'department',
			fiscal_year: 2023,
			kind: 'final_account',
			layout: 'shanxi',
			encoding: 'utf-8',
			status: 'parsed',
		});
		// 1,072 lines; the last (联系电话) has no trailing newline.
		expect(d.line_count).toBe(1072);
		expect(ds().documents).toHaveLength(1);
	});

	it('has no projects or project targets (a final account prints neither)', () => {
		expect(ds().projects).toHaveLength(0);
		expect(ds().project_targets).toHaveLength(0);
	});
});

describe('001: functional_items of the main tables', () => {
	const all = [...SUMMARY, ...INCOME, ...EXPENDITURE, ...FISCAL_SUMMARY, ...GENERAL_BUDGET];

	it.each(all.map((c) => [c.table_key, c.code, c.measure, c] as const))(
		'%s %s %s',
		(table_key, code, measure, c) => {
			const r = one(ds(), 'functional_items', { doc_id: DOC, table_key, code, measure });
			money(r.amount, c.amount);
			expect(r.level).toBe(c.level);
			expect(r.line).toBe(c.line);
			expect(r.entity).toBe(DEPT);
			if (c.name !== undefined) expect(r.name).toBe(c.name);
		},
	);

	it('gives one row per non-empty cell: no blank cells, no rows from the approval copies', () => {
		const count = (table_key: string, measure?: string): number =>
			rows(ds(), 'functional_items', measure ? { table_key, measure } : { table_key }).length;
		// 公开01: 5 类 with amounts + 本年支出合计
		expect(count('summary')).toBe(6);
		// 公开02: 33 rows × (合计, 财政拨款); 事业/经营/其他 only on 合计, 204, 20406, 2040650
		expect(count('income', 'total')).toBe(33);
		expect(count('income', 'fiscal')).toBe(33);
		expect(count('income', 'business')).toBe(4);
		expect(count('income', 'operating')).toBe(4);
		expect(count('income', 'other')).toBe(4);
		expect(count('income')).toBe(78);
		// 公开03: 33 合计, 25 基本, 12 项目, 4 经营; 上缴上级 / 对附属单位补助 all blank
		expect(count('expenditure', 'total')).toBe(33);
		expect(count('expenditure', 'basic')).toBe(25);
		expect(count('expenditure', 'project')).toBe(12);
		expect(count('expenditure', 'operating')).toBe(4);
		expect(count('expenditure')).toBe(74);
		// 公开04: 5 类 + 合计, in 合计 and 一般公共预算 columns only
		expect(count('fiscal_summary')).toBe(12);
		// 公开05: 33 小计, 25 基本, 12 项目
		expect(count('general_budget', 'total')).toBe(33);
		expect(count('general_budget', 'basic')).toBe(25);
		expect(count('general_budget', 'project')).toBe(12);
		expect(count('general_budget')).toBe(70);
		// 公开07 / 公开08 print only an empty 合计 row (说明：本表无数据)
		expect(count('gov_fund')).toBe(0);
		expect(count('state_capital')).toBe(0);
		// The appendix (批复 copies, from line 640 on) is compared, never merged.
		const fromAppendix = ds().functional_items.filter((r) => r.line >= 640);
		expect(fromAppendix).toEqual([]);
	});

	it('joins names broken by stray spaces and drops the 一、二、 numbering of 类 names', () => {
		const broken = ds().functional_items.filter((r) =>
			/\s|^[一二三四五六七八九十]+、/.test(r.name),
		);
		expect(broken).toEqual([]);
	});
});

describe('001: economic_items (公开06表, four code/name/amount blocks side by side)', () => {
	const cases: [string, string, number, 'personnel' | 'public', number, number][] = [
		// code, name, level, category, amount, line
		['301', '工资福利支出', 1, 'personnel', 2130.19, 363],
		['30101', '基本工资', 2, 'personnel', 465.55, 364],
		['30102', '津贴补贴', 2, 'personnel', 692.63, 365],
		['30107', '绩效工资', 2, 'personnel', 17.89, 368],
		['30113', '住房公积金', 2, 'personnel', 249.96, 374],
		// after the page-break blank line 375
		['30199', '其他工资福利支出', 2, 'personnel', 22.38, 377],
		['303', '对个人和家庭的补助', 1, 'personnel', 248.56, 378],
		['30302', '退休费', 2, 'personnel', 147.76, 380],
		['30304', '抚恤金', 2, 'personnel', 99.54, 382],
		['30305', '生活补助', 2, 'personnel', 0.04, 383],
		['30399', '其他对个人和家庭的补助', 2, 'personnel', 0.46, 390],
		['302', '商品和服务支出', 1, 'public', 322.93, 363],
		['30201', '办公费', 2, 'public', 25.21, 364],
		['30208', '取暖费', 2, 'public', 99.95, 371],
		['30213', '维修(护)费', 2, 'public', 1.17, 376],
		['30217', '公务接待费', 2, 'public', 0.39, 380],
		['30231', '公务用车运行维护费', 2, 'public', 9.95, 388],
		['30239', '其他交通费用', 2, 'public', 92.09, 389],
		// line 391: the 人员经费 block is empty, the row starts with three tabs
		['30299', '其他商品和服务支出', 2, 'public', 7.1, 391],
		['310', '资本性支出', 1, 'public', 0.5, 382],
		['31002', '办公设备购置', 2, 'public', 0.5, 384],
	];

	it.each(cases)('%s %s', (code, name, level, category, amount, line) => {
		const r = one(ds(), 'economic_items', { doc_id: DOC, code });
		expect(r).toMatchObject({ name, level, category, line, entity: DEPT });
		money(r.amount, amount);
	});

	it('prints 人员经费合计 2,378.75 and 公用经费合计 323.43 on line 392', () => {
		const totals = rows(ds(), 'economic_items', { doc_id: DOC, category: 'total' });
		expect(totals).toHaveLength(2);
		const personnel = totals.find((r) => r.name === '人员经费合计');
		const pub = totals.find((r) => r.name === '公用经费合计');
		money(personnel?.amount, 2378.75);
		money(pub?.amount, 323.43);
		expect(personnel?.line).toBe(392);
		expect(pub?.line).toBe(392);
	});

	it('gives no row for cells printed —— or left blank', () => {
		const items = ds().economic_items.filter((r) => r.category !== 'total');
		// 17 amounts in the 人员经费 block, 26 in the 公用经费 blocks
		expect(items.filter((r) => r.category === 'personnel')).toHaveLength(17);
		expect(items.filter((r) => r.category === 'public')).toHaveLength(26);
		expect(items).toHaveLength(43);
		// —— (lines 368–382, 370–372) and blanks
		for (const code of [
			'309',
			'30901',
			'30913',
			'311',
			'31101',
			'31199',
			'307',
			'30106',
			'30204',
			'30212',
			'312',
			'399',
		]) {
			expect(rows(ds(), 'economic_items', { code }), code).toEqual([]);
		}
		// nothing from the approval copy (财决批复06表, lines 906–936)
		expect(ds().economic_items.filter((r) => r.line >= 640)).toEqual([]);
	});

	it('adds up: 301 + 303 = 人员经费, 302 + 310 = 公用经费', () => {
		const amountOf = (code: string): number => one(ds(), 'economic_items', { code }).amount;
		money(amountOf('301') + amountOf('303'), 2378.75);
		money(amountOf('302') + amountOf('310'), 323.43);
	});
});

describe('001: three_public (公开09表 line 449, narrative lines 573–581)', () => {
	// 预算数 (the adjusted full-year budget) and 决算数 print the same figures; 因公出国(境) and
	// 公务用车购置费 are blank in both halves.
	const table: [string, number][] = [
		['total', 12.65],
		['vehicle_total', 12.1],
		['vehicle_operation', 12.1],
		['reception', 0.54],
	];

	it.each(
		['adjusted_budget', 'final'].flatMap((basis) => table.map(([c, a]) => [basis, c, a] as const)),
	)('2023 %s %s', (basis, category, amount) => {
		const r = one(ds(), 'three_public', {
			doc_id: DOC,
			year: 2023,
			basis,
			category,
			source: 'table',
		});
		money(r.amount, amount);
		expect(r.line).toBe(449);
		expect(r.entity).toBe(DEPT);
	});

	it('gives no table row for the blank 因公出国(境) and 公务用车购置 cells', () => {
		const tableRows = rows(ds(), 'three_public', { doc_id: DOC, source: 'table' });
		expect(tableRows).toHaveLength(8);
		expect(
			tableRows.filter((r) => r.category === 'outbound' || r.category === 'vehicle_purchase'),
		).toEqual([]);
	});

	// "比上年度减少18.56万元" etc.: the 2022 决算 figures the narrative implies. They are consistent:
	// 0 + 17.98 + 12.76 + 0.47 = 31.21, and the stated falls (59.47%, 5.17%, +14.89%) check out.
	const prior: [string, number, number][] = [
		['total', 12.65 + 18.56, 573], // 31.21
		['outbound', 0, 575], // 因公出国（境）费支出0万元 … 与上年相同
		['vehicle_purchase', 0 + 17.98, 577],
		['vehicle_operation', 12.1 + 0.66, 579], // 12.76
		['reception', 0.54 - 0.07, 581], // 0.47
	];

	it.each(prior)('2022 final %s implied by the narrative', (category, amount, line) => {
		const r = one(ds(), 'three_public', { doc_id: DOC, year: 2022, category, source: 'narrative' });
		expect(r.basis).toBe('final');
		money(r.amount, amount);
		expect(r.line).toBe(line);
		expect(r.entity).toBe(DEPT);
	});

	it('states nothing for 2023 that disagrees with the table', () => {
		const expected: Record<string, number> = {
			total: 12.65,
			vehicle_total: 12.1,
			vehicle_operation: 12.1,
			reception: 0.54,
			outbound: 0,
			vehicle_purchase: 0,
		};
		for (const r of rows(ds(), 'three_public', { doc_id: DOC, year: 2023 })) {
			expect(r.amount, `${r.basis} ${r.category} line ${r.line}`).toBeCloseTo(
				expected[r.category] ?? NaN,
				2,
			);
		}
	});
});

describe('001: budget_execution (narrative lines 549–551)', () => {
	const cases: [string | null, string | undefined, number, number, number, number][] = [
		// code, name, 年初预算, 支出决算, 完成年初预算 %, line
		[null, undefined, 3126.32, 3449.21, 110.33, 549],
		['201', '一般公共服务支出', 3.5, 3.46, 98.86, 551],
		['204', '公共安全支出', 2581.61, 2812.68, 108.95, 551],
		['208', '社会保障和就业支出', 274.88, 357.59, 130.09, 551],
		['210', '卫生健康支出', 85.37, 75.33, 88.24, 551],
		['221', '住房保障支出', 180.96, 200.15, 110.6, 551],
	];

	it.each(cases)('%s %s', (code, name, budget, final, stated, line) => {
		const r = one(ds(), 'budget_execution', { doc_id: DOC, code });
		money(r.budget, budget);
		money(r.final, final);
		expect(r.stated_rate).toBeCloseTo(stated, 2);
		expect(r.rate).toBeCloseTo((final / budget) * 100, 2);
		expect(r).toMatchObject({ year: 2023, line, entity: DEPT });
		if (name !== undefined) expect(r.name).toBe(name);
	});

	it('has exactly the whole and the five 类 (抚恤 25.98 is stated without a 年初预算)', () => {
		const withBudget = ds().budget_execution.filter((r) => r.budget !== null);
		expect(withBudget.map((r) => r.code).sort()).toEqual(['201', '204', '208', '210', '221', null]);
		// the 类 budgets add up to the whole: 3.5 + 2581.61 + 274.88 + 85.37 + 180.96 = 3126.32
		const sum = withBudget.filter((r) => r.code !== null).reduce((s, r) => s + (r.budget ?? 0), 0);
		money(sum, 3126.32);
	});

	it('agrees with the 类 totals of 公开05表', () => {
		for (const code of ['201', '204', '208', '210', '221']) {
			const be = one(ds(), 'budget_execution', { code });
			const gb = one(ds(), 'functional_items', {
				table_key: 'general_budget',
				code,
				measure: 'total',
			});
			money(be.final, gb.amount);
		}
	});
});

describe('001: figures', () => {
	const fig = (metric: string, source: string, line: number) =>
		one(ds(), 'figures', { doc_id: DOC, metric, source, line });

	it('income and expenditure totals, and the prior-year totals the narrative implies (line 491)', () => {
		money(fig('income_total', 'narrative', 491).value, 5380.47);
		money(fig('expenditure_total', 'narrative', 491).value, 5380.47);
		// "与上年相比，收入总计减少181.51万元，下降3.26%，支出总计减少181.51万元"
		const priorIncome = fig('prior_income_total', 'narrative', 491);
		money(priorIncome.value, 5380.47 + 181.51); // 5,561.98
		expect(priorIncome.year).toBe(2022);
		const priorExp = fig('prior_expenditure_total', 'narrative', 491);
		money(priorExp.value, 5380.47 + 181.51);
		expect(priorExp.year).toBe(2022);
		for (const r of rows(ds(), 'figures', { metric: 'income_total' })) money(r.value, 5380.47);
		for (const r of rows(ds(), 'figures', { metric: 'income_total' })) expect(r.unit).toBe('万元');
	});

	it('the prior-year 财政拨款 total implied on line 525 (3,449.21 + 11.20)', () => {
		const r = rows(ds(), 'figures', { doc_id: DOC, line: 525, source: 'narrative', year: 2022 });
		expect(r.map((f) => Math.round(f.value * 100) / 100)).toContain(3460.41);
	});

	it('预算绩效 (line 613): 23 一级项目 self-evaluated, 546.38万元; 21 优, 1 良, 1 中, 0 差', () => {
		const want: [string, number, string][] = [
			['perf_selfeval_projects', 23, '个'],
			['perf_selfeval_amount', 546.38, '万元'],
			['perf_grade_excellent', 21, '个'],
			['perf_grade_good', 1, '个'],
			['perf_grade_pass', 1, '个'],
			['perf_grade_fail', 0, '个'],
		];
		for (const [metric, value, unit] of want)
			expect(fig(metric, 'narrative', 613), metric).toMatchObject({ value, unit, year: 2023 });
		// line 617's 二级项目 (2, all 优) is a second, consistent statement: no finding on it
		expect(rows(ds(), 'validation_issues', { doc_id: DOC, line: 617 })).toEqual([]);
	});

	it('年初 / 年末结转和结余 from 公开01表 line 144', () => {
		const cin = rows(ds(), 'figures', { doc_id: DOC, metric: 'carryover_in', line: 144 });
		const cout = rows(ds(), 'figures', { doc_id: DOC, metric: 'carryover_out', line: 144 });
		expect(cin).toHaveLength(1);
		expect(cout).toHaveLength(1);
		money(cin[0]?.value, 1478.75);
		money(cout[0]?.value, 1416.62);
	});

	it('政府采购 (公开10表 lines 465–468)', () => {
		const cases: [string, number, number][] = [
			['procurement_total', 188.31, 465],
			['procurement_goods', 5.22, 466],
			['procurement_works', 8.75, 467],
			['procurement_services', 174.34, 468],
		];
		for (const [metric, value, line] of cases) {
			const r = fig(metric, 'table', line);
			money(r.value, value);
			expect(r.unit).toBe('万元');
			expect(r.year).toBe(2023);
			// the narrative (line 603) states the same four figures
			for (const other of rows(ds(), 'figures', { doc_id: DOC, metric })) money(other.value, value);
		}
	});

	it('机关运行经费: 行政单位 314.02 + 参公 9.41 = 323.43; narrative 323.43, 2022 implied 352.40', () => {
		const fromTable = rows(ds(), 'figures', {
			doc_id: DOC,
			metric: 'org_running_cost',
			source: 'table',
		});
		expect(fromTable.length).toBeGreaterThan(0);
		money(
			fromTable.reduce((s, r) => s + r.value, 0),
			314.02 + 9.41,
		);
		for (const r of fromTable) expect([469, 470, 471, 472]).toContain(r.line);
		money(fig('org_running_cost', 'narrative', 597).value, 323.43);
		// "比2022年减少28.97万元，下降8.22%"
		const prior = fig('prior_org_running_cost', 'narrative', 597);
		money(prior.value, 323.43 + 28.97); // 352.40
		expect(prior.year).toBe(2022);
	});

	it('vehicles: 15 (公开10表 line 474)', () => {
		const r = fig('vehicles', 'table', 474);
		expect(r.value).toBe(15);
		expect(r.unit).toBe('辆');
		// the narrative (line 607) also says 15
		for (const other of rows(ds(), 'figures', { doc_id: DOC, metric: 'vehicles' }))
			expect(other.value).toBe(15);
	});
});

describe('001: performance_evals (部门整体支出绩效自评表, lines 973–1072)', () => {
	it('is one department-level evaluation scoring 88 (良)', () => {
		expect(ds().performance_evals).toHaveLength(1);
		const e = one(ds(), 'performance_evals', { doc_id: DOC, level: 'department' });
		// The form prints no 年初预算/全年预算/全年执行 row; its 收支情况 block prints 收入合计 5380.47
		// (line 986, including 上年结转 1478.75) and 支出合计 3963.84, and its conclusion (line 1059)
		// states 预算执行率为:74% = 3963.84 / 5380.47.
		money(e.budget, 5380.47);
		money(e.executed, 3963.84);
		if (e.available !== null) money(e.available, 5380.47);
		expect(e.execution_rate).toBeCloseTo((3963.84 / 5380.47) * 100, 2); // 73.67
		// 总分 88 (line 1055) = 执行情况 8 + 产出 45 + 效益 27 + 满意度 8
		expect(e.score).toBe(88);
		expect(e.grade).toBe('良');
		expect(e.year).toBe(2023);
		expect(e.entity).toBe(DEPT);
		expect(e.line).toBeGreaterThanOrEqual(973);
		expect(e.line).toBeLessThanOrEqual(1055);
	});

	it('keeps indicators across the page breaks (质量指标 line 1034, 满意度 line 1050)', () => {
		const e = one(ds(), 'performance_evals', { doc_id: DOC, level: 'department' });
		const quality = one(ds(), 'performance_indicators', { doc_id: DOC, line: 1034 });
		expect(quality).toMatchObject({
			eval_line: e.line,
			name: '人民调解成功率',
			target: '≥95%',
			actual: '99.85%',
		});
		const satisfaction = one(ds(), 'performance_indicators', { doc_id: DOC, line: 1050 });
		expect(satisfaction).toMatchObject({
			eval_line: e.line,
			name: '人民调解纠纷满意度',
			target: '≥95%',
			actual: '98%',
		});
	});
});

describe('001: validation_issues', () => {
	const issues = (): ValidationIssue[] => rows(ds(), 'validation_issues', { doc_id: DOC });
	const at = (line: number, check?: string): ValidationIssue[] =>
		issues().filter((i) => i.line === line && (check === undefined || i.check === check));
	const serious = (i: ValidationIssue): boolean =>
		i.severity === 'error' || i.severity === 'warning';

	// Lines of the approval copies whose amounts disagree with the main table (line in brackets):
	const AMOUNT_DIFFS: number[] = [
		// 财政批复01表: 社会保障和就业支出 357.69 vs 357.59 [122]
		659,
		// 财决批复03表: 2040650 事业运行 基本支出 259.82 vs 259.92 [226]
		767,
		// 财法批复05表 (本年收入 and 本年支出 columns both) vs 公开05表 [313–346]:
		861, // 合计 5,449.21 vs 3,449.21; 项目 747.00 vs 747.03
		862, // 201 5.46 vs 3.46 (named 一般公共预算支出)
		863, // 20102 (for 20132) 5.46
		864, // 2010299 (for 2013299) 5.46
		865, // 204 2,812.88 / 2,068.88 / 747.00 vs 2,812.68 / 2,065.65 / 747.03
		866, // 20406 1,208.20 / 702.88 / 802.88 vs 1,235.23 / 702.58 / 532.65
		867, // 2040601 601.87 vs 601.57
		869, // 2040604 离退休事务 12.38 vs 基层司法业务 12.35
		871, // 2040607 20.58 vs 20.39
		872, // 2040608 9.98 vs 9.95
		874, // 20408 福利费支出 1,877.48 / 1,083.07 vs 强制隔离戒毒 1,577.45 / 1,363.07
		875, // 2040801 1,083.07 vs 1,363.07
		877, // 2040804 福利费支出 59.68 vs 39.65
		878, // 2040806 (for 2040805) 福利费支出 84.98 vs 54.95
		879, // 208 587.88 vs 357.59
		880, // 20808 (for 20805) 530.07 vs 330.07
		882, // 2080808 机关事业单位基本养老保险缴费支出 146.60 vs 2080506 职业年金 145.60
		883, // 20808 抚恤 28.98 vs 25.98
		884, // 2080801 28.98 vs 25.98
		885, // 20899 1.84 vs 1.54
		886, // 2089999 1.84 vs 1.54
		887, // 210 78.53 vs 75.33
		888, // 21011 78.53 vs 75.33
		889, // 2101101 70.78 vs 70.75
		890, // 2101102 4.88 vs 4.58
		891, // 221 200.18 vs 200.15
		892, // 22102 200.18 vs 200.15
		893, // 2210201 200.18 vs 200.15
		// 财决批复06表 vs 公开06表 [363–392]:
		908, // 301 2,100.49 vs 2,130.19; 302 322.99 vs 322.93
		909, // 30101 466.66 vs 465.55; 30201 26.21 vs 25.21
		910, // 30102 692.65 vs 692.63; 30202 6.16 vs 5.16
		913, // 30107 17.69 vs 17.89
		914, // 30108 208.48 vs 208.18; 30206 5.54 vs 3.34 (and code 21099 for 31099)
		915, // 30109 187.62 vs 157.62; 30207 3.62 vs 3.52
		916, // 30110 79.65 vs 79.83; 30208 69.96 vs 99.95
		919, // 30113 249.66 vs 249.96
		921, // 30199 22.58 vs 22.38
		922, // 303 248.66 vs 248.56; 30215 0.62 vs 0.52
		923, // 30216 6.32 vs 5.32
		924, // 30217 0.59 vs 0.39
		925, // 30218 0.04 vs 0.01
		926, // 30304 69.64 vs 99.54; 310 0.60 vs 0.50
		927, // 30305 blank vs 0.04
		928, // 30226 2.08 vs 2.05; 31002 0.60 vs 0.50
		932, // 30231 9.96 vs 9.95
		933, // 30239 61.10 vs 92.09
		934, // 30240 1.66 vs 1.56
		936, // 人员经费合计 2,978.76 vs 2,378.75 (公用经费合计 323.43 agrees)
	];
	// Amounts agree but the code is misread: 2040606 普通业培 (2040605 普法宣传, 6.48),
	// 2040680 (2040650 事业运行, 101.01), 2080808 (2080505, 184.47).
	const CODE_DIFFS = [870, 873, 881];
	// Amounts and codes agree but the name is misread: 2040604 基础司法业务 / 审判司法业务 (基层司法业务).
	const NAME_DIFFS = [706, 763];

	it.each(AMOUNT_DIFFS)('approval copy amount disagrees at line %i', (line) => {
		expect(at(line, 'approval_copy').filter(serious)).not.toHaveLength(0);
	});

	it.each(CODE_DIFFS)('approval copy code misread at line %i', (line) => {
		expect(at(line, 'approval_copy').filter(serious)).not.toHaveLength(0);
	});

	it.each(NAME_DIFFS)('approval copy name misread at line %i', (line) => {
		expect(at(line, 'approval_copy')).not.toHaveLength(0);
	});

	it('names both figures in the message', () => {
		const msg = (line: number): string =>
			at(line, 'approval_copy')
				.map((i) => i.message)
				.join(' | ');
		expect(msg(659)).toMatch(/357\.69/);
		expect(msg(659)).toMatch(/357\.59/);
		expect(msg(861)).toMatch(/5,?449\.21/);
		expect(msg(861)).toMatch(/3,?449\.21/);
		expect(msg(936)).toMatch(/2,?978\.76/);
		expect(msg(936)).toMatch(/2,?378\.75/);
	});

	it('flags no approval-copy line that agrees with its main table', () => {
		const agreeing = [
			// 财政批复01表
			652, 655, 656, 657, 658, 660, 670, 678, 680, 682,
			// 财决批复02表 (both pages)
			698, 699, 702, 703, 704, 710, 711, 716, 723, 734, 738, 740,
			// 财决批复03表 (both pages)
			755, 756, 759, 760, 761, 762, 768, 773, 780, 791, 797,
			// 财政批复04表: agrees throughout
			813, 816, 820, 821, 831, 839, 844,
			// 财法批复05表: the two rows it prints right
			868, 876,
			// 财决批复06表: identical rows (918 and 920 differ only by —— printed blank)
			911, 912, 918, 920, 929, 931, 935,
		];
		const flagged = agreeing.filter((line) => at(line, 'approval_copy').some(serious));
		expect(flagged).toEqual([]);
	});

	it('finds no error in the main tables: they add up within 0.02 万元', () => {
		// Off by one cent only (尾数误差): 公开01 3,449.21+158.91+292.39+1.20 = 3,901.71 vs 3,901.72 and
		// 3,963.84+1,416.62 = 5,380.46 vs 5,380.47; 20406 in 公开02/03/05 (1,687.72, 1,749.85, 1,235.22
		// by children); 302 in 公开06 (322.92 by children); 公开09 12.10+0.54 = 12.64 vs 12.65.
		const ranges: [string, number, number][] = [
			['公开01', 112, 146],
			['公开02', 160, 196],
			['公开03', 211, 247],
			['公开04', 261, 296],
			['公开05', 310, 346],
			['公开06', 361, 392],
			['公开07/08', 406, 428],
			['公开09', 445, 449],
			['公开10', 463, 483],
		];
		for (const [table, from, to] of ranges) {
			const errors = issues().filter(
				(i) => i.severity === 'error' && i.line !== null && i.line >= from && i.line <= to,
			);
			expect(errors, table).toEqual([]);
		}
	});

	it('finds the narrative consistent with the tables, rates included', () => {
		// 占比 and 完成年初预算 rates on lines 497–551, 三公 on 573–581, prior-year implied totals: all check.
		const errors = issues().filter(
			(i) => i.severity === 'error' && i.line !== null && i.line >= 487 && i.line <= 596,
		);
		expect(errors).toEqual([]);
		for (const line of [549, 551]) {
			expect(at(line, 'narrative').filter(serious), `line ${line}`).toEqual([]);
		}
	});

	it('flags "本部门无机关运行经费" (line 599) contradicting 323.43万元 on line 597', () => {
		const found = issues().filter((i) => (i.line === 597 || i.line === 599) && serious(i));
		expect(found).not.toHaveLength(0);
	});

	it('labels every finding with the document', () => {
		expect(issues().length).toBeGreaterThan(0);
		for (const i of ds().validation_issues) {
			expect(i.doc_id).toBe(DOC);
			expect(i.source_file).toBe(FILE);
			expect(['error', 'warning', 'info']).toContain(i.severity);
		}
		expect(issues().filter((i) => i.check === 'unreadable')).toEqual([]);
	});
});
