/**
 * Dataset → Arrow tables and IPC streams, the format the browser loads offline (DuckDB-WASM reads Parquet only
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
	tableFromIPC,
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

/**
 * A dataset as one Arrow IPC stream per non-empty table: how the browser's library keeps a
 * document's rows (binary comes back from IndexedDB as one copy; the same rows as objects cost a
 * deserialisation per value).
 */
export function toArrowStreams(dataset: Dataset): Partial<Record<TableName, Uint8Array>> {
	const out: Partial<Record<TableName, Uint8Array>> = {};
	for (const t of Object.keys(TABLES) as TableName[])
		if (dataset[t].length) out[t] = tableToIPC(toArrowTable(dataset, t), 'stream');
	return out;
}

/**
 * The streams of one table from several documents as one Arrow table (their record batches one
 * after another; nothing decoded value by value). A stream whose columns are not this version's
 * (kept by an older version of the app) is left out and reported in `stale`.
 */
export function joinStreams(
	streams: readonly (Uint8Array | undefined)[],
	table: TableName,
	stale: (index: number) => void,
): Table | null {
	const names = TABLES[table].map((c) => c.name).join(',');
	const batches = streams.flatMap((s, i) => {
		if (!s) return [];
		const t = tableFromIPC(s);
		if (t.schema.fields.map((f) => f.name).join(',') !== names) {
			stale(i);
			return [];
		}
		return t.batches;
	});
	return batches.length ? new Table(batches) : null;
}

const encoder = new TextEncoder();

/** The bytes TextEncoder writes for `s`: a lone surrogate becomes U+FFFD, 3 bytes. */
function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
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
		// All strings encoded in one call (a call per string costs microseconds each, seconds for a
		// national corpus); each one's offset from its UTF-8 length, counted here.
		const strings = values.map((v) => (v === null ? '' : String(v)));
		const valueOffsets = new Int32Array(length + 1);
		strings.forEach((x, i) => (valueOffsets[i + 1] = valueOffsets[i]! + utf8Length(x)));
		const data = encoder.encode(strings.join(''));
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
