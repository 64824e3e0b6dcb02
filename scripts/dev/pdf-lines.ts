/** Dev aid: print the lines the PDF adapter rebuilds from a PDF (npx tsx scripts/dev/pdf-lines.ts FILE [fromPage] [toPage]). */
import { readFileSync } from 'node:fs';
import { extractText } from '../../src/parse/pdf/extract.js';
import { pdfLines } from '../../src/parse/pdf/layout.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';

const [file, from = '1', to = '999'] = process.argv.slice(2);
const pdf = await extractText(new Uint8Array(readFileSync(file!)), await nodePdf());
if (!pdf.ok) throw new Error(pdf.reason);
const { lines } = pdfLines(pdf.pages);
for (const l of lines)
	if (l.page! >= Number(from) && l.page! <= Number(to))
		console.log(
			`${String(l.no).padStart(4)} p${l.page} ${l.cells.map((c) => c || '·').join(' | ')}`,
		);
