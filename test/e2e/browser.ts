/**
 * Shared harness for the browser tests and benchmarks: Debian's Chromium driven by playwright-core,
 * a fresh profile each launch, every request and console error recorded so tests can assert that
 * nothing leaves the origin and nothing is logged as an error.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the browser tests save a screenshot of every view (look at them). */
export const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/**
 * The scope of the text documents (阳泉, 承德) that the figures of most views' tests were read from:
 * data/raw/ also holds the Shanghai PDFs, which have tests of their own (pdf.test.ts).
 */
export const SEEDS = `cities=${encodeURIComponent('阳泉市,承德市')}`;
mkdirSync(SHOTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const LAUNCH_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

export function chromiumAvailable(): boolean {
	return existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
	if (!chromiumAvailable())
		throw new Error(
			`Chromium not found at ${CHROMIUM}: run \`sudo apt-get install -y chromium fonts-noto-cjk\` (or set CHROMIUM_PATH)`,
		);
	return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
}

export type Watched = { page: Page; errors: string[]; foreign: string[] };

/** A new page that records console errors, page errors and requests outside `origin`. */
export async function watchedPage(
	browser: Browser,
	origin: string,
	viewport = { width: 1400, height: 1000 },
): Promise<Watched> {
	const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
	const page = await context.newPage();
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
	});
	return { page, errors, foreign };
}

/** Waits until DuckDB-WASM has loaded the dataset (the header says so). */
export async function engineReady(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.engine !== undefined, null, {
		timeout: 60_000,
	});
}

/** Texts of the charts that run past the edge of their SVG (cut off in a download or screenshot). */
export function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		Array.from(document.querySelectorAll<SVGSVGElement>('figure.chart svg')).flatMap((svg) => {
			const w = svg.viewBox.baseVal.width;
			return Array.from(svg.querySelectorAll<SVGTextElement>('text'))
				.filter((t) => {
					const b = t.getBBox();
					return b.x < -1 || b.x + b.width > w + 1;
				})
				.map((t) => t.textContent ?? '');
		}),
	);
}

/** One Chromium for a test file: launched before its tests, closed after; call the getter in tests. */
export function sharedBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser)
			throw new Error(
				'the browser is not running (sharedBrowser() must be called at module level)',
			);
		return browser;
	};
}
