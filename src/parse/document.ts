/**
 * Reading all sections of one document in order, then checking them against each other. Main tables
 * give the rows; approval (批复) copies are read into a scratch dataset and only compared; a section
 * printed twice is read once and reported.
 */
import { checkSummaryBalance, review } from './review/index.js';
import type { Ctx } from './context.js';
import type { Line } from './lines.js';
import type { Section } from './segment.js';
import type { TableKind } from './tableKinds.js';
import { emptyDataset, type FigureRow, type ProjectTarget } from '../schema/tables.js';
import {
	readFunctionalTable,
	emitFunctional,
	type FunctionalTableKey,
} from './tables/functional.js';
import { readSummary, type SummaryResult } from './tables/summary.js';
import { readEconomic } from './tables/economic.js';
import { readThreePublic } from './tables/threePublic.js';
import { readProjects, type ProjectGroup } from './tables/projects.js';
import { readTargetForm } from './tables/targets.js';
import { readOrgRunning, readStats, pushFigure } from './tables/figures.js';
import { readSelfEval, readDeptSummary, type DeptSummary } from './tables/performance.js';
import { readNarrative } from './narrative.js';
import {
	joinContinuations,
	dedupeApprovals,
	dedupeProse,
	splitForms,
	dedupeSections,
} from './sections.js';
import type { TableRow } from './tables/tableRows.js';
import {
	checkHierarchy,
	checkRowParts,
	compareTables,
	compareCodes,
	checkThreePublic,
	checkProjects,
	checkFigures,
} from './validate.js';
import { parseAmount } from './amount.js';
import { checkEconomic } from './validateEconomic.js';
import { isFigure, round2, sameAmount } from './amount.js';
import { joinCodeColumns } from './codeColumns.js';

const FUNCTIONAL: Partial<Record<TableKind, FunctionalTableKey>> = {
	income: 'income',
	expenditure: 'expenditure',
	general_budget: 'general_budget',
	gov_fund: 'gov_fund',
	state_capital: 'state_capital',
};

type Read = {
	functional: Map<string, TableRow[]>;
	summaries: Map<string, SummaryResult>;
	economic: ReturnType<typeof readEconomic>;
	projects: ProjectGroup[];
	/** The figures of the 机关运行经费 table: its 部门合计 first, then the units. */
	orgRunning: FigureRow[];
	/** The 收支情况 block of a 部门整体支出绩效自评表, compared with the main tables. */
	deptSummary: DeptSummary | null;
};

/** What the 公开质量审查 needs beyond the tables and the text. */
export type Whole = { toc: readonly Line[]; lines: readonly Line[]; province: string | null };

export function readDocument(ctx: Ctx, all: Section[], prose: Line[], whole: Whole): void {
	const sections = all.map(joinCodeColumns);
	const main = dedupeSections(
		ctx,
		joinContinuations(splitForms(sections.filter((s) => !s.approval))),
	);
	const read = readSections(ctx, main, true);
	for (const s of main) checkEmptyNote(ctx, s);
	const text = dedupeProse(ctx, prose).map(tame);
	readNarrative(ctx, text);
	crossCheck(ctx, read);
	const approvals = dedupeApprovals(
		ctx,
		sections.filter((s) => s.approval),
	);
	for (const approval of approvals) compareApproval(ctx, approval, read);
	review(ctx, {
		main,
		approvals,
		text,
		...whole,
		functional: read.functional,
		summaries: read.summaries,
	});
}

/**
 * Prose as the narrative rules read it: a run of more than 30 digits, commas or dots is no amount of
 * any document, and a run of blanks is one blank. Both would make the rules' number patterns retry
 * from every character of the run (quadratic); the line keeps its number.
 */
function tame(l: Line): Line {
	if (l.text.length < 200) return l;
	const t = (s: string) => s.replace(/[\d,.]{31,}/g, '…').replace(/[ \t\u3000]{8,}/g, ' ');
	const text = t(l.text);
	return text === l.text ? l : { ...l, text, cells: l.cells.map(t) };
}

function readSections(ctx: Ctx, sections: readonly Section[], emit: boolean): Read {
	const read: Read = {
		functional: new Map(),
		summaries: new Map(),
		economic: [],
		projects: [],
		orgRunning: [],
		deptSummary: null,
	};
	const targets: ProjectTarget[] = [];
	const evals = new Map<string, number>();
	const hasProjectTable = sections.some((s) => s.kind === 'projects');
	for (const s of sections) {
		const key = FUNCTIONAL[s.kind];
		if (key) {
			const rows = readFunctionalTable(ctx, s);
			if (rows.length === 0) {
				if (emit) ctx.issue('info', 'blank_table', `「${s.title}」没有数据（空表）`, s.titleLine);
				continue;
			}
			read.functional.set(key, rows);
			if (emit) {
				emitFunctional(ctx, key, rows);
				checkHierarchy(ctx, s.title, rows);
				checkRowParts(ctx, s.title, key, rows);
			}
			continue;
		}
		switch (s.kind) {
			case 'summary':
			case 'fiscal_summary': {
				const res = readSummary(s, s.kind);
				read.summaries.set(s.kind, res);
				if (!emit) break;
				checkSummaryBalance(ctx, s, s.kind, res.totals);
				emitFunctional(ctx, s.kind, res.classes);
				for (const [metric, { value, line }] of res.totals) pushFigure(ctx, metric, value, line);
				const inc = res.totals.get(s.kind === 'summary' ? 'income_total' : 'fiscal_income_total');
				const exp = res.totals.get(
					s.kind === 'summary' ? 'expenditure_total' : 'fiscal_expenditure_total',
				);
				if (inc && exp && !sameAmount(inc.value, exp.value)) {
					ctx.issue(
						'error',
						'total_parts',
						`${s.title}：收入总计 ${inc.value} ≠ 支出总计 ${exp.value}`,
						exp.line,
					);
				}
				const classes = res.classes.filter((r) => r.code !== '合计');
				const total = res.classes.find((r) => r.code === '合计');
				if (total && classes.length) {
					const sum = round2(classes.reduce((x, r) => x + (r.amounts.total ?? 0), 0));
					if (!sameAmount(total.amounts.total ?? 0, sum))
						ctx.issue(
							'error',
							'sum_children',
							`${s.title}：本年支出合计 ${total.amounts.total} ≠ 各类支出之和 ${sum}`,
							total.line,
						);
				}
				break;
			}
			case 'economic':
				read.economic = emit
					? readEconomic(ctx, s)
					: readEconomic({ ...ctx, out: emptyDataset() }, s);
				break;
			case 'three_public':
				if (emit) readThreePublic(ctx, s);
				break;
			case 'org_running':
				if (emit) {
					const before = ctx.out.figures.length;
					readOrgRunning(ctx, s);
					read.orgRunning.push(
						...ctx.out.figures.slice(before).filter((f) => f.metric === 'org_running_cost'),
					);
				}
				break;
			case 'stats':
				if (emit) readStats(ctx, s);
				break;
			case 'projects':
			case 'projects_carryover':
				if (emit)
					read.projects.push(
						...readProjects(ctx, s, s.kind === 'projects' ? 'current' : 'carryover'),
					);
				break;
			case 'target_form': {
				const mark = marks(ctx);
				const read = emit ? readTargetForm(ctx, s) : null;
				if (!read) break;
				const t = read.row;
				const dup = targets.find(
					(x) => x.name === t.name && x.entity === t.entity && x.year_amount === t.year_amount,
				);
				if (dup) {
					// A form printed again: its findings were made once already.
					rollBack(ctx, mark);
					ctx.issue(
						'info',
						'duplicate_section',
						`绩效目标表「${t.name}」重复出现（与第 ${dup.line} 行相同），只读取一次`,
						t.line,
					);
					break;
				}
				targets.push(t);
				ctx.out.project_targets.push(t);
				if (!hasProjectTable && t.year_amount !== null) {
					ctx.out.projects.push({
						doc_id: t.doc_id,
						entity: t.entity,
						code: t.code,
						name: t.name,
						amount: t.year_amount,
						table_key: 'target',
						line: read.amountLine,
					});
				}
				break;
			}
			case 'self_eval':
			case 'dept_self_eval': {
				const mark = marks(ctx);
				const e = emit
					? readSelfEval(ctx, s, s.kind === 'self_eval' ? 'project' : 'department')
					: null;
				if (!e) break;
				const key = `${e.name}|${e.budget}|${e.executed}|${e.score}`;
				if (evals.has(key)) {
					// A form printed again: its indicators and findings were read once already.
					rollBack(ctx, mark);
					ctx.issue(
						'info',
						'duplicate_section',
						`绩效自评表「${e.name}」重复出现（与第 ${evals.get(key)} 行相同），只读取一次`,
						e.line,
					);
					break;
				}
				evals.set(key, e.line);
				ctx.out.performance_evals.push(e);
				if (s.kind === 'dept_self_eval') read.deptSummary = readDeptSummary(s);
				break;
			}
			default:
				break;
		}
	}
	return read;
}

/**
 * A note saying the table is empty ("本部门2024年无…，故本表为空表") under a table that prints figures:
 * one of the two is wrong, and a reader cannot tell which.
 */
function checkEmptyNote(ctx: Ctx, s: Section): void {
	const note = s.lines.find((l) =>
		/本表为空表|本表无数据|故本表为空/.test(l.text.replace(/\s+/g, '')),
	);
	if (!note) return;
	const figure = s.lines
		.filter((l) => l !== note)
		.flatMap((l) => l.cells)
		.find((c) => isFigure(c) && !/^(19|20)\d{2}$/.test(c) && parseAmount(c) !== 0);
	if (figure)
		ctx.issue(
			'error',
			'empty_table_note',
			`「${s.title}」注明为空表，但表中列有数字（如 ${figure}）`,
			note.no,
		);
}

type Marks = { indicators: number; issues: number };
const marks = (ctx: Ctx): Marks => ({
	indicators: ctx.out.performance_indicators.length,
	issues: ctx.out.validation_issues.length,
});
function rollBack(ctx: Ctx, m: Marks): void {
	ctx.out.performance_indicators.length = m.indicators;
	ctx.out.validation_issues.length = m.issues;
}

/**
 * A 部门整体支出绩效自评表 restates the year's totals: each is compared with the main tables it
 * should copy. The form's categories may be drawn differently (its 项目支出 may include 经营支出),
 * so a difference is a warning naming both figures, for a reviewer to judge.
 */
function checkDeptSummary(ctx: Ctx, read: Read): void {
	const summary = read.deptSummary;
	if (!summary) return;
	const inc = read.functional.get('income')?.find((r) => r.code === '合计');
	const exp = read.functional.get('expenditure')?.find((r) => r.code === '合计');
	const totals = read.summaries.get('summary')?.totals;
	const pairs: [string, { value: number; line: number } | undefined, string][] = [
		['收入合计', totals?.get('income_total'), '收入支出决算总表 总计'],
		['上年结转', totals?.get('carryover_in'), '收入支出决算总表 年初结转和结余'],
		['支出合计', totals?.get('expenditure_current'), '收入支出决算总表 本年支出合计'],
		['结余', totals?.get('carryover_out'), '收入支出决算总表 年末结转和结余'],
		[
			'公共财政拨款',
			inc?.amounts.fiscal !== undefined ? { value: inc.amounts.fiscal, line: inc.line } : undefined,
			'收入决算表 财政拨款收入',
		],
		[
			'其他收入',
			inc?.amounts.other !== undefined ? { value: inc.amounts.other, line: inc.line } : undefined,
			'收入决算表 其他收入',
		],
		[
			'基本支出',
			exp?.amounts.basic !== undefined ? { value: exp.amounts.basic, line: exp.line } : undefined,
			'支出决算表 基本支出',
		],
		[
			'项目支出',
			exp?.amounts.project !== undefined
				? { value: exp.amounts.project, line: exp.line }
				: undefined,
			'支出决算表 项目支出',
		],
	];
	for (const [label, main, where] of pairs) {
		const stated = summary.get(label);
		if (!stated || !main || sameAmount(stated.value, main.value, 0.005)) continue;
		ctx.issue(
			'warning',
			'self_eval_summary',
			`部门整体支出绩效自评表 ${label} ${stated.value} 万元，${where} ${main.value} 万元（第 ${main.line} 行）`,
			stated.line,
		);
	}
}

function crossCheck(ctx: Ctx, read: Read): void {
	checkDeptSummary(ctx, read);
	const f = read.functional;
	const exp = f.get('expenditure');
	const gb = f.get('general_budget');
	const inc = f.get('income');
	const summary = read.summaries.get('summary');
	const fiscal = read.summaries.get('fiscal_summary');
	if (summary && exp)
		compareTables(
			ctx,
			{ label: '收支总表', key: 'summary', rows: summary.classes, measure: 'total' },
			{
				label: '支出总表',
				key: 'expenditure',
				rows: exp.filter((r) => r.code.length === 3 || r.code === '合计'),
				measure: 'total',
			},
		);
	if (fiscal && gb && !f.get('gov_fund') && !f.get('state_capital')) {
		compareTables(
			ctx,
			{ label: '财政拨款收支总表', key: 'fiscal_summary', rows: fiscal.classes, measure: 'total' },
			{
				label: '一般公共预算支出表',
				key: 'general_budget',
				rows: gb.filter((r) => r.code.length === 3 || r.code === '合计'),
				measure: 'total',
			},
		);
	}
	if (ctx.doc.kind === 'budget' && inc && exp) {
		compareTables(
			ctx,
			{
				label: '收入总表',
				key: 'income',
				rows: inc.filter((r) => r.code === '合计'),
				measure: 'total',
			},
			{
				label: '支出总表',
				key: 'expenditure',
				rows: exp.filter((r) => r.code === '合计'),
				measure: 'total',
			},
		);
	}
	const gbTotal = gb?.find((r) => r.code === '合计');
	if (read.economic.length && gbTotal?.amounts.basic !== undefined)
		checkEconomic(ctx, read.economic, gbTotal.amounts.basic, gbTotal.line);
	else if (read.economic.length) checkEconomic(ctx, read.economic, undefined, null);
	if (read.projects.length)
		checkProjects(
			ctx,
			read.projects,
			gbTotal?.amounts.project ?? exp?.find((r) => r.code === '合计')?.amounts.project,
		);
	checkThreePublic(ctx, ctx.out);
	checkOrgRunning(ctx, read.orgRunning);
	checkFigures(ctx, ctx.out);
	// 决算 by 类 stated in the prose against the 一般公共预算 table.
	for (const e of ctx.out.budget_execution.filter((x) => x.doc_id === ctx.doc.docId)) {
		const row = gb?.find((r) => (e.code === null ? r.code === '合计' : r.code === e.code));
		const v = row?.amounts.total;
		if (row && v !== undefined && e.final !== null && !sameAmount(v, e.final)) {
			ctx.issue(
				'error',
				'narrative',
				`${e.name}：文中决算 ${e.final} 万元，一般公共预算财政拨款支出表 ${v} 万元（第 ${row.line} 行）`,
				e.line,
			);
		}
	}
	for (const t of ctx.out.project_targets.filter((x) => x.doc_id === ctx.doc.docId)) {
		const p = ctx.out.projects.find(
			(x) => x.doc_id === ctx.doc.docId && x.table_key === 'current' && x.name === t.name,
		);
		if (p && t.year_amount !== null && !sameAmount(p.amount, t.year_amount)) {
			ctx.issue(
				'warning',
				'cross_table',
				`项目「${t.name}」：绩效目标表年度资金 ${t.year_amount} 万元，项目支出表 ${p.amount} 万元（第 ${p.line} 行）`,
				t.line,
			);
		}
	}
}

function checkOrgRunning(ctx: Ctx, rows: readonly FigureRow[]): void {
	// The table's first row is its 部门合计; the unit rows follow it (in the same table, however far).
	const [total, ...units] = rows;
	if (!total || units.length === 0) return;
	const sum = round2(units.reduce((s, r) => s + r.value, 0));
	if (!sameAmount(total.value, sum))
		ctx.issue(
			'error',
			'sum_children',
			`机关运行经费：部门合计 ${total.value}，各单位之和 ${sum}`,
			total.line,
		);
}

/** An approval copy is read like its main table and compared cell by cell; it adds no rows. */
function compareApproval(ctx: Ctx, s: Section, main: Read): void {
	const scratch = { ...ctx, out: emptyDataset(), issue: () => undefined };
	const copy = readSections(scratch, [{ ...s, approval: false }], false);
	const label = `批复表「${s.title}」`;
	for (const [key, rows] of copy.functional) {
		const mainRows = main.functional.get(key);
		if (!mainRows) continue;
		for (const m of new Set(rows.flatMap((r) => Object.keys(r.amounts)))) {
			compareTables(
				ctx,
				{ label: '主表', key, rows: mainRows, measure: m },
				{ label, key: `approval:${key}`, rows, measure: m },
				'error',
				'approval_copy',
			);
		}
		compareCodes(ctx, mainRows, rows, label);
	}
	for (const [key, res] of copy.summaries) {
		const m = main.summaries.get(key);
		if (!m) continue;
		compareTables(
			ctx,
			{ label: '主表', key, rows: m.classes, measure: 'total' },
			{ label, key: `approval:${key}`, rows: res.classes, measure: 'total' },
			'error',
			'approval_copy',
		);
		for (const [metric, v] of res.totals) {
			const mv = m.totals.get(metric);
			if (mv && !sameAmount(mv.value, v.value))
				ctx.issue(
					'error',
					'approval_copy',
					`${label} ${metric}：批复 ${v.value}，主表 ${mv.value}（第 ${mv.line} 行）`,
					v.line,
				);
		}
	}
	if (copy.economic.length && main.economic.length) {
		for (const c of copy.economic) {
			const m = main.economic.find(
				(x) =>
					x.code === c.code && x.category === c.category && (c.code !== null || x.name === c.name),
			);
			if (!m) {
				if (c.code)
					ctx.issue(
						'warning',
						'approval_copy',
						`${label} ${c.code} ${c.name}：主表中没有此科目`,
						c.line,
					);
				continue;
			}
			if (!sameAmount(m.amount, c.amount, 0.005))
				ctx.issue(
					'error',
					'approval_copy',
					`${label} ${c.code ?? ''} ${c.name}：批复 ${c.amount}，主表 ${m.amount}（第 ${m.line} 行）`,
					c.line,
				);
		}
		// A figure of the main table that the copy prints blank.
		for (const m of main.economic.filter((x) => x.code && x.category !== 'total')) {
			if (copy.economic.some((c) => c.code === m.code && c.category === m.category)) continue;
			for (const l of s.lines) {
				const i = l.cells.findIndex((c) => c.trim() === m.code);
				if (i >= 0 && parseAmount(l.cells[i + 2]) === null) {
					ctx.issue(
						'error',
						'approval_copy',
						`${label} ${m.code} ${m.name}：批复表为空，主表 ${m.amount}（第 ${m.line} 行）`,
						l.no,
					);
					break;
				}
			}
		}
	}
}
