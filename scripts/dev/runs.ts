/** Dev aid: the PDF.js text runs of a PDF whose text matches a pattern, with page and index (npx tsx scripts/dev/runs.ts FILE REGEX) — what test/parse/reviewPlanted.test.ts edits. */
import { readFileSync } from 'node:fs';
import { extractText } from '../../src/parse/pdf/extract.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';
const pdf = await extractText(new Uint8Array(readFileSync(process.argv[2]!)), await nodePdf());
if (!pdf.ok) throw new Error();
const re = new RegExp(process.argv[3]!);
pdf.pages.forEach((p, i) =>
	p.runs.forEach((r, k) => {
		if (re.test(r.str)) console.log(`p${i + 1} #${k}`, JSON.stringify(r.str).slice(0, 100));
	}),
);
