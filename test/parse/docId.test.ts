/**
 * doc_id is the document's content: the first 16 hex digits of the SHA-256 of its bytes, whatever the
 * file is called. A byte-identical copy under another name is the same document; two files named
 * alike are two; a name made only of an extension changes nothing.
 */
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { docIdOf, parseDocument, tooLarge, MAX_BYTES } from '../../src/parse/index.js';
import { RAW_DIR } from '../golden/helpers.js';

const seed = readdirSync(RAW_DIR).find((f) => f.startsWith('000_') && f.endsWith('.txt'))!;
const bytes = readFileSync(join(RAW_DIR, seed));
// By hand: `sha256sum data/raw/000_*.txt` starts 9fe8ed7e4cfd394f.
const ID = '9fe8ed7e4cfd394f';

describe('doc_id', () => {
	it('is the first 16 hex digits of the SHA-256 of the bytes, never the name', () => {
		expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe(ID);
		for (const name of [seed, 'copy.txt', 'x.md', '.txt', '', 'C:\\docs\\阳泉 2024.预算.txt']) {
			const doc = parseDocument(bytes, name).documents[0]!;
			expect(doc.doc_id, name).toBe(ID);
			expect(doc.source_file, name).toBe(name);
		}
		expect(docIdOf('ab'.repeat(32))).toBe('ab'.repeat(8));
	});

	it('differs for files named alike whose bytes differ', () => {
		const edited = new Uint8Array([...bytes, 0x0a]);
		expect(parseDocument(edited, seed).documents[0]!.doc_id).not.toBe(ID);
	});

	it('is never empty, parsed or rejected, and every row carries it', () => {
		const parsed = parseDocument(bytes, '.txt');
		const doc = parsed.documents[0]!;
		expect(doc.status).toBe('parsed');
		for (const r of [...parsed.functional_items, ...parsed.validation_issues])
			expect(r.doc_id).toBe(ID);

		const rejected = parseDocument(new Uint8Array(0), '.md');
		expect(rejected.documents[0]!.status).toBe('rejected');
		expect(rejected.documents[0]!.doc_id).toBe(rejected.documents[0]!.sha256!.slice(0, 16));
		expect(rejected.validation_issues[0]!.doc_id).toBe(rejected.documents[0]!.doc_id);
	});

	it('of a file never read (too large) hashes its path, marked so it cannot equal a content id', () => {
		const a = tooLarge('big.txt', MAX_BYTES + 1, '/in/a/big.txt').documents[0]!.doc_id;
		const b = tooLarge('big.txt', MAX_BYTES + 1, '/in/b/big.txt').documents[0]!.doc_id;
		expect(a).toMatch(/^f[0-9a-f]{15}$/);
		expect(a).not.toBe(b);
	});
});
