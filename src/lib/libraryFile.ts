/**
 * The library as one file, to hand to a colleague: every imported document's bytes (the rows are
 * parsed again on import, by the receiver's parser, so nothing derived can disagree with its
 * source), when it was imported (so "latest imported" means the same there), which version of a
 * disclosure counts, and the reviewer's marks. JSON, bytes in base64, each with its SHA-256 so a
 * damaged entry is told apart and the rest still imported.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Choices } from './libraryStore.js';
import type { Review } from '../state/reviews.svelte.js';

export const LIBRARY_FORMAT = 'budget-lens-library';
const VERSION = 1;

export type LibraryEntry = { name: string; imported_at: string; bytes: Uint8Array };
export type Library = {
	documents: LibraryEntry[];
	choices: Choices;
	reviews: [key: string, review: Review][];
};
/** What reading a library file gave: the documents that are whole, and why any other was left. */
export type ReadLibrary =
	({ ok: true } & Library & { damaged: string[] }) | { ok: false; reason: string };

type FileEntry = { name: string; imported_at: string; size: number; sha256: string; bytes: string };

export function encodeLibrary(lib: Library, exportedAt = new Date().toISOString()): string {
	const documents: FileEntry[] = lib.documents.map((d) => ({
		name: d.name,
		imported_at: d.imported_at,
		size: d.bytes.byteLength,
		sha256: bytesToHex(sha256(d.bytes)),
		bytes: toBase64(d.bytes),
	}));
	return JSON.stringify({
		format: LIBRARY_FORMAT,
		version: VERSION,
		exported_at: exportedAt,
		documents,
		choices: lib.choices,
		reviews: lib.reviews,
	});
}

/** Is this text a library file (rather than a document)? Looks at its first bytes only. */
export const isLibraryFile = (head: string): boolean =>
	/^\s*\{\s*"format"\s*:\s*"budget-lens-library"/.test(head);

export function decodeLibrary(text: string): ReadLibrary {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, reason: '不是有效的文档库文件（JSON 无法读取，文件可能不完整）' };
	}
	const o = raw as Record<string, unknown>;
	if (o?.format !== LIBRARY_FORMAT) return { ok: false, reason: '不是预决算透视的文档库文件' };
	if (typeof o.version !== 'number' || o.version > VERSION)
		return {
			ok: false,
			reason: `文档库文件版本 ${String(o.version)} 比本程序新，请先更新预决算透视`,
		};
	if (!Array.isArray(o.documents)) return { ok: false, reason: '文档库文件缺少文档列表' };
	const documents: LibraryEntry[] = [];
	const damaged: string[] = [];
	for (const e of o.documents as Partial<FileEntry>[]) {
		const name = typeof e?.name === 'string' && e.name ? e.name : '（无名文档）';
		let bytes: Uint8Array | null = null;
		try {
			if (typeof e.bytes === 'string') bytes = fromBase64(e.bytes);
		} catch {
			bytes = null;
		}
		if (!bytes || bytesToHex(sha256(bytes)) !== e.sha256) {
			damaged.push(name);
			continue;
		}
		const at = typeof e.imported_at === 'string' ? e.imported_at : '';
		documents.push({ name, imported_at: at, bytes });
	}
	const pairs = (v: unknown) =>
		Array.isArray(v) ? v.filter((p) => Array.isArray(p) && typeof p[0] === 'string') : [];
	return {
		ok: true,
		documents,
		damaged,
		choices: pairs(o.choices).filter((p) => typeof p[1] === 'string') as Choices,
		reviews: pairs(o.reviews).filter((p) => typeof p[1] === 'object' && p[1]) as [string, Review][],
	};
}

function toBase64(bytes: Uint8Array): string {
	let s = '';
	// In slices: String.fromCharCode takes its arguments on the stack.
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
	const s = atob(b64);
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out;
}
