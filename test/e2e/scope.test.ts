/**
 * Every view follows the global scope, or says on screen what it shows instead: a change of city or
 * entity changes the figures (read from the documents) or brings up the view's note. An entity
 * button means that entity only: its department's other units stay out until pressed.
 */
import { describe, it, expect, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SEEDS, sharedBrowser } from './browser.js';

const base = inject('baseURL');
const browser = sharedBrowser();
const q = (s: string) => encodeURIComponent(s);
const CHENGDE = `cities=${q('承德市')}`;

async function open(page: Page, query: string) {
	await page.goto(`${base}?${query}`);
	await engineReady(page);
}
const text = (page: Page) => page.locator('main').innerText();

describe('views follow the scope', () => {
	it('总览: cards, matrix and counts follow the city', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, CHENGDE);
		// 003 line 167: 承德市司法局 2024 支出合计 4,148.23; it is the only document of 承德市.
		await expect.poll(() => page.locator('article.headline').count()).toBe(1);
		expect(await page.locator('article.headline').innerText()).toContain('4,148.23');
		expect(await page.locator('.matrix').innerText()).not.toContain('阳泉');
		expect(await page.locator('[data-counts]').innerText()).toMatch(
			/所选范围内 1 份文档（全部 10 份）/,
		);
	});

	it('三公经费: the department alone does not bring its unit', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `view=three-public&entities=${q('阳泉市司法局')}`);
		await page.locator('[data-cell="阳泉市司法局|total"]').waitFor();
		expect(await page.locator('[data-cell^="阳泉市强制隔离戒毒所"]').count()).toBe(0);
		// "＋下属单位" presses the unit's button too, visibly, and the unit's column appears.
		await page.getByRole('button', { name: '＋下属单位' }).click();
		await expect.poll(() => page.locator('[data-cell^="阳泉市强制隔离戒毒所"]').count()).toBe(5);
		expect(
			await page
				.getByRole('button', { name: '阳泉市强制隔离戒毒所', exact: true })
				.getAttribute('aria-pressed'),
		).toBe('true');
	});

	it('对比: fewer than two documents in scope is said, with what is shown instead', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `view=compare&${CHENGDE}`);
		await expect
			.poll(() => page.locator('[data-scope-note]').innerText())
			.toContain('当前筛选范围内只有 1 份预算或决算文档');
	});

	it('支出结构: a chosen document outside the scope is shown and said so', async () => {
		const { page } = await watchedPage(browser(), base);
		// a = 阳泉市司法局 2024 预算 (000) while the filter is 承德市.
		await open(page, `view=structure&${CHENGDE}&a=9fe8ed7e4cfd394f`);
		await expect
			.poll(() => page.locator('[data-scope-note]').innerText())
			.toContain('不在当前筛选范围内');
		await open(page, `view=structure&${CHENGDE}`);
		await expect.poll(() => page.locator('.legend').first().innerText()).toContain('承德市司法局');
		expect(await page.locator('.legend').first().innerText()).not.toContain('阳泉');
	});

	it('预算执行 and 绩效评价: 承德市 has no final account or self-evaluation, and the views say so', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `view=execution&${CHENGDE}`);
		await expect.poll(() => text(page)).toContain('所选范围内没有决算文档的预算执行说明');
		expect(await text(page)).not.toContain('110.3');
		await open(page, `view=performance&${CHENGDE}`);
		await expect.poll(() => text(page)).toContain('所选范围内没有绩效自评表');
	});

	it('数据核验: findings of the chosen city only', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `view=quality&${SEEDS}`);
		await expect.poll(() => text(page)).toContain('阳泉市');
		await open(page, `view=quality&${CHENGDE}`);
		// 003 has no error or warning: its findings are the 3 infos; nothing of 阳泉 is listed.
		await expect.poll(() => page.locator('main table').first().innerText()).not.toContain('阳泉');
	});

	it('公开质量: the matrix lists the documents of the chosen city only', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `view=disclosure&${SEEDS}`);
		const rows = page.locator('table.disclosure tbody tr[data-doc]');
		await expect.poll(() => rows.count()).toBeGreaterThan(1);
		await open(page, `view=disclosure&${CHENGDE}`);
		// 承德市 has one document: 003, 承德市司法局 2024 预算.
		await expect.poll(() => rows.count()).toBe(1);
		expect(await rows.first().getAttribute('data-doc')).toBe('a7d6f4822a5d5a60');
	});

	it('部门简报: says it shows all years of the department whatever the filters', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `view=brief&years=2024&dept=${q('阳泉市司法局')}`);
		await expect.poll(() => page.locator('[data-scope-note]').innerText()).toContain('全部年度');
		// 001: 2023 决算 支出合计 3,963.84 stays in the brief though the filter says 2024.
		await expect.poll(() => page.locator('article.brief').innerText()).toContain('3,963.84');
	});
});
