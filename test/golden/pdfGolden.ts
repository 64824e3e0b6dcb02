/**
 * What every golden test of a PDF checks the same way: its rows by table, its figures, and that each
 * row carries a page and a box on that page. One factory per document, so that each test file holds
 * only the figures read by hand from its pages.
 */
import { expect } from 'vitest';
import { join } from 'node:path';
import { RAW_DIR, idOfFile, one, rows } from './helpers.js';
import type { Dataset, FunctionalItem } from '../../src/schema/tables.js';

export type PdfDoc = {
	/** The document's file name in data/raw/. */
	file: string;
	/** The entity its rows are about. */
	dept: string;
	pages: number;
	/** Width and height of a page in points. */
	size: (page: number) => [number, number];
};

export type Located = { page?: number | null; box?: string | null };
export type Expect = { t: string; code: string; level: number; page: number; name: string };
export type Cells = { amounts: Record<string, number>; blank: string[]; zero: string[] };

/** The helpers of one PDF's golden test; `data` returns the dataset its beforeAll loaded. */
export function pdfGolden(opts: PdfDoc, data: () => Dataset) {
	const doc = idOfFile(join(RAW_DIR, opts.file));
	const close = (a: number | null | undefined, b: number, tol = 0.005): boolean =>
		a != null && Math.abs(a - b) <= tol;
	/** Whitespace dropped and full-width parentheses folded: cosmetic differences only. */
	const squash = (s: string | null): string =>
		(s ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
	const mine = <T extends { doc_id: string }>(all: T[]): T[] => all.filter((r) => r.doc_id === doc);
	const fi = (w: Partial<FunctionalItem>) => one(data(), 'functional_items', { doc_id: doc, ...w });
	const fis = (w: Partial<FunctionalItem>) =>
		rows(data(), 'functional_items', { doc_id: doc, ...w });
	const fig = (metric: string) => rows(data(), 'figures', { doc_id: doc, metric });
	/** The metric's figures the narrative states on `page`. */
	const told = (metric: string, page: number) =>
		fig(metric).filter((r) => r.source === 'narrative' && r.page === page);
	/** Some figure the narrative states or implies has the value `v`. */
	const narrated = (v: number): boolean =>
		mine(data().figures).some((r) => r.source === 'narrative' && close(r.value, v));
	/** The whitespace-separated words of each line. */
	const words = (text: string): string[][] =>
		Array.from(text.trim().split('\n'), (l) => l.trim().split(/\s+/));
	/** 'a=1 b=2 c' (or its words) → { a: 1, b: 2 } */
	const kv = (cells: string | string[]): Record<string, number> =>
		Object.fromEntries(
			Array.from(String(cells).matchAll(/([^\s,=]+)=([\d.]+)/g), (m) => [m[1]!, +m[2]!]),
		);

	/** The row has a page of this PDF and a box inside it; with `at`, the box holds that point (±3 pt). */
	function expectLocated(r: Located, page?: number, at?: [number, number]): void {
		const what = JSON.stringify(r);
		expect(Number.isInteger(r.page) && r.page! >= 1 && r.page! <= opts.pages, what).toBe(true);
		if (page !== undefined) expect(r.page, what).toBe(page);
		const [w, h] = opts.size(r.page!);
		const b = (r.box ?? '').split(',').map(Number);
		expect(b.length === 4 && b.every(Number.isFinite), what).toBe(true);
		const [x0, y0, x1, y1] = b as [number, number, number, number];
		expect(0 <= x0 && x0 < x1 && x1 <= w + 0.5 && 0 <= y0 && y0 < y1 && y1 <= h + 0.5, what).toBe(
			true,
		);
		if (at) {
			const [x, y] = at;
			expect(x0 - 3 <= x && x <= x1 + 3 && y0 - 3 <= y && y <= y1 + 3, what).toBe(true);
		}
	}

	/**
	 * Functional expectations, one per line: table_key code level page name, then `measure=万元` per
	 * filled cell, `-measure` per blank cell (no row) and `~measure` per cell printed as 0 (no row or 0).
	 */
	function spec(text: string): [string, Expect, Cells][] {
		return words(text).map(([t, code, level, page, name, ...cells]) => {
			const amounts = kv(cells.join(' '));
			const marked = (m: string) => cells.filter((c) => c[0] === m).map((c) => c.slice(1));
			const e = { t: t!, code: code!, level: Number(level), page: Number(page), name: name! };
			return [`${t} ${code} ${name}`, e, { amounts, blank: marked('-'), zero: marked('~') }];
		});
	}

	function checkFunctional(e: Expect, { amounts, blank, zero }: Cells): void {
		for (const [measure, amount] of Object.entries(amounts)) {
			const r = fi({ table_key: e.t, code: e.code, measure });
			expect(r.amount, measure).toBeCloseTo(amount, 2);
			expect(squash(r.name)).toBe(squash(e.name));
			expect(r.level).toBe(e.level);
			expect(r.entity).toBe(opts.dept);
			expectLocated(r, e.page);
		}
		for (const m of blank) expect(fis({ table_key: e.t, code: e.code, measure: m }), m).toEqual([]);
		for (const m of zero)
			for (const r of fis({ table_key: e.t, code: e.code, measure: m }))
				expect(r.amount, m).toBe(0);
	}

	return {
		doc,
		close,
		squash,
		mine,
		fi,
		fis,
		fig,
		told,
		narrated,
		words,
		kv,
		expectLocated,
		spec,
		checkFunctional,
	};
}
