/**
 * The rows of 支出结构, built from documents aligned by code (`compareDocs`): the path to a code,
 * the drill targets under it, the 基本 / 项目 split, and the rows of its tables. Pure functions, so
 * the components only lay them out. (What the charts draw stays beside them: their row types are
 * exported from the chart components, which plain `tsc` cannot read.)
 */
import type { AlignedRow, Cell, Classification } from '../../queries/compareDocs.js';
import type { DocumentEntry } from '../../queries/documentList.js';
import { documentName } from '../../lib/documents.js';
import { t } from '../../lib/i18n.js';

/** The documents' letters, in the order they are drawn. */
export const LETTERS = 'ABCD';
/** The code of the total row (the root of each document's tree). */
export const TOTAL = '合计'; // zh-data
export type Row = Record<string, unknown>;

/**
 * A classification's words: its title, what shares are of (as a label / within a sentence), the
 * tables it reads and its source line.
 */
export type Section = {
	cls: Classification;
	title: string;
	of: string;
	ofIn: string;
	tables: string;
	source: string;
};

/** The source lines of a figure summed from several (the query joins them with 、), in words. */
export const lineList = (lines: string) => lines.split('\u3001').join(t('listSep'));

export const tree = (rows: readonly AlignedRow[]) => new Map(rows.map((r) => [r.code, r]));
const parentOf = (r: AlignedRow | undefined) => r?.cells.find((c) => c)?.parent ?? null;

/** 合计 down to `code`, each row once. */
export function path(rows: Map<string, AlignedRow>, code: string): AlignedRow[] {
	const out: AlignedRow[] = [];
	for (let r = rows.get(code); r; r = rows.get(parentOf(r) ?? '')) out.unshift(r);
	return out;
}
/** Whether `code` is `top` or lies under it. */
export const under = (rows: Map<string, AlignedRow>, code: string, top: string) =>
	path(rows, code).some((r) => r.code === top);

/** Codes right under `at` that have codes under them: the drill targets, tiny ones included. */
export const drillable = (rows: readonly AlignedRow[], at: AlignedRow) =>
	rows.filter((r) => parentOf(r) === at.code && rows.some((k) => parentOf(k) === r.code));

/** A code as the breadcrumbs name it: `root` for 合计, the code before the name where it has one. */
export const title = (r: AlignedRow, root: string) =>
	r.code === TOTAL ? root : /^\d+$/.test(r.code) ? `${r.code} ${r.name}` : r.name;

/** 基本支出, 项目支出 and the rest (经营支出 and the like) of one functional figure. */
export function split(c: Cell) {
	const [basic, project] = [c.basic ?? 0, c.project ?? 0];
	// Within the documents' 尾数误差 (0.02 万元) the rest is rounding, not spending.
	const rest = Number((c.amount - basic - project).toFixed(2));
	return { basic, project, rest: Math.abs(rest) <= 0.02 ? 0 : rest };
}

/** The focused subtree, one row per code, with each document's 万元 and share side by side. */
export function tableRows(rows: readonly AlignedRow[], top: string, root: string): Row[] {
	const map = tree(rows);
	return rows
		.filter((r) => under(map, r.code, top))
		.map((r) => {
			const o: Row = {
				code: /^\d+$/.test(r.code) ? r.code : '',
				name: `${'\u3000'.repeat(r.depth)}${r.code === TOTAL ? root : r.name}`,
			};
			r.cells.forEach((c, i) => {
				Object.assign(o, { [`a${i}`]: c?.amount ?? null, [`s${i}`]: c?.share ?? null });
				Object.assign(o, { [`d${i}`]: c?.doc ?? null, [`l${i}`]: c?.line ?? null });
			});
			return o;
		});
}

/** 基本支出 / 项目支出 / the rest of the focused code, one row per document. */
export function splitRows(docs: readonly DocumentEntry[], at: AlignedRow | undefined): Row[] {
	return docs.map((d, i) => {
		const c = at?.cells[i];
		const s = c ? split(c) : null;
		const pct = (x: number | undefined) =>
			c?.amount && x !== undefined ? (x / c.amount) * 100 : null;
		return {
			doc: t('structure.lettered', { letter: LETTERS[i]!, name: documentName(d) }),
			total: c?.amount ?? null,
			d: c?.doc ?? null,
			l: c?.line ?? null,
			basic: s?.basic ?? null,
			basic_pct: pct(s?.basic),
			project: s?.project ?? null,
			project_pct: pct(s?.project),
			rest: s?.rest ?? null,
		};
	});
}
