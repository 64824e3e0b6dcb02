/**
 * 部门排名: documents' scores averaged per department (entity), across the cities and years in scope.
 */
import type { DocScore } from './score.js';

export type ScoredDoc = {
	doc_id: string;
	entity: string | null;
	city: string | null;
	/** How the document is named in the view (entity, year, 预算/决算). */
	label: string;
	score: DocScore;
};

export type EntityRank = {
	entity: string;
	cities: string[];
	/** Number of documents averaged. */
	n: number;
	/** Mean 总分 of its documents, one decimal. */
	mean: number;
	best: ScoredDoc;
	worst: ScoredDoc;
};

/**
 * One row per entity, best mean first (ties by name); documents without entity count as one ('—';
 * the view names them before ranking).
 */
export function rankEntities(docs: readonly ScoredDoc[]): EntityRank[] {
	const groups = new Map<string, ScoredDoc[]>();
	for (const d of docs) {
		const key = d.entity ?? '—';
		groups.set(key, [...(groups.get(key) ?? []), d]);
	}
	return [...groups]
		.map(([entity, ds]) => {
			const byTotal = [...ds].sort((a, b) => b.score.total - a.score.total);
			const mean = ds.reduce((s, d) => s + d.score.total, 0) / ds.length;
			return {
				entity,
				cities: [...new Set(ds.map((d) => d.city ?? '—'))],
				n: ds.length,
				mean: Math.round(mean * 10) / 10,
				best: byTotal[0]!,
				worst: byTotal[byTotal.length - 1]!,
			};
		})
		.sort((a, b) => b.mean - a.mean || a.entity.localeCompare(b.entity, 'zh-CN'));
}
