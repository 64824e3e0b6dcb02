/**
 * compareDocs against the real dataset: documents aligned by code, shares of each one's 合计, the
 * change from A to B, and codes only one side lists. Figures read by hand from data/raw/*.txt.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { compareDocs } from '../../src/queries/compareDocs.js';

const YQ_2024 = '9fe8ed7e4cfd394f';
const YQ_2023_FINAL = '11a72be0e203cc23';
const YQ_UNIT_2025 = '7754fa8c276d709c';
const CD_2024 = 'a7d6f4822a5d5a60';

describe('compareDocs', () => {
	it('aligns 阳泉 and 承德 2024 by functional code, with shares and the change', async () => {
		const rows = await compareDocs(await seedDb(), [YQ_2024, CD_2024], 'functional');
		const at = (code: string) => rows.find((r) => r.code === code)!;
		expect(rows[0]!.code).toBe('合计');
		// 000 line 214 合计 2854.81; 003 line 167 合计 4148.23
		expect(at('合计').cells.map((c) => c?.amount)).toEqual([2854.81, 4148.23]);
		expect(at('合计').change).toBe(1293.42);
		// 000 line 218: 204 2162.16; 003 line 168: 204 3397.31
		const safety = at('204');
		expect(safety.cells.map((c) => [c?.amount, c?.line])).toEqual([
			[2162.16, 218],
			[3397.31, 168],
		]);
		expect(safety.cells.map((c) => c?.share)).toEqual([75.74, 81.9]); // 2162.16 / 2854.81, 3397.31 / 4148.23
		expect(safety.change).toBe(1235.15);
		expect(safety.change_pct).toBe(57.13);
		// 000 line 219: 20406 司法 961.97 (33.70 % of 2854.81)
		expect(at('20406').cells[0]).toMatchObject({
			amount: 961.97,
			share: 33.7,
			doc: YQ_2024,
			line: 219,
		});
	});

	it('shows codes one side lacks as missing, not as zero', async () => {
		const rows = await compareDocs(await seedDb(), [YQ_2024, CD_2024], 'functional');
		const at = (code: string) => rows.find((r) => r.code === code)!;
		// 000 line 215: 201 一般公共服务支出 3.38, which 承德 does not list
		expect(at('201').cells[0]?.amount).toBe(3.38);
		expect(at('201').cells[1]).toBeNull();
		expect(at('201').change_pct).toBe(-100);
		// 003 line 177: 2040610 社区矫正 20.00, which 阳泉 does not list: no percent change
		expect(at('2040610').cells[0]).toBeNull();
		expect(at('2040610')).toMatchObject({ change: 20, change_pct: null });
	});

	it('compares one department across years: 2023 决算 → 2024 预算', async () => {
		const rows = await compareDocs(await seedDb(), [YQ_2023_FINAL, YQ_2024], 'functional');
		const at = (code: string) => rows.find((r) => r.code === code)!;
		// 001 line 214 合计 3,963.84 → 000 line 214 2854.81
		expect(at('合计')).toMatchObject({ change: -1109.03, change_pct: -27.98 });
		// 001 line 226: 2040650 事业运行 615.64 is gone from the 2024 budget
		expect(at('2040650')).toMatchObject({ change: -615.64, change_pct: -100 });
		expect(at('2040650').cells[1]).toBeNull();
	});

	it('compares one column: 项目支出', async () => {
		const rows = await compareDocs(await seedDb(), [YQ_2024, CD_2024], 'functional', 'project');
		const at = (code: string) => rows.find((r) => r.code === code)!;
		// 000 line 219 项目支出 387.20; 003 line 169 331.79; 合计 492.63 / 1087.32
		expect(at('20406').cells.map((c) => c?.amount)).toEqual([387.2, 331.79]);
		expect(at('合计').cells.map((c) => c?.amount)).toEqual([492.63, 1087.32]);
		// 2040601 行政运行 is 基本支出 only in both: no 项目支出 row to compare
		expect(rows.some((r) => r.code === '2040601')).toBe(false);
	});

	it('aligns the economic classification: 人员经费 / 公用经费, 类 and 款', async () => {
		const rows = await compareDocs(await seedDb(), [YQ_2024, YQ_UNIT_2025, CD_2024], 'economic');
		const at = (code: string) => rows.find((r) => r.code === code)!;
		expect(rows.slice(0, 3).map((r) => r.code)).toEqual(['合计', '人员经费', '301']);
		// 000 line 345 人员经费 2026.82; 002 line 272 1467.19; 003 line 352 2712.09
		expect(at('人员经费').cells.map((c) => c?.amount)).toEqual([2026.82, 1467.19, 2712.09]);
		// 002 line 272: 合计 1677.68 → 人员经费 87.45 %
		expect(at('人员经费').cells[1]?.share).toBe(87.45);
		// 003 line 391: 30301 离休费 46.70 — only 承德
		expect(at('30301').cells.map((c) => c?.amount ?? null)).toEqual([null, null, 46.7]);
		// every 公用经费 code comes after 人员经费's
		const order = rows.map((r) => r.code);
		expect(order.indexOf('公用经费')).toBeGreaterThan(order.indexOf('30309'));
		expect(order.indexOf('302')).toBe(order.indexOf('公用经费') + 1);
	});
});
