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
	readlinkSync,
	realpathSync,
	renameSync,
	rmSync,
	lstatSync,
	statSync,
	writeFileSync,
	accessSync,
	constants,
} from 'node:fs';
import { join, resolve, basename, sep } from 'node:path';
import { issueRow, parseFile, tooLarge, MAX_BYTES, type PdfLayout } from '../parse/index.js';
import { versionFindings } from '../parse/versions.js';
import { familyOf } from '../parse/review/catalogue.js';
import { nodePdf } from './pdfEngine.node.js';
import { emptyDataset, TABLE_NAMES, type Dataset } from '../schema/tables.js';
import { toArrowIPC } from '../schema/arrow.js';
import { connect, loadDataset, writeParquet, writeDatabaseFile } from './duck.node.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_RAW = join(ROOT, 'data/raw');
export const DEFAULT_OUT = join(ROOT, 'public/data');

class UsageError extends Error {}

/**
 * The documents under the given files and folders (README.md and dotfiles skipped; sub-folders are
 * not read). An entry that cannot be read — no read permission, a dangling symlink, a symlink loop,
 * a symlink back to the folder itself or above it, a pipe or device — is listed all the same, so
 * that parseFiles reports it as a rejected document instead of dropping it without a word.
 */
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
			let names: string[];
			try {
				names = readdirSync(p).sort();
			} catch (e) {
				throw new UsageError(`无法读取输入目录 ${p} (${codeOf(e) ?? 'cannot list'})`);
			}
			for (const f of names) {
				if (f.startsWith('.') || /^readme/i.test(f)) continue;
				const full = join(p, f);
				let entry;
				try {
					entry = statSync(full);
				} catch {
					out.push(full); // dangling symlink, symlink loop, no permission: reported by parseFiles
					continue;
				}
				if (!entry.isDirectory() || linksBackUp(full, p)) out.push(full);
			}
		} else out.push(p);
	}
	if (out.length === 0)
		throw new UsageError(`没有可读取的文档 (no input documents in ${paths.join(', ')})`);
	return out;
}

/** A symlink to the folder it lies in, or to one above it: walking into it would never end. */
function linksBackUp(entry: string, folder: string): boolean {
	try {
		if (!lstatSync(entry).isSymbolicLink()) return false;
		const target = realpathSync(entry);
		const here = realpathSync(folder);
		return here === target || here.startsWith(target.endsWith(sep) ? target : target + sep);
	} catch {
		return false;
	}
}

const codeOf = (e: unknown): string | undefined =>
	e && typeof e === 'object' && 'code' in e ? String(e.code) : undefined;

/** Why a file cannot be read, in words (Chinese, then English), from the error fs gave. */
function readFailure(file: string, e: unknown): string {
	const code = codeOf(e);
	if (code === 'ENOENT') {
		try {
			return `符号链接指向的文件不存在（→ ${readlinkSync(file)}）(dangling symlink)`;
		} catch {
			return '文件不存在 (no such file)';
		}
	}
	if (code === 'ELOOP') return '符号链接形成循环，找不到实际文件 (symlink loop)';
	if (code === 'EACCES' || code === 'EPERM') return '没有读取权限 (permission denied)';
	if (code === 'EISDIR') return '是文件夹，不是文档 (a directory)';
	const detail = e instanceof Error ? e.message : String(e);
	return `无法读取文件（${detail}）(cannot read)`;
}

/**
 * The rejected document of a file that could not be read at all, with the reason: the same rows the
 * parser writes for a file it refuses (taken from tooLarge, which needs no bytes), under the check
 * `unreadable`.
 */
export function unreadableFile(name: string, reason: string, path = name): Dataset {
	const ds = tooLarge(name, 0, path);
	const issue = ds.validation_issues[0]!;
	issue.check = 'unreadable';
	issue.family = familyOf('unreadable');
	issue.message = `${name}：${reason}`;
	return ds;
}

/** What the source viewer needs of each document: its text, and for a PDF the bytes and layout. */
export type Source = { text: string; pdf?: Uint8Array; layout?: PdfLayout };
export type Parsed = { dataset: Dataset; sources: Map<string, Source> };

/**
 * Parses files into one dataset, keeping each readable document's text (UTF-8) for the viewer that
 * shows a figure's source line, and a PDF's bytes and layout for the page view. A file too large to
 * read is reported from its size without being opened; a file that cannot be read (no permission, a
 * dangling symlink, a symlink loop, not a regular file) is a rejected document saying why. Never
 * throws on a bad file.
 */
export async function parseFiles(files: readonly string[]): Promise<Parsed> {
	const dataset = emptyDataset();
	const sources = new Map<string, Source>();
	// A byte-identical copy is the same document (its doc_id is its content): loaded once, reported.
	const firstOf = new Map<string, string>();
	for (const file of files) {
		const name = basename(file);
		let st;
		try {
			st = statSync(file);
		} catch (e) {
			append(dataset, unreadableFile(name, readFailure(file, e), file));
			continue;
		}
		if (st.isDirectory()) {
			const loop = linksBackUp(file, resolve(file, '..'));
			const reason = loop
				? '是指向所在文件夹或其上级的符号链接，形成循环 (directory symlink loop)'
				: '是文件夹，不是文档 (a directory)';
			append(dataset, unreadableFile(name, reason, file));
			continue;
		}
		if (!st.isFile()) {
			append(
				dataset,
				unreadableFile(name, '不是普通文件（管道、设备或套接字）(not a regular file)', file),
			);
			continue;
		}
		// Refused from its size alone: a file over the limit is never opened.
		if (st.size > MAX_BYTES) {
			append(dataset, tooLarge(name, st.size, file));
			continue;
		}
		let bytes: Buffer;
		try {
			bytes = readFileSync(file);
		} catch (e) {
			append(dataset, unreadableFile(name, readFailure(file, e), file));
			continue;
		}
		const { dataset: ds, text, layout } = await parseFile(bytes, name, { pdf: nodePdf });
		const docId = ds.documents[0]!.doc_id;
		const first = firstOf.get(docId);
		if (first !== undefined) {
			dataset.validation_issues.push(
				issueRow(
					docId,
					first,
					'info',
					'duplicate_copy',
					`已存在：${name} 与 ${first} 字节相同，只载入一次`,
					null,
				),
			);
			continue;
		}
		firstOf.set(docId, name);
		append(dataset, ds);
		if (text !== null) sources.set(docId, layout ? { text, pdf: bytes, layout } : { text });
	}
	dataset.validation_issues.push(...versionFindings(dataset.documents));
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
	for (const v of dataset.validation_issues)
		if (v.check === 'duplicate_copy' || v.check === 'conflicting_version') console.log(v.message);
	const rows = TABLE_NAMES.map((t) => `${t} ${dataset[t].length}`).join(', ');
	console.log(`wrote ${out} in ${ms.toFixed(0)} ms: ${rows}`);
}

export function exitWith(e: unknown): never {
	console.error(`ingest: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(e instanceof UsageError ? 2 : 1);
}
