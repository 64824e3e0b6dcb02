/**
 * 三公经费 over the years, read from the documents by hand: 001 (阳泉市司法局 2023 决算) line 449
 * 财政拨款“三公”经费支出决算表, line 573 narrative; 000 (2024 预算) lines 434–437 and 543;
 * 002 (阳泉市强制隔离戒毒所 2025 预算) line 350; 003 (承德市司法局 2024 预算) line 438 and 510.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { threePublicTrend, type ThreePublicPoint } from '../../src/queries/threePublicTrend.js';
import { ALL } from '../../src/queries/scope.js';

const pick = (
	rows: ThreePublicPoint[],
	entity: string,
	year: number,
	basis: string,
	category = 'total',
) =>
	rows.filter(
		(r) => r.entity === entity && r.year === year && r.basis === basis && r.category === category,
	);

describe('threePublicTrend', () => {
	it('gives table figures with their source line', async () => {
		const rows = await threePublicTrend(await seedDb(), ALL, 'both');
		// 001 line 449: 预算数 12.65 | … | 0.54, 决算数 12.65 | | 12.10 | | 12.10 | 0.54
		const final = pick(rows, '阳泉市司法局', 2023, 'final');
		expect(final).toMatchObject([
			{ amount: 12.65, source: 'table', doc_id: '11a72be0e203cc23', line: 449, city: '阳泉市' },
		]);
		expect(pick(rows, '阳泉市司法局', 2023, 'final', 'reception')[0]).toMatchObject({
			amount: 0.54,
			line: 449,
		});
		expect(pick(rows, '阳泉市司法局', 2023, 'final', 'vehicle_operation')[0]!.amount).toBe(12.1);
		// The 决算 table's 预算数 is the adjusted full-year budget: its own series.
		expect(pick(rows, '阳泉市司法局', 2023, 'adjusted_budget')).toMatchObject([
			{ amount: 12.65, source: 'table', line: 449 },
		]);
		// 000 line 437: 合计 33.60; line 435: ①公务用车购置费 12.00
		expect(pick(rows, '阳泉市司法局', 2024, 'budget')).toMatchObject([
			{ amount: 33.6, source: 'table', line: 437, doc_kind: 'budget', doc_year: 2024 },
		]);
		expect(pick(rows, '阳泉市司法局', 2024, 'budget', 'vehicle_purchase')[0]!.amount).toBe(12);
		// 003 line 438: 合计 14.55; 公务接待费 3.15
		expect(pick(rows, '承德市司法局', 2024, 'budget')[0]).toMatchObject({
			amount: 14.55,
			city: '承德市',
			line: 438,
		});
		expect(pick(rows, '承德市司法局', 2024, 'budget', 'reception')[0]!.amount).toBe(3.15);
		// 002 line 350: 合计 12.60
		expect(pick(rows, '阳泉市强制隔离戒毒所', 2025, 'budget')[0]).toMatchObject({
			amount: 12.6,
			line: 350,
		});
	});

	it('gives prior-year figures implied by the narrative, marked as such', async () => {
		const rows = await threePublicTrend(await seedDb(), ALL, 'both');
		// 001 line 573: 支出决算12.65万元 … 比上年度减少18.56万元 → 2022 决算 31.21
		expect(pick(rows, '阳泉市司法局', 2022, 'final')).toMatchObject([
			{ amount: 31.21, source: 'narrative', line: 573, doc_year: 2023 },
		]);
		// line 577: 公务用车购置费支出0万元 … 比上年度减少17.98万元 → 2022 17.98
		expect(pick(rows, '阳泉市司法局', 2022, 'final', 'vehicle_purchase')[0]).toMatchObject({
			amount: 17.98,
			source: 'narrative',
		});
		// 000 line 543: 预算33.60万元比2023年增加12.00万元 → 2023 预算 21.60
		expect(pick(rows, '阳泉市司法局', 2023, 'budget')).toMatchObject([
			{ amount: 21.6, source: 'narrative', line: 543 },
		]);
		// 003 line 510: 14.55万元 … 与2023年相比减少0.03万元 → 14.58
		expect(pick(rows, '承德市司法局', 2023, 'budget')[0]).toMatchObject({
			amount: 14.58,
			source: 'narrative',
			line: 510,
		});
	});

	it('filters by basis: budget keeps 年初 and adjusted budgets, final only the final accounts', async () => {
		const db = await seedDb();
		const budget = await threePublicTrend(db, ALL, 'budget');
		expect(new Set(budget.map((r) => r.basis))).toEqual(new Set(['budget', 'adjusted_budget']));
		const final = await threePublicTrend(db, ALL, 'final');
		expect(new Set(final.map((r) => r.basis))).toEqual(new Set(['final']));
		// 阳泉市司法局 2023 决算 line 573: 支出决算12.65万元
		expect(pick(final, '阳泉市司法局', 2023, 'final')[0]!.amount).toBe(12.65);
		const both = await threePublicTrend(db, ALL, 'both');
		expect(both).toHaveLength(budget.length + final.length);
	});

	it('honours the scope: city, entity and the year a figure is about', async () => {
		const db = await seedDb();
		const chengde = await threePublicTrend(
			db,
			{ cities: ['承德市'], entities: [], years: [] },
			'both',
		);
		expect(new Set(chengde.map((r) => r.entity))).toEqual(new Set(['承德市司法局']));
		const unit = await threePublicTrend(
			db,
			{ cities: [], entities: ['阳泉市强制隔离戒毒所'], years: [] },
			'both',
		);
		expect(new Set(unit.map((r) => r.entity))).toEqual(new Set(['阳泉市强制隔离戒毒所']));
		expect(
			unit.filter((r) => r.category === 'total').map((r) => [r.year, r.amount, r.source]),
		).toEqual([
			[2024, 12.6, 'narrative'],
			[2025, 12.6, 'table'],
		]);
		const y2022 = await threePublicTrend(db, { cities: [], entities: [], years: [2022] }, 'both');
		expect(
			y2022.filter((r) => r.category === 'total').map((r) => [r.entity, r.basis, r.amount]),
		).toEqual([['阳泉市司法局', 'final', 31.21]]);
	});
});
