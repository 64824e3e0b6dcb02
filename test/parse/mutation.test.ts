/**
 * Hundreds of randomly damaged copies of the seeds (lines dropped, swapped, duplicated, truncated,
 * bytes garbled, long runs of digits, blanks, commas, tabs inserted) never make the parser crash:
 * every copy gives a document row with a doc_id, finite amounts, lines within the copy, and no
 * 'parser_failure' (the internal safety net catching an exception is a failure here). Seeded, so a
 * failure names the seed that reproduces it; `npm run fuzz` runs many more.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/parse/index.js';
import { TABLES, TABLE_NAMES } from '../../src/schema/tables.js';
import { RAW_DIR } from '../golden/helpers.js';
import { rng } from '../fixtures/variants.js';

type Mutation = (bytes: Uint8Array, r: () => number) => Uint8Array;
const enc = new TextEncoder();
const dec = new TextDecoder();
const onLines =
	(f: (lines: string[], r: () => number) => void): Mutation =>
	(bytes, r) => {
		const lines = dec.decode(bytes).split('\n');
		f(lines, r);
		return enc.encode(lines.join('\n'));
	};
const pick = (r: () => number, n: number) => Math.floor(r() * n);

const MUTATIONS: Record<string, Mutation> = {
	dropLines: onLines((l, r) => {
		for (let k = 0; k < 1 + pick(r, 40); k++) l.splice(pick(r, l.length), 1 + pick(r, 5));
	}),
	swapLines: onLines((l, r) => {
		for (let k = 0; k < 1 + pick(r, 40); k++) {
			const i = pick(r, l.length);
			const j = pick(r, l.length);
			[l[i], l[j]] = [l[j]!, l[i]!];
		}
	}),
	duplicateLines: onLines((l, r) => {
		for (let k = 0; k < 1 + pick(r, 20); k++) {
			const i = pick(r, l.length);
			l.splice(i, 0, ...l.slice(i, i + 1 + pick(r, 30)));
		}
	}),
	truncate: (b, r) => b.subarray(0, pick(r, b.length)),
	garbleBytes: (b, r) => {
		const out = b.slice();
		for (let k = 0; k < 1 + pick(r, 200); k++) out[pick(r, out.length)] = pick(r, 256);
		return out;
	},
	splitCells: onLines((l, r) => {
		for (let k = 0; k < 1 + pick(r, 40); k++) {
			const i = pick(r, l.length);
			l[i] = l[i]!.replace(/\t/g, () => (r() < 0.3 ? '\t\t' : r() < 0.3 ? '' : '\t'));
		}
	}),
	// Pathological runs inside a line: the patterns must stay linear and every amount finite.
	runs: onLines((l, r) => {
		const kinds = ['1', '1,', ' ', '\t', '收', '-', '9.', '|'];
		for (let k = 0; k < 1 + pick(r, 4); k++) {
			const i = pick(r, l.length);
			const run = kinds[pick(r, kinds.length)]!.repeat(1000 + pick(r, 20000));
			const at = pick(r, l[i]!.length + 1);
			l[i] = l[i]!.slice(0, at) + run + l[i]!.slice(at);
		}
	}),
	digits: onLines((l, r) => {
		for (let k = 0; k < 1 + pick(r, 60); k++) {
			const i = pick(r, l.length);
			l[i] = l[i]!.replace(/\d/g, (d) => (r() < 0.2 ? String(pick(r, 10)) : r() < 0.05 ? 'O' : d));
		}
	}),
};

const seeds = readdirSync(RAW_DIR)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => ({ name: f, bytes: readFileSync(join(RAW_DIR, f)) }));
// 5 seeds × 8 mutations × 9 = 360 damaged copies in npm test; `npm run fuzz` sets FUZZ for more.
const PER_SEED_AND_KIND = Number(process.env.FUZZ ?? 9);

describe('damaged copies of the seeds', () => {
	for (const [kind, mutate] of Object.entries(MUTATIONS)) {
		it(`${kind}: never crashes, never writes a non-finite amount`, () => {
			for (const seed of seeds) {
				for (let n = 0; n < PER_SEED_AND_KIND; n++) {
					const s = seeds.indexOf(seed) * 1000 + n;
					const damaged = mutate(new Uint8Array(seed.bytes), rng(s));
					const ds = parseDocument(damaged, `${kind}-${s}-${seed.name}`);
					const where = `${kind} seed=${s} on ${seed.name}`;
					expect(ds.documents, where).toHaveLength(1);
					expect(ds.documents[0]!.doc_id, where).not.toBe('');
					// Every line a row points to is a line of the damaged copy.
					const lines = dec.decode(damaged).split('\n').length;
					for (const t of TABLE_NAMES)
						for (const row of ds[t] as { line?: number | null }[])
							if (typeof row.line === 'number')
								expect(row.line >= 1 && row.line <= lines, `${where} ${t}.line ${row.line}`).toBe(
									true,
								);
					expect(
						ds.validation_issues.filter((v) => v.check === 'parser_failure'),
						where,
					).toEqual([]);
					for (const t of TABLE_NAMES) {
						for (const row of ds[t] as Record<string, unknown>[]) {
							for (const c of TABLES[t]) {
								const v = row[c.name];
								if (c.type !== 'VARCHAR' && v !== null && v !== undefined)
									expect(Number.isFinite(v), `${where} ${t}.${c.name}`).toBe(true);
								if (!c.nullable) expect(v, `${where} ${t}.${c.name}`).not.toBeNull();
							}
						}
					}
				}
			}
		});
	}
});
