/**
 * The annotated audit PDF: the original document with a box and a note at every finding. Pure
 * (pdf-lib, no DOM, no fs): runs in the page and in Node alike.
 *
 * Each note with a usable box becomes a `/Square` annotation over the box (border coloured by
 * severity, its own appearance stream so every viewer draws it, printable), and the same outline is
 * drawn into the page's content so it shows with annotations hidden. The Chinese text lives only in
 * the annotations' `/Contents` and `/T` as UTF-16BE strings, which every viewer shows with its own
 * fonts: no CJK font is embedded. A note without a usable box, or on a page the document does not
 * have, becomes a `/Text` annotation (a sticky note) at the top left of its page (else page 1):
 * no note is lost and the page count never changes. Its own words (severities, errors, a lost
 * note's place) are in the language asked for (`opts.lang`, Chinese by default).
 *
 * Boxes are "x0,y0,x1,y1" in points with the origin at the top left of the page as displayed —
 * PDF.js's viewport at scale 1, which is what the parser records (src/parse/pdf/extract.ts). They
 * are mapped back to the page's user space through the inverse of that viewport transform, so the
 * page's CropBox/MediaBox origin and its /Rotate are honoured.
 */
import {
	EncryptedPDFError,
	PDFDocument,
	PDFHexString,
	PDFString,
	fill,
	popGraphicsState,
	pushGraphicsState,
	rectangle,
	rgb,
	setFillingRgbColor,
	setLineWidth,
	setStrokingRgbColor,
	stroke,
	type PDFOperator,
	type PDFPage,
	type PDFRef,
} from 'pdf-lib';
import words from './messages/quality.js';

export type PdfNote = {
	/** 1-based page number. */
	page: number;
	/** "x0,y0,x1,y1" in PDF points, origin at the page's top left (as the dataset stores boxes). */
	box: string;
	severity: 'error' | 'warning' | 'info';
	/** Shown as the annotation's title (e.g. the rule's label). */
	title: string;
	/** The annotation's text (the finding, both figures). */
	note: string;
};

type Lang = 'zh' | 'en';
/** A message of 数据核验's part (imported directly: this module runs without the view's state). */
const say = (lang: Lang, key: keyof typeof words.zh, vars: Record<string, string | number> = {}) =>
	words[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));

type Rgb = readonly [number, number, number];
const hex = (h: string): Rgb => [
	parseInt(h.slice(1, 3), 16) / 255,
	parseInt(h.slice(3, 5), 16) / 255,
	parseInt(h.slice(5, 7), 16) / 255,
];
const COLOURS: Record<PdfNote['severity'], Rgb> = {
	error: hex('#c53030'),
	warning: hex('#dd6b20'),
	info: hex('#4a5568'),
};

/** Border width of the boxes, in points. */
const BORDER = 1.5;
/** Sticky notes: icon size, margin from the page's top left, spacing. */
const ICON = 20;
const ICON_MARGIN = 8;
const ICON_STEP = 24;

/** A 2×3 affine matrix [a, b, c, d, e, f], as PDF.js writes them. */
type Matrix = readonly [number, number, number, number, number, number];

/** What a page looks like to PDF.js: its view box (user space) and rotation. */
type Geometry = { view: readonly [number, number, number, number]; rotate: 0 | 90 | 180 | 270 };

const LETTER: Geometry['view'] = [0, 0, 612, 792];

const normRect = (r: {
	x: number;
	y: number;
	width: number;
	height: number;
}): [number, number, number, number] => [
	Math.min(r.x, r.x + r.width),
	Math.min(r.y, r.y + r.height),
	Math.max(r.x, r.x + r.width),
	Math.max(r.y, r.y + r.height),
];

/** PDF.js's `page.view` (CropBox ∩ MediaBox, else MediaBox) and its normalised /Rotate. */
function geometry(page: PDFPage): Geometry {
	let view: Geometry['view'] = LETTER;
	try {
		const media = normRect(page.getMediaBox());
		view = media;
		if (page.node.CropBox()) {
			const crop = normRect(page.getCropBox());
			const inter: [number, number, number, number] = [
				Math.max(crop[0], media[0]),
				Math.max(crop[1], media[1]),
				Math.min(crop[2], media[2]),
				Math.min(crop[3], media[3]),
			];
			if (inter[2] > inter[0] && inter[3] > inter[1]) view = inter;
		}
		if (!(view[2] > view[0] && view[3] > view[1]) || !view.every(Number.isFinite)) view = LETTER;
	} catch {
		view = LETTER;
	}
	let angle = 0;
	try {
		angle = page.getRotation().angle;
	} catch {
		angle = 0;
	}
	if (!Number.isFinite(angle) || angle % 90 !== 0) angle = 0;
	const rotate = (((angle % 360) + 360) % 360) as Geometry['rotate'];
	return { view, rotate };
}

/** PDF.js's PageViewport transform at scale 1 (user space → top-left-origin viewport). */
function viewportTransform({ view, rotate }: Geometry): {
	m: Matrix;
	width: number;
	height: number;
} {
	const [x0, y0, x1, y1] = view;
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	const [a, b, c, d] =
		rotate === 90
			? [0, 1, 1, 0]
			: rotate === 180
				? [-1, 0, 0, 1]
				: rotate === 270
					? [0, -1, -1, 0]
					: [1, 0, 0, -1];
	let ox: number, oy: number, width: number, height: number;
	if (a === 0) {
		ox = Math.abs(cy - y0);
		oy = Math.abs(cx - x0);
		width = y1 - y0;
		height = x1 - x0;
	} else {
		ox = Math.abs(cx - x0);
		oy = Math.abs(cy - y0);
		width = x1 - x0;
		height = y1 - y0;
	}
	return { m: [a, b, c, d, ox - a * cx - c * cy, oy - b * cx - d * cy], width, height };
}

/** A top-left-origin viewport rectangle → the user-space rectangle [llx, lly, urx, ury]. */
function toUserRect(
	m: Matrix,
	[vx0, vy0, vx1, vy1]: readonly number[],
): [number, number, number, number] {
	const [a, b, c, d, e, f] = m;
	const det = a * d - b * c;
	const inv = (vx: number, vy: number): [number, number] => [
		(d * (vx - e) - c * (vy - f)) / det,
		(-b * (vx - e) + a * (vy - f)) / det,
	];
	const p = inv(vx0!, vy0!);
	const q = inv(vx1!, vy1!);
	return [Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.max(p[0], q[0]), Math.max(p[1], q[1])];
}

/** "x0,y0,x1,y1" → normalised numbers, or null when empty or unreadable. */
export function parseBox(box: unknown): [number, number, number, number] | null {
	if (typeof box !== 'string' || box.trim() === '') return null;
	const parts = box.split(/[\s,]+/).filter((s) => s !== '');
	if (parts.length !== 4) return null;
	const n = parts.map(Number);
	if (!n.every(Number.isFinite)) return null;
	let [x0, y0, x1, y1] = [
		Math.min(n[0]!, n[2]!),
		Math.min(n[1]!, n[3]!),
		Math.max(n[0]!, n[2]!),
		Math.max(n[1]!, n[3]!),
	];
	// A zero-width or zero-height box still says where: give it room for its border.
	const min = 2 * BORDER + 1;
	if (x1 - x0 < min) [x0, x1] = [(x0 + x1) / 2 - min / 2, (x0 + x1) / 2 + min / 2];
	if (y1 - y0 < min) [y0, y1] = [(y0 + y1) / 2 - min / 2, (y0 + y1) / 2 + min / 2];
	return [x0, y0, x1, y1];
}

const round = (v: number): number => Math.round(v * 1000) / 1000;
const text = (s: unknown): PDFHexString =>
	PDFHexString.fromText(typeof s === 'string' ? s : String(s ?? ''));

/** Appearance of a Square annotation: its outline, inset by half the border so it stays inside. */
function squareAppearance(w: number, h: number, colour: Rgb): PDFOperator[] {
	return [
		pushGraphicsState(),
		setLineWidth(BORDER),
		setStrokingRgbColor(...colour),
		rectangle(BORDER / 2, BORDER / 2, Math.max(0, w - BORDER), Math.max(0, h - BORDER)),
		stroke(),
		popGraphicsState(),
	];
}

/** Appearance of a sticky note: a coloured square with three white "lines" (no font needed). */
function noteAppearance(colour: Rgb): PDFOperator[] {
	return [
		pushGraphicsState(),
		setFillingRgbColor(...colour),
		rectangle(1, 1, ICON - 2, ICON - 2),
		fill(),
		setFillingRgbColor(1, 1, 1),
		rectangle(5, 13, 10, 1.8),
		rectangle(5, 9, 10, 1.8),
		rectangle(5, 5, 6, 1.8),
		fill(),
		popGraphicsState(),
	];
}

/**
 * Write `notes` onto a copy of `original`. Rejects (Chinese, actionable) only when the document
 * itself cannot be written: encrypted or damaged. A bad note never throws and is never dropped.
 */
export async function annotatePdf(
	original: Uint8Array,
	notes: readonly PdfNote[],
	opts?: { title?: string; lang?: Lang },
): Promise<Uint8Array> {
	const lang = opts?.lang ?? 'zh';
	let doc: PDFDocument;
	let pages: PDFPage[];
	try {
		doc = await PDFDocument.load(original, { ignoreEncryption: false, updateMetadata: false });
		pages = doc.getPages();
	} catch (e) {
		if (e instanceof EncryptedPDFError || (e instanceof Error && /encrypt/i.test(e.message)))
			throw new Error(say(lang, 'pdf_encrypted'), { cause: e });
		throw new Error(say(lang, 'pdf_damaged'), { cause: e });
	}
	if (pages.length === 0) throw new Error(say(lang, 'pdf_damaged'));

	const geometries = new Map<number, ReturnType<typeof viewportTransform>>();
	const geometryOf = (index: number) => {
		let g = geometries.get(index);
		if (!g) geometries.set(index, (g = viewportTransform(geometry(pages[index]!))));
		return g;
	};
	const stickies = new Map<number, number>();
	const ctx = doc.context;

	try {
		notes.forEach((n, i) => {
			const severity: PdfNote['severity'] =
				n?.severity === 'error' || n?.severity === 'warning' || n?.severity === 'info'
					? n.severity
					: 'info';
			const colour = COLOURS[severity];
			const pageOk = Number.isInteger(n?.page) && n.page >= 1 && n.page <= pages.length;
			const index = pageOk ? n.page - 1 : 0;
			const page = pages[index]!;
			const { m, width, height } = geometryOf(index);
			let box = pageOk ? parseBox(n?.box) : null;
			// A box wholly off the page would be invisible: a sticky note says more.
			if (box && (box[2] <= 0 || box[3] <= 0 || box[0] >= width || box[1] >= height)) box = null;

			let contents = typeof n?.note === 'string' ? n.note : String(n?.note ?? '');
			if (!pageOk)
				contents += `\n${say(lang, 'pdf_lost_page', {
					page: String(n?.page),
					pages: pages.length,
					box: String(n?.box ?? '') || say(lang, 'pdf_no_box'),
				})}`;
			else if (!box && typeof n?.box === 'string' && n.box.trim() !== '')
				contents += `\n${say(lang, 'pdf_bad_box', { box: n.box })}`;

			const common = {
				Type: 'Annot',
				F: 4,
				P: page.ref,
				C: [...colour],
				Contents: text(contents),
				T: text(n?.title),
				Subj: text(say(lang, `sev.${severity}`)),
				NM: PDFString.of(`budget-lens-audit-${i + 1}`),
			};

			let ref: PDFRef;
			if (box) {
				const [x0, y0, x1, y1] = toUserRect(m, box).map(round) as [number, number, number, number];
				const w = round(x1 - x0);
				const h = round(y1 - y0);
				const ap = ctx.register(
					ctx.formXObject(squareAppearance(w, h, colour), { BBox: [0, 0, w, h], Resources: {} }),
				);
				ref = ctx.register(
					ctx.obj({
						...common,
						Subtype: 'Square',
						Rect: [x0, y0, x1, y1],
						BS: { Type: 'Border', W: BORDER, S: 'S' },
						Border: [0, 0, BORDER],
						AP: { N: ap },
					}),
				);
				page.drawRectangle({
					x: x0 + BORDER / 2,
					y: y0 + BORDER / 2,
					width: Math.max(0, w - BORDER),
					height: Math.max(0, h - BORDER),
					borderColor: rgb(...colour),
					borderWidth: BORDER,
				});
			} else {
				const k = stickies.get(index) ?? 0;
				stickies.set(index, k + 1);
				const perRow = Math.max(1, Math.floor((width - 2 * ICON_MARGIN) / ICON_STEP));
				const vx = ICON_MARGIN + (k % perRow) * ICON_STEP;
				const vy = ICON_MARGIN + Math.floor(k / perRow) * ICON_STEP;
				const rect = toUserRect(m, [vx, vy, vx + ICON, vy + ICON]).map(round);
				const ap = ctx.register(
					ctx.formXObject(noteAppearance(colour), { BBox: [0, 0, ICON, ICON], Resources: {} }),
				);
				ref = ctx.register(
					ctx.obj({
						...common,
						Subtype: 'Text',
						Rect: rect,
						Name: 'Comment',
						Open: false,
						AP: { N: ap },
					}),
				);
			}
			page.node.addAnnot(ref);
		});

		if (opts?.title) doc.setTitle(opts.title, { showInWindowTitleBar: true });
		return await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
	} catch (e) {
		// The notes themselves cannot fail here; objects the document lacks can.
		throw new Error(say(lang, 'pdf_damaged'), { cause: e });
	}
}
