/**
 * The 绩效评价 queries against the real dataset. Expected figures read by hand from
 * data/raw/004_e364f7909731df57.txt (25 项目支出绩效自评表 of 2022) and the 部门整体支出绩效自评表 in
 * data/raw/001_3e5e580ab2a95934.txt.
 */
import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { performanceEvals } from '../../src/queries/performanceEvals.js';
import { indicators } from '../../src/queries/indicators.js';
import { ALL } from '../../src/queries/scope.js';

const SELF = '0158e039403234a9';
const FINAL = '11a72be0e203cc23';

describe('performanceEvals', () => {
	it('lists the 25 project self-evaluations of 2022 and the department form apart', async () => {
		const rows = await performanceEvals(await seedDb(), ALL);
		const projects = rows.filter((r) => r.level === 'project');
		expect(projects).toHaveLength(25);
		expect(new Set(projects.map((r) => r.year))).toEqual(new Set([2022]));
		// 001 line 979 on: 部门整体支出绩效自评表, 收入合计 5380.47, 支出合计 3963.84, 总分 88 (line 1055)
		const dept = rows.filter((r) => r.level === 'department');
		expect(dept).toHaveLength(1);
		expect(dept[0]).toMatchObject({
			doc_id: FINAL,
			name: '阳泉市司法局',
			year: 2023,
			executed: 3963.84,
			score: 88,
			grade: '良',
		});
	});

	it('reads 法律顾问费: budget 6, executed 4.3, 总分 93', async () => {
		const rows = await performanceEvals(await seedDb(), ALL);
		// 004 line 134: 6 | 6 | 4.3; line 176: 总分 93分
		const r = rows.find((r) => r.name === '法律顾问费')!;
		expect(r).toMatchObject({
			doc_id: SELF,
			budget: 6,
			available: 6,
			executed: 4.3,
			score: 93,
			grade: '优',
			city: '阳泉市',
		});
		expect(r.execution_rate).toBeCloseTo(71.67, 2);
		expect(r.line).toBeGreaterThanOrEqual(124);
		expect(r.line).toBeLessThanOrEqual(134);
	});

	it('keeps a blank 总分 blank, not 0, and a printed 0 as 0', async () => {
		const rows = await performanceEvals(await seedDb(), ALL);
		// 004 line 108: '总 分' with an empty cell (全市“八五”普法宣传经费)
		const blank = rows.find((r) => r.name === '全市“八五”普法宣传经费')!;
		expect(blank.score).toBeNull();
		expect(blank.grade).toBeNull();
		// 004 line 1535: 法律服务项目 总分 0, its amounts all blank (line 1502)
		const zero = rows.find((r) => r.name === '法律服务项目')!;
		expect(zero.score).toBe(0);
		expect(zero.execution_rate).toBeNull();
	});

	it('finds the full scores with low execution: 国家统一法律职业资格证书考试经费 95 at 27.3 %', async () => {
		const rows = await performanceEvals(await seedDb(), ALL);
		const flagged = rows
			.filter(
				(r) =>
					r.level === 'project' &&
					r.score !== null &&
					r.score >= 90 &&
					r.execution_rate !== null &&
					r.execution_rate < 80,
			)
			.map((r) => r.name);
		// 004 line 698: 10 | 10 | 2.73, 总分 95 (line 728); line 1189: 99.69 | 65.5 | 65.5, 总分 94
		expect(flagged).toEqual(
			expect.arrayContaining([
				'法律顾问费',
				'国家统一法律职业资格证书考试经费',
				'强制隔离戒毒人员生活',
			]),
		);
		const exam = rows.find((r) => r.name === '国家统一法律职业资格证书考试经费')!;
		expect([exam.budget, exam.executed, exam.score]).toEqual([10, 2.73, 95]);
	});

	it('honours the scope, including a project unit chosen as entity', async () => {
		const db = await seedDb();
		expect(await performanceEvals(db, { cities: ['承德市'], entities: [], years: [] })).toEqual([]);
		const y2023 = await performanceEvals(db, { cities: [], entities: [], years: [2023] });
		expect(y2023.map((r) => r.level)).toEqual(['department']);
		const unit = await performanceEvals(db, {
			cities: [],
			entities: ['阳泉市强制隔离戒毒所'],
			years: [],
		});
		expect(unit.length).toBeGreaterThanOrEqual(6);
		expect(new Set(unit.map((r) => r.entity))).toEqual(new Set(['阳泉市强制隔离戒毒所']));
		// The department means itself: its unit's projects only when the unit is chosen too.
		const dept = await performanceEvals(db, {
			cities: [],
			entities: ['阳泉市司法局'],
			years: [2022],
		});
		expect(dept.some((r) => r.entity === '阳泉市强制隔离戒毒所')).toBe(false);
		const both = await performanceEvals(db, {
			cities: [],
			entities: ['阳泉市司法局', '阳泉市强制隔离戒毒所'],
			years: [2022],
		});
		expect(both).toHaveLength(25);
		expect(dept).toHaveLength(25 - unit.filter((r) => r.year === 2022).length);
	});
});

describe('indicators', () => {
	it('gives the indicator rows of 法律顾问费 (004 lines 149–173)', async () => {
		const db = await seedDb();
		const evalRow = (await performanceEvals(db, ALL)).find((r) => r.name === '法律顾问费')!;
		const rows = await indicators(db, evalRow.doc_id, evalRow.line);
		const byName = new Map(rows.map((r) => [r.name, r]));
		// line 149: 数量指标 法律顾问 4个律师事务所 100%; line 173: 服务满意率 90%
		expect(byName.get('法律顾问')).toMatchObject({
			level1: '产出指标',
			level2: '数量指标',
			target: '4个律师事务所',
			actual: '100%',
			line: 149,
		});
		expect(byName.get('完成市政府合同审核')).toMatchObject({ target: '10件', line: 150 });
		expect(byName.get('服务满意率')).toMatchObject({
			level1: '满意度指标',
			target: '90%',
			line: 173,
		});
		expect(rows.every((r) => r.doc_id === SELF && r.eval_line === evalRow.line)).toBe(true);
		expect(rows.map((r) => r.line)).toEqual([...rows.map((r) => r.line)].sort((a, b) => a - b));
	});

	it('gives the department form its own indicators (001: 人民调解成功率 ≥95% / 99.85%, line 1034)', async () => {
		const db = await seedDb();
		const dept = (await performanceEvals(db, ALL)).find((r) => r.level === 'department')!;
		const rows = await indicators(db, dept.doc_id, dept.line);
		expect(rows.find((r) => r.name === '人民调解成功率')).toMatchObject({
			target: '≥95%',
			actual: '99.85%',
			line: 1034,
		});
		expect(await indicators(db, dept.doc_id, 1)).toEqual([]);
	});
});
