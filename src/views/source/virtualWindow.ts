/**
 * The arithmetic of the virtualised text view: every line is one fixed-height row (no wrapping),
 * so which lines are on screen, and where a line sits, follow from the scroll offset alone.
 */

/** Lines rendered above and below the visible ones, so that a fast scroll shows no blank band. */
export const OVERSCAN = 30;

/** The lines to render, [first, end) as 0-based indices, for a scroll offset and viewport height. */
export function visibleRange(
	scrollTop: number,
	viewHeight: number,
	lineHeight: number,
	count: number,
	overscan = OVERSCAN,
): { first: number; end: number } {
	if (lineHeight <= 0 || count <= 0) return { first: 0, end: 0 };
	const clamp = (i: number) => Math.min(count, Math.max(0, i));
	const first = clamp(Math.floor(scrollTop / lineHeight) - overscan);
	const end = clamp(Math.ceil((scrollTop + viewHeight) / lineHeight) + overscan);
	return { first, end };
}

/** The scroll offset that centres 1-based `line` in a viewport of `viewHeight` (never negative). */
export function centredTop(line: number, lineHeight: number, viewHeight: number): number {
	return Math.max(0, (line - 1) * lineHeight - (viewHeight - lineHeight) / 2);
}
