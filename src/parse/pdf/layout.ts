/**
 * The PDF adapter: a PDF's text layer → the same `Line`s every other format becomes, in reading
 * order, each with its page and the box of every cell. Nothing after this knows a line came from a
 * PDF; the boxes go back onto the rows at the end (provenance.ts).
 */
import type { PageText } from './extract.js';
import { pagePhrases, type Phrase } from './phrases.js';
import { assignColumns, blockRows, columnsOf, median, rawLines, type Row } from './grid.js';
import { cleanCell, type Line } from '../lines.js';

/** Where each rebuilt line is on its page: the source viewer draws these boxes. */
export type PdfLayout = {
	pages: { width: number; height: number }[];
	/** Index i is line i + 1. */
	lines: ({ page: number; box: string; cells: { text: string; box: string }[] } | null)[];
};

const r1 = (x: number) => Math.round(x * 10) / 10;
const boxOf = (phrases: readonly Phrase[]): string => {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of parts(phrases)) {
		x0 = Math.min(x0, p.x0);
		x1 = Math.max(x1, p.x1);
		y0 = Math.min(y0, p.y - p.size * 0.9);
		y1 = Math.max(y1, p.y + p.size * 0.2);
	}
	return `${r1(Math.max(0, x0))},${r1(Math.max(0, y0))},${r1(x1)},${r1(y1)}`;
};

/** Joins the phrases of one cell: Chinese runs on directly, a space between two Latin words. */
function joinCell(ps: readonly Phrase[]): string {
	if (ps.length === 0) return '';
	let s = '';
	for (const p of ps)
		s += s && /[A-Za-z0-9.,]$/.test(s) && /^[A-Za-z0-9]/.test(p.text) ? ` ${p.text}` : p.text;
	return cleanCell(s);
}

/**
 * A block ends at a line that stands alone in the middle of the page (a table's title): two tables
 * on one page get columns of their own.
 */
function blocks(lines: readonly Row[], width: number): Row[][] {
	const out: Row[][] = [[]];
	for (const l of lines) {
		const p = l.phrases[0]!;
		const centred =
			l.phrases.length === 1 &&
			p.x1 - p.x0 < width * 0.6 &&
			Math.abs((p.x0 + p.x1) / 2 - width / 2) < width * 0.05 &&
			p.text.length >= 4 &&
			!/^[一二三四五六七八九十]+、/.test(p.text);
		if (centred && out[out.length - 1]!.length) out.push([]);
		out[out.length - 1]!.push(l);
	}
	return out;
}

/**
 * Prose wraps at the page's right edge: a line that runs to the right margin, followed by one that
 * starts at the left margin (a paragraph's first line is indented, its continuation is not), is one
 * sentence — so "比上年减少…万" and "元" are read together.
 */
function paragraphs(lines: readonly Row[], size: number): Row[] {
	const left = Math.min(...lines.map((l) => l.phrases[0]!.x0));
	const right = Math.max(...lines.map((l) => l.phrases[l.phrases.length - 1]!.x1));
	const out: Row[] = [];
	for (const l of lines) {
		const prev = out[out.length - 1];
		const prevEnd = prev?.phrases[prev.phrases.length - 1];
		const next = l.phrases[0]!;
		const wraps =
			prevEnd &&
			// A line that runs to the right margin, or stops mid-sentence ("…行政单位离退休" / "（项）。…").
			(prevEnd.x1 >= right - size * 1.5 || !/[。；;：:！？!?]$/.test(prevEnd.text)) &&
			!/[…．.]$/.test(prevEnd.text) &&
			l.phrases.length === 1 &&
			next.x0 <= left + size * 0.5 &&
			next.y - prevEnd.y <= size * 2.2;
		if (prev && prevEnd && wraps) {
			const last = prev.phrases.length - 1;
			prev.phrases[last] = {
				...prevEnd,
				text: prevEnd.text + next.text,
				y: next.y,
				x1: Math.max(prevEnd.x1, next.x1),
			};
			extra.set(prev.phrases[last]!, [...(extra.get(prevEnd) ?? [prevEnd]), ...l.phrases]);
			continue;
		}
		out.push({ y: l.y, phrases: [...l.phrases] });
	}
	return out;
}

/**
 * A heading wrapped inside its cell ("本年收入合" over "计", "附属单" / "位上" / "缴收入") is one
 * heading: a phrase of a line without figures continues the phrase centred over it in the same
 * column a line or two above.
 */
function joinWrappedHeadings(rows: Row[], size: number): Row[] {
	// Only the table's heading lines: above its first row of figures. (Below, a line without
	// figures is a row of its own: "二、外交支出" under "一、一般公共服务支出".)
	const first = rows.findIndex((r) => r.phrases.some((p) => p.amount));
	const heads = (first < 0 ? rows : rows.slice(0, first)).filter(
		(r) => !r.phrases.some((p) => p.amount),
	);
	for (let i = heads.length - 1; i > 0; i--) {
		const below = heads[i]!;
		for (const q of [...below.phrases]) {
			// 类 / 款 / 项 head their own columns; they continue no heading.
			if (/^[类款项]$/.test(q.text)) continue;
			const mid = (q.x0 + q.x1) / 2;
			const above = heads
				.slice(0, i)
				.filter((r) => q.y - r.y <= size * 2 && q.y > r.y)
				.flatMap((r) => r.phrases.map((p) => ({ r, p })))
				.filter(({ p }) => p.col === q.col && Math.abs((p.x0 + p.x1) / 2 - mid) < size * 0.5)
				.sort((a, b) => b.r.y - a.r.y)[0];
			if (!above) continue;
			const joined = {
				...above.p,
				text: above.p.text + q.text,
				x0: Math.min(above.p.x0, q.x0),
				x1: Math.max(above.p.x1, q.x1),
			};
			extra.set(joined, [...parts([above.p]), ...parts([q])]);
			above.r.phrases[above.r.phrases.indexOf(above.p)] = joined;
			below.phrases.splice(below.phrases.indexOf(q), 1);
		}
	}
	return rows.filter((r) => r.phrases.length > 0);
}

/** The phrases a joined paragraph phrase was made of: its box covers them all. */
const extra = new WeakMap<Phrase, Phrase[]>();
const parts = (ps: readonly Phrase[]): Phrase[] => ps.flatMap((p) => extra.get(p) ?? [p]);

/** Lines of every page, numbered from `firstLine` on, with the layout the viewer needs. */
export function pdfLines(pages: readonly PageText[]): { lines: Line[]; layout: PdfLayout } {
	const lines: Line[] = [];
	const layout: PdfLayout = {
		pages: pages.map((p) => ({ width: r1(p.width), height: r1(p.height) })),
		lines: [],
	};
	pages.forEach((page, pi) => {
		const phrases = pagePhrases(page.runs);
		if (phrases.length === 0) return;
		const size = median(phrases.map((p) => p.size));
		for (const block of blocks(rawLines(phrases, size * 0.35), page.width)) {
			const cols = columnsOf(block);
			let rows: Row[];
			if (cols) {
				assignColumns(
					block.flatMap((l) => l.phrases),
					cols,
				);
				rows = joinWrappedHeadings(blockRows(block, cols, size), size);
			} else {
				rows = paragraphs(block, size);
				for (const r of rows) r.phrases.forEach((p, i) => (p.col = i));
			}
			for (const row of rows) {
				const width = cols ? cols.length : row.phrases.length;
				const groups: Phrase[][] = Array.from({ length: width }, () => []);
				for (const p of row.phrases) groups[p.col]!.push(p);
				// Only columns up to the last filled one: a line's trailing blanks carry nothing.
				let last = groups.length - 1;
				while (last > 0 && groups[last]!.length === 0) last--;
				const used = groups.slice(0, last + 1);
				const cells = used.map(joinCell);
				const no = lines.length + 1;
				lines.push({
					no,
					text: cells.join('\t'),
					cells,
					heading: false,
					page: pi + 1,
					grid: cols !== null && cols.length > 1,
				});
				layout.lines.push({
					page: pi + 1,
					box: boxOf(row.phrases),
					cells: used.map((g, i) => ({ text: cells[i]!, box: g.length ? boxOf(g) : '' })),
				});
			}
		}
	});
	return { lines, layout };
}
