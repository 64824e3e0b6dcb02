// Dev: print the rows a document parses into: npx tsx scripts/dev/dump.ts FILE [TABLE] [LIMIT]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocument } from '../../src/parse/index.js';

const [file, only, limit = '400'] = process.argv.slice(2);
const ds = parseDocument(readFileSync(file!), basename(file!));
for (const [k, v] of Object.entries(ds)) {
	if (only && k !== only) continue;
	console.log(`== ${k} (${(v as unknown[]).length})`);
	for (const r of (v as object[]).slice(0, Number(limit))) console.log(JSON.stringify(r));
}
