/**
 * Printing: controls, hints and downloads are hidden; every table prints whole (no row left in a
 * scrolled-away part: the rows printed equal the rows of the data); charts fit the page width; each
 * page repeats the scope above and the source below; the brief prints on A4.
 */
import { describe, it, expect, inject } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SEEDS, SHOTS, sharedBrowser } from './browser.js';

const base = inject('baseURL');
const browser = sharedBrowser();

/** A4 at 96 dpi less 12 mm margins: the width a printed page lays out in. */
const A4 = { width: 703, height: 1032 };

async function printed(page: Page, query: string) {
	await page.setViewportSize(A4);
	await page.goto(`${base}?${query}`);
	await engineReady(page);
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, {
		timeout: 20_000,
	});
	await page.emulateMedia({ media: 'print' });
	await page.waitForTimeout(300);
	return page.evaluate(() => {
		const tables = Array.from(document.querySelectorAll<HTMLElement>('main table.data')).map(
			(t) => {
				const wrap = t.parentElement!;
				return {
					rows: t.querySelectorAll(':scope > tbody > tr').length,
					clipped:
						wrap.scrollHeight > wrap.clientHeight + 1 || wrap.scrollWidth > wrap.clientWidth + 1,
					/** "50 行" in the table's download bar (hidden on paper): the rows of its data. */
					stated: Number(
						/\d+/.exec(wrap.nextElementSibling?.querySelector('.muted')?.textContent ?? '')?.[0] ??
							NaN,
					),
				};
			},
		);
		const vw = document.documentElement.clientWidth;
		return {
			// Controls: header, views, filters, pickers, download and review buttons. Buttons that carry
			// a figure (a count, an amount linked to its source) print as text.
			controls: Array.from(
				document.querySelectorAll<HTMLElement>(
					'header, nav, .filters, figcaption.actions, main select, main input, main .actions, main button.edit',
				),
			)
				.filter((e) => e.getClientRects().length)
				.map((e) => e.outerHTML.slice(0, 120)),
			head: document.querySelector<HTMLElement>('.print-head')?.getClientRects().length ?? 0,
			foot: document.querySelector<HTMLElement>('.print-foot')?.innerText ?? '',
			tables,
			wideCharts: Array.from(document.querySelectorAll('main figure.chart svg')).filter(
				(s) => s.getBoundingClientRect().right > vw + 1,
			).length,
		};
	});
}

describe('print', () => {
	it('三公经费: both tables whole, no controls, scope and source on each page', async () => {
		const { page } = await watchedPage(browser(), base);
		const p = await printed(page, `view=three-public&${SEEDS}`);
		expect(p.controls).toEqual([]);
		expect(p.head).toBe(1);
		expect(p.foot).toContain('来源');
		expect(p.wideCharts).toBe(0);
		expect(p.tables.length).toBe(2);
		for (const t of p.tables) {
			expect(t.clipped).toBe(false);
			expect(t.rows).toBe(t.stated);
		}
		// The table of all figures: 50 rows in the seeds (a table on screen scrolls after 20).
		expect(p.tables.map((t) => t.rows)).toContain(50);
	});

	it('数据核验: every finding prints', async () => {
		const { page } = await watchedPage(browser(), base);
		const p = await printed(page, `view=quality&${SEEDS}`);
		expect(p.controls).toEqual([]);
		for (const t of p.tables) expect(t.clipped).toBe(false);
		const rows = await page
			.locator('main table')
			.evaluateAll((ts) => ts.map((t) => t.querySelectorAll(':scope > tbody > tr').length));
		expect(Math.max(...rows)).toBeGreaterThan(100);
	});

	it('部门简报: prints on A4 pages with the charts inside the page', async () => {
		const { page } = await watchedPage(browser(), base);
		const p = await printed(page, `view=brief&dept=${encodeURIComponent('阳泉市司法局')}`);
		expect(p.controls).toEqual([]);
		expect(p.wideCharts).toBe(0);
		for (const t of p.tables) expect(t.clipped).toBe(false);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		writeFileSync(join(SHOTS, 'brief.pdf'), pdf);
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pages).toBeLessThanOrEqual(8);
		await page.screenshot({ path: join(SHOTS, 'print-brief.png'), fullPage: true });
	});
});
