/**
 * The rows of the 文档库 panel: bundled documents first (ingest order), then the imported ones,
 * oldest first, each saying whether it counts (another version of its disclosure may be chosen).
 */
import type { DocumentRow } from '../../schema/tables.js';
import type { LibraryDoc, VersionGroup } from '../../state/imported.svelte.js';

export type LibraryRow = {
	doc_id: string;
	name: string;
	place: string;
	/** Empty when the document names none. */
	entity: string;
	/** The file could not be read (the panel says so where the entity would be). */
	rejected: boolean;
	year: number | null;
	kind: string | null;
	unit: boolean;
	/** Bytes; null for a bundled document. */
	size: number | null;
	/** ISO time; null for a bundled document. */
	importedAt: string | null;
	errors: number | null;
	warnings: number | null;
	counts: boolean;
};

export type Counts = ReadonlyMap<string, { errors: number; warnings: number }>;

export function libraryRows(
	bundled: readonly DocumentRow[],
	docs: readonly LibraryDoc[],
	groups: readonly VersionGroup[],
	bundledCounts: Counts = new Map(),
): LibraryRow[] {
	const aside = new Set(
		groups.flatMap((g) => g.docs.filter((d) => d.doc_id !== g.counted).map((d) => d.doc_id)),
	);
	const row = (
		d: DocumentRow,
		extra: Pick<LibraryRow, 'name' | 'size' | 'importedAt' | 'errors' | 'warnings'>,
	): LibraryRow => ({
		doc_id: d.doc_id,
		place: d.city ?? d.province ?? '—',
		entity: d.entity ?? '',
		rejected: d.status === 'rejected',
		year: d.fiscal_year,
		kind: d.kind,
		unit: d.scope === 'unit',
		counts: !aside.has(d.doc_id),
		...extra,
	});
	return [
		...bundled.map((d) =>
			row(d, {
				name: d.source_file,
				size: null,
				importedAt: null,
				// Counted when the panel opens; a document without findings has no row in the counts.
				errors: bundledCounts.size ? (bundledCounts.get(d.doc_id)?.errors ?? 0) : null,
				warnings: bundledCounts.size ? (bundledCounts.get(d.doc_id)?.warnings ?? 0) : null,
			}),
		),
		...docs.map((d) =>
			row(d.row, {
				name: d.name,
				size: d.size,
				importedAt: d.imported_at,
				errors: d.errors,
				warnings: d.warnings,
			}),
		),
	];
}

export function sizeLabel(bytes: number | null): string {
	if (bytes === null) return '—';
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** 2026-12-02 14:05 in the user's time zone. */
export function timeLabel(iso: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return '—';
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
