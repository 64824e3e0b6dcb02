/**
 * PDF.js for Node: the legacy build, which runs without a DOM. Node 20 lacks Promise.withResolvers,
 * which PDF.js 6 calls; a polyfill is installed before the import.
 */
import type { PdfEngine, PdfLib } from '../parse/pdf/engine.js';

let lib: Promise<PdfLib> | null = null;

export const nodePdf: PdfEngine = () => {
	if (!lib) {
		const P = Promise as unknown as { withResolvers?: unknown };
		if (!P.withResolvers) {
			P.withResolvers = function withResolvers<T>() {
				let resolve!: (v: T) => void;
				let reject!: (e: unknown) => void;
				const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
				return { promise, resolve, reject };
			};
		}
		lib = import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfLib>;
	}
	return lib;
};
