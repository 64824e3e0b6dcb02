import { sql, type Runner } from '../db/sql.js';
import { scopeWhere, type Scope } from './scope.js';

/** How far a completion rate is from 100 %: beyond ±10 points counts as a deviation. */
export type Deviation = 'over' | 'within' | 'under';

export type ClassExecution = {
	doc_id: string;
	city: string | null;
	entity: string | null;
	year: number;
	/** The 类 code; null for the whole 一般公共预算财政拨款支出. */
	code: string | null;
	name: string;
	/** 年初预算 and 支出决算, 万元. */
	budget: number | null;
	final: number | null;
	/** final − budget, 万元. */
	difference: number | null;
	/** final / budget × 100, computed. */
	rate: number | null;
	/** 完成年初预算 …% as printed. */
	stated_rate: number | null;
	/** The printed rate disagrees with the computed one (beyond rounding). */
	rate_differs: boolean;
	deviation: Deviation | null;
	line: number;
};

/**
 * 预算执行 by 类: the final accounts' 年初预算 against 支出决算, the whole first and then each 类,
 * with the computed rate beside the printed one. A printed rate more than 0.011 points from the
 * computed one is flagged (the parser's tolerance for rounding to two decimals).
 */
export function executionByClass(db: Runner, scope: Scope): Promise<ClassExecution[]> {
	return db.all<ClassExecution>(sql`
		SELECT d.doc_id, d.city, d.entity, d.year, d.code, d.name, d.budget, d.final,
			round(d.final - d.budget, 2) AS difference, d.rate, d.stated_rate,
			coalesce(abs(d.rate - d.stated_rate) > 0.011, FALSE) AS rate_differs,
			CASE WHEN d.rate > 110 THEN 'over' WHEN d.rate < 90 THEN 'under'
				WHEN d.rate IS NOT NULL THEN 'within' END AS deviation,
			d.line
		FROM (
			SELECT b.*, doc.city, doc.department, b.year AS fiscal_year
			FROM budget_execution b JOIN documents doc USING (doc_id)
			WHERE doc.status = 'parsed'
		) d
		WHERE TRUE ${scopeWhere(scope)}
		ORDER BY d.city NULLS LAST, d.entity, d.year, d.code NULLS FIRST, d.line`);
}
