/**
 * The worker npm run bench:import times PDF.js in: built by Vite the way the app's parse worker is
 * (src/lib/parseWorker.ts) and loading PDF.js the same way (src/lib/pdfEngine.browser.ts: the
 * library and its core in this one thread). Modes:
 *   bare    — the library alone: getDocument, then every page's getTextContent (the target's yardstick);
 *   parse   — what the import's worker does, step by step: SHA-256, extractText (PDF.js + our runs),
 *             parsePdfText (lines, tables, rows, checks, provenance); the result is posted back so the
 *             page can time the structured clone too.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { loadPdfJs } from '../src/lib/pdfEngine.browser.js';
import { extractText } from '../src/parse/pdf/extract.js';
import { parsePdfText } from '../src/parse/index.js';

export type BenchRequest = { mode: 'bare' | 'parse'; name: string; bytes: Uint8Array };
export type BenchReply =
	| { mode: 'bare'; load: number; ms: number; pages: number; items: number }
	| {
			mode: 'parse';
			load: number;
			hash: number;
			extract: number;
			parse: number;
			status: string;
			/** Worker's absolute time (timeOrigin + now) just before posting the result. */
			postedAt: number;
			result: unknown;
	  };

type Scope = {
	onmessage: ((e: MessageEvent<BenchRequest>) => void) | null;
	postMessage(message: BenchReply): void;
};
const scope = self as unknown as Scope;

scope.onmessage = async (e) => {
	const { mode, name, bytes } = e.data;
	let t = performance.now();
	const lib = await loadPdfJs();
	const load = performance.now() - t;
	if (mode === 'bare') {
		t = performance.now();
		const doc = await lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
		let items = 0;
		for (let i = 1; i <= doc.numPages; i++)
			items += (await (await doc.getPage(i)).getTextContent()).items.length;
		const pages = doc.numPages;
		await doc.loadingTask.destroy();
		scope.postMessage({ mode, load, ms: performance.now() - t, pages, items });
		return;
	}
	t = performance.now();
	const hex = bytesToHex(sha256(bytes));
	const hash = performance.now() - t;
	t = performance.now();
	const pdf = await extractText(bytes, lib);
	const extract = performance.now() - t;
	if (!pdf.ok) throw new Error(pdf.reason);
	t = performance.now();
	const result = parsePdfText(pdf, name, hex);
	const parse = performance.now() - t;
	scope.postMessage({
		mode,
		load,
		hash,
		extract,
		parse,
		status: result.dataset.documents[0]!.status,
		postedAt: performance.timeOrigin + performance.now(),
		result,
	});
};
