/**
 * The matrix's rows: the query's cells grouped by document, each with its score.
 */
import type { DisclosureCell, DisclosureDoc, ScoredFinding } from '../../queries/disclosure.js';
import { scoreDocument, type DocScore, type ScoreFinding, type ScoreItem } from './score.js';
import { docName } from './items.js';

export type DocRow = {
	doc: DisclosureDoc;
	name: string;
	/** The document's required items by item key. */
	cells: Map<string, DisclosureCell>;
	score: DocScore;
};

/** One row per document, in the query's order; `dismissed` says which findings are 非问题. */
export function docRows(
	matrix: readonly DisclosureCell[],
	findings: readonly ScoredFinding[],
	dismissed: (f: ScoredFinding) => boolean,
): DocRow[] {
	const byDoc = new Map<string, DisclosureCell[]>();
	for (const c of matrix) byDoc.set(c.doc_id, [...(byDoc.get(c.doc_id) ?? []), c]);
	const found = new Map<string, ScoredFinding[]>();
	for (const f of findings) found.set(f.doc_id, [...(found.get(f.doc_id) ?? []), f]);
	return [...byDoc].map(([docId, cells]) => {
		const c0 = cells[0]!;
		const doc: DisclosureDoc = {
			doc_id: docId,
			source_file: c0.source_file,
			city: c0.city,
			entity: c0.entity,
			scope: c0.scope,
			fiscal_year: c0.fiscal_year,
			kind: c0.kind,
		};
		const items = cells.filter((c): c is DisclosureCell & ScoreItem => c.item !== null);
		const own = found.get(docId) ?? [];
		return {
			doc,
			name: docName(doc),
			cells: new Map(items.map((c) => [c.item, c])),
			score: scoreDocument(items, own, (f: ScoreFinding) => dismissed(f as ScoredFinding)),
		};
	});
}
