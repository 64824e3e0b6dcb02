/**
 * Phrases of one page → rows of cells. A PDF prints no blank cells: only a figure's x position says
 * which column it is in. So the columns come from the page itself: the x extents of the cells of its
 * data rows (rows with figures), plus header cells that stand over no data (columns blank on this
 * page). Every phrase takes the column it overlaps most; a header spanning several columns takes the
 * one it covers most. Rows are found from the table's leftmost label column (codes, row labels):
 * some exports print figures, or the two halves of a wrapped name, a few points above or below
 * their row's label, and those are attached to the row they belong to.
 */
import type { Phrase } from './phrases.js';

export type Column = { x0: number; x1: number };

/** 类 / 款 / 项 over the code columns: headings, never a row of figures, whatever stands beside them. */
const LEVEL_HEADING = /^[类款项]$/;
export type Row = { y: number; phrases: Phrase[] };

const median = (xs: number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** Clusters phrases into raw lines by baseline. */
export function rawLines(phrases: readonly Phrase[], tolerance: number): Row[] {
	const rows: Row[] = [];
	for (const p of [...phrases].sort((a, b) => a.y - b.y || a.x0 - b.x0)) {
		const last = rows[rows.length - 1];
		if (last && p.y - last.y <= tolerance) last.phrases.push(p);
		else rows.push({ y: p.y, phrases: [p] });
	}
	for (const r of rows) r.phrases.sort((a, b) => a.x0 - b.x0);
	return rows;
}

const overlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) =>
	Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/** Merges x extents that overlap into columns, left to right. */
function project(extents: readonly { x0: number; x1: number }[]): Column[] {
	const cols: Column[] = [];
	for (const e of [...extents].sort((a, b) => a.x0 - b.x0)) {
		const last = cols[cols.length - 1];
		if (last && e.x0 < last.x1 - 0.5) last.x1 = Math.max(last.x1, e.x1);
		else cols.push({ x0: e.x0, x1: e.x1 });
	}
	return cols;
}

/**
 * The columns of a block of lines: from its data lines (two or more cells, one a figure), then
 * every other cell that overlaps none of them (a header over a column left blank on this page).
 */
export function columnsOf(lines: readonly Row[]): Column[] | null {
	const data = lines.filter((l) => l.phrases.length >= 2 && l.phrases.some((p) => p.amount));
	if (data.length === 0) {
		const multi = lines.filter((l) => l.phrases.length >= 3);
		if (multi.length < 2) return null;
		return project(multi.flatMap((l) => l.phrases));
	}
	let cols = project(data.flatMap((l) => l.phrases));
	// Header cells over no data: the deepest first (leaf labels such as 事业收入 over a blank column),
	// then the ones above, which are a column only if they are not a group label centred over
	// several columns (本年收入 over 项目 | 预算数).
	const extra = lines
		.filter((l) => !data.includes(l))
		.flatMap((l) => l.phrases)
		// Short labels only: a note or a sentence under the table is no column heading.
		.filter((p) => p.text.length <= 12 && cols.every((c) => overlap(c, p) <= 0))
		.sort((a, b) => b.y - a.y);
	// Figures are often right-aligned under a centred heading: a heading beside a data column that
	// no heading stands over names that column (基本支出 over a column of right-aligned figures).
	const headings = lines
		.filter((l) => !data.includes(l))
		.flatMap((l) => l.phrases)
		.filter((p) => p.text.length <= 12);
	// Headings above this one are group labels (一般公共预算支出 over 基本支出 | 项目支出): only one at
	// the same depth or deeper names a column.
	const firstData = Math.min(...data.map((l) => l.y));
	const labelled = (c: Column, p: Phrase) =>
		headings.some((h) => h !== p && h.y >= p.y - p.size * 0.5 && overlap(c, h) > 0);
	for (const p of extra) {
		if (
			cols.some((c) => overlap(c, p) > 0) ||
			spansColumns(
				p,
				cols,
				headings.filter((h) => h.y < firstData),
			)
		)
			continue;
		const gap = (c: Column) => Math.max(c.x0 - p.x1, p.x0 - c.x1);
		const near = cols
			.filter((c) => !labelled(c, p) && gap(c) < Math.max(p.size * 2, p.x1 - p.x0))
			.sort((a, b) => gap(a) - gap(b))[0];
		if (near) {
			near.x0 = Math.min(near.x0, p.x0);
			near.x1 = Math.max(near.x1, p.x1);
			continue;
		}
		cols = project([...cols, p]);
	}
	return cols;
}

/**
 * True when the phrase is a group label centred over two neighbouring columns (本年收入 over
 * 项目 | 预算数), standing in the gap between them. A heading over a column of its own is not.
 */
function spansColumns(p: Phrase, cols: readonly Column[], headings: readonly Phrase[]): boolean {
	const mid = (p.x0 + p.x1) / 2;
	for (let i = 0; i + 1 < cols.length; i++) {
		const [a, b] = [cols[i]!, cols[i + 1]!];
		const span = b.x1 - a.x0;
		// A group label heads other headings: one stands below it, within the two columns.
		const heads = headings.some(
			(h) => h.y > p.y + p.size * 0.5 && !h.amount && h.x0 >= a.x0 - 1 && h.x1 <= b.x1 + 1,
		);
		if (
			p.x0 >= a.x0 &&
			p.x1 <= b.x1 &&
			heads &&
			Math.abs((a.x0 + b.x1) / 2 - mid) < Math.max(4, span * 0.03)
		)
			return true;
	}
	return false;
}

export function assignColumns(phrases: readonly Phrase[], cols: readonly Column[]): void {
	for (const p of phrases) {
		let best = -1;
		let bestOverlap = 0;
		cols.forEach((c, i) => {
			const o = overlap(c, p);
			if (o > bestOverlap) {
				bestOverlap = o;
				best = i;
			}
		});
		if (best < 0) {
			// Between columns: the nearest by centre.
			const mid = (p.x0 + p.x1) / 2;
			let d = Infinity;
			cols.forEach((c, i) => {
				const dc = Math.abs((c.x0 + c.x1) / 2 - mid);
				if (dc < d) {
					d = dc;
					best = i;
				}
			});
		}
		p.col = best;
	}
}

const sortedYs = (ps: readonly Phrase[]): number[] => ps.map((p) => p.y).sort((a, b) => a - b);

/** The index of the value of ascending `ys` nearest to y (the lower one on a tie; -1 if none). */
function nearestIndex(ys: readonly number[], y: number): number {
	let lo = 0;
	let hi = ys.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (ys[mid]! < y) lo = mid + 1;
		else hi = mid;
	}
	if (lo === 0) return ys.length ? 0 : -1;
	if (lo === ys.length) return lo - 1;
	return Math.abs(ys[lo - 1]! - y) <= Math.abs(ys[lo]! - y) ? lo - 1 : lo;
}

/** The value of ascending `ys` nearest to y, Infinity if there is none. */
const nearest = (ys: readonly number[], y: number): number => ys[nearestIndex(ys, y)] ?? Infinity;

/**
 * Rows of a block whose columns are known. The anchor column is the leftmost column whose data
 * cells are mostly labels (codes, names): each of its cells, and each label that stands where it
 * has none (合计 in the name column), starts a row. A column whose cells sit consistently a few
 * points off their row's anchor is shifted by that offset; then every phrase joins the nearest row
 * within most of a line's height, and what joins none keeps a line of its own.
 */
export function blockRows(lines: readonly Row[], cols: readonly Column[], size: number): Row[] {
	const phrases = lines.flatMap((l) => l.phrases);
	const data = lines.filter((l) => l.phrases.length >= 2 && l.phrases.some((p) => p.amount));
	const dataByCol: Phrase[][] = cols.map(() => []);
	for (const l of data) for (const p of l.phrases) dataByCol[p.col]?.push(p);
	const labelCols = dataByCol.map(
		(ps) => ps.length > 0 && ps.filter((p) => !p.amount).length >= ps.length / 2,
	);
	const anchorCol = labelCols.indexOf(true);
	if (anchorCol < 0 || data.length < 2)
		return lines.map((l) => ({ y: l.y, phrases: [...l.phrases] }));
	// Code columns anchor rows too: a table printed as two groups side by side (the 决算's economic
	// table) has rows where only the right group's code is printed.
	const codeCols = new Set(
		dataByCol.flatMap((ps, i) =>
			ps.length > 0 && ps.filter((p) => /^\d{2,3}$/.test(p.text)).length >= ps.length * 0.8
				? [i]
				: [],
		),
	);
	const primary = sortedYs(
		phrases.filter((p) => p.col === anchorCol && !LEVEL_HEADING.test(p.text)),
	);
	// Another code column anchors only the rows the first one leaves empty (within a row, the two
	// groups' codes may stand a few points apart).
	const isAnchor = (p: Phrase) =>
		!LEVEL_HEADING.test(p.text) &&
		(p.col === anchorCol ||
			(codeCols.has(p.col) && Math.abs(nearest(primary, p.y) - p.y) > size * 0.8));
	const anchorYs = sortedYs(phrases.filter(isAnchor));
	const nearestAnchor = (y: number) => nearest(anchorYs, y);
	const offsets = cols.map((_, i) => {
		if (i === anchorCol || codeCols.has(i)) return 0;
		const ds = phrases
			.filter((p) => p.col === i)
			.map((p) => nearestAnchor(p.y) - p.y)
			.filter((d) => Math.abs(d) <= size);
		const m = median(ds);
		// A column offset is a habit of the export, seen on most of the column's cells, not one header.
		const agree = ds.filter((d) => Math.abs(d - m) <= 1).length;
		return ds.length >= 3 && agree >= ds.length * 0.6 && Math.abs(m) >= size * 0.3 ? m : 0;
	});
	const yOf = (p: Phrase) => p.y + (offsets[p.col] ?? 0);
	// Row starts: anchor cells, then labels far from any anchor that print figures beside them (合计
	// rows). A label alone near an anchor is half of a wrapped name and joins that row.
	const withFigures = new Set(
		lines.filter((l) => l.phrases.some((p) => p.amount)).flatMap((l) => l.phrases),
	);
	const far = (p: Phrase) => Math.abs(nearestAnchor(yOf(p)) - yOf(p));
	const starts = rawLines(
		phrases
			.filter(
				(p) =>
					isAnchor(p) ||
					(labelCols[p.col] &&
						!codeCols.has(p.col) &&
						!p.amount &&
						!LEVEL_HEADING.test(p.text) &&
						far(p) > size * 0.5 &&
						(withFigures.has(p) || far(p) > size * 0.8)),
			)
			.map((p) => ({ ...p, y: yOf(p) })),
		size * 0.35,
	).map((r) => ({ y: r.y, phrases: [] as Phrase[] }));
	const free: Phrase[] = [];
	const reach = size * 0.8;
	const startYs = starts.map((r) => r.y);
	for (const p of phrases) {
		const y = yOf(p);
		const best = starts[nearestIndex(startYs, y)];
		if (!LEVEL_HEADING.test(p.text) && best && Math.abs(best.y - y) <= reach) best.phrases.push(p);
		else free.push(p);
	}
	const rows = [...starts.filter((r) => r.phrases.length > 0), ...rawLines(free, size * 0.35)];
	rows.sort((a, b) => a.y - b.y);
	for (const r of rows) r.phrases.sort((a, b) => a.col - b.col || a.y - b.y || a.x0 - b.x0);
	return rows;
}

export { median };
