/**
 * Golden test: data/raw/上海市普陀区万里街道办事处_2025_部门预算.pdf, 上海市普陀区2025年区级部门预算,
 * 预算主管部门 上海市普陀区人民政府万里街道办事处 (31 pages, all 841.85 × 595.25 pt landscape), and
 * the 2024 / 2025 pair with pdf_putuo_wanli_2024_budget.test.ts.
 *
 * Every expected figure was read by hand from the page images (pdftoppm -r 110) and re-added by
 * hand; nothing was copied from the parser's output. Tables print whole 元 and 0 in empty cells (a
 * 0 cell may give no row or a 0 row); the 三公 table is in 万元. Box points (`at`) are the centres
 * of the printed figures (pdftotext -bbox).
 *
 * Pages read:
 * - p6-8 编制说明: 收入 / 支出预算 18,976.76万元, 比2024年预算增加3,355.65万元 (→ 15,621.11, the 2024
 *   document's total), then 33 项 whose figures match the tables;
 * - p9 财务收支预算总表; p10-13 收入预算总表 (合计 on p13); p14-18 支出预算总表 (合计 alone on p18:
 *   189,767,551 = 基本 101,341,746 + 项目 88,425,805); p20-24 一般公共预算支出功能分类预算表;
 * - p27-28 经济分类: 合计 101,341,746 = 人员经费 90,514,044 + 公用经费 10,827,702;
 * - p29 三公 table (万元): 37.91 = 出国 0 + 接待 1.35 + 公务用车 36.56 (购置 15 + 运行 21.56),
 *   机关运行经费 464.64;
 * - p30: 三公 比2024年预算减少10万元 (→ 2024: 47.91, 公务用车 46.56, 购置 25, 运行 21.56, 接待 1.35,
 *   the 2024 document's table), 机关运行经费 464.64, 政府采购 4821.20 = 57.43 + 3780.72 + 983.05.
 * The only slip: 21201 城乡社区管理事务 prints 94,995,790 (p12, p17, p23) where its 项 add up to
 * 94,995,789 and 基本 77,381,546 + 项目 17,614,243 = 94,995,789; 212 (154,369,326) agrees with the
 * 项. One 元 is 0.0001 万元, far inside the 0.02 万元 tolerance: no error finding is expected.
 * (p7 item 21 names '卫生健康支出（款）计划生育事务（项）' for 21007 计划生育事务 / 2100717 计划生育服务:
 * wording only, its 20.00 matches.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RAW_DIR, loadPdf, one, rows, idOfFile } from './helpers.js';
import { pdfGolden } from './pdfGolden.js';
import type { Dataset } from '../../src/schema/tables.js';

const FILE = '上海市普陀区万里街道办事处_2025_部门预算.pdf';
const DOC = idOfFile(join(RAW_DIR, FILE));
const FILE_2024 = '上海市普陀区万里街道办事处_2024_部门预算.pdf';
const DEPT = '上海市普陀区人民政府万里街道办事处';
const PAGES = 31;
const size = (_page: number): [number, number] => [841.85, 595.25];

let ds: Dataset;
beforeAll(async () => {
	ds = await loadPdf(FILE);
});

const {
	close,
	mine,
	fi,
	fis,
	fig,
	told,
	narrated,
	words,
	kv,
	expectLocated,
	spec,
	checkFunctional,
} = pdfGolden({ file: FILE, dept: DEPT, pages: PAGES, size }, () => ds);

const FUNCTIONAL = spec(`
	income 201 1 10 一般公共服务支出 total=329.66 fiscal=329.66 ~business ~operating ~other
	income 2013202 3 10 一般行政管理事务 total=107.50 fiscal=107.50
	income 204 1 11 公共安全支出 total=287.80 fiscal=287.80
	income 2080505 3 11 机关事业单位基本养老保险缴费支出 total=482.72 fiscal=482.72
	income 21201 2 12 城乡社区管理事务 total=9499.58 fiscal=9499.58
	income 2120102 3 13 一般行政管理事务 total=1746.42 fiscal=1746.42
	income 合计 0 13 合计 total=18976.76 fiscal=18976.76 ~business ~operating ~other
	expenditure 201 1 14 一般公共服务支出 total=329.66 project=329.66 ~basic
	expenditure 2013202 3 14 一般行政管理事务 total=107.50 project=107.50 ~basic
	expenditure 208 1 15 社会保障和就业支出 total=1609.19 basic=1375.57 project=233.62
	expenditure 2089999 3 16 其他社会保障和就业支出 total=757.44 basic=616.62 project=140.82
	expenditure 212 1 17 城乡社区支出 total=15436.93 basic=7738.15 project=7698.78
	expenditure 21201 2 17 城乡社区管理事务 total=9499.58 basic=7738.15 project=1761.42
	expenditure 2120101 3 17 行政运行 total=1788.77 basic=1773.77 project=15
	expenditure 2129999 3 17 其他城乡社区支出 total=5234.89 project=5234.89 ~basic
	expenditure 合计 0 18 合计 total=18976.76 basic=10134.17 project=8842.58
	general_budget 2040607 3 21 公共法律服务 total=30 project=30 ~basic
	general_budget 2080599 3 22 其他行政事业单位养老支出 total=0.42 basic=0.42 ~project
	general_budget 2101102 3 23 事业单位医疗 total=154.80 basic=154.80 ~project
	general_budget 21201 2 23 城乡社区管理事务 total=9499.58 basic=7738.15 project=1761.42
	general_budget 22103 2 24 城乡社区住宅 total=217.72 project=217.72 ~basic
	general_budget 合计 0 24 合计 total=18976.76 basic=10134.17 project=8842.58
`);

/** 经济分类 (p27-28): code level page category 万元 name; the other column prints 0. */
const ECON = `
	301 1 27 personnel 9023.86 工资福利支出
	30101 2 27 personnel 608.42 基本工资
	30102 2 27 personnel 1814.93 津贴补贴
	30112 2 27 personnel 16.51 其他社会保障缴费
	30199 2 27 personnel 4012.49 其他工资福利支出
	302 1 27 public 1082.77 商品和服务支出
	30201 2 27 public 433.35 办公费
	30204 2 27 public 1.00 手续费
	30209 2 28 public 114.38 物业管理费
	30231 2 28 public 21.56 公务用车运行维护费
	30299 2 28 public 90.35 其他商品和服务支出
	303 1 28 personnel 27.55 对个人和家庭的补助
	30302 2 28 personnel 27.55 退休费
`;

/** 三公 table (p29, 万元): category, amount, x of the printed figure (y 276.6). */
const TABLE_P29: [string, number, number][] = [
	['total', 37.91, 151.0],
	['outbound', 0, 264.3],
	['reception', 1.35, 356.6],
	['vehicle_total', 36.56, 454.9],
	['vehicle_purchase', 15, 565.1],
	['vehicle_operation', 21.56, 657.4],
];

describe('上海市普陀区人民政府万里街道办事处 2025年部门预算 (PDF)', () => {
	it('has one documents row: the department budget for 2025', () => {
		const sha = createHash('sha256');
		sha.update(readFileSync(join(RAW_DIR, FILE)));
		expect(mine(ds.documents)).toHaveLength(1);
		expect(one(ds, 'documents', { doc_id: DOC })).toMatchObject({
			province: '上海市',
			city: '上海市普陀区',
			department: DEPT,
			entity: DEPT,
			scope: 'department',
			fiscal_year: 2025,
			kind: 'budget',
			source_file: FILE,
			format: 'pdf',
			status: 'parsed',
			sha256: sha.digest('hex'),
			page_count: PAGES,
		});
	});

	it('pairs with the 2024 document: same department, the next fiscal year', async () => {
		const prev = await loadPdf(FILE_2024);
		const d24 = one(prev, 'documents', { doc_id: idOfFile(join(RAW_DIR, FILE_2024)) });
		const d25 = one(ds, 'documents', { doc_id: DOC });
		expect(d24).toMatchObject({
			department: DEPT,
			entity: DEPT,
			fiscal_year: 2024,
			kind: 'budget',
		});
		expect(d25).toMatchObject({
			department: DEPT,
			entity: DEPT,
			fiscal_year: 2025,
			kind: 'budget',
		});
		expect(d24.sha256).not.toBe(d25.sha256);
		// what the 2025 text says of 2024 is what the 2024 document printed
		const total24 = one(prev, 'three_public', {
			doc_id: d24.doc_id,
			year: 2024,
			source: 'table',
			category: 'total',
		});
		const implied = rows(ds, 'three_public', { doc_id: DOC, year: 2024, category: 'total' });
		expect(implied.length).toBeGreaterThan(0);
		for (const r of implied) expect(r.amount).toBeCloseTo(total24.amount, 2);
		const income24 = one(prev, 'functional_items', {
			doc_id: d24.doc_id,
			table_key: 'income',
			code: '合计',
			measure: 'total',
		});
		expect(income24.amount).toBeCloseTo(15621.11, 2);
		expect(narrated(15621.11)).toBe(true);
	});

	describe('functional_items', () => {
		it.each(FUNCTIONAL)('%s', (_, e, cells) => checkFunctional(e, cells));

		it('the boxes sit on the printed figures (p13, p18, p24 合计; p17 2120102)', () => {
			const at = (t: string, page: number, y: number, m: string, x: number) =>
				expectLocated(fi({ table_key: t, code: '合计', measure: m }), page, [x, y]);
			at('income', 13, 449.0, 'total', 416.2);
			at('income', 13, 449.0, 'fiscal', 498.0);
			at('expenditure', 18, 83.7, 'total', 513.0);
			at('expenditure', 18, 83.7, 'basic', 625.5);
			at('expenditure', 18, 83.7, 'project', 748.6);
			at('general_budget', 24, 264.0, 'project', 748.6);
			// p17 2120102: 17,464,243 printed as 合计 (x 516.0) and 项目支出 (x 748.6)
			const r = fi({ table_key: 'expenditure', code: '2120102', measure: 'project' });
			expectLocated(r, 17, [748.6, 157.5]);
		});

		it('66 coded rows + 合计 per table; 类 sums = 合计', () => {
			for (const t of ['income', 'expenditure', 'general_budget'])
				expect(new Set(fis({ table_key: t }).map((r) => r.code)).size, t).toBe(67);
			for (const [table_key, measure] of [
				['income', 'total'],
				['expenditure', 'basic'],
				['general_budget', 'project'],
			]) {
				const top = fis({ table_key, measure, level: 1 }).reduce((s, r) => s + r.amount, 0);
				expect(top).toBeCloseTo(fi({ table_key, code: '合计', measure }).amount, 1);
			}
		});
	});

	describe('economic_items (p27-28)', () => {
		it.each(words(ECON))('%s', (code, level, page, category, amount, name) => {
			const r = one(ds, 'economic_items', { doc_id: DOC, code, category });
			expect(r).toMatchObject({ name, level: +level!, entity: DEPT });
			expect(r.amount).toBeCloseTo(+amount!, 2);
			expectLocated(r, +page!);
			const other = category === 'personnel' ? 'public' : 'personnel';
			for (const o of rows(ds, 'economic_items', { doc_id: DOC, code, category: other }))
				expect(o.amount).toBe(0);
		});

		it('31 coded rows; 人员经费 9051.40 and 公用经费 1082.77 (合计 10134.17)', () => {
			const coded = mine(ds.economic_items).filter(
				(r) => r.code !== null && r.category !== 'total',
			);
			expect(new Set(coded.map((r) => r.code)).size).toBe(31);
			const lvl1 = (c: string) =>
				coded.filter((r) => r.level === 1 && r.category === c).reduce((s, r) => s + r.amount, 0);
			expect(Math.abs(lvl1('personnel') - 9051.4)).toBeLessThanOrEqual(0.02);
			expect(lvl1('public')).toBeCloseTo(1082.77, 2);
			expect(mine(ds.economic_items).some((r) => close(r.amount, 10134.17))).toBe(true);
		});
	});

	describe('three_public', () => {
		const tp = (year: number, source: string, category: string) =>
			rows(ds, 'three_public', { doc_id: DOC, year, source, category });

		it('the 三公 table (p29, 万元)', () => {
			for (const [category, amount, x] of TABLE_P29) {
				const found = tp(2025, 'table', category);
				if (amount === 0 && found.length === 0) continue; // 出国 prints 0
				expect(found, category).toHaveLength(1);
				expect(found[0]!).toMatchObject({ basis: 'budget', entity: DEPT });
				expect(found[0]!.amount, category).toBeCloseTo(amount, 2);
				expectLocated(found[0]!, 29, [x, 276.6]);
			}
		});

		it('the narrative (p30): 2025 as the table; 2024 implied: 37.91 + 10 = 47.91 …', () => {
			const prior = kv(`total=47.91 vehicle_total=46.56 vehicle_purchase=25 vehicle_operation=21.56
				reception=1.35 outbound=0`);
			for (const [c, v] of Object.entries(prior)) {
				const found = tp(2024, 'narrative', c);
				if (v !== 0) expect(found, c).toHaveLength(1);
				for (const r of found) {
					expect(r.amount, c).toBeCloseTo(v, 2);
					expect(r.basis).toBe('budget');
					expectLocated(r, 30);
				}
			}
			for (const [c, v] of TABLE_P29)
				for (const r of tp(2025, 'narrative', c)) expect(r.amount, c).toBeCloseTo(v, 2);
		});
	});

	describe('figures', () => {
		it('机关运行经费 464.64: table p29, narrative p30', () => {
			expect(fig('org_running_cost').every((r) => close(r.value, 464.64) && r.year === 2025)).toBe(
				true,
			);
			const where = { doc_id: DOC, metric: 'org_running_cost' };
			expectLocated(one(ds, 'figures', { ...where, source: 'table' }), 29, [755.7, 276.6]);
			expectLocated(one(ds, 'figures', { ...where, source: 'narrative' }), 30);
		});

		it('绩效目标 (p30): 49 projects with targets, 8825.98万元 of project funds', () => {
			const projects = one(ds, 'figures', { doc_id: DOC, metric: 'perf_target_projects' });
			expect(projects).toMatchObject({ value: 49, unit: '个', year: 2025, source: 'narrative' });
			expectLocated(projects, 30);
			const amount = one(ds, 'figures', { doc_id: DOC, metric: 'perf_target_amount' });
			expect(amount.value).toBeCloseTo(8825.98, 2);
		});

		it('收入 / 支出 18976.76 (p6), 2024 implied 15621.11; 政府采购 4821.20 (p30)', () => {
			for (const metric of ['income_total', 'expenditure_total']) {
				expect(told(metric, 6), metric).not.toEqual([]);
				for (const r of fig(metric)) expect(r.value, metric).toBeCloseTo(18976.76, 2);
			}
			const want = kv(`procurement_total=4821.20 procurement_goods=57.43
				procurement_works=3780.72 procurement_services=983.05`);
			for (const [metric, v] of Object.entries(want)) {
				const r = one(ds, 'figures', { doc_id: DOC, metric });
				expect(r.value, metric).toBeCloseTo(v, 2);
				expectLocated(r, 30);
			}
		});
	});

	describe('provenance and findings', () => {
		it('every row read from the PDF has a line, a page and a box on that page', () => {
			const all = [
				...mine(ds.functional_items),
				...mine(ds.economic_items),
				...mine(ds.three_public),
				...mine(ds.figures),
			];
			expect(all.length).toBeGreaterThan(300);
			for (const r of all) {
				expectLocated(r);
				expect(r.line).toBeGreaterThan(0);
			}
		});

		it('no error finding: 21201 is off by 1 元 only, inside the tolerance', () => {
			const issues = mine(ds.validation_issues);
			for (const i of issues) expect(['error', 'warning', 'info']).toContain(i.severity);
			expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		});
	});
});
