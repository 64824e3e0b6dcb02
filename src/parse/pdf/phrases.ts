/**
 * Text runs → phrases: the words of one cell. PDF.js sometimes returns two cells as one run
 * ("82,096,797.42 82,096,797.42", "91,016,775.35 一、一般公共服务支出") and sometimes one word as
 * several runs ("2024" "年度"); a phrase is what a reader would call one cell's text, with its box.
 */
import type { Run } from './extract.js';
import { isFigure } from '../amount.js';

export type Phrase = {
	text: string;
	x0: number;
	x1: number;
	/** Baseline, in points from the page's top. */
	y: number;
	size: number;
	/** An amount (3,449.21, 12.5, 1000): a figure, not a label or a code. */
	amount: boolean;
	/** Column index on its page's grid (set by the grid). */
	col: number;
};

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]/;

/** Estimated width of a string in ems: CJK and full-width characters 1, the rest ½. */
const ems = (s: string): number => {
	let n = 0;
	for (const c of s) n += WIDE.test(c) ? 1 : 0.5;
	return n;
};

/**
 * Splits a run at the spaces that separate cells: a space next to a figure ("2,940.05 2,106.66",
 * "9.5 一、…"). Spaces between Chinese characters are letter-spacing ("因 公 出 国") and stay.
 */
export function splitRun(run: Run): Phrase[] {
	const str = run.str.trim();
	// Most runs are one word: no splitting to do.
	if (!/\s/.test(str))
		return [
			{
				text: str,
				x0: run.x0,
				x1: run.x1,
				y: run.y,
				size: run.size,
				amount: isFigure(str),
				col: -1,
			},
		];
	const pieces = str.split(/\s+/);
	const groups: string[][] = [];
	for (const p of pieces) {
		const last = groups[groups.length - 1];
		const prev = last?.[last.length - 1];
		if (last && prev !== undefined && !isFigure(prev) && !isFigure(p)) last.push(p);
		else groups.push([p]);
	}
	const texts = groups.map((g) => g.join(' '));
	const phrase = (text: string, x0: number, x1: number): Phrase => ({
		text,
		x0,
		x1,
		y: run.y,
		size: run.size,
		amount: isFigure(text),
		col: -1,
	});
	if (texts.length === 1) return [phrase(texts[0]!, run.x0, run.x1)];
	// Widths from the characters, scaled to the run; the gaps share what is left. The first piece
	// starts at the run's left edge and the last ends at its right edge, exactly.
	const widths = texts.map((t) => ems(t) * run.size);
	const total = widths.reduce((a, b) => a + b, 0);
	const span = run.x1 - run.x0;
	const scale = total > span ? span / total : 1;
	const gap = Math.max(0, (span - total * scale) / (texts.length - 1));
	const out: Phrase[] = [];
	let x = run.x0;
	texts.forEach((t, i) => {
		const w = widths[i]! * scale;
		out.push(phrase(t, x, x + w));
		x += w + gap;
	});
	return out;
}

/**
 * Runs of one page → phrases, joining runs that continue each other on the same baseline (a gap
 * under a third of the type size). Two figures never join: they are two cells.
 */
export function pagePhrases(runs: readonly Run[]): Phrase[] {
	// Pieces of a run split at a cell boundary never join a neighbour: they are hard.
	const hard = new Set<Phrase>();
	const split: Phrase[] = [];
	for (const r of runs) {
		const ps = splitRun(r);
		for (const p of ps) {
			if (ps.length > 1) hard.add(p);
			split.push(p);
		}
	}
	split.sort((a, b) => a.y - b.y || a.x0 - b.x0);
	const out: Phrase[] = [];
	for (const p of split) {
		// Sorted by baseline: the phrase it continues is among the last ones on (nearly) the same
		// baseline, so the search stops as soon as it reaches a line above.
		let prev: Phrase | undefined;
		for (let k = out.length - 1; k >= 0 && out[k]!.y >= p.y - p.size * 0.2; k--) {
			const q = out[k]!;
			if (
				Math.abs(q.y - p.y) <= p.size * 0.2 &&
				q.x1 <= p.x0 + p.size * 0.5 &&
				p.x0 - q.x1 < p.size * 0.3
			) {
				prev = q;
				break;
			}
		}
		if (prev && !hard.has(p) && !hard.has(prev) && !(prev.amount && p.amount)) {
			prev.text +=
				/[A-Za-z0-9]$/.test(prev.text) &&
				/^[A-Za-z0-9]/.test(p.text) &&
				p.x0 - prev.x1 > p.size * 0.15
					? ` ${p.text}`
					: p.text;
			prev.x1 = Math.max(prev.x1, p.x1);
			prev.amount = isFigure(prev.text);
			continue;
		}
		out.push(p);
	}
	return out;
}
