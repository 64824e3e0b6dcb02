/**
 * 预算执行, read from the documents by hand: 001 (阳泉市司法局 2023 决算) line 549 (the whole) and
 * 551 (by 类); 004 (2022 项目支出绩效自评) project forms; 001 line 979 部门整体支出绩效自评表.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { executionByClass } from '../../src/queries/executionByClass.js';
import { executionByProject } from '../../src/queries/executionByProject.js';
import { ALL } from '../../src/queries/scope.js';

describe('executionByClass', () => {
	it('gives 年初预算 against 决算, the whole first, with computed and printed rates', async () => {
		const rows = await executionByClass(await seedDb(), {
			cities: ['阳泉市'],
			entities: [],
			years: [],
		});
		// line 549: 年初预算3,126.32万元，支出决算3,449.21万元，完成年初预算的110.33%
		expect(rows[0]).toMatchObject({
			code: null,
			budget: 3126.32,
			final: 3449.21,
			rate: 110.33,
			stated_rate: 110.33,
			difference: 322.89,
			rate_differs: false,
			deviation: 'over',
			line: 549,
			doc_id: '11a72be0e203cc23',
			city: '阳泉市',
			year: 2023,
		});
		// line 551: 社会保障和就业支出 274.88 → 357.59, 130.09%; 卫生健康支出 85.37 → 75.33, 88.24%
		const byCode = new Map(rows.map((r) => [r.code, r]));
		expect(byCode.get('208')).toMatchObject({
			budget: 274.88,
			final: 357.59,
			rate: 130.09,
			deviation: 'over',
			line: 551,
		});
		expect(byCode.get('210')).toMatchObject({
			budget: 85.37,
			final: 75.33,
			rate: 88.24,
			stated_rate: 88.24,
			deviation: 'under',
		});
		// 公共安全支出 2581.61 → 2812.68, 108.95%: inside ±10 points
		expect(byCode.get('204')).toMatchObject({ final: 2812.68, rate: 108.95, deviation: 'within' });
		expect(rows.map((r) => r.code)).toEqual([null, '201', '204', '208', '210', '221']);
	});

	it('honours the scope', async () => {
		const db = await seedDb();
		expect(await executionByClass(db, { cities: ['承德市'], entities: [], years: [] })).toEqual([]);
		// 2024: only the Shanghai 财政局 决算, whose 情况说明 (PDF p21) says 年初预算2,993.92万元，支出决算2,940.05万元，
		// 完成年初预算的98.20%.
		const y2024 = await executionByClass(db, { cities: [], entities: [], years: [2024] });
		expect(new Set(y2024.map((r) => r.entity))).toEqual(new Set(['上海市普陀区财政局']));
		expect(y2024[0]).toMatchObject({
			code: null,
			budget: 2993.92,
			final: 2940.05,
			stated_rate: 98.2,
		});
		expect(
			await executionByClass(db, { cities: ['阳泉市'], entities: ['阳泉市司法局'], years: [2023] }),
		).toHaveLength(6);
	});
});

describe('executionByProject', () => {
	it('gives budget against executed per project, lowest rate first, the department as a whole on top', async () => {
		const rows = await executionByProject(await seedDb(), ALL);
		// 001 line 986: 收入合计 5380.47, 支出合计 3963.84 → 73.67 %
		expect(rows[0]).toMatchObject({
			level: 'department',
			name: '阳泉市司法局',
			budget: 5380.47,
			executed: 3963.84,
			execution_rate: 73.67,
			deviation: 'under',
			year: 2023,
		});
		const exam = rows.find((r) => r.name === '国家统一法律职业资格证书考试经费')!;
		// 004 line 698: 项目预算金额 10, 实际执行金额 2.73
		expect(exam).toMatchObject({
			budget: 10,
			executed: 2.73,
			execution_rate: 27.3,
			unspent: 7.27,
			deviation: 'under',
			score: 95,
			grade: '优',
			year: 2022,
			doc_id: '0158e039403234a9',
		});
		// 004 line 401ff: 810000 in a 万元 column, i.e. 元: 81 and 32 万元
		expect(rows.find((r) => r.name === '阳泉市行政执法标准化法律服务项目')).toMatchObject({
			budget: 81,
			executed: 32,
			execution_rate: 39.51,
		});
		const projects = rows.filter((r) => r.level === 'project');
		const rates = projects.map((r) => r.execution_rate).filter((r): r is number => r !== null);
		expect(rates).toEqual([...rates].sort((a, b) => a - b));
		expect(projects[0]!.execution_rate).toBe(0);
		// A form that leaves 实际执行 blank keeps its row, with no rate, at the end.
		expect(projects.at(-1)!.execution_rate).toBeNull();
	});

	it('matches entities by the unit that carried out the project, and only that unit', async () => {
		const db = await seedDb();
		const unit = await executionByProject(db, {
			cities: [],
			entities: ['阳泉市强制隔离戒毒所'],
			years: [],
		});
		expect(unit.length).toBe(7);
		expect(new Set(unit.map((r) => r.entity))).toEqual(new Set(['阳泉市强制隔离戒毒所']));
		expect(new Set(unit.map((r) => r.department))).toEqual(new Set(['阳泉市司法局']));
		expect(unit.find((r) => r.name === '强制隔离戒毒人员生活')).toMatchObject({
			budget: 99.69,
			executed: 65.5,
			execution_rate: 65.7,
		});
		// The department alone: its own form and projects, not the 7 its unit carried out.
		const dept = await executionByProject(db, {
			cities: [],
			entities: ['阳泉市司法局'],
			years: [2022],
		});
		expect(dept.length).toBe(25 - 7);
		expect(dept.some((r) => r.entity === '阳泉市强制隔离戒毒所')).toBe(false);
		const both = await executionByProject(db, {
			cities: [],
			entities: ['阳泉市司法局', '阳泉市强制隔离戒毒所'],
			years: [2022],
		});
		expect(both.length).toBe(25);
		expect(await executionByProject(db, { cities: ['承德市'], entities: [], years: [] })).toEqual(
			[],
		);
	});
});
