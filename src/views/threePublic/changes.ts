/**
 * Is it rising? The change of each 三公 figure on the year before: per entity, category and basis
 * (预算 with 预算, 决算 with 决算), the latest year against the one before it, in 万元 and percent.
 * A year's table figure wins over the narrative's (the query orders table first); a change is only
 * computed between consecutive years, and never on a zero base.
 */
import type { ThreePublicPoint } from '../../queries/threePublicTrend.js';

export type Change = {
	city: string | null;
	entity: string | null;
	category: string;
	basis: string;
	year: number;
	amount: number;
	doc_id: string;
	line: number;
	/** The year before, when the data have it. */
	prior_year: number | null;
	prior: number | null;
	prior_doc: string | null;
	prior_line: number | null;
	change: number | null;
	change_pct: number | null;
	/** Either figure stated only in the narrative. */
	narrative: boolean;
};

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export function latestChanges(points: readonly ThreePublicPoint[]): Change[] {
	const groups = new Map<string, Map<number, ThreePublicPoint>>();
	for (const p of points) {
		const key = [p.city, p.entity, p.category, p.basis].join('|');
		const byYear = groups.get(key) ?? new Map<number, ThreePublicPoint>();
		if (!byYear.has(p.year)) byYear.set(p.year, p);
		groups.set(key, byYear);
	}
	return [...groups.values()].map((byYear) => {
		const latest = Math.max(...byYear.keys());
		const now = byYear.get(latest)!;
		const before = byYear.get(latest - 1) ?? null;
		const change = before ? round(now.amount - before.amount, 2) : null;
		return {
			city: now.city,
			entity: now.entity,
			category: now.category,
			basis: now.basis,
			year: latest,
			amount: now.amount,
			doc_id: now.doc_id,
			line: now.line,
			prior_year: before ? before.year : null,
			prior: before?.amount ?? null,
			prior_doc: before?.doc_id ?? null,
			prior_line: before?.line ?? null,
			change,
			change_pct:
				before && before.amount !== 0 ? round((now.amount / before.amount - 1) * 100, 1) : null,
			narrative: now.source === 'narrative' || before?.source === 'narrative',
		};
	});
}
