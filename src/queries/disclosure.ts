/**
 * 公开质量: what each parsed budget and final account publishes (disclosure_items) and the findings
 * its score is made from. Performance self-evaluations have no required tables and are left out.
 */
import { sql, list, type Runner } from '../db/sql.js';
import { SCORED_FAMILIES } from '../parse/review/catalogue.js';
import { scopeWhere, type Scope } from './scope.js';

/** The document a row of the matrix is about. */
export type DisclosureDoc = {
	doc_id: string;
	source_file: string;
	city: string | null;
	entity: string | null;
	/** `department` (部门预算/决算) or `unit` (单位预算/决算). */
	scope: string | null;
	fiscal_year: number | null;
	kind: 'budget' | 'final_account';
};

export type ItemStatus = 'present' | 'empty_noted' | 'empty_unnoted' | 'missing';

/** One cell of the matrix: one required table or part of the text of one document. */
export type DisclosureCell = DisclosureDoc & {
	/** A table kind (`summary`, `gov_fund`, …) or a part of the text (`text_three_public`, …); NULL
	 * for a document with no disclosure_items row (it still gets its row in the matrix). */
	item: string | null;
	label: string | null;
	item_kind: 'table' | 'section' | null;
	status: ItemStatus | null;
	/** `listed` / `unlisted` in the 目录; NULL when the document has no 目录 (and for text parts). */
	toc: 'listed' | 'unlisted' | null;
	/** Where it is printed (the table's title line); NULL when missing. */
	line: number | null;
};

/** A finding that can count against a document's score (errors and warnings of the scored families). */
export type ScoredFinding = {
	doc_id: string;
	family: string;
	severity: 'error' | 'warning';
	check: string;
	line: number | null;
	message: string;
};

const DISCLOSED = sql`d.kind IN ('budget', 'final_account') AND d.status = 'parsed'`;

/** Every required item of every parsed budget and final account in scope, by document. */
export function disclosureMatrix(db: Runner, scope: Scope): Promise<DisclosureCell[]> {
	return db.all<DisclosureCell>(sql`
		SELECT d.doc_id, d.source_file, d.city, d.entity, d.scope, d.fiscal_year, d.kind,
			i.item, i.label, i.kind AS item_kind, i.status, i.toc, i.line
		FROM documents d LEFT JOIN disclosure_items i ON i.doc_id = d.doc_id
		WHERE ${DISCLOSED} ${scopeWhere(scope)}
		ORDER BY d.city NULLS LAST, d.entity, d.fiscal_year, d.kind, d.scope, d.doc_id, i.item`);
}

/** The errors and warnings of the scored families (完整性, 表内, 表间, 文表, 形式) of those documents. */
export function disclosureFindings(db: Runner, scope: Scope): Promise<ScoredFinding[]> {
	return db.all<ScoredFinding>(sql`
		SELECT v.doc_id, v.family, v.severity, v."check", v.line, v.message
		FROM validation_issues v JOIN documents d ON d.doc_id = v.doc_id
		WHERE ${DISCLOSED} ${scopeWhere(scope)}
			AND v.severity IN ('error', 'warning') AND v.family IN ${list(SCORED_FAMILIES)}
		ORDER BY v.doc_id, v.family, v.line NULLS FIRST, v."check", v.message`);
}
