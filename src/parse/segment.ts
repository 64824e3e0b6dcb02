/**
 * Cutting a document into tables and narrative. A table starts at its title line and runs until the
 * next title or the next part of the prose (第三部分 …, 一、…说明); running page headers inside a
 * table are dropped by the table readers, which know their own header shape.
 */
import type { Line } from './lines.js';
import { tableTitle, type TableKind } from './tableKinds.js';

export type Section = {
	kind: TableKind;
	approval: boolean;
	title: string;
	titleLine: number;
	/** Non-blank lines after the title, up to the next title or prose part. */
	lines: Line[];
};

const PROSE_PART =
	/^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、.{0,30}(说明|情况|目标|解释)|#?\s*[一二三四五六七八九十]+、)/;

export function isProseHeading(line: Line): boolean {
	const cells = line.cells.filter((c) => c !== '');
	// Prose stands at the start of a line; a 类 name in the 支出 column of a table does not.
	// (A year is no code: "一、2025年“三公”经费预算情况说明" is a heading.)
	return (
		cells.length === 1 &&
		line.cells[0] !== '' &&
		PROSE_PART.test(cells[0]!) &&
		!/\d{3,}/.test(cells[0]!.replace(/20\d{2}年/g, ''))
	);
}

export function segment(lines: Line[]): { sections: Section[]; prose: Line[]; toc: Line[] } {
	const sections: Section[] = [];
	const prose: Line[] = [];
	let current: Section | null = null;
	const contents = tableOfContents(lines);
	const toc = lines.filter((l) => contents.has(l.no));
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const cells = line.cells.filter((c) => c !== '');
		const title = cells.length === 1 && !contents.has(line.no) ? tableTitle(cells[0]!) : null;
		if (title) {
			current = { ...title, titleLine: line.no, lines: [] };
			sections.push(current);
			continue;
		}
		if (current && !line.grid && isProseHeading(line) && !tableRowsFollow(lines, i)) current = null;
		// A table's blank lines carry nothing (page breaks, spacing): readers see its filled lines
		// only, so "the next line" and "the first lines" of a table do not depend on spacing.
		if (current) {
			if (cells.length > 0) current.lines.push(line);
		} else prose.push(line);
	}
	return { sections, prose, toc };
}

/**
 * A numbered heading followed by table rows ("一、政府采购情况" then "合计 1 188.31") is a row group.
 * A repeated page header (单位名称, 年度, 金额单位, column headings) may stand between the heading and
 * its rows; prose (a sentence, another heading, a table title) ends the look-ahead.
 */
function tableRowsFollow(lines: readonly Line[], i: number): boolean {
	let seen = 0;
	for (let k = i + 1; k < lines.length && seen < 12; k++) {
		const cells = lines[k]!.cells.filter((c) => c !== '');
		if (cells.length === 0) continue;
		seen++;
		if (cells.length >= 2 && cells.some((c) => /^-?[\d,]+(\.\d+)?$/.test(c))) return true;
		if (
			cells.length === 1 &&
			(isProseHeading(lines[k]!) ||
				tableTitle(cells[0]!) !== null ||
				/[。；;]/.test(cells[0]!) ||
				cells[0]!.length > 40)
		)
			return false;
	}
	return false;
}

const key = (s: string) => s.replace(/\s+|[.…·]{2,}.*$|\d+$/g, '').replace(/^\d+[.、．]?/, '');

/**
 * The lines of a 目录 (table of contents), with or without dot leaders and page numbers: from the
 * 目录 heading ("目 录", or a heading ending in 目录: "2024年部门预算信息公开目录") on, until the page
 * ends (PDF), its first entry is printed again (the document's own first part begins), or — in a
 * 目录 whose entries carry dot leaders — two lines in a row without them.
 */
function tableOfContents(lines: readonly Line[]): Set<number> {
	const out = new Set<number>();
	const text = (l: Line) => l.cells.filter((c) => c !== '').join('');
	const leader = (t: string) => /[.…·]{3,}\s*\d*$|[.…·]{3,}\t?\d+$/.test(t);
	// A heading that only ends in 目录 counts when entries with dot leaders follow it.
	const entriesAfter = (i: number) =>
		lines
			.slice(i + 1)
			.filter((l) => text(l))
			.slice(0, 5)
			.some((l) => leader(l.cells.join('\t')));
	const at = lines.findIndex((l, i) => {
		const t = text(l);
		return (
			/^目\s*录$/.test(t) || (l.heading && t.length <= 30 && /目\s*录$/.test(t) && entriesAfter(i))
		);
	});
	if (at < 0) return out;
	const page = lines[at]!.page;
	let first: string | null = null;
	let leaders = 0;
	// The line before, when it had no leader: a sub-heading of the 目录, or the body's first line.
	let plain: number | null = null;
	for (let i = at + 1; i < lines.length; i++) {
		const l = lines[i]!;
		const t = text(l);
		if (!t) continue;
		if (page !== undefined ? l.page !== page : first !== null && key(t) === first) break;
		const entry = leader(l.cells.join('\t'));
		if (page === undefined && leaders > 0 && !entry) {
			if (plain !== null) {
				out.delete(plain);
				break;
			}
			plain = l.no;
		} else plain = null;
		if (entry) leaders++;
		first ??= key(t);
		out.add(l.no);
	}
	// A 目录 that ends the document's lines on a plain line: that line is the body's.
	if (plain !== null && page === undefined && leaders > 0) out.delete(plain);
	return out;
}
