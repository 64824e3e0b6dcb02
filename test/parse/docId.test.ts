/**
 * doc_id is never empty: a file named only by its extension (`.txt`, `.md`) gets the first 16 hex
 * digits of its SHA-256; a normal name keeps its stem.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { docIdOf, parseDocument, tooLarge, MAX_BYTES } from '../../src/parse/index.js';
import { RAW_DIR } from '../golden/helpers.js';

const seed = readdirSync(RAW_DIR).find((f) => f.startsWith('000_') && f.endsWith('.txt'))!;

describe('doc_id', () => {
	it('is the file name without folder and extension', () => {
		expect(docIdOf('data/raw/000_3a49b5f3b2c691e0.txt')).toBe('000_3a49b5f3b2c691e0');
		expect(docIdOf('C:\\docs\\阳泉 2024.预算.pdf')).toBe('阳泉 2024.预算');
		expect(docIdOf('noext')).toBe('noext');
	});

	it('falls back to the first 16 hex digits of the SHA-256 when the name has no stem', () => {
		const sha = 'ab'.repeat(32);
		for (const name of ['.txt', '.md', 'folder/.txt', '.', ''])
			expect(docIdOf(name, sha), name).toBe('ab'.repeat(8));
		// Without the bytes' hash (a file refused for its size), a hash of the name: still 16 hex.
		expect(docIdOf('.txt')).toMatch(/^[0-9a-f]{16}$/);
		expect(docIdOf('.txt')).not.toBe(docIdOf('.md'));
	});

	it('is never empty for a document named `.txt`, parsed or rejected', () => {
		const parsed = parseDocument(readFileSync(join(RAW_DIR, seed)), '.txt');
		const doc = parsed.documents[0]!;
		expect(doc.status).toBe('parsed');
		expect(doc.doc_id).toBe(doc.sha256!.slice(0, 16));
		expect(parsed.functional_items.length).toBeGreaterThan(0);
		for (const r of [...parsed.functional_items, ...parsed.validation_issues])
			expect(r.doc_id).toBe(doc.doc_id);

		const rejected = parseDocument(new Uint8Array(0), '.md');
		expect(rejected.documents[0]!.status).toBe('rejected');
		expect(rejected.documents[0]!.doc_id).toBe(rejected.documents[0]!.sha256!.slice(0, 16));
		expect(rejected.validation_issues[0]!.doc_id).toBe(rejected.documents[0]!.doc_id);

		expect(tooLarge('.txt', MAX_BYTES + 1).documents[0]!.doc_id).toMatch(/^[0-9a-f]{16}$/);
	});
});
