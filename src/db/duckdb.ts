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
import { TABLE_NAMES, type TableName } from '../schema/tables.js';
import { joinStreams } from '../schema/arrow.js';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export type Db = Runner & {
	bundle: string;
	/**
	 * Adds the rows of documents parsed in the page (a user's import, or the library restored at
	 * start), as Arrow streams (toArrowStreams), to every table: one insert per table for all of
	 * them. Resolves with the indexes of documents whose streams are of an older version (not
	 * added).
	 */
	importStreams(list: readonly Partial<Record<TableName, Uint8Array>>[]): Promise<Set<number>>;
	/** Removes every row of these imported documents. */
	removeDocs(docIds: readonly string[]): Promise<void>;
	/** The documents that do not count (versions not chosen): every view leaves them out. */
	setAside(docIds: readonly string[]): Promise<void>;
	/**
	 * Makes the tables writable: each table the views read becomes the bundled rows plus the
	 * imported ones (table `imported_<t>`), less the documents set aside. Called when an import
	 * starts, so it runs while the document is being parsed; without imports the page reads the
	 * attached file directly.
	 */
	prepareImport(): Promise<void>;
};

/**
 * Work that must finish before any view queries the engine (restoring the browser's library of
 * imported documents): registered before the first getDb(), run once the dataset is attached.
 */
let startup: ((db: Db) => Promise<void>) | null = null;
export function beforeReady(hook: (db: Db) => Promise<void>): void {
	startup = hook;
}

let ready: Promise<Db> | null = null;

/** Where the dataset is served from, relative to the page. */
export const DATA_URL = './data/';

export function getDb(): Promise<Db> {
	ready ??= boot().then(async (db) => {
		await startup?.(db);
		performance.mark('duckdb:library');
		return db;
	});
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
			const views = [`CREATE TABLE memory.main.set_aside (doc_id VARCHAR PRIMARY KEY)`];
			const counts = `doc_id NOT IN (SELECT doc_id FROM memory.main.set_aside)`;
			for (const t of TABLE_NAMES) {
				views.push(
					`CREATE TABLE memory.main."imported_${t}" AS SELECT * FROM dataset.main."${t}" LIMIT 0`,
					`CREATE VIEW memory.main."${t}" AS SELECT * FROM (SELECT * FROM dataset.main."${t}" UNION ALL SELECT * FROM memory.main."imported_${t}") WHERE ${counts}`,
				);
			}
			await conn.query(views.join(';\n'));
			await conn.query('USE memory');
		})());
	const allIn = (ids: readonly string[]) =>
		ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(',');
	const api: Db = {
		all: async (q) => {
			const t0 = performance.now();
			const rows = await run(conn, q);
			performance.measure('query:run', { start: t0 });
			return rows as never;
		},
		bundle: bundle.mainModule === ehWasm ? 'eh' : 'mvp',
		prepareImport,
		importStreams: async (list) => {
			// The engine makes its tables writable (in its worker) while the streams are joined here.
			const writable = prepareImport();
			writable.catch(() => undefined);
			const stale = new Set<number>();
			let t0 = performance.now();
			const arrows = TABLE_NAMES.map(
				(t) =>
					[
						t,
						joinStreams(
							list.map((d) => d[t]),
							t,
							(i) => stale.add(i),
						),
					] as const,
			);
			performance.measure('import:arrow', { start: t0 });
			t0 = performance.now();
			await writable;
			performance.measure('import:prepare', { start: t0 });
			for (const [t, arrow] of arrows) {
				if (!arrow) continue;
				t0 = performance.now();
				await conn.insertArrowTable(arrow, {
					name: `imported_${t}`,
					schema: 'main',
					create: false,
				});
				performance.measure(`import:db:${t}`, { start: t0 });
			}
			return stale;
		},
		removeDocs: async (ids) => {
			if (!ids.length) return;
			await prepareImport();
			await conn.query(
				TABLE_NAMES.map(
					(t) => `DELETE FROM memory.main."imported_${t}" WHERE doc_id IN (${allIn(ids)})`,
				).join(';\n'),
			);
		},
		setAside: async (ids) => {
			await prepareImport();
			await conn.query(
				`DELETE FROM memory.main.set_aside` +
					(ids.length
						? `; INSERT INTO memory.main.set_aside VALUES ${ids.map((id) => `(${allIn([id])})`).join(',')}`
						: ''),
			);
		},
	};
	return api;
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
