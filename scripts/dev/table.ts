/** Dev aid: one section's lines after code joining, as the table readers see them (FILE KIND). */
import { readFileSync } from 'node:fs';
import { extractText } from '../../src/parse/pdf/extract.js';
import { pdfLines } from '../../src/parse/pdf/layout.js';
import { segment } from '../../src/parse/segment.js';
import { joinCodeColumns } from '../../src/parse/codeColumns.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';

const [file, kind] = process.argv.slice(2);
const pdf = await extractText(new Uint8Array(readFileSync(file!)), await nodePdf());
if (!pdf.ok) throw new Error(pdf.reason);
for (const s of segment(pdfLines(pdf.pages).lines).sections.filter((x) => x.kind === kind)) {
	console.log(`== ${s.titleLine} ${s.title}`);
	for (const l of joinCodeColumns(s).lines)
		console.log(String(l.no).padStart(4), JSON.stringify(l.cells));
}
