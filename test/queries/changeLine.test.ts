/**
 * Every headline card's change on last year compares like with like, and its percentage follows
 * from the two figures the card itself shows (this year's and last year's, on the measure it names):
 * no percentage whose base is hidden. 阳泉市司法局 2023 决算 (001 line 491): 支出总计 5,380.47, last
 * year 5,561.98 by the narrative — the card names 5,380.47, not only the 支出合计 3,963.84.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { headlines } from '../../src/queries/headlines.js';
import { ALL } from '../../src/queries/scope.js';
import { changeLine } from '../../src/views/overview/changeLine.js';
import { fmtWan } from '../../src/lib/format.js';

const num = (s: string) => Number(s.replace(/,/g, ''));

describe('changeLine', () => {
	it("follows from the card's own figures on every document", async () => {
		const rows = await headlines(await seedDb(), ALL);
		expect(rows.length).toBeGreaterThan(5);
		let compared = 0;
		for (const h of rows) {
			const line = changeLine(h);
			const pct = line.match(/比上年 ([+-]?\d+(?:\.\d+)?)%/);
			if (!pct) continue;
			compared++;
			const prior = num(line.match(/上年(?:支出总计)? ([\d,]+\.\d+) 万元/)![1]!);
			// This year's figure: named in the line, else the card's big number (支出合计).
			const named = line.match(/^支出总计 ([\d,]+\.\d+) 万元/);
			const now = named ? num(named[1]!) : num(fmtWan(h.total));
			expect(Number(pct[1]), `${h.entity} ${h.fiscal_year}: ${line}`).toBeCloseTo(
				(now / prior - 1) * 100,
				1,
			);
		}
		expect(compared).toBeGreaterThan(3);
	});

	it('names 支出总计 when the narrative gives last year on that base', async () => {
		const rows = await headlines(await seedDb(), ALL);
		const final = rows.find((r) => r.doc_id === '11a72be0e203cc23')!;
		expect(changeLine(final)).toBe(
			'支出总计 5,380.47 万元，比上年 -3.3%（上年支出总计 5,561.98 万元，据文中说明）',
		);
	});

	it('does not compare 支出合计 with a narrative 支出总计', () => {
		expect(
			changeLine({
				change_pct: 2.1,
				prior_source: 'narrative',
				prior_total: 100,
				grand_total: null,
			}),
		).toBe('上年支出总计 100.00 万元（据文中说明）；本年支出总计未能读取，不作比较');
		expect(
			changeLine({ change_pct: null, prior_source: null, prior_total: null, grand_total: 5 }),
		).toBe('无上年可比数');
	});
});
