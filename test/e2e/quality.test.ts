/**
 * 数据核验 in Chromium: every finding with its severity and line, filters kept in the URL, counts per
 * document and per check, a finding's line opening the source viewer there. Finding read by hand:
 * 001 line 659, 批复表 社会保障和就业支出 357.69 against 357.59 in the main table.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

const ROOT = join(import.meta.dirname, '../..');

const base = inject('baseURL');
const VIEW = `${base}?view=quality`;
const FINAL = '001_3e5e580ab2a95934';
const browser = sharedBrowser();

describe('数据核验 quality', () => {
	it('lists the findings with severity, check, message and line, and counts them', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		const row = page.locator(`tr[data-doc="${FINAL}"][data-line="659"]`);
		await expect.poll(() => row.count()).toBe(1);
		const text = await row.innerText();
		for (const s of ['错误', '批复表与主表不一致', '357.69', '357.59', '第 659 行'])
			expect(text).toContain(s);
		expect(await page.locator('.intro').innerText()).toContain('0.02 万元');
		// One count bar per document with findings, one per check; the table's rows add up to them.
		const charts = page.locator('figure.chart');
		await expect.poll(() => charts.count()).toBe(2);
		const docsInTable = await page
			.locator('table.findings tbody tr')
			.evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-doc'))).size);
		expect(await charts.nth(0).locator('.bar').count()).toBe(docsInTable);
		expect(await charts.nth(0).innerText()).toContain('阳泉市司法局2023决算');
		expect(await charts.nth(1).innerText()).toContain('批复表与主表不一致');
		await page.screenshot({ path: join(SHOTS, 'quality.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('filters by document, severity and check, and restores the filters from a copied link', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		await page.getByLabel('按文档筛选').selectOption(FINAL);
		await page
			.getByRole('group', { name: '按严重程度筛选' })
			.getByRole('button', { name: /^错误/ })
			.click();
		await page.getByLabel('按检查筛选').selectOption('approval_copy');
		const url = page.url();
		expect(url).toContain(`fdoc=${FINAL}`);
		expect(url).toContain('sev=error');
		expect(url).toContain('check=approval_copy');
		const rows = page.locator('table.findings tbody tr');
		const n = await rows.count();
		expect(n).toBeGreaterThan(20);
		const attrs = await rows.evaluateAll((els) =>
			els.map((e) => `${e.getAttribute('data-doc')} ${e.getAttribute('data-severity')}`),
		);
		expect(new Set(attrs)).toEqual(new Set([`${FINAL} error`]));

		const second = await watchedPage(browser(), base);
		await second.page.goto(url);
		await engineReady(second.page);
		await expect.poll(() => second.page.locator('table.findings tbody tr').count()).toBe(n);
		expect(await second.page.getByLabel('按文档筛选').inputValue()).toBe(FINAL);
		expect(await second.page.getByLabel('按检查筛选').inputValue()).toBe('approval_copy');
		expect(
			await second.page.getByRole('button', { name: /^错误/ }).getAttribute('aria-pressed'),
		).toBe('true');
		expect([...errors, ...second.errors]).toEqual([]);
	});

	it('opens a finding’s line in the source viewer, keeping the filters in the URL', async () => {
		const { page } = await watchedPage(browser(), base);
		await page.goto(`${VIEW}&fdoc=${FINAL}`);
		await engineReady(page);
		await page.locator(`tr[data-doc="${FINAL}"][data-line="659"] button.src`).click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.innerText()).toContain('357.69');
		expect(await hit.getAttribute('data-line')).toBe('659');
		expect(page.url()).toContain('line=659');
		expect(page.url()).toContain(`fdoc=${FINAL}`);
		await page.screenshot({ path: join(SHOTS, 'quality-source.png') });
		// Leaving the view leaves its filters behind.
		await page.getByRole('button', { name: '关闭 (Esc)' }).click();
		await page
			.getByRole('navigation', { name: '视图' })
			.getByRole('button', { name: '总览' })
			.click();
		await expect.poll(() => page.url()).not.toContain('view=quality');
		await page.waitForTimeout(100);
		expect(page.url()).not.toContain('fdoc=');
	});
});

describe('数据核验 with a file that cannot be read', () => {
	// The same build beside a dataset ingested from the five documents plus one unrelated text file.
	const work = mkdtempSync(join(tmpdir(), 'quality-e2e-'));
	let server: { url: string; close: () => Promise<void> };
	beforeAll(async () => {
		const dist = process.env.E2E_DIST ?? join(ROOT, 'dist');
		const site = join(work, 'site');
		const input = join(work, 'in');
		mkdirSync(site);
		mkdirSync(input);
		for (const f of readdirSync(dist)) if (f !== 'data') symlinkSync(join(dist, f), join(site, f));
		for (const f of readdirSync(join(ROOT, 'data/raw')).filter((f) => f.endsWith('.txt')))
			copyFileSync(join(ROOT, 'data/raw', f), join(input, f));
		writeFileSync(
			join(input, 'unrelated.txt'),
			'今天天气很好，我们去公园散步。\n明天可能会下雨。\n',
		);
		const r = spawnSync(
			join(ROOT, 'node_modules/.bin/tsx'),
			[join(ROOT, 'scripts/ingest.node.ts'), '--out', join(site, 'data'), input],
			{ encoding: 'utf8' },
		);
		expect(r.status, r.stderr).toBe(0);
		server = await serve(site, { port: 0 });
	});
	afterAll(async () => {
		await server?.close();
		rmSync(work, { recursive: true, force: true });
	});

	it('lists the rejected file with its reason, whatever the selection', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), server.url);
		await page.goto(`${server.url}?view=quality&cities=${encodeURIComponent('承德市')}`);
		await engineReady(page);
		const rejected = page.locator('[data-rejected]');
		await expect.poll(() => rejected.count()).toBe(1);
		const text = await rejected.innerText();
		expect(text).toContain('未能读取的文件（1）');
		expect(text).toContain('unrelated.txt');
		expect(text).toContain('不是部门预算、决算或绩效自评文档');
		const row = page.locator('tr[data-doc="unrelated"]');
		expect(await row.innerText()).toContain('不是预决算或绩效文档');
		await page.screenshot({ path: join(SHOTS, 'quality-rejected.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
