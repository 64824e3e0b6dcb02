/**
 * 部门简报 for 阳泉市司法局, against the documents: 000 (2024 预算) line 214 支出合计 2,854.81, line 437
 * 三公 33.60; 001 (2023 决算) 支出合计 3,963.84, line 449 三公 12.65, line 549 完成年初预算的
 * 110.33%, line 1055 部门整体自评 总分 88; 004 (2022 项目自评) 15 projects of the department itself
 * (the others were carried out by its units). 承德市司法局 (003) is the comparable department.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { ALL } from '../../src/queries/scope.js';
import { headlines } from '../../src/queries/headlines.js';
import { threePublicTrend } from '../../src/queries/threePublicTrend.js';
import { executionByClass } from '../../src/queries/executionByClass.js';
import { performanceEvals } from '../../src/queries/performanceEvals.js';
import {
	comparables,
	functionOf,
	shares,
	threePublicChanges,
	yearRows,
} from '../../src/views/brief/brief.js';

const YQ = '阳泉市司法局';

describe('brief', () => {
	it('names a department by its function, without its place', () => {
		expect(functionOf('阳泉市司法局', '阳泉市')).toBe('司法局');
		expect(functionOf('上海市普陀区财政局', '上海市普陀区')).toBe('财政局');
		expect(functionOf('山西省阳泉市晋东公证处', null)).toBe('晋东公证处');
		expect(
			comparables(YQ, '阳泉市', [
				{ entity: '承德市司法局', city: '承德市' },
				{ entity: '阳泉市强制隔离戒毒所', city: '阳泉市' },
				{ entity: '上海市普陀区财政局', city: '上海市普陀区' },
				{ entity: '承德市司法局', city: '承德市' },
			]),
		).toEqual([{ entity: '承德市司法局', city: '承德市' }]);
	});

	it('gives the years of the department with their sources', async () => {
		const db = await seedDb();
		// One query at a time on the one connection, as the page runs them.
		const heads = await headlines(db, ALL);
		const trend = await threePublicTrend(db, ALL, 'both');
		const exec = await executionByClass(db, ALL);
		const evals = await performanceEvals(db, ALL);
		const rows = yearRows(YQ, heads, trend, exec, evals);
		expect(rows.map((r) => r.year)).toEqual([2022, 2023, 2024]);
		const [y2022, y2023, y2024] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
		expect(y2022).toMatchObject({ budget: null, final: null, projects: 15 });
		expect(y2023).toMatchObject({
			final: 3963.84,
			final_doc: '11a72be0e203cc23',
			three_public_final: 12.65,
			execution_rate: 110.33,
			execution_line: 549,
			score: 88,
		});
		expect(y2024).toMatchObject({
			budget: 2854.81,
			budget_doc: '9fe8ed7e4cfd394f',
			budget_line: 214,
			three_public_budget: 33.6,
		});
		// 000 line 214: 基本支出 2,362.18 of 2,854.81 = 82.7 %
		expect(y2024.basic_share).toBe(82.7);
	});

	it('gives the 三公 change and the shares against the comparable department', async () => {
		const db = await seedDb();
		const heads = await headlines(db, ALL);
		const trend = await threePublicTrend(db, ALL, 'both');
		const total = threePublicChanges(YQ, trend).find(
			(c) => c.category === 'total' && c.basis === 'budget',
		);
		// 000 line 543: 预算33.60万元比2023年增加12.00万元
		expect(total).toMatchObject({ amount: 33.6, change: 12, change_pct: 55.6 });
		const s = shares([YQ, '承德市司法局'], heads, 'budget');
		// 003: 支出合计 4,148.23, 基本 3,060.90, 三公 14.55
		expect(s.map((x) => [x.entity, x.year, x.basic_share, x.three_public_share])).toEqual([
			[YQ, 2024, 82.7, 1.18],
			['承德市司法局', 2024, 73.8, 0.35],
		]);
	});
});
