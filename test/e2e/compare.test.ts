/**
 * 对比 in Chromium: the default pair (阳泉市司法局 2023 决算 → 2024 预算), the diff table aligned by
 * code with changes in 万元 and %, diverging bars with provenance, the economic classification, and
 * A / B in the URL. Figures are read by hand from data/raw/*.txt.
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import { watchedPage, engineReady, SHOTS, sharedBrowser, SEEDS } from './browser.js';

const base = inject('baseURL');
const YQ_2024 = '9fe8ed7e4cfd394f';
const YQ_2023_FINAL = '11a72be0e203cc23';
const CD_2024 = 'a7d6f4822a5d5a60';
const browser = sharedBrowser();

describe('对比 compare', () => {
	it('compares one department across years by default, with the largest changes charted', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(`${base}?view=compare&${SEEDS}`);
		await engineReady(page);
		expect(await page.getByLabel('A（基准）').inputValue()).toBe(YQ_2023_FINAL);
		expect(await page.getByLabel('B（对比）').inputValue()).toBe(YQ_2024);
		// 001 line 214: 合计 3,963.84; 000 line 214: 2854.81; change −1,109.03 (−28.0%).
		const summary = page.locator('[data-total]');
		await expect.poll(() => summary.innerText()).toContain('3,963.84');
		expect(await summary.innerText()).toContain('2,854.81');
		expect(await summary.innerText()).toContain('-1,109.03');
		expect(await summary.innerText()).toContain('-28.0%');
		// 001 line 226: 2040650 事业运行 615.64, not in the 2024 budget: the largest decrease.
		const bar = page.locator('g.bar', { hasText: '＊2040650 事业运行' });
		expect(await bar.textContent()).toContain('-615.64');
		const chart = page.locator('figure.chart svg');
		expect(await chart.locator(':scope > text').nth(1).textContent()).toContain(
			'阳泉市 阳泉市司法局 2023年决算 → B：阳泉市 阳泉市司法局 2024年预算',
		);
		expect(await chart.locator(':scope > text').nth(1).textContent()).toContain('单位：万元');
		const table = page.locator('table.data');
		const row = table.locator('tr', { hasText: '2040650' });
		expect(await row.innerText()).toContain('615.64');
		expect(await row.innerText()).toContain('—（无此科目）');
		// 000 line 219 / 001 line 219: 20406 司法 961.97 vs 1,749.86, −787.89 (−45.0%).
		const justice = await table.locator('tr', { hasText: '20406' }).first().innerText();
		expect(justice).toMatch(/1,749\.86\s+961\.97\s+-787\.89\s+-45\.0%/);
		await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
		// The bar's provenance: A's line, since B lacks the code.
		await bar.click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.getAttribute('data-line')).toBe('226');
		expect(await hit.innerText()).toContain('615.64');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('keeps A / B in the URL, swaps them, and compares the economic classification', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(`${base}?view=compare&${SEEDS}`);
		await engineReady(page);
		await page.getByLabel('A（基准）').selectOption(YQ_2024);
		await page.getByLabel('B（对比）').selectOption(CD_2024);
		await expect.poll(() => page.url()).toContain(`b=${CD_2024}`);
		expect(page.url()).toContain(`a=${YQ_2024}`);

		const second = await watchedPage(browser(), base);
		await second.page.goto(page.url());
		await engineReady(second.page);
		expect(await second.page.getByLabel('A（基准）').inputValue()).toBe(YQ_2024);
		expect(await second.page.getByLabel('B（对比）').inputValue()).toBe(CD_2024);
		// 000 line 218 / 003 line 168: 204 公共安全支出 2,162.16 → 3,397.31, +1,235.15 (+57.1%).
		const table = second.page.locator('table.data');
		await expect.poll(() => table.innerText()).toContain('3,397.31');
		expect(await table.locator('tr', { hasText: '公共安全支出' }).innerText()).toMatch(
			/2,162\.16\s+3,397\.31\s+\+1,235\.15\s+\+57\.1%/,
		);

		await second.page.getByRole('button', { name: '经济分类（基本支出）' }).click();
		await second.page.getByRole('button', { name: '类', exact: true }).click();
		// 000 line 345 / 003 line 352: 人员经费 2,026.82 → 2,712.09.
		await expect.poll(() => table.innerText()).toContain('2,712.09');
		expect(await table.innerText()).toContain('2,026.82');
		expect(await table.innerText()).not.toContain('基本工资');
		await expect
			.poll(() => second.page.locator('g.bar', { hasText: '工资福利支出' }).textContent())
			.toContain('+621.61');
		await second.page.screenshot({ path: join(SHOTS, 'compare-economic.png'), fullPage: true });

		await second.page.getByRole('button', { name: '⇄ 交换' }).click();
		await expect.poll(() => second.page.url()).toContain(`a=${CD_2024}`);
		expect(second.page.url()).toContain(`b=${YQ_2024}`);
		expect([...errors, ...second.errors]).toEqual([]);
	});
});
