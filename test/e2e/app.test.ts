/**
 * The dashboard in Chromium: first view, URL round-trip, no console error, nothing requested outside
 * the origin, downloads with the right content, presentation mode, the source viewer.
 */
import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';

const base = inject('baseURL');
const browser = sharedBrowser();

describe('总览 overview', () => {
	it('shows the documents and headline figures read from them, with no console error and no foreign request', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		// Figures read by hand: 阳泉市司法局 2024 支出合计 2,854.81; 承德市司法局 2024 4,148.23 (支出总表 合计).
		await expect
			.poll(() => page.locator('[data-doc="9fe8ed7e4cfd394f"] .big').innerText())
			.toContain('2,854.81');
		expect(await page.locator('[data-doc="a7d6f4822a5d5a60"] .big').innerText()).toContain(
			'4,148.23',
		);
		expect(await page.locator('.matrix').innerText()).toContain('阳泉市强制隔离戒毒所');
		await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('restores the same view from a copied link', async () => {
		const { page } = await watchedPage(browser(), base);
		await page.goto(base);
		await page.getByRole('button', { name: '承德市', exact: true }).click();
		await page.getByRole('button', { name: '2024', exact: true }).click();
		const url = page.url();
		expect(url).toContain('cities=%E6%89%BF%E5%BE%B7%E5%B8%82');
		expect(url).toContain('years=2024');
		const second = await watchedPage(browser(), base);
		await second.page.goto(url);
		await expect
			.poll(() =>
				second.page
					.getByRole('button', { name: '承德市', exact: true })
					.getAttribute('aria-pressed'),
			)
			.toBe('true');
		await engineReady(second.page);
		await expect.poll(() => second.page.locator('.headline').count()).toBe(1);
		expect(await second.page.locator('.headline .big').innerText()).toContain('4,148.23');
	});

	it('downloads the chart as SVG and PNG and its data as CSV (with BOM) and XLSX', async () => {
		const { page } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		const grab = async (name: string) => {
			const [dl] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name }).first().click(),
			]);
			return readFileSync((await dl.path())!);
		};
		const svg = (await grab('下载 SVG')).toString('utf8');
		expect(svg).toContain('<svg');
		expect(svg).toContain('支出合计（万元）');
		expect(svg).toContain('来源：');
		const png = await grab('下载 PNG');
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const csv = await grab('下载 CSV');
		expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.toString('utf8')).toContain('2854.81');
		const xlsx = await grab('下载 XLSX');
		expect(xlsx.subarray(0, 2).toString()).toBe('PK');
	});

	it('opens the source line of a figure in the document viewer', async () => {
		const { page } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		await page.locator('[data-doc="9fe8ed7e4cfd394f"] .big button').click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.innerText()).toContain('2854.81');
		expect(await hit.getAttribute('data-line')).toBe('214');
		expect(page.url()).toContain('line=214');
		await page.screenshot({ path: join(SHOTS, 'source-viewer.png') });
	});

	it('presents one chart per screen; Esc leaves', async () => {
		const { page } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		await page.getByRole('button', { name: '演示模式' }).click();
		await expect.poll(() => page.locator('figure.chart.slide svg').count()).toBe(1);
		await page.screenshot({ path: join(SHOTS, 'present.png') });
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.present').count()).toBe(0);
	});
});
