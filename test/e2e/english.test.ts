/**
 * The English interface (lang=en) of 数据核验, 公开质量, the 文档库 panel and the source viewer: every
 * visible text with Chinese in it is data — inside an element marked as Chinese (lang="zh-CN": finding
 * messages, document text, names), or made only of the names of documents, departments and places
 * (chart labels, which may be cut in their middle). A screenshot of each in test-results/screenshots/.
 */
import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, SEEDS, sharedBrowser } from './browser.js';

const base = inject('baseURL');
const browser = sharedBrowser();
const FINAL = '11a72be0e203cc23';
const CZJ = 'd45e923176f9fe4b';

/** The names the documents give (entities, departments, places, files): data, shown as printed. */
const NAMES: string[] = (() => {
	const summary = JSON.parse(
		readFileSync(join(import.meta.dirname, '../../public/data/summary.json'), 'utf8'),
	) as { documents: Record<string, unknown>[] };
	const keys = ['entity', 'department', 'city', 'province', 'source_file'];
	const names = summary.documents.flatMap((d) =>
		keys.map((k) => d[k]).filter((v): v is string => typeof v === 'string'),
	);
	return [...new Set(names)].sort((a, b) => b.length - a.length);
})();

/**
 * Visible texts under `root` (selector) with Chinese in them that are not data: not inside a
 * lang="zh…" element, and with Chinese left once the names of documents are taken out (a run of
 * Chinese that is part of a name counts as a name: chart labels cut in the middle).
 */
async function chineseWording(page: Page, root: string, skip = ''): Promise<string[]> {
	const texts = await page.evaluate(
		({ root, skip }) => {
			const out: string[] = [];
			const han = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
			for (const el of document.querySelectorAll(root)) {
				const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
				for (let n = walk.nextNode(); n; n = walk.nextNode()) {
					const text = n.textContent ?? '';
					const parent = n.parentElement;
					if (!parent || !han.test(text)) continue;
					if (parent.closest('[lang^="zh"], style, script, option:not(:checked)')) continue;
					if (skip && parent.closest(skip)) continue;
					// Visible: laid out (an SVG text counts by its own box).
					const box = (parent as HTMLElement).getClientRects?.();
					if (!box || box.length === 0) continue;
					out.push(text.trim());
				}
			}
			return out;
		},
		{ root, skip },
	);
	const runs = /[\u3400-\u9fff]+/g;
	return texts.filter((text) => {
		let rest = text;
		for (const name of NAMES) rest = rest.split(name).join(' ');
		return (
			/[\u3000-\u303f\uff01-\uff5e]/.test(rest.replace(/[（）]/g, '')) ||
			(rest.match(runs) ?? []).some((run) => !NAMES.some((name) => name.includes(run)))
		);
	});
}

/** A page in English on the text documents' scope, the engine ready. */
async function english(query: string) {
	const w = await watchedPage(browser(), base);
	await w.page.goto(`${base}?lang=en&${SEEDS}&${query}`);
	await engineReady(w.page);
	return w;
}

/** The view's own content: the main area without the global filter bar. */
const VIEW = 'main';
const FILTER_BAR = 'main > div.filters';

describe('English interface', () => {
	it('数据核验 in English: wording from the catalogue, data as printed', async () => {
		const { page, errors } = await english('view=quality');
		await expect.poll(() => page.locator('table.findings tbody tr').count()).toBeGreaterThan(10);
		await expect.poll(() => page.locator('figure.chart .bar').count()).toBeGreaterThan(2);
		expect(await page.locator('.intro').innerText()).toContain('0.02 CNY 10k');
		// Rule labels, never ids.
		const rule = page.locator(`tr[data-doc="${FINAL}"][data-line="659"] td.rule`);
		expect(await rule.innerText()).toContain('Approval copy differs from the main table');
		expect(await page.locator('.families').innerText()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
		expect(await chineseWording(page, VIEW, FILTER_BAR)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'english-quality.png'), fullPage: true });

		// A count in the per-document table filters the findings (not opens one).
		const doc = page.locator(`table.doc-counts tr[data-doc="${FINAL}"]`);
		await doc.locator('button.count[data-severity="error"]').click();
		expect(page.url()).toContain(`fdoc=${FINAL}`);
		expect(page.url()).toContain('sev=error');
		expect(await page.locator('dialog[open]').count()).toBe(0);
		const sevs = await page
			.locator('table.findings tbody tr')
			.evaluateAll((els) => [
				...new Set(
					els.map((e) => `${e.getAttribute('data-doc')} ${e.getAttribute('data-severity')}`),
				),
			]);
		expect(sevs).toEqual([`${FINAL} error`]);
		expect(await chineseWording(page, VIEW, FILTER_BAR)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('公开质量 in English', async () => {
		const { page, errors } = await english('view=disclosure');
		await expect.poll(() => page.locator('table.disclosure tbody tr').count()).toBeGreaterThan(3);
		await expect.poll(() => page.locator('figure.chart .bar').count()).toBeGreaterThan(2);
		expect(await page.getByRole('list', { name: 'Legend' }).innerText()).toContain('Published');
		expect(await chineseWording(page, VIEW, FILTER_BAR)).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'english-disclosure.png'), fullPage: true });
		expect(errors).toEqual([]);
	});

	it('the 文档库 panel in English', async () => {
		const { page, errors } = await english('view=quality');
		await page.locator('button.library').click();
		const panel = page.locator('dialog[open]');
		await expect.poll(() => panel.locator('tr[data-library-doc]').count()).toBeGreaterThan(5);
		expect(await panel.locator('h2').innerText()).toBe('Document library');
		expect(await chineseWording(page, 'dialog[open]')).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'english-library.png') });
		expect(errors).toEqual([]);
	});

	it('the source viewer in English, named by the document’s file, a text and a PDF', async () => {
		const { page, errors } = await english(`view=quality&fdoc=${FINAL}`);
		await page.locator(`tr[data-doc="${FINAL}"][data-line="659"] button.src.line`).click();
		const dialog = page.locator('dialog[open]');
		await expect.poll(() => dialog.locator('li.hit').count()).toBe(1);
		const header = await dialog.locator('header').innerText();
		expect(header).toContain('Source: ');
		expect(header).toContain('line 659');
		expect(header).not.toContain(FINAL);
		expect(await chineseWording(page, 'dialog[open]')).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'english-source-text.png') });

		// A PDF, opened from its link: the header names the file at once, never the hash.
		const pdf = await english(`view=quality&doc=${CZJ}&line=68`);
		const pdfDialog = pdf.page.locator('dialog[open]');
		// PDF.js draws the page: slow while other work shares the cores.
		await expect
			.poll(() => pdfDialog.locator('.page[data-status="drawn"]').count(), { timeout: 60_000 })
			.toBe(1);
		const pdfHeader = await pdfDialog.locator('header').innerText();
		expect(pdfHeader).toMatch(/Source: .*\.pdf/);
		expect(pdfHeader).toContain('p. ');
		expect(pdfHeader).not.toContain(CZJ);
		expect(await chineseWording(pdf.page, 'dialog[open]')).toEqual([]);
		await pdf.page.screenshot({ path: join(SHOTS, 'english-source-pdf.png') });
		expect([...errors, ...pdf.errors]).toEqual([]);
	});
});
