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

async function boot(): Promise<Db> {
	if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') {
		throw new Error('此浏览器不支持 WebAssembly 或 Web Worker，无法启动分析引擎。请使用新版 Chrome、Edge、Firefox 或 Safari。');
	}
	performance.mark('duckdb:start');
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	performance.mark('duckdb:ready');
	const conn = await db.connect();
	const buffers = await Promise.all(
		TABLE_NAMES.map(async (t) => {
			const res = await fetch(`${DATA_URL}${t}.arrow`);
			if (!res.ok) throw new Error(`数据文件 ${t}.arrow 无法加载（HTTP ${res.status}）。请先运行 npm run ingest。`);
			return [t, new Uint8Array(await res.arrayBuffer())] as const;
		}),
	);
	for (const [t, bytes] of buffers) await conn.insertArrowFromIPCStream(bytes, { name: t, create: true });
	performance.mark('duckdb:loaded');
	return { all: (q) => run(conn, q), bundle: bundle.mainModule === ehWasm ? 'eh' : 'mvp' };
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
