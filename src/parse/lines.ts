/**
 * Text → lines of cells. Every later stage reads `Line`s, so the clean-up of export noise happens
 * once, here: CRLF, HTML fragments, markdown headings and list markers, full-width ASCII, names
 * broken by stray spaces between Chinese characters. The 1-based line number is kept for provenance.
 */

export type Line = {
	/** 1-based line number in the source file. */
	readonly no: number;
	/** The line after clean-up, cells joined by tabs. */
	readonly text: string;
	/** Tab-separated cells, trimmed; empty cells are kept, they carry column positions. */
	readonly cells: readonly string[];
	/** True when the source line was a markdown heading (`# …`). */
	readonly heading: boolean;
	/** The PDF page the line was rebuilt from (1-based); absent for text formats. */
	readonly page?: number;
	/** True when the adapter saw the line laid out in a table's columns (a PDF table block). */
	readonly grid?: boolean;
};

const HTML_CELL_END = /<\/t[dh]>/gi;
/** What may follow a row's last cell end: row and table tags, spaces. */
const ROW_TAIL = /^(?:\s*<\/?(?:tr|tbody|thead|tfoot|table)\b[^<>]*>)*\s*$/i;

/** Drops the row's last </td> (found from the end, so a long row costs one pass). */
function dropLastCellEnd(s: string): string {
	const i = Math.max(s.toLowerCase().lastIndexOf('</td>'), s.toLowerCase().lastIndexOf('</th>'));
	return i >= 0 && ROW_TAIL.test(s.slice(i + 5)) ? s.slice(0, i) + s.slice(i + 5) : s;
}
const HTML_BREAK = /<br\s*\/?>/gi;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITIES: Record<string, string> = {
	'&nbsp;': ' ',
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
};
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/**
 * Watermarks that exports print as lines of their own, anywhere (between table rows, inside forms).
 * They carry nothing: the line is blanked, so a table reader never mistakes one for the rest of a
 * name split across a page break, and the line numbers of the rest stay as they were.
 */
const WATERMARK = /^(仅供(内部)?(审核|审阅|参考|使用)|内部资料(请勿外传)?|内部审核稿|征求意见稿)$/;
/** Characters a Chinese name is made of: a space between two of them is layout, not text. */
const NAME_CHARS = `${CJK}()（）“”《》、`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${NAME_CHARS}])[ \\u3000]+(?=[${NAME_CHARS}])`, 'g');

/** Full-width ASCII (ＡＢＣ１２３（），：％) → ASCII; ideographic space → space. */
export function toHalfWidth(s: string): string {
	return s
		.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/\u3000/g, ' ');
}

/** The clean-up every cell gets whatever the format: half-width ASCII, layout spaces in names dropped. */
export const cleanCell = (s: string): string =>
	toHalfWidth(s)
		.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
		.replace(SPACE_BETWEEN_CJK, '')
		.trim();

/** Cleans one raw line; exported for the tests of each quirk. */
export function cleanLine(raw: string): { text: string; heading: boolean } {
	// Full-width first: a full-width export prints its markup (＜ｔｄ＞, ＆ｎｂｓｐ；) full-width too.
	let s = toHalfWidth(raw.replace(/\r$/, ''))
		// No-break and typographic spaces are spaces; zero-width characters are nothing.
		.replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
		.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
	// <td>a</td><td>b</td>: a cell end separates cells, except the row's last one (no empty cell after it).
	s = dropLastCellEnd(s)
		.replace(HTML_CELL_END, '\t')
		.replace(HTML_BREAK, ' ')
		.replace(HTML_TAG, '');
	s = s.replace(/&(nbsp|amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e);
	const heading = /^\s*#{1,6}\s/.test(s);
	s = s.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*[-*]\s+(?=\S)/, '');
	// Markdown table rules (|---|:--:|) separate a header from the rows: nothing to read.
	// (No two quantifiers share a character: a long run of blanks or dashes stays one pass.)
	if (s.includes('|') && /^[\s|:]*-{3}[\s|:-]*$/.test(s)) return { text: '', heading: false };
	// Markdown table rows: | a | b | → a<TAB>b
	if (/^\s*\|.*\|\s*$/.test(s)) s = s.trim().slice(1, -1).split('|').join('\t');
	s = s.replace(SPACE_BETWEEN_CJK, '');
	if (WATERMARK.test(s.replace(/[\s,，、:：]+/g, ''))) return { text: '', heading: false };
	return { text: s, heading };
}

export function toLines(text: string): Line[] {
	const raw = text.split(/\r\n|\n|\r/);
	return raw.map((r, i) => {
		const { text: t, heading } = cleanLine(r);
		const cells = t.split('\t').map((c) => c.trim());
		return { no: i + 1, text: t, cells, heading };
	});
}

/** The non-empty cells of a line, in order. */
export const filled = (line: Line): string[] => line.cells.filter((c) => c !== '');

/** A line with no text at all. */
export const isBlank = (line: Line): boolean => line.text.trim() === '';
