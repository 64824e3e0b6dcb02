import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A hash of the parser's sources: which parser read a document kept in the browser's library. */
function parserVersion(dir = 'src/parse'): string {
	const hash = createHash('sha256');
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
	for (const f of files)
		if (f.endsWith('.ts')) hash.update(f).update(readFileSync(join(dir, f)));
	return hash.digest('hex').slice(0, 12);
}

// Everything the page needs is served from our own origin: DuckDB-WASM's bundles are emitted as
// assets of the build (imported with ?url), the dataset lives in public/data/.
export default defineConfig({
	plugins: [svelte()],
	base: './',
	define: { __PARSER_VERSION__: JSON.stringify(parserVersion()) },
	build: {
		target: 'es2022',
		chunkSizeWarningLimit: 1500,
		assetsInlineLimit: 0,
		// bench/floor.html: the bare DuckDB-WASM page npm run bench:web compares the app against.
		rollupOptions: { input: { main: 'index.html', floor: 'bench/floor.html' } },
	},
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	server: { host: '127.0.0.1' },
});
