/**
 * The source viewer on a very large document: a 20 MB text export imported through 导入文档 opens
 * at a line near its end with only the lines on screen in the DOM, the cited line highlighted and
 * centred (the main thread's long tasks are printed); the keyboard scrolls it, and a new cited line is
 * scrolled to.
 */
import { describe, it, expect, inject, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';
import { RAW_DIR, idOfBytes } from '../golden/helpers.js';

const base = inject('baseURL');
const browser = sharedBrowser();

/**
 * 承德市司法局 2024 budget (003) whole, so that it is recognised and its figures cite their lines,
 * then its prose lines (no digits: no tables, no amounts) repeated up to 20 MB — about 190,000
 * lines. Written to a file: Chromium reads a path itself, a buffer would be rebuilt in the page.
 */
const TMP = mkdtempSync(join(tmpdir(), 'budget-lens-large-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const seed = readFileSync(join(RAW_DIR, '003_118d383ccab95c06.txt'), 'utf8').split(/\r\n|\n|\r/);
const prose = seed.filter((l) => l.length > 10 && !/\d/.test(l));
const LINES = [...seed];
for (let bytes = 0; bytes < 20e6; bytes += Buffer.byteLength(prose.join('\n')) + 1)
	LINES.push(...prose);
const FILE = join(TMP, 'large-source.txt');
const BYTES = Buffer.from(LINES.join('\n'));
writeFileSync(FILE, BYTES);
/** Its doc_id: the hash of its bytes. */
const ID = idOfBytes(BYTES);
/** A line near the end, cited through the URL. */
const NEAR_END = LINES.length - 37;

type LongTask = { start: number; duration: number };

/** Opens the viewer as a copied link would, without reloading (the import lives in the page). */
const openByUrl = (page: Page, line: number) =>
	page.evaluate(
		([id, l]) => {
			history.pushState(null, '', `?doc=${id}&line=${l}`);
			dispatchEvent(new PopStateEvent('popstate'));
		},
		[ID, line] as const,
	);

const nodesInDialog = (page: Page) =>
	page.evaluate(() => document.querySelectorAll('dialog *').length);

/** The hit line's box against the text's visible box, in CSS pixels. */
const placement = (page: Page) =>
	page.evaluate(() => {
		const hit = document.querySelector('dialog li.hit')!.getBoundingClientRect();
		const view = document.querySelector('dialog .source')!.getBoundingClientRect();
		return { hit: (hit.top + hit.bottom) / 2, top: view.top, bottom: view.bottom };
	});

describe('the source viewer on a 20 MB document', () => {
	it('renders only the lines on screen, the cited line centred', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.addInitScript(() => {
			const w = window as unknown as { __longTasks: LongTask[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries())
					w.__longTasks.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(base);
		await engineReady(page);
		await page.locator('label.import input[type=file]').setInputFiles([FILE]);
		await expect
			.poll(() => page.locator('.notice').innerText(), { timeout: 120_000 })
			.toMatch(/large-source\.txt：已导入/);
		await page.waitForTimeout(1500);

		const t0 = await page.evaluate(() => performance.now());
		await openByUrl(page, NEAR_END);
		const hit = page.locator('dialog li.hit');
		await expect
			.poll(() => hit.getAttribute('data-line'), { timeout: 30_000 })
			.toBe(String(NEAR_END));
		await page.waitForTimeout(500);
		const t1 = await page.evaluate(() => performance.now());
		const tasks = await page.evaluate(
			([a, b]) =>
				(window as unknown as { __longTasks: LongTask[] }).__longTasks
					.filter((t) => t.start + t.duration >= a! && t.start <= b!)
					.map((t) => Math.round(t.duration)),
			[t0, t1],
		);
		const nodes = await nodesInDialog(page);
		console.log(
			`${LINES.length} lines; opening took ${Math.round(t1 - t0 - 500)} ms;` +
				` long tasks [${tasks.join(', ')}] ms; ${nodes} elements in the dialog`,
		);
		// The long tasks are printed, not asserted (times belong to benchmarks): one remains, most of
		// it splitting the 20 MB text into lines (sourceDoc.ts loadLines), ~140 ms on an idle
		// machine. What is asserted is the cause of the old freeze: every line drawn as DOM.
		expect(nodes).toBeLessThan(3000);
		expect(await hit.innerText()).toContain(LINES[NEAR_END - 1]!.trim());
		expect(await hit.innerText()).toContain(String(NEAR_END));
		let p = await placement(page);
		expect(p.hit).toBeGreaterThan(p.top + (p.bottom - p.top) * 0.3);
		expect(p.hit).toBeLessThan(p.bottom - (p.bottom - p.top) * 0.3);
		await page.screenshot({ path: join(SHOTS, 'source-large.png') });
		// The rendered text selects (and so copies) as text, without the line numbers.
		await hit.locator('.text').click({ clickCount: 3 });
		const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
		expect(selected).toContain(LINES[NEAR_END - 1]!.trim());
		expect(selected).not.toContain(String(NEAR_END));

		// The keyboard scrolls the text (it has the focus): new lines come in, the DOM stays small.
		const firstShown = () =>
			page.evaluate(() => Number(document.querySelector('dialog li')!.getAttribute('data-line')));
		const before = await firstShown();
		await page.keyboard.press('PageUp');
		await page.keyboard.press('PageUp');
		await expect.poll(firstShown).toBeLessThan(before);
		await page.keyboard.press('Control+Home');
		await expect.poll(firstShown).toBe(1);
		expect(await nodesInDialog(page)).toBeLessThan(3000);

		// Another cited line while the viewer is open: 支出合计 (003 line 167), scrolled to.
		await openByUrl(page, 167);
		await expect.poll(() => hit.getAttribute('data-line')).toBe('167');
		expect(await hit.innerText()).toContain('4148.23');
		p = await placement(page);
		expect(p.hit).toBeGreaterThan(p.top);
		expect(p.hit).toBeLessThan(p.bottom);
		// Only the text scrolled: the dialog itself and the page behind stay put.
		expect(await page.evaluate(() => document.querySelector('dialog')!.scrollTop)).toBe(0);
		expect(errors).toEqual([]);
	});

	it('fits the narrow layout', async () => {
		const { page, errors } = await watchedPage(browser(), base, { width: 420, height: 800 });
		await page.goto(base);
		await engineReady(page);
		await page.locator('label.import input[type=file]').setInputFiles([FILE]);
		await expect
			.poll(() => page.locator('.notice').innerText(), { timeout: 120_000 })
			.toMatch(/large-source\.txt：已导入/);
		await openByUrl(page, NEAR_END);
		const hit = page.locator('dialog li.hit');
		await expect
			.poll(() => hit.getAttribute('data-line'), { timeout: 30_000 })
			.toBe(String(NEAR_END));
		const p = await placement(page);
		expect(p.hit).toBeGreaterThan(p.top);
		expect(p.hit).toBeLessThan(p.bottom);
		// The text's box ends inside the dialog (its scrollbar reachable), the dialog does not scroll.
		const fit = await page.evaluate(() => {
			const d = document.querySelector('dialog')!;
			return {
				text: document.querySelector('dialog .source')!.getBoundingClientRect().bottom,
				dialog: d.getBoundingClientRect().bottom,
				scroll: d.scrollHeight - d.clientHeight,
			};
		});
		expect(fit.text).toBeLessThanOrEqual(fit.dialog + 1);
		expect(fit.scroll).toBeLessThanOrEqual(1);
		await page.screenshot({ path: join(SHOTS, 'source-large-narrow.png') });
		expect(errors).toEqual([]);
	});
});
