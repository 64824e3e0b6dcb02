/**
 * Golden test: data/raw/上海市普陀区人民政府办公室_2025_部门预算.pdf, 上海市普陀区2025年区级部门预算,
 * 预算主管部门 上海市普陀区人民政府办公室 (22 pages, all 842 × 595 pt landscape).
 *
 * Every expected figure was read by hand from the page images (pdftoppm -r 110) and the sums
 * re-added by hand; nothing was copied from the parser's output. Tables 1-8 print 元 (converted
 * here to 万元, rounded half away from zero: 91,016,775.35 元 → 9101.68); the 三公 table is in 万元.
 * Box points (`at`) are the centres of the printed figures (pdftotext -bbox, origin top left).
 *
 * Pages read:
 * - p6 编制说明: 收入预算 / 支出预算 9,101.68万元, 比2024年预算减少2,389.52万元 (→ 11,491.20);
 * - p8 财务收支预算总表: 收入总计 / 支出总计 91,016,775.35;
 * - p9-10 收入预算总表 (合计 = 财政拨款收入, 事业 / 经营 / 其他 columns blank; 合计 row on p10);
 * - p11-12 支出预算总表 and p14-15 一般公共预算支出功能分类预算表 (合计 91,016,775.35 = 基本
 *   24,606,775.35 + 项目 66,410,000.00; 2010302 and 2010399 have a blank 基本支出 cell, every 208 /
 *   210 / 221 row a blank 项目支出 cell; p15 repeats the column headers);
 * - p16-17 政府性基金 / 国有资本经营 tables: printed empty (注: 本表为空表);
 * - p18-19 基本支出经济分类: 合计 24,606,775.35 = 人员经费 22,473,997.81 + 公用经费 2,132,777.54;
 * - p20 三公 table (万元): 合计 867.50, 因公出国(境) 839.00, 公务接待 28.50, 公务用车 columns blank,
 *   机关运行经费 213.28 (= 公用经费 2,132,777.54 元);
 * - p21 其他相关情况说明: 三公 与2024年预算持平, 机关运行经费 213.28, 政府采购 34 (货物 0, 工程 0,
 *   服务 34).
 * Every sum in the document adds up to the cent and the 编制说明's 项 figures (p6-7) match the
 * tables: no inconsistency, so no error finding is expected.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RAW_DIR, loadPdf, one, rows, idOfFile } from './helpers.js';
import { pdfGolden } from './pdfGolden.js';
import type { Dataset } from '../../src/schema/tables.js';

const FILE = '上海市普陀区人民政府办公室_2025_部门预算.pdf';
const DOC = idOfFile(join(RAW_DIR, FILE));
const DEPT = '上海市普陀区人民政府办公室';
const PAGES = 22;
const size = (_page: number): [number, number] => [842, 595];

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
	income 201 1 9 一般公共服务支出 total=8209.68 fiscal=8209.68 -business -operating -other
	income 20103 2 9 政府办公厅（室）及相关机构事务 total=8209.68 fiscal=8209.68
	income 2010301 3 9 行政运行 total=1202.95 fiscal=1202.95 -business -other
	income 2010399 3 9 其他政府办公厅（室）及相关机构事务支出 total=2012 fiscal=2012
	income 2080506 3 9 机关事业单位职业年金缴费支出 total=88.16 fiscal=88.16
	income 2101102 3 10 事业单位医疗 total=31.42 fiscal=31.42
	income 2210203 3 10 购房补贴 total=186.77 fiscal=186.77
	income 合计 0 10 合计 total=9101.68 fiscal=9101.68 -business -operating -other
	expenditure 201 1 11 一般公共服务支出 total=8209.68 basic=1568.68 project=6641
	expenditure 2010301 3 11 行政运行 total=1202.95 basic=1191.95 project=11
	expenditure 2010302 3 11 一般行政管理事务 total=4614 project=4614 -basic
	expenditure 2010350 3 11 事业运行 total=380.73 basic=376.73 project=4
	expenditure 2010399 3 11 其他政府办公厅（室）及相关机构事务支出 total=2012 project=2012 -basic
	expenditure 208 1 11 社会保障和就业支出 total=421.38 basic=421.38 -project
	expenditure 20805 2 11 行政事业单位养老支出 total=421.38 basic=421.38 -project
	expenditure 2080599 3 11 其他行政事业单位养老支出 total=1.48 basic=1.48 -project
	expenditure 210 1 12 卫生健康支出 total=109.71 basic=109.71 -project
	expenditure 22102 2 12 住房改革支出 total=360.91 basic=360.91 -project
	expenditure 2210201 3 12 住房公积金 total=174.14 basic=174.14 -project
	expenditure 合计 0 12 合计 total=9101.68 basic=2460.68 project=6641
	general_budget 201 1 14 一般公共服务支出 total=8209.68 basic=1568.68 project=6641
	general_budget 2010302 3 14 一般行政管理事务 total=4614 project=4614 -basic
	general_budget 210 1 14 卫生健康支出 total=109.71 basic=109.71 -project
	general_budget 21011 2 15 行政事业单位医疗 total=109.71 basic=109.71 -project
	general_budget 2101101 3 15 行政单位医疗 total=78.29 basic=78.29 -project
	general_budget 221 1 15 住房保障支出 total=360.91 basic=360.91 -project
	general_budget 合计 0 15 合计 total=9101.68 basic=2460.68 project=6641
`);

/** 基本支出经济分类 (p18-19): code level page category 万元 name; the other column is blank. */
const ECON = `
	301 1 18 personnel 2117.03 工资福利支出
	30101 2 18 personnel 254.02 基本工资
	30102 2 18 personnel 957.24 津贴补贴
	30107 2 18 personnel 233.60 绩效工资
	30112 2 18 personnel 4.50 其他社会保障缴费
	30199 2 18 personnel 119.35 其他工资福利支出
	302 1 18 public 193.28 商品和服务支出
	30201 2 18 public 25.94 办公费
	30217 2 19 public 18.50 公务接待费
	30228 2 19 public 24.81 工会经费
	30239 2 19 public 37.96 其他交通费用
	303 1 19 personnel 130.37 对个人和家庭的补助
	30301 2 19 personnel 11.49 离休费
	30302 2 19 personnel 118.87 退休费
	310 1 19 public 20.00 资本性支出
	31002 2 19 public 20.00 办公设备购置
`;

describe('上海市普陀区人民政府办公室 2025年部门预算 (PDF)', () => {
	it('has one documents row: a department budget read from a PDF', () => {
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

	describe('functional_items', () => {
		it.each(FUNCTIONAL)('%s', (_, e, cells) => checkFunctional(e, cells));

		it('the 合计 boxes sit on the printed figures (p12, y 280.8)', () => {
			const at = (measure: string, x: number) =>
				expectLocated(fi({ table_key: 'expenditure', code: '合计', measure }), 12, [x, 280.8]);
			at('total', 512.3);
			at('basic', 625.3);
			at('project', 745.3);
			// p11 2010302: 46,140,000.00 printed twice, 合计 at x 512.3 and 项目支出 at x 745.3
			const r = fi({ table_key: 'expenditure', code: '2010302', measure: 'project' });
			expectLocated(r, 11, [745.3, 306.8]);
		});

		it('20 coded rows + 合计 in each of the three tables; the empty tables give no rows', () => {
			for (const t of ['income', 'expenditure', 'general_budget'])
				expect(new Set(fis({ table_key: t }).map((r) => r.code)).size, t).toBe(21);
			expect(fis({ table_key: 'gov_fund' })).toEqual([]);
			expect(fis({ table_key: 'state_capital' })).toEqual([]);
			for (const measure of ['business', 'operating', 'other', 'gov_fund', 'state_capital'])
				expect(fis({ measure }), measure).toEqual([]);
		});

		it('类 totals add up to the 合计 (支出 9101.68 = 基本 2460.68 + 项目 6641.00)', () => {
			const pairs = [
				['income', 'total'],
				['expenditure', 'total'],
				['expenditure', 'basic'],
				['expenditure', 'project'],
				['general_budget', 'basic'],
			];
			for (const [table_key, measure] of pairs) {
				const top = fis({ table_key, measure, level: 1 }).reduce((s, r) => s + r.amount, 0);
				const all = fi({ table_key, code: '合计', measure }).amount;
				expect(top, `${table_key}/${measure}`).toBeCloseTo(all, 2);
			}
		});
	});

	describe('economic_items (基本支出经济分类, p18-19)', () => {
		it.each(words(ECON))('%s', (code, level, page, category, amount, name) => {
			const r = one(ds, 'economic_items', { doc_id: DOC, code, category });
			expect(r).toMatchObject({ name, level: +level!, entity: DEPT });
			expect(r.amount).toBeCloseTo(+amount!, 2);
			expectLocated(r, +page!);
			const other = category === 'personnel' ? 'public' : 'personnel';
			expect(rows(ds, 'economic_items', { doc_id: DOC, code, category: other })).toEqual([]);
		});

		it('29 coded rows; 人员经费 2247.40 + 公用经费 213.28 = 合计 2460.68', () => {
			const all = mine(ds.economic_items);
			const coded = all.filter((r) => r.code !== null && r.category !== 'total');
			expect(new Set(coded.map((r) => r.code)).size).toBe(29);
			const lvl1 = (c: string) =>
				coded.filter((r) => r.level === 1 && r.category === c).reduce((s, r) => s + r.amount, 0);
			expect(lvl1('personnel')).toBeCloseTo(2247.4, 2);
			expect(lvl1('public')).toBeCloseTo(213.28, 2);
			expect(all.some((r) => r.category === 'total' && close(r.amount, 2460.68))).toBe(true);
		});
	});

	describe('three_public', () => {
		const tp = (year: number, source: string, category: string) =>
			rows(ds, 'three_public', { doc_id: DOC, year, source, category });

		it('the 三公 table (p20, 万元): 867.50 = 出国 839.00 + 接待 28.50; 公务用车 blank', () => {
			const table: [string, number, number][] = [
				['total', 867.5, 141.2],
				['outbound', 839, 242.2],
				['reception', 28.5, 347.2],
			];
			for (const [category, amount, x] of table) {
				const r = one(ds, 'three_public', { doc_id: DOC, year: 2025, source: 'table', category });
				expect(r).toMatchObject({ basis: 'budget', entity: DEPT });
				expect(r.amount).toBeCloseTo(amount, 2);
				expectLocated(r, 20, [x, 275.8]);
			}
			for (const c of ['vehicle_total', 'vehicle_purchase', 'vehicle_operation'])
				expect(tp(2025, 'table', c), c).toEqual([]);
		});

		it('the narrative (p21): 2025 as the table, 2024 implied by 与2024年预算持平', () => {
			const want = kv(`total=867.5 outbound=839 reception=28.5
				vehicle_total=0 vehicle_purchase=0 vehicle_operation=0`);
			for (const [c, v] of Object.entries(want)) {
				for (const r of tp(2025, 'narrative', c)) expect(r.amount, c).toBeCloseTo(v, 2);
				const prior = tp(2024, 'narrative', c);
				if (['total', 'outbound', 'reception'].includes(c)) expect(prior, c).toHaveLength(1);
				for (const r of prior) {
					expect(r.amount, c).toBeCloseTo(v, 2);
					expect(r.basis).toBe('budget');
					expectLocated(r, 21);
				}
			}
			expect(tp(2024, 'table', 'total')).toEqual([]);
		});
	});

	describe('figures', () => {
		it('机关运行经费 213.28: the table (p20) and the narrative (p21)', () => {
			const all = fig('org_running_cost');
			expect(all.every((r) => close(r.value, 213.28) && r.unit === '万元' && r.year === 2025)).toBe(
				true,
			);
			const where = { doc_id: DOC, metric: 'org_running_cost' };
			expectLocated(one(ds, 'figures', { ...where, source: 'table' }), 20, [755.2, 275.8]);
			expectLocated(one(ds, 'figures', { ...where, source: 'narrative' }), 21);
		});

		it('收入 / 支出 totals 9101.68 (p6 narrative, p8 / p13 tables); 2024 implied 11491.20', () => {
			for (const metric of ['income_total', 'expenditure_total']) {
				const all = fig(metric);
				expect(told(metric, 6), metric).not.toEqual([]);
				for (const r of all) {
					expect(r.value, metric).toBeCloseTo(9101.68, 2);
					expectLocated(r);
					expect(r.source === 'narrative' ? [6] : [8, 13]).toContain(r.page);
				}
			}
			// 9,101.68 + 比2024年预算减少2,389.52
			expect(narrated(11491.2)).toBe(true);
		});

		it('政府采购 34 = 货物 0 + 工程 0 + 服务 34 (p21)', () => {
			const want = kv(`procurement_total=34 procurement_goods=0
				procurement_works=0 procurement_services=34`);
			for (const [metric, v] of Object.entries(want)) {
				const r = one(ds, 'figures', { doc_id: DOC, metric });
				expect(r.value, metric).toBeCloseTo(v, 2);
				expectLocated(r, 21);
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
			expect(all.length).toBeGreaterThan(100);
			for (const r of all) {
				expectLocated(r);
				expect(r.line).toBeGreaterThan(0);
			}
		});

		it('no error finding: the document is consistent', () => {
			const issues = mine(ds.validation_issues);
			for (const i of issues) expect(['error', 'warning', 'info']).toContain(i.severity);
			expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
		});
	});
});
