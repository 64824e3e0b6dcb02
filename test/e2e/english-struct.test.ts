/**
 * 支出结构 and 对比 in English (`lang=en`): headings, chart titles, table headers and controls in
 * English — Chinese only in the data (places, departments, classification names) and in 「quoted」
 * terms — the same figures as the Chinese view, and no chart text running past its edge. Figures
 * are read by hand from data/raw/*.txt (as in structure.test.ts and compare.test.ts).
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { watchedPage, engineReady, overflowing, SHOTS, sharedBrowser, SEEDS } from './browser.js';

const base = inject('baseURL');
const YQ_2024 = '9fe8ed7e4cfd394f';
const YQ_2023_FINAL = '11a72be0e203cc23';
const browser = sharedBrowser();

const HAN = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
/** Texts of `nodes` with Chinese outside 「quotes」 (interface text must have none). */
async function chinese(nodes: Locator): Promise<string[]> {
	const texts = await nodes.allTextContents();
	return texts.filter((s) => HAN.test(s.replace(/「[^」]*」/g, '')));
}
/** The figures of a text, in order (1,234.56, -28.0%). */
const figures = (s: string) => s.match(/[-+]?\d[\d,]*\.\d+%?/g) ?? [];

describe('支出结构 and 对比 in English', () => {
	it('shows 支出结构 in English with the figures of the Chinese view', async () => {
		// The narrowest window with the icicles side by side: the longest English titles must fit.
		const { page, errors, foreign } = await watchedPage(browser(), base, {
			width: 1060,
			height: 1000,
		});
		await page.goto(`${base}?view=structure&years=2024&${SEEDS}&lang=en`);
		await engineReady(page);
		const fn = page.locator('[data-section="functional"]');
		await expect.poll(() => fn.locator('g.cell[data-id="204"]').count()).toBe(2);
		const table = fn.locator('.aligned table.data');
		// 003 line 168: 204 公共安全支出 3397.31; 000 line 218: 2162.16.
		await expect.poll(() => table.innerText()).toContain('3,397.31');
		expect(await table.innerText()).toContain('2,162.16');

		expect(await fn.locator('h2').textContent()).toBe(
			'Expenditure by function (class → item → sub-item)',
		);
		// A title or scope wrapped to the width is drawn as several lines: read each whole.
		const lines = (cls: string, sep: string) =>
			fn.locator('figure.chart svg').evaluateAll(
				(svgs, [c, s]) =>
					svgs.map((svg) =>
						Array.from(svg.querySelectorAll(`:scope > text.${c}`))
							.map((t) => t.textContent)
							.join(s),
					),
				[cls, sep],
			);
		const titles = await lines('title', '');
		// An icicle per document, and the share gaps of the two.
		expect(titles).toEqual([
			'Expenditure by function (class → item → sub-item)',
			'Expenditure by function (class → item → sub-item)',
			'Difference in share of total expenditure (B − A)',
		]);
		const scopes = await lines('scope', ' · ');
		expect(scopes.join('\n')).toContain('阳泉市 · 阳泉市司法局 · 2024 · budget · Unit: CNY 10,000');
		expect(await table.locator('th').allTextContents()).toEqual(
			expect.arrayContaining(['Code', 'Name', 'A (CNY 10k)', 'A share', 'B (CNY 10k)']),
		);
		expect(await table.innerText()).toContain('Total expenditure');
		expect(await page.getByLabel('Document B').locator('option').first().textContent()).toBe(
			'(none)',
		);
		// Interface text: headings, table headers, chart titles and sources, hints, controls.
		const ui = page.locator(
			'main h2, main h3, main th, main p.muted, main .controls > span, main .crumbs > span, main .controls button, main .crumbs button:not(.src), figure.chart svg > text:first-of-type, figure.chart text.source',
		);
		expect(await chinese(ui)).toEqual([]);
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'structure-en.png'), fullPage: true });

		// The same figures in Chinese, switched in place.
		const en = figures(await table.innerText());
		await page.getByRole('button', { name: '中文' }).click();
		await expect
			.poll(() => fn.locator('h2').textContent())
			.toBe('功能分类支出结构（类 → 款 → 项）');
		await expect.poll(async () => figures(await table.innerText())).toEqual(en);
		expect(await table.innerText()).toContain('支出合计');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('shows 对比 in English with the figures of the Chinese view', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(`${base}?view=compare&${SEEDS}&lang=en`);
		await engineReady(page);
		expect(await page.getByLabel('A (base)').inputValue()).toBe(YQ_2023_FINAL);
		expect(await page.getByLabel('B (compared)').inputValue()).toBe(YQ_2024);
		// 001 line 214: 合计 3,963.84; 000 line 214: 2854.81; change −1,109.03 (−28.0%).
		const summary = page.locator('[data-total]');
		await expect.poll(() => summary.innerText()).toContain('3,963.84');
		const line = await summary.innerText();
		expect(line).toMatch(/^Total expenditure: A 3,963\.84 CNY 10k → B 2,854\.81 CNY 10k; change/);
		expect(line).toContain('-1,109.03 CNY 10k (-28.0%).');

		const chart = page.locator('figure.chart svg');
		expect(await chart.locator(':scope > text').first().textContent()).toBe(
			'Change by sub-item 「项」 (B − A, the 15 largest)',
		);
		expect(await chart.locator(':scope > text').nth(1).textContent()).toContain(
			'A: 阳泉市 阳泉市司法局 2023 final accounts → B: 阳泉市 阳泉市司法局 2024 budget',
		);
		// 001 line 226: 2040650 事业运行 615.64, only in A: marked with *.
		const bar = page.locator('g.bar', { hasText: '*2040650 事业运行' });
		expect(await bar.textContent()).toContain('-615.64');
		const table = page.locator('table.data');
		expect(await table.locator('th').allTextContents()).toEqual(
			expect.arrayContaining([
				'Code',
				'Name',
				'A (CNY 10k)',
				'B (CNY 10k)',
				'Change (CNY 10k)',
				'Change (%)',
				'Note',
			]),
		);
		const row = await table.locator('tr', { hasText: '2040650' }).innerText();
		expect(row).toContain('— (no such code)');
		expect(row).toContain('Not in B');
		// 000 line 219 / 001 line 219: 20406 司法 961.97 vs 1,749.86, −787.89 (−45.0%).
		const justice = await table.locator('tr', { hasText: '20406' }).first().innerText();
		expect(justice).toMatch(/1,749\.86\s+961\.97\s+-787\.89\s+-45\.0%/);
		for (const name of ['Functional', 'Economic (basic expenditure)', 'class 「类」', 'Total'])
			await expect.poll(() => page.getByRole('button', { name, exact: true }).count()).toBe(1);

		const ui = page.locator(
			'main h3, main th, main legend, main p.muted, main .controls button, main [data-total], figure.chart svg > text:first-of-type, figure.chart text.source',
		);
		expect(await chinese(ui)).toEqual([]);
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'compare-en.png'), fullPage: true });

		// The Chinese view of the same pair has the same figures.
		const zh = await watchedPage(browser(), base);
		await zh.page.goto(page.url().replace(/&?lang=en/, ''));
		await engineReady(zh.page);
		const zhSummary = zh.page.locator('[data-total]');
		await expect.poll(() => zhSummary.innerText()).toContain('3,963.84');
		expect(figures(await zhSummary.innerText())).toEqual(figures(line));
		expect(await zh.page.locator('table.data tbody').innerText()).toContain('无此科目');
		expect([...errors, ...zh.errors]).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
