import { sql, type Runner } from '../db/sql.js';
import { scopeWhere, type Scope } from './scope.js';

export type DocumentEntry = {
	doc_id: string;
	province: string | null;
	city: string | null;
	department: string | null;
	entity: string | null;
	scope: string;
	fiscal_year: number | null;
	kind: string | null;
	source_file: string;
	status: string;
	errors: number;
	warnings: number;
	infos: number;
};

/** Every document in scope with the count of its findings by severity (rejected files included). */
export function documentList(db: Runner, scope: Scope): Promise<DocumentEntry[]> {
	return db.all<DocumentEntry>(sql`
		SELECT d.doc_id, d.province, d.city, d.department, d.entity, d.scope, d.fiscal_year, d.kind, d.source_file, d.status,
			count(v.doc_id) FILTER (WHERE v.severity = 'error')::INT AS errors,
			count(v.doc_id) FILTER (WHERE v.severity = 'warning')::INT AS warnings,
			count(v.doc_id) FILTER (WHERE v.severity = 'info')::INT AS infos
		FROM documents d LEFT JOIN validation_issues v ON v.doc_id = d.doc_id
		WHERE TRUE ${scopeWhere(scope)}
		GROUP BY ALL
		ORDER BY d.city NULLS LAST, d.entity, d.fiscal_year, d.kind`);
}
