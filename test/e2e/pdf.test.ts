/**
 * PDFs in the page: a published PDF imported through 导入文档 is parsed in a worker (the page
 * stays responsive), joins 总览, and its figures open on the PDF page itself, drawn by PDF.js from
 * our own origin, the figure's box highlighted. Also prints how the import compares with PDF.js's
 * bare text extraction of the same file in the same page, and the main thread's long tasks during
 * the import.
 */
import { describe, it, expect, inject, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { watchedPage, engineReady, SHOTS, sharedBrowser } from './browser.js';
import { idOfBytes } from '../golden/helpers.js';

const base = inject('baseURL');
const browser = sharedBrowser();

const ROOT = join(import.meta.dirname, '../..');
const PDFJS = join(ROOT, 'node_modules/pdfjs-dist/build');
/** The Shanghai PDFs as published: in data/raw/ (or kept as test fixtures). */
const sample = (file: string) =>
	[join(ROOT, 'data/raw', file), join(ROOT, 'test/fixtures/pdf/shanghai', file)].find((p) =>
		existsSync(p),
	) ?? join(ROOT, 'data/raw', file);
/**
 * The samples are imported under names of their own (ingest may bundle the originals), each with one
 * byte appended: a byte-identical copy would be the bundled document itself (reported 已存在);
 * these are other versions of it, whose ids are the hashes of their bytes. Written to files:
 * Chromium reads a path itself, while a buffer is rebuilt in the page by script (seconds of main
 * thread for 3.6 MB, which would count as the app's long task).
 */
const TMP = mkdtempSync(join(tmpdir(), 'budget-lens-pdf-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const copy = (file: string, as: string) => {
	const bytes = Buffer.concat([readFileSync(sample(file)), Buffer.from('\n')]);
	writeFileSync(join(TMP, as), bytes);
	return { path: join(TMP, as), id: idOfBytes(bytes) };
};
/** 上海市普陀区人民政府办公室 2025 部门预算, 22 pages; its bundled doc_id. */
const BUDGET_FILE = '上海市普陀区人民政府办公室_2025_部门预算.pdf';
const BUDGET = 'ef2db536657de0a0';
const BUDGET_PDF = readFileSync(sample(BUDGET_FILE));
const IMPORTED_NAME = 'putuo-office-2025';
const { path: IMPORTED_FILE, id: IMPORTED } = copy(BUDGET_FILE, `${IMPORTED_NAME}.pdf`);
/** 上海市普陀区财政局 2024 部门决算: 25 pages, 3.6 MB, the longest of the samples. */
const FINAL = '上海市普陀区财政局_2024_部门决算.pdf';
const FINAL_PDF = readFileSync(sample(FINAL));
const FINAL_FILE = copy(FINAL, 'putuo-finance-2024.pdf').path;

type LongTask = { start: number; duration: number };
type Extraction = { ms: number; pages: number; items: number };

/** Records every main-thread long task from the first script on (read back with `longTasks`). */
async function observeLongTasks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __longTasks: LongTask[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				w.__longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
}

/**
 * The long tasks overlapping [from, to], each labelled with the import's phase it began in (from
 * the app's performance measures): reading the file, the worker parsing, rows into DuckDB, or the
 * views re-rendering once the import is done.
 */
const longTasks = (
	page: Page,
	from: number,
	to: number,
): Promise<(LongTask & { phase: string })[]> =>
	page.evaluate(
		([a, b]) => {
			const m = (n: string) =>
				performance
					.getEntriesByName(n)
					.map((e) => [e.startTime, e.startTime + e.duration] as const);
			const phases: [string, readonly (readonly [number, number])[]][] = [
				['parse', m('import:parse')],
				['db', m('import:db')],
				['import', m('import')],
			];
			const phase = (t: number) => {
				for (const [name, spans] of phases)
					if (spans.some(([s, e]) => t >= s && t <= e)) return name;
				return m('import').some(([, e]) => t > e) ? 'render' : 'before';
			};
			return (window as unknown as { __longTasks: LongTask[] }).__longTasks
				.filter((t) => t.start + t.duration >= a! && t.start <= b!)
				.map((t) => ({ ...t, phase: phase(t.start) }));
		},
		[from, to],
	);
const listTasks = (tasks: (LongTask & { phase: string })[]) =>
	tasks.map((t) => `${Math.round(t.duration)} ${t.phase}`).join(', ');

/** Imports files through the header's file input; resolves with the page time the import began. */
async function importFiles(page: Page, files: string[]): Promise<number> {
	// Let the first view settle (live figures drawn), so its own rendering is not counted.
	await page.waitForFunction(
		() => document.documentElement.dataset.firstLiveChart !== undefined,
		null,
		{ timeout: 60_000 },
	);
	await page.waitForTimeout(1000);
	const t0 = await page.evaluate(() => performance.now());
	await page.locator('label.import input[type=file]').setInputFiles(files);
	return t0;
}

/** Waits (each frame) until `selector`'s text contains `text`; resolves with the page time then. */
async function timeUntil(
	page: Page,
	selector: string,
	text: string,
	timeout = 90_000,
): Promise<number> {
	const handle = await page.waitForFunction(
		([s, t]) => (document.querySelector(s!)?.textContent?.includes(t!) ? performance.now() : false),
		[selector, text],
		{ polling: 'raf', timeout },
	);
	return (await handle.jsonValue()) as number;
}

/**
 * PDF.js alone on the same bytes in the same page: load the modern build (same version as the app's,
 * served at our origin by the test) and extract every page's text, timed from getDocument on.
 */
async function bareExtraction(page: Page, bytes: Buffer): Promise<Extraction> {
	await page.context().route('**/__bench/**', (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop()!;
		const body = name === 'doc.pdf' ? bytes : readFileSync(join(PDFJS, name));
		return route.fulfill({
			body,
			contentType: name.endsWith('.pdf') ? 'application/pdf' : 'text/javascript',
		});
	});
	// A string, not a function: vitest would rewrite a function's import() for Node.
	return page.evaluate<Extraction>(`(async () => {
		const pdfjs = await import('${base}__bench/pdf.min.mjs');
		pdfjs.GlobalWorkerOptions.workerSrc = '${base}__bench/pdf.worker.min.mjs';
		const data = new Uint8Array(await (await fetch('${base}__bench/doc.pdf')).arrayBuffer());
		const t0 = performance.now();
		const doc = await pdfjs.getDocument({ data }).promise;
		let items = 0;
		for (let i = 1; i <= doc.numPages; i++) items += (await (await doc.getPage(i)).getTextContent()).items.length;
		const ms = performance.now() - t0;
		const pages = doc.numPages;
		await doc.loadingTask.destroy();
		return { ms, pages, items };
	})()`);
}

/** Share of dark pixels of the canvas inside the highlight: something is printed there. */
function inkUnderMark(page: Page): Promise<number> {
	return page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('dialog .page canvas')!;
		const mark = document.querySelector<HTMLElement>('dialog .page mark.box')!;
		const c = canvas.getBoundingClientRect();
		const m = mark.getBoundingClientRect();
		const sx = canvas.width / c.width;
		const sy = canvas.height / c.height;
		const x = Math.max(0, Math.floor((m.left - c.left) * sx));
		const y = Math.max(0, Math.floor((m.top - c.top) * sy));
		const w = Math.min(canvas.width - x, Math.ceil(m.width * sx));
		const h = Math.min(canvas.height - y, Math.ceil(m.height * sy));
		const px = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
		let dark = 0;
		for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 300) dark++;
		return dark / (px.length / 4);
	});
}

const ms = (v: number) => `${Math.round(v)} ms`;

describe('PDF import and the PDF source viewer', () => {
	it('imports a published PDF in a worker, shows its total, and opens the figure on its page', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await observeLongTasks(page);
		await page.goto(base);
		await engineReady(page);

		const t0 = await importFiles(page, [IMPORTED_FILE]);
		// 支出总计 91,016,775.35 元 (page 8, 部门财务收支预算总表) = 9,101.68 万元.
		const t1 = await timeUntil(page, `[data-doc="${IMPORTED}"] .big`, '9,101.68');
		const notice = await page.locator('.notice').innerText();
		expect(notice).toMatch(new RegExp(`${IMPORTED_NAME}\\.pdf：已导入，上海市`));
		const tasks = await longTasks(page, t0, t1);
		const longest = Math.max(0, ...tasks.map((t) => t.duration));
		const [parse, db] = await page.evaluate(() =>
			['import:parse', 'import:db'].map((n) =>
				performance.getEntriesByName(n).map((e) => e.duration),
			),
		);
		const bare = await bareExtraction(page, BUDGET_PDF);
		console.log(
			`[pdf] import of the ${bare.pages}-page budget (${(BUDGET_PDF.length / 1024).toFixed(0)} kB) until its total shows: ${ms(t1 - t0)}` +
				` (in the worker ${parse!.map(ms).join(', ')}, into DuckDB ${db!.map(ms).join(', ')}); PDF.js text extraction alone, same page: ${ms(bare.ms)}` +
				` (${bare.items} items); main-thread long tasks during the import: ${tasks.length}, longest ${ms(longest)}` +
				` [${listTasks(tasks)}]`,
		);
		await page.screenshot({ path: join(SHOTS, 'pdf-import.png'), fullPage: true });

		// The figure's source: the PDF page drawn in the dialog, the line's box over the figure.
		const scrollY = await page.evaluate(() => window.scrollY);
		await page.locator(`[data-doc="${IMPORTED}"] .big button`).click();
		const dialog = page.locator('dialog[open]');
		await expect
			.poll(() => dialog.locator('.page').getAttribute('data-status'), { timeout: 30_000 })
			.toBe('drawn');
		const header = await dialog.locator('header').innerText();
		expect(header).toContain(`${IMPORTED_NAME}.pdf`);
		const where = header.match(/第 (\d+) 页 · 第 (\d+) 行/);
		expect(where, header).not.toBeNull();
		const [pageNo, lineNo] = [Number(where![1]), Number(where![2])];
		expect(await dialog.locator('.page').getAttribute('data-page')).toBe(String(pageNo));
		// The canvas is sized for the screen's pixel density and fills the dialog's width.
		const size = await dialog.locator('.page canvas').evaluate((c: HTMLCanvasElement) => ({
			w: c.width,
			css: c.getBoundingClientRect().width,
			dpr: devicePixelRatio,
			dialog: c.closest('dialog')!.clientWidth,
		}));
		expect(size.w).toBeGreaterThanOrEqual(Math.floor(size.css * size.dpr) - 1);
		expect(size.css).toBeGreaterThan(size.dialog * 0.9);
		// The highlight is on screen, inside the page, over printed text.
		const mark = dialog.locator('.page mark.box');
		await expect.poll(() => mark.isVisible()).toBe(true);
		const [m, c] = [await mark.boundingBox(), await dialog.locator('.page canvas').boundingBox()];
		expect(m!.x).toBeGreaterThanOrEqual(c!.x - 4);
		expect(m!.x + m!.width).toBeLessThanOrEqual(c!.x + c!.width + 4);
		expect(m!.y).toBeGreaterThanOrEqual(0);
		expect(m!.y + m!.height).toBeLessThanOrEqual(1000);
		expect(await inkUnderMark(page)).toBeGreaterThan(0.01);
		// Only the dialog scrolled to it, not the page behind.
		expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
		await page.screenshot({ path: join(SHOTS, 'pdf-source.png') });

		// Pages step forward and back; the highlight belongs to the cited page only.
		await dialog.locator('button.next').click();
		await expect
			.poll(() => dialog.locator('.page').getAttribute('data-page'))
			.toBe(String(pageNo + 1));
		await expect.poll(() => dialog.locator('.page').getAttribute('data-status')).toBe('drawn');
		expect(await mark.count()).toBe(0);
		await dialog.locator('button.prev').click();
		await expect.poll(() => mark.count()).toBe(1);

		// The rebuilt text, the same line highlighted: it carries the total (元 or 万元).
		await dialog.getByRole('button', { name: '文本', exact: true }).click();
		const hit = dialog.locator('li.hit');
		await expect.poll(() => hit.getAttribute('data-line')).toBe(String(lineNo));
		expect(await hit.innerText()).toMatch(/91,?016,?775\.35|9,?101\.68/);
		await dialog.getByRole('button', { name: '原版式', exact: true }).click();
		await expect.poll(() => dialog.locator('.page').getAttribute('data-status')).toBe('drawn');

		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('keeps the main thread responsive while the 25-page PDF is imported', async () => {
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await observeLongTasks(page);
		await page.goto(base);
		await engineReady(page);
		const t0 = await importFiles(page, [FINAL_FILE]);
		// Done when the result is reported (whatever the parser made of it) and the views re-rendered.
		const t1 = await timeUntil(page, '.notice', 'putuo-finance-2024.pdf');
		await page.waitForTimeout(500);
		const t2 = await page.evaluate(() => performance.now());
		const tasks = await longTasks(page, t0, t2);
		const longest = Math.max(0, ...tasks.map((t) => t.duration));
		const bare = await bareExtraction(page, FINAL_PDF);
		console.log(
			`[pdf] import of the ${bare.pages}-page final account (${(FINAL_PDF.length / 1048576).toFixed(1)} MB) until reported: ${ms(t1 - t0)};` +
				` PDF.js text extraction alone, same page: ${ms(bare.ms)} (${bare.items} items);` +
				` main-thread long tasks during the import: ${tasks.length}, longest ${ms(longest)} [${listTasks(tasks)}]`,
		);
		const [parse] = await page.evaluate(() =>
			performance.getEntriesByName('import:parse').map((e) => e.duration),
		);
		const tables = await page.evaluate(() =>
			performance
				.getEntriesByType('measure')
				.filter((e) => e.name.startsWith('import:db:'))
				.map((e) => `${e.name.slice(10)} ${Math.round(e.duration)}`),
		);
		console.log(
			`[pdf] into DuckDB by table (ms, each with its round trip to the engine): ${tables.join(', ')}`,
		);
		console.log(
			`[pdf] in the worker ${ms(parse!)}; result: ${(await page.locator('.notice li').innerText()).slice(0, 120)}`,
		);
		// The target is no task over 200 ms; on a loaded 2-core machine the view's re-render after the
		// import came close (up to 181 ms), so that is printed, not asserted. Asserted: nothing of the
		// parse's size ran on the main thread.
		expect(longest).toBeLessThan(parse! / 2);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});

	// A PDF bundled by ingest (when data/raw/ holds one): the budget above if it is there.
	const sources = join(process.env.E2E_DIST ?? join(ROOT, 'dist'), 'data/sources');
	const layouts = existsSync(sources)
		? readdirSync(sources)
				.filter((f) => f.endsWith('.layout.json'))
				.sort()
		: [];
	const bundled = (layouts.find((f) => f.startsWith(BUDGET)) ?? layouts[0])?.replace(
		/\.layout\.json$/,
		'',
	);
	it.skipIf(!bundled)(
		'opens a bundled PDF at a figure of its own box given in the link',
		async () => {
			const doc = bundled!;
			const layout = JSON.parse(readFileSync(join(sources, `${doc}.layout.json`), 'utf8')) as {
				pages: { width: number; height: number }[];
				lines: ({ page: number; box: string; cells: { text: string; box: string }[] } | null)[];
			};
			// The budget: the 收入总计 row of the 收支总表 (page 8), its last cell 支出总计 91,016,775.35;
			// another PDF: the first row that ends in an amount.
			const amount = (t: string) => /^[\d,]+\.\d\d$/.test(t);
			const i =
				doc === BUDGET
					? layout.lines.findIndex((l) => l?.cells.some((c) => c.text.includes('收入总计')))
					: layout.lines.findIndex(
							(l) => l !== null && l.cells.length > 2 && amount(l.cells.at(-1)!.text),
						);
			expect(i).toBeGreaterThanOrEqual(0);
			const line = layout.lines[i]!;
			const cell = line.cells.at(-1)!;
			if (doc === BUDGET) expect(cell.text.replace(/,/g, '')).toMatch(/91016775\.35|9101\.68/);
			const { page, errors, foreign } = await watchedPage(browser(), base);
			await page.goto(`${base}?doc=${encodeURIComponent(doc)}&line=${i + 1}&box=${cell.box}`);
			const dialog = page.locator('dialog[open]');
			await expect
				.poll(() => dialog.locator('.page').getAttribute('data-status'), { timeout: 30_000 })
				.toBe('drawn');
			expect(await dialog.locator('header').innerText()).toContain(
				`第 ${line.page} 页 · 第 ${i + 1} 行`,
			);
			// The header names the file, not its id.
			if (doc === BUDGET) expect(await dialog.locator('header').innerText()).toContain(BUDGET_FILE);
			// The mark sits where the cell's box is, scaled from points to the drawn page.
			const [x0, y0, x1, y1] = cell.box.split(',').map(Number) as [number, number, number, number];
			const { width, height } = layout.pages[line.page - 1]!;
			const c = (await dialog.locator('.page canvas').boundingBox())!;
			const m = (await dialog.locator('.page mark.box').boundingBox())!;
			const k = c.width / width;
			expect(Math.abs(m.x + m.width / 2 - (c.x + ((x0 + x1) / 2) * k))).toBeLessThan(4);
			expect(
				Math.abs(m.y + m.height / 2 - (c.y + ((y0 + y1) / 2) * (c.height / height))),
			).toBeLessThan(4);
			expect(m.width).toBeLessThan(c.width / 3);
			expect(await inkUnderMark(page)).toBeGreaterThan(0.01);
			await page.screenshot({ path: join(SHOTS, 'pdf-source-bundled.png') });
			expect(errors).toEqual([]);
			expect(foreign).toEqual([]);
		},
	);
});

describe('PDFs a user cannot use', () => {
	it('refuses each bad PDF in words and still imports the good one beside them', async () => {
		const bad = join(ROOT, 'test/fixtures/pdf/bad');
		const { page, errors, foreign } = await watchedPage(browser(), base);
		await page.goto(base);
		await engineReady(page);
		await importFiles(page, [
			join(bad, 'encrypted.pdf'),
			join(bad, 'scanned.pdf'),
			join(bad, 'truncated.pdf'),
			join(bad, 'not-a-disclosure.pdf'),
			join(bad, 'good-extract.pdf'),
		]);
		const notice = page.locator('.notice');
		await expect.poll(() => notice.locator('li').count(), { timeout: 60_000 }).toBe(5);
		const item = (file: string) => notice.locator('li', { hasText: file }).innerText();
		// The reasons a user can act on (the fixtures' README says how each file was made).
		expect(await item('encrypted.pdf')).toContain('加密');
		expect(await item('scanned.pdf')).toMatch(/没有文字层.*共 2 页.*OCR/);
		expect(await item('truncated.pdf')).toContain('损坏');
		expect(await item('not-a-disclosure.pdf')).toContain('不是部门预算');
		// good-extract.pdf: pages 1 and 8–12 of the 区政府办公室 budget, whose 支出总计 is 9,101.68 万元.
		expect(await item('good-extract.pdf')).toContain('已导入');
		for (const f of ['encrypted.pdf', 'scanned.pdf', 'truncated.pdf', 'not-a-disclosure.pdf'])
			expect(await notice.locator('li.rejected', { hasText: f }).count(), f).toBe(1);
		await page.screenshot({ path: join(SHOTS, 'pdf-bad.png') });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
	});
});
