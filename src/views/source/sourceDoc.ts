/**
 * What the document viewer loads for one document: its name and format, its rebuilt text, and for a
 * PDF the original bytes and the layout of its lines. Imported documents come from the browser's library
 * (the server has no copy), bundled ones from the files ingest writes to data/sources/.
 */
import { getDb, DATA_URL } from '../../db/duckdb.js';
import { sql } from '../../db/sql.js';
import { t } from '../../lib/i18n.js';
import { imported } from '../../state/imported.svelte.js';
import type { PdfLayout } from './layout.js';

type DocRow = {
	source_file: string | null;
	entity: string | null;
	fiscal_year: number | null;
	kind: string | null;
	format?: string | null;
};

export type SourceDoc = {
	docId: string;
	/** The header: the document's file name, with entity, year and kind when known. */
	name: string;
	row: Pick<DocRow, 'entity' | 'fiscal_year' | 'kind'> | null;
	format: 'pdf' | 'text';
};

/** A document's file name without its folder; null when the row names none. */
export const fileNameOf = (row: Pick<DocRow, 'source_file'> | undefined): string | null =>
	row?.source_file?.replace(/^.*[\\/]/, '') ?? null;

const url = (docId: string, ext: string) => `${DATA_URL}sources/${encodeURIComponent(docId)}${ext}`;

/** The document's name and format: from the import, else the engine's documents table. */
export async function describe(docId: string): Promise<SourceDoc> {
	let row: DocRow | undefined;
	let known = true;
	try {
		// Once the engine is ready the browser's library is restored (imported.documents).
		const db = await getDb();
		row = imported.documents.get(docId);
		// SELECT *: datasets written before PDFs were read have no `format` column. A bundled
		// document, counted or set aside.
		[row] = row
			? [row]
			: await db.all<DocRow>(sql`SELECT * FROM dataset.main.documents WHERE doc_id = ${docId}`);
		known = row !== undefined;
	} catch {
		// No engine: the bundled files may still be fetched by id.
		row = undefined;
	}
	if (!known) throw new Error(t('source.not_here', { id: docId }));
	const pdf = row?.format === 'pdf' || /\.pdf$/i.test(row?.source_file ?? '');
	return { docId, name: fileNameOf(row) ?? docId, row: row ?? null, format: pdf ? 'pdf' : 'text' };
}

async function fetchOk(u: string): Promise<Response> {
	const r = await fetch(u);
	if (!r.ok) throw new Error(t('source.http', { url: u, status: r.status }));
	return r;
}

/** The rebuilt text (a PDF's) or the decoded text, split into lines (line n is index n - 1). */
export async function loadLines(docId: string): Promise<string[]> {
	const text =
		(await imported.source(docId))?.text ?? (await (await fetchOk(url(docId, '.txt'))).text());
	return text.split(/\r\n|\n|\r/);
}

/** A PDF's layout and a fresh copy of its bytes (PDF.js takes ownership of what it is given). */
export async function loadPdf(docId: string): Promise<{ layout: PdfLayout; bytes: Uint8Array }> {
	const local = (await imported.source(docId))?.pdf;
	if (local) return { layout: local.layout, bytes: local.bytes.slice() };
	const [layout, bytes] = await Promise.all([
		fetchOk(url(docId, '.layout.json')).then((r) => r.json() as Promise<PdfLayout>),
		fetchOk(url(docId, '.pdf')).then(async (r) => new Uint8Array(await r.arrayBuffer())),
	]);
	return { layout, bytes };
}
