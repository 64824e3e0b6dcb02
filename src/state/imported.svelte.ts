/**
 * Documents a user imports in the page: parsed by the same parser as ingest (in the browser), their
 * rows added to the engine, their text kept here for the source viewer (the server has no copy).
 */
import { getDb } from '../db/duckdb.js';
import type { Dataset } from '../schema/tables.js';

export type ImportResult = { file: string; status: 'parsed' | 'rejected' | 'duplicate'; message: string };

class Imported {
	/** Bumped after every import so views re-query. */
	version = $state(0);
	results = $state.raw<ImportResult[]>([]);
	busy = $state(false);
	readonly texts = new Map<string, string>();

	async importFiles(files: readonly File[], known: ReadonlySet<string>): Promise<void> {
		this.busy = true;
		const results: ImportResult[] = [];
		try {
			// The parser loads only when a user imports: it is not needed for the first paint.
			const { parseWithText } = await import('../parse/index.js');
			const db = await getDb();
			for (const file of files) {
				const bytes = new Uint8Array(await file.arrayBuffer());
				const { dataset: ds, text } = parseWithText(bytes, file.name);
				const doc = ds.documents[0]!;
				if (known.has(doc.doc_id)) {
					results.push({ file: file.name, status: 'duplicate', message: `已有同名文档 ${doc.doc_id}，未重复导入` });
					continue;
				}
				await db.importDataset(ds);
				if (doc.status === 'rejected') {
					const reason = (ds.validation_issues[0]?.message ?? '无法读取').replace(`${file.name}：`, '');
					results.push({ file: file.name, status: 'rejected', message: reason });
				} else {
					if (text !== null) this.texts.set(doc.doc_id, text);
					results.push({ file: file.name, status: 'parsed', message: summary(ds) });
				}
			}
		} catch (e) {
			results.push({ file: files.map((f) => f.name).join('、'), status: 'rejected', message: `导入失败：${e instanceof Error ? e.message : String(e)}` });
		} finally {
			this.results = results;
			this.busy = false;
			this.version++;
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
