/**
 * 支出结构 in Chromium: the functional icicle of the documents in the filters, drilling 类 → 款 → 项
 * with breadcrumbs, documents A / B in the URL, codes one side lacks, the source of a cell, and the
 * economic classification. Figures are read by hand from data/raw/*.txt.
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import { watchedPage, engineReady, SHOTS, sharedBrowser, SEEDS } from './browser.js';

const base = inject('baseURL');
const YQ_2024 = '9fe8ed7e4cfd394f';
const CD_2024 = 'a7d6f4822a5d5a60';
const browser = sharedBrowser();

describe('支出结构 structure', () => {
	it('draws both 2024 budgets in the filters and drills 类 → 款 with breadcrumbs', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(`${base}?view=structure&years=2024&${SEEDS}`);
		await engineReady(page);
		const fn = page.locator('[data-section="functional"]');
		// Two documents in the filter: two icicles, each with its 204 公共安全支出 cell.
		await expect.poll(() => fn.locator('g.cell[data-id="204"]').count()).toBe(2);
		const table = fn.locator('.aligned table.data');
		// 003 line 168: 204 公共安全支出 3397.31; 000 line 218: 2162.16.
		expect(await table.innerText()).toContain('3,397.31');
		expect(await table.innerText()).toContain('2,162.16');
		// Every chart names its scope and unit.
		const scopes = await fn.locator('figure.chart svg > text:nth-of-type(2)').allTextContents();
		expect(scopes.join('\n')).toContain('承德市 · 承德市司法局 · 2024年 · 预算 · 单位：万元');
		expect(scopes.join('\n')).toContain('阳泉市 · 阳泉市司法局 · 2024年 · 预算 · 单位：万元');
		await page.screenshot({ path: join(SHOTS, 'structure.png'), fullPage: true });

		await fn.locator('g.cell[data-id="204"]').first().click();
		await expect.poll(() => fn.locator('.crumbs').innerText()).toContain('204 公共安全支出');
		// Drilled in: the table holds 204's subtree only; 000 line 219: 20406 司法 961.97.
		await expect.poll(() => table.innerText()).toContain('961.97');
		expect(await table.innerText()).not.toContain('住房保障支出');
		// By keyboard: Tab to a cell, Enter drills.
		await fn.locator('g.cell[data-id="20406"]').first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => fn.locator('.crumbs').innerText()).toContain('20406 司法');
		// 003 line 170 / 000 line 220: 2040601 行政运行 967.35 / 574.78.
		await expect.poll(() => table.innerText()).toContain('967.35');
		expect(await table.innerText()).toContain('574.78');
		// The 基本 / 项目 split of 20406: 000 line 219 574.78 | 387.20; 003 line 169 1034.09 | 331.79.
		const split = await fn.locator('table.data').first().innerText();
		expect(split).toContain('387.20');
		expect(split).toContain('1,034.09');
		await page.screenshot({ path: join(SHOTS, 'structure-drill.png'), fullPage: true });
		await fn.locator('.crumbs button').first().click();
		await expect.poll(() => table.innerText()).toContain('住房保障支出');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('takes documents A / B from the selects into the URL and back, and marks codes one side lacks', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(`${base}?view=structure&${SEEDS}`);
		await engineReady(page);
		await page.getByLabel('文档 A').selectOption(YQ_2024);
		await page.getByLabel('文档 B').selectOption(CD_2024);
		await expect.poll(() => page.url()).toContain(`a=${YQ_2024}`);
		expect(page.url()).toContain(`b=${CD_2024}`);

		const second = await watchedPage(browser(), base);
		await second.page.goto(page.url());
		await engineReady(second.page);
		expect(await second.page.getByLabel('文档 A').inputValue()).toBe(YQ_2024);
		expect(await second.page.getByLabel('文档 B').inputValue()).toBe(CD_2024);
		const fn = second.page.locator('[data-section="functional"]');
		await expect.poll(() => fn.locator('figure.chart').count()).toBe(3);
		// 201 一般公共服务支出 (000 line 215, 3.38) is too small to click in the icicle: drill from the list.
		await fn.locator('.crumbs').getByRole('button', { name: '201 一般公共服务支出' }).click();
		await expect
			.poll(() => fn.locator('figure.chart').nth(1).innerText())
			.toContain('—（无此科目）');
		const table = await fn.locator('.aligned table.data').innerText();
		expect(table).toContain('3.38');
		expect(table).toContain('—（无此科目）');
		await second.page.screenshot({ path: join(SHOTS, 'structure-missing.png'), fullPage: true });
		expect([...errors, ...second.errors]).toEqual([]);
	});

	it('opens the source line of a cell, and breaks 基本支出 down by economic classification', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(`${base}?view=structure&a=${YQ_2024}`);
		await engineReady(page);
		const fn = page.locator('[data-section="functional"]');
		await fn.locator('g.cell[data-id="204"]').click();
		await fn.locator('g.cell[data-id="20406"]').click();
		// 000 line 220: 2040601 行政运行 574.78 — a leaf: the click opens the document there.
		await fn.locator('g.cell[data-id="2040601"]').click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.innerText()).toContain('574.78');
		expect(await hit.getAttribute('data-line')).toBe('220');
		await page.keyboard.press('Escape');

		const eco = page.locator('[data-section="economic"]');
		// 000 line 345: 合计 2362.18 = 人员经费 2026.82 + 公用经费 335.36
		const table = eco.locator('.aligned table.data');
		await expect.poll(() => table.innerText()).toContain('2,026.82');
		expect(await table.innerText()).toContain('335.36');
		await eco.locator('g.cell[data-id="人员经费"]').click();
		await expect.poll(() => eco.locator('.crumbs').innerText()).toContain('人员经费');
		// lines 347–348: 基本工资 488.85 + 14.06 = 502.91
		await expect.poll(() => table.innerText()).toContain('502.91');
		expect(await table.innerText()).not.toContain('商品和服务支出');
		expect(errors).toEqual([]);
	});
});
