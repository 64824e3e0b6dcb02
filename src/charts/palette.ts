/**
 * The colours of the charts and their text, checked by test/charts/palette.test.ts: text at least
 * 4.5:1 against white (WCAG AA), marks (bars, points, lines) at least 3:1.
 */

/** Text and rules. */
export const INK = {
	/** Titles, values on bars. */
	text: '#1a202c',
	/** Category labels. */
	body: '#2d3748',
	/** Tick labels, scope lines, source lines, captions. */
	muted: '#4a5568',
	/** Axis lines and the zero line. */
	axis: '#718096',
	/** Gridlines (decoration, not information: no contrast requirement). */
	grid: '#e2e8f0',
	/** Red text: flagged cases, reference lines. */
	alert: '#c53030',
} as const;

/** Marks. Each is also legible as text (≥ 4.5:1) unless noted, so a label may take its colour. */
export const MARK = {
	budget: '#2b6cb0',
	final: '#b7501c',
	/** Over budget (执行率 > 110 %). */
	over: '#c53030',
	/** Within the band around 100 %. */
	within: '#3182ce',
	/** Under-executed (< 90 %); an amber dark enough for 3:1 as a mark (not used as text). */
	under: '#b7791f',
	personnel: '#2b6cb0',
	public: '#276749',
	negative: '#2b6cb0',
	positive: '#b7501c',
	flagged: '#c53030',
	neutral: '#3182ce',
} as const;

/** Colours the test holds to 3:1 only (marks never used as text). */
export const MARK_ONLY: ReadonlySet<string> = new Set([MARK.under, MARK.within, MARK.neutral]);

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1–21). */
export function contrast(a: string, b = '#ffffff'): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
