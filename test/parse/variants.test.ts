/**
 * The same disclosures in other layouts and encodings. Each of the five seed documents in data/raw/
 * is rewritten in memory (line endings, encodings, HTML / markdown wrapping, full-width digits,
 * thousands separators, stray spaces, watermarks, repeated page headers, the document printed twice)
 * and parsed again: the result must be the original's, row for row.
 *
 * Every transformation keeps a map from its output lines to the source lines they came from, so the
 * `line` of each row (and the line numbers quoted in findings) is translated back and compared too;
 * a row read from an inserted line (a repeated header, a watermark, the second copy of the document)
 * maps to nothing and shows up as a difference. Only the document row's `encoding` and `line_count`
 * may legitimately differ.
 *
 * The expected values are the parse of the untouched seed (the golden tests pin that one down figure
 * by figure); a few anchor figures read by hand from the documents guard against both being empty.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import type { Dataset } from '../../src/schema/tables.js';
import {
	encodeGbk,
	encodeUtf16,
	utf8,
	concat,
	sourceDoc,
	transforms,
	combined,
	combined2,
	isTitle,
} from '../fixtures/variants.js';

const RAW_DIR = join(import.meta.dirname, '../../data/raw');
const SEEDS = readdirSync(RAW_DIR)
	.filter((f) => f.endsWith('.txt'))
	.sort();

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

/** The dataset with every line number translated back to the source line, rows sorted. */
function normalise(ds: Dataset, from: readonly (number | null)[] = []): Record<string, string[]> {
	const back = (n: number | null | undefined): number | string | null => {
		if (n === null || n === undefined) return null;
		if (from.length === 0) return n;
		const src = from[n - 1];
		return src ?? `inserted line ${n}`;
	};
	const out: Record<string, string[]> = {};
	for (const [table, rows] of Object.entries(ds)) {
		out[table] = (rows as Record<string, unknown>[])
			.map((r) => {
				const o: Record<string, unknown> = { ...r };
				// The id is the bytes' hash: it differs by design between variants.
				delete o.doc_id;
				if (table === 'documents') {
					delete o.encoding;
					delete o.line_count;
					// The bytes and the adapter that read them differ by design between variants.
					delete o.sha256;
					delete o.format;
				}
				if ('line' in o) o.line = back(o.line as number | null);
				if ('eval_line' in o) o.eval_line = back(o.eval_line as number);
				if ('line_b' in o) o.line_b = back(o.line_b as number | null);
				if (typeof o.message === 'string')
					o.message = o.message.replace(
						/第 (\d+) 行/g,
						(_, n: string) => `第 ${back(Number(n))} 行`,
					);
				return JSON.stringify(o);
			})
			.sort();
	}
	return out;
}

const original = new Map<string, Dataset>();
const parseSeed = (file: string): Dataset => {
	let ds = original.get(file);
	if (!ds) {
		ds = parseDocument(readFileSync(join(RAW_DIR, file)), file);
		original.set(file, ds);
	}
	return ds;
};
const seedText = (file: string): string => readFileSync(join(RAW_DIR, file), 'utf8');

function expectSame(file: string, actual: Dataset, from?: readonly (number | null)[]): void {
	const want = normalise(parseSeed(file));
	const got = normalise(actual, from);
	for (const table of Object.keys(want))
		expect.soft(got[table], `${file}: ${table}`).toEqual(want[table]);
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe('the seeds themselves', () => {
	it('are five documents', () => expect(SEEDS).toHaveLength(5));

	// Anchor figures read by hand, so that "equivalent" never means "both empty".
	it.each<[string, string, string, number, number]>([
		['000', 'income', 'total', 2854.81, 171], // 2024年预算收入总表: '合计 _ 2854.81 2854.81'
		['001', 'expenditure', 'total', 3963.84, 214], // 支出决算表: '合计 _ 3,963.84 2,861.09 747.03 …'
		['002', 'expenditure', 'project', 85.41, 159], // 2025年预算支出总表: '合计 _ 1763.09 1677.68 85.41'
		['003', 'expenditure', 'basic', 3060.9, 167], // 部门预算支出总表: '1 _ 合计 4148.23 3060.90 1087.32'
	])(
		'%s parses with its figures (%s 合计 %s = %d, line %d)',
		(prefix, key, measure, amount, line) => {
			const file = SEEDS.find((f) => f.startsWith(prefix))!;
			const ds = parseSeed(file);
			expect(ds.documents[0]?.status).toBe('parsed');
			const row = ds.functional_items.find(
				(r) => r.table_key === key && r.code === '合计' && r.measure === measure,
			);
			expect(row).toMatchObject({ amount, line });
		},
	);

	it('004 parses its self-evaluations', () => {
		const ds = parseSeed(SEEDS.find((f) => f.startsWith('004'))!);
		expect(ds.performance_evals.length).toBeGreaterThan(5);
	});
});

describe.each(SEEDS)('%s', (file) => {
	const text = seedText(file);

	describe('bytes and encodings', () => {
		it('CRLF line endings', () => {
			expectSame(file, parseDocument(utf8(text.replace(/\r?\n/g, '\r\n')), file));
		});

		it('lone CR line endings', () => {
			expectSame(file, parseDocument(utf8(text.replace(/\r?\n/g, '\r')), file));
		});

		it('UTF-8 with a BOM', () => {
			const ds = parseDocument(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text)), file);
			expectSame(file, ds);
			expect(ds.documents[0]?.encoding).toMatch(/utf-8/);
		});

		it('GBK bytes', () => {
			const ds = parseDocument(encodeGbk(text), file);
			expectSame(file, ds);
			expect(ds.documents[0]?.encoding).toBe('gbk');
		});

		it('GBK bytes with CRLF', () => {
			expectSame(file, parseDocument(encodeGbk(text.replace(/\n/g, '\r\n')), file));
		});

		it('UTF-16LE and UTF-16BE with a BOM', () => {
			expectSame(file, parseDocument(encodeUtf16(text, false), file));
			expectSame(file, parseDocument(encodeUtf16(text, true), file));
		});

		it('UTF-16LE and UTF-16BE without a BOM', () => {
			const le = parseDocument(encodeUtf16(text, false, false), file);
			expectSame(file, le);
			expect(le.documents[0]?.encoding).toBe('utf-16le');
			const be = parseDocument(encodeUtf16(text, true, false), file);
			expectSame(file, be);
			expect(be.documents[0]?.encoding).toBe('utf-16be');
		});

		it('a JavaScript string (as the browser hands it over)', () => {
			expectSame(file, parseDocument(text, file));
			expectSame(file, parseDocument(`\uFEFF${text}`, file));
		});
	});

	describe('layouts', () => {
		it.each(Object.keys(transforms))('%s', (name) => {
			const doc = transforms[name]!(sourceDoc(text));
			// 004 holds self-evaluation forms only: no long table for a page break to fall in.
			if (!(name.startsWith('page') && file.startsWith('004'))) {
				expect(doc.lines.join('\n'), 'the transformation changes the text').not.toBe(
					sourceDoc(text).lines.join('\n'),
				);
			}
			expectSame(file, parseDocument(utf8(doc.lines.join('\n')), file), doc.from);
		});

		it('all layout changes at once, in GBK with CRLF', () => {
			const doc = combined(sourceDoc(text));
			expectSame(file, parseDocument(encodeGbk(doc.lines.join('\r\n')), file), doc.from);
		});

		it('another mix, in UTF-16LE without a BOM', () => {
			const doc = combined2(sourceDoc(text));
			expectSame(
				file,
				parseDocument(encodeUtf16(doc.lines.join('\n'), false, false), file),
				doc.from,
			);
		});
	});

	describe('the document printed more than once in one file', () => {
		it.each([2, 3])(
			'%i copies: every section kept once, the copies reported as duplicate_section',
			(copies) => {
				const src = sourceDoc(text);
				const lines = Array.from({ length: copies }, () => src.lines).flat();
				// The first copy's lines are the source lines; a row read from a later copy maps to nothing.
				const from = lines.map((_, i) => (i < src.lines.length ? i + 1 : null));
				const ds = parseDocument(utf8(lines.join('\n')), file);
				const n = src.lines.length;
				const later = ds.validation_issues.filter(
					(r) => r.check === 'duplicate_section' && (r.line ?? 0) > n,
				);
				// The later copies are reported, as findings that are not errors, each naming a line there.
				expect(later.length).toBeGreaterThan(0);
				for (const d of later) expect(d.severity).not.toBe('error');
				// Every table of the first copy is reported again in each later copy: at its title line, or
				// (a table the parser reads as prose) inside a repeated passage 正文第 A–B 行.
				const titles = src.lines.flatMap((l, i) =>
					isTitle(l) && !/绩效|自评/.test(l) ? [i + 1] : [],
				);
				const covers = (d: (typeof later)[number], line: number) => {
					const m = /正文第 (\d+)–(\d+) 行/.exec(d.message);
					return d.line === line || (m !== null && Number(m[1]) <= line && line <= Number(m[2]));
				};
				for (let k = 1; k < copies; k++) {
					for (const t of titles)
						expect(
							later.some((d) => covers(d, k * n + t)),
							`the copy of line ${t} at ${k * n + t}`,
						).toBe(true);
				}
				// Apart from those findings, the result is the first copy's, to the line.
				const withoutDups = {
					...ds,
					validation_issues: ds.validation_issues.filter((r) => !later.includes(r)),
				};
				expectSame(file, withoutDups, from);
			},
		);
	});
});
