/**
 * Each rule of the 公开质量审查 where it fires and where it must not, on the bundled text documents
 * with one edit each: 003 (承德市司法局 2024 部门预算) and 001 (阳泉市司法局 2023 部门决算). Every
 * figure below is read off those files (line numbers given); the edits are written out in full.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import type { Dataset } from '../../src/schema/tables.js';

const RAW = join(import.meta.dirname, '../../data/raw');
const BUDGET = readFileSync(join(RAW, '003_118d383ccab95c06.txt'), 'utf8');
const FINAL = readFileSync(join(RAW, '001_3e5e580ab2a95934.txt'), 'utf8');

/**
 * The document with `from` replaced by `to`: `from` must be there exactly once, or with `copies`
 * that many times (001 prints its 总表 again as a 批复 copy; the first is the main table).
 */
function edited(text: string, from: string, to: string, copies = 1): Dataset {
	expect(text.split(from), `“${from}” ${copies}×`).toHaveLength(copies + 1);
	return parseDocument(text.replace(from, to), 'edited.txt');
}
const rule = (ds: Dataset, check: string) => ds.validation_issues.filter((i) => i.check === check);
const clean = { budget: parseDocument(BUDGET, 'b.txt'), final: parseDocument(FINAL, 'f.txt') };

describe('完整性', () => {
	it('the clean documents publish all nine tables and the five parts of the text', () => {
		for (const ds of [clean.budget, clean.final]) {
			expect(ds.disclosure_items.filter((i) => i.kind === 'table')).toHaveLength(9);
			expect(ds.disclosure_items.filter((i) => i.kind === 'section')).toHaveLength(5);
			expect(ds.disclosure_items.filter((i) => i.status === 'missing')).toEqual([]);
			expect(rule(ds, 'missing_table')).toEqual([]);
		}
	});

	it('toc_not_printed: 003 without its 三公 table (line 427 retitled), which its 目录 lists (line 15)', () => {
		const ds = edited(BUDGET, '## 部门预算财政拨款“三公”经费支出表', '## 附件');
		const hit = rule(ds, 'toc_not_printed');
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ severity: 'error', family: 'completeness', line: 15 });
		expect(hit[0]!.message).toContain('三公');
		expect(rule(ds, 'missing_table')).toEqual([]);
	});

	it('missing_table: the same, with the 目录 entry gone too', () => {
		const text = BUDGET.replace('部门预算财政拨款“三公”经费支出表 .....\t17\n', '');
		const ds = edited(text, '## 部门预算财政拨款“三公”经费支出表', '## 附件');
		const hit = rule(ds, 'missing_table');
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ severity: 'error', family: 'completeness', line: null });
		expect(hit[0]!.message).toContain('三公');
	});

	it('empty_without_note: 003 line 411 note removed; kept, the same table is empty_noted', () => {
		const ds = edited(BUDGET, '注：无政府基金预算财政拨款预算，空表列示。', '');
		expect(rule(ds, 'empty_without_note')).toHaveLength(1);
		expect(ds.disclosure_items.find((i) => i.item === 'gov_fund')!.status).toBe('empty_unnoted');
		expect(clean.budget.disclosure_items.find((i) => i.item === 'gov_fund')!.status).toBe(
			'empty_noted',
		);
		expect(rule(clean.budget, 'empty_without_note')).toEqual([]);
	});

	it('note_wrong_table: the 政府性基金 table noted "无国有资本经营预算…"', () => {
		const ds = edited(
			BUDGET,
			'注：无政府基金预算财政拨款预算，空表列示。',
			'注：无国有资本经营预算财政拨款预算，空表列示。',
		);
		expect(rule(ds, 'note_wrong_table')).toHaveLength(1);
		expect(rule(clean.budget, 'note_wrong_table')).toEqual([]);
	});
});

describe('完整性: the 目录 and the text', () => {
	it('printed_not_in_toc: 001 with its 目录 entry for the 收入支出决算总表 (line 29) removed', () => {
		const ds = edited(FINAL, '一、收入支出决算总表.....\t4', '');
		const hit = rule(ds, 'printed_not_in_toc');
		expect(hit).toHaveLength(1);
		expect(hit[0]!.line).toBe(102);
		expect(ds.disclosure_items.find((i) => i.item === 'summary')!.toc).toBe('unlisted');
		expect(rule(clean.final, 'printed_not_in_toc')).toEqual([]);
	});

	it('missing_section: 003 without a word on 政府采购 (every mention reworded)', () => {
		const ds = parseDocument(BUDGET.replace(/政府采购/g, '集中购买'), 'e.txt');
		const hit = rule(ds, 'missing_section');
		expect(hit).toHaveLength(1);
		expect(hit[0]!.message).toContain('政府采购');
		expect(rule(clean.budget, 'missing_section')).toEqual([]);
	});
});

describe('形式', () => {
	it('year_mismatch: a table header saying 预算年度：2023 in the 2024 budget (line 37)', () => {
		const first = BUDGET.indexOf('预算年度：2024');
		const text = `${BUDGET.slice(0, first)}预算年度：2023${BUDGET.slice(first + '预算年度：2024'.length)}`;
		const hit = rule(parseDocument(text, 'e.txt'), 'year_mismatch');
		expect(hit).toHaveLength(1);
		expect(hit[0]!.message).toContain('2023');
		expect(rule(clean.budget, 'year_mismatch')).toEqual([]);
	});

	it('year_mismatch must not fire on "截至2023年12月31日" in the 2024 budget', () => {
		const ds = edited(
			BUDGET,
			'注：无政府采购预算，空表列示。',
			'注：无政府采购预算，空表列示。\n截至2023年12月31日，本部门共有车辆5辆。',
		);
		expect(rule(ds, 'year_mismatch')).toEqual([]);
	});

	it('placeholder: "XX局" left in the text; none in the clean documents', () => {
		const ds = edited(
			BUDGET,
			'注：无政府采购预算，空表列示。',
			'注：无政府采购预算，空表列示。\n本部门由XX局负责采购。',
		);
		expect(rule(ds, 'placeholder')).toHaveLength(1);
		expect(rule(ds, 'placeholder')[0]!.severity).toBe('error');
		expect(rule(clean.budget, 'placeholder')).toEqual([]);
		expect(rule(clean.final, 'placeholder')).toEqual([]);
	});

	it('name_mismatch: a sentence opening with another body and the year; its own name passes', () => {
		const add = (name: string) =>
			edited(
				BUDGET,
				'注：无政府采购预算，空表列示。',
				`注：无政府采购预算，空表列示。\n${name}2024年度无政府采购预算。`,
			);
		expect(rule(add('承德市教育局'), 'name_mismatch')).toHaveLength(1);
		expect(rule(add('承德市司法局'), 'name_mismatch')).toEqual([]);
	});
});

describe('文表', () => {
	// 001 line 549: 年初预算3,126.32万元，支出决算3,449.21万元，完成年初预算的110.33%
	const LINE_549 = '完成年初预算的110.33%。';

	it('narrative_compare: "决算数小于预算数" after 3,126.32 / 3,449.21', () => {
		const ds = edited(FINAL, LINE_549, '完成年初预算的110.33%，决算数小于预算数。');
		const hit = rule(ds, 'narrative_compare');
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ value_a: 3449.21, value_b: 3126.32, line: 549 });
	});

	it('narrative_compare must not fire on "决算数大于预算数" there', () => {
		const ds = edited(FINAL, LINE_549, '完成年初预算的110.33%，决算数大于预算数。');
		expect(rule(ds, 'narrative_compare')).toEqual([]);
	});

	it('narrative_direction: the wrong way and the wrong size; the right one passes', () => {
		const say = (s: string) =>
			edited(BUDGET, '注：无政府采购预算，空表列示。', `注：无政府采购预算，空表列示。\n${s}`);
		expect(
			rule(
				say('机关运行经费预算100.00万元，比2023年预算120.00万元增加20.00万元。'),
				'narrative_direction',
			),
		).toHaveLength(1);
		expect(
			rule(
				say('机关运行经费预算100.00万元，比2023年预算90.00万元增加15.00万元。'),
				'narrative_direction',
			),
		).toHaveLength(1);
		expect(
			rule(
				say('机关运行经费预算100.00万元，比2023年预算90.00万元增加10.00万元。'),
				'narrative_direction',
			),
		).toEqual([]);
	});

	it('share_range: a share over 100 %', () => {
		const ds = edited(
			BUDGET,
			'注：无政府采购预算，空表列示。',
			'注：无政府采购预算，空表列示。\n支出合计100.00万元，其中：基本支出120.00万元，占120.00%。',
		);
		expect(rule(ds, 'share_range')).toHaveLength(1);
		expect(rule(clean.budget, 'share_range')).toEqual([]);
	});
});

describe('表内、表间', () => {
	it('summary_balance: 001 总表 年初结转和结余 1,478.75 → 1,578.75 (line 144)', () => {
		const ds = edited(FINAL, '年初结转和结余\t29\t1,478.75', '年初结转和结余\t29\t1,578.75', 2);
		const hit = rule(ds, 'summary_balance');
		// 3,901.72 + 1,578.75 = 5,480.47 against 收入总计 5,380.47
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ value_a: 5380.47, value_b: 5480.47, family: 'within_table' });
		expect(rule(clean.final, 'summary_balance')).toEqual([]);
		expect(rule(clean.budget, 'summary_balance')).toEqual([]);
	});

	it('fund_table_not_empty: 001 总表 gives 政府性基金 5.00 while its fund table is empty', () => {
		const ds = edited(
			FINAL,
			'二、政府性基金预算财政拨款收入\t2\t\t',
			'二、政府性基金预算财政拨款收入\t2\t5.00\t',
			2,
		);
		const hit = rule(ds, 'fund_table_not_empty');
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ value_a: 5, family: 'between_tables' });
		expect(rule(clean.final, 'fund_table_not_empty')).toEqual([]);
	});

	it('cross_table: 001 收入决算表 合计 (line 163) against the 总表 (3,901.72) and the 财政拨款总表 (3,449.21)', () => {
		const line = '合计\t\t3,901.72\t3,449.21\t\t158.91\t292.39\t\t1.20';
		const income = (ds: Dataset) =>
			rule(ds, 'cross_table').filter((i) => i.table_a === 'income' && i.line === 163);
		expect(income(clean.final)).toEqual([]);
		const ds = edited(FINAL, line, '合计\t\t3,911.72\t3,459.21\t\t158.91\t292.39\t\t1.20');
		expect(income(ds).map((i) => [i.table_b, i.value_a, i.value_b])).toEqual([
			['summary', 3911.72, 3901.72],
			['fiscal_summary', 3459.21, 3449.21],
		]);
	});

	it('negative_amount: an amount below zero in a spending table', () => {
		const ds = edited(
			FINAL,
			'一、一般公共预算财政拨款收入\t1\t3,449.21\t一、一般公共服务支出\t32\t3.46',
			'一、一般公共预算财政拨款收入\t1\t3,449.21\t一、一般公共服务支出\t32\t-3.46',
			2,
		);
		expect(rule(ds, 'negative_amount').length).toBeGreaterThan(0);
		expect(rule(clean.final, 'negative_amount')).toEqual([]);
	});
});
