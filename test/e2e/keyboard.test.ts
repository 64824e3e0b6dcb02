/**
 * The keyboard: every interactive mark opens its source once with Enter or Space (the viewer stays
 * open: the same keypress must not close it), Esc closes it and focus returns to the mark; the
 * header's controls, the filters and a chart's marks are reached with Tab.
 */
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SEEDS, sharedBrowser } from './browser.js';

const base = inject('baseURL');
const browser = sharedBrowser();

/** A mark in each view that opens a source line (an icicle's leaf, a bar, a point). */
const MARKS: [string, string][] = [
	['overview', 'g.bar'],
	['three-public', 'g.point'],
	['execution', 'g.bar'],
	['performance', 'g.unit'],
	['compare', 'g.bar'],
	['structure', 'g.cell[data-id="2040601"]'],
	['brief', 'g.tile.linked'],
];

async function open(page: Page, query: string) {
	await page.goto(`${base}${query}`);
	await engineReady(page);
}

describe('keyboard', () => {
	for (const [view, mark] of MARKS)
		for (const key of ['Enter', ' '])
			it(`${view}: ${key === ' ' ? 'Space' : key} on a mark opens its source once; Esc returns focus`, async () => {
				const { page, errors } = await watchedPage(browser(), base);
				await open(
					page,
					`?view=${view}&${SEEDS}${view === 'brief' ? `&dept=${encodeURIComponent('阳泉市司法局')}` : ''}`,
				);
				const target = page.locator(`main ${mark}`).first();
				await target.waitFor({ timeout: 20_000 });
				await target.focus();
				await page.keyboard.press(key);
				await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
				// Still open after the key is released and events have settled.
				await page.waitForTimeout(400);
				expect(await page.locator('dialog[open]').count()).toBe(1);
				await page.keyboard.press('Escape');
				await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
				expect(
					await target.evaluate(
						(el) => el === document.activeElement || el.contains(document.activeElement),
					),
				).toBe(true);
				expect(errors).toEqual([]);
			});

	it('数据核验: Enter on a bar filters the findings by it (a count is a filter, not a link)', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `?view=quality&${SEEDS}`);
		const bar = page.locator('main g.bar').first();
		await bar.waitFor({ timeout: 20_000 });
		await bar.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.url()).toMatch(/[?&](fdoc|fam)=/);
		expect(await page.locator('dialog[open]').count()).toBe(0);
	});

	it('reaches the header, the views, the filters and a chart mark with Tab', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `?view=overview&${SEEDS}`);
		await page.locator('main g.bar').first().waitFor();
		const seen = new Set<string>();
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			seen.add(
				await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el) return '';
					if (el.matches('input[type=file]')) return 'import';
					if (el.closest('header')) return `header:${el.textContent?.trim()}`;
					if (el.closest('nav')) return `nav:${el.textContent?.trim()}`;
					if (el.closest('.filters')) return 'filters';
					if (el.matches('g.bar')) return 'mark';
					return '';
				}),
			);
		}
		expect(seen.has('import')).toBe(true);
		expect([...seen].some((s) => s.startsWith('header:文档库'))).toBe(true);
		expect(seen.has('header:演示模式')).toBe(true);
		expect(seen.has('nav:部门简报')).toBe(true);
		expect(seen.has('filters')).toBe(true);
		expect(seen.has('mark')).toBe(true);
	});
});
