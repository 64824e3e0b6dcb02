/**
 * parseDocument: one disclosure (bytes or text) → rows of every table of the normalised dataset.
 * Pure: no file system, no DOM, no globals, so the ingest CLI and the browser run the same code.
 * It never throws: an unreadable file becomes a `rejected` document row with an `error` finding,
 * and a document that trips the parser is reported whole rather than half-written.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decode } from './decode.js';
import { toLines, type Line } from './lines.js';
import { identify } from './identify.js';
import { segment, type Section } from './segment.js';
import {
	emptyDataset,
	type Dataset,
	type DocumentRow,
	type ValidationIssue,
} from '../schema/tables.js';
import type { PdfEngine } from './pdf/engine.js';
import { extractText, type PdfText } from './pdf/extract.js';
import { pdfLines, type PdfLayout } from './pdf/layout.js';
import { attachProvenance } from './pdf/provenance.js';

export type { PdfLayout, PdfEngine };
import type { Ctx, DocInfo, Figures } from './context.js';
import { familyOf } from './review/catalogue.js';
import { readDocument } from './document.js';

import { MAX_BYTES } from './limits.js';

export { MAX_BYTES };

/**
 * A document's id: the first 16 hex digits of the SHA-256 of its bytes — its content, never its
 * name, so a byte-identical copy under another name is the same document, and two files named
 * alike are two. A file whose bytes were not read (refused for its size, unreadable) has no content
 * hash: its id hashes what identifies it instead (`key`: its path, else its name) and says so with
 * a leading `f` (file) in place of the first digit, so it can never equal a content id.
 */
export const docIdOf = (sha: string | null, key = ''): string =>
	sha ? sha.slice(0, 16) : `f${bytesToHex(sha256(new TextEncoder().encode(key))).slice(0, 15)}`;

export function parseDocument(input: Uint8Array | string, sourceFile: string): Dataset {
	return parseWithText(input, sourceFile).dataset;
}

/**
 * parseDocument, also returning the decoded text (null for a rejected file), which the source-line
 * viewer shows: callers that keep the text need not decode the bytes a second time.
 */
export function parseWithText(
	input: Uint8Array | string,
	sourceFile: string,
): { dataset: Dataset; text: string | null } {
	const size = typeof input === 'string' ? input.length * 2 : input.byteLength;
	if (size > MAX_BYTES) return { dataset: tooLarge(sourceFile, size), text: null };
	const sha256 = hashOf(input);
	const decoded = decode(input);
	if (!decoded.ok)
		return {
			dataset: rejectedDataset(
				sourceFile,
				decoded.reason,
				decoded.encoding,
				'unreadable',
				sha256,
				'text',
			),
			text: null,
		};
	const dataset = parseLines(toLines(decoded.text), {
		sourceFile,
		encoding: decoded.encoding,
		format: formatOf(decoded.text),
		sha256,
		pageCount: null,
	});
	return { dataset, text: dataset.documents[0]!.status === 'parsed' ? decoded.text : null };
}

export type ParseResult = { dataset: Dataset; text: string | null; layout: PdfLayout | null };
export type ParseOptions = {
	pdf?: PdfEngine;
	/**
	 * The PDF's SHA-256 (hex) when the caller computes it itself, e.g. with the browser's native
	 * crypto.subtle while PDF.js extracts; else it is computed here, synchronously.
	 */
	sha256?: Promise<string>;
};

/**
 * Any document a user may hand over: a text, HTML or markdown export, or a PDF as published (read
 * with the PDF library the caller passes). Resolves always; a file it cannot read is a rejected
 * document with the reason.
 */
export async function parseFile(
	input: Uint8Array | string,
	sourceFile: string,
	opts: ParseOptions = {},
): Promise<ParseResult> {
	if (typeof input === 'string' || !isPdf(input))
		return { ...parseWithText(input, sourceFile), layout: null };
	if (input.byteLength > MAX_BYTES)
		return { dataset: tooLarge(sourceFile, input.byteLength), text: null, layout: null };
	const hash = opts.sha256 ?? Promise.resolve(hashOf(input));
	const reject = async (reason: string, check: string) => ({
		dataset: rejectedDataset(sourceFile, reason, 'pdf', check, await hash, 'pdf'),
		text: null,
		layout: null,
	});
	if (!opts.pdf)
		return reject('这是 PDF 文件，此处未加载 PDF 读取组件 (no PDF engine)', 'unreadable');
	let pdf: PdfText;
	try {
		pdf = await extractText(input, await opts.pdf());
	} catch (e) {
		return reject(
			`PDF 文件已损坏，无法读取（${e instanceof Error ? e.message : String(e)}）(damaged PDF)`,
			'pdf_damaged',
		);
	}
	if (!pdf.ok) return reject(pdf.reason, pdf.check);
	return parsePdfText(pdf, sourceFile, await hash);
}

/**
 * Our own work on a PDF once PDF.js has extracted its text layer: lines, tables, rows, checks and
 * provenance (split from parseFile so that the benchmark times it apart from the extraction).
 */
export function parsePdfText(
	pdf: PdfText & { ok: true },
	sourceFile: string,
	sha256: string,
): ParseResult {
	try {
		const { lines, layout } = pdfLines(pdf.pages);
		const dataset = parseLines(lines, {
			sourceFile,
			encoding: 'pdf',
			format: 'pdf',
			sha256,
			pageCount: pdf.pages.length,
		});
		if (dataset.documents[0]!.status !== 'parsed') return { dataset, text: null, layout: null };
		if (pdf.damaged)
			dataset.validation_issues.push(
				issueRow(
					dataset.documents[0]!.doc_id,
					sourceFile,
					'warning',
					'pdf_damaged',
					`PDF 部分损坏：${pdf.damaged}，其余各页照常读取`,
					null,
				),
			);
		attachProvenance(dataset, layout);
		return { dataset, text: lines.map((l) => l.text).join('\n'), layout };
	} catch (e) {
		const reason = `解析失败，未写入任何数据：${e instanceof Error ? e.message : String(e)}`;
		return {
			dataset: rejectedDataset(sourceFile, reason, 'pdf', 'parser_failure', sha256, 'pdf'),
			text: null,
			layout: null,
		};
	}
}

type Meta = {
	sourceFile: string;
	encoding: string;
	format: string;
	sha256: string;
	pageCount: number | null;
};

/** Lines of any format → the dataset of one document. Never throws. */
function parseLines(lines: Line[], meta: Meta): Dataset {
	const { sourceFile, encoding } = meta;
	const docId = docIdOf(meta.sha256);
	const out = emptyDataset();
	const reject = (reason: string, check: string) =>
		rejectedDataset(sourceFile, reason, encoding, check, meta.sha256, meta.format);
	try {
		const id = identify(lines);
		if (id.kind === null)
			return reject(
				'不是部门预算、决算或绩效自评文档（未找到“XXXX年度部门预算/决算”或“绩效自评表”标题）',
				'not_a_disclosure',
			);
		const { sections, prose, toc } = segment(lines);
		if (sections.length === 0) return reject('未找到任何公开表格', 'no_tables');
		const doc: DocInfo = {
			docId,
			sourceFile,
			department: id.department,
			entity: id.entity,
			fiscalYear: id.fiscalYear,
			kind: id.kind,
			units: id.units,
		};
		const ctx: Ctx = {
			doc,
			out,
			issue: (severity, check, message, line, figures) =>
				out.validation_issues.push(
					issueRow(docId, sourceFile, severity, check, message, line, figures),
				),
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
			encoding,
			money_unit: id.moneyUnit,
			line_count: lines.length,
			status: 'parsed',
			format: meta.format,
			sha256: meta.sha256,
			page_count: meta.pageCount,
		});
		if (!id.city) ctx.issue('warning', 'identity', '未能从文中识别所属城市', null);
		if (!id.fiscalYear) ctx.issue('warning', 'identity', '未能从文中识别年度', null);
		if (!id.entity) ctx.issue('warning', 'identity', '未能从文中识别部门或单位名称', null);
		if (id.moneyUnit === '元')
			ctx.issue('info', 'unit_conversion', '文档以元为金额单位，已换算为万元', null);
		const undecodable = lines.filter((l) => l.text.includes('\uFFFD'));
		if (undecodable.length) {
			const n = undecodable.reduce((k, l) => k + (l.text.match(/\uFFFD/g)?.length ?? 0), 0);
			ctx.issue(
				'warning',
				'encoding',
				`${n} 个字符无法按 ${encoding} 解码（以 � 代替），首见于第 ${undecodable[0]!.no} 行`,
				undecodable[0]!.no,
			);
		}
		readDocument(ctx, sections as Section[], prose, { toc, lines, province: id.province });
		return out;
	} catch (e) {
		return reject(
			`解析失败，未写入任何数据：${e instanceof Error ? e.message : String(e)}`,
			'parser_failure',
		);
	}
}

const isPdf = (bytes: Uint8Array): boolean => {
	// %PDF within the first KiB (some files carry a few bytes of junk before the header).
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	return head.includes('%PDF-');
};

const hashOf = (input: Uint8Array | string): string =>
	bytesToHex(sha256(typeof input === 'string' ? new TextEncoder().encode(input) : input));

/** What the adapter read: an HTML fragment, markdown, or plain text. */
function formatOf(text: string): string {
	if (/<t[dh][\s>]/i.test(text)) return 'html';
	if (/^\s*\|.*\|\s*$/m.test(text) || /^#{1,6}\s/m.test(text)) return 'markdown';
	return 'text';
}

/** One finding row, its family stamped from the rule catalogue. */
export const issueRow = (
	docId: string,
	sourceFile: string,
	severity: ValidationIssue['severity'],
	check: string,
	message: string,
	line: number | null,
	figures: Figures = {},
): ValidationIssue => ({
	doc_id: docId,
	source_file: sourceFile,
	severity,
	check,
	family: familyOf(check),
	message,
	line,
	...figures,
});

/**
 * A file over MAX_BYTES, reported from its size alone (callers need not read it). `key` tells two
 * such files apart in the id (ingest passes the path; the name by default).
 */
export const tooLarge = (sourceFile: string, size: number, key = sourceFile): Dataset =>
	rejectedDataset(
		sourceFile,
		`文件过大（${(size / 1048576).toFixed(1)} MB），超过 ${MAX_BYTES / 1048576} MB 上限`,
		'unknown',
		'too_large',
		null,
		'text',
		key,
	);

/** A file that cannot be read: its document row (status rejected) and the error saying why. */
function rejectedDataset(
	sourceFile: string,
	reason: string,
	encoding: string,
	check: string,
	sha: string | null = null,
	format = 'text',
	key = sourceFile,
): Dataset {
	const docId = docIdOf(sha, key);
	const ds = emptyDataset();
	ds.documents.push(rejectedRow(docId, sourceFile, encoding, sha, format));
	ds.validation_issues.push(
		issueRow(docId, sourceFile, 'error', check, `${sourceFile}：${reason}`, null),
	);
	return ds;
}

function rejectedRow(
	docId: string,
	sourceFile: string,
	encoding: string,
	sha: string | null,
	format: string,
): DocumentRow {
	return {
		doc_id: docId,
		province: null,
		city: null,
		department: null,
		entity: null,
		scope: 'department',
		fiscal_year: null,
		kind: null,
		source_file: sourceFile,
		title: null,
		layout: null,
		encoding,
		money_unit: null,
		line_count: 0,
		status: 'rejected',
		format,
		sha256: sha,
		page_count: null,
	};
}
