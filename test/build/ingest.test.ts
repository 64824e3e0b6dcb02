/**
 * The ingest CLI end to end: bad input of every kind is reported, never fatal; everything else is
 * written as Parquet (read back with DuckDB) and Arrow IPC (read back with apache-arrow).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { tableFromIPC } from 'apache-arrow';
import { connect, openParquetDir } from '../../src/build/duck.node.js';
import { MAX_BYTES } from '../../src/parse/index.js';
import { TABLE_NAMES } from '../../src/schema/tables.js';
import { RAW_DIR } from '../golden/helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ingest = (args: string[]) =>
	spawnSync(TSX, [join(ROOT, 'scripts/ingest.node.ts'), ...args], { encoding: 'utf8' });

const work = mkdtempSync(join(tmpdir(), 'ingest-'));
const input = join(work, 'in');
const out = join(work, 'out');
const BAD = [
	'empty.txt',
	'dropped.pdf',
	'random.bin',
	'unrelated.txt',
	'broken-table.txt',
	'huge.txt',
];

beforeAll(() => {
	mkdirSync(input);
	for (const f of readdirSync(RAW_DIR).filter((f) => f.endsWith('.txt')))
		copyFileSync(join(RAW_DIR, f), join(input, f));
	writeFileSync(join(input, 'empty.txt'), '');
	writeFileSync(
		join(input, 'dropped.pdf'),
		Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), Buffer.alloc(2000, 7)]),
	);
	writeFileSync(
		join(input, 'random.bin'),
		Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
	);
	writeFileSync(join(input, 'unrelated.txt'), '今天天气很好，我们去公园散步。\n明天可能会下雨。\n');
	// A budget title with a table whose rows are cut off mid-way.
	writeFileSync(
		join(input, 'broken-table.txt'),
		'某市某局\n2024年度部门预算公开\n2024年预算支出总表\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n合计\t\t100.00\t60.00\t40.00\n204\t公共安全支出\t100.00\t60.',
	);
	writeFileSync(join(input, 'huge.txt'), '');
	truncateSync(join(input, 'huge.txt'), MAX_BYTES + 1); // sparse: not read, only its size is
});

describe('npm run ingest', () => {
	it('finishes with exit 0 and one line per document', () => {
		const r = ingest(['--out', out, input]);
		expect(r.status, r.stderr).toBe(0);
		for (const f of BAD) expect(r.stdout).toContain(f);
		expect(r.stdout).toMatch(/wrote .* functional_items \d+/);
	});

	it('writes every contract table as Parquet, and reports each bad file as an error row naming it', async () => {
		const conn = await connect();
		await openParquetDir(conn, out);
		const docs = (
			await conn.runAndReadAll('SELECT source_file, status FROM documents ORDER BY 1')
		).getRowObjectsJS();
		expect(docs).toHaveLength(5 + BAD.length);
		const rejected = docs.filter((d) => d.status === 'rejected').map((d) => d.source_file);
		// The broken table still has a title and a readable 合计 row: parsed, with findings.
		expect(rejected.sort()).toEqual(BAD.filter((f) => f !== 'broken-table.txt').sort());
		for (const f of rejected) {
			const issues = (
				await conn.runAndReadAll(
					`SELECT message FROM validation_issues WHERE source_file = $1 AND severity = 'error'`,
					[String(f)],
				)
			).getRowObjectsJS();
			expect(issues.length, String(f)).toBeGreaterThan(0);
			expect(String(issues[0]!.message)).toContain(String(f));
		}
		// Nothing of the rejected files leaks into the data tables.
		const leaked = (
			await conn.runAndReadAll(
				`SELECT count(*)::INT AS n FROM functional_items WHERE doc_id IN ('empty','dropped','random','unrelated','huge')`,
			)
		).getRowObjectsJS();
		expect(leaked[0]!.n).toBe(0);
		// The good documents are all there: 阳泉 2024 支出合计 2,854.81 and 承德 2024 4,148.23.
		const totals = (
			await conn.runAndReadAll(
				`SELECT d.city, d.fiscal_year, f.amount FROM functional_items f JOIN documents d USING (doc_id) WHERE f.table_key = 'expenditure' AND f.code = '合计' AND f.measure = 'total' AND d.kind = 'budget' AND d.scope = 'department' AND d.city IS NOT NULL ORDER BY 1`,
			)
		).getRowObjectsJS();
		expect(totals).toEqual([
			{ city: '承德市', fiscal_year: 2024, amount: 4148.23 },
			{ city: '阳泉市', fiscal_year: 2024, amount: 2854.81 },
		]);
		conn.closeSync();
	});

	it('writes the same tables as Arrow IPC streams for the browser', async () => {
		const conn = await connect();
		await openParquetDir(conn, out);
		for (const t of TABLE_NAMES) {
			const arrow = tableFromIPC(readFileSync(join(out, `${t}.arrow`)));
			const n = (
				await conn.runAndReadAll(`SELECT count(*)::INT AS n FROM "${t}"`)
			).getRowObjectsJS()[0]!.n;
			expect(arrow.numRows, t).toBe(n);
		}
		conn.closeSync();
	});

	it('writes the same tables into one DuckDB database file, which the page ATTACHes', async () => {
		const conn = await connect();
		await openParquetDir(conn, out);
		await conn.run(`ATTACH '${join(out, 'dataset.duckdb')}' AS db (READ_ONLY)`);
		for (const t of TABLE_NAMES) {
			const [a, b] = await Promise.all([
				conn.runAndReadAll(`SELECT count(*)::INT AS n FROM db."${t}"`),
				conn.runAndReadAll(`SELECT count(*)::INT AS n FROM "${t}"`),
			]);
			expect(a.getRowObjectsJS()[0]!.n, t).toBe(b.getRowObjectsJS()[0]!.n);
		}
		conn.closeSync();
	});

	it('fails with a one-line reason when it cannot run at all', () => {
		const empty = join(work, 'nothing');
		mkdirSync(empty);
		const noInput = ingest(['--out', join(work, 'o2'), empty]);
		expect(noInput.status).not.toBe(0);
		expect(noInput.stderr.trim().split('\n')).toHaveLength(1);
		expect(noInput.stderr).toMatch(/没有可读取的文档|no input/);

		writeFileSync(join(work, 'a-file'), 'x');
		const unwritable = ingest(['--out', join(work, 'a-file', 'sub'), input]);
		expect(unwritable.status).not.toBe(0);
		expect(unwritable.stderr.trim().split('\n')).toHaveLength(1);
		expect(unwritable.stderr).toMatch(/无法写入|cannot write/);
	});
});

describe('npm run query', () => {
	it('prints a readable table and CSV', () => {
		const q = (args: string[]) =>
			execFileSync(TSX, [join(ROOT, 'src/build/query.node.ts'), '--data', out, ...args], {
				encoding: 'utf8',
			});
		const table = q([
			`SELECT entity, amount FROM three_public WHERE doc_id = '11a72be0e203cc23' AND source = 'table' AND basis = 'final' AND category = 'total'`,
		]);
		expect(table).toMatch(/entity\s+│\s+amount/);
		expect(table).toMatch(/阳泉市司法局\s+│\s+12\.65/);
		expect(table).toContain('(1 row)');
		const csv = q([
			'--csv',
			`SELECT category, amount FROM three_public WHERE doc_id = '11a72be0e203cc23' AND year = 2022 ORDER BY category`,
		]);
		expect(csv.split('\r\n')[0]).toBe('category,amount');
		expect(csv).toContain('total,31.21');
	});
});
