/**
 * What a reviewer takes away from 数据核验: the findings as CSV/XLSX rows (with the reviewer's marks),
 * a printable report of one document (standalone HTML: identity, counts by family and severity,
 * every finding with its figures, place and mark) and, for a PDF, the original with a box and a note
 * at every finding (pdf-lib, loaded only when asked for).
 */
import type { Finding } from '../../queries/findings.js';
import type { Review } from '../../state/reviews.svelte.js';
import { REVIEW_LABEL } from '../../state/reviews.svelte.js';
import type { PdfNote } from '../../lib/auditPdf.js';
import { downloadCsv, downloadXlsx, fileName, saveBlob, type Column } from '../../lib/download.js';
import { KIND_LABEL } from '../../lib/format.js';
import { DATA_URL } from '../../db/duckdb.js';
import { imported } from '../../state/imported.svelte.js';
import {
	FAMILIES,
	SEVERITY,
	docLabel,
	familyLabel,
	familyOfFinding,
	figureText,
	hasFigures,
	placeLabel,
	ruleLabel,
	tableLabel,
	type Family,
} from './labels.js';

/** A finding's mark, if any (reviews.get; passed in so these functions stay testable). */
export type MarkOf = (f: Finding) => Review | undefined;

/** The columns of the findings' CSV/XLSX, the view's and the report's alike. */
export const EXPORT_COLUMNS: readonly Column[] = [
	{ key: 'source_file', label: '文件' },
	{ key: 'entity', label: '部门/单位' },
	{ key: 'fiscal_year', label: '年度' },
	{ key: 'kind', label: '类型' },
	{ key: 'severity', label: '严重程度' },
	{ key: 'family', label: '类别' },
	{ key: 'check', label: '规则' },
	{ key: 'rule', label: '规则说明' },
	{ key: 'message', label: '说明' },
	{ key: 'line', label: '行号' },
	{ key: 'page', label: '页码' },
	{ key: 'table_a', label: '本处表' },
	{ key: 'value_a', label: '本处数' },
	{ key: 'table_b', label: '对照表' },
	{ key: 'value_b', label: '对照数' },
	{ key: 'line_b', label: '对照行号' },
	{ key: 'page_b', label: '对照页码' },
	{ key: 'mark', label: '核查标记' },
	{ key: 'note', label: '备注' },
];

/** The findings as export rows: labels in words, the table names as the document calls them. */
export function exportRows(
	findings: readonly Finding[],
	markOf: MarkOf,
): Record<string, unknown>[] {
	return findings.map((f) => {
		const mark = markOf(f);
		return {
			...f,
			kind: KIND_LABEL[f.kind ?? ''] ?? f.kind,
			severity: SEVERITY[f.severity].label,
			family: familyLabel(familyOfFinding(f)),
			rule: ruleLabel(f.check),
			table_a: tableLabel(f.table_a, f.kind) || null,
			table_b: tableLabel(f.table_b, f.kind) || null,
			mark: mark ? REVIEW_LABEL[mark.status] : '',
			note: mark?.note ?? '',
		};
	});
}

/** `<entity><year><kind>`: the stem of every file exported about one document. */
export const docStem = (f: Finding): string => docLabel(f).replace(/\.[^.]+$/, '');

export function downloadFindings(
	findings: readonly Finding[],
	markOf: MarkOf,
	title: string,
	as: 'csv' | 'xlsx',
): Promise<void> | void {
	const rows = exportRows(findings, markOf);
	return as === 'csv'
		? downloadCsv(rows, EXPORT_COLUMNS, title)
		: downloadXlsx(rows, EXPORT_COLUMNS, title);
}

/** The words of a finding for a note or a report: the message, then both figures, then the mark. */
export function findingNote(f: Finding, mark: Review | undefined): string {
	const lines = [`【${SEVERITY[f.severity].label}】${f.message}`];
	if (hasFigures(f)) lines.push(`本处：${figureText(f, 'a')}`, `对照：${figureText(f, 'b')}`);
	if (mark)
		lines.push(`核查标记：${REVIEW_LABEL[mark.status]}${mark.note ? `（${mark.note}）` : ''}`);
	return lines.join('\n');
}

/**
 * The notes of the annotated PDF: one at each finding's box (a sticky note on page 1 when it has
 * none), and one at the other figure's box when the rule compares two and that one has a page.
 * Findings marked 非问题 are left out: the reviewer has set them aside.
 */
export function pdfNotes(findings: readonly Finding[], markOf: MarkOf): PdfNote[] {
	return findings.flatMap((f) => {
		const mark = markOf(f);
		if (mark?.status === 'not_a_problem') return [];
		const title = `${familyLabel(familyOfFinding(f))}·${ruleLabel(f.check)}`;
		const note = findingNote(f, mark);
		const own: PdfNote = {
			page: f.page ?? 1,
			box: f.page !== null ? (f.box ?? '') : '',
			severity: f.severity,
			title,
			note,
		};
		if (f.page_b === null || f.page_b === undefined || !hasFigures(f)) return [own];
		return [own, { ...own, page: f.page_b, box: f.box_b ?? '', title: `${title}（对照）` }];
	});
}

/** The PDF's bytes: an imported one from the browser's library, a bundled one from data/sources/. */
async function pdfBytes(docId: string): Promise<Uint8Array> {
	const local = (await imported.source(docId))?.pdf;
	if (local) return local.bytes.slice();
	const r = await fetch(`${DATA_URL}sources/${encodeURIComponent(docId)}.pdf`);
	if (!r.ok) throw new Error(`原 PDF 无法取得（HTTP ${r.status}）`);
	return new Uint8Array(await r.arrayBuffer());
}

/** Downloads `<entity><year><kind>_审查批注.pdf`: the original with every finding boxed and noted. */
export async function downloadAuditPdf(
	findings: readonly Finding[],
	markOf: MarkOf,
): Promise<void> {
	const first = findings[0];
	if (!first) return;
	const [{ annotatePdf }, bytes] = await Promise.all([
		import('../../lib/auditPdf.js'),
		pdfBytes(first.doc_id),
	]);
	const stem = docStem(first);
	const out = await annotatePdf(bytes, pdfNotes(findings, markOf), { title: `${stem} 审查批注` });
	saveBlob(
		new Blob([out as BlobPart], { type: 'application/pdf' }),
		fileName(`${stem}_审查批注`, 'pdf'),
	);
}

const esc = (s: unknown): string =>
	String(s ?? '').replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
	);

/** The printable report of one document's findings, as a standalone HTML page. */
export function reportHtml(findings: readonly Finding[], markOf: MarkOf, now = new Date()): string {
	const first = findings[0]!;
	const stem = docStem(first);
	const sevs = Object.keys(SEVERITY) as (keyof typeof SEVERITY)[];
	const families = (Object.keys(FAMILIES) as Family[]).filter((fam) =>
		findings.some((f) => familyOfFinding(f) === fam),
	);
	const count = (p: (f: Finding) => boolean) => findings.filter(p).length;
	const marked = (s: Review['status']) => count((f) => markOf(f)?.status === s);
	const identity: [string, unknown][] = [
		['部门/单位', first.entity],
		['城市', first.city],
		['年度', first.fiscal_year],
		['类型', KIND_LABEL[first.kind ?? ''] ?? first.kind],
		['文件', first.source_file],
		['生成时间', now.toLocaleString('zh-CN', { hour12: false })],
	];
	const countRows = families
		.map(
			(fam) =>
				`<tr><th>${esc(FAMILIES[fam])}</th>${sevs
					.map((s) => `<td>${count((f) => familyOfFinding(f) === fam && f.severity === s)}</td>`)
					.join('')}<td>${count((f) => familyOfFinding(f) === fam)}</td></tr>`,
		)
		.join('');
	const rows = findings
		.map((f, i) => {
			const mark = markOf(f);
			const what = hasFigures(f)
				? `<div class="fig">${esc(figureText(f, 'a'))}</div><div class="fig">对照：${esc(figureText(f, 'b'))}</div><div class="msg">${esc(f.message)}</div>`
				: `<div>${esc(f.message)}</div>`;
			return `<tr class="${mark?.status ?? ''}"><td>${i + 1}</td><td><span class="sev ${f.severity}">${SEVERITY[f.severity].label}</span></td><td>${esc(familyLabel(familyOfFinding(f)))}<br>${esc(ruleLabel(f.check))}</td><td>${what}</td><td>${esc(placeLabel(f.line, f.page) || '—')}</td><td>${mark ? esc(REVIEW_LABEL[mark.status]) : '未标记'}${mark?.note ? `<div class="msg">${esc(mark.note)}</div>` : ''}</td></tr>`;
		})
		.join('');
	return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(stem)} 审查报告</title>
<style>
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1a202c;margin:2rem;font-size:10.5pt;line-height:1.45}
h1{font-size:16pt;margin:0 0 .25rem}h2{font-size:12pt;margin:1.25rem 0 .4rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #cbd5e0;padding:.25rem .4rem;text-align:left;vertical-align:top}
thead th{background:#edf2f7}.counts td{text-align:right}.ident th{width:7rem;background:#f7fafc}
.sev{color:#fff;padding:0 .3rem;border-radius:2px;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.error{background:#c53030}.warning{background:#dd6b20}.info{background:#4a5568}
.fig{font-variant-numeric:tabular-nums}.msg{color:#4a5568;font-size:9pt}
tr.not_a_problem td{color:#718096}.muted{color:#4a5568}
@page{size:A4;margin:15mm}@media print{body{margin:0}button{display:none}tr{break-inside:avoid}}
</style></head><body>
<h1>${esc(stem)} 审查报告</h1>
<p class="muted">预决算透视（budget-lens）数据核验：共 ${findings.length} 处发现，其中 ${marked('reviewed')} 处已核实、${marked('not_a_problem')} 处已标为非问题。加总比较容许 0.02 万元的尾数误差。</p>
<button type="button" onclick="print()">打印</button>
<h2>文档</h2>
<table class="ident">${identity.map(([k, v]) => `<tr><th>${k}</th><td>${esc(v ?? '—')}</td></tr>`).join('')}</table>
<h2>按类别与严重程度</h2>
<table class="counts"><thead><tr><th>类别</th>${sevs.map((s) => `<th>${SEVERITY[s].label}</th>`).join('')}<th>合计</th></tr></thead><tbody>${countRows}</tbody>
<tfoot><tr><th>合计</th>${sevs.map((s) => `<td>${count((f) => f.severity === s)}</td>`).join('')}<td>${findings.length}</td></tr></tfoot></table>
<h2>发现明细</h2>
<table class="findings"><thead><tr><th>序号</th><th>严重程度</th><th>类别·规则</th><th>发现</th><th>位置</th><th>核查标记</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`;
}

/** Downloads the report as `<entity><year><kind>_审查报告.html`. */
export function downloadReportHtml(findings: readonly Finding[], markOf: MarkOf): void {
	if (!findings[0]) return;
	const html = reportHtml(findings, markOf);
	saveBlob(
		new Blob([html], { type: 'text/html;charset=utf-8' }),
		fileName(`${docStem(findings[0])}_审查报告`, 'html'),
	);
}

/** Prints the report from a hidden frame: the page itself stays as it is. */
export function printReport(findings: readonly Finding[], markOf: MarkOf): void {
	if (!findings[0]) return;
	const frame = document.createElement('iframe');
	frame.setAttribute('aria-hidden', 'true');
	frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
	// The frame prints itself: its 打印 button (for the downloaded HTML) would be an inline handler the
	// page's Content-Security-Policy refuses.
	frame.srcdoc = reportHtml(findings, markOf).replace(
		'<button type="button" onclick="print()">打印</button>',
		'',
	);
	frame.onload = () => {
		frame.contentWindow?.print();
		setTimeout(() => frame.remove(), 60_000);
	};
	document.body.append(frame);
}
