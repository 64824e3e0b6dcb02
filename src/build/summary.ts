/**
 * A small summary the build precomputes so the dashboard can draw its first view before DuckDB-WASM
 * is ready: the document matrix and headline figures per document.
 */
import type { Dataset } from '../schema/tables.js';

export type Summary = {
	generated: string;
	documents: { doc_id: string; city: string | null; entity: string | null; fiscal_year: number | null; kind: string | null; status: string; errors: number; warnings: number }[];
	headline: { doc_id: string; expenditure_total: number | null; basic: number | null; project: number | null; three_public_total: number | null }[];
};

export function summarise(ds: Dataset): Summary {
	return {
		generated: new Date().toISOString(),
		documents: ds.documents.map((d) => ({
			doc_id: d.doc_id,
			city: d.city,
			entity: d.entity,
			fiscal_year: d.fiscal_year,
			kind: d.kind,
			status: d.status,
			errors: ds.validation_issues.filter((v) => v.doc_id === d.doc_id && v.severity === 'error').length,
			warnings: ds.validation_issues.filter((v) => v.doc_id === d.doc_id && v.severity === 'warning').length,
		})),
		headline: ds.documents.map((d) => {
			const total = (measure: string) =>
				ds.functional_items.find((f) => f.doc_id === d.doc_id && f.table_key === 'expenditure' && f.code === '合计' && f.measure === measure)?.amount ?? null;
			const tp = ds.three_public.find((t) => t.doc_id === d.doc_id && t.source === 'table' && t.category === 'total' && t.basis !== 'adjusted_budget');
			return { doc_id: d.doc_id, expenditure_total: total('total'), basic: total('basic'), project: total('project'), three_public_total: tp?.amount ?? null };
		}),
	};
}
