/**
 * Rows → Arrow, the way the page adds imported documents to the engine and ingest writes `.arrow`
 * files: every value comes back as it went in (strings with CJK text, empty strings, nulls, numbers
 * with decimals, integers), for every table of the bundled documents and for an empty table. Built
 * without apache-arrow's Function()-compiling builders, which the page's CSP forbids.
 */
import { describe, it, expect } from 'vitest';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { joinStreams, toArrowIPC, toArrowStreams } from '../../src/schema/arrow.js';
import { TABLES, TABLE_NAMES, emptyDataset } from '../../src/schema/tables.js';
import { load } from '../golden/helpers.js';

const roundTrip = (ds: ReturnType<typeof load>, t: (typeof TABLE_NAMES)[number]) =>
	tableFromIPC(toArrowIPC(ds, t))
		.toArray()
		.map((r) => r.toJSON() as Record<string, unknown>);

describe('toArrowTable', () => {
	it('gives back every value of every table of the five text documents', () => {
		for (const prefix of ['000', '001', '002', '003', '004']) {
			const ds = load(prefix);
			for (const t of TABLE_NAMES) {
				const want = (ds[t] as Record<string, unknown>[]).map((r) =>
					Object.fromEntries(TABLES[t].map((c) => [c.name, r[c.name] ?? null])),
				);
				expect(roundTrip(ds, t), `${prefix} ${t}`).toEqual(want);
			}
		}
	});

	it('keeps an empty string apart from a null, and reads an empty table', () => {
		const ds = emptyDataset();
		const base = load('003').documents[0]!;
		ds.documents.push({ ...base, title: '', city: null, fiscal_year: 0, line_count: 2147483647 });
		const [row] = roundTrip(ds, 'documents');
		expect(row).toMatchObject({ title: '', city: null, fiscal_year: 0, line_count: 2147483647 });
		expect(roundTrip(emptyDataset(), 'functional_items')).toEqual([]);
	});

	it('encodes every kind of character: ASCII, Latin, CJK, astral, and a lone surrogate as U+FFFD', () => {
		const ds = emptyDataset();
		const base = load('003').documents[0]!;
		const titles = ['a', 'é½', '阳泉市司法局', '𠮷野家😀', 'x\ud800y', '\udc00', ''];
		for (const title of titles) ds.documents.push({ ...base, title });
		expect(roundTrip(ds, 'documents').map((r) => r.title)).toEqual([
			'a',
			'é½',
			'阳泉市司法局',
			'𠮷野家😀',
			'x\ufffdy',
			'\ufffd',
			'',
		]);
	});

	it('joins the streams of several documents, and leaves out one of an older shape', () => {
		const a = toArrowStreams(load('000'));
		const b = toArrowStreams(load('003'));
		const old = tableToIPC(tableFromIPC(b.functional_items!).select(['doc_id', 'code']), 'stream');
		const stale: number[] = [];
		const joined = joinStreams(
			[a.functional_items, old, b.functional_items],
			'functional_items',
			(i) => stale.push(i),
		)!;
		expect(stale).toEqual([1]);
		const docs = joined.toArray().map((r) => (r.toJSON() as { doc_id: string }).doc_id);
		expect(docs).toHaveLength(
			load('000').functional_items.length + load('003').functional_items.length,
		);
		expect(new Set(docs)).toEqual(
			new Set([load('000').documents[0]!.doc_id, load('003').documents[0]!.doc_id]),
		);
		// A table no document has: nothing to insert.
		expect(joinStreams([undefined, undefined], 'projects', () => undefined)).toBeNull();
	});
});
