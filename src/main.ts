import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { getDb } from './db/duckdb.js';

// Boot the engine before the first render: it is the long pole.
void getDb().catch(() => undefined);
// ?debug=1 exposes the engine for the browser console: (await __budgetLens.db()).all({ text, params }).
if (new URLSearchParams(location.search).has('debug')) Object.assign(globalThis, { __budgetLens: { db: getDb } });

mount(App, { target: document.getElementById('app')! });
