/**
 * Golden test: data/raw/上海市普陀区万里街道办事处_2024_部门预算.pdf, 上海市普陀区2024年区级部门预算,
 * 预算主管部门 上海市普陀区人民政府万里街道办事处 (the document's name; the file name drops
 * 人民政府) (33 pages, all 841.85 × 595.25 pt landscape).
 *
 * Every expected figure was read by hand from the page images (pdftoppm -r 110) and re-added by
 * hand; nothing was copied from the parser's output. Tables print whole 元 (156,211,123 元 →
 * 15621.11 万元) and print 0 in empty cells (so a 0 cell may give no row or a 0 row); the 三公 table
 * is in 万元. Box points (`at`) are the centres of the printed figures (pdftotext -bbox).
 *
 * Pages read:
 * - p6-9 编制说明: 收入 / 支出预算 15621.11万元, 比2023年预算减少876.75万元 (→ 16497.86), then 33 项
 *   with 2024 figure, 2023 执行数 and change %;
 * - p10 财务收支预算总表; p11-15 收入预算总表 (合计 alone on p15); p16-20 支出预算总表 (合计 alone
 *   on p20: 156,211,123 = 基本 99,706,020 + 项目 56,505,103); p22-26 一般公共预算支出功能分类预算表;
 * - p29-30 经济分类: 合计 99,706,020 = 人员经费 88,537,451 + 公用经费 11,168,569; the 款 column
 *   prints '2' and '7' for 津贴补贴 / 绩效工资 (codes 30102 / 30107);
 * - p31 三公 table (万元): 47.91 = 出国 0 + 接待 1.35 + 公务用车 46.56 (购置 25 + 运行 21.56),
 *   机关运行经费 443.18;
 * - p32 其他相关情况说明: 三公 47.91 比2023年预算增加25 (→ 2023: 22.91; 公务用车 21.56, 购置 0, 运行
 *   21.56, 接待 1.35, 出国 0), 机关运行经费 443.18, 政府采购 1662.44 = 93.98 + 815.87 + 752.59.
 * All table sums add up. Two real inconsistencies, expected as error findings:
 * - p9, item 31: '住房公积金（项）”350.35万元 … 2024年预算安排352.67万元，比2023年预算执行数
 *   增加0.53%' — the table says 3,503,499 元 = 350.35 (p14, p19, p26) and 348.52 × 1.0053 = 350.37;
 *   352.67 contradicts both;
 * - p31: the note '注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。' under a table
 *   that prints 47.91 … 443.18 (figures the p32 narrative confirms).
 * Not counted as errors (wording, no figure at stake): p6 item 4 says 减少2.98% 'because' 经费增加,
 * p7 item 15 gives the 事业单位离退休 reason for 职业年金, p7 item 9 calls 0 → 25.00 增加100.00%.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RAW_DIR, loadPdf, one, rows, idOfFile } from './helpers.js';
import { pdfGolden } from './pdfGolden.js';
import type { Dataset } from '../../src/schema/tables.js';

const FILE = '上海市普陀区万里街道办事处_2024_部门预算.pdf';
const DOC = idOfFile(join(RAW_DIR, FILE));
const DEPT = '上海市普陀区人民政府万里街道办事处';
const PAGES = 33;
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
	income 201 1 11 一般公共服务支出 total=293.27 fiscal=293.27 ~business ~operating ~other
	income 2010507 3 11 专项普查活动 total=25.77 fiscal=25.77 ~business ~other
	income 208 1 12 社会保障和就业支出 total=1960.41 fiscal=1960.41
	income 212 1 14 城乡社区支出 total=11938.53 fiscal=11938.53
	income 2120199 3 14 其他城乡社区管理事务支出 total=5421.24 fiscal=5421.24
	income 2210201 3 14 住房公积金 total=350.35 fiscal=350.35
	income 合计 0 15 合计 total=15621.11 fiscal=15621.11 ~business ~operating ~other
	expenditure 201 1 16 一般公共服务支出 total=293.27 project=293.27 ~basic
	expenditure 2010507 3 16 专项普查活动 total=25.77 project=25.77 ~basic
	expenditure 208 1 17 社会保障和就业支出 total=1960.41 basic=1336.82 project=623.59
	expenditure 2080502 3 18 事业单位离退休 total=7.66 basic=7.66 ~project
	expenditure 2089999 3 18 其他社会保障和就业支出 total=781.24 basic=613.32 project=167.92
	expenditure 2120101 3 19 行政运行 total=1660.32 basic=1635.32 project=25
	expenditure 2120102 3 19 一般行政管理事务 total=1759.10 project=1759.10 ~basic
	expenditure 2120104 3 19 城管执法 total=604.34 basic=604.34 ~project
	expenditure 22103 2 19 城乡社区住宅 total=217.72 project=217.72 ~basic
	expenditure 合计 0 20 合计 total=15621.11 basic=9970.60 project=5650.51
	general_budget 201 1 22 一般公共服务支出 total=293.27 project=293.27 ~basic
	general_budget 2040607 3 23 公共法律服务 total=30 project=30 ~basic
	general_budget 2080705 3 24 公益性岗位补贴 total=421.23 project=421.23 ~basic
	general_budget 21201 2 25 城乡社区管理事务 total=9445.00 basic=7660.90 project=1784.10
	general_budget 221 1 25 住房保障支出 total=888.24 basic=670.52 project=217.72
	general_budget 2210203 3 26 购房补贴 total=320.17 basic=320.17 ~project
	general_budget 合计 0 26 合计 total=15621.11 basic=9970.60 project=5650.51
`);

/** 经济分类 (p29-30): code level page category 万元 name; the other column prints 0. */
const ECON = `
	301 1 29 personnel 8828.25 工资福利支出
	30101 2 29 personnel 587.36 基本工资
	30102 2 29 personnel 1662.38 津贴补贴
	30107 2 29 personnel 1144.71 绩效工资
	30108 2 29 personnel 460.85 机关事业单位基本养老保险缴费
	30199 2 29 personnel 4068.35 其他工资福利支出
	302 1 29 public 1116.86 商品和服务支出
	30201 2 29 public 475.55 办公费
	30205 2 30 public 27.75 水费
	30209 2 30 public 109.00 物业管理费
	30217 2 30 public 1.35 公务接待费
	30231 2 30 public 21.56 公务用车运行维护费
	30299 2 30 public 69.07 其他商品和服务支出
	303 1 30 personnel 25.49 对个人和家庭的补助
	30302 2 30 personnel 25.49 退休费
`;

/** 三公 table (p31, 万元): category, amount, x of the printed figure (y 276.6). */
const TABLE_P31: [string, number, number][] = [
	['total', 47.91, 151.0],
	['outbound', 0, 264.3],
	['reception', 1.35, 356.6],
	['vehicle_total', 46.56, 454.9],
	['vehicle_purchase', 25, 565.1],
	['vehicle_operation', 21.56, 657.4],
];

/** The real inconsistencies of this document (see the header), with the pages they may be put on. */
const EXPECTED_ERRORS = [
	{ what: '住房公积金 352.67 vs 350.35', pages: [9, 14, 19, 26], message: /352\.67/ },
	{ what: '三公 table note 本表为空表', pages: [31, 32], message: /空表|47\.91|443\.18/ },
];

describe('上海市普陀区人民政府万里街道办事处 2024年部门预算 (PDF)', () => {
	it('has one documents row: the department budget for 2024', () => {
		const sha = createHash('sha256');
		sha.update(readFileSync(join(RAW_DIR, FILE)));
		expect(mine(ds.documents)).toHaveLength(1);
		expect(one(ds, 'documents', { doc_id: DOC })).toMatchObject({
			province: '上海市',
			city: '上海市普陀区',
			department: DEPT,
			entity: DEPT,
			scope: 'department',
			fiscal_year: 2024,
			kind: 'budget',
			source_file: FILE,
			format: 'pdf',
			status: 'parsed',
			sha256: sha.digest('hex'),
			page_count: PAGES,
		});
	});

	describe('functional_items', () => {
		it.each(FUNCTIONAL)('%s', (_, e, cells) => checkFunctional(e, cells));

		it('the 合计 rows printed alone on p15 / p20 / p26 carry their boxes', () => {
			expectLocated(fi({ table_key: 'income', code: '合计', measure: 'total' }), 15, [416.3, 83.6]);
			expectLocated(
				fi({ table_key: 'income', code: '合计', measure: 'fiscal' }),
				15,
				[498.0, 83.6],
			);
			const at = (t: string, page: number, y: number, m: string, x: number) =>
				expectLocated(fi({ table_key: t, code: '合计', measure: m }), page, [x, y]);
			at('expenditure', 20, 83.7, 'total', 513.0);
			at('expenditure', 20, 83.7, 'basic', 628.5);
			at('expenditure', 20, 83.7, 'project', 748.6);
			at('general_budget', 26, 264.0, 'basic', 628.5);
			// p19 2120102: 17,591,003 printed as 合计 (x 516.0) and 项目支出 (x 748.6)
			const r = fi({ table_key: 'expenditure', code: '2120102', measure: 'project' });
			expectLocated(r, 19, [748.6, 157.5]);
		});

		it('66 coded rows + 合计 per table; 类 sums = 合计', () => {
			for (const t of ['income', 'expenditure', 'general_budget'])
				expect(new Set(fis({ table_key: t }).map((r) => r.code)).size, t).toBe(67);
			for (const [table_key, measure] of [
				['expenditure', 'total'],
				['expenditure', 'basic'],
				['general_budget', 'project'],
			]) {
				const top = fis({ table_key, measure, level: 1 }).reduce((s, r) => s + r.amount, 0);
				expect(top).toBeCloseTo(fi({ table_key, code: '合计', measure }).amount, 1);
			}
			expect(fis({ table_key: 'gov_fund' })).toEqual([]);
			expect(fis({ table_key: 'state_capital' })).toEqual([]);
		});
	});

	describe('economic_items (p29-30)', () => {
		it.each(words(ECON))('%s', (code, level, page, category, amount, name) => {
			const r = one(ds, 'economic_items', { doc_id: DOC, code, category });
			expect(r).toMatchObject({ name, level: +level!, entity: DEPT });
			expect(r.amount).toBeCloseTo(+amount!, 2);
			expectLocated(r, +page!);
			const other = category === 'personnel' ? 'public' : 'personnel';
			for (const o of rows(ds, 'economic_items', { doc_id: DOC, code, category: other }))
				expect(o.amount).toBe(0);
		});

		it('31 coded rows; 人员经费 8853.75 and 公用经费 1116.86 (合计 9970.60)', () => {
			const coded = mine(ds.economic_items).filter(
				(r) => r.code !== null && r.category !== 'total',
			);
			expect(new Set(coded.map((r) => r.code)).size).toBe(31);
			const lvl1 = (c: string) =>
				coded.filter((r) => r.level === 1 && r.category === c).reduce((s, r) => s + r.amount, 0);
			expect(Math.abs(lvl1('personnel') - 8853.75)).toBeLessThanOrEqual(0.02);
			expect(lvl1('public')).toBeCloseTo(1116.86, 2);
			expect(mine(ds.economic_items).some((r) => close(r.amount, 9970.6))).toBe(true);
		});
	});

	describe('three_public', () => {
		const tp = (year: number, source: string, category: string) =>
			rows(ds, 'three_public', { doc_id: DOC, year, source, category });

		it('the 三公 table (p31, 万元) is read despite its 空表 note', () => {
			for (const [category, amount, x] of TABLE_P31) {
				const found = tp(2024, 'table', category);
				if (amount === 0 && found.length === 0) continue; // 出国 prints 0
				expect(found, category).toHaveLength(1);
				expect(found[0]!).toMatchObject({ basis: 'budget', entity: DEPT });
				expect(found[0]!.amount, category).toBeCloseTo(amount, 2);
				expectLocated(found[0]!, 31, [x, 276.6]);
			}
		});

		it('the narrative (p32): 2024 as the table; 2023 implied: 47.91 − 25 = 22.91 …', () => {
			const prior = kv(`total=22.91 vehicle_total=21.56 vehicle_operation=21.56 reception=1.35
				outbound=0 vehicle_purchase=0`);
			for (const [c, v] of Object.entries(prior)) {
				const found = tp(2023, 'narrative', c);
				if (v !== 0) expect(found, c).toHaveLength(1);
				for (const r of found) {
					expect(r.amount, c).toBeCloseTo(v, 2);
					expect(r.basis).toBe('budget');
					expectLocated(r, 32);
				}
			}
			for (const [c, v] of TABLE_P31)
				for (const r of tp(2024, 'narrative', c)) expect(r.amount, c).toBeCloseTo(v, 2);
		});
	});

	describe('figures', () => {
		it('机关运行经费 443.18: table p31, narrative p32', () => {
			expect(fig('org_running_cost').every((r) => close(r.value, 443.18) && r.year === 2024)).toBe(
				true,
			);
			const where = { doc_id: DOC, metric: 'org_running_cost' };
			expectLocated(one(ds, 'figures', { ...where, source: 'table' }), 31, [755.7, 276.6]);
			expectLocated(one(ds, 'figures', { ...where, source: 'narrative' }), 32);
		});

		it('收入 / 支出 15621.11 (p6), 2023 implied 16497.86; 政府采购 1662.44 (p32)', () => {
			for (const metric of ['income_total', 'expenditure_total']) {
				expect(told(metric, 6), metric).not.toEqual([]);
				for (const r of fig(metric)) expect(r.value, metric).toBeCloseTo(15621.11, 2);
			}
			expect(narrated(16497.86)).toBe(true);
			const want = kv(`procurement_total=1662.44 procurement_goods=93.98
				procurement_works=815.87 procurement_services=752.59`);
			for (const [metric, v] of Object.entries(want)) {
				const r = one(ds, 'figures', { doc_id: DOC, metric });
				expect(r.value, metric).toBeCloseTo(v, 2);
				expectLocated(r, 32);
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

		it('the error findings are exactly the two real inconsistencies (p9, p31)', () => {
			const issues = mine(ds.validation_issues);
			for (const i of issues) expect(['error', 'warning', 'info']).toContain(i.severity);
			const errors = issues.filter((i) => i.severity === 'error');
			for (const x of EXPECTED_ERRORS) {
				const hit = errors.filter(
					(e) => x.message.test(e.message) && x.pages.includes(e.page ?? -1),
				);
				expect(hit, x.what).toHaveLength(1);
			}
			expect(errors).toHaveLength(EXPECTED_ERRORS.length);
		});
	});
});
