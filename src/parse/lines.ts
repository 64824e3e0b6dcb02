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
};

const HTML_CELL_END = /<\/t[dh]>/gi;
const HTML_BREAK = /<br\s*\/?>/gi;
const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/**
 * Watermarks that exports print as lines of their own, anywhere (between table rows, inside forms).
 * They carry nothing: the line is blanked, so a table reader never mistakes one for the rest of a
 * name split across a page break, and the line numbers of the rest stay as they were.
 */
const WATERMARK = /^(仅供(内部)?(审核|审阅|参考|使用)|内部资料(请勿外传)?|内部审核稿|征求意见稿)$/;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\u3000]+(?=[${CJK}])`, 'g');

/** Full-width ASCII (ＡＢＣ１２３（），：％) → ASCII; ideographic space → space. */
export function toHalfWidth(s: string): string {
	return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Cleans one raw line; exported for the tests of each quirk. */
export function cleanLine(raw: string): { text: string; heading: boolean } {
	let s = raw.replace(/\r$/, '');
	s = s.replace(HTML_CELL_END, '\t').replace(HTML_BREAK, ' ').replace(HTML_TAG, '');
	s = s.replace(/&(nbsp|amp|lt|gt|quot);/g, (e) => ENTITIES[e] ?? e);
	s = toHalfWidth(s);
	const heading = /^\s*#{1,6}\s/.test(s);
	s = s.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*[-*]\s+(?=\S)/, '');
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
