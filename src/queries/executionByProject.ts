import { sql, type Runner } from '../db/sql.js';
import { projectEntityWhere, scopeWhere, type Scope } from './scope.js';
import type { Deviation } from './executionByClass.js';

export type ProjectExecution = {
	doc_id: string;
	city: string | null;
	/** The unit that carried out the project (a 下属单位 of the department, or the department). */
	entity: string | null;
	/** The department whose self-evaluation it is. */
	department: string | null;
	year: number | null;
	/** `department` (部门整体支出绩效自评) or `project` (项目支出绩效自评). */
	level: string;
	name: string;
	/** 预算 / 实际到位 / 实际执行, 万元. */
	budget: number | null;
	available: number | null;
	executed: number | null;
	/** executed / budget × 100. */
	execution_rate: number | null;
	/** budget − executed, 万元: what was left unspent. */
	unspent: number | null;
	score: number | null;
	grade: string | null;
	deviation: Deviation | null;
	line: number;
};

/**
 * 预算执行 by project, from the self-evaluations (绩效自评): budget against executed, the department
 * as a whole first, then each project from the lowest execution rate up. Entities match the unit
 * that carried out the project (see projectEntityWhere); years the year evaluated.
 */
export function executionByProject(db: Runner, scope: Scope): Promise<ProjectExecution[]> {
	return db.all<ProjectExecution>(sql`
		SELECT d.doc_id, d.city, d.entity, d.department, d.year, d.level, d.name, d.budget, d.available, d.executed,
			d.execution_rate, round(d.budget - d.executed, 2) AS unspent, d.score, d.grade,
			CASE WHEN d.execution_rate > 110 THEN 'over' WHEN d.execution_rate < 90 THEN 'under'
				WHEN d.execution_rate IS NOT NULL THEN 'within' END AS deviation,
			d.line
		FROM (
			SELECT p.*, doc.city, doc.department, doc.entity AS doc_entity,
				coalesce(p.year, doc.fiscal_year) AS fiscal_year
			FROM performance_evals p JOIN documents doc USING (doc_id)
			WHERE doc.status = 'parsed'
		) d
		WHERE TRUE ${scopeWhere({ ...scope, entities: [] })}${projectEntityWhere(scope, sql`d.entity`, sql`d.doc_entity`)}
		ORDER BY d.level = 'project', d.execution_rate NULLS LAST, d.doc_id, d.line`);
}
