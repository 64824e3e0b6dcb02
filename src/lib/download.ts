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

const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function csvText(
	rows: readonly Record<string, unknown>[],
	columns: readonly Column[],
): string {
	const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const lines = [
		columns.map((c) => esc(c.label)).join(','),
		...rows.map((r) => columns.map((c) => esc(cell(r[c.key]))).join(',')),
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

export async function downloadXlsx(
	rows: readonly Record<string, unknown>[],
	columns: readonly Column[],
	title: string,
): Promise<void> {
	const header = columns.map((c) => ({ value: c.label, fontWeight: 'bold' as const }));
	const body = rows.map((r) =>
		columns.map((c) => {
			const v = r[c.key];
			return typeof v === 'number' ? { value: v, type: Number } : { value: cell(v), type: String };
		}),
	);
	const blob = await writeXlsxFile([header, ...body] as never).toBlob();
	saveBlob(blob, fileName(title, 'xlsx'));
}
