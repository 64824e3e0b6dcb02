/** Dev aid: where the time goes for one PDF (extraction, layout, the rest), medians of 5. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractText } from '../../src/parse/pdf/extract.js';
import { pdfLines } from '../../src/parse/pdf/layout.js';
import { parseFile } from '../../src/parse/index.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';

const file = process.argv[2]!;
const bytes = new Uint8Array(readFileSync(file));
const lib = await nodePdf();
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ex: number[] = [],
	lay: number[] = [],
	all: number[] = [];
for (let i = 0; i < 5; i++) {
	let t = performance.now();
	const pdf = await extractText(bytes, lib);
	ex.push(performance.now() - t);
	if (!pdf.ok) throw new Error(pdf.reason);
	t = performance.now();
	pdfLines(pdf.pages);
	lay.push(performance.now() - t);
	t = performance.now();
	await parseFile(bytes, basename(file), { pdf: nodePdf });
	all.push(performance.now() - t);
}
console.log(
	`extract ${med(ex).toFixed(0)} ms, layout ${med(lay).toFixed(0)} ms, parseFile ${med(all).toFixed(0)} ms`,
);
