import { sql, list, type Runner } from '../db/sql.js';

/** One node of a document's basic expenditure by economic classification. */
export type EconomicNode = {
	doc_id: string;
	/** '合计', '人员经费' / '公用经费', or a 类 (301) / 款 (30101) code. */
	code: string;
	/** 合计 → 人员经费 / 公用经费 → 类 → 款; NULL for 合计. */
	parent: string | null;
	name: string;
	/** 0 合计, 1 人员经费 / 公用经费, 2 类, 3 款. */
	depth: number;
	/** personnel (人员经费) / public (公用经费) / total. */
	category: string;
	amount: number;
	/** The first source line, and every line summed into the figure (e.g. '347、348'). */
	line: number;
	lines: string;
	/** True for a total the table does not print, summed here from its 类. */
	derived: boolean;
};

/**
 * The 基本支出 by economic classification of each document: 合计, 人员经费 / 公用经费 (as
 * printed, else their 类 summed), and each 类 and 款. Rows printed once per 政府预算经济科目
 * are summed by code.
 */
export function economicBreakdown(db: Runner, docIds: readonly string[]): Promise<EconomicNode[]> {
	return db.all<EconomicNode>(sql`
		WITH e AS (SELECT * FROM economic_items WHERE doc_id IN ${list(docIds)}),
		coded AS (
			SELECT doc_id, code, arg_min(name, line) AS name, min(level) + 1 AS depth,
				any_value(category) AS category, round(sum(amount), 2) AS amount, min(line) AS line,
				array_to_string(list_sort(list_distinct(list(line))), '、') AS lines
			FROM e WHERE code IS NOT NULL AND category <> 'total'
			GROUP BY doc_id, code),
		printed AS (
			SELECT doc_id,
				CASE name WHEN '人员经费合计' THEN '人员经费' WHEN '公用经费合计' THEN '公用经费'
					ELSE '合计' END AS code,
				max(amount) AS amount, min(line) AS line
			FROM e WHERE category = 'total' AND name IN ('合计', '人员经费合计', '公用经费合计')
			GROUP BY ALL),
		-- 人员经费 / 公用经费 as printed, else their 类 summed; 合计 as printed, else those two summed.
		kinds AS (
			SELECT c.doc_id, CASE c.category WHEN 'personnel' THEN '人员经费' ELSE '公用经费' END AS code,
				any_value(c.category) AS category,
				coalesce(any_value(p.amount), round(sum(c.amount), 2)) AS amount,
				coalesce(any_value(p.line), min(c.line)) AS line,
				coalesce(any_value(p.line)::VARCHAR,
					array_to_string(list_sort(list_distinct(list(c.line))), '、')) AS lines,
				any_value(p.amount) IS NULL AS derived
			FROM coded c
			LEFT JOIN printed p ON p.doc_id = c.doc_id
				AND p.code = CASE c.category WHEN 'personnel' THEN '人员经费' ELSE '公用经费' END
			WHERE c.depth = 2 GROUP BY c.doc_id, 2),
		roots AS (
			SELECT k.doc_id, '合计' AS code, 'total' AS category,
				coalesce(any_value(p.amount), round(sum(k.amount), 2)) AS amount,
				coalesce(any_value(p.line), min(k.line)) AS line,
				coalesce(any_value(p.line)::VARCHAR,
					array_to_string(list_sort(list_distinct(list(k.line))), '、')) AS lines,
				any_value(p.amount) IS NULL AS derived
			FROM kinds k LEFT JOIN printed p ON p.doc_id = k.doc_id AND p.code = '合计'
			GROUP BY k.doc_id),
		groups AS (
			SELECT doc_id, code, '合计' AS parent, code AS name, 1 AS depth, category, amount, line,
				lines, derived
			FROM kinds
			UNION ALL
			SELECT doc_id, code, NULL, '基本支出合计', 0, category, amount, line, lines, derived
			FROM roots),
		nodes AS (
			SELECT doc_id, code,
				CASE WHEN depth = 3 AND EXISTS (
					SELECT 1 FROM coded k WHERE k.doc_id = c.doc_id AND k.code = left(c.code, 3))
				THEN left(c.code, 3)
				ELSE CASE category WHEN 'personnel' THEN '人员经费' ELSE '公用经费' END END AS parent,
				name, depth, category, amount, line, lines, false AS derived
			FROM coded c
			UNION ALL SELECT * FROM groups)
		SELECT * FROM nodes
		ORDER BY doc_id, CASE category WHEN 'total' THEN 0 WHEN 'personnel' THEN 1 ELSE 2 END,
			depth > 1, code`);
}
