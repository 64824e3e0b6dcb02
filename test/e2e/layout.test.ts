/**
 * Every view at the four sizes its users bring (1440×900, 1920×1080, 1024×768 and a 390×844 phone):
 * nothing wider than the screen (no sideways scrolling), no tick label overlapping another on any
 * axis, no chart text past its SVG's edge; and 演示模式 at 1280×720, 1920×1080 and 3840×2160: every
 * slide fills the screen, its ticks never collide and its type is at least 24 px on 1920×1080.
 * Screenshots of each in test-results/screenshots/ (layout-*, present-*).
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, overflowing, SHOTS, SEEDS, sharedBrowser } from './browser.js';

const base = inject('baseURL');
const browser = sharedBrowser();

const VIEWS = [
	'overview',
	'structure',
	'three-public',
	'execution',
	'performance',
	'compare',
	'disclosure',
	'quality',
	'brief',
] as const;
const SIZES = [
	[1440, 900],
	[1920, 1080],
	[1024, 768],
	[390, 844],
] as const;

/** Pairs of tick labels of one axis whose boxes intersect. */
function collidingTicks(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll('g.axis')).flatMap((axis) => {
			const boxes = Array.from(axis.querySelectorAll<SVGTextElement>('text.tick'))
				.filter((t) => t.getClientRects().length)
				.map((t) => ({ t: t.textContent ?? '', b: t.getBoundingClientRect() }));
			const out: string[] = [];
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const [a, b] = [boxes[i]!.b, boxes[j]!.b];
					if (
						a.left < b.right - 0.5 &&
						b.left < a.right - 0.5 &&
						a.top < b.bottom - 0.5 &&
						b.top < a.bottom - 0.5
					)
						out.push(`${boxes[i]!.t} × ${boxes[j]!.t}`);
				}
			return out;
		}),
	);
}

/** Elements whose right edge passes the viewport (what makes a page scroll sideways). */
function tooWide(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const vw = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth <= vw + 1) return [];
		return Array.from(document.querySelectorAll<HTMLElement>('body *'))
			.filter((e) => {
				const r = e.getBoundingClientRect();
				// Inside a scrolling container (a wide table) is fine: the container scrolls, not the page.
				return r.right > vw + 1 && !e.closest('.table-wrap, .scroll, dialog');
			})
			.slice(0, 5)
			.map(
				(e) => `${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent ?? '').slice(0, 30)}`,
			);
	});
}

async function settle(page: Page) {
	await page.waitForFunction(() => !document.querySelector('.skeleton, [aria-busy="true"]'), null, {
		timeout: 20_000,
	});
	await page.waitForTimeout(300);
}

describe('layout at four sizes', () => {
	for (const [w, h] of SIZES)
		it(`${w}×${h}: every view fits the width, ticks apart`, async () => {
			const { page, errors } = await watchedPage(browser(), base);
			await page.setViewportSize({ width: w, height: h });
			await page.goto(`${base}?${SEEDS}`);
			await engineReady(page);
			const problems: string[] = [];
			for (const v of VIEWS) {
				await page.goto(`${base}?view=${v}&${SEEDS}`);
				await engineReady(page);
				await settle(page);
				for (const p of await tooWide(page)) problems.push(`${v} too wide: ${p}`);
				for (const p of await collidingTicks(page)) problems.push(`${v} ticks: ${p}`);
				for (const p of await overflowing(page)) problems.push(`${v} cut: ${p}`);
				await page.screenshot({
					path: join(SHOTS, `layout-${v}-${w}.png`),
					fullPage: w !== 390 || v === 'overview',
				});
			}
			expect(problems).toEqual([]);
			expect(errors).toEqual([]);
		});
});

describe('演示模式 at three screen sizes', () => {
	for (const [w, h] of [
		[1280, 720],
		[1920, 1080],
		[3840, 2160],
	] as const)
		it(`${w}×${h}: each slide fills the screen, type ≥ 24 px at 1080p, ticks apart`, async () => {
			const { page, errors } = await watchedPage(browser(), base);
			await page.setViewportSize({ width: w, height: h });
			const problems: string[] = [];
			for (const v of ['three-public', 'execution', 'performance', 'overview', 'brief']) {
				await page.goto(`${base}?view=${v}&${SEEDS}`);
				await engineReady(page);
				await settle(page);
				await page.getByRole('button', { name: '演示模式' }).click();
				await expect.poll(() => page.locator('figure.chart.slide svg').count()).toBe(1);
				const count = await page.locator('main figure.chart').count();
				for (let i = 0; i < count; i++) {
					await page.waitForTimeout(150);
					const m = await page.evaluate(() => {
						const svg = document.querySelector<SVGSVGElement>('figure.chart.slide svg')!;
						const r = svg.getBoundingClientRect();
						const scale = r.width / svg.viewBox.baseVal.width;
						const sizes = Array.from(svg.querySelectorAll('text'))
							.filter((t) => (t.textContent ?? '').trim())
							.map((t) => Number(getComputedStyle(t).fontSize.replace('px', '')) * scale);
						return {
							w: r.width,
							h: r.height,
							minFont: Math.min(...sizes),
							title: svg.getAttribute('aria-label'),
						};
					});
					if (m.w < w * 0.9) problems.push(`${v} #${i + 1} width ${Math.round(m.w)} of ${w}`);
					if (m.h < h * 0.8) problems.push(`${v} #${i + 1} height ${Math.round(m.h)} of ${h}`);
					const least = 24 * (w / 1920);
					if (m.minFont < least - 0.01)
						problems.push(`${v} #${i + 1} type ${m.minFont.toFixed(1)} px < ${least.toFixed(1)}`);
					for (const p of await collidingTicks(page)) problems.push(`${v} #${i + 1} ticks: ${p}`);
					if (w === 1920) await page.screenshot({ path: join(SHOTS, `present-${v}-${i + 1}.png`) });
					await page.keyboard.press('ArrowRight');
				}
				await page.keyboard.press('Escape');
				await expect.poll(() => page.locator('figure.chart.slide').count()).toBe(0);
			}
			expect(problems).toEqual([]);
			expect(errors).toEqual([]);
		});
});
