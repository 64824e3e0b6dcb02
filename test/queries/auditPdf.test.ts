/**
 * The annotated audit PDF (src/lib/auditPdf.ts) on the 25-page 财政局 决算 (portrait and landscape
 * pages), read back with pdf-lib and with PDF.js as the parser loads it in Node. Lives here because
 * the `unit` project covers test/queries, not test/lib.
 */
import { describe, expect, it, beforeAll, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, degrees } from 'pdf-lib';
import type * as PdfJs from 'pdfjs-dist';
import { annotatePdf, type PdfNote } from '../../src/lib/auditPdf.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/raw/上海市普陀区财政局_2024_部门决算.pdf');
const BAD = join(ROOT, 'test/fixtures/pdf/bad');

type Annot = {
	subtype: string;
	rect: number[];
	contentsObj?: { str: string };
	titleObj?: { str: string };
	color?: Uint8ClampedArray | null;
	hasAppearance?: boolean;
};

const pdfjs = async () => (await nodePdf()) as unknown as typeof PdfJs;

async function openWithPdfJs(bytes: Uint8Array) {
	const lib = await pdfjs();
	return lib.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
}

async function annotationsOf(bytes: Uint8Array, pageNo: number): Promise<Annot[]> {
	const doc = await openWithPdfJs(bytes);
	try {
		const page = await doc.getPage(pageNo);
		return (await page.getAnnotations()) as Annot[];
	} finally {
		await doc.loadingTask.destroy();
	}
}

const expectRect = (actual: readonly number[], expected: readonly number[]) => {
	expect(actual).toHaveLength(4);
	actual.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(0.5));
};

const PORTRAIT_NOTE =
	'一般公共预算财政拨款支出合计 1,234.56 万元，与各项之和 1,230.00 万元不符（差 4.56 万元）';
const LANDSCAPE_NOTE =
	'三公经费合计 12.30 万元 ≠ 因公出国 2.00 + 公务接待 3.00 + 公务用车 7.00 = 12.00 万元';
const EMPTY_BOX_NOTE = '文字说明中的“基本支出 800.00 万元”在表格中找不到对应数字';
const LOST_PAGE_NOTE = '第 99 页的数字 5.00 万元与总表 6.00 万元不一致';

const NOTES: PdfNote[] = [
	{ page: 21, box: '100,200,300,220', severity: 'error', title: '类 = Σ款', note: PORTRAIT_NOTE },
	{
		page: 8,
		box: '100,200,300,220',
		severity: 'warning',
		title: '三公 = Σ分项',
		note: LANDSCAPE_NOTE,
	},
	{ page: 21, box: '', severity: 'info', title: '文字与表格', note: EMPTY_BOX_NOTE },
	{ page: 99, box: '10,10,50,30', severity: 'error', title: '跨表一致', note: LOST_PAGE_NOTE },
	{ page: 3, box: 'not a box', severity: 'warning', title: '坏位置', note: '位置无法识别的批注' },
];

describe('annotatePdf on the 25-page 财政局 决算', () => {
	let original: Uint8Array;
	let out: Uint8Array;

	beforeAll(async () => {
		original = new Uint8Array(readFileSync(SAMPLE));
		const before = original.slice();
		out = await annotatePdf(original, NOTES, {
			title: '上海市普陀区财政局 2024 年部门决算 · 核验批注',
		});
		// the caller's bytes are left alone (compared as buffers: a deep equal of 3.6 MB takes 25 s)
		expect(Buffer.compare(original, before)).toBe(0);
	});

	it('loads again with pdf-lib and PDF.js, 25 pages, the title set', async () => {
		const back = await PDFDocument.load(out, { updateMetadata: false });
		expect(back.getPageCount()).toBe(25);
		expect(back.getTitle()).toBe('上海市普陀区财政局 2024 年部门决算 · 核验批注');
		const doc = await openWithPdfJs(out);
		try {
			expect(doc.numPages).toBe(25);
			// the text layer is untouched
			const text = await (await doc.getPage(21)).getTextContent();
			expect(text.items.length).toBeGreaterThan(20);
		} finally {
			await doc.loadingTask.destroy();
		}
	});

	it('puts a Square annotation at the box on a portrait page (p21, 595×842)', async () => {
		const annots = await annotationsOf(out, 21);
		const squares = annots.filter((a) => a.subtype === 'Square');
		expect(squares).toHaveLength(1);
		const sq = squares[0]!;
		expectRect(sq.rect, [100, 622, 300, 642]);
		expect(sq.contentsObj?.str).toBe(PORTRAIT_NOTE);
		expect(sq.titleObj?.str).toBe('类 = Σ款');
		expect(sq.hasAppearance).toBe(true);
		expect(Array.from(sq.color ?? [])).toEqual([0xc5, 0x30, 0x30]);
	});

	it('and on a landscape page (p8, 842×595)', async () => {
		const squares = (await annotationsOf(out, 8)).filter((a) => a.subtype === 'Square');
		expect(squares).toHaveLength(1);
		expectRect(squares[0]!.rect, [100, 375, 300, 395]);
		expect(squares[0]!.contentsObj?.str).toBe(LANDSCAPE_NOTE);
		expect(Array.from(squares[0]!.color ?? [])).toEqual([0xdd, 0x6b, 0x20]);
	});

	it('turns a note without a box into a sticky note at the top left of its page', async () => {
		const texts = (await annotationsOf(out, 21)).filter((a) => a.subtype === 'Text');
		expect(texts).toHaveLength(1);
		expect(texts[0]!.contentsObj?.str).toBe(EMPTY_BOX_NOTE);
		expectRect(texts[0]!.rect, [8, 842 - 28, 28, 842 - 8]);
	});

	it('puts a note on a page the document lacks on page 1, with the page it named', async () => {
		const texts = (await annotationsOf(out, 1)).filter((a) => a.subtype === 'Text');
		expect(texts).toHaveLength(1);
		expect(texts[0]!.contentsObj?.str).toContain(LOST_PAGE_NOTE);
		expect(texts[0]!.contentsObj?.str).toContain('原定第 99 页');
		expect(texts[0]!.titleObj?.str).toBe('跨表一致');
	});

	it('keeps a note whose box cannot be read, as a sticky note on its page', async () => {
		const annots = await annotationsOf(out, 3);
		expect(annots.map((a) => a.subtype)).toEqual(['Text']);
		expect(annots[0]!.contentsObj?.str).toContain('位置无法识别的批注');
	});

	it('loses no note: one annotation per note in the whole document', async () => {
		const doc = await openWithPdfJs(out);
		try {
			let n = 0;
			for (let p = 1; p <= doc.numPages; p++)
				n += (await (await doc.getPage(p)).getAnnotations()).length;
			expect(n).toBe(NOTES.length);
		} finally {
			await doc.loadingTask.destroy();
		}
	});
});

describe('annotatePdf geometry', () => {
	it('maps boxes back to user space on rotated pages with offset Media/CropBoxes, as PDF.js measures them', async () => {
		const src = await PDFDocument.create();
		const cases = [
			{ rotate: 0, media: [0, 0, 595, 842] },
			{ rotate: 90, media: [0, 0, 595, 842] },
			{ rotate: 180, media: [20, 30, 615, 872] },
			{ rotate: 270, media: [-50, 100, 792, 712], crop: [0, 120, 700, 700] },
		];
		for (const c of cases) {
			const page = src.addPage([c.media[2]! - c.media[0]!, c.media[3]! - c.media[1]!]);
			page.setMediaBox(
				c.media[0]!,
				c.media[1]!,
				c.media[2]! - c.media[0]!,
				c.media[3]! - c.media[1]!,
			);
			if (c.crop)
				page.setCropBox(c.crop[0]!, c.crop[1]!, c.crop[2]! - c.crop[0]!, c.crop[3]! - c.crop[1]!);
			page.setRotation(degrees(c.rotate));
		}
		const bytes = await src.save();
		// A rectangle in user space, as PDF.js's viewport (what the parser records) shows it.
		const userRect = [150, 300, 260, 330];
		const lib = await pdfjs();
		const doc = await lib.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
		const notes: PdfNote[] = [];
		for (let p = 1; p <= cases.length; p++) {
			const vp = (await doc.getPage(p)).getViewport({ scale: 1 });
			const [a, b] = vp.convertToViewportPoint(userRect[0]!, userRect[1]!);
			const [c, d] = vp.convertToViewportPoint(userRect[2]!, userRect[3]!);
			notes.push({
				page: p,
				box: [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)].join(','),
				severity: 'info',
				title: `第 ${p} 页`,
				note: `旋转 ${cases[p - 1]!.rotate}°`,
			});
		}
		await doc.loadingTask.destroy();
		const out = await annotatePdf(bytes, notes);
		for (let p = 1; p <= cases.length; p++) {
			const [sq] = await annotationsOf(out, p);
			expect(sq?.subtype).toBe('Square');
			expectRect(sq!.rect, userRect);
		}
	});

	it('never throws for odd notes', async () => {
		const src = await PDFDocument.create();
		src.addPage([300, 400]);
		const bytes = await src.save();
		const odd = [
			{ page: 0, box: '1,2,3,4', severity: 'error', title: '', note: '' },
			{ page: 1.5, box: 'NaN,1,2,3', severity: 'warning', title: 't', note: 'n' },
			{ page: 1, box: '5000,5000,6000,6000', severity: 'info', title: 't', note: '页面之外' },
			{ page: 1, box: '10,10,10,10', severity: 'bogus', title: 't', note: '零面积' },
			{ page: -3, box: undefined, severity: 'info', title: undefined, note: undefined },
		] as unknown as PdfNote[];
		const out = await annotatePdf(bytes, odd);
		const annots = await annotationsOf(out, 1);
		expect(annots).toHaveLength(odd.length);
		expect(annots.filter((a) => a.subtype === 'Square')).toHaveLength(1);
	});
});

describe('annotatePdf refuses documents it cannot write, in words', () => {
	it('an encrypted PDF', async () => {
		const bytes = new Uint8Array(readFileSync(join(BAD, 'encrypted.pdf')));
		await expect(annotatePdf(bytes, NOTES)).rejects.toThrow(/^PDF 已加密，无法写入批注/);
	});

	it.each(['truncated.pdf', 'garbage.pdf', 'empty.pdf'])('a damaged PDF: %s', async (name) => {
		const bytes = new Uint8Array(readFileSync(join(BAD, name)));
		// pdf-lib logs what it skips while parsing; the rejection is what counts
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			await expect(annotatePdf(bytes, NOTES)).rejects.toThrow(/^PDF 文件损坏，无法写入批注/);
		} finally {
			warn.mockRestore();
		}
	});
});
