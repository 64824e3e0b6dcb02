import { figureCells } from '../../parse/pdf/provenance.js';
import type { PdfLayout } from '../../parse/pdf/layout.js';

/**
 * Where the lines of a PDF document sit on its pages, as the parser reports it (its PdfLayout):
 * line i + 1 of the rebuilt text is `lines[i]` (null when not from the PDF). A box is the string
 * 'x0,y0,x1,y1' in PDF points, origin at the page's top-left.
 */
export type { PdfLayout };

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** 'x0,y0,x1,y1' → numbers; null for anything else. */
export function parseBox(box: string | null | undefined): Box | null {
	if (!box) return null;
	const n = box.split(',').map(Number);
	if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return null;
	const [x0, y0, x1, y1] = n as [number, number, number, number];
	return { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
}

/** The page (1-based) and box of a line of the rebuilt text, when the layout knows it. */
export function lineAt(
	layout: PdfLayout,
	line: number | null,
): { page: number; box: string } | null {
	if (!line) return null;
	const l = layout.lines[line - 1];
	return l ? { page: l.page, box: l.box } : null;
}

/**
 * The box of the cell on `line` that prints `value` (万元; the cell may print it in 元), so that a
 * click on a figure highlights that figure, not its whole row. Null when no cell matches.
 */
export function figureBox(
	layout: PdfLayout,
	line: number | null,
	value: number | null,
): string | null {
	if (!line || value === null) return null;
	return figureCells(layout.lines[line - 1]?.cells ?? [], value)[0]?.box ?? null;
}
