/**
 * The real dataset in Node for query tests: the seeds parsed and loaded into @duckdb/node-api,
 * queried through the same Runner interface the page uses with DuckDB-WASM.
 */
import { connect, loadDataset, nodeRunner } from '../../src/build/duck.node.js';
import { listInputs, parseFiles, DEFAULT_RAW } from '../../src/build/ingest.node.js';
import type { Runner } from '../../src/db/sql.js';

let db: Promise<Runner> | null = null;

export function seedDb(): Promise<Runner> {
	db ??= (async () => {
		const conn = await connect();
		await loadDataset(conn, (await parseFiles(listInputs([DEFAULT_RAW]))).dataset);
		return nodeRunner(conn);
	})();
	return db;
}
