/**
 * Dev aid: the library flow by hand — import a copy and another version of a bundled document,
 * reload, open 文档库; screenshots in /tmp/shots. `npx tsx scripts/dev/library.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import { launch, engineReady } from '../../test/e2e/browser.js';
import { encodeGbk } from '../../test/fixtures/variants.js';

const RAW = join(import.meta.dirname, '../../data/raw');
const server = (await serve(join(import.meta.dirname, '../../dist'), { port: 0 })) as {
	url: string;
	close: () => Promise<void>;
};
const b = await launch();
const ctx = await b.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
const page = await ctx.newPage();
const errors: string[] = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
await page.goto(server.url);
await engineReady(page);
const text = readFileSync(join(RAW, '003_118d383ccab95c06.txt'), 'utf8');
await page.locator('label.import input[type=file]').setInputFiles([
	{ name: 'chengde-gbk.txt', mimeType: 'text/plain', buffer: Buffer.from(encodeGbk(text)) },
	{ name: 'chengde-copy.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
]);
await page.locator('.notice').waitFor();
console.log(await page.locator('.notice').innerText());
console.log(
	await page
		.locator('.versions')
		.innerText()
		.catch(() => 'no versions'),
);
await page.screenshot({ path: '/tmp/shots/lib-import.png', fullPage: true });
await page.reload();
await engineReady(page);
await page.waitForTimeout(1500);
console.log('after reload:', await page.locator('button.library').innerText());
console.log(
	'cards:',
	await page
		.locator('[data-doc]')
		.evaluateAll((els) => els.map((e) => `${e.tagName} ${e.getAttribute('data-doc')}`)),
);
await page.locator('button.library').click();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/shots/lib-panel.png' });
console.log('errors', errors);
await b.close();
await server.close();
