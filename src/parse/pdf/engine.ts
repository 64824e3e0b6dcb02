/**
 * The PDF library the parser reads text layers with (Mozilla's PDF.js). It is handed in by the caller
 * rather than imported here, because Node and the browser load it differently: Node the legacy build
 * (with a polyfill), the page the modern build with its worker served from our own origin.
 */
import type * as PdfJs from 'pdfjs-dist';

export type PdfLib = Pick<typeof PdfJs, 'getDocument' | 'Util'>;

/** Loads the PDF library once; called only when a PDF is parsed. */
export type PdfEngine = () => Promise<PdfLib>;
