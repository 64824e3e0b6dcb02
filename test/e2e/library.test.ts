/**
 * 文档库: what a user imports is kept in the browser (IndexedDB) and is there after a reload; a
 * document is its bytes (a copy is reported, not counted); two versions of one disclosure are both
 * kept and only one counts, the user's pick else the latest imported; a removed document is gone after
 * a reload; the library exported as one file and imported into a fresh profile gives the same views.
 *
 * The documents: 承德市司法局 2024 部门预算 (003) re-encoded as GBK — other bytes, so another version
 * of the bundled one — and 阳泉市强制隔离戒毒所 2025 单位预算 (002) as UTF-16LE with a BOM.
 */
import { describe, it, expect, inject } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';
import { RAW_DIR, idOfBytes } from '../golden/helpers.js';
import { encodeGbk } from '../fixtures/variants.js';

const base = inject('baseURL');
const browser = sharedBrowser();

const chengde = readFileSync(join(RAW_DIR, '003_118d383ccab95c06.txt'), 'utf8');
const GBK = Buffer.from(encodeGbk(chengde));
const UNIT = Buffer.concat([
	Buffer.from([0xff, 0xfe]),
	Buffer.from(readFileSync(join(RAW_DIR, '002_271bf8e2b9228306.txt'), 'utf8'), 'utf16le'),
]);
const GBK_ID = idOfBytes(GBK);
const BUNDLED_003 = 'a7d6f4822a5d5a60';

const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/plain', buffer });

async function importFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
	await page.locator('label.import input[type=file]').setInputFiles(files);
	await expect.poll(() => page.locator('.notice').count()).toBe(1);
	const text = await page.locator('.notice').innerText();
	await page.locator('.notice button').click();
	return text;
}

/** The 支出合计 bars of the overview: one label per counted budget or final account. */
const barLabels = (page: Page) =>
	page
		.locator('figure.chart .bar')
		.evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));

async function openLibrary(page: Page) {
	await page.locator('button.library').click();
	const dialog = page.locator('dialog[aria-labelledby="library-title"]');
	await expect.poll(() => dialog.isVisible()).toBe(true);
	// The bundled documents' findings are counted when the panel opens.
	await expect.poll(() => dialog.locator('table').getAttribute('data-counted')).toBe('true');
	return dialog;
}

describe('文档库 library', () => {
	it('keeps an import across a reload, reports a copy, counts one of two versions', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		const before = await barLabels(page);
		const notice = await importFiles(page, [file('chengde-gbk.txt', GBK)]);
		expect(notice).toMatch(/chengde-gbk\.txt：已导入，承德市 承德市司法局 2024年/);
		expect(notice).toContain('与 003_118d383ccab95c06.txt 同为承德市司法局 2024 年预算的不同版本');

		await page.reload();
		await engineReady(page);
		// Still there: the library says so, and the 承德 card is the imported version's.
		await expect.poll(() => page.locator('button.library').innerText()).toContain('导入 1');
		await expect
			.poll(() => page.locator(`main [data-doc="${GBK_ID}"] .big`).innerText())
			.toContain('4,148.23');
		expect(await page.locator(`main [data-doc="${BUNDLED_003}"]`).count()).toBe(0);
		// Counted once: the 支出合计 chart has as many bars as before the import.
		expect(await barLabels(page)).toHaveLength(before.length);
		const banner = page.locator('main .card.versions');
		expect(await banner.innerText()).toContain(
			'承德市司法局 2024 年预算计入 chengde-gbk.txt（最近导入，共 2 个版本）',
		);
		// Its source opens after the reload, from the browser's copy: 支出合计 4148.23 on line 167.
		await page.locator(`main [data-doc="${GBK_ID}"] .big button`).click();
		await expect.poll(() => page.locator('dialog li.hit').innerText()).toContain('4148.23');
		expect(await page.locator('dialog li.hit').getAttribute('data-line')).toBe('167');
		await page.keyboard.press('Escape');

		// The same bytes again under another name: told, not counted.
		const copy = await importFiles(page, [file('again.md', GBK)]);
		expect(copy).toContain('again.md：已存在：与文档库中的 chengde-gbk.txt 字节相同，未重复导入');
		expect(await page.locator('button.library').innerText()).toContain('导入 1');

		// The user picks the bundled version: it counts, and still after a reload.
		const lib = await openLibrary(page);
		await page.screenshot({ path: join(SHOTS, 'library.png') });
		await lib
			.locator('fieldset label', { hasText: '003_118d383ccab95c06.txt' })
			.locator('input')
			.check();
		await expect.poll(() => page.locator(`main [data-doc="${BUNDLED_003}"]`).count()).toBe(1);
		await lib.locator('button.close').click();
		await page.reload();
		await engineReady(page);
		await expect.poll(() => page.locator(`main [data-doc="${BUNDLED_003}"]`).count()).toBe(1);
		expect(await page.locator(`main [data-doc="${GBK_ID}"]`).count()).toBe(0);
		expect(await page.locator('main .card.versions').innerText()).toContain(
			'（您的选择，共 2 个版本）',
		);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('says where a link to a document imported elsewhere comes from, instead of another one', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(`${base}?doc=${GBK_ID}&line=167`);
		await engineReady(page);
		await expect
			.poll(() => page.locator('dialog [role=alert]').innerText())
			.toContain(`编号 ${GBK_ID} 的文档不在本浏览器中`);
		expect(errors).toEqual([]);
	});

	it('removes a document: gone from the views and after a reload', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		await importFiles(page, [file('unit-utf16.txt', UNIT), file('chengde-gbk.txt', GBK)]);
		const lib = await openLibrary(page);
		expect(await lib.locator('tbody tr').count()).toBe(12);
		await lib.getByRole('button', { name: '移除 chengde-gbk.txt' }).click();
		await expect.poll(() => lib.locator('tbody tr').count()).toBe(11);
		await lib.locator('button.close').click();
		// The bundled 承德 budget counts again; the banner names only the other pair (the unit's
		// budget, imported as UTF-16: another version of the bundled 002).
		await expect.poll(() => page.locator(`main [data-doc="${BUNDLED_003}"]`).count()).toBe(1);
		const banner = await page.locator('main .card.versions').innerText();
		expect(banner).not.toContain('承德市司法局');
		expect(banner).toContain('阳泉市强制隔离戒毒所 2025 年预算（单位）计入 unit-utf16.txt');

		await page.reload();
		await engineReady(page);
		await expect.poll(() => page.locator('button.library').innerText()).toContain('导入 1');
		expect(await page.locator(`main [data-doc="${GBK_ID}"]`).count()).toBe(0);
		const again = await openLibrary(page);
		expect(await again.locator('tbody').innerText()).toContain('unit-utf16.txt');
		expect(await again.locator('tbody').innerText()).not.toContain('chengde-gbk.txt');
		// 全部重新解析 reads the kept bytes again: the same document, the same figures.
		await again.getByRole('button', { name: '全部重新解析' }).click();
		await expect.poll(() => page.locator('.notice').count()).toBe(1);
		expect(await page.locator('.notice').innerText()).toMatch(
			/unit-utf16\.txt：已重新解析，阳泉市 阳泉市强制隔离戒毒所 2025年/,
		);
		await again.locator('button.close').click();
		expect(await page.locator('button.library').innerText()).toContain('导入 1');
		expect(errors).toEqual([]);
	});

	it('exports the library as one file; imported into a fresh profile, the views are the same', async () => {
		const a = await watchedPage(browser(), base);
		await a.page.goto(base);
		await engineReady(a.page);
		await importFiles(a.page, [file('unit-utf16.txt', UNIT), file('chengde-gbk.txt', GBK)]);
		// A reviewer's mark travels with the library.
		const mark = { status: 'reviewed', note: '已与原件核对', at: '2026-12-01T08:00:00.000Z' };
		await a.page.evaluate((m) => {
			localStorage.setItem('budget-lens:reviews:v1', JSON.stringify([['x|rule|1|msg', m]]));
		}, mark);
		await a.page.reload();
		await engineReady(a.page);
		const lib = await openLibrary(a.page);
		const [download] = await Promise.all([
			a.page.waitForEvent('download'),
			lib.getByRole('button', { name: '导出文档库' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^预决算透视文档库_\d{8}\.json$/);
		const path = join(mkdtempSync(join(tmpdir(), 'library-')), download.suggestedFilename());
		await download.saveAs(path);
		const views = async (page: Page) => {
			await expect.poll(() => barLabels(page).then((l) => l.length)).toBeGreaterThan(0);
			const labels = await barLabels(page);
			const cards = (await page.locator('.headline').allTextContents()).map((t) =>
				t.replace(/\s+/g, ' ').trim(),
			);
			const rows = await (await openLibrary(page)).locator('tbody').innerText();
			await page.locator('dialog[aria-labelledby="library-title"] button.close').click();
			return { labels, cards, rows };
		};
		await lib.locator('button.close').click();
		const there = await views(a.page);

		const b = await watchedPage(browser(), base);
		await b.page.goto(base);
		await engineReady(b.page);
		const notice = await importFiles(b.page, [path]);
		expect(notice).toMatch(/unit-utf16\.txt：已导入/);
		expect(notice).toMatch(/chengde-gbk\.txt：已导入/);
		const here = await views(b.page);
		expect(here).toEqual(there);
		expect(
			await b.page.evaluate(() => localStorage.getItem('budget-lens:reviews:v1') ?? ''),
		).toContain('已与原件核对');
		expect(a.errors).toEqual([]);
		expect(b.errors).toEqual([]);
	});

	it('shows progress while several files are read, and stops when told', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		const pdf = readFileSync(join(RAW_DIR, '上海市普陀区财政局_2024_部门决算.pdf'));
		const files = [1, 2, 3].map((i) => ({
			name: `v${i}.pdf`,
			mimeType: 'application/pdf',
			// Each a different file (one byte appended), so none is a copy of another.
			buffer: Buffer.concat([pdf, Buffer.from(`\n%${i}\n`)]),
		}));
		await page.locator('label.import input[type=file]').setInputFiles(files);
		const progress = page.locator('header .progress');
		await expect.poll(() => progress.innerText()).toMatch(/导入 1\/3：v1\.pdf/);
		await progress.getByRole('button', { name: '取消' }).click();
		await expect.poll(() => page.locator('.notice').count()).toBe(1);
		const text = await page.locator('.notice').innerText();
		expect(text).toMatch(/v3\.pdf：已取消，未导入/);
		expect(await progress.count()).toBe(0);
		// Nothing half-kept: whatever was not finished is not in the library.
		const kept = Number(
			(await page.locator('button.library').innerText()).match(/导入 (\d+)/)?.[1] ?? 0,
		);
		expect(kept).toBeLessThan(3);
		expect(errors).toEqual([]);
	});
});

describe('文档库 when the browser refuses to keep it', () => {
	it('says so in words when storage is full, and loses nothing already kept', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		// Storage "fills up" when the test says so: every write of the library then fails as a full
		// disk does.
		await page.addInitScript(() => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (
				this: IDBObjectStore,
				...args: [unknown, IDBValidKey?]
			) {
				if ((window as unknown as { full?: boolean }).full)
					throw new DOMException('quota', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await page.goto(base);
		await engineReady(page);
		await importFiles(page, [file('unit-utf16.txt', UNIT)]);
		await page.evaluate(() => ((window as unknown as { full?: boolean }).full = true));
		const notice = await importFiles(page, [file('chengde-gbk.txt', GBK)]);
		// Imported for this session, and told why it will not be there next time.
		expect(notice).toMatch(
			/chengde-gbk\.txt：已导入，.*浏览器存储空间已满，本文档只在本次打开期间可用/,
		);
		await expect.poll(() => page.locator(`main [data-doc="${GBK_ID}"]`).count()).toBe(1);
		await page.reload();
		await engineReady(page);
		// The one kept before is still there; the other, as said, is not.
		await expect.poll(() => page.locator('button.library').innerText()).toContain('导入 1');
		expect(await page.locator(`main [data-doc="${GBK_ID}"]`).count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('opens with the bundled documents where the browser forbids storage altogether', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('denied', 'SecurityError');
				},
			});
		});
		await page.goto(base);
		await engineReady(page);
		const problem = page.locator('main .card.warn');
		await expect.poll(() => problem.innerText()).toContain('浏览器不允许本页保存数据');
		// The bundled documents all open; an import still works for this session.
		await expect.poll(() => page.locator('.headline').count()).toBeGreaterThan(0);
		const notice = await importFiles(page, [file('chengde-gbk.txt', GBK)]);
		expect(notice).toMatch(/chengde-gbk\.txt：已导入/);
		await expect.poll(() => page.locator(`main [data-doc="${GBK_ID}"]`).count()).toBe(1);
		expect(errors).toEqual([]);
	});
});
