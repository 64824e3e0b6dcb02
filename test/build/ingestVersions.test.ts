/**
 * Ingest and document identity: a byte-identical copy under another name is loaded once and reported
 * ("已存在：…"); two different files claiming the same disclosure (阳泉市司法局 2023 决算: the seed and
 * a copy with one figure corrected) are both loaded and each flagged as a conflicting version, naming
 * the other and the one the views count by default (the last loaded).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseFiles, type Parsed } from '../../src/build/ingest.node.js';
import { RAW_DIR, idOfFile } from '../golden/helpers.js';

const SEED = readdirSync(RAW_DIR).find((f) => /^001_.*\.txt$/.test(f))!;
const OTHER = readdirSync(RAW_DIR).find((f) => /^003_.*\.txt$/.test(f))!;
const dir = mkdtempSync(join(tmpdir(), 'ingest-versions-'));
let parsed: Parsed;

beforeAll(async () => {
	mkdirSync(join(dir, 'sub'));
	copyFileSync(join(RAW_DIR, SEED), join(dir, 'a.txt'));
	copyFileSync(join(RAW_DIR, SEED), join(dir, 'sub', 'a.txt')); // same name, same bytes
	copyFileSync(join(RAW_DIR, SEED), join(dir, 'copy.md')); // other name, same bytes
	copyFileSync(join(RAW_DIR, OTHER), join(dir, 'other.txt'));
	// A corrected re-issue: the same disclosure, one more line of text, so other bytes.
	const text = readFileSync(join(RAW_DIR, SEED), 'utf8');
	writeFileSync(join(dir, 'reissued.txt'), `${text}\n（更正版）\n`);
	parsed = await parseFiles(
		['a.txt', 'sub/a.txt', 'copy.md', 'other.txt', 'reissued.txt'].map((f) => join(dir, f)),
	);
}, 60_000);

describe('ingest: one identity per document', () => {
	it('loads a byte-identical copy once and reports each copy', () => {
		const id = idOfFile(join(RAW_DIR, SEED));
		const docs = parsed.dataset.documents;
		expect(docs.filter((d) => d.doc_id === id)).toHaveLength(1);
		expect(docs.find((d) => d.doc_id === id)!.source_file).toBe('a.txt');
		const copies = parsed.dataset.validation_issues.filter((v) => v.check === 'duplicate_copy');
		expect(copies.map((v) => v.message)).toEqual([
			'已存在：a.txt 与 a.txt 字节相同，只载入一次',
			'已存在：copy.md 与 a.txt 字节相同，只载入一次',
		]);
		expect(copies.every((v) => v.doc_id === id && v.severity === 'info')).toBe(true);
		// No row of the copies: 三公 figures of the seed appear once (12.65 万元, its 2023 total).
		const totals = parsed.dataset.three_public.filter(
			(r) =>
				r.doc_id === id && r.source === 'table' && r.basis === 'final' && r.category === 'total',
		);
		expect(totals.map((r) => r.amount)).toEqual([12.65]);
		// doc_ids are unique.
		expect(new Set(docs.map((d) => d.doc_id)).size).toBe(docs.length);
	});

	it('keeps two versions of one disclosure and flags both, the last one counted by default', () => {
		const docs = parsed.dataset.documents;
		expect(docs.map((d) => d.source_file)).toEqual(['a.txt', 'other.txt', 'reissued.txt']);
		const flags = parsed.dataset.validation_issues.filter((v) => v.check === 'conflicting_version');
		expect(flags.map((v) => v.source_file)).toEqual(['a.txt', 'reissued.txt']);
		for (const f of flags) {
			expect(f.severity).toBe('warning');
			expect(f.family).toBe('file');
			expect(f.message).toContain('阳泉市司法局 2023 年决算');
			expect(f.message).toContain('默认最后载入的 reissued.txt');
		}
		expect(flags[0]!.message).toContain('（reissued.txt）');
		expect(flags[1]!.message).toContain('（a.txt）');
		// The 承德 budget is not a version of anything.
		expect(
			parsed.dataset.validation_issues.some(
				(v) => v.source_file === 'other.txt' && v.check === 'conflicting_version',
			),
		).toBe(false);
	});
});
