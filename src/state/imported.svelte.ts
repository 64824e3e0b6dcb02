/**
 * The library: the documents a user imports, parsed in a worker by the same parser as ingest, their
 * rows added to the engine, and kept in the browser (src/lib/libraryStore.ts) with their bytes, so
 * they are there after a reload. A document is its content (doc_id = hash of its bytes): a copy is
 * reported, not added. Two versions of one disclosure are both kept; the engine counts one
 * (src/parse/versions.ts), the user's pick, else the latest imported.
 */
import { beforeReady, getDb, type Db } from '../db/duckdb.js';
import { sql } from '../db/sql.js';
import { MAX_BYTES } from '../parse/limits.js';
import { decode } from '../parse/decode.js';
import { counted, setAside, versionGroups, versionKey, versionLabel } from '../parse/versions.js';
import { type Dataset, type DocumentRow } from '../schema/tables.js';
import { toArrowStreams } from '../schema/arrow.js';
import { libraryStore, storageMessage, type StoredDoc } from '../lib/libraryStore.js';
import { decodeLibrary, encodeLibrary, isLibraryFile } from '../lib/libraryFile.js';
import { saveBlob } from '../lib/download.js';
import { PARSER_VERSION } from '../lib/parserVersion.js';
import { nativeSha256 } from '../lib/sha256.js';
import { reviews } from './reviews.svelte.js';
import { t } from '../lib/i18n.js';
import type { PdfLayout } from '../views/source/layout.js';
import type { Counts } from '../views/library/libraryRows.js';

export type ImportResult = {
	file: string;
	/** parsed: imported; done: another action (removed, re-parsed) that went through. */
	status: 'parsed' | 'done' | 'rejected' | 'duplicate' | 'cancelled';
	message: string;
};
export type ImportedPdf = { bytes: Uint8Array; layout: PdfLayout };
export type Source = { text: string; pdf: ImportedPdf | null };
/** A document kept in the browser, without its rows (what the panel lists). */
export type LibraryDoc = Omit<StoredDoc, 'arrow'>;
/** Documents claiming one disclosure, oldest first, and the one that counts. */
export type VersionGroup = {
	key: string;
	label: string;
	docs: DocumentRow[];
	counted: string;
	/** Whether the user picked it (else it is the latest imported). */
	picked: boolean;
};
export type Progress = { done: number; total: number; current: string; what: string };

class Imported {
	/** Bumped after every change, so views re-query. */
	version = $state(0);
	results = $state.raw<ImportResult[]>([]);
	busy = $state(false);
	progress = $state.raw<Progress | null>(null);
	/** The documents kept in the browser, oldest import first. */
	docs = $state.raw<LibraryDoc[]>([]);
	/** The bundled documents, in ingest order, and their findings. */
	bundled = $state.raw<DocumentRow[]>([]);
	bundledCounts = $state.raw<Counts>(new Map());
	groups = $state.raw<VersionGroup[]>([]);
	/** Why the browser cannot keep the library, when it cannot. */
	storageProblem = $state<string | null>(null);
	/** The document rows of imported documents (the viewer's header). */
	readonly documents = new Map<string, DocumentRow>();
	#choices = new Map<string, string>();
	/** Sources read this session (the store is asked only once per document). */
	#sources = new Map<string, Source>();
	#cancelled = false;

	/** Restores the library into the engine before any view queries it (see beforeReady). */
	async restore(db: Db, stored: Promise<StoredDoc[]>): Promise<void> {
		try {
			await this.#restore(db, stored);
		} catch (e) {
			// The bundled documents still open; the library is said to be unavailable.
			this.storageProblem = t('imports.restoreFailed', {
				error: e instanceof Error ? e.message : String(e),
			});
		}
	}

	async #restore(db: Db, stored: Promise<StoredDoc[]>): Promise<void> {
		const [bundled, kept, choices] = await Promise.all([
			db.all<DocumentRow>(sql`SELECT * FROM dataset.main.documents`),
			stored.catch((e: unknown) => {
				this.storageProblem = storageMessage(e);
				return [] as StoredDoc[];
			}),
			libraryStore.choices().catch(() => []),
		]);
		this.bundled = bundled;
		this.#choices = new Map(choices);
		if (kept.length) {
			performance.mark('library:restore');
			const stale = await db.importStreams(kept.map((d) => d.arrow));
			this.docs = kept.map(listed);
			if (stale.size) this.storageProblem = t('imports.stale', { n: stale.size });
			for (const d of kept) this.documents.set(d.doc_id, d.row);
			performance.measure('library:restore', 'library:restore');
		}
		if (kept.length || versionGroups(bundled).length) await this.#applyVersions(db);
	}

	/** The bundled documents' findings, for the panel (asked for when it opens, not at start). */
	async countBundled(): Promise<void> {
		if (this.bundledCounts.size) return;
		const db = await getDb();
		const counts = await db.all<{ doc_id: string; errors: number; warnings: number }>(
			sql`SELECT doc_id, count(*) FILTER (severity = 'error') AS errors,
				count(*) FILTER (severity = 'warning') AS warnings
			FROM dataset.main.validation_issues GROUP BY doc_id`,
		);
		this.bundledCounts = new Map(counts.map((c) => [c.doc_id, c]));
	}

	/** Imports documents, or a library file (a colleague's whole library), one after another. */
	async importFiles(files: readonly File[]): Promise<void> {
		await this.#run(files.length, async (results, step) => {
			for (const file of files) {
				if (this.#cancelled) {
					results.push({
						file: file.name,
						status: 'cancelled',
						message: t('imports.cancelledNotImported'),
					});
					continue;
				}
				step(file.name, t('imports.stepImport'));
				// Too large: refused from its size alone, before a byte is read.
				if (file.size > MAX_BYTES) {
					results.push({
						file: file.name,
						status: 'rejected',
						message: t('imports.tooLarge', {
							mb: (file.size / 1048576).toFixed(1),
							limit: MAX_BYTES / 1048576,
						}),
					});
					continue;
				}
				const bytes = new Uint8Array(await file.arrayBuffer());
				if (
					/\.json$/i.test(file.name) &&
					isLibraryFile(new TextDecoder().decode(bytes.subarray(0, 200)))
				) {
					await this.#importLibrary(file.name, new TextDecoder().decode(bytes), results, step);
					continue;
				}
				results.push(await this.#importOne(file.name, bytes, new Date().toISOString()));
			}
		});
	}

	/** Removes a document from the library: gone from every view, and after a reload. */
	async remove(docId: string): Promise<void> {
		const doc = this.docs.find((d) => d.doc_id === docId);
		if (!doc) return;
		const db = await getDb();
		await db.removeDocs([docId]);
		this.docs = this.docs.filter((d) => d.doc_id !== docId);
		this.documents.delete(docId);
		this.#sources.delete(docId);
		try {
			await libraryStore.remove(docId);
		} catch (e) {
			this.storageProblem = storageMessage(e);
		}
		await this.#applyVersions(db);
		this.results = [{ file: doc.name, status: 'done', message: t('imports.removed') }];
		this.version++;
	}

	/** Parses every kept document again with this version of the parser (after an upgrade). */
	async reparseAll(): Promise<void> {
		const docs = this.docs;
		await this.#run(docs.length, async (results, step) => {
			const db = await getDb();
			for (const d of docs) {
				if (this.#cancelled) {
					results.push({ file: d.name, status: 'cancelled', message: t('imports.cancelledKept') });
					continue;
				}
				step(d.name, t('imports.stepReparse'));
				const src = await libraryStore.source(d.doc_id);
				if (!src) {
					results.push({
						file: d.name,
						status: 'rejected',
						message: t('imports.noOriginal'),
					});
					continue;
				}
				const parsed = await this.#parse(d.name, src.bytes);
				if (!parsed) {
					results.push({ file: d.name, status: 'cancelled', message: t('imports.cancelledKept') });
					continue;
				}
				const { dataset: ds, text, layout } = parsed;
				await db.removeDocs([d.doc_id]);
				const stored = toStored(ds, d.name, d.size, d.imported_at);
				await db.importStreams([stored.arrow]);
				this.documents.set(d.doc_id, stored.row);
				this.#sources.delete(d.doc_id);
				await this.#keep(stored, {
					doc_id: d.doc_id,
					bytes: src.bytes,
					text: layout ? text : null,
					layout,
				});
				this.docs = this.docs.map((x) => (x.doc_id === d.doc_id ? listed(stored) : x));
				results.push({
					file: d.name,
					status: 'done',
					message: t('imports.reparsed', { summary: summary(ds) }),
				});
			}
			await this.#applyVersions(db);
		});
	}

	/** Stops the import or re-parse in progress; what is done stays done. */
	cancel(): void {
		this.#cancelled = true;
		void import('../lib/parseClient.js').then((c) => c.cancelParsing());
	}

	/** Makes `docId` the version of its disclosure that counts. */
	async choose(key: string, docId: string): Promise<void> {
		this.#choices.set(key, docId);
		try {
			await libraryStore.setChoices([...this.#choices]);
		} catch (e) {
			this.storageProblem = storageMessage(e);
		}
		await this.#applyVersions(await getDb());
		this.version++;
	}

	/** Downloads the whole library as one file (documents, choices, reviewer marks). */
	async exportLibrary(): Promise<void> {
		const documents = [];
		for (const d of this.docs) {
			const src = await libraryStore.source(d.doc_id);
			if (src) documents.push({ name: d.name, imported_at: d.imported_at, bytes: src.bytes });
		}
		const text = encodeLibrary({
			documents,
			choices: [...this.#choices],
			reviews: reviews.all().map((m) => [m.key, m.review]),
		});
		const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
		saveBlob(new Blob([text], { type: 'application/json' }), t('imports.exportName', { day }));
	}

	/** A document's text (and PDF), from this session or the browser's library. */
	async source(docId: string): Promise<Source | null> {
		const cached = this.#sources.get(docId);
		if (cached) return cached;
		if (!this.documents.has(docId)) return null;
		const s = await libraryStore.source(docId);
		if (!s) return null;
		// A text document's text is its bytes decoded, as the parser read them (not stored twice).
		const decoded = s.text === null && !s.layout ? decode(s.bytes) : null;
		const text = s.text ?? (decoded?.ok ? decoded.text : null);
		if (text === null) return null;
		const src = { text, pdf: s.layout ? { bytes: s.bytes, layout: s.layout } : null };
		this.#sources.set(docId, src);
		return src;
	}

	/** Where a document with this id already is: bundled with the app or kept in the library. */
	#has(docId: string): string | null {
		const b = this.bundled.find((d) => d.doc_id === docId);
		if (b) return t('imports.bundledCopy', { file: b.source_file });
		const kept = this.docs.find((d) => d.doc_id === docId);
		return kept ? t('imports.libraryCopy', { file: kept.name }) : null;
	}

	async #importOne(name: string, bytes: Uint8Array, at: string): Promise<ImportResult> {
		// A copy is found from its hash before it is parsed (where the browser hashes natively).
		const id = await contentId(bytes);
		const known = id && this.#has(id);
		if (known) return duplicate(name, known);
		const parsed = await this.#parse(name, bytes);
		if (!parsed)
			return { file: name, status: 'cancelled', message: t('imports.cancelledNotImported') };
		const { dataset: ds, text, layout } = parsed;
		const doc = ds.documents[0]!;
		const again = this.#has(doc.doc_id);
		if (again) return duplicate(name, again);
		if (doc.status === 'rejected') {
			// The parser's message starts with the file's name; the notice names it already.
			const message = ds.validation_issues[0]?.message ?? t('imports.unreadable');
			const reason = message.startsWith(name) ? message.slice(name.length + 1) : message;
			return { file: name, status: 'rejected', message: reason };
		}
		const t1 = performance.now();
		const db = await getDb();
		const stored = toStored(ds, name, bytes.byteLength, at);
		await db.importStreams([stored.arrow]);
		performance.measure('import:db', { start: t1 });
		this.docs = [...this.docs, listed(stored)].sort((a, b) =>
			a.imported_at.localeCompare(b.imported_at),
		);
		this.documents.set(doc.doc_id, doc);
		if (text !== null)
			this.#sources.set(doc.doc_id, { text, pdf: layout ? { bytes, layout } : null });
		const saved = await this.#keep(stored, {
			doc_id: doc.doc_id,
			bytes,
			text: layout ? text : null,
			layout,
		});
		const key = versionKey(doc);
		const others = [...this.bundled, ...this.docs.map((d) => d.row)].filter(
			(d) => d.doc_id !== doc.doc_id && key !== null && versionKey(d) === key,
		);
		// A new version is what the user means now: it counts, until they pick another.
		if (key !== null && others.length) this.#choices.delete(key);
		const versions = others.length
			? t('imports.versions', {
					others: others.map((o) => o.source_file).join(t('listSep')),
					label: versionLabel(doc),
				})
			: '';
		return {
			file: name,
			status: 'parsed',
			message: `${summary(ds)}${versions}${saved ? '' : `${t('imports.sep')}${this.storageProblem}`}`,
		};
	}

	async #importLibrary(
		file: string,
		text: string,
		results: ImportResult[],
		step: (name: string, what: string) => void,
	): Promise<void> {
		const lib = decodeLibrary(text);
		if (!lib.ok) {
			results.push({ file, status: 'rejected', message: lib.reason });
			return;
		}
		for (const name of lib.damaged)
			results.push({
				file: name,
				status: 'rejected',
				message: t('imports.damaged', { file }),
			});
		for (const d of lib.documents) {
			if (this.#cancelled) {
				results.push({
					file: d.name,
					status: 'cancelled',
					message: t('imports.cancelledNotImported'),
				});
				continue;
			}
			step(d.name, t('imports.stepFrom', { file }));
			results.push(
				await this.#importOne(d.name, d.bytes, d.imported_at || new Date().toISOString()),
			);
		}
		for (const [k, v] of lib.choices) if (!this.#choices.has(k)) this.#choices.set(k, v);
		try {
			await libraryStore.setChoices([...this.#choices]);
		} catch (e) {
			this.storageProblem = storageMessage(e);
		}
		reviews.merge(lib.reviews);
	}

	/** Parses in the worker; null when the user cancelled. */
	async #parse(name: string, bytes: Uint8Array) {
		const { parseInWorker, CANCELLED } = await import('../lib/parseClient.js');
		const t0 = performance.now();
		try {
			// The buffer is transferred to the worker: the page keeps its own copy.
			return await parseInWorker(name, bytes.slice());
		} catch (e) {
			if (e instanceof Error && e.message === CANCELLED) return null;
			throw e;
		} finally {
			performance.measure('import:parse', { start: t0 });
		}
	}

	/** Keeps a document in the browser; false (and the reason in words) when the browser refused. */
	async #keep(doc: StoredDoc, source: Parameters<typeof libraryStore.put>[1]): Promise<boolean> {
		try {
			await libraryStore.put(doc, source);
			return true;
		} catch (e) {
			this.storageProblem = storageMessage(e);
			return false;
		}
	}

	/** Runs an import or re-parse: busy, progress, cancel, results, views told once at the end. */
	async #run(
		total: number,
		work: (results: ImportResult[], step: (name: string, what: string) => void) => Promise<void>,
	): Promise<void> {
		this.busy = true;
		this.#cancelled = false;
		const results: ImportResult[] = [];
		let done = -1;
		const step = (current: string, what: string) => {
			done++;
			this.progress = { done, total: Math.max(total, done + 1), current, what };
		};
		performance.mark('import:start');
		try {
			const db = await getDb();
			// The engine makes its tables writable while the worker parses.
			db.prepareImport().catch(() => undefined);
			await work(results, step);
			await this.#applyVersions(db);
		} catch (e) {
			results.push({
				file: this.progress?.current ?? '',
				status: 'rejected',
				message: t('imports.failed', { error: e instanceof Error ? e.message : String(e) }),
			});
		} finally {
			this.results = results;
			this.busy = false;
			this.progress = null;
			this.version++;
			performance.measure('import', 'import:start');
		}
	}

	/** Tells the engine which versions do not count, and lists the groups for the panel. */
	async #applyVersions(db: Db): Promise<void> {
		const all = [...this.bundled, ...this.docs.map((d) => d.row)];
		const groups = versionGroups(all);
		// A pick whose document is gone falls back to the latest imported.
		for (const [k, id] of this.#choices)
			if (!groups.some((g) => versionKey(g[0]!) === k && g.some((d) => d.doc_id === id)))
				this.#choices.delete(k);
		this.groups = groups.map((g) => {
			const key = versionKey(g[0]!)!;
			return {
				key,
				label: versionLabel(g[0]!),
				docs: g,
				counted: counted(g, this.#choices).doc_id,
				picked: this.#choices.has(key),
			};
		});
		await db.setAside([...setAside(all, this.#choices)]);
	}
}

/** The library's own documents: read once, at start, in parallel with the engine's boot. */
function storedAtStart(): Promise<StoredDoc[]> {
	try {
		if (typeof indexedDB === 'undefined') return Promise.resolve([]);
		return libraryStore.list();
	} catch (e) {
		// A browser that forbids storage may throw on the mere mention of indexedDB.
		return Promise.reject(e);
	}
}

/** The doc_id the bytes will have (docIdOf), from the browser's native hash; null without one. */
const contentId = async (bytes: Uint8Array): Promise<string | null> =>
	(await nativeSha256(bytes))?.slice(0, 16) ?? null;

const duplicate = (file: string, existing: string): ImportResult => ({
	file,
	status: 'duplicate',
	message: t('imports.exists', { existing }),
});

/** A parsed document as the library keeps it. */
function toStored(ds: Dataset, name: string, size: number, at: string): StoredDoc {
	const row = ds.documents[0]!;
	const count = (s: string) => ds.validation_issues.filter((v) => v.severity === s).length;
	return {
		doc_id: row.doc_id,
		name,
		size,
		imported_at: at,
		parser: PARSER_VERSION,
		row,
		errors: count('error'),
		warnings: count('warning'),
		arrow: toArrowStreams(ds),
	};
}

function listed(d: StoredDoc): LibraryDoc {
	const { arrow: _, ...rest } = d;
	return rest;
}

function summary(ds: Dataset): string {
	const d = ds.documents[0]!;
	const errors = ds.validation_issues.filter((v) => v.severity === 'error').length;
	const warnings = ds.validation_issues.filter((v) => v.severity === 'warning').length;
	return t('imports.summary', {
		city: d.city ?? t('imports.noCity'),
		entity: d.entity ?? t('imports.noEntity'),
		year: d.fiscal_year ?? '',
		functional: ds.functional_items.length,
		threePublic: ds.three_public.length,
		evals: ds.performance_evals.length,
		errors,
		warnings,
	});
}

export const imported = new Imported();

// The library is read while the engine boots, and in the engine before any view asks it.
const stored = storedAtStart();
stored.catch(() => undefined);
beforeReady((db) => imported.restore(db, stored));
