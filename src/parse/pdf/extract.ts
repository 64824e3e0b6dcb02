/**
 * A PDF's text layer, page by page: the glyph runs PDF.js finds, with their position on the page in
 * points (origin top left, as the contract's `box` wants). A PDF the parser cannot use is refused
 * here with a reason a user can act on: encrypted, damaged, or scanned without a text layer.
 */
import type { PdfLib } from './engine.js';

/** One run of text as PDF.js returns it: its string, left/right x, baseline y and font size. */
export type Run = { str: string; x0: number; x1: number; y: number; size: number };
export type PageText = { width: number; height: number; runs: Run[] };

export type PdfText =
	| { ok: true; pages: PageText[]; damaged: string | null }
	| { ok: false; check: 'pdf_encrypted' | 'pdf_damaged' | 'pdf_no_text'; reason: string };

/** Reads every page's text runs. Never throws: a PDF PDF.js cannot open is a refusal. */
export async function extractText(bytes: Uint8Array, lib: PdfLib): Promise<PdfText> {
	let doc;
	try {
		// PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
		doc = await lib.getDocument({ data: new Uint8Array(bytes), stopAtErrors: false, verbosity: 0 })
			.promise;
	} catch (e) {
		const name = (e as { name?: string } | null)?.name ?? '';
		if (name === 'PasswordException')
			return {
				ok: false,
				check: 'pdf_encrypted',
				reason:
					'PDF 已加密，需要密码才能打开：请先解除加密（另存为未加密的 PDF）再导入 (encrypted PDF)',
			};
		return {
			ok: false,
			check: 'pdf_damaged',
			reason: `PDF 文件已损坏或不完整，无法打开（${e instanceof Error ? e.message : String(e)}）：请重新下载原文件 (damaged PDF)`,
		};
	}
	const pages: PageText[] = [];
	let damaged: string | null = null;
	try {
		for (let p = 1; p <= doc.numPages; p++) {
			try {
				const page = await doc.getPage(p);
				const vp = page.getViewport({ scale: 1 });
				const content = await page.getTextContent();
				const runs: Run[] = [];
				for (const item of content.items) {
					if (!('str' in item) || item.str.trim() === '') continue;
					// Page space → viewport space (top-left origin, rotation applied).
					const t = lib.Util.transform(vp.transform, item.transform);
					const size = Math.hypot(t[2]!, t[3]!) || item.height || 10;
					const x0 = t[4]!;
					runs.push({
						str: item.str,
						x0,
						x1: x0 + (item.width || size * item.str.length * 0.5),
						y: t[5]!,
						size,
					});
				}
				pages.push({ width: vp.width, height: vp.height, runs });
				page.cleanup();
			} catch (e) {
				damaged ??= `第 ${p} 页无法读取（${e instanceof Error ? e.message : String(e)}）`;
				pages.push({ width: 0, height: 0, runs: [] });
			}
		}
	} finally {
		await doc.loadingTask.destroy();
	}
	if (pages.every((p) => p.runs.length === 0)) {
		if (damaged)
			return {
				ok: false,
				check: 'pdf_damaged',
				reason: `PDF 文件已损坏，${damaged}：请重新下载原文件 (damaged PDF)`,
			};
		return {
			ok: false,
			check: 'pdf_no_text',
			reason: `PDF 没有文字层（共 ${pages.length} 页，可能是扫描件）：请先做文字识别再导入 (no text layer: run OCR first)`,
		};
	}
	return { ok: true, pages, damaged };
}
