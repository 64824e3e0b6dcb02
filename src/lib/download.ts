/**
 * Every chart downloads as SVG and PNG (its title and source line are part of the SVG), every table
 * as CSV (UTF-8 with a BOM, so Excel opens the Chinese right) and XLSX.
 */
import writeXlsxFile from 'write-excel-file/browser';

export type Column = { key: string; label: string };

/** Hands `blob` to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A safe file name from a chart or table title. */
export const fileName = (title: string, ext: string) =>
	`${title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)}.${ext}`;

export function svgText(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.querySelectorAll('[data-no-export]').forEach((n) => n.remove());
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function downloadSvg(svg: SVGSVGElement, title: string): void {
	saveBlob(
		new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }),
		fileName(title, 'svg'),
	);
}

export async function downloadPng(svg: SVGSVGElement, title: string, scale = 2): Promise<void> {
	const { width, height } = svg.viewBox.baseVal.width
		? svg.viewBox.baseVal
		: svg.getBoundingClientRect();
	const img = new Image();
	const url = URL.createObjectURL(
		new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }),
	);
	await new Promise<void>((resolve, reject) => {
		img.onload = () => resolve();
		img.onerror = () => reject(new Error('SVG 无法转为图片'));
		img.src = url;
	});
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(width * scale);
	canvas.height = Math.ceil(height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	URL.revokeObjectURL(url);
	const blob = await new Promise<Blob>((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG 生成失败'))), 'image/png'),
	);
	saveBlob(blob, fileName(title, 'png'));
}

/** What makes a spreadsheet read a text cell as a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that is a plain number (-3.46, +5, -1,234.5, 12%, 1e-3): a spreadsheet reads it as a number. */
const PLAIN_NUMBER = /^[+-]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:e[+-]?\d+)?%?$/i;

/**
 * One cell of an exported table, CSV and XLSX alike: a finite number stays a number; anything else
 * is text, and text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR, and not
 * a plain number such as -3.46) gets a leading apostrophe, as OWASP advises against CSV injection.
 * Empty for null and undefined.
 */
export function exportCell(v: unknown): string | number {
	if (typeof v === 'number' && Number.isFinite(v)) return v;
	if (typeof v === 'bigint' && Number.isSafeInteger(Number(v))) return Number(v);
	const text = v === null || v === undefined ? '' : String(v);
	return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function csvText(
	rows: readonly Record<string, unknown>[],
	columns: readonly Column[],
): string {
	const esc = (v: unknown) => {
		const s = String(exportCell(v));
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [
		columns.map((c) => esc(c.label)).join(','),
		...rows.map((r) => columns.map((c) => esc(r[c.key])).join(',')),
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly Column[],
	title: string,
): void {
	saveBlob(
		new Blob([csvText(rows, columns)], { type: 'text/csv;charset=utf-8' }),
		fileName(title, 'csv'),
	);
}

/** The XLSX file of a table: a bold header row, numbers as numbers, text through exportCell. */
export function xlsxBlob(
	rows: readonly Record<string, unknown>[],
	columns: readonly Column[],
): Promise<Blob> {
	const header = columns.map((c) => ({
		value: String(exportCell(c.label)),
		fontWeight: 'bold' as const,
	}));
	const body = rows.map((r) =>
		columns.map((c) => {
			const v = exportCell(r[c.key]);
			return typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String };
		}),
	);
	return writeXlsxFile([header, ...body] as never).toBlob();
}

export async function downloadXlsx(
	rows: readonly Record<string, unknown>[],
	columns: readonly Column[],
	title: string,
): Promise<void> {
	saveBlob(await xlsxBlob(rows, columns), fileName(title, 'xlsx'));
}
