/**
 * The 数据核验 query against the real dataset, and with a file that cannot be read. Findings read by
 * hand from the documents: 001 line 659, 批复表 社会保障和就业支出 357.69 against 357.59 in the main table
 * (line 122); the 财政局 2024 决算 PDF, 208 社会保障和就业支出 326.71 in the 收入支出决算总表 (line 68,
 * page 6) against 326.72 in the 支出决算表 (line 129): one cent apart.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { findings } from '../../src/queries/findings.js';
import { ALL } from '../../src/queries/scope.js';
import { connect, loadDataset, nodeRunner } from '../../src/build/duck.node.js';
import { listInputs, parseFiles, DEFAULT_RAW } from '../../src/build/ingest.node.js';
import { parseDocument } from '../../src/parse/index.js';
import { TABLE_NAMES } from '../../src/schema/tables.js';
import { FAMILIES } from '../../src/parse/review/catalogue.js';
import { figureText, tableLabel } from '../../src/views/quality/labels.js';

const CZJ = 'd45e923176f9fe4b';

describe('findings', () => {
	it('reports the approval copy that disagrees with the main table (001 line 659) as an error', async () => {
		const rows = await findings(await seedDb(), ALL);
		const f = rows.find(
			(r) => r.doc_id === '11a72be0e203cc23' && r.line === 659 && r.check === 'approval_copy',
		)!;
		expect(f.severity).toBe('error');
		expect(f.message).toContain('357.69');
		expect(f.message).toContain('357.59');
		expect(f).toMatchObject({
			city: '阳泉市',
			entity: '阳泉市司法局',
			fiscal_year: 2023,
			kind: 'final_account',
			status: 'parsed',
		});
	});

	it('gives the approval-copy finding both figures, the copy’s on its line and the main table’s', async () => {
		const rows = await findings(await seedDb(), ALL);
		const f = rows.find(
			(r) => r.doc_id === '11a72be0e203cc23' && r.line === 659 && r.check === 'approval_copy',
		)!;
		expect(f).toMatchObject({
			family: 'between_tables',
			table_a: 'approval:summary',
			value_a: 357.69,
			table_b: 'summary',
			value_b: 357.59,
			line_b: 122,
			format: 'text',
			page: null,
			box: null,
		});
		expect(tableLabel(f.table_a, f.kind)).toBe('批复表（收入支出决算总表）');
		expect(figureText(f, 'b')).toBe('收入支出决算总表 357.59 万元（第 122 行）');
	});

	it('reports the 财政局 决算’s one-cent gap of 208 社会保障和就业支出 between two tables, with page and box', async () => {
		const rows = await findings(await seedDb(), ALL);
		const f = rows.find((r) => r.doc_id === CZJ && r.check === 'cross_table' && r.line === 68)!;
		expect(f).toMatchObject({
			severity: 'warning',
			family: 'between_tables',
			format: 'pdf',
			entity: '上海市普陀区财政局',
			fiscal_year: 2024,
			kind: 'final_account',
			page: 6,
			table_a: 'summary',
			value_a: 326.71,
			table_b: 'expenditure',
			value_b: 326.72,
			line_b: 129,
		});
		expect(f.message).toContain('208 社会保障和就业支出');
		expect(f.box).toMatch(/^[\d.]+(,[\d.]+){3}$/);
		expect(figureText(f, 'a')).toBe('收入支出决算总表 326.71 万元（第 68 行，第 6 页）');
		expect(tableLabel(f.table_b, f.kind)).toBe('支出决算表');
		// A budget calls the same tables by its own names.
		expect(tableLabel('summary', 'budget')).toBe('收支总表');
		expect(tableLabel('text', 'budget')).toBe('文字说明');
	});

	it('stamps every finding with a family of the catalogue, and every PDF finding with a page', async () => {
		const rows = await findings(await seedDb(), ALL);
		for (const r of rows) expect(Object.keys(FAMILIES)).toContain(r.family);
		const families = new Set(rows.map((r) => r.family));
		for (const f of ['completeness', 'within_table', 'between_tables', 'text_vs_table', 'reading'])
			expect(families).toContain(f);
		const pdf = rows.filter((r) => r.format === 'pdf' && r.line !== null);
		expect(pdf.length).toBeGreaterThan(0);
		expect(pdf.every((r) => r.page !== null && r.box !== null)).toBe(true);
		// Where a rule compares two figures, both are there with their tables.
		for (const r of rows.filter((r) => r.value_a !== null)) {
			expect(r.table_a).not.toBeNull();
			expect(r.table_b).not.toBeNull();
			expect(r.value_b).not.toBeNull();
		}
	});

	it('flags the blank 总分 of 全市“八五”普法宣传经费 (004 line 108) and lists errors first', async () => {
		const rows = await findings(await seedDb(), ALL);
		const blank = rows.find((r) => r.doc_id === '0158e039403234a9' && r.line === 108)!;
		expect(blank.severity).toBe('warning');
		expect(blank.message).toContain('全市“八五”普法宣传经费');
		const rank = { error: 0, warning: 1, info: 2 };
		const ranks = rows.map((r) => rank[r.severity]);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		// The five text documents and the five Shanghai PDFs of data/raw/ all have findings.
		expect(new Set(rows.map((r) => r.doc_id)).size).toBe(10);
	});

	it('honours the scope', async () => {
		const db = await seedDb();
		const chengde = await findings(db, { cities: ['承德市'], entities: [], years: [] });
		expect(new Set(chengde.map((r) => r.doc_id))).toEqual(new Set(['a7d6f4822a5d5a60']));
		const y2022 = await findings(db, { cities: [], entities: [], years: [2022] });
		expect(y2022.length).toBeGreaterThan(0);
		expect(y2022.every((r) => r.doc_id === '0158e039403234a9')).toBe(true);
	});

	it('always lists a rejected file with its reason, whatever the scope', async () => {
		const { dataset } = await parseFiles(listInputs([DEFAULT_RAW]));
		const bad = parseDocument('今天天气很好，我们去公园散步。\n', 'unrelated.txt');
		for (const t of TABLE_NAMES) (dataset[t] as unknown[]).push(...(bad[t] as unknown[]));
		const conn = await connect();
		await loadDataset(conn, dataset);
		const rows = await findings(nodeRunner(conn), {
			cities: ['承德市'],
			entities: [],
			years: [2024],
		});
		const rejected = rows.filter((r) => r.status === 'rejected');
		expect(rejected).toHaveLength(1);
		expect(rejected[0]).toMatchObject({
			doc_id: bad.documents[0]!.doc_id,
			source_file: 'unrelated.txt',
			severity: 'error',
			line: null,
		});
		expect(rejected[0]!.message).toContain('unrelated.txt');
	});
});
