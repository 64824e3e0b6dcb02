/**
 * Figures that exist only in the prose: 年初预算 / 决算 / 完成率 by 类, last year's totals implied by
 * "比上年减少633.73万元", 三公 items "与上年预算数相同", 机关运行经费 and 政府采购 as stated, shares
 * ("占82.74%") checked against their base.
 */
import type { Ctx } from './context.js';
import type { Line } from './lines.js';
import { numberIn, round2 } from './amount.js';
import { FUNCTIONAL_CLASSES } from './classification.js';
import { pushFigure } from './tables/figures.js';
import type { ThreePublicCategory } from '../schema/tables.js';

/** A figure in running text (2,854.81): shared by the narrative and review rules. */
export const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
const CHANGE = new RegExp(
	`(?:比|较)(?:上年度?|(20\\d{2})年(?:度)?(?:预算|决算)?(?:数)?(?:${NUM})?|同期)[^，,。；;]*?(增加|减少|增长|下降)了?${NUM}万元|同比(增加|减少)${NUM}万元`,
);
const CHANGE_VS = new RegExp(`与上年相比[^，,。；;]*?(增加|减少|增长|下降)了?${NUM}万元`);
const SAME =
	/(?:与|比|较)(?:上年|20\d{2}年)(?:度)?(预算|决算)?数?(相同|持平)|同比无增减(变化)?|与上年一致/;

type Clause = { text: string; line: number };

/** Splits prose lines into clauses at 。；; keeping the line number. */
function clauses(lines: readonly Line[]): Clause[] {
	const out: Clause[] = [];
	for (const l of lines) {
		const t = l.text.replace(/\s+/g, '').replace(/[“”"]/g, '');
		for (const part of t.split(/[。；;]/)) if (part) out.push({ text: part, line: l.no });
	}
	return out;
}

/** The prior-year value implied by a clause that states a current value and a change. */
function priorOf(text: string, current: number): { prior: number; year: number | null } | null {
	if (SAME.test(text)) return { prior: current, year: null };
	const vs = CHANGE_VS.exec(text);
	const m = CHANGE.exec(text) ?? (vs ? [vs[0], undefined, undefined, vs[1], vs[2]] : null);
	if (!m) return null;
	if (m[2] !== undefined) return { prior: numberIn(m[2]), year: m[1] ? Number(m[1]) : null };
	const dir = m[3] ?? m[5];
	const delta = numberIn((m[4] ?? m[6])!);
	const up = dir === '增加' || dir === '增长';
	return {
		prior: round2(up ? current - delta : current + delta),
		year: m[1] ? Number(m[1]) : null,
	};
}

export function readNarrative(ctx: Ctx, prose: readonly Line[]): void {
	const cl = clauses(prose);
	readExecution(ctx, cl);
	readItemExecution(ctx, prose);
	checkItemExplanations(ctx, prose);
	readThreePublic(ctx, cl);
	readTotals(ctx, cl);
	checkShares(ctx, prose);
	checkGrowth(ctx, cl);
	checkForeignText(ctx, prose);
	readAssets(ctx, prose);
	readPerformance(ctx, prose);
	checkNoneStatements(ctx, prose);
}

/**
 * 预算绩效管理 as the text states it: projects with 绩效目标 (count, funds), projects tracked and
 * self-evaluated, their average score and how many got each grade. The grades must add up to the
 * projects evaluated.
 */
function readPerformance(ctx: Ctx, prose: readonly Line[]): void {
	const YEAR = '(?:20\\d{2}年度?)?';
	const FUNDS = `[，,]?(?:共计|涉及)?(?:项目)?(?:预算)?(?:资金|金额)${NUM}万元`;
	const groups: [RegExp, string][] = [
		[new RegExp(`编报绩效目标的${YEAR}项目(?:共)?(\\d+)个${FUNDS}`), 'perf_target'],
		[
			new RegExp(`纳入绩效(?:目标管理|管理目标)的(?:二级|2级)?项目(?:共)?(\\d+)个${FUNDS}`),
			'perf_target',
		],
		[new RegExp(`绩效跟踪(?:评价)?的${YEAR}项目(?:共)?(\\d+)个${FUNDS}`), 'perf_monitor'],
		[new RegExp(`绩效自评的${YEAR}项目(?:共)?(\\d+)个${FUNDS}`), 'perf_selfeval'],
		[new RegExp(`绩效自评[，,]涉及(?:一级|二级)?项目(\\d+)个${FUNDS}`), 'perf_selfeval'],
		[new RegExp(`项目绩效自评个数(\\d+)个${FUNDS}`), 'perf_selfeval'],
	];
	const grades: [RegExp, string][] = [
		[/^优$/, 'perf_grade_excellent'],
		[/^良$/, 'perf_grade_good'],
		[/^(?:合格|中)$/, 'perf_grade_pass'],
		[/^(?:不合格|差)$/, 'perf_grade_fail'],
	];
	const seen = new Set<string>();
	const push = (metric: string, value: number, line: number, unit: string) => {
		if (seen.has(metric)) return;
		seen.add(metric);
		pushFigure(ctx, metric, value, line, { unit, source: 'narrative' });
	};
	for (const l of prose) {
		const t = l.text.replace(/\s+/g, '').replace(/[“”"]/g, '');
		let evaluated: number | null = null;
		for (const [re, metric] of groups) {
			const m = re.exec(t);
			if (!m) continue;
			if (metric === 'perf_selfeval') evaluated ??= Number(m[1]);
			push(`${metric}_projects`, Number(m[1]), l.no, '个');
			push(`${metric}_amount`, numberIn(m[2]!), l.no, '万元');
		}
		const avg = new RegExp(`平均得分${NUM}分`).exec(t);
		if (avg) push('perf_selfeval_avg_score', numberIn(avg[1]!), l.no, '分');
		// "绩效评级为优的项目4个" (Shanghai) or "21个项目自评等级为优" (Shanxi).
		const graded = [
			...Array.from(t.matchAll(/绩效评级为(不合格|合格|优|良|中|差)的项目(\d+)个/g), (m) => ({
				grade: m[1]!,
				n: Number(m[2]),
			})),
			...Array.from(t.matchAll(/(\d+)个项目自评等级为(不合格|合格|优|良|中|差)/g), (m) => ({
				grade: m[2]!,
				n: Number(m[1]),
			})),
		];
		const counts = new Map<string, number>();
		for (const g of graded) {
			const metric = grades.find(([re]) => re.test(g.grade))?.[1];
			if (metric && !counts.has(metric)) counts.set(metric, g.n);
		}
		// Grades count the projects of the sentence that states them; the first such sentence wins.
		if (counts.size && (evaluated !== null || !seen.has('perf_selfeval_projects')))
			for (const [metric, n] of counts) push(metric, n, l.no, '个');
		const sum = [...counts.values()].reduce((a, n) => a + n, 0);
		if (evaluated !== null && counts.size === grades.length && sum !== evaluated)
			ctx.issue(
				'error',
				'narrative',
				`绩效自评项目 ${evaluated} 个，但各评级项目数相加为 ${sum} 个`,
				l.no,
			);
	}
}

/** "本部门无机关运行经费" next to a stated 机关运行经费: template text left in, contradicting the figure. */
function checkNoneStatements(ctx: Ctx, prose: readonly Line[]): void {
	for (const l of prose) {
		if (!/无机关运行经费/.test(l.text)) continue;
		const stated = ctx.out.figures.find(
			(f) => f.doc_id === ctx.doc.docId && f.metric === 'org_running_cost' && f.value > 0,
		);
		if (stated)
			ctx.issue(
				'error',
				'narrative',
				`文中称“本部门无机关运行经费”，但第 ${stated.line} 行载明机关运行经费 ${stated.value} 万元`,
				l.no,
			);
	}
}

/** 国有资产: vehicles (实有N辆 / 共有车辆N辆 / a 车辆 row) and office floor area (平方米). */
function readAssets(ctx: Ctx, prose: readonly Line[]): void {
	let vehicles = false;
	let area = false;
	for (const l of prose) {
		const t = l.text.replace(/\s+/g, '');
		const v = /实有(\d+)辆/.exec(t) ?? /共有车辆(\d+)辆/.exec(t);
		const cells = l.cells.map((c) => c.replace(/\s+/g, '')).filter(Boolean);
		const row =
			cells.length >= 2 && /^\d?[、.]?车辆\((台、)?辆\)$|^车辆数?合计\(辆\)$/.test(cells[0]!)
				? /^(\d+)$/.exec(cells[1]!)
				: null;
		if (!vehicles && (v || row)) {
			vehicles = true;
			pushFigure(ctx, 'vehicles', Number((v ?? row)![1]), l.no, {
				unit: '辆',
				source: row ? 'table' : 'narrative',
			});
		}
		const a = new RegExp(`办公用房建筑(?:总)?面积${NUM}平方米`).exec(t);
		const arow =
			cells.length >= 2 && /办公用房\(平方米\)$/.test(cells[0]!)
				? new RegExp(`^${NUM}$`).exec(cells[1]!)
				: null;
		if (!area && (a || arow)) {
			area = true;
			pushFigure(ctx, 'office_area', numberIn((a ?? arow)![1]!), l.no, {
				unit: '平方米',
				source: arow ? 'table' : 'narrative',
			});
		}
	}
}

/** "比上年减少633.73万元，下降18.17%": the rate must be the change over last year's value. */
function checkGrowth(ctx: Ctx, cl: readonly Clause[]): void {
	const re = new RegExp(`(增加|减少)了?${NUM}万元[，,]?(增长|下降|减少|增加)了?${NUM}%`, 'g');
	const all = cl.map((c) => c.text).join('。');
	for (const { text, line } of cl) {
		let from = 0;
		for (const m of text.matchAll(re)) {
			const before = text.slice(from, m.index);
			from = m.index + m[0].length;
			// "与上年相比，收入总计减少D": the current value was stated earlier under the same label.
			const label = /([\u4e00-\u9fa5]*(?:收入总计|支出总计|收入合计|支出合计))$/.exec(
				before.replace(/[，,]/g, '').replace(/^.*与上年相比/, ''),
			)?.[1];
			if (label && !new RegExp(`${NUM}万元`).test(before)) {
				// The value stated last before this clause under exactly this label.
				const upTo = all.slice(0, all.indexOf(text));
				const found = [...upTo.matchAll(new RegExp(`${label}${NUM}万元`, 'g'))];
				const stated = found[found.length - 1];
				if (!stated) continue;
				const cur = numberIn(stated[1]!);
				const d = numberIn(m[2]!);
				const p = round2(m[1] === '增加' ? cur - d : cur + d);
				const c = round2((d / p) * 100);
				const pct = numberIn(m[4]!);
				const tol = (m[4]!.split('.')[1]?.length ?? 0) === 0 ? 0.5 : 0.011;
				if (p > 0 && Math.abs(c - pct) > tol)
					ctx.issue(
						'error',
						'narrative_rate',
						`文中“${label}${m[0]}”：按上年 ${p} 万元计算，变动率应为 ${c}%`,
						line,
					);
				continue;
			}
			const amounts = [...before.matchAll(new RegExp(`${NUM}(?:万元)?`, 'g'))].map((x) =>
				numberIn(x[1]!),
			);
			const stated =
				/(?:比|较)(?:20\d{2}年)?(?:预算|决算)?(?:数)?(\d[\d,]*\.\d+)(?:万元)?(?=增加|减少)/.exec(
					before + m[1],
				);
			const delta = numberIn(m[2]!);
			const up = m[1] === '增加';
			const moneyBefore = [...before.matchAll(new RegExp(`${NUM}万元`, 'g'))].map((x) =>
				numberIn(x[1]!),
			);
			// "X万元，其中：a万元，b万元，比上年减少D万元": the change is X's, the figure the sentence opened with.
			const head = before.split('其中')[0]!;
			const headMoney = [...head.matchAll(new RegExp(`${NUM}万元`, 'g'))].map((x) =>
				numberIn(x[1]!),
			);
			const current =
				before.includes('其中') && headMoney.length
					? headMoney[headMoney.length - 1]
					: moneyBefore[moneyBefore.length - 1];
			const prior = stated
				? numberIn(stated[1]!)
				: current !== undefined
					? round2(up ? current - delta : current + delta)
					: undefined;
			if (prior === undefined || prior <= 0 || amounts.length === 0) continue;
			const pct = numberIn(m[4]!);
			const computed = round2((delta / prior) * 100);
			const decimals = m[4]!.split('.')[1]?.length ?? 0;
			const tolerance = decimals === 0 ? 0.5 : 0.011;
			if (Math.abs(computed - pct) > tolerance) {
				ctx.issue(
					'error',
					'narrative_rate',
					`文中“${m[0]}”：按上年 ${prior} 万元计算，变动率应为 ${computed}%`,
					line,
				);
			}
		}
	}
}

/** A paragraph in English inside a Chinese disclosure: a machine summary replaced the real content. */
function checkForeignText(ctx: Ctx, prose: readonly Line[]): void {
	for (const l of prose) {
		const letters = l.text.match(/[A-Za-z]/g)?.length ?? 0;
		if (l.text.length > 60 && letters / l.text.length > 0.5) {
			ctx.issue(
				'warning',
				'foreign_text',
				`此处是一段英文文字（“${l.text.slice(0, 40)}…”），原表内容缺失，可能被机器摘要替代`,
				l.no,
			);
		}
	}
}

/**
 * The 编制说明's account of each 项: "31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，…
 * 2024年预算安排352.67万元" or "“一般公共服务支出-…-行政运行”科目1,202.95万元". The figure is checked
 * against the 项's row in the document's 一般公共预算 table, and a second figure the same item gives
 * for this year's budget against the first.
 */
function checkItemExplanations(ctx: Ctx, prose: readonly Line[]): void {
	const item = new RegExp(`“([^”]{4,80})”(?:科目)?${NUM}万元`);
	const items = ctx.out.functional_items.filter(
		(r) =>
			r.doc_id === ctx.doc.docId &&
			r.level >= 2 &&
			r.measure === 'total' &&
			r.table_key === 'general_budget',
	);
	for (const l of prose) {
		const t = l.text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
		const m = item.exec(t);
		if (!m) continue;
		const path = m[1]!.split(/\((?:类|款|项)\)|-/).filter(Boolean);
		if (path.length !== 3) continue;
		const stated = numberIn(m[2]!);
		const cls = FUNCTIONAL_CLASSES[path[0]!];
		// The 项 under its own 款: many 款 have a 项 named 一般行政管理事务.
		const kuan = items.find(
			(r) => r.level === 2 && r.name === path[1] && (!cls || r.code.startsWith(cls)),
		);
		const row =
			kuan &&
			items.find((r) => r.level === 3 && r.name === path[2] && r.code.startsWith(kuan.code));
		if (row && Math.abs(row.amount - stated) > 0.005) {
			ctx.issue(
				'error',
				'narrative',
				`文中「${path.join('-')}」${stated} 万元，一般公共预算支出表 ${row.amount} 万元（第 ${row.line} 行）`,
				l.no,
			);
			continue;
		}
		const again = new RegExp(`20\\d{2}年(?:预算)?安排(?:为)?${NUM}万元`).exec(
			t.slice(m.index + m[0].length),
		);
		if (again && Math.abs(numberIn(again[1]!) - stated) > 0.005) {
			ctx.issue(
				'error',
				'narrative',
				`文中「${path.join('-')}」先写 ${stated} 万元，后写预算安排 ${numberIn(again[1]!)} 万元${row ? `；表中 ${row.amount} 万元（第 ${row.line} 行）` : ''}`,
				l.no,
			);
		}
	}
}

/**
 * The 决算 情况说明's account by 项: "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：…。
 * 年初预算为1560.05万元，支出决算为1511.89万元。" → budget_execution for that 项, its code looked up in
 * the document's own 一般公共预算 (or 支出) table by the 类 and the 项's name.
 */
function readItemExecution(ctx: Ctx, prose: readonly Line[]): void {
	// Bounded repeats: a long run of Chinese without "(类)" is one pass, not one per character.
	const path = /([\u4e00-\u9fa5、]{1,30}?)\(类\)([^()]{0,40}?)\(款\)([^()]{0,40}?)\(项\)/;
	const figures = new RegExp(
		`年初预算(?:数)?(?:为)?${NUM}万元[，,]?(?:支出)?决算(?:数)?(?:为)?${NUM}万元`,
	);
	const items = ctx.out.functional_items.filter((r) => r.doc_id === ctx.doc.docId && r.level === 3);
	for (const l of prose) {
		const t = l.text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
		const p = path.exec(t);
		const f = p && figures.exec(t.slice(p.index));
		if (!p || !f) continue;
		const cls = FUNCTIONAL_CLASSES[p[1]!.replace(/^\d+、/, '')];
		const name = p[3]!;
		const row = ['general_budget', 'expenditure']
			.map((k) =>
				items.find((r) => r.table_key === k && r.name === name && (!cls || r.code.startsWith(cls))),
			)
			.find(Boolean);
		if (!row) {
			ctx.issue('warning', 'narrative', `文中「${p[0]}」在表中找不到对应的项级科目，未采用`, l.no);
			continue;
		}
		const budget = numberIn(f[1]!);
		const final = numberIn(f[2]!);
		ctx.out.budget_execution.push({
			doc_id: ctx.doc.docId,
			entity: ctx.doc.entity,
			year: ctx.doc.fiscalYear ?? 0,
			code: row.code,
			name,
			budget,
			final,
			rate: budget > 0 ? round2((final / budget) * 100) : null,
			stated_rate: null,
			line: l.no,
		});
	}
}

/** "XX支出年初预算3.5万元，支出决算3.46万元，完成年初预算98.86%" → budget_execution. */
function readExecution(ctx: Ctx, cl: readonly Clause[]): void {
	const re = new RegExp(
		`年初预算(?:为)?${NUM}万元[，,]?(?:支出)?决算(?:为)?${NUM}万元[，,]?完成(?:年初)?预算(?:的)?${NUM}%`,
	);
	const classNames = Object.keys(FUNCTIONAL_CLASSES).sort((a, b) => b.length - a.length);
	const global = new RegExp(re.source, 'g');
	for (const { text, line } of cl) {
		let from = 0;
		for (const m of text.matchAll(global)) {
			const before = text
				.slice(from, m.index)
				.replace(/\(类\)/g, '')
				.replace(/[，,]/g, '');
			from = m.index + m[0].length;
			const cls = classNames.find(
				(n) => before.endsWith(n) || before.endsWith(n.replace(/支出$/, '')),
			);
			const overall = !cls && /一般公共预算|财政拨款|支出$/.test(before);
			if ((!cls && !overall) || /三公/.test(before)) continue;
			const budget = numberIn(m[1]!);
			const final = numberIn(m[2]!);
			const stated = numberIn(m[3]!);
			const rate = budget > 0 ? round2((final / budget) * 100) : null;
			ctx.out.budget_execution.push({
				doc_id: ctx.doc.docId,
				entity: ctx.doc.entity,
				year: ctx.doc.fiscalYear ?? 0,
				code: cls ? FUNCTIONAL_CLASSES[cls]! : null,
				name: cls ?? '一般公共预算财政拨款支出',
				budget,
				final,
				rate,
				stated_rate: stated,
				line,
			});
			if (rate !== null && Math.abs(rate - stated) > 0.011) {
				ctx.issue(
					'warning',
					'narrative_rate',
					`${cls ?? '一般公共预算财政拨款支出'}：文中完成率 ${stated}% 与 决算/预算 = ${final}/${budget} = ${rate}% 不符`,
					line,
				);
			}
		}
	}
}

/** 三公 amounts stated in the prose, and the prior-year figures they imply. */
function readThreePublic(ctx: Ctx, cl: readonly Clause[]): void {
	const year = ctx.doc.fiscalYear;
	if (year === null) return;
	const basis = ctx.doc.kind === 'final_account' ? 'final' : 'budget';
	const seen = new Set<string>();
	const labels: [RegExp, ThreePublicCategory][] = [
		[/三公经费(财政拨款)?(支出|预算)?/, 'total'],
		[/因公出国\(境\)费(用)?(支出)?/, 'outbound'],
		[/公务用车购置及运(行维护|行|维)费(支出)?/, 'vehicle_total'],
		[/公务用车购置费?(支出)?/, 'vehicle_purchase'],
		[/公务用车运(行维护|行|维)费(支出)?/, 'vehicle_operation'],
		[/公务接待费(支出)?/, 'reception'],
	];
	let lineFirst: { cat: ThreePublicCategory; current: number; line: number } | null = null;
	const currents = new Map<ThreePublicCategory, number>();
	let sameLine = -1;
	for (const { text, line } of cl) {
		if (lineFirst && lineFirst.line !== line) lineFirst = null;
		if (
			lineFirst &&
			/^(?:与(?:上年|20\d{2}年)相比|(?:比|较|与)(?:上年|20\d{2}年))/.test(text) &&
			!seen.has(`prior:${lineFirst.cat}`)
		) {
			const p = priorOf(text.replace(/^与(上年|(20\d{2})年)相比/, '比$1'), lineFirst.current);
			if (p) {
				seen.add(`prior:${lineFirst.cat}`);
				ctx.out.three_public.push({
					doc_id: ctx.doc.docId,
					entity: ctx.doc.entity,
					year: p.year ?? year - 1,
					basis,
					category: lineFirst.cat,
					amount: p.prior,
					source: 'narrative',
					line,
				});
			}
			continue;
		}
		const hit = labels
			.map(([re, cat]) => ({ m: re.exec(text), cat }))
			.filter((x) => x.m)
			.sort((a, b) => a.m!.index - b.m!.index)[0];
		if (!hit || hit.m!.index > 20) continue;
		const rest = text.slice(hit.m!.index + hit.m![0].length);
		const decided = new RegExp(`(?:支出决算|决算(?:数)?)(?:为)?${NUM}万元`).exec(rest);
		const first = new RegExp(`^[^，,]*?${NUM}万元`).exec(rest);
		const amountMatch = ctx.doc.kind === 'final_account' && decided ? decided : first;
		if (!amountMatch) {
			// "三公经费…决算数与2023年度持平。其中：因公出国(境)费支出决算持平": no figure, last
			// year's equals this year's, stated earlier in the prose or in the table.
			const same = SAME.test(rest) || (sameLine === line && /^[^，,]*持平/.test(rest));
			if (!same) continue;
			sameLine = line;
			const current =
				currents.get(hit.cat) ??
				ctx.out.three_public.find(
					(r) =>
						r.doc_id === ctx.doc.docId &&
						r.category === hit.cat &&
						r.year === year &&
						r.basis === basis,
				)?.amount;
			if (current === undefined || seen.has(`prior:${hit.cat}`)) continue;
			seen.add(`prior:${hit.cat}`);
			const stated = /与(20\d{2})年/.exec(rest);
			ctx.out.three_public.push({
				doc_id: ctx.doc.docId,
				entity: ctx.doc.entity,
				year: stated ? Number(stated[1]) : year - 1,
				basis,
				category: hit.cat,
				amount: current,
				source: 'narrative',
				line,
			});
			continue;
		}
		const current = numberIn(amountMatch[1]!);
		if (!currents.has(hit.cat)) currents.set(hit.cat, current);
		const key = `${hit.cat}`;
		if (!lineFirst) lineFirst = { cat: hit.cat, current, line };
		const prior = priorOf(rest, current);
		if (!seen.has(key)) {
			seen.add(key);
			const table = ctx.out.three_public.find(
				(r) =>
					r.doc_id === ctx.doc.docId &&
					r.source === 'table' &&
					r.category === hit.cat &&
					r.year === year &&
					r.basis === basis,
			);
			if (!table) {
				ctx.out.three_public.push({
					doc_id: ctx.doc.docId,
					entity: ctx.doc.entity,
					year,
					basis,
					category: hit.cat,
					amount: current,
					source: 'narrative',
					line,
				});
			} else if (Math.abs(table.amount - current) > 0.011) {
				ctx.issue(
					'error',
					'narrative_three_public',
					`三公经费（${hit.cat}）：文中 ${current} 万元，表中 ${table.amount} 万元（第 ${table.line} 行）`,
					line,
				);
			}
		}
		if (prior && !seen.has(`prior:${key}`)) {
			seen.add(`prior:${key}`);
			ctx.out.three_public.push({
				doc_id: ctx.doc.docId,
				entity: ctx.doc.entity,
				year: prior.year ?? year - 1,
				basis,
				category: hit.cat,
				amount: prior.prior,
				source: 'narrative',
				line,
			});
		}
	}
	// Parts stated but no prior total: the parts imply it.
	const priorRows = ctx.out.three_public.filter(
		(r) => r.doc_id === ctx.doc.docId && r.year === year - 1 && r.source === 'narrative',
	);
	const get = (c: ThreePublicCategory) => priorRows.find((r) => r.category === c)?.amount;
	if (get('total') === undefined) {
		const vehicle =
			get('vehicle_total') ??
			(get('vehicle_purchase') !== undefined && get('vehicle_operation') !== undefined
				? get('vehicle_purchase')! + get('vehicle_operation')!
				: undefined);
		const out = get('outbound');
		const rec = get('reception');
		if (vehicle !== undefined && out !== undefined && rec !== undefined) {
			const line = Math.max(...priorRows.map((r) => r.line));
			ctx.out.three_public.push({
				doc_id: ctx.doc.docId,
				entity: ctx.doc.entity,
				year: year - 1,
				basis,
				category: 'total',
				amount: round2(vehicle + out + rec),
				source: 'narrative',
				line,
			});
		}
	}
}

/** 收入总计 / 支出总计 / 机关运行经费 / 政府采购 as stated, and their implied prior-year values. */
function readTotals(ctx: Ctx, cl: readonly Clause[]): void {
	const rules: [RegExp, string][] = [
		[new RegExp(`财政拨款收入(?:支出)?总计${NUM}万元`), 'fiscal_income_total'],
		// The 决算 情况说明: "XX2024年度收入支出总计2995.39万元".
		[new RegExp(`(?<!财政拨款)收入支出总计${NUM}万元`), 'income_total'],
		[new RegExp(`(?<!财政拨款)收入总计${NUM}万元`), 'income_total'],
		[
			new RegExp(`(?<!财政拨款(?:收入总计[\\d,.]+万元[，,]?)?)支出总计${NUM}万元`),
			'expenditure_total',
		],
		[new RegExp(`(?:预算收支安排|收支预算总计|收支总预算)${NUM}万元`), 'expenditure_total'],
		// Shanghai: "2025年，XX收入预算9,101.68万元，其中：…"; "支出预算9,101.68万元，其中：…".
		[new RegExp(`(?<!财政拨款|[一-龥]{2}拨款)收入预算(?:为)?${NUM}万元`), 'income_total'],
		[new RegExp(`(?<!财政拨款|[一-龥]{2}拨款)支出预算(?:为)?${NUM}万元`), 'expenditure_total'],
		// The 决算: "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%".
		[
			new RegExp(`一般公共预算财政拨款支出(?:决算)?(?:为)?${NUM}万元`),
			'general_budget_expenditure',
		],
		[new RegExp(`机关运行经费[^，,。；0-9]{0,12}?${NUM}万元`), 'org_running_cost'],
		[new RegExp(`政府采购(?:预算|支出)(?:总额)?(?:为|共)?${NUM}万元`), 'procurement_total'],
		[new RegExp(`政府采购货物(?:预算|支出)${NUM}万元`), 'procurement_goods'],
		[new RegExp(`政府采购工程(?:预算|支出)${NUM}万元`), 'procurement_works'],
		[new RegExp(`政府采购服务(?:预算|支出)${NUM}万元`), 'procurement_services'],
		// The 决算: "政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、…".
		[new RegExp(`政府采购金额(?:\\([^)]*\\))?(?:为)?${NUM}万元`), 'procurement_total'],
		[new RegExp(`货物采购金额${NUM}万元`), 'procurement_goods'],
		[new RegExp(`工程采购金额${NUM}万元`), 'procurement_works'],
		[new RegExp(`服务采购金额${NUM}万元`), 'procurement_services'],
	];
	const seen = new Set<string>();
	cl.forEach(({ text: own, line }, k) => {
		// "收入总计X万元，支出总计Y万元。与上年相比，收入总计减少…": the comparison is the next clause.
		const next = cl[k + 1];
		const text =
			next && next.line === line && COMPARED.test(next.text) ? `${own},${next.text}` : own;
		for (const [re, metric] of rules) {
			const m = re.exec(text);
			if (!m) continue;
			const value = numberIn(m[1]!);
			if (!seen.has(metric)) {
				seen.add(metric);
				pushFigure(ctx, metric, value, line, { source: 'narrative' });
			}
			// The change clause belongs to this figure only if nothing else is named between them.
			const after = text.slice(m.index + m[0].length);
			const own = after.split(/(?:收入总计|支出总计)/)[0]!;
			const prior =
				COMPARED.test(text) && !CHANGE.test(own)
					? priorFromComparison(text, metric, value)
					: priorOf(own, value);
			if (prior && !seen.has(`prior_${metric}`)) {
				seen.add(`prior_${metric}`);
				pushFigure(ctx, `prior_${metric}`, prior.prior, line, {
					source: 'narrative',
					year: prior.year ?? (ctx.doc.fiscalYear ?? 0) - 1,
				});
			}
		}
	});
}

/** "与上年相比（与2023年度相比），收入总计减少181.51万元，…支出总计减少181.51万元" */
const COMPARED = /与(?:上年|20\d{2}年度?)相比/;

function priorFromComparison(
	text: string,
	metric: string,
	value: number,
): { prior: number; year: number | null } | null {
	const labels: Record<string, string> = {
		income_total: '(?<!财政拨款)收入(?:支出)?总计',
		expenditure_total: '(?<!财政拨款)支出总计',
		fiscal_income_total: '财政拨款收入总计',
		general_budget_expenditure: '一般公共预算财政拨款支出',
	};
	const label = labels[metric];
	if (!label) return null;
	const cmp = text.slice(text.search(COMPARED));
	const m = new RegExp(`${label}(增加|减少)${NUM}万元`).exec(cmp);
	if (!m) return null;
	const delta = numberIn(m[2]!);
	return { prior: round2(m[1] === '增加' ? value - delta : value + delta), year: null };
}

/**
 * "基本支出2362.18万元，占82.74%": the share must match the amount over its base, the total the
 * paragraph opened with (the last "…X万元，其中：" or "主要用于" line).
 */
function checkShares(ctx: Ctx, prose: readonly Line[]): void {
	type Share = { name: string; amount: number; stated: number; computed: number; line: number };
	const groups = new Map<number, { base: number; shares: Share[] }>();
	let group: { base: number; shares: Share[] } | null = null;
	const share = new RegExp(`([\\u4e00-\\u9fa5()]{2,30}?)${NUM}万元[，,]?占(?:比)?${NUM}%`, 'g');
	for (const l of prose) {
		const t = l.text.replace(/\s+/g, '');
		const opener = new RegExp(`${NUM}万元[，,:：]?(?:其中|主要(?:包括|用于))`).exec(t);
		if (opener) groups.set(l.no, (group = { base: numberIn(opener[1]!), shares: [] }));
		if (group === null || group.base === 0) continue;
		for (const m of t.matchAll(share)) {
			const amount = numberIn(m[2]!);
			const computed = round2((amount / group.base) * 100);
			group.shares.push({ name: m[1]!, amount, stated: numberIn(m[3]!), computed, line: l.no });
		}
	}
	const off = (x: Share): boolean =>
		Math.abs(x.computed - x.stated) > 0.011 && !(x.amount === 0 && x.stated === 0);
	for (const x of [...groups.values()].flatMap((g) => g.shares))
		if (x.stated > 100)
			ctx.issue(
				'warning',
				'share_range',
				`${x.name}${x.amount}万元 占 ${x.stated}%：占比超过 100%`,
				x.line,
			);
	for (const { base, shares } of groups.values()) {
		// Another share of the paragraph agreeing with the base shows the base is the right one: a
		// share that disagrees is then the document's own slip (error); otherwise only doubtful.
		const confirmed = shares.some((x) => !off(x) && x.amount !== 0);
		for (const x of shares.filter(off))
			ctx.issue(
				confirmed ? 'error' : 'warning',
				'narrative_share',
				`${x.name}${x.amount}万元 占 ${x.stated}%，按 ${base} 万元计算应为 ${x.computed}%`,
				x.line,
			);
	}
}
