/**
 * Every chart downloads as SVG and PNG (its title and source line are part of the SVG), every table
 * as CSV (UTF-8 with a BOM, so Excel opens the Chinese right) and XLSX, each named after its title.
 * (Its errors are for the console: no wording of the interface here.)
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

/** The longest stem of an exported file's name, in characters. */
export const NAME_MAX = 80;
/** Where a title may be cut: before a middle dot, a bracket, a space (now `_`) or a comma. */
const PHRASE_START = /[·(_,;\uFF08\uFF0C\u3001\uFF1B]/u;
/** The separators between phrases (not words): a cut there is preferred when not much earlier. */
const STRONG = /[·(\uFF08\uFF1B;]/u;
const PREFER_STRONG = 16;
/** Brackets a cut may leave open, and what closes each. */
const CLOSER: Record<string, string> = { '(': ')', '\uFF08': '\uFF09' };
const TRAILING = /[_·,;\uFF0C\u3001\uFF1B]+$/u;

type Cut = { at: number; close: string };

/**
 * A safe file name from a chart or table title, its stem at most NAME_MAX characters: a longer title
 * is cut before a separator (· （ space …; a · or a bracket rather than a space a few words later),
 * so the name ends on a whole phrase, and a bracket the cut leaves open is closed; only a title
 * without a separator early enough is cut mid-word.
 */
export function fileName(title: string, ext: string): string {
	const chars = [...title.replace(/[\\/:*?"<>|\s]+/g, '_')];
	if (chars.length <= NAME_MAX) return `${chars.join('')}.${ext}`;
	let any: Cut | null = null;
	let strong: Cut | null = null;
	const open: string[] = [];
	for (let i = 0; i < chars.length && i <= NAME_MAX; i++) {
		const c = chars[i]!;
		const close = open
			.map((o) => CLOSER[o])
			.reverse()
			.join('');
		if (i > 0 && PHRASE_START.test(c)) {
			const stem = chars.slice(0, i).join('').replace(TRAILING, '');
			if ([...stem].length + close.length <= NAME_MAX) {
				any = { at: i, close };
				// A · between spaces: the cut falls on the space before it.
				if (STRONG.test(c) || STRONG.test(chars[i + 1] ?? '')) strong = any;
			}
		}
		if (c in CLOSER) open.push(c);
		else if ((c === ')' || c === '\uFF09') && open.length) open.pop();
	}
	const cut = strong && any && strong.at >= any.at - PREFER_STRONG ? strong : any;
	// Too early a cut would say little: then cut at the limit.
	const stem =
		cut && cut.at >= NAME_MAX / 4
			? chars.slice(0, cut.at).join('').replace(TRAILING, '') + cut.close
			: chars.slice(0, NAME_MAX).join('');
	return `${stem}.${ext}`;
}

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
		img.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
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
		canvas.toBlob(
			(b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))),
			'image/png',
		),
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
