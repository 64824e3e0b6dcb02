/**
 * npm run bench:web — drives the built app in headless Chromium and prints, as medians of 5 cold
 * loads (fresh browser context each): the bare floor (a page that only boots DuckDB-WASM from the
 * same bundles and runs one query), WASM ready, data loaded, first chart in the DOM, first live-query
 * chart, and the median time from a filter change until the chart has re-rendered.
 *
 * Then the library: the same page reopened in a browser profile whose library (IndexedDB) holds 20
 * imported documents (the 10 bundled ones, each under two other byte sequences: 20 other versions)
 * against a profile whose library is empty, alternately, both with warm caches: first chart and
 * first live-query chart with 20 against none (target: within 1.2 ×).
 */
import { fill } from './library.js';
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

// `all`: the cards with no city chosen (counted once the page has settled).
const FILTER_CHANGE = `async (on, all) => {
	const button = [...document.querySelectorAll('.filters button')].find((b) => b.textContent === '承德市');
	const expected = on ? 1 : all;
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
		const all = (await app.evaluate(`document.querySelectorAll('.headline').length`)) as number;
		for (let k = 0; k < 6; k++) {
			const ms = (await app.evaluate(`(${FILTER_CHANGE})(${k % 2 === 0}, ${all})`)) as number;
			m.filterChange!.push(ms);
		}
		await appCtx.close();
	}
} finally {
	await browser.close();
	await server.close();
}

// The library: 20 imported documents against none, reopened alternately in two profiles.
const lib: Record<string, number[]> = { noneChart: [], noneLive: [], libChart: [], libLive: [] };
{
	const server2 = (await serve(dist, { port: 0 })) as { url: string; close: () => Promise<void> };
	const browser2 = await launch();
	try {
		const full = await browser2.newContext({ viewport: { width: 1400, height: 1000 } });
		const empty = await browser2.newContext({ viewport: { width: 1400, height: 1000 } });
		await fill(full, server2.url);
		const open = async (ctx: typeof full) => {
			const page = await ctx.newPage();
			await page.goto(server2.url);
			await page.waitForFunction(() => document.documentElement.dataset.firstLiveChart, null, {
				timeout: 60_000,
			});
			const marks = (await page.evaluate(MARKS)) as Record<string, number>;
			await page.close();
			return marks;
		};
		// One warm-up each, not counted.
		await open(empty);
		await open(full);
		for (let i = 0; i < LOADS; i++) {
			const none = await open(empty);
			lib.noneChart!.push(none.firstChart!);
			lib.noneLive!.push(none.firstLiveChart!);
			const withLib = await open(full);
			lib.libChart!.push(withLib.firstChart!);
			lib.libLive!.push(withLib.firstLiveChart!);
		}
	} finally {
		await browser2.close();
		await server2.close();
	}
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

const ratio = (a: string, b: string) => (median(lib[a]!) / median(lib[b]!)).toFixed(2);
console.log(`library (warm caches, medians of ${LOADS} reopenings each):`);
console.log(
	`  first chart            none ${median(lib.noneChart!).toFixed(0)} ms, 20 imported ${median(lib.libChart!).toFixed(0)} ms = ${ratio('libChart', 'noneChart')} ×`,
);
console.log(
	`  first live-query chart none ${median(lib.noneLive!).toFixed(0)} ms, 20 imported ${median(lib.libLive!).toFixed(0)} ms = ${ratio('libLive', 'noneLive')} × (target ≤ 1.2)`,
);
