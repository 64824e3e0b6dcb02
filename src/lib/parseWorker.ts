/**
 * The parse worker: the same parser as ingest, off the main thread. Receives { id, name, bytes }
 * (bytes transferred), posts back { dataset, text, layout } — PDFs read with PDF.js, which runs
 * inside this worker too (src/lib/pdfEngine.browser.ts).
 */
import { parseFile } from '../parse/index.js';
import { browserPdf } from './pdfEngine.browser.js';
import type { ParseReply, ParseRequest } from './parseClient.js';
import { nativeSha256 } from './sha256.js';

type Scope = {
	onmessage: ((e: MessageEvent<ParseRequest>) => void) | null;
	postMessage(message: ParseReply): void;
};
const scope = self as unknown as Scope;

scope.onmessage = async (e) => {
	const { id, name, bytes } = e.data;
	const now = () => performance.timeOrigin + performance.now();
	const received = now();
	try {
		// The browser's own SHA-256 runs while PDF.js extracts (the digest copies the bytes when
		// called, so PDF.js may take them after).
		const sha256 = nativeSha256(bytes);
		const { dataset, text, layout } = await parseFile(bytes, name, {
			pdf: browserPdf,
			...(sha256 ? { sha256 } : {}),
		});
		scope.postMessage({ id, span: [received, now()], ok: true, dataset, text, layout });
	} catch (err) {
		scope.postMessage({
			id,
			span: [received, now()],
			ok: false,
			error: err instanceof Error ? err.message : String(err),
		});
	}
};
