import { sql, type Runner } from '../db/sql.js';
import { scopeWhere, type Scope } from './scope.js';

export type Headline = {
	doc_id: string;
	city: string | null;
	entity: string | null;
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

/** Headline figures per budget / final-account document: 支出合计, 基本 / 项目, 三公, change on last year. */
export function headlines(db: Runner, scope: Scope): Promise<Headline[]> {
	return db.all<Headline>(sql`
		WITH d AS (SELECT * FROM documents d WHERE d.status = 'parsed' AND d.kind IN ('budget', 'final_account') ${scopeWhere(scope)}),
		tot AS (
			SELECT doc_id,
				max(amount) FILTER (WHERE measure = 'total') AS total,
				max(amount) FILTER (WHERE measure = 'basic') AS basic,
				max(amount) FILTER (WHERE measure = 'project') AS project,
				min(line) AS line
			FROM functional_items WHERE table_key = 'expenditure' AND code = '合计' GROUP BY doc_id),
		tp AS (
			SELECT doc_id, max(amount) AS three_public, min(line) AS three_public_line FROM three_public
			WHERE source = 'table' AND category = 'total' AND basis IN ('budget', 'final') GROUP BY doc_id),
		narrative_prior AS (
			SELECT doc_id, max(value) AS prior FROM figures WHERE metric = 'prior_expenditure_total' GROUP BY doc_id),
		grand AS (
			SELECT doc_id, max(value) AS grand_total FROM figures WHERE metric = 'expenditure_total' AND source = 'table' GROUP BY doc_id),
		base AS (SELECT d.doc_id, d.city, d.entity, d.fiscal_year, d.kind, tot.total, tot.basic, tot.project, tot.line, tp.three_public, tp.three_public_line
			FROM d LEFT JOIN tot USING (doc_id) LEFT JOIN tp USING (doc_id))
		SELECT b.*, g.grand_total,
			coalesce(prev.total, np.prior) AS prior_total,
			CASE WHEN prev.total IS NOT NULL THEN 'document' WHEN np.prior IS NOT NULL THEN 'narrative' END AS prior_source,
			-- Like with like: 支出合计 against last year's document, 支出总计 against the narrative's 支出总计.
			round(CASE WHEN prev.total IS NOT NULL THEN (b.total / prev.total - 1) * 100
				ELSE (coalesce(g.grand_total, b.total) / np.prior - 1) * 100 END, 1) AS change_pct
		FROM base b
		LEFT JOIN narrative_prior np USING (doc_id)
		LEFT JOIN grand g USING (doc_id)
		LEFT JOIN (SELECT d.entity, d.fiscal_year, d.kind, tot.total FROM documents d JOIN tot USING (doc_id)) prev
			ON prev.entity = b.entity AND prev.kind = b.kind AND prev.fiscal_year = b.fiscal_year - 1
		ORDER BY b.city, b.entity, b.fiscal_year, b.kind`);
}
