import { sql, type Runner } from '../db/sql.js';
import { scopeWhere, type Scope } from './scope.js';

export type Headline = {
	doc_id: string;
	city: string | null;
	entity: string | null;
	/** `department` or `unit` (a unit's own document). */
	scope: string | null;
	fiscal_year: number;
	kind: string;
	total: number | null;
	basic: number | null;
	project: number | null;
	line: number | null;
	/** 支出总计 (with carry-over) this year, the base the narrative's year-on-year change uses. */
	grand_total: number | null;
	/** Last year's figure on the same base: the previous year's document of the same kind (支出合计), else the narrative (支出总计). */
	prior_total: number | null;
	prior_source: string | null;
	change_pct: number | null;
	three_public: number | null;
	three_public_line: number | null;
};

/**
 * Headline figures per budget / final-account document: 支出合计, 基本 / 项目, 三公, change on last
 * year. Plain joins on the few rows each figure needs: this is the first query the page runs while
 * the engine is cold, so it is kept to the cheapest operators.
 */
export function headlines(db: Runner, scope: Scope): Promise<Headline[]> {
	return db.all<Headline>(sql`
		SELECT d.doc_id, d.city, d.entity, d.scope, d.fiscal_year, d.kind,
			t.amount AS total, b.amount AS basic, p.amount AS project, t.line,
			g.value AS grand_total,
			coalesce(prev.amount, np.value) AS prior_total,
			CASE WHEN prev.amount IS NOT NULL THEN 'document' WHEN np.value IS NOT NULL THEN 'narrative' END AS prior_source,
			-- Like with like: 支出合计 against last year's document, 支出总计 against the narrative's 支出总计.
			round(CASE WHEN prev.amount IS NOT NULL THEN (t.amount / prev.amount - 1) * 100
				ELSE (coalesce(g.value, t.amount) / np.value - 1) * 100 END, 1) AS change_pct,
			tp.amount AS three_public, tp.line AS three_public_line
		FROM documents d
		LEFT JOIN functional_items t ON t.doc_id = d.doc_id AND t.table_key = 'expenditure' AND t.code = '合计' AND t.measure = 'total'
		LEFT JOIN functional_items b ON b.doc_id = d.doc_id AND b.table_key = 'expenditure' AND b.code = '合计' AND b.measure = 'basic'
		LEFT JOIN functional_items p ON p.doc_id = d.doc_id AND p.table_key = 'expenditure' AND p.code = '合计' AND p.measure = 'project'
		LEFT JOIN figures g ON g.doc_id = d.doc_id AND g.metric = 'expenditure_total' AND g.source = 'table'
		LEFT JOIN figures np ON np.doc_id = d.doc_id AND np.metric = 'prior_expenditure_total'
		LEFT JOIN three_public tp ON tp.doc_id = d.doc_id AND tp.source = 'table' AND tp.category = 'total' AND tp.basis IN ('budget', 'final')
		LEFT JOIN documents pd ON pd.entity = d.entity AND pd.kind = d.kind AND pd.scope = d.scope AND pd.fiscal_year = d.fiscal_year - 1
		LEFT JOIN functional_items prev ON prev.doc_id = pd.doc_id AND prev.table_key = 'expenditure' AND prev.code = '合计' AND prev.measure = 'total'
		WHERE d.status = 'parsed' AND d.kind IN ('budget', 'final_account') ${scopeWhere(scope)}
		ORDER BY d.city, d.entity, d.fiscal_year, d.kind`);
}
