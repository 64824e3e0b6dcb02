/**
 * parseDocument: one disclosure (bytes or text) → rows of every table of the normalised dataset.
 * Pure: no file system, no DOM, no globals, so the ingest CLI and the browser run the same code.
 * It never throws: an unreadable file becomes a `rejected` document row with an `error` finding,
 * and a document that trips the parser is reported whole rather than half-written.
 */
import { decode } from './decode.js';
import { toLines } from './lines.js';
import { identify } from './identify.js';
import { segment, type Section } from './segment.js';
import { emptyDataset, type Dataset, type DocumentRow } from '../schema/tables.js';
import type { Ctx, DocInfo } from './context.js';
import { readDocument } from './document.js';

/** Documents larger than this are refused: real disclosures are well under 5 MB of text. */
export const MAX_BYTES = 50 * 1024 * 1024;

export const docIdOf = (sourceFile: string): string =>
	sourceFile.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

export function parseDocument(input: Uint8Array | string, sourceFile: string): Dataset {
	return parseWithText(input, sourceFile).dataset;
}

/**
 * parseDocument, also returning the decoded text (null for a rejected file), which the source-line
 * viewer shows: callers that keep the text need not decode the bytes a second time.
 */
export function parseWithText(input: Uint8Array | string, sourceFile: string): { dataset: Dataset; text: string | null } {
	const docId = docIdOf(sourceFile);
	const out = emptyDataset();
	const reject = (reason: string, encoding: string, check = 'unreadable') => ({
		dataset: rejectedDataset(sourceFile, reason, encoding, check),
		text: null,
	});
	const size = typeof input === 'string' ? input.length * 2 : input.byteLength;
	if (size > MAX_BYTES) return { dataset: tooLarge(sourceFile, size), text: null };
	const decoded = decode(input);
	if (!decoded.ok) return reject(decoded.reason, decoded.encoding);
	try {
		const lines = toLines(decoded.text);
		const id = identify(lines);
		if (id.kind === null) return reject('不是部门预算、决算或绩效自评文档（未找到“XXXX年度部门预算/决算”或“绩效自评表”标题）', decoded.encoding, 'not_a_disclosure');
		const { sections, prose } = segment(lines);
		if (sections.length === 0) return reject('未找到任何公开表格', decoded.encoding, 'no_tables');
		const doc: DocInfo = { docId, sourceFile, department: id.department, entity: id.entity, fiscalYear: id.fiscalYear, kind: id.kind, units: id.units };
		const ctx: Ctx = {
			doc,
			out,
			issue: (severity, check, message, line) => out.validation_issues.push({ doc_id: docId, source_file: sourceFile, severity, check, message, line }),
		};
		out.documents.push({
			doc_id: docId,
			province: id.province,
			city: id.city,
			department: id.department,
			entity: id.entity,
			scope: id.scope,
			fiscal_year: id.fiscalYear,
			kind: id.kind,
			source_file: sourceFile,
			title: id.title,
			layout: id.layout,
			encoding: decoded.encoding,
			money_unit: id.moneyUnit,
			line_count: lines.length,
			status: 'parsed',
		});
		if (!id.city) ctx.issue('warning', 'identity', '未能从文中识别所属城市', null);
		if (!id.fiscalYear) ctx.issue('warning', 'identity', '未能从文中识别年度', null);
		if (!id.entity) ctx.issue('warning', 'identity', '未能从文中识别部门或单位名称', null);
		if (id.moneyUnit === '元') ctx.issue('info', 'unit_conversion', '文档以元为金额单位，已换算为万元', null);
		const undecodable = lines.filter((l) => l.text.includes('\uFFFD'));
		if (undecodable.length) {
			const n = decoded.text.match(/\uFFFD/g)?.length ?? 0;
			ctx.issue('warning', 'encoding', `${n} 个字符无法按 ${decoded.encoding} 解码（以 � 代替），首见于第 ${undecodable[0]!.no} 行`, undecodable[0]!.no);
		}
		readDocument(ctx, sections as Section[], prose);
		return { dataset: out, text: decoded.text };
	} catch (e) {
		return reject(`解析失败，未写入任何数据：${e instanceof Error ? e.message : String(e)}`, decoded.encoding, 'parser_failure');
	}
}

/** A file over MAX_BYTES, reported from its size alone (callers need not read it). */
export const tooLarge = (sourceFile: string, size: number): Dataset =>
	rejectedDataset(sourceFile, `文件过大（${(size / 1048576).toFixed(1)} MB），超过 ${MAX_BYTES / 1048576} MB 上限`, 'unknown', 'too_large');

/** A file that cannot be read: its document row (status rejected) and the error saying why. */
function rejectedDataset(sourceFile: string, reason: string, encoding: string, check: string): Dataset {
	const docId = docIdOf(sourceFile);
	const ds = emptyDataset();
	ds.documents.push(rejectedRow(docId, sourceFile, encoding));
	ds.validation_issues.push({ doc_id: docId, source_file: sourceFile, severity: 'error', check, message: `${sourceFile}：${reason}`, line: null });
	return ds;
}

function rejectedRow(docId: string, sourceFile: string, encoding: string): DocumentRow {
	return {
		doc_id: docId, province: null, city: null, department: null, entity: null, scope: 'department',
		fiscal_year: null, kind: null, source_file: sourceFile, title: null, layout: null, encoding,
		money_unit: null, line_count: 0, status: 'rejected',
	};
}
