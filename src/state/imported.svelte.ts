/**
 * Documents a user imports in the page: parsed by the same parser as ingest, in a worker (a PDF
 * takes seconds; the page stays responsive), their rows added to the engine, and what the source
 * viewer needs kept here, since the server has no copy: the text, for a PDF its bytes and layout.
 */
import { getDb } from '../db/duckdb.js';
import { MAX_BYTES } from '../parse/limits.js';
import { type Dataset, type DocumentRow } from '../schema/tables.js';
import type { PdfLayout } from '../views/source/layout.js';

export type ImportResult = {
	file: string;
	status: 'parsed' | 'rejected' | 'duplicate';
	message: string;
};
export type ImportedPdf = { bytes: Uint8Array; layout: PdfLayout };

class Imported {
	/** Bumped after every import so views re-query. */
	version = $state(0);
	results = $state.raw<ImportResult[]>([]);
	busy = $state(false);
	readonly texts = new Map<string, string>();
	readonly pdfs = new Map<string, ImportedPdf>();
	/** The document rows of imported documents (the viewer's header). */
	readonly documents = new Map<string, DocumentRow>();

	async importFiles(files: readonly File[], known: ReadonlySet<string>): Promise<void> {
		this.busy = true;
		const results: ImportResult[] = [];
		performance.mark('import:start');
		try {
			// The parser loads only when a user imports (in its worker): not needed for the first paint.
			const { parseInWorker } = await import('../lib/parseClient.js');
			const db = await getDb();
			// The engine copies its tables while the worker parses.
			const writable = db.prepareImport();
			writable.catch(() => undefined);
			for (const file of files) {
				// Too large: refused from its size alone, before a byte is read.
				if (file.size > MAX_BYTES) {
					results.push({
						file: file.name,
						status: 'rejected',
						message: `文件过大（${(file.size / 1048576).toFixed(1)} MB），超过 ${MAX_BYTES / 1048576} MB 上限，未读取`,
					});
					continue;
				}
				// One buffer is transferred to the worker, a copy kept for the viewer if it is a PDF.
				const bytes = await file.arrayBuffer();
				const sent = bytes.slice(0);
				const t0 = performance.now();
				const { dataset: ds, text, layout } = await parseInWorker(file.name, new Uint8Array(sent));
				performance.measure('import:parse', { start: t0 });
				const doc = ds.documents[0]!;
				if (known.has(doc.doc_id) || this.documents.has(doc.doc_id)) {
					results.push({
						file: file.name,
						status: 'duplicate',
						message: `已有同名文档 ${doc.doc_id}，未重复导入`,
					});
					continue;
				}
				const t1 = performance.now();
				// All tables in one call: a document's Arrow conversion is a few ms (no long task; see
				// npm run bench:import), and yielding between tables cost more than it saved.
				await db.importDataset(ds);
				performance.measure('import:db', { start: t1 });
				if (doc.status === 'rejected') {
					const reason = (ds.validation_issues[0]?.message ?? '无法读取').replace(
						`${file.name}：`,
						'',
					);
					results.push({ file: file.name, status: 'rejected', message: reason });
				} else {
					this.documents.set(doc.doc_id, doc);
					if (text !== null) this.texts.set(doc.doc_id, text);
					if (layout) this.pdfs.set(doc.doc_id, { bytes: new Uint8Array(bytes), layout });
					results.push({ file: file.name, status: 'parsed', message: summary(ds) });
				}
			}
		} catch (e) {
			results.push({
				file: files.map((f) => f.name).join('、'),
				status: 'rejected',
				message: `导入失败：${e instanceof Error ? e.message : String(e)}`,
			});
		} finally {
			this.results = results;
			this.busy = false;
			this.version++;
			performance.measure('import', 'import:start');
		}
	}
}

function summary(ds: Dataset): string {
	const d = ds.documents[0]!;
	const errors = ds.validation_issues.filter((v) => v.severity === 'error').length;
	const warnings = ds.validation_issues.filter((v) => v.severity === 'warning').length;
	return `${d.city ?? '（城市未识别）'} ${d.entity ?? '（单位未识别）'} ${d.fiscal_year ?? ''}年：${ds.functional_items.length} 条功能分类、${ds.three_public.length} 条三公经费、${ds.performance_evals.length} 份绩效自评；核验发现 ${errors} 处错误、${warnings} 处警告`;
}

export const imported = new Imported();
