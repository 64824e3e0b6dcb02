import { sql, type Runner } from '../db/sql.js';

/** One indicator row (绩效指标) of a self-evaluation form. */
export type IndicatorRow = {
	doc_id: string;
	eval_line: number;
	/** 一级指标: 产出指标 / 效益指标 / 满意度指标 (NULL where the form leaves the cell merged or blank). */
	level1: string | null;
	/** 二级指标: 数量指标, 质量指标 … */
	level2: string | null;
	/** 三级指标 */
	name: string;
	/** 年度指标值 */
	target: string | null;
	/** 全年完成值 */
	actual: string | null;
	score: number | null;
	line: number;
};

/** The indicators of one evaluation, identified by its document and the line the form starts on. */
export function indicators(db: Runner, docId: string, evalLine: number): Promise<IndicatorRow[]> {
	return db.all<IndicatorRow>(sql`
		SELECT doc_id, eval_line, level1, level2, name, target, actual, score, line
		FROM performance_indicators
		WHERE doc_id = ${docId} AND eval_line = ${evalLine}
		ORDER BY line`);
}
