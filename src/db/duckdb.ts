/**
 * The one DuckDB-WASM instance, created lazily behind one promise. Bundles come from our own origin
 * (Vite emits them as assets); the engine runs in a worker. The dataset is loaded from Arrow IPC
 * streams, which DuckDB-WASM reads offline (its Parquet reader is an extension fetched at run time).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { TABLE_NAMES } from '../schema/tables.js';
import type { Runner, Sql } from './sql.js';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export type Db = Runner & { bundle: string };

let ready: Promise<Db> | null = null;

/** Where the dataset is served from, relative to the page. */
export const DATA_URL = './data/';

export function getDb(): Promise<Db> {
	ready ??= boot();
	return ready;
}

/** The tables the first view's query reads: loaded before the engine counts as ready. */
const FIRST = ['documents', 'functional_items', 'three_public', 'figures'] as const;

async function boot(): Promise<Db> {
	if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') {
		throw new Error('此浏览器不支持 WebAssembly 或 Web Worker，无法启动分析引擎。请使用新版 Chrome、Edge、Firefox 或 Safari。');
	}
	performance.mark('duckdb:start');
	// The dataset downloads while the engine compiles.
	const bytes = new Map(
		TABLE_NAMES.map((t) => {
			const p = fetchTable(t);
			p.catch(() => undefined); // reported by the query that needs the table, not as unhandled
			return [t, p] as const;
		}),
	);
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	performance.mark('duckdb:ready');
	const conn = await db.connect();
	// Tables load one after another (the worker runs one request at a time): the first view's now,
	// each other table when a query names it, the rest once the first query has answered — so no
	// background load queues in front of the first chart's query.
	const loaded = new Map<string, Promise<void>>();
	let chain = Promise.resolve();
	const load = (t: string): Promise<void> => {
		let p = loaded.get(t);
		if (!p) {
			p = chain = chain.then(async () => conn.insertArrowFromIPCStream(await bytes.get(t as never)!, { name: t, create: true }));
			loaded.set(t, p);
		}
		return p;
	};
	await Promise.all(FIRST.map(load));
	performance.mark('duckdb:loaded');
	const tablesOf = (text: string) => TABLE_NAMES.filter((t) => new RegExp(`\\b${t}\\b`).test(text));
	let restStarted = false;
	return {
		all: async (q) => {
			const t0 = performance.now();
			await Promise.all(tablesOf(q.text).map(load));
			const t1 = performance.now();
			const rows = await run(conn, q);
			// Visible in the browser's performance timeline: waiting for tables, then the query itself.
			performance.measure('query:tables', { start: t0, end: t1 });
			performance.measure('query:run', { start: t1 });
			if (!restStarted) {
				restStarted = true;
				setTimeout(() => TABLE_NAMES.forEach(load), 0);
			}
			return rows as never;
		},
		bundle: bundle.mainModule === ehWasm ? 'eh' : 'mvp',
	};
}

async function fetchTable(t: string): Promise<Uint8Array> {
	const res = await fetch(`${DATA_URL}${t}.arrow`);
	if (!res.ok) throw new Error(`数据文件 ${t}.arrow 无法加载（HTTP ${res.status}）。请先运行 npm run ingest。`);
	return new Uint8Array(await res.arrayBuffer());
}

async function run<T>(conn: duckdb.AsyncDuckDBConnection, q: Sql): Promise<T[]> {
	const stmt = await conn.prepare(q.text);
	try {
		const table = await stmt.query(...q.params);
		return table.toArray().map((row) => {
			const o = row.toJSON() as Record<string, unknown>;
			for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
			return o as T;
		});
	} finally {
		await stmt.close();
	}
}
