import { readFileSync } from 'node:fs';
import { parseFile } from '../../src/parse/index.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';
const f = process.argv[2]!;
const n = Number(process.argv[3]);
const r = await parseFile(readFileSync(f), 'x.pdf', { pdf: nodePdf });
console.log(JSON.stringify(r.layout!.lines[n - 1]));
