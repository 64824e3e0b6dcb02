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
	/** `parsed`, or `rejected` for a file that could not be read (its findings say why). */
	status: string;
	severity: 'error' | 'warning' | 'info';
	check: string;
	message: string;
	/** The source line the finding concerns; NULL for a whole-file finding. */
	line: number | null;
};

/**
 * Every finding in scope, errors first, then by document and line. Rejected files have no city,
 * entity or year to select them by, so they are always listed.
 */
export function findings(db: Runner, scope: Scope): Promise<Finding[]> {
	return db.all<Finding>(sql`
		SELECT v.doc_id, v.source_file, d.city, d.entity, d.fiscal_year, d.kind, d.status, v.severity,
			v."check", v.message, v.line
		FROM validation_issues v JOIN documents d ON d.doc_id = v.doc_id
		WHERE d.status = 'rejected' OR (TRUE ${scopeWhere(scope)})
		ORDER BY CASE v.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END,
			v.doc_id, v.line NULLS FIRST, v."check", v.message`);
}
