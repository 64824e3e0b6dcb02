import { sql, list, type Runner } from '../db/sql.js';

/** One row of a document's 支出总表 (支出决算表) by functional classification. */
export type FunctionalNode = {
	doc_id: string;
	/** 3/5/7-digit 类/款/项 code, or '合计' for the table's total row. */
	code: string;
	/** The nearest code this document lists above it ('合计' for a 类); NULL for 合计. */
	parent: string | null;
	name: string;
	/** 0 合计, 1 类, 2 款, 3 项. */
	level: number;
	/** 合计 / 本年支出合计; 基本支出; 项目支出 (万元, NULL where the cell is empty). */
	total: number | null;
	basic: number | null;
	project: number | null;
	line: number;
	/** True for a 合计 the table does not print, summed here from its 类. */
	derived: boolean;
};

/**
 * The functional classification of each document's expenditure table (table_key 'expenditure') as
 * a tree: one row per document and code, with its 合计 / 基本 / 项目 amounts and source line.
 */
export function functionalTree(db: Runner, docIds: readonly string[]): Promise<FunctionalNode[]> {
	return db.all<FunctionalNode>(sql`
		WITH items AS (
			SELECT doc_id, code, arg_min(name, line) AS name, min(level) AS level,
				max(amount) FILTER (WHERE measure = 'total') AS total,
				max(amount) FILTER (WHERE measure = 'basic') AS basic,
				max(amount) FILTER (WHERE measure = 'project') AS project,
				min(line) AS line, false AS derived
			FROM functional_items
			WHERE table_key = 'expenditure' AND doc_id IN ${list(docIds)}
			GROUP BY doc_id, code),
		-- A table without a 合计 row still needs a root: its 类 summed.
		roots AS (
			SELECT doc_id, '合计' AS code, '合计' AS name, 0 AS level,
				round(sum(total), 2) AS total, round(sum(basic), 2) AS basic,
				round(sum(project), 2) AS project,
				min(line) AS line, true AS derived
			FROM items i WHERE level = 1
				AND NOT EXISTS (SELECT 1 FROM items r WHERE r.doc_id = i.doc_id AND r.code = '合计')
			GROUP BY doc_id),
		nodes AS (SELECT * FROM items UNION ALL SELECT * FROM roots)
		SELECT n.doc_id, n.code,
			CASE WHEN n.code = '合计' THEN NULL ELSE coalesce((
				SELECT arg_max(p.code, length(p.code)) FROM nodes p
				WHERE p.doc_id = n.doc_id AND p.code <> '合计' AND length(p.code) < length(n.code)
					AND starts_with(n.code, p.code)), '合计') END AS parent,
			n.name, n.level, n.total, n.basic, n.project, n.line, n.derived
		FROM nodes n
		ORDER BY n.doc_id, n.code <> '合计', n.code`);
}
