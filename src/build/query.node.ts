/**
 * npm run query -- [--csv] [--data DIR] "SELECT …"
 *
 * Runs SQL over the normalised dataset (the Parquet files ingest wrote; every table is a view named
 * after it) and prints a readable table, or CSV with --csv. Runs ingest first if there is no dataset.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { connect, openParquetDir } from './duck.node.js';
import { DEFAULT_OUT, DEFAULT_RAW, listInputs, parseFiles, writeDataset } from './ingest.node.js';
import { formatTable, formatCsv } from './format.js';

async function main(argv: string[]): Promise<void> {
	let csv = false;
	let dir = DEFAULT_OUT;
	const sql: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--csv') csv = true;
		else if (a === '--data') dir = resolve(argv[++i] ?? '.');
		else if (a === '--help' || a === '-h') {
			console.log(
				'usage: npm run query -- [--csv] [--data DIR] "SELECT …"\ntables: documents, functional_items, economic_items, three_public, budget_execution, projects, performance_evals, performance_indicators, project_targets, figures, validation_issues',
			);
			return;
		} else sql.push(a);
	}
	if (sql.length === 0)
		throw new Error(
			'需要一条 SQL 语句 (give a SQL statement), e.g. npm run query -- "SELECT * FROM documents"',
		);
	if (!existsSync(join(dir, 'documents.parquet'))) {
		if (dir !== DEFAULT_OUT)
			throw new Error(
				`${dir} 中没有数据集 (no dataset in ${dir}); run npm run ingest -- --out ${dir}`,
			);
		console.error('(no dataset yet: running ingest on data/raw first)');
		await writeDataset(await parseFiles(listInputs([DEFAULT_RAW])), DEFAULT_OUT);
	}
	const conn = await connect();
	try {
		await openParquetDir(conn, dir);
		const reader = await conn.runAndReadAll(sql.join(' '));
		const columns = reader.columnNames();
		const rows = reader.getRowsJS() as unknown[][];
		process.stdout.write(csv ? formatCsv(columns, rows) : formatTable(columns, rows));
	} finally {
		conn.closeSync();
	}
}

main(process.argv.slice(2)).catch((e: unknown) => {
	console.error(`query: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
	process.exit(1);
});
