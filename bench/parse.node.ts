/**
 * npm run bench:parse — time to parse all five seed documents, median of repeated runs, and the
 * throughput in MB/s. One core, in-process, bytes already in memory (the parser's own cost).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/parse/index.js';
import { reviewClock } from '../src/parse/review/index.js';

const raw = join(import.meta.dirname, '../data/raw');
const files = readdirSync(raw)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => ({ name: f, bytes: readFileSync(join(raw, f)) }));
const totalBytes = files.reduce((s, f) => s + f.bytes.length, 0);
const runs = Number(process.env.RUNS ?? 30);

const parseAll = () => {
	for (const f of files) parseDocument(f.bytes, f.name);
};
for (let i = 0; i < 5; i++) parseAll(); // warm-up: JIT
const times: number[] = [];
const reviewTimes: number[] = [];
const perFile = new Map<string, number[]>(files.map((f) => [f.name, []]));
for (let i = 0; i < runs; i++) {
	const r0 = reviewClock.ms;
	const t0 = performance.now();
	for (const f of files) {
		const t = performance.now();
		parseDocument(f.bytes, f.name);
		perFile.get(f.name)!.push(performance.now() - t);
	}
	times.push(performance.now() - t0);
	reviewTimes.push(reviewClock.ms - r0);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = median(times);
console.log(
	`parse all ${files.length} documents (${(totalBytes / 1024).toFixed(0)} KiB): median ${ms.toFixed(1)} ms over ${runs} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
);
console.log(
	`throughput: ${(totalBytes / 1048576 / (ms / 1000)).toFixed(2)} MB/s; target < 100 ms: ${ms < 100 ? 'met' : 'NOT met'}`,
);
for (const [name, ts] of perFile) console.log(`  ${name}: median ${median(ts).toFixed(1)} ms`);
// The 公开质量审查's own rules (completeness, form, wording, fund tables) inside those runs.
const shares = times.map((t, i) => reviewTimes[i]! / t);
console.log(
	`公开质量审查 rules: median ${median(reviewTimes).toFixed(1)} ms of each run = ${(median(shares) * 100).toFixed(1)} % of parsing; target < 20 %: ${median(shares) < 0.2 ? 'met' : 'NOT met'}`,
);

// PDFs: PDF.js's own text extraction against our work on the same file (lines, tables, rows,
// checks, provenance), each timed on its own, medians of the same number of runs.
const { parsePdfText } = await import('../src/parse/index.js');
const { extractText } = await import('../src/parse/pdf/extract.js');
const { nodePdf } = await import('../src/build/pdfEngine.node.js');
const lib = await nodePdf();
const pdfDir = join(import.meta.dirname, '../data/raw');
const pdfRuns = Number(process.env.PDF_RUNS ?? 5);
console.log(`\nPDF (median of ${pdfRuns} runs each; target: our work ≤ 0.25 × extraction)`);
for (const name of readdirSync(pdfDir).filter((f) => f.endsWith('.pdf'))) {
	const bytes = new Uint8Array(readFileSync(join(pdfDir, name)));
	const extract: number[] = [];
	const ours: number[] = [];
	for (let i = 0; i < pdfRuns; i++) {
		let t = performance.now();
		const pdf = await extractText(bytes, lib);
		extract.push(performance.now() - t);
		if (!pdf.ok) throw new Error(`${name}: ${pdf.reason}`);
		t = performance.now();
		parsePdfText(pdf, name, '');
		ours.push(performance.now() - t);
	}
	const e = median(extract);
	const o = median(ours);
	console.log(
		`  ${name}: extraction ${e.toFixed(0)} ms, ours ${o.toFixed(0)} ms = ${(o / e).toFixed(2)} × extraction`,
	);
}
