/**
 * Golden test: data/raw/004_e364f7909731df57.txt, 阳泉市项目支出绩效自评表 for the 2022 projects of
 * 阳泉市司法局 and its units (强制隔离戒毒所, 法律援助中心, 晋东公证处).
 *
 * Every expected figure and line number below was read by hand from the text (grep -n / sed -n)
 * and re-added by hand; nothing was copied from the parser's output.
 *
 * 25 forms. Form ranges are [first line, last line] of the source file (1-based). Section scores
 * as printed: 项目执行情况 (10) / 产出 (50) / 效益 (30) / 满意度 (10).
 */
import { describe, it, expect } from 'vitest';
import { load, one, rows } from './helpers.js';
import type { PerformanceEval, PerformanceIndicator } from '../../src/schema/tables.js';

const DOC = '0158e039403234a9';
const FILE = '004_e364f7909731df57.txt';
const DEPT = '阳泉市司法局';
const JDS = '阳泉市强制隔离戒毒所';
const FLYZ = '阳泉市法律援助中心';

const ds = () => load('004');
/** Whitespace dropped and full-width parentheses folded: cosmetic differences only. */
const squash = (s: string | null): string =>
	(s ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
const near = (a: number | null | undefined, b: number, tol: number) => {
	expect(a).not.toBeNull();
	expect(a).not.toBeUndefined();
	expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol);
};

type Form = {
	name: string;
	from: number;
	to: number;
	/** exact entity, a pattern it must match, or undefined to leave it unchecked */
	entity?: string | RegExp;
	budget: number | null;
	available: number | null;
	executed: number | null;
	rate: number | null;
	score: number | null;
	grade: string | null;
	/** tolerance for the money fields (万元) and the rate (%) */
	tol?: [number, number];
};

const FORMS: Form[] = [
	// 1: 实施单位 '阳泉市司法局普法与依法治理科' (a 科 of the department, label and value in one cell);
	//    sections 10+50+30+10 = 100 but 总分 90 (line 49, '总 分')
	{
		name: '“12.4”国家宪法日宪法宣传周宣传活动经费',
		from: 1,
		to: 61,
		entity: DEPT,
		budget: 1,
		available: 1,
		executed: 1,
		rate: 100,
		score: 90,
		grade: '优',
	},
	// 2: 总分 cell blank (line 108); 产出 score blank (line 84)
	{
		name: '全市“八五”普法宣传经费',
		from: 62,
		to: 123,
		entity: DEPT,
		budget: 1,
		available: 1,
		executed: 1,
		rate: 100,
		score: null,
		grade: null,
	},
	// 3: executed 4.3 (line 134) but 市、县财政 executed 6 (line 137); '93分' (line 176)
	{
		name: '法律顾问费',
		from: 124,
		to: 196,
		entity: DEPT,
		budget: 6,
		available: 6,
		executed: 4.3,
		rate: 71.67,
		score: 93,
		grade: '优',
	},
	// 4: 总分 on its own line: '总分' 255, '80' 257; sections 9+45+25+10 = 89
	{
		name: '法治政府建设全面咨询专项法律服务经费',
		from: 197,
		to: 266,
		entity: DEPT,
		budget: 71.4,
		available: 71.4,
		executed: 0,
		rate: 0,
		score: 80,
		grade: '良',
	},
	// 5: 总分 92 merged into the line '(10分)\t.....\t总分\t92' (316); 10+45+27+10 = 92
	{
		name: '公共法律服务平台建设经费',
		from: 267,
		to: 328,
		entity: DEPT,
		budget: 1,
		available: 1,
		executed: 1,
		rate: 100,
		score: 92,
		grade: '优',
	},
	// 6: 10+48+30+10 = 98
	{
		name: '行政复议应诉工作经费',
		from: 329,
		to: 394,
		entity: DEPT,
		budget: 20,
		available: 20,
		executed: 20,
		rate: 100,
		score: 98,
		grade: '优',
	},
	// 7: 810000 / 810000 / 320000 in the 万元 fields (line 407): 元 → 81 / 81 / 32 万元; 主管/实施 '市司法局'
	{
		name: '阳泉市行政执法标准化法律服务项目',
		from: 395,
		to: 457,
		entity: DEPT,
		budget: 81,
		available: 81,
		executed: 32,
		rate: 39.51,
		score: 83,
		grade: '良',
	},
	// 8: heading without '###' (460); 实施单位 山西省阳泉市晋东公证处; 90 → 优 although line 501 says 良
	{
		name: '阳泉市司法局购买公证法律服务等单一来源采购项目',
		from: 458,
		to: 512,
		entity: /晋东公证处$/,
		budget: 158.91,
		available: 158.91,
		executed: 158.88,
		rate: 99.98,
		score: 90,
		grade: '优',
	},
	{
		name: '人民监督员工作经费',
		from: 513,
		to: 568,
		entity: DEPT,
		budget: 5.85,
		available: 5.85,
		executed: 5.85,
		rate: 100,
		score: 95,
		grade: '优',
	},
	{
		name: '人民调解专项经费',
		from: 569,
		to: 625,
		entity: DEPT,
		budget: 1,
		available: 1,
		executed: 1,
		rate: 100,
		score: 95,
		grade: '优',
	},
	{
		name: '社区矫正工作经费',
		from: 626,
		to: 687,
		entity: DEPT,
		budget: 4.5,
		available: 4.5,
		executed: 4.5,
		rate: 100,
		score: 95,
		grade: '优',
	},
	{
		name: '国家统一法律职业资格证书考试经费',
		from: 688,
		to: 747,
		entity: DEPT,
		budget: 10,
		available: 10,
		executed: 2.73,
		rate: 27.3,
		score: 95,
		grade: '优',
	},
	// 13: '实际执行金额（万元） 4.5' label and value in one cell (760)
	{
		name: '依法行政宣传费',
		from: 748,
		to: 807,
		entity: DEPT,
		budget: 4.5,
		available: 4.5,
		executed: 4.5,
		rate: 100,
		score: 91,
		grade: '优',
	},
	// 14: same one-cell layout (818); no 填报日期
	{
		name: '依法治市工作经费',
		from: 808,
		to: 870,
		entity: DEPT,
		budget: 9,
		available: 9,
		executed: 9,
		rate: 100,
		score: 95,
		grade: '优',
	},
	// 15: 主管部门 printed twice (880, 881); executed 0
	{
		name: '异地交流任职干部房屋租金及生活补助',
		from: 871,
		to: 932,
		entity: DEPT,
		budget: 3.43,
		available: 3.43,
		executed: 0,
		rate: 0,
		score: 80,
		grade: '良',
	},
	{
		name: '强制隔离戒毒所单位运转经费',
		from: 933,
		to: 993,
		entity: JDS,
		budget: 40,
		available: 40,
		executed: 40,
		rate: 100,
		score: 96,
		grade: '优',
	},
	{
		name: '戒毒所扩建项目市级配套经费',
		from: 994,
		to: 1060,
		entity: JDS,
		budget: 215,
		available: 215,
		executed: 215,
		rate: 100,
		score: 94,
		grade: '优',
	},
	// 18: <b>…</b> cells; no 实际执行金额 column at all (1071); 市财政 到位 35.5 vs 35.6 (1073)
	{
		name: '专业人员聘用补贴',
		from: 1061,
		to: 1118,
		entity: JDS,
		budget: 35.6,
		available: 35.6,
		executed: null,
		rate: null,
		score: 97,
		grade: '优',
	},
	{
		name: '强制隔离戒毒人员教育',
		from: 1119,
		to: 1178,
		entity: JDS,
		budget: 54.95,
		available: 54.43,
		executed: 54.43,
		rate: 99.05,
		score: 95,
		grade: '优',
	},
	{
		name: '强制隔离戒毒人员生活',
		from: 1179,
		to: 1243,
		entity: JDS,
		budget: 99.69,
		available: 65.5,
		executed: 65.5,
		rate: 65.7,
		score: 94,
		grade: '优',
	},
	{
		name: '强制隔离戒毒场所水电运行费',
		from: 1244,
		to: 1307,
		entity: JDS,
		budget: 21,
		available: 21,
		executed: 21,
		rate: 100,
		score: 95,
		grade: '优',
	},
	// 22: '总 分 … 9分' (1354) then '总 分 97分' (1356); 效益 '90分' (1341)
	{
		name: '援疆干部工作经费',
		from: 1308,
		to: 1376,
		entity: JDS,
		budget: 5.94,
		available: 5.94,
		executed: 5.94,
		rate: 100,
		score: 97,
		grade: '优',
	},
	// 23: budget 15 万元 but 到位/执行 88217.5 (元) → 8.82 万元
	{
		name: '法律援助业务经费',
		from: 1377,
		to: 1429,
		entity: FLYZ,
		budget: 15,
		available: 8.82,
		executed: 8.82,
		rate: 58.81,
		score: 82,
		grade: '良',
	},
	// 24: three-decimal 万元 (5.223)
	{
		name: '便民大厅租赁费',
		from: 1430,
		to: 1493,
		entity: FLYZ,
		budget: 5.5,
		available: 5.223,
		executed: 5.223,
		rate: 94.96,
		score: 86,
		grade: '良',
		tol: [0.005, 0.1],
	},
	// 25: no heading; 实施单位 and every amount blank; 总分 printed as 0 (1535)
	{
		name: '法律服务项目',
		from: 1494,
		to: 1547,
		budget: null,
		available: null,
		executed: null,
		rate: null,
		score: 0,
		grade: '差',
	},
];

const ev = (name: string): PerformanceEval => one(ds(), 'performance_evals', { doc_id: DOC, name });
const issuesIn = (from: number, to: number) =>
	rows(ds(), 'validation_issues', { doc_id: DOC }).filter(
		(i) => i.line !== null && i.line >= from && i.line <= to,
	);

describe('004 阳泉市司法局 项目支出绩效自评表 2022', () => {
	it('has one documents row: a performance evaluation of 2022 projects', () => {
		const d = one(ds(), 'documents', { doc_id: DOC });
		expect(d).toMatchObject({
			province: '山西省',
			city: '阳泉市',
			department: DEPT,
			entity: DEPT,
			scope: 'department',
			fiscal_year: 2022,
			kind: 'performance_eval',
			source_file: FILE,
			encoding: 'utf-8',
			status: 'parsed',
		});
	});

	describe('performance_evals', () => {
		it('25 project forms, each once', () => {
			const all = rows(ds(), 'performance_evals', { doc_id: DOC });
			expect(all).toHaveLength(FORMS.length);
			expect(new Set(all.map((e) => e.name)).size).toBe(FORMS.length);
			expect(all.map((e) => e.name).sort()).toEqual(FORMS.map((f) => f.name).sort());
			for (const e of all) {
				expect(e.level).toBe('project');
				expect(e.year).toBe(2022);
			}
		});

		it.each(FORMS.map((f, i) => [i + 1, f.name, f] as const))('form %i %s', (_, name, f) => {
			const e = ev(name);
			expect(e.line).toBeGreaterThanOrEqual(f.from);
			expect(e.line).toBeLessThanOrEqual(f.to);
			if (typeof f.entity === 'string') expect(e.entity).toBe(f.entity);
			else if (f.entity) expect(e.entity).toMatch(f.entity);
			const [mt, rt] = f.tol ?? [0.005, 0.05];
			for (const k of ['budget', 'available', 'executed'] as const) {
				const want = f[k];
				if (want === null) expect(e[k], k).toBeNull();
				else near(e[k], want, mt);
			}
			if (f.rate === null) expect(e.execution_rate).toBeNull();
			else near(e.execution_rate, f.rate, rt);
			expect(e.score).toBe(f.score);
			expect(e.grade).toBe(f.grade);
		});

		it('grades follow the bands (≥90 优, ≥80 良, ≥60 中, else 差); scores stay within 0-100', () => {
			for (const e of rows(ds(), 'performance_evals', { doc_id: DOC })) {
				if (e.score === null) {
					expect(e.grade).toBeNull();
					continue;
				}
				expect(e.score).toBeGreaterThanOrEqual(0);
				expect(e.score).toBeLessThanOrEqual(100);
				const band = e.score >= 90 ? '优' : e.score >= 80 ? '良' : e.score >= 60 ? '中' : '差';
				expect(e.grade, e.name).toBe(band);
			}
		});

		it('execution_rate = executed / budget × 100; nothing executed beyond what arrived', () => {
			for (const e of rows(ds(), 'performance_evals', { doc_id: DOC })) {
				if (e.executed !== null && e.budget)
					near(e.execution_rate, (e.executed / e.budget) * 100, 0.06);
				if (e.executed !== null && e.available !== null)
					expect(e.executed, e.name).toBeLessThanOrEqual(e.available + 0.005);
				// nothing left in 元: every amount is a plausible 万元 figure for these projects
				for (const v of [e.budget, e.available, e.executed])
					if (v !== null) expect(v, e.name).toBeLessThan(1000);
			}
		});
	});

	describe('performance_indicators', () => {
		type Ind = [
			line: number,
			level1: string,
			level2: string,
			name: string,
			target: string,
			actual: string,
		];
		const check = (evalName: string, expected: Ind[], from: number, to: number) => {
			const e = ev(evalName);
			const all = rows(ds(), 'performance_indicators', { doc_id: DOC, eval_line: e.line });
			for (const [line, level1, level2, name, target, actual] of expected) {
				const r = all.find((i) => i.line === line);
				expect(r, `${evalName} line ${line}`).toBeDefined();
				const got = r as PerformanceIndicator;
				expect(got.level1).toBe(level1);
				expect(got.level2).toBe(level2);
				expect(squash(got.name)).toBe(squash(name));
				expect(squash(got.target)).toBe(squash(target));
				expect(squash(got.actual)).toBe(squash(actual));
			}
			// empty 指标2 / ..... rows give no indicator; nothing from outside the form
			expect(all).toHaveLength(expected.length);
			for (const i of all) {
				expect(i.line).toBeGreaterThanOrEqual(from);
				expect(i.line).toBeLessThanOrEqual(to);
			}
		};

		it('人民监督员工作经费 (lines 535-552): 11 indicators', () => {
			check(
				'人民监督员工作经费',
				[
					[535, '产出指标', '数量指标', '学习、培训人数', '40人', '40人'],
					[536, '产出指标', '数量指标', '参加履职活动', '40人次', '40人次'],
					[537, '产出指标', '质量指标', '培训合格率', '100%', '100%'],
					[538, '产出指标', '质量指标', '覆盖面', '市级人民监督员', '市级人民监督员'],
					[539, '产出指标', '时效指标', '培训时间', '11月份前', '11月份前'],
					[540, '产出指标', '时效指标', '开展履职活动时间', '全年', '全年'],
					[
						541,
						'产出指标',
						'成本指标',
						'培训费（场地费、授课费、资料费）',
						'380元/人/天',
						'380元/人/天',
					],
					[542, '产出指标', '成本指标', '履职活动补助', '300元/人/次', '300元/人/次'],
					[546, '效益指标', '社会效益指标', '人民监督员的履职能力与水平提升', '提升', '提升'],
					[547, '效益指标', '社会效益指标', '司法公信力和监督实效性', '提高', '提高'],
					[552, '满意度指标', '服务对象满意度指标', '检察机关和人民群众满意度', '100%', '100%'],
				],
				513,
				568,
			);
		});

		it('强制隔离戒毒人员生活 (lines 1202-1220): 10 indicators', () => {
			check(
				'强制隔离戒毒人员生活',
				[
					[1202, '产出指标', '数量指标', '接受戒毒矫治人员', '≥165人', '≥102人'],
					[1203, '产出指标', '数量指标', '戒毒人员伙食、生活质量', '合格', '合格'],
					[1204, '产出指标', '质量指标', '戒毒人员伙食、生活质量', '合格', '合格'],
					[1206, '产出指标', '时效指标', '生活保障时间', '戒毒矫治人员 关押期间', '满足'],
					[1208, '产出指标', '成本指标', '生活费标准', '3550元/人/年', '3550元/人/年'],
					[1209, '产出指标', '成本指标', '康复费', '675元/人/年', '675元/人/年'],
					[1214, '效益指标', '社会效益指标', '保障戒毒人员身体康复', '保障', '保障'],
					[1215, '效益指标', '社会效益指标', '促进戒毒人员心理健康', '促进', '促进'],
					[1218, '效益指标', '可持续性影响指标', '治安稳定', '持续', '持续'],
					[1220, '满意度指标', '服务对象满意度指标', '戒毒人员满意度', '≥95%', '≥95%'],
				],
				1179,
				1243,
			);
		});

		it('专业人员聘用补贴 (lines 1082-1099, "指标1 name" in one cell): 7 indicators', () => {
			check(
				'专业人员聘用补贴',
				[
					[1082, '产出指标', '数量指标', '护卫协警', '≥23人', '≥23人'],
					[1084, '产出指标', '质量指标', '场所稳定', '稳定', '稳定'],
					[1086, '产出指标', '时效指标', '长期开展', '稳定', '稳定'],
					[1088, '产出指标', '成本指标', '护卫协勤警员工资', '1290元/人/月', '1290元/人/月'],
					[1093, '效益指标', '社会效益指标', '戒毒场所安全稳定', '提高', '安全稳定'],
					[1097, '效益指标', '可持续性影响指标', '工作积极性', '≥95%', '≥95%'],
					[1099, '满意度指标', '服务对象满意度指标', '协勤护卫人员满意度', '≥95%', '≥95%'],
				],
				1061,
				1118,
			);
		});
	});

	describe('validation_issues', () => {
		const sev = (from: number, to: number, severity: string, check?: string) =>
			issuesIn(from, to).filter(
				(i) => i.severity === severity && (check === undefined || i.check === check),
			);

		it('blank 总分 of 全市“八五”普法宣传经费 (line 108): score NULL with a warning', () => {
			// the rule's name is free (blank_form / blank_score …) as long as it says "blank"
			expect(sev(62, 123, 'warning').filter((i) => /blank/.test(i.check)).length).toBeGreaterThan(
				0,
			);
		});

		it('法律服务项目 (lines 1494-1547): every amount and the 实施单位 blank → warning', () => {
			expect(
				sev(1494, 1547, 'warning').filter((i) => /blank/.test(i.check)).length,
			).toBeGreaterThan(0);
		});

		it('总分 90 vs sections 10+50+30+10 = 100 (lines 22-49) → error', () => {
			expect(sev(1, 61, 'error').length).toBeGreaterThan(0);
		});

		it('总分 80 (line 257) vs sections 9+45+25+10 = 89 (lines 220-251) → error', () => {
			expect(sev(197, 266, 'error').length).toBeGreaterThan(0);
		});

		it('法律顾问费: 实际执行 4.3 (line 134) vs its 市、县财政 6 (line 137) → error', () => {
			expect(sev(124, 196, 'error').length).toBeGreaterThan(0);
		});

		it('元 in 万元 fields: 810000/810000/320000 (line 407) and 88217.5 beside a budget of 15 (line 1385)', () => {
			expect(sev(395, 457, 'warning', 'unit_plausibility').length).toBeGreaterThan(0);
			expect(sev(1377, 1429, 'warning', 'unit_plausibility').length).toBeGreaterThan(0);
		});

		it('援疆干部工作经费: 效益 "90分" of 30 (1341), two 总分 rows 9分/97分 (1354/1356), 5.94 vs 市财政 4.72 (1318/1320)', () => {
			const found = issuesIn(1308, 1376).filter((i) => i.severity !== 'info');
			expect(found.length).toBeGreaterThan(0);
		});

		it('专业人员聘用补贴: no 实际执行金额, 到位 35.6 (1071) vs 市财政 35.5 (1073)', () => {
			const found = issuesIn(1061, 1118).filter((i) => i.severity !== 'info');
			expect(found.length).toBeGreaterThan(0);
		});

		it.each([
			['公共法律服务平台建设经费', 267, 328],
			['人民监督员工作经费', 513, 568],
			['人民调解专项经费', 569, 625],
			['依法治市工作经费', 808, 870],
			['强制隔离戒毒所单位运转经费', 933, 993],
			['戒毒所扩建项目市级配套经费', 994, 1060],
			['强制隔离戒毒人员教育', 1119, 1178],
			['强制隔离戒毒人员生活', 1179, 1243],
			['强制隔离戒毒场所水电运行费', 1244, 1307],
		])('no error in the consistent form %s (lines %i-%i)', (_, from, to) => {
			expect(sev(from, to, 'error')).toEqual([]);
		});

		it('no duplicated form, nothing unreadable', () => {
			const all = rows(ds(), 'validation_issues', { doc_id: DOC });
			expect(all.filter((i) => i.check === 'duplicate_section')).toEqual([]);
			expect(all.filter((i) => i.check === 'unreadable')).toEqual([]);
			for (const i of all) expect(i.source_file).toBe(FILE);
		});
	});
});
