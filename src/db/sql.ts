/**
 * The sql`` tag: values become parameters of a prepared statement, never spliced into the text.
 * Arrow results come back as plain objects; BigInt counts become numbers.
 */
export type Sql = { text: string; params: unknown[] };

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
	let text = strings[0]!;
	const params: unknown[] = [];
	values.forEach((v, i) => {
		if (isSql(v)) {
			text += v.text;
			params.push(...v.params);
		} else {
			params.push(v);
			text += '?';
		}
		text += strings[i + 1]!;
	});
	return { text, params };
}

const isSql = (v: unknown): v is Sql =>
	typeof v === 'object' && v !== null && 'text' in v && 'params' in v;

/** A list of values as `(?, ?, ?)`; an empty list matches nothing. */
export function list(values: readonly unknown[]): Sql {
	if (values.length === 0) return { text: '(NULL)', params: [] };
	return { text: `(${values.map(() => '?').join(', ')})`, params: [...values] };
}

/** A fragment only when `cond` holds, else nothing. */
export const when = (cond: boolean, fragment: Sql): Sql =>
	cond ? fragment : { text: '', params: [] };

/** Whatever runs SQL: DuckDB-WASM in the page, @duckdb/node-api in the tests. */
export type Runner = { all<T>(q: Sql): Promise<T[]> };
