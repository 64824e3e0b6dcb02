import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Everything the page needs is served from our own origin: DuckDB-WASM's bundles are emitted as
// assets of the build (imported with ?url), the dataset lives in public/data/.
export default defineConfig({
	plugins: [svelte()],
	base: './',
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
