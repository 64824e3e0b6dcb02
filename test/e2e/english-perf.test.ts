/**
 * 绩效评价 and 预算执行 in English (lang=en): chart titles, axis captions, legends, table headers and
 * headings in English, and the same figures as the Chinese view draws (read from the documents as in
 * performance.test.ts and execution.test.ts). Names of places, units and projects stay as printed.
 */
import { describe, it, expect, inject } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, overflowing, sharedBrowser, SEEDS } from './browser.js';
import { MARK } from '../../src/charts/palette.js';

const base = inject('baseURL');
const browser = sharedBrowser();
/** Chinese characters and full-width punctuation; 「…」 quotes a Chinese term on purpose. */
const HAN = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
const english = (s: string) => !HAN.test(s.replace(/「[^」]*」/g, ''));
/** 法律顾问费: its form starts at line 130 of 004 (项目名称). */
const LEGAL = '0158e039403234a9:130';

async function open(page: Page, search: string, ready: string): Promise<void> {
	await page.goto(`${base}${search}`);
	await engineReady(page);
	await page.locator(ready).first().waitFor();
}
/** The texts of a table's column headers. */
const headers = (page: Page, table: string) =>
	page.locator(`table[aria-label="${table}"] th`).allInnerTexts();
/** A chart's title, legend, axis captions and source line (its scope names places, so not that). */
async function chartWords(page: Page, chart: string): Promise<string[]> {
	const figure = page.locator(chart);
	const source = (await figure.locator('text.source').allTextContents()).join('');
	return [
		(await figure.getAttribute('data-chart')) ?? '',
		...(await figure.locator('.legend text').allTextContents()),
		source,
	];
}

describe('绩效评价 in English', () => {
	const VIEW = '?view=performance';
	const HIST = 'figure.chart[data-chart="Project self-evaluation scores (points)"]';
	const SCATTER =
		'figure.chart[data-chart="Self-evaluation score against budget execution (points, %)"]';

	it('words the charts, tables and department form in English, with the figures of the Chinese view', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await open(page, `${VIEW}&lang=en`, `${HIST} .histogram .unit`);
		// Grade bands in English; 法律顾问费 93 (004 line 176) in the 90–95 bin, as in Chinese.
		const hist = await page.locator(`${HIST} svg`).textContent();
		for (const band of [
			'Excellent ≥ 90',
			'Good 80–90',
			'Fair 60–80',
			'Poor < 60',
			'Total score (points)',
		])
			expect(hist).toContain(band);
		expect(
			await page.locator('.histogram .unit[aria-label^="法律顾问费 "]').getAttribute('data-value'),
		).toBe('93');
		const scatter = await page.locator(`${SCATTER} svg`).textContent();
		expect(scatter).toContain('High score, low execution (3)');
		expect(scatter).toContain('Budget execution (%)');
		for (const chart of [HIST, SCATTER])
			for (const w of await chartWords(page, chart)) expect(english(w), w).toBe(true);
		for (const h of await page.locator('main h2').allInnerTexts()) expect(english(h), h).toBe(true);

		// The table: English headers, 法律顾问费 executed 4.3 of 6 (71.7 %), score 93, Excellent.
		const cols = await headers(page, 'Project self-evaluations');
		expect(cols).toEqual([
			'Project',
			'Unit',
			'Budget (CNY 10k)',
			'Executed (CNY 10k)',
			'Execution',
			'Total score',
			'Grade',
		]);
		const legal = page.locator('table[aria-label="Project self-evaluations"] tr', {
			hasText: '法律顾问费',
		});
		expect(await legal.innerText()).toMatch(/4\.30\s+71\.7%\s+93\s+Excellent/);
		// Blank 总分 said in English, not drawn as 0.
		expect(await page.locator('[data-blank-score]').innerText()).toContain('not counted as 0');
		// The department form: 001 总分 88 (line 1055), 支出合计 3,963.84.
		const dept = await page.locator('[data-dept="11a72be0e203cc23"]').innerText();
		expect(dept).toContain('Total score 88 points');
		expect(dept).toContain('3,963.84 CNY 10k');
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'performance-en.png'), fullPage: true });

		// Every block and point as in Chinese: same scores, same flagged points.
		const figures = async (p: Page) => ({
			scores: (
				await p.locator('.histogram .unit').evaluateAll((els) => els.map((e) => e.dataset.value))
			).sort(),
			flagged: (
				await p
					.locator('.scatter .point.flagged')
					.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
			).sort(),
		});
		const zh = await watchedPage(browser(), base);
		await open(zh.page, VIEW, '.histogram .unit');
		await expect.poll(() => zh.page.locator('.scatter .point.flagged').count()).toBe(3);
		const ours = await figures(page);
		expect(ours.scores).toHaveLength(24);
		expect(ours).toEqual(await figures(zh.page));
		expect([...errors, ...zh.errors]).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('words the chosen project’s indicators in English', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await open(page, `${VIEW}&lang=en`, '.histogram .unit');
		await page.getByLabel('Choose a project').selectOption(LEGAL);
		// 004 line 149: 数量指标 法律顾问 4个律师事务所 (the document's words stay as printed).
		const table = page.locator('table[aria-label="Indicators 法律顾问费"]');
		await expect.poll(() => table.innerText()).toContain('4个律师事务所');
		expect(await headers(page, 'Indicators 法律顾问费')).toEqual([
			'Level 1',
			'Level 2',
			'Indicator',
			'Annual target',
			'Achieved',
			'Score',
			'Source',
		]);
		expect(await page.locator('[data-chosen]').innerText()).toContain('executed 4.30 (CNY 10k)');
		expect(await table.innerText()).toContain('line 149');
		await page.locator('#indicators').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(SHOTS, 'performance-indicators-en.png') });
		expect(errors).toEqual([]);
	});
});

describe('预算执行 in English', () => {
	const CLASS_CHART =
		'figure.chart[data-chart="Budget completion (%): final spending ÷ initial budget, by subject"]';
	const PROJECT_CHART =
		'figure.chart[data-chart="Project budget execution (%): executed ÷ budget"]';

	it('words the charts, legends and tables in English, with the figures of the Chinese view', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await open(page, `?view=execution&${SEEDS}&lang=en`, `${PROJECT_CHART} .bar`);
		// 001 line 549: 年初预算3,126.32万元，支出决算3,449.21万元，完成年初预算的110.33%
		const whole = await page.locator('.whole').innerText();
		for (const w of ['initial budget', '3,126.32', '3,449.21', '110.3% of the initial budget'])
			expect(whole).toContain(w);
		for (const chart of [CLASS_CHART, PROJECT_CHART])
			for (const w of await chartWords(page, chart)) expect(english(w), w).toBe(true);
		const legend = await page.locator(`${CLASS_CHART} .legend`).textContent();
		for (const l of ['Over 110%', '90%–110%', 'Under 90%', '100% line'])
			expect(legend).toContain(l);
		for (const h of await page.locator('main h2').allInnerTexts()) expect(english(h), h).toBe(true);

		// The deviations coloured as in Chinese: 208 over, 210 under, 204 within.
		const fill = (label: string) =>
			page.locator(`${CLASS_CHART} .bar`, { hasText: label }).locator('rect').getAttribute('fill');
		expect(await fill('208 社会保障和就业支出')).toBe(MARK.over);
		expect(await fill('210 卫生健康支出')).toBe(MARK.under);
		expect(await fill('204 公共安全支出')).toBe(MARK.within);

		const classCols = await headers(page, 'Budget execution by subject');
		expect(classCols.map((c) => c.replace(/ [▲▼]$/, ''))).toEqual([
			'Subject',
			'Initial budget (CNY 10k)',
			'Final (CNY 10k)',
			'Rate (computed)',
			'Rate (stated)',
			'Check',
		]);
		const classes = await page
			.locator('table[aria-label="Budget execution by subject"]')
			.innerText();
		for (const figure of ['2,581.61', '2,812.68', '130.1%', '88.2%', 'Agrees'])
			expect(classes).toContain(figure);
		const projectCols = await headers(page, 'Budget execution by project');
		for (const c of projectCols) expect(english(c), c).toBe(true);
		// 004: 国家统一法律职业资格证书考试经费 10 → 2.73 万元, 27.3 %.
		const projects = await page
			.locator('table[aria-label="Budget execution by project"]')
			.innerText();
		expect(projects).toContain('27.3%');
		expect(projects).toContain('2.73');
		const svg = await page.locator(`${PROJECT_CHART} svg`).textContent();
		expect(svg).toContain('2 without an executed amount or budget');
		expect(svg).toContain('阳泉市司法局 and 3 of its units');
		expect(await overflowing(page)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'execution-en.png'), fullPage: true });

		// Every bar as in Chinese: the same figures in the same order, the same hues.
		const bars = (p: Page, chart: string) =>
			p.locator(`${chart} .bar`).evaluateAll((els) =>
				els.map((e) => ({
					value: e.getAttribute('aria-label')?.split(' ').at(-1),
					fill: e.querySelector('rect')?.getAttribute('fill'),
				})),
			);
		const zh = await watchedPage(browser(), base);
		await open(
			zh.page,
			`?view=execution&${SEEDS}`,
			'figure.chart[data-chart^="项目预算执行率"] .bar',
		);
		const zhClass = await bars(zh.page, 'figure.chart[data-chart^="预算完成率"]');
		const zhProject = await bars(zh.page, 'figure.chart[data-chart^="项目预算执行率"]');
		expect(zhClass).toHaveLength(6);
		expect(zhProject).toHaveLength(24);
		expect(await bars(page, CLASS_CHART)).toEqual(zhClass);
		expect(await bars(page, PROJECT_CHART)).toEqual(zhProject);
		expect([...errors, ...zh.errors]).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
