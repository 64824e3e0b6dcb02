/** Dev aid: every warning and error of the documents given, with family, place and both figures (npx tsx scripts/dev/findings.ts FILE…). */
import { readFileSync } from 'node:fs';
import { parseFile } from '../../src/parse/index.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';
for (const f of process.argv.slice(2)) {
	const { dataset: ds } = await parseFile(new Uint8Array(readFileSync(f)), f.split('/').pop()!, {
		pdf: nodePdf,
	});
	console.log('==', f.split('/').pop());
	for (const i of ds.validation_issues)
		if (i.severity !== 'info')
			console.log(
				'  ',
				i.severity,
				i.family,
				i.check,
				i.line,
				i.page,
				i.box,
				'|',
				i.table_a,
				i.value_a,
				i.table_b,
				i.value_b,
				i.line_b,
				i.page_b,
				i.box_b,
				'|',
				i.message.slice(0, 80),
			);
}
