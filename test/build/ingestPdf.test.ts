/**
 * The ingest CLI on PDFs: a good PDF extract and a text disclosure are read beside every damaged or
 * unsuitable PDF of test/fixtures/pdf/bad/; each bad file becomes one rejected document with its
 * error finding, the run still exits 0, and nothing of the good documents is lost. Each parsed
 * document's source is kept for the viewer: a PDF's bytes as sources/<doc_id>.pdf, a text
 * document's text as sources/<doc_id>.txt.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { connect, openParquetDir } from '../../src/build/duck.node.js';
import { TABLE_NAMES } from '../../src/schema/tables.js';
import { RAW_DIR, idOfFile } from '../golden/helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const BAD_DIR = join(ROOT, 'test/fixtures/pdf/bad');
const ingest = (args: string[]) =>
	spawnSync(TSX, [join(ROOT, 'scripts/ingest.node.ts'), ...args], { encoding: 'utf8' });

const work = mkdtempSync(join(tmpdir(), 'ingest-pdf-'));
const input = join(work, 'in');
const out = join(work, 'out');

const GOOD_PDF = 'good-extract.pdf';
const TXT = '003_118d383ccab95c06.txt';
/** Each bad fixture with the check of its one error finding (see test/parse/pdfBad.test.ts). */
const BAD: Record<string, string> = {
	'scanned.pdf': 'pdf_no_text',
	'encrypted.pdf': 'pdf_encrypted',
	'truncated.pdf': 'pdf_damaged',
	'garbage.pdf': 'pdf_damaged',
	'empty.pdf': 'unreadable',
	'not-a-disclosure.pdf': 'not_a_disclosure',
};
const ALL = [GOOD_PDF, TXT, ...Object.keys(BAD)];
const idOf = (file: string) => idOfFile(join(file === TXT ? RAW_DIR : BAD_DIR, file));

type Row = Record<string, unknown>;
let run: SpawnSyncReturns<string>;
let documents: Row[] = [];
let issues: Row[] = [];
/** Row counts per doc_id of every table except documents and validation_issues. */
const dataRows = new Map<string, Record<string, number>>();

beforeAll(async () => {
	mkdirSync(input);
	for (const f of [GOOD_PDF, ...Object.keys(BAD)]) copyFileSync(join(BAD_DIR, f), join(input, f));
	copyFileSync(join(RAW_DIR, TXT), join(input, TXT));
	run = ingest(['--out', out, input]);
	if (run.status !== 0) return;
	const conn = await connect();
	try {
		await openParquetDir(conn, out);
		const all = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[];
		documents = await all('SELECT * FROM documents ORDER BY source_file');
		issues = await all('SELECT * FROM validation_issues ORDER BY source_file, severity, "check"');
		for (const t of TABLE_NAMES) {
			if (t === 'documents' || t === 'validation_issues') continue;
			const counts = await all(`SELECT doc_id, count(*)::INT AS n FROM "${t}" GROUP BY doc_id`);
			for (const { doc_id, n } of counts) {
				const per = dataRows.get(String(doc_id)) ?? {};
				per[t] = Number(n);
				dataRows.set(String(doc_id), per);
			}
		}
	} finally {
		conn.closeSync();
	}
});

const doc = (file: string) => documents.filter((d) => d.source_file === file);
const issuesOf = (file: string) => issues.filter((i) => i.source_file === file);

describe('npm run ingest with PDFs', () => {
	it('finishes with exit 0 and prints one line per document', () => {
		expect(run.status, run.stderr).toBe(0);
		for (const f of ALL) expect(run.stdout).toContain(f);
		expect(run.stdout).toMatch(/wrote .* functional_items \d+/);
	});

	it('has exactly one document per input file, none missing, none extra', () => {
		expect(documents.map((d) => d.source_file).sort()).toEqual([...ALL].sort());
		expect(documents.map((d) => d.doc_id).sort()).toEqual(ALL.map(idOf).sort());
	});

	it('parses the good PDF extract and the text disclosure, with their functional items', () => {
		for (const f of [GOOD_PDF, TXT]) {
			expect(doc(f), f).toHaveLength(1);
			expect(doc(f)[0]!.status, f).toBe('parsed');
			expect(dataRows.get(idOf(f))?.functional_items ?? 0, f).toBeGreaterThan(0);
			const errors = issuesOf(f).filter(
				(i) => i.severity === 'error' && String(i.check).startsWith('pdf_'),
			);
			expect(errors, f).toEqual([]);
		}
		expect(doc(GOOD_PDF)[0]!.format).toBe('pdf');
		expect(doc(TXT)[0]!.format).not.toBe('pdf');
	});

	it('reads the same totals from them as from the documents themselves', async () => {
		const conn = await connect();
		try {
			await openParquetDir(conn, out);
			const totals = (
				await conn.runAndReadAll(
					`SELECT doc_id, measure, amount FROM functional_items WHERE table_key = 'expenditure'
					AND code = '合计' AND measure IN ('total', 'basic', 'project') ORDER BY doc_id, measure`,
				)
			).getRowObjectsJS();
			const of = (id: string, m: string) =>
				totals.filter((r) => r.doc_id === id && r.measure === m).map((r) => Number(r.amount));
			// 承德 2024 部门预算, 支出总表 合计 4,148.23 万元 (as in test/build/ingest.test.ts).
			expect(of(idOf(TXT), 'total')).toEqual([4148.23]);
			// 部门支出预算总表 (sample page 12): 合计 91,016,775.35 | 24,606,775.35 | 66,410,000.00 元.
			const expected = { total: 9101.68, basic: 2460.68, project: 6641.0 };
			for (const [measure, amount] of Object.entries(expected)) {
				const found = of(idOf(GOOD_PDF), measure);
				expect(found, measure).toHaveLength(1);
				expect(found[0], measure).toBeCloseTo(amount, 2);
			}
		} finally {
			conn.closeSync();
		}
	});

	it('reports each bad PDF as one rejected document with its one error, naming the file', () => {
		for (const [f, check] of Object.entries(BAD)) {
			expect(doc(f), f).toHaveLength(1);
			const found = issuesOf(f);
			const damaged = found.filter((i) => i.check === 'pdf_damaged');
			// A truncated PDF that PDF.js can partly read may be parsed as far as it goes, flagged.
			if (f === 'truncated.pdf' && doc(f)[0]!.status !== 'rejected') {
				expect(doc(f)[0]!.status, f).toBe('parsed');
				expect(damaged.length, JSON.stringify(found)).toBeGreaterThan(0);
				for (const i of damaged)
					expect(String(i.message).startsWith(f), String(i.message)).toBe(true);
				continue;
			}
			expect(doc(f)[0]!.status, f).toBe('rejected');
			expect(found, JSON.stringify(found)).toHaveLength(1);
			expect(found[0]).toMatchObject({ doc_id: idOf(f), severity: 'error', check });
			expect(String(found[0]!.message).startsWith(f), String(found[0]!.message)).toBe(true);
			expect(dataRows.get(idOf(f)), f).toBeUndefined();
		}
	});

	it("copies each parsed PDF's bytes to sources/<doc_id>.pdf and a text's to sources/<doc_id>.txt", () => {
		const sources = join(out, 'sources');
		const pdf = join(sources, `${idOf(GOOD_PDF)}.pdf`);
		expect(existsSync(pdf), pdf).toBe(true);
		expect(readFileSync(pdf).equals(readFileSync(join(BAD_DIR, GOOD_PDF)))).toBe(true);
		const txt = join(sources, `${idOf(TXT)}.txt`);
		expect(existsSync(txt), txt).toBe(true);
		// The raw file is UTF-8 without a BOM: its decoded text is the file itself.
		expect(readFileSync(txt, 'utf8')).toBe(readFileSync(join(RAW_DIR, TXT), 'utf8'));
		// A rejected document has no source to show.
		const kept = readdirSync(sources);
		for (const f of Object.keys(BAD)) {
			if (doc(f)[0]?.status !== 'rejected') continue;
			expect(
				kept.filter((k) => k.startsWith(`${idOf(f)}.`)),
				f,
			).toEqual([]);
		}
	});
});
