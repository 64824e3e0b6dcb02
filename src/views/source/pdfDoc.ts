/**
 * The PDF the viewer shows, opened with PDF.js on the main thread (its core in PDF.js's own worker,
 * one for the viewer's lifetime). The last document opened is kept, so stepping through its pages
 * or reopening it loads nothing again; opening another one releases it.
 */
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import { loadPdfJs } from '../../lib/pdfEngine.browser.js';
import { loadPdf } from './sourceDoc.js';
import type { PdfLayout } from './layout.js';

export type OpenPdf = { layout: PdfLayout; doc: PDFDocumentProxy };

let worker: PDFWorker | null = null;
let last: { docId: string; open: Promise<OpenPdf> } | null = null;

export function openPdf(docId: string): Promise<OpenPdf> {
	if (last?.docId === docId) return last.open;
	const previous = last;
	const open = load(docId);
	last = { docId, open };
	// A failed load is not kept: the next attempt starts again.
	open.catch(() => last?.open === open && (last = null));
	previous?.open.then((p) => p.doc.loadingTask.destroy()).catch(() => undefined);
	return open;
}

async function load(docId: string): Promise<OpenPdf> {
	const [pdfjs, { layout, bytes }] = await Promise.all([loadPdfJs(), loadPdf(docId)]);
	worker ??= new pdfjs.PDFWorker();
	const doc = await pdfjs.getDocument({ data: bytes, worker }).promise;
	return { layout, doc };
}
