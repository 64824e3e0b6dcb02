/**
 * The 公开质量 score (src/views/disclosure/score.ts) on hand-made documents; every expected figure is
 * worked out by hand in the comments from the formula in docs/disclosure-score.md.
 */
import { describe, it, expect } from 'vitest';
import {
	scoreDocument,
	consistencyFamily,
	type ScoreFinding,
	type ScoreItem,
	type ItemStatus,
} from '../../src/views/disclosure/score.js';
import { rankEntities, type ScoredDoc } from '../../src/views/disclosure/ranking.js';

const item = (n: number, status: ItemStatus = 'present', label = `表${n}`): ScoreItem => ({
	item: `t${n}`,
	label,
	status,
	line: 100 + n,
});
const items = (n: number): ScoreItem[] => Array.from({ length: n }, (_, i) => item(i + 1));
const finding = (
	family: string,
	severity: 'error' | 'warning',
	check = 'x',
	message = 'm',
	line: number | null = null,
): ScoreFinding => ({ family, severity, check, message, line });

// 14 items: 12 present, 表13 printed empty without a note (line 113), 表14 missing.
const mixedItems = [...items(12), item(13, 'empty_unnoted'), item(14, 'missing')];
const missing = finding('completeness', 'error', 'missing_table', '缺少「表14」');
const unnoted = finding('completeness', 'warning', 'empty_without_note', '「表13」没有数字', 113);
const notInToc = finding('completeness', 'warning', 'printed_not_in_toc', '「表3」目录未列', 103);
const crossA = finding('between_tables', 'error', 'cross_table', 'a', 200);
const mixedFindings = [
	missing,
	unnoted,
	notInToc,
	crossA,
	finding('between_tables', 'error', 'cross_table', 'b', 201),
	finding('within_table', 'warning', 'sum_children', 'c', 202),
	finding('text_vs_table', 'error', 'narrative', 'd', 300),
	finding('form', 'warning', 'year_mismatch', 'e', 5),
];

describe('scoreDocument', () => {
	it('gives 100 in every part to a document that publishes everything and has no finding', () => {
		expect(scoreDocument(items(14), [])).toMatchObject({
			completeness: 100,
			consistency: 100,
			form: 100,
			total: 100,
			items: 1,
			dismissed: 0,
		});
	});

	it('counts items by status, each finding once, and weights the parts 0.4 / 0.4 / 0.2', () => {
		const s = scoreDocument(mixedItems, mixedFindings);
		// Items: (12 × 1 + 0.5 + 0) / 14 = 0.892857; the missing_table and empty_without_note findings
		// are those items' own, so only printed_not_in_toc (warning) deducts: 89.2857 − 2 = 87.2857.
		expect(s.items).toBeCloseTo(12.5 / 14, 10);
		expect(s.completeness).toBe(87.3);
		// 表间 2 errors, 表内 1 warning, 文表 1 error: 100 − 3 × 10 − 2 = 68.
		expect(s.consistency).toBe(68);
		// 形式 1 warning: 100 − 2 = 98.
		expect(s.form).toBe(98);
		// 0.4 × 87.2857 + 0.4 × 68 + 0.2 × 98 = 34.9143 + 27.2 + 19.6 = 81.7143.
		expect(s.total).toBe(81.7);
		expect(s.counts).toEqual({
			completeness: { error: 1, warning: 2 },
			between_tables: { error: 2, warning: 0 },
			within_table: { error: 0, warning: 1 },
			text_vs_table: { error: 1, warning: 0 },
			form: { error: 0, warning: 1 },
		});
	});

	it('leaves out findings marked 非问题; an item whose gap is dismissed scores 1', () => {
		const marked = new Set([missing, crossA]);
		const s = scoreDocument(mixedItems, mixedFindings, (f) => marked.has(f));
		// Items: (13 × 1 + 0.5) / 14 = 0.964286 → 96.4286 − 2 (printed_not_in_toc) = 94.4286.
		expect(s.completeness).toBe(94.4);
		// One 表间 error fewer: 100 − 2 × 10 − 2 = 78.
		expect(s.consistency).toBe(78);
		expect(s.form).toBe(98);
		// 0.4 × 94.4286 + 0.4 × 78 + 0.2 × 98 = 37.7714 + 31.2 + 19.6 = 88.5714.
		expect(s.total).toBe(88.6);
		expect(s.dismissed).toBe(2);
		expect(s.counts.between_tables).toEqual({ error: 1, warning: 0 });
	});

	it('takes at most 30 off a part per rule, and floors a part at 0', () => {
		const many = (check: string) =>
			Array.from({ length: 12 }, (_, i) =>
				finding('between_tables', 'error', check, `${check}${i}`, i + 1),
			);
		// 12 approval_copy errors: 120, capped at 30 → 一致性 70; 0.4 × 100 + 0.4 × 70 + 0.2 × 100 = 88.
		expect(scoreDocument(items(4), many('approval_copy'))).toMatchObject({
			consistency: 70,
			total: 88,
		});
		// Four rules with 12 errors each: 4 × 30 = 120 → 0; 0.4 × 100 + 0 + 0.2 × 100 = 60.
		const four = ['approval_copy', 'cross_table', 'sum_children', 'narrative'].flatMap(many);
		expect(scoreDocument(items(4), four)).toMatchObject({ consistency: 0, total: 60 });
	});

	it('starts 完整性 from 100 for a document without items and deducts other completeness findings', () => {
		const toc = finding('completeness', 'error', 'toc_not_printed', '目录第 5 行列出的表未刊印', 5);
		// 100 − 10 = 90; 0.4 × 90 + 0.4 × 100 + 0.2 × 100 = 96.
		expect(scoreDocument([], [toc])).toMatchObject({ items: null, completeness: 90, total: 96 });
	});

	it('links a missing section to its finding by its label', () => {
		const sec = item(1, 'missing', '政府采购说明');
		const f = finding('completeness', 'warning', 'missing_section', '正文未见政府采购说明');
		// One item missing: 0 points → 完整性 0, the finding not deducted again; 0.4 × 0 + 40 + 20 = 60.
		expect(scoreDocument([sec], [f])).toMatchObject({ completeness: 0, total: 60 });
		// Dismissed: the item scores 1 → 100.
		expect(scoreDocument([sec], [f], () => true)).toMatchObject({ completeness: 100, total: 100 });
	});
});

describe('consistencyFamily', () => {
	it('picks the consistency family with most findings, 表内 first on a tie, null when none', () => {
		expect(
			consistencyFamily({
				within_table: { error: 1, warning: 0 },
				between_tables: { error: 2, warning: 1 },
			}),
		).toBe('between_tables');
		expect(
			consistencyFamily({
				text_vs_table: { error: 1, warning: 0 },
				within_table: { error: 0, warning: 1 },
			}),
		).toBe('within_table');
		expect(consistencyFamily({ form: { error: 3, warning: 0 } })).toBeNull();
	});
});

describe('rankEntities', () => {
	const doc = (doc_id: string, entity: string, city: string, total: number): ScoredDoc => ({
		doc_id,
		entity,
		city,
		label: doc_id,
		score: { ...scoreDocument([], []), total },
	});

	it('averages each entity’s documents and ranks the best mean first', () => {
		const ranks = rankEntities([
			doc('b1', '乙局', '甲市', 70),
			doc('a1', '甲局', '甲市', 90),
			doc('a2', '甲局', '乙市', 80.5),
			doc('c1', '丙局', '甲市', 70),
		]);
		// 甲局: (90 + 80.5) / 2 = 85.25 → 85.3; 乙局 and 丙局 tie at 70, by name (丙 before 乙 in pinyin).
		expect(ranks.map((r) => [r.entity, r.mean, r.n])).toEqual([
			['甲局', 85.3, 2],
			['丙局', 70, 1],
			['乙局', 70, 1],
		]);
		expect(ranks[0]!.best.doc_id).toBe('a1');
		expect(ranks[0]!.worst.doc_id).toBe('a2');
		expect(ranks[0]!.cities).toEqual(['甲市', '乙市']);
	});
});
