/**
 * The one DuckDB-WASM instance, created lazily behind one promise. Bundles come from our own origin
 * (Vite emits them as assets); the engine runs in a worker. The dataset is one DuckDB database file
 * that ingest writes and the page ATTACHes read-only: it downloads while the wasm compiles and needs
 * no conversion once there (loading the Arrow IPC streams table by table took twice as long, and
 * DuckDB-WASM's Parquet reader is an extension it would fetch from the internet at run time).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Runner, Sql } from './sql.js';
import { TABLE_NAMES, type Dataset } from '../schema/tables.js';
import { toArrowTable } from '../schema/arrow.js';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export type Db = Runner & {
	bundle: string;
	/** Adds the rows of documents parsed in the page (a user's import) to every table. */
	importDataset(ds: Dataset): Promise<void>;
	/**
	 * Makes the tables writable (the first import copies the attached read-only file into memory):
	 * called when an import starts, so the copy runs while the document is being parsed.
	 */
	prepareImport(): Promise<void>;
};

let ready: Promise<Db> | null = null;

/** Where the dataset is served from, relative to the page. */
export const DATA_URL = './data/';

export function getDb(): Promise<Db> {
	ready ??= boot();
	return ready;
}

async function boot(): Promise<Db> {
	if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') {
		throw new Error(
			'此浏览器不支持 WebAssembly 或 Web Worker，无法启动分析引擎。请使用新版 Chrome、Edge、Firefox 或 Safari。',
		);
	}
	performance.mark('duckdb:start');
	// The dataset downloads while the engine compiles.
	const file = fetchBytes(`${DATA_URL}dataset.duckdb`);
	file.catch(() => undefined);
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	performance.mark('duckdb:ready');
	await db.registerFileBuffer('dataset.duckdb', await file);
	const conn = await db.connect();
	await conn.query(`ATTACH 'dataset.duckdb' AS dataset (READ_ONLY)`);
	await conn.query('USE dataset');
	performance.mark('duckdb:loaded');
	let writable: Promise<void> | null = null;
	const prepareImport = () =>
		(writable ??= (async () => {
			for (const t of TABLE_NAMES)
				await conn.query(`CREATE TABLE memory.main."${t}" AS SELECT * FROM dataset.main."${t}"`);
			await conn.query('USE memory');
		})());
	return {
		all: async (q) => {
			const t0 = performance.now();
			const rows = await run(conn, q);
			performance.measure('query:run', { start: t0 });
			return rows as never;
		},
		bundle: bundle.mainModule === ehWasm ? 'eh' : 'mvp',
		prepareImport,
		importDataset: async (ds) => {
			// The attached file is read-only: the first import copies its tables into memory, once.
			await prepareImport();
			for (const t of TABLE_NAMES) {
				if (!ds[t].length) continue;
				const t0 = performance.now();
				await conn.insertArrowTable(toArrowTable(ds, t), {
					name: t,
					schema: 'main',
					create: false,
				});
				performance.measure(`import:db:${t}`, { start: t0 });
			}
		},
	};
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	const res = await fetch(url);
	if (!res.ok)
		throw new Error(`数据文件 ${url} 无法加载（HTTP ${res.status}）。请先运行 npm run ingest。`);
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
