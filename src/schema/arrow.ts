/**
 * Dataset → Arrow IPC streams, the format the browser loads offline (DuckDB-WASM reads Parquet only
 * through an extension it downloads at run time). Column types come from the schema.
 */
import {
	Table,
	vectorFromArray,
	Utf8,
	Float64,
	Int32,
	tableToIPC,
	type DataType,
} from 'apache-arrow';
import { TABLES, type Dataset, type TableName } from './tables.js';

const ARROW_TYPE: Record<string, () => DataType> = {
	VARCHAR: () => new Utf8(),
	DOUBLE: () => new Float64(),
	INTEGER: () => new Int32(),
};

export function toArrowTable(dataset: Dataset, table: TableName): Table {
	const rows = dataset[table] as Record<string, unknown>[];
	const columns = Object.fromEntries(
		TABLES[table].map((c) => [
			c.name,
			vectorFromArray(
				rows.map((r) => r[c.name] ?? null),
				ARROW_TYPE[c.type]!(),
			),
		]),
	);
	return new Table(columns);
}

export const toArrowIPC = (dataset: Dataset, table: TableName): Uint8Array =>
	tableToIPC(toArrowTable(dataset, table), 'stream');
