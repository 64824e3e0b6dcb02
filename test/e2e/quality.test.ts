/**
 * 数据核验 in Chromium: every finding with its severity and line, filters kept in the URL, counts per
 * rule family and rule (a click filters), a finding's line opening the source viewer there, a
 * reviewer's mark kept across a reload and carried into the exports, and the audit report of the
 * 财政局 决算 (the annotated PDF, read back with pdf-lib). Findings read by hand: 001 line 659, 批复表
 * 社会保障和就业支出 357.69 against 357.59 in the main table; the 财政局 2024 决算 (25 pages),
 * 208 社会保障和就业支出 326.71 in the 收入支出决算总表 against 326.72 in the 支出决算表.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Download } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';
import { idOfBytes } from '../golden/helpers.js';

const ROOT = join(import.meta.dirname, '../..');

const base = inject('baseURL');
const VIEW = `${base}?view=quality`;
const FINAL = '11a72be0e203cc23';
const CZJ = 'd45e923176f9fe4b';
const browser = sharedBrowser();

/** The bytes of a download. */
async function bytesOf(d: Download): Promise<Buffer> {
	return readFileSync((await d.path())!);
}

/** Every annotation of a PDF: its page, subtype and text, read with pdf-lib. */
function annotations(
	doc: PDFDocument,
): { page: number; subtype: string; contents: string; rect: number[] }[] {
	const text = (v: unknown) =>
		v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : '';
	return doc.getPages().flatMap((p, i) => {
		const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
		if (!annots) return [];
		return annots.asArray().map((ref) => {
			const a = doc.context.lookup(ref, PDFDict);
			return {
				page: i + 1,
				subtype: a.get(PDFName.of('Subtype'))?.toString() ?? '',
				contents: text(a.get(PDFName.of('Contents'))),
				rect: (a.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asArray() ?? []).map((n) =>
					Number(n.toString()),
				),
			};
		});
	});
}

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
		// One count bar per document with findings, one per family; the table's rows add up to them.
		const charts = page.locator('figure.chart');
		await expect.poll(() => charts.count()).toBe(2);
		const docsInTable = await page
			.locator('table.findings tbody tr')
			.evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-doc'))).size);
		expect(await charts.nth(0).locator('.bar').count()).toBe(docsInTable);
		expect(await charts.nth(0).innerText()).toContain('阳泉市司法局2023决算');
		expect(await charts.nth(1).innerText()).toContain('表间');
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
		await page.locator(`tr[data-doc="${FINAL}"][data-line="659"] button.src.line`).click();
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

	it('counts the findings by family and rule, and a click on a count filters to it', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(VIEW);
		await engineReady(page);
		const rows = page.locator('table.findings tbody tr');
		await expect.poll(() => rows.count()).toBeGreaterThan(100);
		const perFamily = await rows.evaluateAll((els) => {
			const n: Record<string, number> = {};
			for (const e of els)
				n[e.getAttribute('data-family')!] = (n[e.getAttribute('data-family')!] ?? 0) + 1;
			return n;
		});
		const card = page.locator('li[data-family="between_tables"]');
		const familyButton = card.locator('button.family');
		expect(await familyButton.innerText()).toMatch(
			new RegExp(`^表间\\s*${perFamily.between_tables} 处`),
		);
		expect(perFamily.between_tables).toBeGreaterThan(90);
		for (const [fam, label] of [
			['completeness', '完整性'],
			['within_table', '表内'],
			['text_vs_table', '文表'],
		])
			expect(await page.locator(`li[data-family="${fam}"] button.family`).innerText()).toContain(
				`${label}`,
			);
		// The rules of a family add up to it.
		const ruleCounts = await card
			.locator('button.rule .count')
			.evaluateAll((els) => els.map((e) => parseInt(e.textContent!, 10)));
		expect(ruleCounts.reduce((a, b) => a + b, 0)).toBe(perFamily.between_tables);

		await familyButton.click();
		await expect.poll(() => page.url()).toContain('fam=between_tables');
		await expect.poll(() => rows.count()).toBe(perFamily.between_tables);
		const fams = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-family')));
		expect([...new Set(fams)]).toEqual(['between_tables']);
		expect(await familyButton.getAttribute('aria-pressed')).toBe('true');
		await page.screenshot({ path: join(SHOTS, 'quality-family.png'), fullPage: true });

		// A rule's count narrows to the rule; a second click lifts it.
		await card.locator('button.rule[data-check="cross_table"]').click();
		await expect.poll(() => page.url()).toContain('check=cross_table');
		await expect.poll(() => rows.count()).toBe(2);
		const cent = page.locator(`tr[data-doc="${CZJ}"][data-line="68"]`);
		const text = await cent.innerText();
		for (const s of [
			'表间',
			'同一数字在两表不一致',
			'收入支出决算总表',
			'326.71 万元',
			'支出决算表',
			'326.72 万元',
			'第 6 页',
		])
			expect(text).toContain(s);
		await card.locator('button.rule[data-check="cross_table"]').click();
		await expect.poll(() => page.url()).not.toContain('check=');
		expect(errors).toEqual([]);
	});

	it('marks a finding 非问题 with a note, keeps the mark across a reload, hides it on request and exports it', async () => {
		const { page, errors } = await watchedPage(browser(), base);
		await page.goto(`${VIEW}&fdoc=${FINAL}&fam=between_tables`);
		await engineReady(page);
		const row = page.locator(`tr[data-doc="${FINAL}"][data-line="659"]`);
		await expect.poll(() => row.count()).toBe(1);
		// Keyboard only: the editor takes the focus, Enter in the note saves.
		await row.locator('button.edit').focus();
		await page.keyboard.press('Enter');
		const editor = row.locator('fieldset.editor');
		await expect.poll(() => editor.count()).toBe(1);
		await row.getByLabel('非问题').check();
		await row.getByLabel('备注').fill('批复表经核对为打印错误');
		await row.getByLabel('备注').press('Enter');
		await expect.poll(() => editor.count()).toBe(0);
		await expect
			.poll(() => row.locator('[data-mark]').getAttribute('data-mark'))
			.toBe('not_a_problem');
		expect(await row.innerText()).toContain('批复表经核对为打印错误');
		const famButton = page.locator('li[data-family="between_tables"] button.family');
		await expect.poll(() => famButton.innerText()).toMatch(/其中 1 处已标为非问题/);
		await page.screenshot({ path: join(SHOTS, 'quality-marked.png'), fullPage: true });

		await page.reload();
		await engineReady(page);
		await expect
			.poll(() => row.locator('[data-mark]').getAttribute('data-mark'))
			.toBe('not_a_problem');
		expect(await row.innerText()).toContain('非问题');

		// The findings' CSV carries the mark and the note.
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page
				.locator('table.findings')
				.locator('xpath=../..')
				.getByRole('button', { name: '下载 CSV' })
				.click(),
		]);
		const body = (await bytesOf(csv)).toString('utf8');
		expect(body.startsWith('\uFEFF')).toBe(true);
		expect(body.split('\r\n')[0]).toContain('核查标记,备注');
		const marked = body.split('\r\n').find((l) => l.includes('357.69') && l.includes(',659,'))!;
		expect(marked).toContain('非问题,批复表经核对为打印错误');

		// Hiding 非问题 drops the row; clearing the mark brings it back as unmarked.
		const n = await page.locator('table.findings tbody tr').count();
		await page.getByLabel(/隐藏已标为非问题的发现/).check();
		await expect.poll(() => page.locator('table.findings tbody tr').count()).toBe(n - 1);
		expect(await row.count()).toBe(0);
		await page.getByLabel(/隐藏已标为非问题的发现/).uncheck();
		await row.locator('button.edit').click();
		await row.getByRole('button', { name: '清除标记' }).click();
		await expect.poll(() => row.locator('[data-mark]').getAttribute('data-mark')).toBe('');
		expect(errors).toEqual([]);
	});

	it('exports the 财政局 决算’s audit report: the PDF boxed and noted at its findings, and a printable report', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(`${VIEW}&fdoc=${encodeURIComponent(CZJ)}`);
		await engineReady(page);
		const audit = page.locator(`.filters [data-audit="${CZJ}"]`);
		await expect.poll(() => audit.count()).toBe(1);
		const [pdf] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			audit.getByRole('button', { name: '批注 PDF' }).click(),
		]);
		expect(pdf.suggestedFilename()).toBe('上海市普陀区财政局2024决算_审查批注.pdf');
		const bytes = await bytesOf(pdf);
		writeFileSync(join(SHOTS, 'audit-czj.pdf'), bytes);
		const doc = await PDFDocument.load(bytes);
		expect(doc.getPageCount()).toBe(25);
		const notes = annotations(doc);
		expect(notes.filter((a) => a.subtype === '/Square').length).toBeGreaterThanOrEqual(1);
		// Every finding of the document has its note; the one-cent gap on page 6 names both figures.
		const rows = await page.locator('table.findings tbody tr').count();
		expect(notes.length).toBeGreaterThanOrEqual(rows);
		const cent = notes.find((a) => a.page === 6 && a.contents.includes('326.71'))!;
		expect(cent.subtype).toBe('/Square');
		expect(cent.contents).toContain('收入支出决算总表 326.71 万元');
		expect(cent.contents).toContain('支出决算表 326.72 万元');
		// Drawn where 326.71 stands on page 6 (595 × 842 pt): its cell spans x 506–537 pt and, from
		// the page's top, y 415–427 pt, so PDF y (from the bottom) 415–427 as well on this page.
		const [x0, y0, x1, y1] = cent.rect;
		expect(x0).toBeGreaterThan(500);
		expect(x1).toBeLessThan(545);
		expect(y0).toBeGreaterThan(405);
		expect(y1).toBeLessThan(437);

		// The printable report: the document, the counts by family and severity, every finding.
		const [html] = await Promise.all([
			page.waitForEvent('download'),
			audit.getByRole('button', { name: '报告 HTML' }).click(),
		]);
		expect(html.suggestedFilename()).toBe('上海市普陀区财政局2024决算_审查报告.html');
		const report = (await bytesOf(html)).toString('utf8');
		for (const s of [
			'上海市普陀区财政局',
			'按类别与严重程度',
			'表间',
			'文表',
			'326.72 万元',
			`共 ${rows} 处发现`,
		])
			expect(report).toContain(s);
		const view = await browser().newPage();
		await view.setContent(report);
		expect(await view.locator('table.findings tbody tr').count()).toBe(rows);
		await view.screenshot({ path: join(SHOTS, 'audit-report.png'), fullPage: true });
		await view.close();
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});
});

const UNRELATED = '今天天气很好，我们去公园散步。\n明天可能会下雨。\n';

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
		// Copied, not linked: the server refuses files whose real path lies outside its folder.
		for (const f of readdirSync(dist))
			if (f !== 'data') cpSync(join(dist, f), join(site, f), { recursive: true });
		for (const f of readdirSync(join(ROOT, 'data/raw')).filter((f) => f.endsWith('.txt')))
			copyFileSync(join(ROOT, 'data/raw', f), join(input, f));
		writeFileSync(join(input, 'unrelated.txt'), UNRELATED);
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
		// Its id is the hash of its bytes.
		const id = idOfBytes(UNRELATED);
		const row = page.locator(`tr[data-doc="${id}"]`);
		expect(await row.innerText()).toContain('不是预决算或绩效文档');
		await page.screenshot({ path: join(SHOTS, 'quality-rejected.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
