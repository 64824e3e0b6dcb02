/**
 * PDF.js for the page: the modern build, loaded only when a PDF is parsed or shown. Its worker
 * script is an asset of our own build (never a CDN). No cMaps or standard fonts are configured: the
 * disclosures embed their fonts with Identity-H encodings, so PDF.js fetches nothing else.
 *
 * On the main thread PDF.js runs its core in its own worker. Inside a worker (the import's parse
 * worker) PDF.js cannot start one (it reads `window.location`), so its core runs in that same
 * thread, loaded from the same asset — which is already off the main thread.
 */
import type * as PdfJs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfEngine } from '../parse/pdf/engine.js';

export type PdfJsModule = typeof PdfJs;

let lib: Promise<PdfJsModule> | null = null;

/** The whole PDF.js module, loaded once, its worker configured. */
export function loadPdfJs(): Promise<PdfJsModule> {
	lib ??= load();
	return lib;
}

async function load(): Promise<PdfJsModule> {
	const pdfjs = await import('pdfjs-dist');
	pdfjs.GlobalWorkerOptions.workerSrc = new URL(workerUrl, import.meta.url).href;
	if (typeof window === 'undefined') {
		// In a worker: give PDF.js its core directly (what its "fake worker" does, minus the warning).
		const g = globalThis as { pdfjsWorker?: unknown };
		g.pdfjsWorker ??= await import(/* @vite-ignore */ pdfjs.GlobalWorkerOptions.workerSrc);
	}
	return pdfjs;
}

/** The engine the parser is given in the browser (Node passes src/build/pdfEngine.node.ts). */
export const browserPdf: PdfEngine = loadPdfJs;
