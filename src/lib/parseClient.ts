/**
 * The main thread's side of the parse worker (src/lib/parseWorker.ts): one worker, started on the
 * first import and kept for the next, so parsing a long PDF never blocks the page.
 */
import type { Dataset } from '../schema/tables.js';
import type { PdfLayout } from '../views/source/layout.js';

export type ParseRequest = { id: number; name: string; bytes: Uint8Array };
export type Parsed = { dataset: Dataset; text: string | null; layout: PdfLayout | null };
/**
 * `span`: when the worker received the request and when it posted this reply, in ms since the epoch
 * (performance.timeOrigin + now, comparable across threads): the page records it as the measure
 * `import:worker`, so the round trip (`import:parse`) splits into the worker's work and the rest.
 */
export type ParseReply = { id: number; span?: [number, number] } & (
	({ ok: true } & Parsed) | { ok: false; error: string }
);

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve: (p: Parsed) => void; reject: (e: Error) => void }>();

function start(): Worker {
	const w = new Worker(new URL('./parseWorker.ts', import.meta.url), {
		type: 'module',
		name: 'parse',
	});
	w.onmessage = (e: MessageEvent<ParseReply>) => {
		const r = e.data;
		const p = pending.get(r.id);
		if (!p) return;
		pending.delete(r.id);
		if (r.span)
			performance.measure('import:worker', {
				start: r.span[0] - performance.timeOrigin,
				end: r.span[1] - performance.timeOrigin,
			});
		if (r.ok) p.resolve({ dataset: r.dataset, text: r.text, layout: r.layout });
		else p.reject(new Error(r.error));
	};
	const fail = (message: string) => {
		for (const p of pending.values()) p.reject(new Error(message));
		pending.clear();
		w.terminate();
		if (worker === w) worker = null;
	};
	w.onerror = (e) => {
		e.preventDefault();
		fail(`解析程序无法运行（${e.message || '工作线程出错'}）`);
	};
	w.onmessageerror = () => fail('解析结果无法传回页面');
	return w;
}

/** Parses one file in the worker; `bytes` is transferred (callers keep a copy if they need one). */
export function parseInWorker(name: string, bytes: Uint8Array): Promise<Parsed> {
	worker ??= start();
	const id = ++seq;
	const w = worker;
	return new Promise<Parsed>((resolve, reject) => {
		pending.set(id, { resolve, reject });
		w.postMessage({ id, name, bytes } satisfies ParseRequest, [bytes.buffer]);
	});
}

/** The message a parse stopped by cancelParsing() rejects with. */
export const CANCELLED = '已取消';

/**
 * Stops every parse in progress (the user pressed 取消): the worker is terminated at once, whatever
 * it is doing, and the next parse starts a fresh one.
 */
export function cancelParsing(): void {
	const w = worker;
	worker = null;
	w?.terminate();
	for (const p of pending.values()) p.reject(new Error(CANCELLED));
	pending.clear();
}
