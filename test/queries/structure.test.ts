/**
 * functionalTree and economicBreakdown against the real dataset; every figure read by hand from
 * data/raw/*.txt (file and line in the comments).
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { functionalTree } from '../../src/queries/functionalTree.js';
import { economicBreakdown } from '../../src/queries/economicBreakdown.js';

const YQ_2024 = '9fe8ed7e4cfd394f';
const YQ_2023_FINAL = '11a72be0e203cc23';
const CD_2024 = 'a7d6f4822a5d5a60';

describe('functionalTree', () => {
	it('gives each code of the 支出总表 with 合计 / 基本 / 项目, its parent and its source line', async () => {
		const rows = await functionalTree(await seedDb(), [YQ_2024, CD_2024]);
		const at = (doc: string, code: string) =>
			rows.find((r) => r.doc_id === doc && r.code === code)!;
		// 000 line 214: 合计 2854.81 | 2362.18 | 492.63
		expect(at(YQ_2024, '合计')).toMatchObject({
			parent: null,
			level: 0,
			total: 2854.81,
			basic: 2362.18,
			project: 492.63,
			line: 214,
			derived: false,
		});
		// 000 line 219: 20406 司法 961.97 | 574.78 | 387.20
		expect(at(YQ_2024, '20406')).toMatchObject({
			name: '司法',
			parent: '204',
			level: 2,
			total: 961.97,
			basic: 574.78,
			project: 387.2,
			line: 219,
		});
		// 000 line 221: 2040602 一般行政管理事务 331.70, 项目支出 only
		expect(at(YQ_2024, '2040602')).toMatchObject({
			parent: '20406',
			total: 331.7,
			basic: null,
			project: 331.7,
			line: 221,
		});
		// 003 line 168: 204 公共安全支出 3397.31 | 2309.99 | 1087.32, under 合计
		expect(at(CD_2024, '204')).toMatchObject({
			parent: '合计',
			level: 1,
			total: 3397.31,
			basic: 2309.99,
			project: 1087.32,
			line: 168,
		});
		// 003 line 174: 2040606 律师管理 89.33 | 66.74 | 22.59
		expect(at(CD_2024, '2040606')).toMatchObject({
			total: 89.33,
			basic: 66.74,
			project: 22.59,
			line: 174,
		});
	});

	it('keeps each document to its own codes, in tree order with 合计 first', async () => {
		const rows = await functionalTree(await seedDb(), [CD_2024]);
		expect(rows.every((r) => r.doc_id === CD_2024)).toBe(true);
		expect(rows[0]!.code).toBe('合计');
		// 承德 lists no 201 一般公共服务支出 (003 lines 167–213), 阳泉 does (000 line 215).
		expect(rows.some((r) => r.code === '201')).toBe(false);
		const codes = rows.slice(1).map((r) => r.code);
		expect(codes).toEqual([...codes].sort());
	});

	it('leaves 经营支出 out of 基本 and 项目 in a final account', async () => {
		const rows = await functionalTree(await seedDb(), [YQ_2023_FINAL]);
		// 001 line 226: 2040650 事业运行 615.64 = 基本支出 259.92 + 经营支出 355.72
		expect(rows.find((r) => r.code === '2040650')).toMatchObject({
			total: 615.64,
			basic: 259.92,
			project: null,
			line: 226,
		});
	});
});

describe('economicBreakdown', () => {
	it('sums rows printed once per 政府预算经济科目 and keeps every source line', async () => {
		const rows = await economicBreakdown(await seedDb(), [YQ_2024]);
		const at = (code: string) => rows.find((r) => r.code === code)!;
		// 000 line 345: 合计 2362.18 | 人员经费 2026.82 | 公用经费 335.36
		expect(at('合计')).toMatchObject({
			parent: null,
			depth: 0,
			amount: 2362.18,
			line: 345,
			derived: false,
		});
		expect(at('人员经费')).toMatchObject({ parent: '合计', depth: 1, amount: 2026.82, line: 345 });
		expect(at('公用经费')).toMatchObject({ parent: '合计', depth: 1, amount: 335.36 });
		// 000 line 346: 工资福利支出 1852.49; lines 347–348: 基本工资 488.85 + 14.06
		expect(at('301')).toMatchObject({ parent: '人员经费', depth: 2, amount: 1852.49, line: 346 });
		expect(at('30101')).toMatchObject({
			parent: '301',
			depth: 3,
			amount: 502.91,
			line: 347,
			lines: '347、348',
		});
		// 000 line 384: 对个人和家庭的补助 174.33 counts as 人员经费
		expect(at('303')).toMatchObject({ parent: '人员经费', category: 'personnel', amount: 174.33 });
	});

	it('derives a 合计 the table does not print from 人员经费合计 and 公用经费合计', async () => {
		const rows = await economicBreakdown(await seedDb(), [YQ_2023_FINAL, CD_2024]);
		const at = (doc: string, code: string) =>
			rows.find((r) => r.doc_id === doc && r.code === code)!;
		// 001 line 392: 人员经费合计 2,378.75, 公用经费合计 323.43 (no 合计 row)
		expect(at(YQ_2023_FINAL, '人员经费')).toMatchObject({
			amount: 2378.75,
			line: 392,
			derived: false,
		});
		expect(at(YQ_2023_FINAL, '合计')).toMatchObject({ amount: 2702.18, derived: true });
		// 001 line 382: 310 资本性支出 0.50 is 公用经费
		expect(at(YQ_2023_FINAL, '310')).toMatchObject({ parent: '公用经费', amount: 0.5 });
		// 003 lines 352–353: 合计 3060.90, 工资福利支出 2474.10
		expect(at(CD_2024, '合计')).toMatchObject({ amount: 3060.9, line: 352, derived: false });
		expect(at(CD_2024, '301')).toMatchObject({ amount: 2474.1, line: 353 });
	});
});
