/** Dev aid: the sections the segmenter finds in a document (npx tsx scripts/dev/sections.ts FILE). */
import { readFileSync } from 'node:fs';
import { extractText } from '../../src/parse/pdf/extract.js';
import { pdfLines } from '../../src/parse/pdf/layout.js';
import { toLines } from '../../src/parse/lines.js';
import { segment } from '../../src/parse/segment.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';

const file = process.argv[2]!;
const bytes = new Uint8Array(readFileSync(file));
let lines;
if (file.endsWith('.pdf')) {
	const pdf = await extractText(bytes, await nodePdf());
	if (!pdf.ok) throw new Error(pdf.reason);
	lines = pdfLines(pdf.pages).lines;
} else lines = toLines(new TextDecoder().decode(bytes));
const { sections } = segment(lines);
for (const s of sections)
	console.log(
		s.titleLine,
		s.kind,
		s.approval ? 'approval' : '',
		s.title,
		`(${s.lines.length} lines)`,
	);
