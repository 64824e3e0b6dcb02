/**
 * Ticks that never collide: the most ticks whose labels, at their font size, keep a gap between
 * neighbours along the axis. Used by Axis.svelte for every chart.
 */
import { textWidth } from './text.js';

export type Tick<T> = { value: T; pos: number; label: string };

/** Gap kept between neighbouring labels, in px. */
const GAP = 6;

/** True when no two labels overlap along the axis (horizontal labels: widths; vertical: line height). */
export function fits<T>(ticks: readonly Tick<T>[], size: number, along: 'x' | 'y'): boolean {
	const sorted = [...ticks].sort((a, b) => a.pos - b.pos);
	for (let i = 1; i < sorted.length; i++) {
		const a = sorted[i - 1]!;
		const b = sorted[i]!;
		const need =
			along === 'x'
				? (textWidth(a.label, size) + textWidth(b.label, size)) / 2 + GAP
				: size * 1.2 + 2;
		if (b.pos - a.pos < need) return false;
	}
	return true;
}

/**
 * Continuous scale: tries `scale.ticks(n)` from many to few and keeps the first set that fits.
 * `exact` drops ticks the format cannot show exactly (a 0.02 tick at one decimal).
 */
export function linearTicks(
	scale: { (v: number): number; ticks(n: number): number[] },
	format: (v: number) => string,
	{ size, along, span, exact }: { size: number; along: 'x' | 'y'; span: number; exact?: number },
): Tick<number>[] {
	// At most one tick per 80 px across, per two lines of type down: an axis to read, not a ruler.
	const most = Math.max(2, Math.floor(span / (along === 'x' ? 80 : size * 2.4)));
	let last: Tick<number>[] = [];
	for (let n = most; n >= 1; n--) {
		const ticks = scale
			.ticks(n)
			.filter((t) => !exact || Math.abs(t / exact - Math.round(t / exact)) < 1e-6)
			.map((value) => ({ value, pos: scale(value), label: format(value) }));
		last = ticks;
		if (fits(ticks, size, along)) return ticks;
	}
	// Not even the fewest fit: the largest alone.
	return last.slice(-1);
}

/** Given values (years on a point scale): every k-th, k as small as fits; the last is always kept. */
export function thinnedTicks<T>(
	values: readonly T[],
	pos: (v: T) => number,
	format: (v: T) => string,
	{ size, along }: { size: number; along: 'x' | 'y' },
): Tick<T>[] {
	const all = values.map((value) => ({ value, pos: pos(value), label: format(value) }));
	for (let k = 1; k <= all.length; k++) {
		const kept = all.filter((_, i) => (all.length - 1 - i) % k === 0);
		if (fits(kept, size, along)) return kept;
	}
	return all.slice(-1);
}
