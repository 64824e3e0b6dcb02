/**
 * 三公经费 in Chromium: figures read by hand from the documents are on screen, narrative figures are
 * drawn hollow / dashed and say so, a point opens its source line, the basis and scope selections
 * round-trip through the URL, no console error and nothing requested outside the origin.
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, overflowing, sharedBrowser, SEEDS } from './browser.js';

const base = inject('baseURL');

const CHART = 'figure.chart[data-chart="三公经费预算与决算（万元）"]';
const browser = sharedBrowser();

async function open(page: Page, search: string): Promise<void> {
	await page.goto(`${base}${search}`);
	await engineReady(page);
	await page.locator(`${CHART} .point`).first().waitFor();
}
const table = (page: Page) => page.locator('table[aria-label="三公经费数据"]');

describe('三公经费 three public', () => {
	it('shows every figure, table and narrative, with narrative points drawn apart', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await open(page, `?view=three-public&${SEEDS}`);
		const text = await table(page).innerText();
		// 001 line 449: 2023 决算 12.65; line 573: 2022 implied 31.21; 000 line 437: 2024 预算 33.60;
		// 003 line 438: 承德市司法局 2024 预算 14.55; 002 line 350: 戒毒所 2025 预算 12.60.
		for (const figure of ['12.65', '31.21', '33.60', '14.55', '12.60', '21.60'])
			expect(text).toContain(figure);
		// Three columns (entities), cities side by side; five category rows.
		const chart = page.locator(CHART);
		expect(await chart.locator('[data-cell$="|total"]').count()).toBe(3);
		expect(await chart.locator('svg').innerHTML()).toContain('承德市');
		// Narrative figures: hollow points, dashed segments, said so in legend and tooltip.
		const implied = chart.locator('[data-cell="阳泉市司法局|total"] .point.narrative', {
			hasText: '31.21',
		});
		expect(await implied.count()).toBe(1);
		expect(await implied.locator('title').textContent()).toContain('据文字说明');
		expect(await implied.locator('circle').nth(1).getAttribute('fill')).toBe('#fff');
		const solid = chart.locator('[data-cell="阳泉市司法局|total"] .point:not(.narrative)', {
			hasText: '33.60',
		});
		expect(await solid.locator('title').textContent()).toContain('表格数');
		expect(await chart.locator('path[stroke-dasharray]').count()).toBeGreaterThan(0);
		expect(await chart.locator('.legend').textContent()).toContain('空心点、虚线：据文字说明');
		expect(await chart.locator('svg').textContent()).toContain('单位：万元');
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'three-public.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('opens the source line of a point and of a table figure', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `?view=three-public&${SEEDS}`);
		await page
			.locator(`${CHART} [data-cell="阳泉市司法局|total"] .point.narrative`, { hasText: '31.21' })
			.click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.getAttribute('data-line')).toBe('573');
		expect(await hit.innerText()).toContain('减少18.56万元');
		expect(page.url()).toContain('line=573');
		await page.getByRole('button', { name: '关闭 (Esc)' }).click();
		await table(page).getByRole('button', { name: '33.60' }).first().click();
		await expect.poll(() => hit.getAttribute('data-line')).toBe('437');
	});

	it('keeps the basis and the scope in the URL and restores them from a copied link', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		// No city chosen yet: the click below picks 阳泉市 alone.
		await open(page, '?view=three-public');
		await page.getByRole('button', { name: '决算', exact: true }).click();
		await expect.poll(() => page.url()).toContain('basis=final');
		await expect.poll(() => table(page).innerText()).not.toContain('33.60');
		await page.getByRole('button', { name: '阳泉市', exact: true }).click();
		await expect.poll(() => page.url()).toContain(`cities=${encodeURIComponent('阳泉市')}`);
		const url = page.url();
		const second = await watchedPage(browser(), base);
		await second.page.goto(url);
		await engineReady(second.page);
		await expect
			.poll(() =>
				second.page.getByRole('button', { name: '决算', exact: true }).getAttribute('aria-pressed'),
			)
			.toBe('true');
		await expect.poll(() => table(second.page).innerText()).toContain('31.21');
		const text = await table(second.page).innerText();
		expect(text).not.toContain('承德市司法局');
		expect(text).not.toContain('预算');
		expect(await second.page.locator(`${CHART} svg`).textContent()).toContain(
			'阳泉市 · 阳泉市司法局 · 2022、2023年 · 决算 · 单位：万元',
		);
		await second.page.screenshot({ path: join(SHOTS, 'three-public-final.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(second.errors).toEqual([]);
	});

	it('fits a narrow screen: chart above the table, nothing cut off', async () => {
		const { page, errors } = await watchedPage(browser(), base, { width: 900, height: 1000 });
		await open(page, `?view=three-public&years=2023,2024&${SEEDS}`);
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'three-public-narrow.png'), fullPage: true });
		expect(errors).toEqual([]);
	});

	it('reaches the points from the keyboard', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `?view=three-public&${SEEDS}`);
		const point = page.locator(`${CHART} [data-cell="承德市司法局|total"] .point`).first();
		await point.focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('dialog li.hit').getAttribute('data-line'))
			.toMatch(/^(438|510)$/);
	});
});
