/**
 * Regenerates src/parse/economicCodes.json: every (name → code) pair of the economic classification
 * that the documents in data/raw print with codes (main tables only, not approval copies, whose
 * digits are often misread). Run with `npm run dictionary` after adding documents.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/parse/decode.js';
import { toLines } from '../src/parse/lines.js';
import { segment } from '../src/parse/segment.js';
import { ECONOMIC_CODE } from '../src/parse/classification.js';
import { economicKey } from '../src/parse/economicDictionary.js';

const root = join(import.meta.dirname, '..');
const raw = join(root, 'data/raw');
const dict = new Map<string, Set<string>>();
for (const f of readdirSync(raw).filter((f) => !f.startsWith('.') && f !== 'README.md')) {
	const decoded = decode(readFileSync(join(raw, f)));
	if (!decoded.ok) continue;
	for (const section of segment(toLines(decoded.text)).sections) {
		if (section.kind !== 'economic' || section.approval) continue;
		for (const line of section.lines) {
			line.cells.forEach((cell, i) => {
				const name = line.cells[i + 1]?.replace(/\s+/g, '');
				if (!ECONOMIC_CODE.test(cell) || !name || /^[\d.,—-]*$/.test(name)) return;
				const key = economicKey(name);
				if (!dict.has(key)) dict.set(key, new Set());
				dict.get(key)!.add(cell);
			});
		}
	}
}
const out = Object.fromEntries(
	[...dict]
		.sort(([, a], [, b]) => [...a][0]!.localeCompare([...b][0]!))
		.map(([k, v]) => [k, [...v].sort()]),
);
writeFileSync(join(root, 'src/parse/economicCodes.json'), JSON.stringify(out, null, '\t') + '\n');
console.log(`economicCodes.json: ${Object.keys(out).length} names`);
