/**
 * npm run bench:web — drives the built app in headless Chromium and prints, as medians of 5 cold
 * loads (fresh browser context each): the bare floor (a page that only boots DuckDB-WASM from the
 * same bundles and runs one query), WASM ready, data loaded, first chart in the DOM, first live-query
 * chart, and the median time from a filter change until the chart has re-rendered.
 */
// @ts-expect-error plain ESM script without types
import { build } from '../scripts/build.mjs';
// @ts-expect-error plain ESM script without types
import { serve } from '../scripts/serve.mjs';
import { launch } from '../test/e2e/browser.js';

const LOADS = Number(process.env.LOADS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const MARKS = `(() => {
	const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
	return { wasmReady: at('duckdb:ready'), dataLoaded: at('duckdb:loaded'), firstChart: at('first-chart'), firstLiveChart: at('first-live-chart') };
})()`;

const FILTER_CHANGE = `async (on) => {
	const button = [...document.querySelectorAll('.filters button')].find((b) => b.textContent === '承德市');
	const expected = on ? 1 : document.querySelectorAll('.headline').length === 1 ? 4 : 1;
	const t0 = performance.now();
	button.click();
	await new Promise((resolve) => {
		const done = () => document.querySelectorAll('.headline').length === expected && document.querySelectorAll('figure.chart .bar').length === expected;
		if (done()) return resolve();
		const obs = new MutationObserver(() => done() && (obs.disconnect(), resolve()));
		obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
	});
	await new Promise((r) => requestAnimationFrame(() => r(null)));
	return performance.now() - t0;
}`;

const dist = build({ log: () => undefined }) as string;
const server = (await serve(dist, { port: 0 })) as { url: string; close: () => Promise<void> };
const browser = await launch();
const m: Record<string, number[]> = {
	floor: [],
	wasmReady: [],
	dataLoaded: [],
	firstChart: [],
	firstLiveChart: [],
	filterChange: [],
};

try {
	for (let i = 0; i < LOADS; i++) {
		const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		const page = await ctx.newPage();
		await page.goto(`${server.url}bench/floor.html`);
		await page.waitForFunction(() => document.documentElement.dataset.floorMs, null, {
			timeout: 60_000,
		});
		m.floor!.push(Number(await page.evaluate(() => document.documentElement.dataset.floorMs)));
		await ctx.close();

		const appCtx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
		const app = await appCtx.newPage();
		await app.goto(server.url);
		await app.waitForFunction(() => document.documentElement.dataset.firstLiveChart, null, {
			timeout: 60_000,
		});
		// Scripts run in the page are passed as text: tsx would wrap inline functions in a helper
		// the page does not have.
		const marks = (await app.evaluate(MARKS)) as Record<string, number>;
		for (const [k, v] of Object.entries(marks)) m[k]!.push(v);
		// Filter changes: toggle a city on and off; time from the click until the headline cards and
		// the chart show the new selection.
		for (let k = 0; k < 6; k++) {
			const ms = (await app.evaluate(`(${FILTER_CHANGE})(${k % 2 === 0})`)) as number;
			m.filterChange!.push(ms);
		}
		await appCtx.close();
	}
} finally {
	await browser.close();
	await server.close();
}

const floor = median(m.floor!);
const line = (label: string, key: string, note = '') =>
	console.log(`${label.padEnd(26)} ${median(m[key]!).toFixed(0).padStart(6)} ms${note}`);
console.log(
	`bench:web — medians of ${LOADS} cold loads (filter change: median of ${m.filterChange!.length} changes)`,
);
line('floor (boot + 1 query)', 'floor');
line('WASM ready', 'wasmReady');
line('data loaded', 'dataLoaded');
line(
	'first chart in DOM',
	'firstChart',
	`   = ${(median(m.firstChart!) / floor).toFixed(2)} × floor (target < 0.5)`,
);
line(
	'first live-query chart',
	'firstLiveChart',
	`   = ${(median(m.firstLiveChart!) / floor).toFixed(2)} × floor (target ≤ 1.15)`,
);
line('filter change → re-render', 'filterChange', ` (target < 100 ms)`);
