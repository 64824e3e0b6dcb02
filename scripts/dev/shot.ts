/**
 * A screenshot of one page: `npx tsx scripts/dev/shot.ts URL out.png [1440x900] [present]`.
 * Needs a running server (npx vite, or npm start). With `present`, presses the 演示模式 button first.
 */
import { launch, watchedPage, engineReady } from '../../test/e2e/browser.js';
const [url, out, size = '1440x900', mode] = process.argv.slice(2) as [
	string,
	string,
	string?,
	string?,
];
const [width, height] = size.split('x').map(Number) as [number, number];
const b = await launch();
const w = await watchedPage(b, new URL(url).origin);
await w.page.setViewportSize({ width, height });
await w.page.goto(url);
await engineReady(w.page);
await w.page.waitForTimeout(1500);
if (mode === 'present') {
	await w.page.keyboard.press('Escape');
	await w.page.locator('header button[aria-pressed]').click();
	await w.page.waitForTimeout(800);
}
await w.page.screenshot({ path: out, fullPage: mode !== 'present' });
console.log('errors', w.errors, 'foreign', w.foreign);
await b.close();
