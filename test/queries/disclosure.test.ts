/**
 * The 公开质量 queries against the real dataset. Read by hand from the documents:
 * - every budget and final account publishes the nine tables of the 公开 templates and the five parts
 *   of the text (the 目录 of the 财政局 2024 决算, p2 lines 8–16, lists the nine tables; 003's 目录
 *   lines 7–15 the same nine);
 * - 财政局 2024 决算: 政府性基金 table (p19 line 272) and 国有资本经营 table (p20 line 282) print no
 *   figure and say so ("注:上海市普陀区财政局无政府性基金预算财政拨款支出,故本表无数据。");
 * - 承德 2024 预算 (003): 政府性基金 table line 399, "注：无政府基金预算财政拨款预算，空表列示。";
 * - 万里街道 2024 预算: the 三公 table (p31) prints 47.91 … on line 405 and on line 406 says
 *   "故本表为空表" (an error of 完整性); line 78 states 住房公积金 350.35 万元 and then 预算安排 352.67
 *   万元 (an error of 文表). No other error or warning.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { disclosureMatrix, disclosureFindings } from '../../src/queries/disclosure.js';
import { ALL } from '../../src/queries/scope.js';
import { scoreDocument, type ScoreItem } from '../../src/views/disclosure/score.js';

const CZJ = 'd45e923176f9fe4b';
const WANLI_2024 = '9cf8afd0f960aea9';
const CD_2024 = 'a7d6f4822a5d5a60';
const EVAL_2022 = '0158e039403234a9';

describe('disclosureMatrix', () => {
	it('gives each parsed budget and final account its nine tables and five parts of the text', async () => {
		const rows = await disclosureMatrix(await seedDb(), ALL);
		const docs = new Set(rows.map((r) => r.doc_id));
		// Five Shanghai PDFs and four text exports; the self-evaluation (004) has no required items.
		expect(docs.size).toBe(9);
		expect(docs.has(EVAL_2022)).toBe(false);
		for (const d of docs) {
			const of = rows.filter((r) => r.doc_id === d);
			expect(of.filter((r) => r.item_kind === 'table')).toHaveLength(9);
			expect(of.filter((r) => r.item_kind === 'section')).toHaveLength(5);
		}
		expect(rows.filter((r) => r.status === 'missing' || r.status === 'empty_unnoted')).toEqual([]);
	});

	it('reads the 财政局 2024 决算’s empty fund tables as empty with their note, listed in the 目录', async () => {
		const rows = await disclosureMatrix(await seedDb(), ALL);
		const at = (item: string) => rows.find((r) => r.doc_id === CZJ && r.item === item)!;
		expect(at('gov_fund')).toMatchObject({
			status: 'empty_noted',
			line: 272,
			toc: 'listed',
			label: '政府性基金预算财政拨款收入支出决算表',
			city: '上海市普陀区',
			entity: '上海市普陀区财政局',
			fiscal_year: 2024,
			kind: 'final_account',
			scope: 'department',
		});
		expect(at('state_capital')).toMatchObject({ status: 'empty_noted', line: 282, toc: 'listed' });
		expect(at('summary').status).toBe('present');
		const cd = rows.find((r) => r.doc_id === CD_2024 && r.item === 'gov_fund')!;
		expect(cd).toMatchObject({ status: 'empty_noted', line: 399 });
	});

	it('honours the scope', async () => {
		const db = await seedDb();
		const chengde = await disclosureMatrix(db, { cities: ['承德市'], entities: [], years: [] });
		expect(new Set(chengde.map((r) => r.doc_id))).toEqual(new Set([CD_2024]));
		// 2022 has only the self-evaluation.
		expect(await disclosureMatrix(db, { cities: [], entities: [], years: [2022] })).toEqual([]);
	});
});

describe('disclosureFindings', () => {
	it('lists the errors and warnings of the scored families only', async () => {
		const rows = await disclosureFindings(await seedDb(), ALL);
		expect(rows.some((f) => f.doc_id === EVAL_2022)).toBe(false);
		expect(new Set(rows.map((f) => f.severity))).toEqual(new Set(['error', 'warning']));
		expect(rows.every((f) => !['reading', 'file'].includes(f.family))).toBe(true);
		const wanli = rows.filter((f) => f.doc_id === WANLI_2024);
		expect(wanli.map((f) => [f.family, f.severity, f.check, f.line])).toEqual([
			['completeness', 'error', 'empty_table_note', 406],
			['text_vs_table', 'error', 'narrative', 78],
		]);
	});

	it('scores 万里街道 2024: 完整性 90, 一致性 90, 规范性 100, 总分 92', async () => {
		const db = await seedDb();
		const items = (await disclosureMatrix(db, ALL)).filter((r) => r.doc_id === WANLI_2024);
		const findings = (await disclosureFindings(db, ALL)).filter((f) => f.doc_id === WANLI_2024);
		const s = scoreDocument(items as ScoreItem[], findings);
		// Items all present or empty with note: 100 − 10 (empty_table_note) = 90; 文表 1 error: 90;
		// no 形式 finding: 100; 0.4 × 90 + 0.4 × 90 + 0.2 × 100 = 92.
		expect(s).toMatchObject({ completeness: 90, consistency: 90, form: 100, total: 92 });
	});
});
