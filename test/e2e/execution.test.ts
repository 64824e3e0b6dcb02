/**
 * 预算执行 in Chromium: the rates read by hand from the documents are on screen with the 100 % line and
 * the deviations coloured, a bar opens its source line, the table sorts, the scope round-trips
 * through the URL, no console error and nothing requested outside the origin.
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, overflowing, sharedBrowser, SEEDS } from './browser.js';

const base = inject('baseURL');

const CLASS_CHART = 'figure.chart[data-chart="预算完成率（%）：支出决算 ÷ 年初预算（按科目）"]';
const PROJECT_CHART = 'figure.chart[data-chart="项目预算执行率（%）：实际执行 ÷ 预算"]';
const browser = sharedBrowser();

async function open(page: Page, search: string): Promise<void> {
	await page.goto(`${base}${search}`);
	await engineReady(page);
	await page.locator(`${PROJECT_CHART} .bar`).first().waitFor();
}
const classTable = (page: Page) => page.locator('table[aria-label="预算执行（按科目）"]');
const projectTable = (page: Page) => page.locator('table[aria-label="预算执行（按项目）"]');

describe('预算执行 execution', () => {
	it('shows budget against final by 类 and by project, the 100 % line and the deviations', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await open(page, `?view=execution&${SEEDS}`);
		// 001 line 549: 年初预算3,126.32万元，支出决算3,449.21万元，完成年初预算的110.33%
		const whole = await page.locator('.whole').innerText();
		for (const figure of ['3,126.32', '3,449.21', '110.3%']) expect(whole).toContain(figure);
		const bars = page.locator(`${CLASS_CHART} .bar`);
		expect(await bars.count()).toBe(6);
		// 208 社会保障和就业支出 130.09 % (over), 210 卫生健康支出 88.24 % (under), 204 108.95 % (within).
		const fill = (label: string) =>
			page.locator(`${CLASS_CHART} .bar`, { hasText: label }).locator('rect').getAttribute('fill');
		expect(await fill('208 社会保障和就业支出')).toBe('#c53030');
		expect(await fill('210 卫生健康支出')).toBe('#b7791f');
		expect(await fill('204 公共安全支出')).toBe('#3182ce');
		expect(await page.locator(`${CLASS_CHART} svg`).textContent()).toContain('100%');
		const classes = await classTable(page).innerText();
		for (const figure of ['2,581.61', '2,812.68', '130.1%', '88.2%', '一致'])
			expect(classes).toContain(figure);
		// 004: 国家统一法律职业资格证书考试经费 10 → 2.73 万元, 27.3 %.
		const projects = await projectTable(page).innerText();
		expect(projects).toContain('27.3%');
		expect(projects).toContain('2.73');
		expect(await page.locator(`${PROJECT_CHART} .bar`).count()).toBe(24);
		expect(await page.locator(`${PROJECT_CHART} svg`).textContent()).toContain('2 项未填执行数');
		// Four units of one department: named after the department in the scope line.
		expect(await page.locator(`${PROJECT_CHART} svg`).textContent()).toContain(
			'阳泉市司法局及所属3个单位',
		);
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'execution.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('opens the source line of a bar; the table sorts', async () => {
		const { page } = await watchedPage(browser(), base);
		await open(page, `?view=execution&${SEEDS}`);
		await page.locator(`${CLASS_CHART} .bar`).first().click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.getAttribute('data-line')).toBe('549');
		expect(await hit.innerText()).toContain('110.33%');
		await page.getByRole('button', { name: '关闭 (Esc)' }).click();
		await classTable(page).getByRole('columnheader', { name: '完成率（计算）' }).click();
		expect(await classTable(page).locator('tbody tr').first().innerText()).toContain('88.2%');
		await classTable(page)
			.getByRole('columnheader', { name: /完成率（计算）/ })
			.click();
		expect(await classTable(page).locator('tbody tr').first().innerText()).toContain('130.1%');
	});

	it('keeps the scope in the URL and restores it from a copied link', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await open(page, `?view=execution&${SEEDS}`);
		await page.getByRole('button', { name: '阳泉市强制隔离戒毒所', exact: true }).click();
		await expect
			.poll(() => page.url())
			.toContain(`entities=${encodeURIComponent('阳泉市强制隔离戒毒所')}`);
		await expect.poll(() => page.locator(`${PROJECT_CHART} .bar`).count()).toBe(6);
		const url = page.url();
		const second = await watchedPage(browser(), base);
		await second.page.goto(url);
		await engineReady(second.page);
		await expect.poll(() => second.page.locator(`${PROJECT_CHART} .bar`).count()).toBe(6);
		expect(await second.page.getByText('所选范围内没有决算文档的预算执行说明').count()).toBe(1);
		// 004 line 1185: 强制隔离戒毒人员生活 99.69 → 65.5 万元, 65.7 %
		expect(await projectTable(second.page).innerText()).toContain('65.7%');
		expect(await second.page.locator(`${PROJECT_CHART} svg`).textContent()).toContain(
			'阳泉市 · 阳泉市强制隔离戒毒所 · 2022年',
		);
		await second.page.screenshot({ path: join(SHOTS, 'execution-unit.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(second.errors).toEqual([]);
	});
});
