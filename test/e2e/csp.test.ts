/**
 * The dashboard under the Content-Security-Policy scripts/serve.mjs sends: the header is on the
 * document, and every view, the source viewer (a text and a PDF document), a chart's PNG download,
 * a PDF import and 数据核验's audit exports run without a single violation or console error.
 * Violations are recorded in every frame by a `securitypolicyviolation` listener; those of a worker
 * show as console or page errors (a refused wasm compile, for one), which are recorded as well.
 */
import { describe, it, expect, inject, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, sharedBrowser, type Watched } from './browser.js';
// @ts-expect-error plain ESM script without types
import { CSP } from '../../scripts/serve.mjs';
import { idOfBytes } from '../golden/helpers.js';

const base = inject('baseURL');
const browser = sharedBrowser();

const ROOT = join(import.meta.dirname, '../..');
/** The VIEWS list of src/state/view.svelte.ts (read from the source: runes do not run in Node). */
const VIEWS = [
	...readFileSync(join(ROOT, 'src/state/view.svelte.ts'), 'utf8')
		.match(/export const VIEWS = \[([^\]]*)\]/)![1]!
		.matchAll(/'([\w-]+)'/g),
].map((m) => m[1]!);
const CZJ = 'd45e923176f9fe4b';
const BUDGET = '上海市普陀区人民政府办公室_2025_部门预算.pdf';
const sample = (file: string) =>
	[join(ROOT, 'data/raw', file), join(ROOT, 'test/fixtures/pdf/shanghai', file)].find((p) =>
		existsSync(p),
	) ?? join(ROOT, 'data/raw', file);
const TMP = mkdtempSync(join(tmpdir(), 'budget-lens-csp-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

type Violation = { directive: string; blocked: string; source: string; sample: string };

/** A watched page whose every frame records the CSP violations it sees. */
async function cspPage(): Promise<Watched> {
	const w = await watchedPage(browser(), base);
	await w.page.addInitScript(() => {
		const v: Violation[] = [];
		(window as unknown as { __csp: Violation[] }).__csp = v;
		document.addEventListener(
			'securitypolicyviolation',
			(e) =>
				v.push({
					directive: e.effectiveDirective,
					blocked: e.blockedURI,
					source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
					sample: e.sample,
				}),
			true,
		);
	});
	return w;
}

/** The violations recorded so far in every frame of the page (frames gone are not counted). */
async function violations(page: Page): Promise<Violation[]> {
	const all = await Promise.all(
		page
			.frames()
			.map((f) =>
				f
					.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? [])
					.catch(() => []),
			),
	);
	return all.flat();
}

describe('Content-Security-Policy', () => {
	it('is sent with the document, and every view, the source viewer and a PNG download run under it', async () => {
		const { page, errors, foreign } = await cspPage();
		expect(VIEWS).toContain('quality');
		const response = await page.goto(base);
		expect(response?.headers()['content-security-policy']).toBe(CSP);
		expect(response?.headers()['x-content-type-options']).toBe('nosniff');
		await engineReady(page);
		for (const view of VIEWS) {
			await page.goto(`${base}?view=${view}`);
			await engineReady(page);
			// Let the view's queries run and its charts draw.
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1500);
			expect(await violations(page), view).toEqual([]);
		}

		// A chart as PNG: its SVG is drawn into an <img> from a blob: URL.
		await page.goto(base);
		await engineReady(page);
		const [png] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: '下载 PNG' }).first().click(),
		]);
		expect(png.suggestedFilename()).toMatch(/\.png$/);

		// The source viewer: a line of a text export, then a PDF page drawn by PDF.js in its worker.
		await page.locator('[data-doc="9fe8ed7e4cfd394f"] .big button').click();
		await expect.poll(() => page.locator('dialog li.hit').innerText()).toContain('2854.81');
		await page.goto(base);
		await engineReady(page);
		await page.locator(`[data-doc="${CZJ}"] .big button`).click();
		await expect
			.poll(() => page.locator('dialog .page').getAttribute('data-status'), { timeout: 30_000 })
			.toBe('drawn');
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	}, 300_000);

	it('lets a PDF be imported (parse worker, PDF.js, rows into DuckDB) and shown', async () => {
		const { page, errors, foreign } = await cspPage();
		const file = join(TMP, 'putuo-office-csp.pdf');
		// Not a byte-identical copy of the bundled sample (that would be reported 已存在): one byte
		// appended, another version of it, whose id is the hash of its bytes.
		const bytes = Buffer.concat([readFileSync(sample(BUDGET)), Buffer.from('\n')]);
		writeFileSync(file, bytes);
		const id = idOfBytes(bytes);
		await page.goto(base);
		await engineReady(page);
		await page.locator('label.import input[type=file]').setInputFiles([file]);
		await expect
			.poll(() => page.locator('.notice').innerText(), { timeout: 90_000 })
			.toMatch(/putuo-office-csp\.pdf：已导入/);
		await expect
			.poll(() => page.locator(`[data-doc="${id}"] .big`).innerText())
			.toContain('9,101.68');
		await page.locator(`[data-doc="${id}"] .big button`).click();
		await expect
			.poll(() => page.locator('dialog .page').getAttribute('data-status'), { timeout: 30_000 })
			.toBe('drawn');
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('lets 数据核验 export the 财政局 决算’s annotated PDF and print its report', async () => {
		const { page, errors, foreign } = await cspPage();
		await page.goto(`${base}?view=quality&fdoc=${encodeURIComponent(CZJ)}`);
		await engineReady(page);
		const audit = page.locator(`.filters [data-audit="${CZJ}"]`);
		await expect.poll(() => audit.count()).toBe(1);
		const [pdf] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			audit.getByRole('button', { name: '批注 PDF' }).click(),
		]);
		expect(pdf.suggestedFilename()).toMatch(/_审查批注\.pdf$/);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);

		// Printing: the report in a srcdoc iframe (which inherits the policy), styled by its own
		// inline stylesheet.
		await audit.getByRole('button', { name: '打印报告' }).click();
		const frame = page.locator('iframe[aria-hidden="true"]');
		await expect.poll(() => frame.count()).toBe(1);
		const report = page.frames().find((f) => f.url() === 'about:srcdoc')!;
		await expect
			.poll(() => report.evaluate(() => document.querySelector('h1')?.textContent ?? ''))
			.toContain('审查报告');
		expect(await report.evaluate(() => document.styleSheets.length)).toBe(1);
		// The printed copy has no 打印 button (an inline handler the policy would refuse).
		expect(await report.evaluate(() => document.querySelectorAll('button').length)).toBe(0);
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
