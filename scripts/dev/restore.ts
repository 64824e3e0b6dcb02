/**
 * Dev aid: where reopening with a full library spends its time. Imports the 10 bundled documents
 * under two other byte sequences each (20), reopens the page and prints the marks and measures.
 * `npx tsx scripts/dev/restore.ts`
 */
import { join } from 'node:path';
import { fill } from '../../bench/library.js';
// @ts-expect-error plain ESM script without types
import { serve } from '../serve.mjs';
import { launch } from '../../test/e2e/browser.js';

const server = (await serve(join(import.meta.dirname, '../../dist'), { port: 0 })) as {
	url: string;
	close: () => Promise<void>;
};
const b = await launch();
const ctx = await b.newContext({ viewport: { width: 1400, height: 1000 } });
await fill(ctx, server.url);
for (let i = 0; i < 1; i++) {
	const page = await ctx.newPage();
	await page.goto(server.url);
	await page.waitForFunction(() => document.documentElement.dataset.firstLiveChart, null, {
		timeout: 60_000,
	});
	const e = (await page.evaluate(
		`performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => [e.name, Math.round(e.startTime), Math.round(e.duration)])`,
	)) as [string, number, number][];
	console.log(
		e
			.filter(([n]) => !n.startsWith('query:run'))
			.map(([n, s, d]) => `${n} @${s}${d ? ` +${d}` : ''}`)
			.join('\n'),
	);
	const q = e.filter(([n]) => n === 'query:run');
	console.log(`queries: ${q.length}, total ${q.reduce((s, x) => s + x[2], 0)} ms\n---`);
	await page.close();
}
await b.close();
await server.close();
