import { sql, when, type Runner } from '../db/sql.js';
import type { Basis } from '../state/view.svelte.js';
import { scopeWhere, type Scope } from './scope.js';

/** One 三公 figure with its document and provenance. */
export type ThreePublicPoint = {
	doc_id: string;
	city: string | null;
	entity: string | null;
	/** The year the figure is about (a 2024 budget's narrative states the 2023 figure). */
	year: number;
	/** `budget` / `adjusted_budget` (决算表的预算数, adjusted full-year budget) / `final`. */
	basis: string;
	category: string;
	amount: number;
	/** `table`, or `narrative` when the figure is only stated in, or implied by, the text. */
	source: string;
	line: number;
	/** The kind and year of the document the figure was read from. */
	doc_kind: string | null;
	doc_year: number | null;
};

/**
 * Every 三公经费 figure (三公经费) of the entities in scope, over the years: each category and the
 * total, budget / adjusted budget / final, from the tables and from the narrative. The years of the
 * scope select the year a figure is about, not the year of its document, and entities match the
 * figure's own unit. `basis` 'budget' keeps the budgets (年初 and 调整后), 'final' the final accounts.
 */
export function threePublicTrend(
	db: Runner,
	scope: Scope,
	basis: Basis,
): Promise<ThreePublicPoint[]> {
	return db.all<ThreePublicPoint>(sql`
		SELECT d.doc_id, d.city, d.entity, d.year, d.basis, d.category, d.amount, d.source, d.line,
			d.doc_kind, d.doc_year
		FROM (
			SELECT t.*, doc.city, doc.department, doc.kind AS doc_kind, doc.fiscal_year AS doc_year,
				t.year AS fiscal_year
			FROM three_public t JOIN documents doc USING (doc_id)
			WHERE doc.status = 'parsed'
		) d
		WHERE TRUE ${scopeWhere(scope)}
		${when(basis === 'budget', sql`AND d.basis IN ('budget', 'adjusted_budget')`)}
		${when(basis === 'final', sql`AND d.basis = 'final'`)}
		ORDER BY d.city NULLS LAST, d.entity, d.year,
			list_position(['total', 'outbound', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation',
				'reception'], d.category),
			list_position(['budget', 'adjusted_budget', 'final'], d.basis), d.source DESC, d.doc_id`);
}
