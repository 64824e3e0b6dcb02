import { readFileSync } from 'node:fs';
import { extractText } from '../../src/parse/pdf/extract.js';
import { pagePhrases } from '../../src/parse/pdf/phrases.js';
import { rawLines, columnsOf } from '../../src/parse/pdf/grid.js';
import { median } from '../../src/parse/pdf/grid.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';
const [file, pg] = process.argv.slice(2);
const pdf = await extractText(new Uint8Array(readFileSync(file!)), await nodePdf());
if (!pdf.ok) throw 1;
const ph = pagePhrases(pdf.pages[Number(pg) - 1]!.runs);
const size = median(ph.map((p) => p.size));
const lines = rawLines(ph, size * 0.35);
for (const l of lines)
	console.log(
		l.y.toFixed(0),
		l.phrases
			.map((p) => `[${p.x0.toFixed(0)}-${p.x1.toFixed(0)}]${p.text}${p.amount ? '#' : ''}`)
			.join(' '),
	);
console.log(
	JSON.stringify(columnsOf(lines.slice(1))?.map((c) => [Math.round(c.x0), Math.round(c.x1)])),
);
