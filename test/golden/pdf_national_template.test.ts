/**
 * Golden test: test/fixtures/pdf/national-template_部门决算模板_2024.pdf, the blank 部门决算 form
 * ('上海市 XX 局 2024 年度部门决算', 23 pages: p1-5, p10-11, p15-23 portrait 595.3 × 841.9 pt;
 * p6-9, p12-14 landscape).
 *
 * Read by hand from the page images (pdftoppm -r 80): every table is printed with its headers and
 * rows but no figure at all —
 * - p5 收入支出决算总表, p8-9 财政拨款收入支出决算总表: 项目 names only;
 * - p6 收入决算表, p7 支出决算表, p10 一般公共预算财政拨款支出决算表: sample codes (205 教育支出,
 *   20502 普通教育, 2050205 高等教育, 207, 20799, '…') with empty amount cells;
 * - p11 基本支出决算表: the full list of 经济分类 codes (301 … 31099), 决算数 empty;
 * - p12 三公 table: the 预算数 / 决算数 header row and one empty row;
 * - p13-14 政府性基金 / 国有资本经营 tables: 合计 row empty, with the '本表无数据' instruction;
 * - p15-21 情况说明: placeholders only ('收入支出总计 XXX 万元', 'XX%', 'XX 辆'); the only digits are
 *   years (2023, 2024), dates ('2024 年 12 月 31 日') and the fixed '单价 100 万元（含）以上设备'.
 * So the form parses as a 2024 final account with no amount anywhere, and being blank is not an
 * error.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdf, one, idOfFile } from './helpers.js';
import type { Dataset } from '../../src/schema/tables.js';

const DIR = join(import.meta.dirname, '../fixtures/pdf');
const FILE = 'national-template_部门决算模板_2024.pdf';
const DOC = idOfFile(join(DIR, FILE));

let ds: Dataset;
beforeAll(async () => {
	ds = await loadPdf(FILE, DIR);
});

const mine = <T extends { doc_id: string }>(all: T[]): T[] => all.filter((r) => r.doc_id === DOC);

describe('national template: the blank 部门决算 form (PDF)', () => {
	it('parses to one documents row: a 2024 final account read from a PDF', () => {
		const sha = createHash('sha256');
		sha.update(readFileSync(join(DIR, FILE)));
		expect(ds.documents).toHaveLength(1);
		expect(one(ds, 'documents', { doc_id: DOC })).toMatchObject({
			kind: 'final_account',
			fiscal_year: 2024,
			source_file: FILE,
			format: 'pdf',
			status: 'parsed',
			sha256: sha.digest('hex'),
			page_count: 23,
		});
	});

	it('has no amount anywhere: no functional, economic or 三公 rows', () => {
		expect(mine(ds.functional_items)).toEqual([]);
		expect(mine(ds.economic_items)).toEqual([]);
		expect(mine(ds.three_public)).toEqual([]);
	});

	it('reads no figure from the placeholders (XXX 万元, XX%, 单价 100 万元)', () => {
		expect(mine(ds.figures)).toEqual([]);
		expect(mine(ds.budget_execution)).toEqual([]);
		expect(mine(ds.projects)).toEqual([]);
		expect(mine(ds.performance_evals)).toEqual([]);
	});

	it('a blank form is not an error', () => {
		const issues = mine(ds.validation_issues);
		for (const i of issues) expect(['error', 'warning', 'info']).toContain(i.severity);
		expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
	});
});
