/**
 * PDFs that cannot be read (test/fixtures/pdf/bad/, made by scripts/dev/make-bad-pdfs.sh; its README
 * says how each was made): each is refused as one `rejected` document with one `error` finding whose
 * message starts with the file name and says why, and no rows in any other table. `parseFile` never
 * throws or rejects, and refusing one file changes nothing for the next.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseFile } from '../../src/parse/index.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';
import { TABLE_NAMES, type Dataset } from '../../src/schema/tables.js';
import { RAW_DIR, idOfFile } from '../golden/helpers.js';

const BAD = join(import.meta.dirname, '../fixtures/pdf/bad');
const TXT = '003_118d383ccab95c06.txt';

type Parsed = { dataset: Dataset; text: string | null };

/** parseFile on a fixture's bytes; a throw or a rejected promise fails the test with the reason. */
async function parse(path: string, withPdf = true): Promise<Parsed> {
	expect(parseFile, 'parseFile is not exported by src/parse/index.ts').toBeTypeOf('function');
	const file = path.replace(/^.*\//, '');
	const bytes = new Uint8Array(readFileSync(path));
	try {
		return await (withPdf ? parseFile(bytes, file, { pdf: nodePdf }) : parseFile(bytes, file));
	} catch (e) {
		return expect.fail(`parseFile threw for ${file}: ${e instanceof Error ? e.stack : String(e)}`);
	}
}

const bad = (file: string) => parse(join(BAD, file));

/** The document row's `format` column (declared in src/schema/tables.ts with PDF support). */
const formatOf = (ds: Dataset): unknown => (ds.documents[0] as Record<string, unknown>).format;

/** Rows of the data tables, i.e. every table except documents and validation_issues. */
const dataRows = (ds: Dataset): Record<string, number> =>
	Object.fromEntries(
		TABLE_NAMES.filter((t) => t !== 'documents' && t !== 'validation_issues')
			.map((t) => [t, ds[t].length])
			.filter(([, n]) => n !== 0),
	);

/**
 * One rejected document and exactly one error finding, of `check`, naming the file first and
 * containing every string of `includes`; nothing in any other table, no text kept.
 */
function expectRefused(
	{ dataset: ds, text }: Parsed,
	file: string,
	check: string,
	includes: string[] = [],
) {
	// Its id is its content: the first 16 hex digits of the SHA-256 of the bytes read.
	const docId = ds.documents[0]!.sha256!.slice(0, 16);
	expect(ds.documents).toHaveLength(1);
	expect(ds.documents[0]).toMatchObject({ doc_id: docId, source_file: file, status: 'rejected' });
	expect(ds.validation_issues, JSON.stringify(ds.validation_issues)).toHaveLength(1);
	const issue = ds.validation_issues[0]!;
	expect(issue).toMatchObject({ doc_id: docId, source_file: file, severity: 'error', check });
	expect(issue.message.startsWith(file), issue.message).toBe(true);
	for (const s of includes) expect(issue.message).toContain(s);
	expect(dataRows(ds)).toEqual({});
	expect(text).toBeNull();
}

describe('parseFile refuses a PDF it cannot read, with the reason', () => {
	it('scanned.pdf: images only, no text layer: says so, suggests OCR, gives the page count', async () => {
		const r = await bad('scanned.pdf');
		expectRefused(r, 'scanned.pdf', 'pdf_no_text', ['没有文字层', 'OCR', '共 2 页']);
		expect(formatOf(r.dataset)).toBe('pdf');
	});

	it('encrypted.pdf: a user password is needed to open it', async () => {
		const r = await bad('encrypted.pdf');
		expectRefused(r, 'encrypted.pdf', 'pdf_encrypted', ['加密']);
		expect(formatOf(r.dataset)).toBe('pdf');
	});

	it('garbage.pdf: a PDF header followed by random bytes is damaged', async () => {
		const r = await bad('garbage.pdf');
		expectRefused(r, 'garbage.pdf', 'pdf_damaged', ['损坏']);
		expect(formatOf(r.dataset)).toBe('pdf');
	});

	it('truncated.pdf: the first 40 % of a PDF is damaged, refused or read as far as it goes', async () => {
		const r = await bad('truncated.pdf');
		const ds = r.dataset;
		expect(ds.documents).toHaveLength(1);
		expect(formatOf(ds)).toBe('pdf');
		const damaged = ds.validation_issues.filter((i) => i.check === 'pdf_damaged');
		expect(damaged.length, JSON.stringify(ds.validation_issues)).toBeGreaterThan(0);
		for (const i of damaged) {
			expect(i.message.startsWith('truncated.pdf'), i.message).toBe(true);
			expect(i.message).toContain('损坏');
			expect(['error', 'warning']).toContain(i.severity);
		}
		if (ds.documents[0]!.status === 'rejected') {
			expectRefused(r, 'truncated.pdf', 'pdf_damaged', ['损坏']);
		} else expect(ds.documents[0]!.status).toBe('parsed');
	});

	it('empty.pdf: zero bytes is an empty file', async () => {
		expectRefused(await bad('empty.pdf'), 'empty.pdf', 'unreadable', ['空文件']);
	});

	it('not-a-disclosure.pdf: a real PDF with Chinese text that is no disclosure', async () => {
		const r = await bad('not-a-disclosure.pdf');
		expectRefused(r, 'not-a-disclosure.pdf', 'not_a_disclosure');
		expect(formatOf(r.dataset)).toBe('pdf');
	});
});

describe('parseFile reads everything else as before', () => {
	it('good-extract.pdf (title page and the 收支 / 收入 / 支出 总表) is parsed', async () => {
		const { dataset: ds } = await bad('good-extract.pdf');
		expect(ds.documents).toHaveLength(1);
		expect(ds.documents[0]).toMatchObject({
			doc_id: idOfFile(join(BAD, 'good-extract.pdf')),
			source_file: 'good-extract.pdf',
			status: 'parsed',
			fiscal_year: 2025,
			kind: 'budget',
		});
		expect(formatOf(ds)).toBe('pdf');
		expect(ds.functional_items.length).toBeGreaterThan(0);
		// 部门支出预算总表, last row: 合计 91,016,775.35 | 24,606,775.35 | 66,410,000.00 (元).
		const total = ds.functional_items.filter(
			(r) => r.table_key === 'expenditure' && r.code === '合计' && r.measure === 'total',
		);
		expect(total).toHaveLength(1);
		expect(total[0]!.amount).toBeCloseTo(9101.68, 2);
		const pdfErrors = ds.validation_issues.filter(
			(i) => i.check.startsWith('pdf_') && i.severity === 'error',
		);
		expect(pdfErrors).toEqual([]);
	});

	it('a text disclosure goes through parseFile without a PDF engine, and the same with one', async () => {
		const plain = await parse(join(RAW_DIR, TXT), false);
		const ds = plain.dataset;
		expect(ds.documents).toHaveLength(1);
		expect(ds.documents[0]).toMatchObject({
			doc_id: idOfFile(join(RAW_DIR, TXT)),
			source_file: TXT,
			status: 'parsed',
			city: '承德市',
			fiscal_year: 2024,
		});
		expect(formatOf(ds)).not.toBe('pdf');
		// 承德 2024 部门预算, 支出总表 合计 4,148.23 万元 (as in test/build/ingest.test.ts).
		const total = ds.functional_items.filter(
			(r) => r.table_key === 'expenditure' && r.code === '合计' && r.measure === 'total',
		);
		expect(total.map((r) => r.amount)).toEqual([4148.23]);
		expect(plain.text).toContain('2024 年部门预算信息公开目录');
		expect(await parse(join(RAW_DIR, TXT), true)).toEqual(plain);
	});

	it('refusing the bad files one after another leaves the next good PDF parsed the same', async () => {
		const before = await bad('good-extract.pdf');
		for (const f of ['scanned', 'encrypted', 'garbage', 'truncated', 'empty', 'not-a-disclosure']) {
			await bad(`${f}.pdf`);
		}
		expect(await bad('good-extract.pdf')).toEqual(before);
	});

	it('the bad files and the good one parsed at the same time give the same results', async () => {
		const files = ['good-extract', 'scanned', 'encrypted', 'garbage', 'empty', 'not-a-disclosure'];
		const together = await Promise.all(files.map((f) => bad(`${f}.pdf`)));
		for (const [i, f] of files.entries()) {
			expect(together[i], f).toEqual(await bad(`${f}.pdf`));
		}
	});
});
