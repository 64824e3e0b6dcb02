/**
 * The browser's library of imported documents (IndexedDB, through `idb`): what a user imported is
 * there after a reload, after closing the browser, and offline. Two stores, written in one
 * transaction so a document is kept whole or not at all:
 * - `docs`: what the page needs at start — the file's name, size, when it was imported, which parser
 *   read it, and its parsed rows (as Arrow streams: binary comes back from IndexedDB as one copy,
 *   while rows as objects cost a deserialisation per value, 100 ms and more for 20 documents);
 * - `sources`: what only the source viewer and exports need — the file's bytes, its text and, for a
 *   PDF, the layout of its lines; read when asked for, never at start.
 * `settings` keeps which version of a disclosure counts (see src/parse/versions.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DocumentRow, TableName } from '../schema/tables.js';
import type { PdfLayout } from '../views/source/layout.js';
import { t } from './i18n.js';

export type StoredDoc = {
	doc_id: string;
	/** The file's name as the user picked it. */
	name: string;
	size: number;
	/** ISO time of the import (the order "latest imported" follows). */
	imported_at: string;
	/** The parser that read it (PARSER_VERSION): an older one asks for 重新解析. */
	parser: string;
	/** Its documents row, and how many errors and warnings it has (the panel lists them). */
	row: DocumentRow;
	errors: number;
	warnings: number;
	/** Its rows: one Arrow IPC stream per non-empty table (see toArrowStreams). */
	arrow: Partial<Record<TableName, Uint8Array>>;
};
export type StoredSource = {
	doc_id: string;
	bytes: Uint8Array;
	/** A PDF's rebuilt text; null for a text document (its bytes decoded are its text). */
	text: string | null;
	layout: PdfLayout | null;
};
/** Which version counts, per disclosure (versionKey → doc_id). */
export type Choices = [key: string, docId: string][];

interface Schema extends DBSchema {
	docs: { key: string; value: StoredDoc };
	sources: { key: string; value: StoredSource };
	settings: { key: string; value: Choices };
}

const NAME = 'budget-lens-library';

let opened: Promise<IDBPDatabase<Schema>> | null = null;
function db(): Promise<IDBPDatabase<Schema>> {
	opened ??= openDB<Schema>(NAME, 1, {
		upgrade(d) {
			d.createObjectStore('docs', { keyPath: 'doc_id' });
			d.createObjectStore('sources', { keyPath: 'doc_id' });
			d.createObjectStore('settings');
		},
	});
	// A failed open is not remembered: the next call tries again (e.g. after the user frees space).
	opened.catch(() => (opened = null));
	return opened;
}

/** Why the browser refused to keep something, in the user's words. */
export function storageMessage(e: unknown): string {
	const name = e instanceof DOMException || e instanceof Error ? e.name : '';
	const detail = e instanceof Error ? e.message : String(e);
	if (name === 'QuotaExceededError') return t('imports.storageFull');
	if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError')
		return t('imports.storageForbidden');
	let missing = false;
	try {
		missing = typeof indexedDB === 'undefined';
	} catch {
		missing = true;
	}
	if (missing) return t('imports.storageMissing');
	return t('imports.storageOther', { detail: detail || name || t('imports.unknownReason') });
}

export const libraryStore = {
	/** Every kept document, oldest import first. */
	async list(): Promise<StoredDoc[]> {
		const all = await (await db()).getAll('docs');
		return all.sort((a, b) => a.imported_at.localeCompare(b.imported_at));
	},

	/** Keeps a document and its source together, or neither. */
	async put(doc: StoredDoc, source: StoredSource): Promise<void> {
		const tx = (await db()).transaction(['docs', 'sources'], 'readwrite');
		await Promise.all([
			tx.objectStore('docs').put(doc),
			tx.objectStore('sources').put(source),
			tx.done,
		]);
	},

	async source(docId: string): Promise<StoredSource | undefined> {
		return (await db()).get('sources', docId);
	},

	async remove(docId: string): Promise<void> {
		const tx = (await db()).transaction(['docs', 'sources'], 'readwrite');
		await Promise.all([
			tx.objectStore('docs').delete(docId),
			tx.objectStore('sources').delete(docId),
			tx.done,
		]);
	},

	async choices(): Promise<Choices> {
		return (await (await db()).get('settings', 'choices')) ?? [];
	},

	async setChoices(choices: Choices): Promise<void> {
		await (await db()).put('settings', choices, 'choices');
	},
};
