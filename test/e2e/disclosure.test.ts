/**
 * 公开质量 in Chromium: the matrix of required items for the bundled budgets and final accounts, the
 * scores and the ranking; a cell opens its source line, a score part or a document 数据核验 with the
 * document and family set. Read by hand: the 财政局 2024 决算 prints its 政府性基金 table on p19 line
 * 272, empty, with its note; 001's (阳泉 2023 决算) is on line 396, empty, with its note; 万里街道
 * 2024 预算 has one 完整性 error (line 406) and one 文表 error (line 78): 90 / 90 / 100, 总分 92.
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import { watchedPage, engineReady, overflowing, SHOTS, sharedBrowser } from './browser.js';
import { seedDb } from '../queries/db.js';
import { disclosureFindings } from '../../src/queries/disclosure.js';
import { ALL } from '../../src/queries/scope.js';

const base = inject('baseURL');
const VIEW = `${base}?view=disclosure`;
const CZJ = 'd45e923176f9fe4b';
const WANLI = '9cf8afd0f960aea9';
const YQ_FINAL = '11a72be0e203cc23';
const YQ_UNIT = '7754fa8c276d709c';
const browser = sharedBrowser();

/** A finding's identity as src/state/reviews.svelte.ts keys its marks (a runes module: not importable here). */
const findingKey = (f: { doc_id: string; check: string; line: number | null; message: string }) =>
	`${f.doc_id}|${f.check}|${f.line ?? ''}|${f.message}`;

const row = (page: import('playwright-core').Page, doc: string) =>
	page.locator(`table.disclosure tr[data-doc="${doc}"]`);

describe('公开质量 disclosure', () => {
	it('shows the matrix of the bundled budgets and final accounts, their scores and the ranking', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		await page
			.getByRole('navigation', { name: '视图' })
			.getByRole('button', { name: '公开质量' })
			.click();
		await expect.poll(() => page.url()).toContain('view=disclosure');
		const rows = page.locator('table.disclosure tbody tr');
		// Five Shanghai PDFs, four text exports; the self-evaluation (004) is not a budget or final.
		await expect.poll(() => rows.count()).toBe(9);
		expect(await row(page, '0158e039403234a9').count()).toBe(0);
		for (const doc of [CZJ, YQ_FINAL])
			expect(await row(page, doc).locator('td.cell button').count()).toBe(14);
		const fund = row(page, CZJ).locator('button[data-item="gov_fund"]');
		expect(await fund.getAttribute('data-status')).toBe('empty_noted');
		expect(await fund.getAttribute('title')).toContain('空表有说明');
		expect(
			await row(page, CZJ).locator('button[data-item="summary"]').getAttribute('data-status'),
		).toBe('present');
		const legend = await page.getByRole('list', { name: '图例' }).innerText();
		for (const s of ['已公开', '空表有说明', '空表无说明', '缺失', '目录与正文不符'])
			expect(legend).toContain(s);
		const wanli = row(page, WANLI);
		expect(await wanli.locator('[data-part="total"]').innerText()).toBe('92.0');
		expect(await wanli.locator('[data-part="completeness"]').innerText()).toBe('90.0');
		expect(await wanli.locator('[data-part="consistency"]').innerText()).toBe('90.0');
		expect(await wanli.locator('[data-part="form"]').innerText()).toBe('100.0');
		const intro = await page.locator('.intro').innerText();
		for (const s of ['完整性', '一致性', '规范性', '40%', '20%', '非问题'])
			expect(intro).toContain(s);

		// The ranking: one row per department, best mean first; the chart with its downloads.
		const ranking = page.locator('table.rank tbody tr');
		expect(await ranking.count()).toBe(6);
		const means = await ranking.evaluateAll((els) =>
			els.map((e) => Number(e.querySelectorAll('td')[4]!.textContent)),
		);
		expect(means).toEqual([...means].sort((a, b) => b - a));
		expect(await page.locator('table.rank').innerText()).toContain('上海市普陀区财政局');
		const chart = page.locator('figure.chart');
		expect(await chart.count()).toBe(1);
		expect(await chart.locator('.bar').count()).toBe(6);
		for (const b of ['下载 SVG', '下载 PNG', '下载 CSV', '下载 XLSX'])
			expect(await chart.getByRole('button', { name: b }).count()).toBe(1);
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'disclosure.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('opens a printed item at its source line', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		await row(page, YQ_FINAL).locator('button[data-item="gov_fund"]').click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.getAttribute('data-line')).toBe('396');
		expect(await hit.innerText()).toContain('政府性基金预算财政拨款收入支出决算表');
		expect(page.url()).toContain('line=396');
		await page.getByRole('button', { name: '关闭 (Esc)' }).click();
		// The PDF: page 19, line 272.
		await row(page, CZJ).locator('button[data-item="gov_fund"]').click();
		await expect.poll(() => page.locator('dialog[open] header').innerText()).toContain('第 272 行');
		expect(page.url()).toContain('line=272');
		expect(errors).toEqual([]);
	});

	it('lands in 数据核验 with the document and the family from a score part or a document', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		await row(page, CZJ).locator('button[data-part="completeness"]').click();
		await expect.poll(() => page.url()).toContain('view=quality');
		const url = new URL(page.url());
		expect(url.searchParams.get('fdoc')).toBe(CZJ);
		expect(url.searchParams.get('fam')).toBe('completeness');
		await expect.poll(() => page.getByLabel('按文档筛选').inputValue()).toBe(CZJ);

		// 一致性 opens the family with most findings: 001's 表间 (批复表 against the main tables).
		await page.goto(VIEW);
		await row(page, YQ_FINAL).locator('button[data-part="consistency"]').click();
		await expect.poll(() => page.url()).toContain('view=quality');
		expect(new URL(page.url()).searchParams.get('fam')).toBe('between_tables');

		// The document's name: its 完整性 findings.
		await page.goto(VIEW);
		await row(page, WANLI).locator('th.doc button').click();
		await expect.poll(() => page.url()).toContain('view=quality');
		expect(new URL(page.url()).searchParams.get('fdoc')).toBe(WANLI);
		expect(new URL(page.url()).searchParams.get('fam')).toBe('completeness');
		expect(errors).toEqual([]);
	});

	it('leaves out a finding marked 非问题 and follows the global filters', async () => {
		// 002 (阳泉市强制隔离戒毒所 2025): one 文表 error, line 444 (“增长6%” where 5.33 % is right).
		const [rate] = (await disclosureFindings(await seedDb(), ALL)).filter(
			(f) => f.doc_id === YQ_UNIT && f.line === 444,
		);
		expect(rate).toBeDefined();
		const { page, errors } = await watchedPage(browser(), base);
		const marks = [[findingKey(rate!), { status: 'not_a_problem', note: '', at: '' }]];
		await page.addInitScript(
			(m) => localStorage.setItem('budget-lens:reviews:v1', m),
			JSON.stringify(marks),
		);
		await page.goto(`${VIEW}&cities=${encodeURIComponent('阳泉市')}`);
		await engineReady(page);
		await expect.poll(() => page.locator('table.disclosure tbody tr').count()).toBe(3);
		// 一致性 100 instead of 90, 总分 100 instead of 96.
		const unit = row(page, YQ_UNIT);
		await expect.poll(() => unit.locator('[data-part="consistency"]').innerText()).toBe('100.0');
		expect(await unit.locator('[data-part="total"]').innerText()).toBe('100.0');
		expect(await page.locator('.intro').innerText()).toContain('1 处已标为非问题');
		expect(await page.locator('table.rank tbody tr').count()).toBe(2);
		expect(errors).toEqual([]);
	});

	it('fits a narrow screen: nothing drawn past the chart’s edge', async () => {
		const { page, errors } = await watchedPage(browser(), base, { width: 390, height: 844 });
		await page.goto(VIEW);
		await engineReady(page);
		await expect.poll(() => page.locator('table.disclosure tbody tr').count()).toBe(9);
		await expect.poll(() => page.locator('figure.chart .bar').count()).toBe(6);
		expect(await overflowing(page)).toEqual([]);
		// The page itself does not scroll sideways; the wide tables scroll inside their frames.
		const wide = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(wide).toBeLessThanOrEqual(1);
		await page.screenshot({ path: join(SHOTS, 'disclosure-narrow.png'), fullPage: true });
		expect(errors).toEqual([]);
	});
});
