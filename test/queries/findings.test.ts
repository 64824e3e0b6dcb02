/**
 * The 数据核验 query against the real dataset, and with a file that cannot be read. Findings read by
 * hand from the documents: 001 line 659, 批复表 社会保障和就业支出 357.69 against 357.59 in the main table.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { findings } from '../../src/queries/findings.js';
import { ALL } from '../../src/queries/scope.js';
import { connect, loadDataset, nodeRunner } from '../../src/build/duck.node.js';
import { listInputs, parseFiles, DEFAULT_RAW } from '../../src/build/ingest.node.js';
import { parseDocument } from '../../src/parse/index.js';
import { TABLE_NAMES } from '../../src/schema/tables.js';

describe('findings', () => {
	it('reports the approval copy that disagrees with the main table (001 line 659) as an error', async () => {
		const rows = await findings(await seedDb(), ALL);
		const f = rows.find(
			(r) => r.doc_id === '001_3e5e580ab2a95934' && r.line === 659 && r.check === 'approval_copy',
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

	it('flags the blank 总分 of 全市“八五”普法宣传经费 (004 line 108) and lists errors first', async () => {
		const rows = await findings(await seedDb(), ALL);
		const blank = rows.find((r) => r.doc_id === '004_e364f7909731df57' && r.line === 108)!;
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
		expect(new Set(chengde.map((r) => r.doc_id))).toEqual(new Set(['003_118d383ccab95c06']));
		const y2022 = await findings(db, { cities: [], entities: [], years: [2022] });
		expect(y2022.length).toBeGreaterThan(0);
		expect(y2022.every((r) => r.doc_id === '004_e364f7909731df57')).toBe(true);
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
			doc_id: 'unrelated',
			source_file: 'unrelated.txt',
			severity: 'error',
			line: null,
		});
		expect(rejected[0]!.message).toContain('unrelated.txt');
	});
});
