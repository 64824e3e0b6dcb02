import { sql, type Runner } from '../db/sql.js';
import { projectEntityWhere, scopeWhere, type Scope } from './scope.js';

/** One self-evaluation (绩效自评) with the document it was printed in. */
export type PerformanceEvalRow = {
	doc_id: string;
	city: string | null;
	/** The 部门 of the document; a project's own unit is `entity`. */
	department: string | null;
	entity: string | null;
	year: number | null;
	/** `project` (项目支出绩效自评表) or `department` (部门整体支出绩效自评表). */
	level: 'project' | 'department';
	name: string;
	budget: number | null;
	available: number | null;
	executed: number | null;
	/** executed / budget × 100; NULL when either is blank. */
	execution_rate: number | null;
	/** 总分 as printed; NULL when the form leaves it blank (never read as 0). */
	score: number | null;
	grade: string | null;
	/** The first line of the form: its provenance, and with doc_id the key of its indicators. */
	line: number;
};

/**
 * Every self-evaluation in scope, projects and whole-department forms alike. The entity filter
 * matches the unit a project belongs to, so choosing 阳泉市强制隔离戒毒所 finds its projects inside the
 * department's evaluation document, and choosing the department alone does not (a unit without
 * documents of its own comes with its department: see projectEntityWhere).
 */
export function performanceEvals(db: Runner, scope: Scope): Promise<PerformanceEvalRow[]> {
	return db.all<PerformanceEvalRow>(sql`
		SELECT e.doc_id, d.city, d.department, e.entity, e.year, e.level, e.name, e.budget, e.available,
			e.executed, e.execution_rate, e.score, e.grade, e.line
		FROM performance_evals e JOIN documents d ON d.doc_id = e.doc_id
		WHERE d.status = 'parsed' ${scopeWhere({ ...scope, entities: [] })}${projectEntityWhere(scope, sql`e.entity`, sql`d.entity`)}
		ORDER BY e.level DESC, d.city, e.year, e.doc_id, e.line`);
}
