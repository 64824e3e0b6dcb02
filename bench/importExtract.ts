/**
 * Page side of npm run bench:import's own PDF.js measurements, built by the bench into
 * dist/bench-import/ and loaded into the running app page: sets `window.__benchImport`.
 *   worker(mode, bytes) — PDF.js in a worker built and loaded as the app's parse worker is
 *                          (bench/importExtract.worker.ts);
 *   mainThread(bytes, keep) — PDF.js as the page's source viewer loads it (its core in PDF.js's
 *                          own worker: a new one per document, or with `keep` one kept warm),
 *                          every page's text content: references.
 */
import { loadPdfJs } from '../src/lib/pdfEngine.browser.js';
import type { BenchReply, BenchRequest } from './importExtract.worker.js';

let worker: Worker | null = null;

function run(mode: BenchRequest['mode'], name: string, bytes: Uint8Array) {
	worker ??= new Worker(new URL('./importExtract.worker.ts', import.meta.url), {
		type: 'module',
		name: 'bench-extract',
	});
	const w = worker;
	return new Promise<BenchReply & { clone?: number }>((resolve, reject) => {
		w.onmessage = (e: MessageEvent<BenchReply>) => {
			const r = e.data;
			// PDF.js's core, loaded into this worker, also announces itself on the worker's port
			// ({ action: 'ready' }, as in the app's parse worker): not a reply.
			if (!r || typeof r !== 'object' || !('mode' in r)) return;
			if (r.mode === 'parse')
				resolve({
					...r,
					result: null,
					clone: performance.timeOrigin + performance.now() - r.postedAt,
				});
			else resolve(r);
		};
		w.onerror = (e) => reject(new Error(e.message));
		const copy = new Uint8Array(bytes);
		w.postMessage({ mode, name, bytes: copy } satisfies BenchRequest, [copy.buffer]);
	});
}

let kept: import('pdfjs-dist').PDFWorker | null = null;

/** `keep`: reuse one PDF.js worker across calls (warm) instead of PDF.js's default, a new one each. */
async function mainThread(bytes: Uint8Array, keep = false) {
	const lib = await loadPdfJs();
	if (keep) kept ??= new lib.PDFWorker();
	const t = performance.now();
	const doc = await lib.getDocument({
		data: new Uint8Array(bytes),
		verbosity: 0,
		...(keep ? { worker: kept! } : {}),
	}).promise;
	for (let i = 1; i <= doc.numPages; i++) await (await doc.getPage(i)).getTextContent();
	const ms = performance.now() - t;
	await doc.loadingTask.destroy();
	return { ms };
}

(window as unknown as { __benchImport: unknown }).__benchImport = { worker: run, mainThread };
