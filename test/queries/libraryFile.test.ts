/**
 * The library file: documents' bytes (checked by SHA-256), import times, version picks and reviewer
 * marks; a damaged entry is named and the rest kept; a file from a newer app or not a library is
 * refused in words.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLibrary, encodeLibrary, isLibraryFile } from '../../src/lib/libraryFile.js';
import { RAW_DIR } from '../golden/helpers.js';

const pdf = readFileSync(join(RAW_DIR, '上海市普陀区财政局_2024_部门决算.pdf'));
const txt = readFileSync(join(RAW_DIR, '003_118d383ccab95c06.txt'));
const review = { status: 'reviewed' as const, note: '核对无误', at: '2026-12-01T08:00:00.000Z' };
const lib = {
	documents: [
		{ name: '财政局.pdf', imported_at: '2026-12-01T08:00:00.000Z', bytes: new Uint8Array(pdf) },
		{ name: '承德.txt', imported_at: '2026-12-02T08:00:00.000Z', bytes: new Uint8Array(txt) },
	],
	choices: [['阳泉市司法局|department|2023|final_account', 'abc']] as [string, string][],
	reviews: [['abc|cross_table|12|msg', review]] as [string, typeof review][],
};

describe('library file', () => {
	it('gives back every byte, time, pick and mark', () => {
		const text = encodeLibrary(lib, '2026-12-02T09:00:00.000Z');
		expect(isLibraryFile(text.slice(0, 200))).toBe(true);
		const back = decodeLibrary(text);
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.damaged).toEqual([]);
		expect(back.documents.map((d) => d.name)).toEqual(['财政局.pdf', '承德.txt']);
		expect(Buffer.from(back.documents[0]!.bytes).equals(pdf)).toBe(true);
		expect(Buffer.from(back.documents[1]!.bytes).equals(txt)).toBe(true);
		expect(back.documents[1]!.imported_at).toBe('2026-12-02T08:00:00.000Z');
		expect(back.choices).toEqual(lib.choices);
		expect(back.reviews).toEqual(lib.reviews);
	});

	it('names a damaged document and keeps the others', () => {
		const o = JSON.parse(encodeLibrary(lib));
		o.documents[0].bytes = o.documents[0].bytes.replace(/^.{8}/, 'AAAAAAAA');
		const back = decodeLibrary(JSON.stringify(o));
		expect(back.ok && back.damaged).toEqual(['财政局.pdf']);
		expect(back.ok && back.documents.map((d) => d.name)).toEqual(['承德.txt']);
	});

	it('refuses what is not a library, a truncated file and a newer format, in words', () => {
		const text = encodeLibrary(lib);
		expect(decodeLibrary(text.slice(0, text.length / 2))).toEqual({
			ok: false,
			reason: '不是有效的文档库文件（JSON 无法读取，文件可能不完整）',
		});
		expect(decodeLibrary('{"a":1}')).toEqual({ ok: false, reason: '不是预决算透视的文档库文件' });
		const newer = { ...JSON.parse(text), version: 9 };
		expect(decodeLibrary(JSON.stringify(newer))).toMatchObject({ ok: false });
		expect(isLibraryFile('{"doc": 1}')).toBe(false);
	});
});
