/**
 * Contrast, computed (WCAG 2 relative luminance), not eyeballed: the palette's text colours at least
 * 4.5:1 on white, its marks at least 3:1; and every text colour written in the interface's styles
 * and SVG text at least 4.5:1 on the light surfaces it is drawn on (white, #f7fafc cards).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { INK, MARK, MARK_ONLY, contrast } from '../../src/charts/palette.js';

const ROOT = join(import.meta.dirname, '../..');
const SURFACES = ['#ffffff', '#f7fafc'];
const worst = (c: string) => Math.min(...SURFACES.map((s) => contrast(c, s)));

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
	);
}

describe('palette contrast', () => {
	it('computes the WCAG ratio', () => {
		expect(contrast('#000000')).toBeCloseTo(21, 5);
		expect(contrast('#ffffff')).toBe(1);
		// The old axis grey and amber the issue measured: 4.0:1 and 2.4:1.
		expect(contrast('#718096')).toBeCloseTo(4.02, 2);
		expect(contrast('#d69e2e')).toBeCloseTo(2.39, 2);
	});

	it('keeps text at 4.5:1 and marks at 3:1', () => {
		for (const [name, c] of Object.entries(INK))
			if (name !== 'grid' && name !== 'axis')
				expect(worst(c), `INK.${name} ${c}`).toBeGreaterThanOrEqual(4.5);
		expect(worst(INK.axis)).toBeGreaterThanOrEqual(3);
		for (const [name, c] of Object.entries(MARK))
			expect(worst(c), `MARK.${name} ${c}`).toBeGreaterThanOrEqual(MARK_ONLY.has(c) ? 3 : 4.5);
	});

	it('writes no text colour below 4.5:1 in the styles and SVG text', () => {
		const bad: string[] = [];
		const files = walk(join(ROOT, 'src')).filter((f) => /\.(svelte|css)$/.test(f));
		for (const f of files) {
			const src = readFileSync(f, 'utf8');
			const found = [
				// CSS `color:` (not background-color, border-color); light colours are for dark surfaces.
				...[...src.matchAll(/(?<![-\w])color:\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => m[1]!),
				// SVG text with a literal fill.
				...[...src.matchAll(/<text\b[^>]*\bfill="(#[0-9a-fA-F]{6})"/g)].map((m) => m[1]!),
			];
			for (const c of found)
				if (contrast(c) >= 2 && worst(c) < 4.5)
					bad.push(`${relative(ROOT, f)}: ${c} (${worst(c).toFixed(2)}:1)`);
		}
		expect(bad).toEqual([]);
	});
});
