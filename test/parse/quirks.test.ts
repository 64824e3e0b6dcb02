/**
 * One quirk per case, on small fixtures written by hand (test/fixtures/quirks/*.txt, a few lines each).
 * Every expected figure and line number below is read off the fixture text: the comment on each case
 * quotes the lines it relies on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import type { Dataset, TableName, ValidationIssue } from '../../src/schema/tables.js';
import { encodeGbk } from '../fixtures/variants.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/quirks');

type RowExpectation = { table: TableName; where: Record<string, unknown>; count?: number };
type IssueExpectation = {
	severity?: ValidationIssue['severity'];
	check?: string;
	line?: number | null;
	includes?: string[];
};
type Expected = {
	document?: Record<string, unknown>;
	/** Each must match exactly `count` rows (default 1). */
	rows?: RowExpectation[];
	/** Exact row counts of whole tables. */
	counts?: Partial<Record<TableName, number>>;
	/** Each must match at least one finding. */
	issues?: IssueExpectation[];
	/** None may match any finding. */
	noIssues?: IssueExpectation[];
};
type Case = { name: string; input: string; expected: Expected };

const matches = (row: object, where: Record<string, unknown>): boolean =>
	Object.entries(where).every(([k, v]) => (row as Record<string, unknown>)[k] === v);
const issueMatches = (i: ValidationIssue, e: IssueExpectation): boolean =>
	(e.severity === undefined || i.severity === e.severity) &&
	(e.check === undefined || i.check === e.check) &&
	(e.line === undefined || i.line === e.line) &&
	(e.includes ?? []).every((s) => i.message.includes(s));

const fn = (where: Record<string, unknown>, count?: number): RowExpectation => ({
	table: 'functional_items',
	where,
	...(count === undefined ? {} : { count }),
});

/** 合计 | 204 | 20406 | 2040601 | 2040602 of the two 合计-placement fixtures (lines 8–12, same figures). */
const TOTAL_PLACEMENT: Expected = {
	rows: [
		fn({
			table_key: 'expenditure',
			code: '合计',
			name: '合计',
			level: 0,
			measure: 'total',
			amount: 12.5,
			line: 8,
		}),
		fn({ table_key: 'expenditure', code: '合计', level: 0, measure: 'basic', amount: 10, line: 8 }),
		fn({
			table_key: 'expenditure',
			code: '合计',
			level: 0,
			measure: 'project',
			amount: 2.5,
			line: 8,
		}),
		fn({
			table_key: 'expenditure',
			code: '204',
			name: '公共安全支出',
			level: 1,
			measure: 'total',
			amount: 12.5,
			line: 9,
		}),
		fn({
			table_key: 'expenditure',
			code: '20406',
			name: '司法',
			level: 2,
			measure: 'total',
			amount: 12.5,
			line: 10,
		}),
		fn({
			table_key: 'expenditure',
			code: '2040601',
			name: '行政运行',
			level: 3,
			measure: 'basic',
			amount: 10,
			line: 11,
		}),
		fn({
			table_key: 'expenditure',
			code: '2040602',
			name: '一般行政管理事务',
			level: 3,
			measure: 'project',
			amount: 2.5,
			line: 12,
		}),
		fn({ code: '2040601', measure: 'project' }, 0),
	],
	// 合计 3 + 204 3 + 20406 3 + 2040601 (total, basic) 2 + 2040602 (total, project) 2
	counts: { functional_items: 13 },
	noIssues: [{ severity: 'error' }, { severity: 'warning' }],
};

const CASES: Case[] = [
	{
		// Lines 8–10 header (序号 | 功能分类科目 … / 科目编码 科目名称 / 栏次 1 2 …); rows 11–15 carry a 序号;
		// a page break at 17–22 repeats '## 324 承德市司法局', 预算年度, 单位 and the three header lines;
		// line 15 '5 2040804 强制隔离戒毒 40.00 _ 40.00' continues as '人员生活' alone on line 23.
		name: 'Hebei 序号 column, running header repeated at a page break, a name split across it',
		input: 'hebei_page_break.txt',
		expected: {
			document: {
				layout: 'hebei',
				province: '河北省',
				city: '承德市',
				entity: '承德市司法局',
				fiscal_year: 2024,
				kind: 'budget',
			},
			rows: [
				fn({
					table_key: 'expenditure',
					code: '合计',
					level: 0,
					measure: 'total',
					amount: 148,
					line: 11,
				}),
				fn({ table_key: 'expenditure', code: '合计', measure: 'basic', amount: 100, line: 11 }),
				fn({ table_key: 'expenditure', code: '合计', measure: 'project', amount: 48, line: 11 }),
				fn({
					code: '204',
					name: '公共安全支出',
					level: 1,
					measure: 'total',
					amount: 148,
					line: 12,
				}),
				fn({
					code: '20408',
					name: '强制隔离戒毒',
					level: 2,
					measure: 'total',
					amount: 148,
					line: 13,
				}),
				fn({ code: '2040801', name: '行政运行', measure: 'basic', amount: 100, line: 14 }),
				fn({
					code: '2040804',
					name: '强制隔离戒毒人员生活',
					level: 3,
					measure: 'total',
					amount: 40,
					line: 15,
				}),
				fn({
					code: '2040804',
					name: '强制隔离戒毒人员生活',
					measure: 'project',
					amount: 40,
					line: 15,
				}),
				fn({ code: '2040806', name: '所政设施建设', measure: 'project', amount: 8, line: 24 }),
				// the 序号 is never a code or an amount, the repeated header lines give no rows
				...[1, 2, 3, 4, 5, 6].map((n) => fn({ amount: n }, 0)),
				...[17, 18, 19, 20, 21, 22, 23].map((line) => fn({ line }, 0)),
			],
			counts: { functional_items: 15 },
			issues: [
				{ severity: 'info', check: 'split_row', line: 23, includes: ['强制隔离戒毒人员生活'] },
			],
			// 148 = 100 + 48; 20408 148 = 100 + 40 + 8: the split row's figures are in the sums
			noIssues: [{ severity: 'error' }, { severity: 'warning' }],
		},
	},
	{
		// Line 6 '单位：元'; line 9 '合计 _ 28548100.00 23621800.00 4926300.00'.
		name: 'a table declared 单位：元: amounts converted to 万元, with an info finding',
		input: 'yuan_table.txt',
		expected: {
			rows: [
				fn({
					table_key: 'general_budget',
					code: '合计',
					measure: 'total',
					amount: 2854.81,
					line: 9,
				}),
				fn({
					table_key: 'general_budget',
					code: '合计',
					measure: 'basic',
					amount: 2362.18,
					line: 9,
				}),
				fn({
					table_key: 'general_budget',
					code: '合计',
					measure: 'project',
					amount: 492.63,
					line: 9,
				}),
				fn({
					table_key: 'general_budget',
					code: '2040601',
					measure: 'total',
					amount: 2362.18,
					line: 12,
				}),
				fn({
					table_key: 'general_budget',
					code: '2040602',
					measure: 'project',
					amount: 492.63,
					line: 13,
				}),
				fn({ amount: 28548100 }, 0),
			],
			issues: [
				{ severity: 'info', check: 'unit_conversion', includes: ['一般公共预算支出预算表', '元'] },
			],
			noIssues: [{ severity: 'error' }],
		},
	},
	{
		// Line 8 '合计 _ 12.50 10.00 2.50': 合计 in the code column (Shanxi).
		name: '合计 in the code column',
		input: 'total_in_code_column.txt',
		expected: TOTAL_PLACEMENT,
	},
	{
		// Line 8 '_ 合计 12.50 10.00 2.50': 合计 in the name column (Hebei without 序号).
		name: '合计 in the name column',
		input: 'total_in_name_column.txt',
		expected: TOTAL_PLACEMENT,
	},
	{
		// Title on line 4, header on 7, '合计' with no figures on 8, '注：本表无数据' on 10.
		name: 'a blank table (注：本表无数据): no rows, an info finding',
		input: 'blank_table.txt',
		expected: {
			counts: { functional_items: 0 },
			issues: [{ severity: 'info', check: 'blank_table', line: 4 }],
			noIssues: [{ severity: 'error' }, { severity: 'warning' }],
		},
	},
	{
		// Line 12 '2040602 一般行政管理事务 10.00 _ 1O.00': a letter O in the 项目支出 cell.
		name: "an amount with OCR noise ('1O.00'): a warning, the row kept without that amount",
		input: 'ocr_noise.txt',
		expected: {
			rows: [
				fn({ code: '2040602', name: '一般行政管理事务', measure: 'total', amount: 10, line: 12 }),
				fn({ code: '2040602', measure: 'project' }, 0),
				fn({ code: '20406', measure: 'project', amount: 10, line: 10 }),
			],
			issues: [
				{
					severity: 'warning',
					check: 'unreadable_amount',
					line: 12,
					includes: ['1O.00', '2040602'],
				},
			],
			// 20406's 项目支出 10.00 over a child that could not be read is unknown, not a contradiction
			noIssues: [{ severity: 'error' }],
		},
	},
	{
		// Lines 9–14, budget layout (one row per category, 合计 column first): 因公出国 blank,
		// 公务接待费 1.50, 公务用车购置及运行费 33.60, ①购置费 12.00, ②运行维护费 21.60, 合计 35.10.
		name: '三公 table, rows layout (budget)',
		input: 'three_public_rows.txt',
		expected: {
			rows: [
				{
					table: 'three_public',
					where: {
						year: 2024,
						basis: 'budget',
						category: 'reception',
						amount: 1.5,
						source: 'table',
						line: 10,
					},
				},
				{
					table: 'three_public',
					where: { year: 2024, basis: 'budget', category: 'vehicle_total', amount: 33.6, line: 11 },
				},
				{
					table: 'three_public',
					where: {
						year: 2024,
						basis: 'budget',
						category: 'vehicle_purchase',
						amount: 12,
						line: 12,
					},
				},
				{
					table: 'three_public',
					where: {
						year: 2024,
						basis: 'budget',
						category: 'vehicle_operation',
						amount: 21.6,
						line: 13,
					},
				},
				{
					table: 'three_public',
					where: { year: 2024, basis: 'budget', category: 'total', amount: 35.1, line: 14 },
				},
				{ table: 'three_public', where: { category: 'outbound' }, count: 0 },
			],
			counts: { three_public: 5 },
			noIssues: [{ severity: 'error' }],
		},
	},
	{
		// Line 12, final-account layout (预算数 6 columns | 决算数 6 columns on one row):
		// 12.65 _ 12.10 _ 12.10 0.55 | 11.90 _ 11.40 _ 11.40 0.50.
		name: '三公 table, wide layout (final account: 预算数 | 决算数 side by side)',
		input: 'three_public_wide.txt',
		expected: {
			document: { kind: 'final_account', fiscal_year: 2023 },
			rows: [
				{
					table: 'three_public',
					where: {
						year: 2023,
						basis: 'adjusted_budget',
						category: 'total',
						amount: 12.65,
						line: 12,
					},
				},
				{
					table: 'three_public',
					where: { basis: 'adjusted_budget', category: 'vehicle_total', amount: 12.1 },
				},
				{
					table: 'three_public',
					where: { basis: 'adjusted_budget', category: 'vehicle_operation', amount: 12.1 },
				},
				{
					table: 'three_public',
					where: { basis: 'adjusted_budget', category: 'reception', amount: 0.55 },
				},
				{
					table: 'three_public',
					where: { year: 2023, basis: 'final', category: 'total', amount: 11.9, line: 12 },
				},
				{
					table: 'three_public',
					where: { basis: 'final', category: 'vehicle_total', amount: 11.4 },
				},
				{
					table: 'three_public',
					where: { basis: 'final', category: 'vehicle_operation', amount: 11.4 },
				},
				{ table: 'three_public', where: { basis: 'final', category: 'reception', amount: 0.5 } },
				{ table: 'three_public', where: { category: 'outbound' }, count: 0 },
				{ table: 'three_public', where: { category: 'vehicle_purchase' }, count: 0 },
			],
			counts: { three_public: 8 },
			noIssues: [{ severity: 'error' }],
		},
	},
	{
		// Three forms: 法律援助业务经费 (name on line 4, 15/15/14.5, '总 分' blank on line 9);
		// 戒毒场所水电运行费 (line 13, 21/21/21, '总分' alone on 18, '88' on 19);
		// 法治宣传教育经费 (line 23, 4/4/3.2, '总分 … 59分' on 28). 项目起止时间 2022.01-2022.12.
		name: 'self-evaluations: a blank 总分 → score null + warning; a score on the next line; bands',
		input: 'self_eval_scores.txt',
		expected: {
			document: { kind: 'performance_eval', fiscal_year: 2022, department: '阳泉市司法局' },
			rows: [
				{
					table: 'performance_evals',
					where: {
						name: '法律援助业务经费',
						entity: '阳泉市法律援助中心',
						year: 2022,
						level: 'project',
						budget: 15,
						available: 15,
						executed: 14.5,
						score: null,
						grade: null,
						line: 4,
					},
				},
				{
					table: 'performance_evals',
					where: {
						name: '戒毒场所水电运行费',
						entity: '阳泉市强制隔离戒毒所',
						budget: 21,
						executed: 21,
						score: 88,
						grade: '良',
						line: 13,
					},
				},
				// 实施单位 阳泉市司法局普法与依法治理科: the budget unit is the 局, not its office
				{
					table: 'performance_evals',
					where: {
						name: '法治宣传教育经费',
						entity: '阳泉市司法局',
						budget: 4,
						executed: 3.2,
						score: 59,
						grade: '差',
						line: 23,
					},
				},
			],
			counts: { performance_evals: 3 },
			issues: [
				{ severity: 'warning', check: 'blank_score', line: 9, includes: ['法律援助业务经费'] },
			],
			noIssues: [
				{ check: 'blank_score', line: 18 },
				{ check: 'blank_score', line: 28 },
				{ severity: 'error' },
			],
		},
	},
	{
		// Line 9 '项目资金（元） 实施期资金总额： 45,000 _ 年度资金总额： 40,000'.
		name: '绩效目标表 with 项目资金（元）: converted to 万元',
		input: 'target_form_yuan.txt',
		expected: {
			rows: [
				{
					table: 'project_targets',
					where: {
						name: '法治宣传教育经费',
						entity: '阳泉市司法局',
						total_amount: 4.5,
						year_amount: 4,
						line: 6,
					},
				},
				// no 项目支出表 in the document: the form's 年度资金总额 is the project's amount
				{ table: 'projects', where: { name: '法治宣传教育经费', table_key: 'target', amount: 4 } },
			],
			noIssues: [{ severity: 'error' }, { check: 'unit_plausibility' }],
		},
	},
	{
		// Line 9 '204 公共安全支出 100.00' over 20406 60.00 (line 10) + 20408 30.00 (line 12) = 90.00.
		name: "a 类 whose 款 do not add up: error 'sum_children' naming the line",
		input: 'sum_children_error.txt',
		expected: {
			issues: [
				{ severity: 'error', check: 'sum_children', line: 9, includes: ['204', '100.00', '90.00'] },
			],
			// the 款 themselves add up (60 = 60, 30 = 30), and 合计 100 = 类 204 100
			noIssues: [
				{ severity: 'error', line: 8 },
				{ severity: 'error', line: 10 },
				{ severity: 'error', line: 12 },
			],
		},
	},
	{
		// 204 100.02 vs 60.01 + 40.00 = 100.01; 20406 60.01 vs 60.00; 20408 40.00 vs 39.98 (0.02).
		name: 'rounding within 0.02 万元 (尾数误差): no error',
		input: 'sum_children_rounding.txt',
		expected: { noIssues: [{ severity: 'error' }, { severity: 'warning' }] },
	},
	{
		// 20406 60.03 (line 10) vs 2040601 60.00: 0.03 is more than 尾数.
		name: 'a difference of 0.03 万元 is an error',
		input: 'sum_children_rounding_over.txt',
		expected: {
			issues: [{ severity: 'error', check: 'sum_children', line: 10, includes: ['20406'] }],
			noIssues: [{ severity: 'error', line: 9 }],
		},
	},
	{
		// Title and header on 4–7, rows 8–10; the next page prints the title and header again (12–15)
		// and goes on with 2040601 / 2040602 (16–17): one table, nothing dropped.
		name: 'the title printed again at a page break: one table',
		input: 'title_repeated_at_page_break.txt',
		expected: {
			rows: [
				fn({ code: '合计', measure: 'total', amount: 12.5, line: 8 }),
				fn({ code: '2040601', name: '行政运行', measure: 'basic', amount: 10, line: 16 }),
				fn({
					code: '2040602',
					name: '一般行政管理事务',
					measure: 'project',
					amount: 2.5,
					line: 17,
				}),
			],
			counts: { functional_items: 13 },
			noIssues: [{ check: 'duplicate_section' }, { severity: 'error' }, { severity: 'warning' }],
		},
	},
	{
		// Line 5: 5 projects, 120.50万元; line 6: 5 self-evaluated, 91.2分, graded 3 优 + 1 良 + 0 + 0 = 4.
		// Line 8: 150/200 = 75 % (right, so 200 is the base) and 50/200 = 25 %, printed 26.00 %.
		// Lines 10–11: 三公 决算 1.50, "与2022年度持平" → 2022 决算 1.50.
		// Line 13: 60/80 = 75 %, printed 76.00 %, nothing on the line confirms the base: a warning.
		name: 'narrative: 绩效 counts and grades, shares, 三公 持平',
		input: 'narrative_performance.txt',
		expected: {
			rows: [
				{
					table: 'figures',
					where: { metric: 'perf_target_projects', value: 5, unit: '个', line: 5 },
				},
				{ table: 'figures', where: { metric: 'perf_target_amount', value: 120.5, line: 5 } },
				{
					table: 'figures',
					where: { metric: 'perf_selfeval_avg_score', value: 91.2, unit: '分', line: 6 },
				},
				{ table: 'figures', where: { metric: 'perf_grade_excellent', value: 3, line: 6 } },
				{ table: 'figures', where: { metric: 'perf_grade_fail', value: 0, line: 6 } },
				{ table: 'figures', where: { metric: 'general_budget_expenditure', value: 200, line: 8 } },
				{
					table: 'three_public',
					where: { year: 2023, basis: 'final', category: 'total', amount: 1.5, line: 10 },
				},
				{
					table: 'three_public',
					where: { year: 2022, basis: 'final', category: 'total', amount: 1.5, line: 11 },
				},
			],
			issues: [
				{ severity: 'error', check: 'narrative', line: 6, includes: ['5 个', '4 个'] },
				{ severity: 'error', check: 'narrative_share', line: 8, includes: ['26', '25'] },
				{ severity: 'warning', check: 'narrative_share', line: 13, includes: ['76', '75'] },
			],
			noIssues: [{ check: 'narrative_share', line: 8, includes: ['75.00%'] }],
		},
	},
	{
		// The same table on 4–12 and again on 14–22.
		name: 'a table printed twice: read once, the copy reported as duplicate_section',
		input: 'table_printed_twice.txt',
		expected: {
			rows: [
				fn({ code: '合计', measure: 'total', amount: 12.5, line: 8 }),
				fn({ code: '2040602', measure: 'project', amount: 2.5, line: 12 }),
				...[18, 19, 20, 21, 22].map((line) => fn({ line }, 0)),
			],
			counts: { functional_items: 13 },
			issues: [{ severity: 'info', check: 'duplicate_section', line: 14 }],
			noIssues: [{ severity: 'error' }, { severity: 'warning' }],
		},
	},
];

const parsed = new Map<string, Dataset>();
const parse = (input: string): Dataset => {
	let ds = parsed.get(input);
	if (!ds) {
		ds = parseDocument(readFileSync(join(FIXTURES, input)), input);
		parsed.set(input, ds);
	}
	return ds;
};

describe('quirks', () => {
	it.each(CASES)('$name', ({ input, expected }) => {
		const ds = parse(input);
		expect(ds.documents).toHaveLength(1);
		expect(ds.documents[0]!.status).toBe('parsed');
		if (expected.document) expect(ds.documents[0]).toMatchObject(expected.document);
		for (const r of expected.rows ?? []) {
			const found = (ds[r.table] as object[]).filter((row) => matches(row, r.where));
			expect(found, `${r.table} ${JSON.stringify(r.where)}`).toHaveLength(r.count ?? 1);
		}
		for (const [table, n] of Object.entries(expected.counts ?? {}))
			expect(ds[table as TableName], table).toHaveLength(n);
		for (const e of expected.issues ?? []) {
			expect(
				ds.validation_issues.some((i) => issueMatches(i, e)),
				`a finding ${JSON.stringify(e)} among ${JSON.stringify(ds.validation_issues)}`,
			).toBe(true);
		}
		// A fixture is a fragment (one table or two): what a whole document must also publish is
		// missing by design, so completeness findings count only where a case names them.
		const fragmentGaps = (i: ValidationIssue, e: IssueExpectation) =>
			e.check === undefined && i.family === 'completeness';
		for (const e of expected.noIssues ?? []) {
			expect(
				ds.validation_issues.filter((i) => issueMatches(i, e) && !fragmentGaps(i, e)),
				`no finding ${JSON.stringify(e)}`,
			).toEqual([]);
		}
	});

	it('a UTF-8 file with one damaged byte is still read as UTF-8, with a warning naming the line', () => {
		const bytes = readFileSync(join(FIXTURES, 'total_in_code_column.txt'));
		const eol = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1); // end of line 2 '2024年度部门预算'
		const damaged = new Uint8Array([...bytes.subarray(0, eol), 0xff, ...bytes.subarray(eol)]);
		const ds = parseDocument(damaged, 'total_in_code_column.txt');
		expect(ds.documents[0]).toMatchObject({
			status: 'parsed',
			encoding: 'utf-8',
			kind: 'budget',
			fiscal_year: 2024,
		});
		expect(ds.validation_issues).toContainEqual(
			expect.objectContaining({ severity: 'warning', check: 'encoding', line: 2 }),
		);
		expect(sameRows(ds.functional_items)).toEqual(
			sameRows(parse('total_in_code_column.txt').functional_items),
		);
	});

	it('a fixture is the same whatever its bytes: the Hebei page break in GBK with CRLF and HTML rows', () => {
		// The quirk survives the encodings and layouts of the variants test too.
		const text = readFileSync(join(FIXTURES, 'hebei_page_break.txt'), 'utf8');
		const html = text
			.split('\n')
			.map((l) =>
				l.includes('\t')
					? `<tr>${l
							.split('\t')
							.map((c) => `<td>${c}</td>`)
							.join('')}</tr>`
					: l,
			)
			.join('\r\n');
		const ds = parseDocument(encodeGbk(html), 'hebei_page_break.txt');
		expect(ds.documents[0]!.encoding).toBe('gbk');
		const want = parse('hebei_page_break.txt').functional_items;
		expect(sameRows(ds.functional_items)).toEqual(sameRows(want));
	});
});

/** Rows sorted, without doc_id: other bytes are another document id by design, the same rows. */
const sameRows = <T extends { doc_id: string; code: string; measure: string }>(rows: T[]) =>
	rows.map(({ doc_id: _, ...r }) => r).sort(byKey);

const byKey = (a: { code: string; measure: string }, b: { code: string; measure: string }) =>
	`${a.code}|${a.measure}`.localeCompare(`${b.code}|${b.measure}`);
