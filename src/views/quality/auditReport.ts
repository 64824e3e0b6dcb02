/**
 * What a reviewer takes away from 数据核验: the findings as CSV/XLSX rows (with the reviewer's marks),
 * a printable report of one document (standalone HTML: identity, counts by family and severity,
 * every finding with its figures, place and mark) and, for a PDF, the original with a box and a note
 * at every finding (pdf-lib, loaded only when asked for). All in the language the user chose (the
 * findings' messages stay as the parser wrote them).
 */
import type { Finding } from '../../queries/findings.js';
import type { Review } from '../../state/reviews.svelte.js';
import type { PdfNote } from '../../lib/auditPdf.js';
import { downloadCsv, downloadXlsx, fileName, saveBlob, type Column } from '../../lib/download.js';
import { DATA_URL } from '../../db/duckdb.js';
import { imported } from '../../state/imported.svelte.js';
import { viewState } from '../../state/view.svelte.js';
import { tIn, type Lang, type MessageKey } from '../../lib/i18n.js';
import {
	FAMILIES,
	SEVERITY,
	docLabel,
	familyLabel,
	familyOfFinding,
	figureText,
	hasFigures,
	kindLabel,
	placeLabel,
	reviewLabel,
	ruleLabel,
	severityLabel,
	tableLabel,
	type Family,
} from './labels.js';

/** A finding's mark, if any (reviews.get; passed in so these functions stay testable). */
export type MarkOf = (f: Finding) => Review | undefined;

/** The columns of the findings' CSV/XLSX, the view's and the report's alike: key and message. */
const COLUMNS = [
	'source_file',
	'entity',
	'fiscal_year',
	'kind',
	'severity',
	'family',
	'check',
	'rule',
	'message',
	'line',
	'page',
	'table_a',
	'value_a',
	'table_b',
	'value_b',
	'line_b',
	'page_b',
	'mark',
	'note',
] as const;
export const exportColumns = (lang: Lang): Column[] =>
	COLUMNS.map((key) => ({ key, label: tIn(lang, `quality.col_${key}`) }));

/** The findings as export rows: labels in words, the table names as the document calls them. */
export function exportRows(
	findings: readonly Finding[],
	markOf: MarkOf,
	lang: Lang,
): Record<string, unknown>[] {
	return findings.map((f) => {
		const mark = markOf(f);
		return {
			...f,
			kind: kindLabel(f.kind, lang) || f.kind,
			severity: severityLabel(f.severity, lang),
			family: familyLabel(familyOfFinding(f), lang),
			rule: ruleLabel(f.check, lang),
			table_a: tableLabel(f.table_a, f.kind, lang) || null,
			table_b: tableLabel(f.table_b, f.kind, lang) || null,
			mark: mark ? reviewLabel(mark.status, lang) : '',
			note: mark?.note ?? '',
		};
	});
}

/** `<entity><year><kind>`: the stem of every file exported about one document. */
export const docStem = (f: Finding, lang: Lang = viewState.lang): string =>
	docLabel(f, lang).replace(/\.[^.]+$/, '');

export function downloadFindings(
	findings: readonly Finding[],
	markOf: MarkOf,
	title: string,
	as: 'csv' | 'xlsx',
): Promise<void> | void {
	const lang = viewState.lang;
	const rows = exportRows(findings, markOf, lang);
	return as === 'csv'
		? downloadCsv(rows, exportColumns(lang), title)
		: downloadXlsx(rows, exportColumns(lang), title);
}

/** The words of a finding for a note or a report: the message, then both figures, then the mark. */
export function findingNote(f: Finding, mark: Review | undefined, lang: Lang): string {
	const say = (key: MessageKey, vars: Record<string, string>) => tIn(lang, key, vars);
	const lines = [
		say('quality.note_head', { sev: severityLabel(f.severity, lang), message: f.message }),
	];
	if (hasFigures(f))
		lines.push(
			say('quality.note_a', { figure: figureText(f, 'a', lang) }),
			say('quality.note_b', { figure: figureText(f, 'b', lang) }),
		);
	if (mark) {
		const vars = { mark: reviewLabel(mark.status, lang), note: mark.note };
		lines.push(say(mark.note ? 'quality.note_mark_note' : 'quality.note_mark', vars));
	}
	return lines.join('\n');
}

/**
 * The notes of the annotated PDF: one at each finding's box (a sticky note on page 1 when it has
 * none), and one at the other figure's box when the rule compares two and that one has a page.
 * Findings marked 非问题 are left out: the reviewer has set them aside.
 */
export function pdfNotes(findings: readonly Finding[], markOf: MarkOf, lang: Lang): PdfNote[] {
	return findings.flatMap((f) => {
		const mark = markOf(f);
		if (mark?.status === 'not_a_problem') return [];
		const title = `${familyLabel(familyOfFinding(f), lang)}·${ruleLabel(f.check, lang)}`;
		const note = findingNote(f, mark, lang);
		const own: PdfNote = {
			page: f.page ?? 1,
			box: f.page !== null ? (f.box ?? '') : '',
			severity: f.severity,
			title,
			note,
		};
		if (f.page_b === null || f.page_b === undefined || !hasFigures(f)) return [own];
		return [
			own,
			{
				...own,
				page: f.page_b,
				box: f.box_b ?? '',
				title: tIn(lang, 'quality.compared_title', { title }),
			},
		];
	});
}

/** The PDF's bytes: an imported one from the browser's library, a bundled one from data/sources/. */
async function pdfBytes(docId: string): Promise<Uint8Array> {
	const local = (await imported.source(docId))?.pdf;
	if (local) return local.bytes.slice();
	const r = await fetch(`${DATA_URL}sources/${encodeURIComponent(docId)}.pdf`);
	if (!r.ok) throw new Error(tIn(viewState.lang, 'quality.pdf_unavailable', { status: r.status }));
	return new Uint8Array(await r.arrayBuffer());
}

/** Downloads `<entity><year><kind>_审查批注.pdf` (English words in English): the original with every
 * finding boxed and noted. */
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
	const lang = viewState.lang;
	const doc = docStem(first, lang);
	const out = await annotatePdf(bytes, pdfNotes(findings, markOf, lang), {
		title: tIn(lang, 'quality.pdf_title', { doc }),
		lang,
	});
	saveBlob(
		new Blob([out as BlobPart], { type: 'application/pdf' }),
		fileName(tIn(lang, 'quality.file_doc_notes', { doc }), 'pdf'),
	);
}

const esc = (s: unknown): string =>
	String(s ?? '').replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
	);

/** The report's print button, which the page's own print (printReport) takes out again. */
const printButton = (lang: Lang) =>
	`<button type="button" onclick="print()">${tIn(lang, 'quality.report_print')}</button>`;

/** The printable report of one document's findings, as a standalone HTML page. */
export function reportHtml(
	findings: readonly Finding[],
	markOf: MarkOf,
	now = new Date(),
	lang: Lang = viewState.lang,
): string {
	const say = (key: MessageKey, vars?: Record<string, string | number>) => tIn(lang, key, vars);
	const first = findings[0]!;
	const stem = docStem(first, lang);
	const sevs = Object.keys(SEVERITY) as (keyof typeof SEVERITY)[];
	const families = (Object.keys(FAMILIES) as Family[]).filter((fam) =>
		findings.some((f) => familyOfFinding(f) === fam),
	);
	const count = (p: (f: Finding) => boolean) => findings.filter(p).length;
	const marked = (s: Review['status']) => count((f) => markOf(f)?.status === s);
	const identity: [string, unknown][] = [
		[say('quality.col_entity'), first.entity],
		[say('quality.col_city'), first.city],
		[say('quality.col_fiscal_year'), first.fiscal_year],
		[say('quality.col_kind'), kindLabel(first.kind, lang) || first.kind],
		[say('quality.col_source_file'), first.source_file],
		[
			say('quality.report_generated'),
			now.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }),
		],
	];
	const countRows = families
		.map(
			(fam) =>
				`<tr><th>${esc(familyLabel(fam, lang))}</th>${sevs
					.map((s) => `<td>${count((f) => familyOfFinding(f) === fam && f.severity === s)}</td>`)
					.join('')}<td>${count((f) => familyOfFinding(f) === fam)}</td></tr>`,
		)
		.join('');
	const rows = findings
		.map((f, i) => {
			const mark = markOf(f);
			const what = hasFigures(f)
				? `<div class="fig">${esc(figureText(f, 'a', lang))}</div><div class="fig">${esc(say('quality.note_b', { figure: figureText(f, 'b', lang) }))}</div><div class="msg" lang="zh-CN">${esc(f.message)}</div>`
				: `<div lang="zh-CN">${esc(f.message)}</div>`;
			return `<tr class="${mark?.status ?? ''}"><td>${i + 1}</td><td><span class="sev ${f.severity}">${severityLabel(f.severity, lang)}</span></td><td>${esc(familyLabel(familyOfFinding(f), lang))}<br>${esc(ruleLabel(f.check, lang))}</td><td>${what}</td><td>${esc(placeLabel(f.line, f.page, lang) || '—')}</td><td>${mark ? esc(reviewLabel(mark.status, lang)) : say('quality.unmarked')}${mark?.note ? `<div class="msg">${esc(mark.note)}</div>` : ''}</td></tr>`;
		})
		.join('');
	const title = esc(say('quality.report_title', { doc: stem }));
	const summary = say('quality.report_summary', {
		n: findings.length,
		reviewed: marked('reviewed'),
		dismissed: marked('not_a_problem'),
	});
	return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${title}</title>
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
<h1>${title}</h1>
<p class="muted">${esc(summary)}</p>
${printButton(lang)}
<h2>${say('quality.doc_col')}</h2>
<table class="ident">${identity.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v ?? '—')}</td></tr>`).join('')}</table>
<h2>${say('quality.report_counts')}</h2>
<table class="counts"><thead><tr><th>${say('quality.family')}</th>${sevs.map((s) => `<th>${severityLabel(s, lang)}</th>`).join('')}<th>${say('quality.total')}</th></tr></thead><tbody>${countRows}</tbody>
<tfoot><tr><th>${say('quality.total')}</th>${sevs.map((s) => `<td>${count((f) => f.severity === s)}</td>`).join('')}<td>${findings.length}</td></tr></tfoot></table>
<h2>${say('quality.report_details')}</h2>
<table class="findings"><thead><tr><th>${say('quality.report_no')}</th><th>${say('quality.severity')}</th><th>${say('quality.family_rule')}</th><th>${say('quality.finding')}</th><th>${say('quality.place')}</th><th>${say('quality.mark')}</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`;
}

/** Downloads the report as `<entity><year><kind>_审查报告.html` (English words in English). */
export function downloadReportHtml(findings: readonly Finding[], markOf: MarkOf): void {
	if (!findings[0]) return;
	const lang = viewState.lang;
	const html = reportHtml(findings, markOf, new Date(), lang);
	saveBlob(
		new Blob([html], { type: 'text/html;charset=utf-8' }),
		fileName(tIn(lang, 'quality.file_doc_report', { doc: docStem(findings[0], lang) }), 'html'),
	);
}

/** Prints the report from a hidden frame: the page itself stays as it is. */
export function printReport(findings: readonly Finding[], markOf: MarkOf): void {
	if (!findings[0]) return;
	const lang = viewState.lang;
	const frame = document.createElement('iframe');
	frame.setAttribute('aria-hidden', 'true');
	frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
	// The frame prints itself: its print button (for the downloaded HTML) would be an inline handler
	// the page's Content-Security-Policy refuses.
	frame.srcdoc = reportHtml(findings, markOf, new Date(), lang).replace(printButton(lang), '');
	frame.onload = () => {
		frame.contentWindow?.print();
		setTimeout(() => frame.remove(), 60_000);
	};
	document.body.append(frame);
}
