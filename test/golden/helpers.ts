/**
 * Shared helpers for the golden tests: every expected figure in these tests was read from the
 * documents in data/raw/ by hand, never copied from the parser's output.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/parse/index.js';
import type { Dataset, TableName, Rows } from '../../src/schema/tables.js';

export const RAW_DIR = join(import.meta.dirname, '../../data/raw');

/** A document's doc_id: the first 16 hex digits of the SHA-256 of its bytes. */
export const idOfBytes = (bytes: Uint8Array | string): string =>
	createHash('sha256').update(bytes).digest('hex').slice(0, 16);
/** The doc_id of the document in a file. */
export const idOfFile = (path: string): string => idOfBytes(readFileSync(path));

const cache = new Map<string, Dataset>();

/** Parses data/raw/<file> (the file name starts with `prefix`, e.g. '000'), cached per run. */
export function load(prefix: string): Dataset {
	const file = readdirSync(RAW_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
	if (!file) throw new Error(`no raw document starting with ${prefix}`);
	let ds = cache.get(file);
	if (!ds) {
		ds = parseDocument(readFileSync(join(RAW_DIR, file)), file);
		cache.set(file, ds);
	}
	return ds;
}

/** The rows of `table` matching every field of `where`. */
export function rows<T extends TableName>(
	ds: Dataset,
	table: T,
	where: Partial<Rows[T]>,
): Rows[T][] {
	return (ds[table] as Rows[T][]).filter((r) =>
		Object.entries(where).every(([k, v]) => (r as Record<string, unknown>)[k] === v),
	);
}

/** The single row of `table` matching `where`; throws with the candidates when not exactly one. */
export function one<T extends TableName>(ds: Dataset, table: T, where: Partial<Rows[T]>): Rows[T] {
	const found = rows(ds, table, where);
	if (found.length !== 1) {
		throw new Error(
			`${table}: expected exactly one row matching ${JSON.stringify(where)}, found ${found.length}` +
				(found.length ? `: ${JSON.stringify(found.slice(0, 3))}` : ''),
		);
	}
	return found[0]!;
}

/** The level of a functional code: 合计 0, 类 1, 款 2, 项 3. */
export const levelOf = (code: string): number =>
	code === '合计' ? 0 : code.length === 3 ? 1 : code.length === 5 ? 2 : 3;

/** validation_issues whose line lies in [from, to], optionally of one severity. */
export const findingsIn = (ds: Dataset, from: number, to: number, severity?: string) =>
	ds.validation_issues.filter(
		(r) =>
			r.line !== null &&
			r.line >= from &&
			r.line <= to &&
			(severity === undefined || r.severity === severity),
	);

const pdfCache = new Map<string, Promise<Dataset>>();

/**
 * Parses a PDF (by its full file name, under data/raw/ or, for `dir`, another folder) with the same
 * async path as ingest (`parseFile` with the Node PDF engine), cached per run.
 */
export function loadPdf(file: string, dir = RAW_DIR): Promise<Dataset> {
	const path = join(dir, file);
	let p = pdfCache.get(path);
	if (!p) {
		p = (async () => {
			const { parseFile } = await import('../../src/parse/index.js');
			const { nodePdf } = await import('../../src/build/pdfEngine.node.js');
			return (await parseFile(readFileSync(path), file, { pdf: nodePdf })).dataset;
		})();
		pdfCache.set(path, p);
	}
	return p;
}
