/**
 * The 公开质量审查 on a real PDF: the clean 财政局 2024 决算 with one error a reviewer would plant at a
 * time, each planted in the PDF's text layer (the runs PDF.js returns), then read through the whole
 * PDF pipeline. Each plant must be found by its rule at its place; the clean document raises none of
 * these rules. Every run index and figure below was read off the document (p6–p24).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, type PdfText } from '../../src/parse/pdf/extract.js';
import { parsePdfText } from '../../src/parse/index.js';
import { nodePdf } from '../../src/build/pdfEngine.node.js';
import type { Dataset } from '../../src/schema/tables.js';

const FILE = '上海市普陀区财政局_2024_部门决算.pdf';
type Pages = (PdfText & { ok: true })['pages'];

let clean: PdfText & { ok: true };
beforeAll(async () => {
	const pdf = await extractText(
		new Uint8Array(readFileSync(join(import.meta.dirname, '../../data/raw', FILE))),
		await nodePdf(),
	);
	if (!pdf.ok) throw new Error(pdf.reason);
	clean = pdf;
});

/** Parses the document after `plant` has changed a copy of its pages' runs. */
function planted(plant: (pages: Pages) => void): Dataset {
	const pages = clean.pages.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r })) }));
	plant(pages);
	return parsePdfText({ ...clean, pages }, FILE, '').dataset;
}
/** Sets run k of page p (1-based) to `str`, after checking it is the run the plant means. */
const setRun = (pages: Pages, p: number, k: number, was: string, str: string) => {
	const run = pages[p - 1]!.runs[k]!;
	expect(run.str).toBe(was);
	run.str = str;
};
const found = (ds: Dataset, check: string, page?: number) =>
	ds.validation_issues.filter((i) => i.check === check && (page === undefined || i.page === page));

const PLANTED_RULES = [
	'empty_table_text',
	'missing_table',
	'toc_not_printed',
	'empty_without_note',
	'narrative_compare',
	'narrative',
	'year_mismatch',
	'placeholder',
	'name_mismatch',
	'summary_balance',
	'narrative_rate',
];

describe('公开质量审查 on the 财政局 2024 决算, one planted error at a time', () => {
	it('the clean document raises none of these rules, except the real p21 slip (0.3万元)', () => {
		const ds = planted(() => undefined);
		for (const rule of PLANTED_RULES.filter((r) => r !== 'narrative'))
			expect(found(ds, rule), rule).toEqual([]);
		// The one real narrative slip: "财政拨款收入支出总计0.3万元" against 2,961.68 on p13.
		expect(found(ds, 'narrative').map((i) => i.value_a)).toEqual([0.3]);
		expect(ds.disclosure_items.filter((i) => i.status === 'missing')).toEqual([]);
	});

	it('a table removed (p19, 政府性基金): listed in the 目录, printed nowhere', () => {
		const ds = planted((pages) => (pages[18]!.runs = []));
		const hit = found(ds, 'toc_not_printed');
		expect(hit).toHaveLength(1);
		expect(hit[0]!.message).toContain('政府性基金');
		expect(hit[0]!.severity).toBe('error');
		expect(hit[0]!.family).toBe('completeness');
		expect(ds.disclosure_items.find((i) => i.item === 'gov_fund')!.status).toBe('missing');
	});

	it('the 三公 table emptied (p18 prints 0.95 and 0.95): empty, though the text gives 0.95', () => {
		const ds = planted((pages) => {
			setRun(pages, 18, 26, '0.95', '');
			setRun(pages, 18, 27, '0.95', '');
		});
		// p23 says the department spent nothing on 三公 in 2024 (a note of sorts), but also that the
		// 年初预算 was 0.95万元: the empty table contradicts the text.
		const hit = found(ds, 'empty_table_text', 18);
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ value_b: 0.95, table_b: 'text', page_b: 23 });
		expect(ds.disclosure_items.find((i) => i.item === 'three_public')!.status).toMatch(/^empty_/);
	});

	it('"决算数大于预算数" where p22 gives 年初预算 1560.05 and 决算 1511.89', () => {
		const ds = planted((pages) =>
			setRun(
				pages,
				22,
				14,
				'决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支',
				'决算数大于预算数的主要原因：人员进出及退休变化，减少人员经费开支',
			),
		);
		const hit = found(ds, 'narrative_compare', 22);
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ value_a: 1511.89, value_b: 1560.05, family: 'text_vs_table' });
	});

	it('a 0 万元 total in the text (p21: 收入支出总计 2995.39 → 0) against the 总表 (总计 on p7)', () => {
		const ds = planted((pages) => setRun(pages, 21, 10, '2995.39', '0'));
		// "收入支出总计0万元" states both totals: each is held against its 总表 figure.
		const hit = found(ds, 'narrative', 21).filter((i) => i.value_a === 0);
		expect(hit.length).toBeGreaterThan(0);
		for (const h of hit) expect(h).toMatchObject({ table_a: 'text', value_b: 2995.39, page_b: 7 });
	});

	it('the wrong year in a heading (p21: 第三部分…2023年度部门决算情况说明)', () => {
		const ds = planted((pages) => setRun(pages, 21, 1, '2024', '2023'));
		const hit = found(ds, 'year_mismatch', 21);
		expect(hit).toHaveLength(1);
		expect(hit[0]!.message).toContain('2023');
	});

	it('a placeholder left in (p21: 上海市XX局2024年度收入支出总计…)', () => {
		const ds = planted((pages) => setRun(pages, 21, 7, '上海市普陀区财政局', '上海市XX局'));
		expect(found(ds, 'placeholder', 21)).toHaveLength(1);
		expect(found(ds, 'placeholder', 21)[0]!.severity).toBe('error');
	});

	it('another department named in the text (p23: 上海市普陀区教育局2024年度预算绩效管理…)', () => {
		const ds = planted((pages) =>
			setRun(pages, 23, 153, '上海市普陀区财政局', '上海市普陀区教育局'),
		);
		const hit = found(ds, 'name_mismatch', 23);
		expect(hit).toHaveLength(1);
		expect(hit[0]!.message).toContain('上海市普陀区教育局');
	});

	it('总计 ≠ 本年收入合计 + 年初结转和结余 (p7: 49.14 → 59.14; 2946.25 + 59.14 ≠ 2995.39)', () => {
		const ds = planted((pages) => setRun(pages, 7, 3, '49.14', '59.14'));
		const hit = found(ds, 'summary_balance');
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ value_a: 2995.39, value_b: 3005.39, family: 'within_table' });
	});

	it('a rate that does not follow from its figures (p21: 2940.05 / 2993.92 is 98.20%, not 89.20%)', () => {
		const ds = planted((pages) => setRun(pages, 21, 120, '98.20%', '89.20%'));
		expect(found(ds, 'narrative_rate', 21).length).toBeGreaterThan(0);
	});
});
