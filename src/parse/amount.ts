/**
 * Reading figures out of cells. Exports print amounts as `3,449.21`, `3449.21`, `93分`, with
 * full-width digits or stray spaces; blank, `——` and `-` mean "nothing here".
 */

import { toHalfWidth } from './lines.js';

const BLANK = /^(|-+|—+|–+|\/|无|\\)$/;
const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** The numeric value of a table cell, `null` for a blank, `undefined` for text that is no number. */
export function parseAmount(cell: string | undefined): number | null | undefined {
	if (cell === undefined) return null;
	// A sentence is no amount: the longest figure with its unit is some 20 characters.
	if (cell.length > 64) return undefined;
	// Cells come from cleaned lines, but a caller may hand over raw text: full-width digits too.
	const s = toHalfWidth(cell)
		.replace(/\s+/g, '')
		.replace(/^[（(](.*)[)）]$/, '$1');
	if (BLANK.test(s)) return null;
	const m = /^(.*?)(万元|元|分|%)?$/.exec(s);
	const core = m?.[1] ?? s;
	if (!NUMBER.test(core)) return undefined;
	// More than 15 digits is past a double's precision (and 400 of them are Infinity): no amount.
	if (core.replace(/\D/g, '').length > 15) return undefined;
	return Number(core.replace(/,/g, ''));
}

/** True when the cell holds a number (not blank, not text). */
export const isAmount = (cell: string | undefined): boolean =>
	typeof parseAmount(cell) === 'number';

/** Rounds to the cent of 万元 the documents use, removing float noise from sums. */
export const round2 = (x: number): number => {
	// Half away from zero (四舍五入) on the decimal value: 1.005 * 100 is 100.49999999999999 in binary,
	// so the product is first cut to 15 significant digits.
	const r = Math.round(Number((Math.abs(x) * 100).toPrecision(15))) / 100;
	return x < 0 && r !== 0 ? -r : r;
};

/**
 * Tolerance for sums, in 万元. The documents warn that converting 元 to 万元 may leave 尾数误差
 * (rounding differences): a sum of rounded parts may miss its rounded total by a cent or two.
 * More than that is a real inconsistency.
 */
export const SUM_TOLERANCE = 0.021;

export const sameAmount = (a: number, b: number, tolerance = SUM_TOLERANCE): boolean =>
	Math.abs(a - b) <= tolerance;

/** Parses a number inside running text such as `2,854.81万元` or `3.5`. */
export const numberIn = (s: string): number => Number(s.replace(/,/g, ''));

const FIGURE = /^[-+]?(\d{1,3}(,\d{3})+|\d{4,}|\d+\.\d+|\d+)(\.\d+)?%?$/;
/** A figure rather than a code or an ordinal: has a decimal point, a thousands comma, or ≥ 4 digits. */
export const isFigure = (s: string): boolean => FIGURE.test(s) && /[.,%]|\d{4}/.test(s);
