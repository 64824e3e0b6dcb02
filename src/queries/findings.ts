import { sql, type Runner } from '../db/sql.js';
import { scopeWhere, type Scope } from './scope.js';

/** One validation finding with the document it concerns. */
export type Finding = {
	doc_id: string;
	source_file: string;
	city: string | null;
	entity: string | null;
	fiscal_year: number | null;
	kind: string | null;
	/** The document's format (`pdf`, `text`, `markdown`, `html`): a PDF can be annotated. */
	format: string | null;
	/** `parsed`, or `rejected` for a file that could not be read (its findings say why). */
	status: string;
	severity: 'error' | 'warning' | 'info';
	/** The rule (src/parse/review/catalogue.ts). */
	check: string;
	/** The rule's family: completeness, within_table, between_tables, text_vs_table, form, reading, file. */
	family: string;
	message: string;
	/** The source line the finding concerns; NULL for a whole-file finding. */
	line: number | null;
	/** For a PDF: the page and box ("x0,y0,x1,y1", points from the top left) of that line. */
	page: number | null;
	box: string | null;
	/** Where the rule compares two figures: the one on the finding's line (a) and the other (b). */
	table_a: string | null;
	value_a: number | null;
	table_b: string | null;
	value_b: number | null;
	line_b: number | null;
	page_b: number | null;
	box_b: string | null;
};

/**
 * Every finding in scope, errors first, then by document and line. Rejected files have no city,
 * entity or year to select them by, so they are always listed.
 */
export function findings(db: Runner, scope: Scope): Promise<Finding[]> {
	return db.all<Finding>(sql`
		SELECT v.doc_id, v.source_file, d.city, d.entity, d.fiscal_year, d.kind, d.format, d.status,
			v.severity, v."check", v.family, v.message, v.line, v.page, v.box,
			v.table_a, v.value_a, v.table_b, v.value_b, v.line_b, v.page_b, v.box_b
		FROM validation_issues v JOIN documents d ON d.doc_id = v.doc_id
		WHERE d.status = 'rejected' OR (TRUE ${scopeWhere(scope)})
		ORDER BY CASE v.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
			v.doc_id, v.line NULLS FIRST, v."check", v.message`);
}
