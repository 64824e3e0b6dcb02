/**
 * 绩效评价 in Chromium: the score distribution with the grade bands, score against execution with
 * the high-score / low-execution projects called out, blank scores listed as blank, the chosen
 * project's indicators round-tripping in the URL, provenance, no console error, no foreign request.
 * Figures read by hand from data/raw/004_e364f7909731df57.txt and 001_3e5e580ab2a95934.txt.
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';

const base = inject('baseURL');
const VIEW = `${base}?view=performance`;
/** 法律顾问费: its form starts at line 130 of 004 (项目名称). */
const LEGAL = '0158e039403234a9:130';
const browser = sharedBrowser();

describe('绩效评价 performance', () => {
	it('draws the distribution, the scatter and the department form from the documents', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		// 25 project forms of 2022, one with a blank 总分 (004 line 108): 24 blocks.
		await expect.poll(() => page.locator('.histogram .unit').count()).toBe(24);
		const svg = page.locator('figure.chart').first();
		for (const band of ['优 ≥ 90', '良 80–90', '中 60–80', '差 < 60'])
			expect(await svg.innerText()).toContain(band);
		// 法律顾问费 93 (004 line 176) in the 90–95 bin, outlined as high score / low execution.
		const legal = page.locator('.histogram .unit[aria-label^="法律顾问费 "]');
		expect(await legal.getAttribute('data-value')).toBe('93');
		// Score ≥ 90 with execution < 80 %: 法律顾问费 (4.3 / 6), 国家统一法律职业资格证书考试经费 (2.73 / 10),
		// 强制隔离戒毒人员生活 (65.5 / 99.69).
		const flagged = page.locator('.scatter .point.flagged');
		await expect.poll(() => flagged.count()).toBe(3);
		const labels = await flagged.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
		expect(labels.sort()).toEqual(
			[
				'国家统一法律职业资格证书考试经费 27.3% 95',
				'强制隔离戒毒人员生活 65.7% 94',
				'法律顾问费 71.67% 93',
			].sort(),
		);
		expect(await page.locator('.scatter').textContent()).toContain('高分低执行（3 个）');
		// Blank 总分 listed as such, not as 0.
		const blank = page.locator('[data-blank-score]');
		expect(await blank.innerText()).toContain('全市“八五”普法宣传经费');
		expect(await blank.innerText()).toContain('不计为 0 分');
		// The department form, apart: 001 总分 88 (line 1055), 支出合计 3,963.84.
		const dept = page.locator('[data-dept="11a72be0e203cc23"]');
		expect(await dept.innerText()).toContain('88');
		expect(await dept.innerText()).toContain('3,963.84');
		expect(await page.locator('figure.chart').first().getAttribute('data-chart')).toContain('分布');
		await page.screenshot({ path: join(SHOTS, 'performance.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('shows the chosen project’s indicators, and restores the choice from a copied link', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		await page.getByLabel('选择项目').selectOption(LEGAL);
		expect(page.url()).toContain(`project=${encodeURIComponent(LEGAL)}`);
		// 004 line 149: 数量指标 法律顾问 4个律师事务所 100%; line 173: 服务满意率 90%.
		const table = page.locator('table[aria-label="绩效指标 法律顾问费"]');
		await expect.poll(() => table.innerText()).toContain('4个律师事务所');
		expect(await table.innerText()).toContain('服务满意率');
		expect(await page.locator('[data-chosen]').innerText()).toContain('执行 4.30 万元');
		await page.locator('#indicators').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'performance-indicators.png') });

		const second = await watchedPage(browser(), base);
		await second.page.goto(page.url());
		await engineReady(second.page);
		await expect.poll(() => second.page.getByLabel('选择项目').inputValue()).toBe(LEGAL);
		await expect
			.poll(() => second.page.locator('table[aria-label="绩效指标 法律顾问费"]').innerText())
			.toContain('完成市政府合同审核');
		expect([...errors, ...second.errors]).toEqual([]);
	});

	it('opens a point’s source form in the viewer', async () => {
		const { page } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		await page.locator('.scatter .point[aria-label^="法律顾问费 "]').click();
		const hit = page.locator('dialog li.hit');
		await expect.poll(() => hit.innerText()).toContain('法律顾问费');
		expect(await hit.getAttribute('data-line')).toBe('130');
		expect(page.url()).toContain('line=130');
	});

	it('follows the global selection: nothing for 承德市', async () => {
		const { page } = await watchedPage(browser(), base);
		await page.goto(`${VIEW}&cities=${encodeURIComponent('承德市')}`);
		await engineReady(page);
		await expect.poll(() => page.locator('main').innerText()).toContain('所选范围内没有绩效自评表');
	});
});
