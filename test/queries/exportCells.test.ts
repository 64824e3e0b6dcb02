/**
 * Table exports (src/lib/download.ts) neutralise cells a spreadsheet would run as formulas — CSV and
 * XLSX through the same exportCell — while numbers stay numbers. Lives here because the `unit`
 * project covers test/queries, not test/lib.
 */
import { describe, it, expect } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { csvText, exportCell, xlsxBlob, type Column } from '../../src/lib/download.js';

describe('exportCell', () => {
	it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
		for (const s of [
			'=1+1',
			'=HYPERLINK("http://x","点我")',
			'+cmd|" /C calc"!A0',
			'-2+3',
			'@SUM(A1:A2)',
			'\t=1',
			'\r=1',
			'-',
			'+',
			'=',
			'-Infinity',
		])
			expect(exportCell(s), JSON.stringify(s)).toBe(`'${s}`);
	});

	it('leaves numbers, plain-number text, other text and empties alone', () => {
		expect(exportCell(-3.46)).toBe(-3.46);
		expect(exportCell(0)).toBe(0);
		expect(exportCell(12n)).toBe(12);
		expect(exportCell(-7n)).toBe(-7);
		for (const s of ['-3.46', '+5', '-1,234.56', '-12%', '1e-3', '-.5', '2854.81'])
			expect(exportCell(s), s).toBe(s);
		for (const s of ['阳泉市司法局', '合计', 'a=b', ' =1', '（-3.46）', '2024-01-01'])
			expect(exportCell(s), s).toBe(s);
		expect(exportCell(null)).toBe('');
		expect(exportCell(undefined)).toBe('');
		expect(exportCell(Number.NEGATIVE_INFINITY)).toBe("'-Infinity");
	});
});

const COLUMNS: Column[] = [
	{ key: 'name', label: '名称' },
	{ key: 'amount', label: '金额' },
	{ key: 'note', label: '说明' },
];
const ROWS = [
	{ name: '=HYPERLINK("http://evil","点我")', amount: -3.46, note: '-1,234.56' },
	{ name: '@SUM(1+1)', amount: 2854.81, note: '+1+1' },
	{ name: '合计', amount: null, note: '\t-x' },
];

/** The files of a ZIP (an XLSX), read from its central directory. */
function unzip(buf: Buffer): Map<string, string> {
	const files = new Map<string, string>();
	const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	let p = buf.readUInt32LE(eocd + 16);
	for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
		const method = buf.readUInt16LE(p + 10);
		const size = buf.readUInt32LE(p + 20);
		const nameLen = buf.readUInt16LE(p + 28);
		const extraLen = buf.readUInt16LE(p + 30);
		const commentLen = buf.readUInt16LE(p + 32);
		const local = buf.readUInt32LE(p + 42);
		const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
		const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		const data = buf.subarray(start, start + size);
		files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
		p += 46 + nameLen + extraLen + commentLen;
	}
	return files;
}

describe('table downloads', () => {
	it('CSV: formula-like text neutralised, numbers and plain-number text as they were', () => {
		const csv = csvText(ROWS, COLUMNS);
		expect(csv.split('\r\n')).toEqual([
			'\uFEFF名称,金额,说明',
			`"'=HYPERLINK(""http://evil"",""点我"")",-3.46,"-1,234.56"`,
			"'@SUM(1+1),2854.81,'+1+1",
			"合计,,'\t-x",
			'',
		]);
	});

	it('XLSX: the same cells, numbers as numeric cells', async () => {
		const blob = await xlsxBlob(ROWS, COLUMNS);
		const files = unzip(Buffer.from(await blob.arrayBuffer()));
		const sheet = [...files].find(([name]) => /worksheets\/sheet1\.xml$/.test(name))![1];
		const shared = files.get('xl/sharedStrings.xml') ?? '';
		const xml = sheet + shared;
		const unescape = (s: string) =>
			s
				.replace(/&quot;/g, '"')
				.replace(/&apos;/g, "'")
				.replace(/&amp;/g, '&');
		const text = unescape(xml);
		expect(text).toContain(`'=HYPERLINK("http://evil","点我")`);
		expect(text).toContain("'@SUM(1+1)");
		expect(text).toContain("'+1+1");
		expect(text).toContain("'\t-x");
		// Plain-number text untouched; no cell anywhere starts with a bare formula character.
		expect(text).toContain('>-1,234.56<');
		expect(text).not.toMatch(/>[=+@]/);
		// The numbers are numeric cells (no t="s" / t="inlineStr"), -3.46 negative as it was.
		const numeric = [...sheet.matchAll(/<c ([^>]*)><v>([^<]*)<\/v><\/c>/g)]
			.filter(([, attrs]) => !/\bt="/.test(attrs!))
			.map(([, , v]) => Number(v));
		expect(numeric).toEqual([-3.46, 2854.81]);
	});
});
