/**
 * The Node-side DuckDB (@duckdb/node-api): loading a dataset into tables, writing Parquet, and
 * opening a folder of Parquet files as views for the query CLI and the query tests.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { TABLES, TABLE_NAMES, type Dataset, type TableName } from '../schema/tables.js';
import { createTableSql } from '../schema/sql.js';
import type { Runner, Sql } from '../db/sql.js';

export async function connect(): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:');
	return instance.connect();
}

/** Creates every table of the schema and appends the dataset's rows. */
export async function loadDataset(conn: DuckDBConnection, dataset: Dataset): Promise<void> {
	for (const table of TABLE_NAMES) {
		await conn.run(createTableSql(table));
		const appender = await conn.createAppender(table);
		for (const row of dataset[table] as Record<string, unknown>[]) {
			for (const col of TABLES[table]) {
				const v = row[col.name];
				if (v === null || v === undefined) appender.appendNull();
				else if (col.type === 'VARCHAR') appender.appendVarchar(String(v));
				else if (col.type === 'INTEGER') appender.appendInteger(Number(v));
				else appender.appendDouble(Number(v));
			}
			appender.endRow();
		}
		appender.closeSync();
	}
}

const quote = (path: string) => `'${path.replace(/'/g, "''")}'`;

export async function writeParquet(
	conn: DuckDBConnection,
	table: TableName,
	path: string,
): Promise<void> {
	await conn.run(`COPY "${table}" TO ${quote(path)} (FORMAT parquet)`);
}

/** Exposes DIR/<table>.parquet as a view named after each table. */
export async function openParquetDir(conn: DuckDBConnection, dir: string): Promise<void> {
	for (const table of TABLE_NAMES) {
		await conn.run(
			`CREATE VIEW "${table}" AS SELECT * FROM read_parquet(${quote(`${dir}/${table}.parquet`)})`,
		);
	}
}

/** The Runner the query functions take, over a Node connection (for tests and scripts). */
export function nodeRunner(conn: DuckDBConnection): Runner {
	return {
		async all<T>(q: Sql): Promise<T[]> {
			const reader = await conn.runAndReadAll(q.text, q.params as never);
			return reader.getRowObjectsJS().map((r) => {
				for (const k of Object.keys(r))
					if (typeof r[k] === 'bigint') (r as Record<string, unknown>)[k] = Number(r[k]);
				return r as T;
			});
		},
	};
}

/**
 * Writes every table into one DuckDB database file, the form the page ATTACHes (no per-table
 * conversion at load time). Storage version v1.2.0, readable by DuckDB-WASM 1.32 (engine 1.4.3), with
 * 16 kB blocks: 250 kB for the seeds instead of 3.4 MB with the default 256 kB blocks.
 */
export async function writeDatabaseFile(conn: DuckDBConnection, path: string): Promise<void> {
	await conn.run(`ATTACH ${quote(path)} AS out (STORAGE_VERSION 'v1.2.0', BLOCK_SIZE 16384)`);
	for (const table of TABLE_NAMES)
		await conn.run(`CREATE TABLE out."${table}" AS SELECT * FROM main."${table}"`);
	await conn.run('DETACH out');
}
