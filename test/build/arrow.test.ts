/**
 * Rows → Arrow, the way the page adds imported documents to the engine and ingest writes `.arrow`
 * files: every value comes back as it went in (strings with CJK text, empty strings, nulls, numbers
 * with decimals, integers), for every table of the bundled documents and for an empty table. Built
 * without apache-arrow's Function()-compiling builders, which the page's CSP forbids.
 */
import { describe, it, expect } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { toArrowIPC } from '../../src/schema/arrow.js';
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
});
