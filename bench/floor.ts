/**
 * The floor npm run bench:web measures against: a page that only boots DuckDB-WASM from the same
 * bundles the app uses and runs one query. Built as a second page of the app's build.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

const bundle = await duckdb.selectBundle({
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker },
});
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
const conn = await db.connect();
const result = await conn.query('SELECT 42 AS answer');
document.getElementById('out')!.textContent = `answer ${result.toArray()[0]!.toJSON().answer}`;
document.documentElement.dataset.floorMs = String(performance.now());
