import type { Runner } from '../db/sql.js';
import { functionalTree } from './functionalTree.js';
import { economicBreakdown } from './economicBreakdown.js';

export type Classification = 'functional' | 'economic';
/** Which functional column: 合计, 基本支出, 项目支出 (economic rows have one amount). */
export type Measure = 'total' | 'basic' | 'project';

/** One document's figure for one code. */
export type Cell = {
	amount: number;
	/** amount / the document's 合计 of the same measure × 100. */
	share: number | null;
	/** Functional rows: 合计, 基本支出, 项目支出 as printed (the rest is 经营支出 and the like). */
	total: number | null;
	basic: number | null;
	project: number | null;
	/** The nearest code above it in this document (its tree), NULL for 合计. */
	parent: string | null;
	/** personnel / public / total for economic rows, NULL for functional ones. */
	category: string | null;
	doc: string;
	line: number;
	/** Every line summed into the figure, e.g. '347、348'. */
	lines: string;
	derived: boolean;
};

export type AlignedRow = {
	code: string;
	name: string;
	/** 0 合计; functional 1 类, 2 款, 3 项; economic 1 人员/公用经费, 2 类, 3 款. */
	depth: number;
	/** One per document in the order asked; null where the document does not list the code. */
	cells: (Cell | null)[];
	/** Last document minus first (万元), and that over the first (%); null when not comparable. */
	change: number | null;
	change_pct: number | null;
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Two or more documents side by side, aligned by code (functional 类/款/项 or economic 类/款):
 * each one's amount, share of its 合计 and source line, and the change from the first to the last.
 * Rows come in the classification's own order (合计, then each code followed by those under it).
 */
export async function compareDocs(
	db: Runner,
	docIds: readonly string[],
	classification: Classification,
	measure: Measure = 'total',
): Promise<AlignedRow[]> {
	const nodes =
		classification === 'functional'
			? (await functionalTree(db, docIds)).map((n) => ({
					...n,
					amount: n[measure],
					depth: n.level,
					category: null,
					lines: String(n.line),
				}))
			: (await economicBreakdown(db, docIds)).map((n) => ({
					...n,
					total: n.amount,
					basic: n.amount,
					project: null,
				}));
	const roots = new Map(nodes.filter((n) => n.code === '合计').map((n) => [n.doc_id, n.amount]));
	const rows = new Map<string, AlignedRow>();
	for (const n of nodes) {
		// A code listed with an empty cell in this column counts as 0; one not listed at all is absent.
		const amount = n.amount ?? 0;
		const root = roots.get(n.doc_id);
		const row = rows.get(n.code) ?? {
			code: n.code,
			name: n.name,
			depth: n.depth,
			cells: docIds.map(() => null),
			change: null,
			change_pct: null,
		};
		row.cells[docIds.indexOf(n.doc_id)] = {
			amount,
			share: root ? round2((amount / root) * 100) : null,
			total: n.total,
			basic: n.basic,
			project: n.project,
			parent: n.parent,
			category: n.category,
			doc: n.doc_id,
			line: n.line,
			lines: n.lines,
			derived: n.derived,
		};
		rows.set(n.code, row);
	}
	// The order nodes arrive in is each document's tree order; merge them by that order.
	const order = new Map(nodes.map((n, i) => [n.code, i]));
	const aligned = [...rows.values()]
		.filter((r) => r.cells.some((c) => c && c.amount !== 0) || r.code === '合计')
		.sort((a, b) => {
			const [ka, kb] = [treeKey(a, classification), treeKey(b, classification)];
			return ka < kb ? -1 : ka > kb ? 1 : order.get(a.code)! - order.get(b.code)!;
		});
	if (docIds.length >= 2) {
		for (const r of aligned) {
			const first = r.cells[0]?.amount ?? 0;
			const last = r.cells[r.cells.length - 1]?.amount ?? 0;
			r.change = round2(last - first);
			r.change_pct = first !== 0 ? round2(((last - first) / first) * 100) : null;
		}
	}
	return aligned;
}

/** A sort key putting each code after the one above it: 合计, codes; 人员经费 before 公用经费. */
function treeKey(r: AlignedRow, classification: Classification): string {
	if (r.code === '合计') return '0';
	if (classification === 'functional') return `1${r.code}`;
	const category = r.cells.find((c) => c)?.category;
	const group = category === 'personnel' ? '1' : '2';
	return r.depth === 1 ? group : `${group}${r.code}`;
}
