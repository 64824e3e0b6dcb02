import { getDb } from './db/duckdb.js';
import './app.css';

// Boot the engine first, before the app's own code is even loaded: it is the long pole. The app
// (Svelte, d3, the views) comes in its own chunk, fetched while the wasm compiles.
void getDb().catch(() => undefined);
// ?debug=1 exposes the engine for the browser console: (await __budgetLens.db()).all({ text, params }).
if (new URLSearchParams(location.search).has('debug'))
	Object.assign(globalThis, { __budgetLens: { db: getDb } });

const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
mount(App, { target: document.getElementById('app')! });
