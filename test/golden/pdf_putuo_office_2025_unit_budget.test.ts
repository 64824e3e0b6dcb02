/**
 * Golden test: data/raw/上海市普陀区人民政府办公室_2025_单位预算.pdf, 上海市普陀区2025年区级单位预算,
 * 预算单位 上海市普陀区人民政府办公室 (21 pages, all 842 × 595 pt landscape): a 单位 document
 * (scope 'unit') of the unit whose 部门预算 is pdf_putuo_office_2025_budget.test.ts.
 *
 * Every expected figure was read by hand from the page images (pdftoppm -r 110) and re-added by
 * hand; nothing was copied from the parser's output. Tables print 元 (converted to 万元, rounded
 * half away from zero); the 三公 table is in 万元. Box points (`at`) are the centres of the printed
 * figures (pdftotext -bbox, origin top left).
 *
 * Pages read:
 * - p6 编制说明: 收入预算 / 支出预算 9,101.68万元, 比2024年预算减少2,389.52万元 (→ 11,491.20);
 * - p8 预算单位财务收支预算总表: unlike the 部门 version it splits 基本支出 into 人员经费 / 公用经费
 *   per 类 (201: 13,819,399.88 / 1,867,397.54 / 项目 66,410,000.00; 208: 3,948,399.28 / 265,380.00;
 *   支出总计 91,016,775.35 = 22,473,997.81 + 2,132,777.54 + 66,410,000.00);
 * - p9-10 收入预算总表: the name of 2010399 wraps onto a second line ('…及相关机构事' / '务支出')
 *   while its figures sit on the first;
 * - p11-12 支出预算总表, p14-15 一般公共预算支出功能分类预算表, p18-19 经济分类, p20 三公 table,
 *   p21 其他相关情况说明: the same figures as the 部门预算, page for page.
 * Every sum adds up to the cent: no error finding is expected.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RAW_DIR, loadPdf, one, rows, idOfFile } from './helpers.js';
import { pdfGolden } from './pdfGolden.js';
import type { Dataset, FunctionalItem } from '../../src/schema/tables.js';

const FILE = '上海市普陀区人民政府办公室_2025_单位预算.pdf';
const DOC = idOfFile(join(RAW_DIR, FILE));
const DEPT = '上海市普陀区人民政府办公室';
const PAGES = 21;
const size = (_page: number): [number, number] => [842, 595];

let ds: Dataset;
beforeAll(async () => {
	ds = await loadPdf(FILE);
});

const {
	squash,
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
	income 2010350 3 9 事业运行 total=380.73 fiscal=380.73 -business -other
	income 2010399 3 9 其他政府办公厅（室）及相关机构事务支出 total=2012 fiscal=2012 -other
	income 208 1 9 社会保障和就业支出 total=421.38 fiscal=421.38
	income 2080505 3 9 机关事业单位基本养老保险缴费支出 total=176.32 fiscal=176.32
	income 22102 2 10 住房改革支出 total=360.91 fiscal=360.91
	income 合计 0 10 合计 total=9101.68 fiscal=9101.68 -business -operating -other
	expenditure 20103 2 11 政府办公厅（室）及相关机构事务 total=8209.68 basic=1568.68 project=6641
	expenditure 2010302 3 11 一般行政管理事务 total=4614 project=4614 -basic
	expenditure 2010399 3 11 其他政府办公厅（室）及相关机构事务支出 total=2012 project=2012 -basic
	expenditure 2080501 3 11 行政单位离退休 total=155.42 basic=155.42 -project
	expenditure 2101101 3 12 行政单位医疗 total=78.29 basic=78.29 -project
	expenditure 221 1 12 住房保障支出 total=360.91 basic=360.91 -project
	expenditure 合计 0 12 合计 total=9101.68 basic=2460.68 project=6641
	general_budget 2010301 3 14 行政运行 total=1202.95 basic=1191.95 project=11
	general_budget 2010350 3 14 事业运行 total=380.73 basic=376.73 project=4
	general_budget 20805 2 14 行政事业单位养老支出 total=421.38 basic=421.38 -project
	general_budget 2101102 3 15 事业单位医疗 total=31.42 basic=31.42 -project
	general_budget 2210203 3 15 购房补贴 total=186.77 basic=186.77 -project
	general_budget 合计 0 15 合计 total=9101.68 basic=2460.68 project=6641
`);

/** 基本支出经济分类 (p18-19): code level page category 万元 name; the other column is blank. */
const ECON = `
	301 1 18 personnel 2117.03 工资福利支出
	30108 2 18 personnel 176.32 机关事业单位基本养老保险缴费
	30109 2 18 personnel 88.16 职业年金缴费
	30110 2 18 personnel 109.71 职工基本医疗保险缴费
	30113 2 18 personnel 174.14 住房公积金
	302 1 18 public 193.28 商品和服务支出
	30202 2 18 public 2.00 印刷费
	30204 2 19 public 0.20 手续费
	30229 2 19 public 48.38 福利费
	30299 2 19 public 20.48 其他商品和服务支出
	303 1 19 personnel 130.37 对个人和家庭的补助
	30302 2 19 personnel 118.87 退休费
	310 1 19 public 20.00 资本性支出
`;

/** 财务收支预算总表 (p8), 支出 side by 类: code measure=万元 … */
const SUMMARY = `
	201 total=8209.68 personnel=1381.94 public=186.74 project=6641
	208 total=421.38 personnel=394.84 public=26.54
	210 total=109.71 personnel=109.71
	221 total=360.91 personnel=360.91
	合计 total=9101.68 personnel=2247.40 public=213.28 project=6641
`;

describe('上海市普陀区人民政府办公室 2025年单位预算 (PDF)', () => {
	it('has one documents row: a unit budget (scope unit) of the same department', () => {
		const sha = createHash('sha256');
		sha.update(readFileSync(join(RAW_DIR, FILE)));
		expect(mine(ds.documents)).toHaveLength(1);
		expect(one(ds, 'documents', { doc_id: DOC })).toMatchObject({
			province: '上海市',
			city: '上海市普陀区',
			department: DEPT,
			entity: DEPT,
			scope: 'unit',
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

		it('2010399 wraps its name over two lines on p9: one row, the whole name, the figure box', () => {
			for (const measure of ['total', 'fiscal']) {
				const r = fi({ table_key: 'income', code: '2010399', measure });
				expect(squash(r.name)).toBe(squash('其他政府办公厅（室）及相关机构事务支出'));
				expectLocated(r, 9, [measure === 'total' ? 443.1 : 525.1, 355.8]);
			}
			expect(mine(ds.functional_items).filter((r) => squash(r.name) === '务支出')).toEqual([]);
			expect(new Set(fis({ table_key: 'income' }).map((r) => r.code)).size).toBe(21);
		});

		it('the boxes sit on the printed figures (p12 合计, p11 2010302 项目支出)', () => {
			const at = (measure: string, x: number) =>
				expectLocated(fi({ table_key: 'expenditure', code: '合计', measure }), 12, [x, 280.8]);
			at('total', 497.3);
			at('basic', 610.3);
			at('project', 730.3);
			const r = fi({ table_key: 'expenditure', code: '2010302', measure: 'project' });
			expectLocated(r, 11, [730.3, 306.8]);
		});

		it('the 财务收支预算总表 (p8), where read, splits 基本支出 into 人员 / 公用 per 类', () => {
			for (const [code, ...cells] of words(SUMMARY))
				for (const [measure, v] of Object.entries(kv(cells)))
					for (const r of fis({ table_key: 'summary', code, measure })) {
						expect(r.amount, `${code} ${measure}`).toBeCloseTo(v, 2);
						expectLocated(r, 8);
					}
		});

		it('prints the same tables as the 部门预算, page for page', async () => {
			const dept = await loadPdf('上海市普陀区人民政府办公室_2025_部门预算.pdf');
			const key = (r: FunctionalItem) =>
				[r.table_key, r.code, r.measure, r.amount.toFixed(2), r.page].join(' ');
			const pick = (all: FunctionalItem[], doc: string) =>
				all
					.filter(
						(r) =>
							r.doc_id === doc && ['income', 'expenditure', 'general_budget'].includes(r.table_key),
					)
					.map(key)
					.sort();
			const theirs = pick(dept.functional_items, 'ef2db536657de0a0');
			// 42 income + 47 expenditure + 47 general_budget amounts (21 rows each, blank cells excluded)
			expect(theirs).toHaveLength(136);
			expect(pick(ds.functional_items, DOC)).toEqual(theirs);
		});
	});

	describe('economic_items (p18-19)', () => {
		it.each(words(ECON))('%s', (code, level, page, category, amount, name) => {
			const r = one(ds, 'economic_items', { doc_id: DOC, code, category });
			expect(r).toMatchObject({ name, level: +level!, entity: DEPT });
			expect(r.amount).toBeCloseTo(+amount!, 2);
			expectLocated(r, +page!);
			const other = category === 'personnel' ? 'public' : 'personnel';
			expect(rows(ds, 'economic_items', { doc_id: DOC, code, category: other })).toEqual([]);
		});

		it('人员经费 2247.40 (301 2117.03 + 303 130.37) and 公用经费 213.28 (302 193.28 + 310 20.00)', () => {
			const coded = mine(ds.economic_items).filter(
				(r) => r.code !== null && r.category !== 'total',
			);
			const lvl1 = (c: string) =>
				coded.filter((r) => r.level === 1 && r.category === c).reduce((s, r) => s + r.amount, 0);
			expect(lvl1('personnel')).toBeCloseTo(2247.4, 2);
			expect(lvl1('public')).toBeCloseTo(213.28, 2);
			expect(new Set(coded.map((r) => r.code)).size).toBe(29);
		});
	});

	describe('three_public and figures', () => {
		it('三公 table (p20): 867.50 = 839.00 + 28.50, 公务用车 blank; 机关运行经费 213.28', () => {
			const table: [string, number, number][] = [
				['total', 867.5, 129.0],
				['outbound', 839, 231.0],
				['reception', 28.5, 335.0],
			];
			for (const [category, amount, x] of table) {
				const r = one(ds, 'three_public', { doc_id: DOC, year: 2025, source: 'table', category });
				expect(r).toMatchObject({ basis: 'budget', entity: DEPT });
				expect(r.amount).toBeCloseTo(amount, 2);
				expectLocated(r, 20, [x, 293.8]);
			}
			for (const category of ['vehicle_total', 'vehicle_purchase', 'vehicle_operation'])
				expect(rows(ds, 'three_public', { doc_id: DOC, source: 'table', category })).toEqual([]);
			const orc = one(ds, 'figures', { doc_id: DOC, metric: 'org_running_cost', source: 'table' });
			expect(orc.value).toBeCloseTo(213.28, 2);
			expectLocated(orc, 20, [743.0, 293.8]);
		});

		it('narrative (p21): 三公 与2024年预算持平 → 2024 867.50 / 839 / 28.50; 机关运行经费 213.28', () => {
			const prior = kv('total=867.5 outbound=839 reception=28.5');
			for (const [category, v] of Object.entries(prior)) {
				const r = one(ds, 'three_public', {
					doc_id: DOC,
					year: 2024,
					source: 'narrative',
					category,
				});
				expect(r.amount, category).toBeCloseTo(v, 2);
				expectLocated(r, 21);
			}
			const orc = one(ds, 'figures', {
				doc_id: DOC,
				metric: 'org_running_cost',
				source: 'narrative',
			});
			expect(orc.value).toBeCloseTo(213.28, 2);
			expectLocated(orc, 21);
		});

		it('收入 / 支出 9101.68 (p6), 2024 implied 11491.20; 政府采购 34 (服务 34) (p21)', () => {
			for (const metric of ['income_total', 'expenditure_total']) {
				expect(told(metric, 6), metric).not.toEqual([]);
				for (const r of fig(metric)) expect(r.value, metric).toBeCloseTo(9101.68, 2);
			}
			expect(narrated(11491.2)).toBe(true);
			const want = kv(
				'procurement_total=34 procurement_goods=0 procurement_works=0 procurement_services=34',
			);
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
