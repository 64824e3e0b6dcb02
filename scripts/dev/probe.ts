// Dev probe: time queries inside the built app's page (first vs repeated run).
import { launch } from '../../test/e2e/browser.js';
// @ts-expect-error plain ESM
import { serve } from '../serve.mjs';
const server = await serve(process.argv[2] ?? 'dist', { port: 0 });
const b = await launch();
const p = await b.newPage();
p.on('console', (m) => console.log('page:', m.text()));
p.on('response', (r) => r.status() >= 400 && console.log('HTTP', r.status(), r.url()));
await p.goto(server.url + '?debug=1');
await p.waitForFunction(() => document.documentElement.dataset.firstLiveChart, null, {
	timeout: 60000,
});
const r = await p.evaluate(`(async () => {
	const e = [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map(m => m.name + '=' + Math.round(m.startTime) + '+' + Math.round(m.duration));
	const db = await globalThis.__budgetLens.db();
	const time = async (text) => { const t = performance.now(); await db.all({ text, params: [] }); return Math.round(performance.now() - t); };
	const extra = [await time('SELECT count(*)::INT AS n FROM documents'), await time('SELECT count(*)::INT FROM validation_issues GROUP BY severity'), await time('SELECT 1')];
	return e.join(' ') + ' after: ' + extra.join(',');
})()`);
console.log(r);
await b.close();
await server.close();
