/**
 * 三公 change on the year before, against what the documents say: 001 line 573 "支出决算12.65万元 …
 * 比上年度减少18.56万元"; 000 line 543 "预算33.60万元比2023年增加12.00万元"; 003 line 510 "14.55万元 …
 * 与2023年相比减少0.03万元". The percentages follow from those two figures.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { threePublicTrend } from '../../src/queries/threePublicTrend.js';
import { ALL } from '../../src/queries/scope.js';
import { latestChanges } from '../../src/views/threePublic/changes.js';

describe('latestChanges', () => {
	it('gives the change in 万元 and percent the documents state', async () => {
		const changes = latestChanges(await threePublicTrend(await seedDb(), ALL, 'both'));
		const of = (entity: string, basis: string, category = 'total') =>
			changes.find((c) => c.entity === entity && c.basis === basis && c.category === category);
		expect(of('阳泉市司法局', 'final')).toMatchObject({
			year: 2023,
			amount: 12.65,
			prior_year: 2022,
			prior: 31.21,
			change: -18.56,
			change_pct: -59.5,
			narrative: true,
			line: 449,
			prior_line: 573,
		});
		expect(of('阳泉市司法局', 'budget')).toMatchObject({
			year: 2024,
			amount: 33.6,
			prior: 21.6,
			change: 12,
			change_pct: 55.6,
		});
		expect(of('承德市司法局', 'budget')).toMatchObject({
			amount: 14.55,
			prior: 14.58,
			change: -0.03,
			change_pct: -0.2,
		});
		// 公务用车购置费 2023 决算 0 against 17.98: −100 %; a zero base gives no percentage.
		expect(of('阳泉市司法局', 'final', 'vehicle_purchase')).toMatchObject({
			amount: 0,
			prior: 17.98,
			change_pct: -100,
		});
		for (const c of changes.filter((x) => x.prior === 0)) expect(c.change_pct).toBeNull();
	});

	it('compares only consecutive years', () => {
		const point = (year: number, amount: number) => ({
			doc_id: 'x',
			city: 'c',
			entity: 'e',
			year,
			basis: 'budget',
			category: 'total',
			amount,
			source: 'table',
			line: 1,
			doc_kind: 'budget',
			doc_year: year,
		});
		expect(latestChanges([point(2022, 10), point(2024, 12)])[0]).toMatchObject({
			year: 2024,
			prior: null,
			change_pct: null,
		});
	});
});
