/**
 * SQL derived from the schema: the CREATE TABLE statements both DuckDB engines (Node and WASM) use.
 */
import { TABLES, type TableName } from './tables.js';

export function createTableSql(table: TableName): string {
	const cols = TABLES[table].map((c) => `"${c.name}" ${c.type}`).join(', ');
	return `CREATE TABLE "${table}" (${cols})`;
}
