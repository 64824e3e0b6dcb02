/**
 * npm run ingest -- [--out DIR] [FILE_OR_DIR ...]
 *
 * Parses every document (default: data/raw/) and writes one Parquet file per table to DIR (default:
 * public/data/, where the app loads from), plus the same tables as Arrow IPC streams for the browser.
 * A bad document never stops the run: it becomes `error` rows in validation_issues. Exit status is
 * non-zero only when the run cannot happen at all (no inputs, unwritable --out).
 */
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
	accessSync,
	constants,
} from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { parseFile, tooLarge, MAX_BYTES, type PdfLayout } from '../parse/index.js';
import { nodePdf } from './pdfEngine.node.js';
import { emptyDataset, TABLE_NAMES, type Dataset } from '../schema/tables.js';
import { toArrowIPC } from '../schema/arrow.js';
import { connect, loadDataset, writeParquet, writeDatabaseFile } from './duck.node.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_RAW = join(ROOT, 'data/raw');
export const DEFAULT_OUT = join(ROOT, 'public/data');

class UsageError extends Error {}

/** The documents under the given files and folders (README.md and dotfiles skipped). */
export function listInputs(paths: readonly string[]): string[] {
	const out: string[] = [];
	for (const p of paths) {
		let st;
		try {
			st = statSync(p);
		} catch {
			throw new UsageError(`找不到输入 ${p} (no such file or directory)`);
		}
		if (st.isDirectory()) {
			for (const f of readdirSync(p).sort()) {
				if (f.startsWith('.') || /^readme/i.test(f)) continue;
				const full = join(p, f);
				if (statSync(full).isFile()) out.push(full);
			}
		} else out.push(p);
	}
	if (out.length === 0)
		throw new UsageError(`没有可读取的文档 (no input documents in ${paths.join(', ')})`);
	return out;
}

/** What the source viewer needs of each document: its text, and for a PDF the bytes and layout. */
export type Source = { text: string; pdf?: Uint8Array; layout?: PdfLayout };
export type Parsed = { dataset: Dataset; sources: Map<string, Source> };

/**
 * Parses files into one dataset, keeping each readable document's text (UTF-8) for the viewer that
 * shows a figure's source line, and a PDF's bytes and layout for the page view. A file too large to
 * read is reported without being read.
 */
export async function parseFiles(files: readonly string[]): Promise<Parsed> {
	const dataset = emptyDataset();
	const sources = new Map<string, Source>();
	for (const file of files) {
		const name = basename(file);
		const size = statSync(file).size;
		if (size > MAX_BYTES) {
			append(dataset, tooLarge(name, size));
			continue;
		}
		const bytes = readFileSync(file);
		const { dataset: ds, text, layout } = await parseFile(bytes, name, { pdf: nodePdf });
		append(dataset, ds);
		const docId = ds.documents[0]!.doc_id;
		if (text !== null) sources.set(docId, layout ? { text, pdf: bytes, layout } : { text });
	}
	return { dataset, sources };
}

const append = (into: Dataset, ds: Dataset) => {
	for (const t of TABLE_NAMES) (into[t] as unknown[]).push(...(ds[t] as unknown[]));
};

export async function writeDataset(
	{ dataset, sources }: Parsed,
	outDir: string,
	extra: Record<string, string> = {},
): Promise<void> {
	mkdirSync(outDir, { recursive: true });
	accessSync(outDir, constants.W_OK);
	// Write into a fresh folder beside the target, then swap file by file: never half-written.
	const tmp = `${outDir}/.ingest-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	mkdirSync(tmp);
	const conn = await connect();
	try {
		await loadDataset(conn, dataset);
		for (const t of TABLE_NAMES) {
			await writeParquet(conn, t, join(tmp, `${t}.parquet`));
			writeFileSync(join(tmp, `${t}.arrow`), toArrowIPC(dataset, t));
		}
		await writeDatabaseFile(conn, join(tmp, 'dataset.duckdb'));
		mkdirSync(join(tmp, 'sources'));
		for (const [docId, src] of sources) {
			writeFileSync(join(tmp, 'sources', `${docId}.txt`), src.text);
			if (src.pdf) writeFileSync(join(tmp, 'sources', `${docId}.pdf`), src.pdf);
			if (src.layout)
				writeFileSync(join(tmp, 'sources', `${docId}.layout.json`), JSON.stringify(src.layout));
		}
		for (const [name, content] of Object.entries(extra)) writeFileSync(join(tmp, name), content);
	} finally {
		conn.closeSync();
	}
	rmSync(join(outDir, 'sources'), { recursive: true, force: true });
	for (const f of readdirSync(tmp)) renameSync(join(tmp, f), join(outDir, f));
	rmSync(tmp, { recursive: true, force: true });
}

/** The CLI: parse, write, print one line per document. `afterWrite` adds files derived from the dataset. */
export async function main(
	argv: string[],
	derive?: (parsed: Parsed) => Promise<Record<string, string>>,
): Promise<void> {
	let out = DEFAULT_OUT;
	const inputs: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '--out') {
			const v = argv[++i];
			if (!v) throw new UsageError('--out 需要一个目录 (--out needs a directory)');
			out = resolve(v);
		} else if (a === '--help' || a === '-h') {
			console.log('usage: npm run ingest -- [--out DIR] [FILE_OR_DIR ...]');
			return;
		} else inputs.push(resolve(a));
	}
	const files = listInputs(inputs.length ? inputs : [DEFAULT_RAW]);
	try {
		mkdirSync(out, { recursive: true });
		accessSync(out, constants.W_OK);
	} catch {
		throw new UsageError(`无法写入输出目录 ${out} (cannot write to --out)`);
	}
	const t0 = performance.now();
	const parsed = await parseFiles(files);
	const { dataset } = parsed;
	await writeDataset(parsed, out, derive ? await derive(parsed) : {});
	const ms = performance.now() - t0;
	for (const d of dataset.documents) {
		const issues = dataset.validation_issues.filter((v) => v.doc_id === d.doc_id);
		const count = (s: string) => issues.filter((v) => v.severity === s).length;
		const status =
			d.status === 'rejected'
				? '未读取 REJECTED'
				: `${d.entity ?? '?'} ${d.fiscal_year ?? '?'} ${d.kind ?? '?'}`;
		console.log(
			`${d.source_file}: ${status}; errors ${count('error')}, warnings ${count('warning')}, info ${count('info')}`,
		);
	}
	const rows = TABLE_NAMES.map((t) => `${t} ${dataset[t].length}`).join(', ');
	console.log(`wrote ${out} in ${ms.toFixed(0)} ms: ${rows}`);
}

export function exitWith(e: unknown): never {
	console.error(`ingest: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(e instanceof UsageError ? 2 : 1);
}
