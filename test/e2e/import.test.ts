/**
 * Importing documents in the page: the same parser as ingest runs in the browser; a readable
 * document joins every view (and its text the source viewer), a bad file is reported in words.
 */
import { describe, it, expect, inject } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';
import { RAW_DIR, idOfBytes } from '../golden/helpers.js';
import { encodeGbk } from '../fixtures/variants.js';

const base = inject('baseURL');
const browser = sharedBrowser();

describe('导入文档 import', () => {
	it('parses a GBK document in the page and shows it beside the bundled ones', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		// 承德市司法局 2024 budget, re-encoded as GBK: other bytes, so another document (its id is
		// the hash of its bytes) and another version of the bundled one.
		const text = readFileSync(join(RAW_DIR, '003_118d383ccab95c06.txt'), 'utf8');
		const gbk = Buffer.from(encodeGbk(text));
		const id = idOfBytes(gbk);
		await page.locator('label.import input[type=file]').setInputFiles([
			{
				name: 'chengde-2024-gbk.txt',
				mimeType: 'text/plain',
				buffer: gbk,
			},
			{
				name: 'scan.pdf',
				mimeType: 'application/pdf',
				buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'),
			},
		]);
		const notice = page.locator('.notice');
		await expect.poll(() => notice.innerText()).toContain('chengde-2024-gbk.txt');
		expect(await notice.innerText()).toMatch(
			/chengde-2024-gbk\.txt：已导入，承德市 承德市司法局 2024年/,
		);
		expect(await notice.innerText()).toMatch(/scan\.pdf：未能读取，.*PDF/);
		// The imported document's headline: 支出合计 4,148.23 (003 line 167), read in the browser.
		await expect
			.poll(() => page.locator(`[data-doc="${id}"] .big`).innerText())
			.toContain('4,148.23');
		await page.screenshot({ path: join(SHOTS, 'import.png'), fullPage: true });
		// Its source line opens from the text kept in the page.
		await page.locator(`[data-doc="${id}"] .big button`).click();
		await expect.poll(() => page.locator('dialog li.hit').innerText()).toContain('4148.23');
		expect(await page.locator('dialog li.hit').getAttribute('data-line')).toBe('167');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('refuses a file over 50 MB from its size, and reports a copy of a bundled document', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		const text = readFileSync(join(RAW_DIR, '003_118d383ccab95c06.txt'), 'utf8');
		// Playwright hands over more than 50 MB only from a file.
		const dir = mkdtempSync(join(tmpdir(), 'huge-'));
		writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(51 * 1024 * 1024, 0x31));
		writeFileSync(join(dir, 'chengde-copy.txt'), text);
		await page
			.locator('label.import input[type=file]')
			.setInputFiles([join(dir, 'huge.txt'), join(dir, 'chengde-copy.txt')]);
		const notice = page.locator('.notice');
		await expect.poll(() => notice.innerText()).toContain('chengde-copy.txt');
		expect(await notice.innerText()).toMatch(
			/huge\.txt：未能读取，文件过大（51\.0 MB），超过 50 MB 上限/,
		);
		// The same bytes as the bundled 003: the same document, not imported twice.
		expect(await notice.innerText()).toMatch(
			/chengde-copy\.txt：已存在：与随应用附带的 003_118d383ccab95c06\.txt 字节相同，未重复导入/,
		);
		expect(errors).toEqual([]);
	});
});
