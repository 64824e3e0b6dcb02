/**
 * Dataset → Arrow IPC streams, the format the browser loads offline (DuckDB-WASM reads Parquet only
 * through an extension it downloads at run time). Column types come from the schema.
 */
import {
	Table,
	makeData,
	makeVector,
	Utf8,
	Float64,
	Int32,
	tableToIPC,
	type Vector,
} from 'apache-arrow';
import { TABLES, type Dataset, type TableName } from './tables.js';

/**
 * The rows of one table as Arrow columns. Built from typed arrays and a validity bitmap directly:
 * apache-arrow's own builders (vectorFromArray) compile code with Function(), which the page's
 * Content-Security-Policy forbids.
 */
export function toArrowTable(dataset: Dataset, table: TableName): Table {
	const rows = dataset[table] as Record<string, unknown>[];
	const columns = Object.fromEntries(
		TABLES[table].map((c) => [
			c.name,
			column(
				rows.map((r) => r[c.name] ?? null),
				c.type,
			),
		]),
	);
	return new Table(columns);
}

function column(values: readonly unknown[], type: string): Vector {
	const length = values.length;
	// One bit per value, 1 = present; padded to 8 bytes as Arrow buffers are.
	const nullBitmap = new Uint8Array(((length + 63) >> 6) << 3);
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null) nullCount++;
		else nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	if (type === 'VARCHAR') {
		const encoder = new TextEncoder();
		const parts = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(String(v))));
		const valueOffsets = new Int32Array(length + 1);
		parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i]! + p.byteLength));
		const data = new Uint8Array(valueOffsets[length]!);
		parts.forEach((p, i) => data.set(p, valueOffsets[i]!));
		return makeVector(
			makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets, data }),
		);
	}
	const numbers = values.map((v) => (v === null ? 0 : Number(v)));
	const props = { length, nullCount, nullBitmap };
	if (type === 'DOUBLE')
		return makeVector(
			makeData({ ...props, type: new Float64(), data: Float64Array.from(numbers) }),
		);
	if (type === 'INTEGER')
		return makeVector(makeData({ ...props, type: new Int32(), data: Int32Array.from(numbers) }));
	throw new Error(`no Arrow type for column type ${type}`);
}

export const toArrowIPC = (dataset: Dataset, table: TableName): Uint8Array =>
	tableToIPC(toArrowTable(dataset, table), 'stream');
