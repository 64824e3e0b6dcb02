/**
 * 项目支出绩效自评表 and 部门整体支出绩效自评表 → performance_evals (+ performance_indicators).
 * The forms are loose: labels and values drift between cells, 总分 may stand on its own line with
 * the score on the next, or be left blank (then the score is NULL, with a finding, never guessed).
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import type { Line } from '../lines.js';
import { parseAmount, round2 } from '../amount.js';
import type { PerformanceEval } from '../../schema/tables.js';

/** The documents' own bands: 100-90(含)优, 90-80(含)良, 80-60(含)中, below 60 差. */
export function gradeOf(score: number | null): string | null {
	if (score === null) return null;
	return score >= 90 ? '优' : score >= 80 ? '良' : score >= 60 ? '中' : '差';
}

const norm = (c: string) => c.replace(/\s+/g, '');

/** The first filled cell after the label cell on the line (label and value may share a cell). */
function valueAfter(lines: readonly Line[], label: RegExp): { text: string; line: number } | null {
	for (const l of lines) {
		const i = l.cells.findIndex((c) => label.test(norm(c)));
		if (i < 0) continue;
		const inline = norm(l.cells[i]!)
			.replace(label, '')
			.replace(/^[:：]/, '');
		if (inline) return { text: inline, line: l.no };
		const next = l.cells.slice(i + 1).find((c) => c !== '');
		return next ? { text: next.trim(), line: l.no } : { text: '', line: l.no };
	}
	return null;
}

function amountAfter(lines: readonly Line[], label: RegExp): number | null {
	for (const l of lines) {
		const i = l.cells.findIndex((c) => label.test(norm(c)));
		if (i < 0) continue;
		// '实际执行金额（万元） 4.5': label and value in one cell.
		const inline = /(\d[\d,]*(?:\.\d+)?)$/.exec(norm(l.cells[i]!).replace(/\(万元\)/, ''));
		if (inline) return Number(inline[1]!.replace(/,/g, ''));
		const next = l.cells.slice(i + 1).find((c) => c !== '');
		const v = parseAmount(next);
		return typeof v === 'number' ? v : null;
	}
	return null;
}

/** 阳泉市司法局普法与依法治理科 → 阳泉市司法局: the budget unit, not the office inside it. */
export function unitOf(name: string | null, department: string | null = null): string | null {
	if (!name) return null;
	const m = /^(.+?(局|所|中心|处|厅|院|委员会|办公室))/.exec(name);
	const unit = m ? m[1]! : name;
	// '市司法局' is the department without its city: 阳泉市司法局.
	if (department && department !== unit && department.endsWith(unit)) return department;
	return unit;
}

const SCORE_CELL = /^(\d+(?:\.\d+)?)分?$/;

function readScore(
	ctx: Ctx,
	lines: readonly Line[],
	name: string,
): { score: number | null; line: number | null } {
	const found: { score: number | null; line: number; raw: string }[] = [];
	for (let k = 0; k < lines.length; k++) {
		const l = lines[k]!;
		const cells = l.cells.map(norm);
		const i = cells.findIndex((c) => /^总分(\d+(\.\d+)?分?)?$/.test(c));
		if (i < 0) continue;
		const inline = /^总分(\d+(?:\.\d+)?)分?$/.exec(cells[i]!);
		if (inline) {
			found.push({ score: Number(inline[1]), line: l.no, raw: cells[i]! });
			continue;
		}
		const raw = cells.slice(i + 1).find((c) => c !== '');
		if (raw === undefined) {
			// 总分 alone on its line: the score may be the next line's only figure.
			const next = lines.slice(k + 1).find((x) => x.cells.some((c) => c !== ''));
			const nc = next?.cells.map(norm).filter((c) => c !== '') ?? [];
			const m = nc.length === 1 ? SCORE_CELL.exec(nc[0]!) : null;
			found.push(
				m && next
					? { score: Number(m[1]), line: next.no, raw: nc[0]! }
					: { score: null, line: l.no, raw: '' },
			);
			continue;
		}
		const m = SCORE_CELL.exec(raw);
		found.push({ score: m ? Number(m[1]) : null, line: l.no, raw });
	}
	if (found.length === 0) {
		ctx.issue(
			'warning',
			'blank_score',
			`绩效自评表「${name}」：没有总分一栏`,
			lines[0]?.no ?? null,
		);
		return { score: null, line: null };
	}
	const scored = found.filter((f) => f.score !== null);
	if (scored.length > 1) {
		ctx.issue(
			'warning',
			'score_conflict',
			`绩效自评表「${name}」：有 ${scored.length} 个总分（${scored.map((f) => `第 ${f.line} 行 ${f.score}`).join('、')}），采用最后一个`,
			scored[0]!.line,
		);
	}
	const pick = scored[scored.length - 1];
	if (!pick) {
		const f = found[0]!;
		if (f.raw)
			ctx.issue(
				'warning',
				'unreadable_score',
				`绩效自评表「${name}」：总分「${f.raw}」无法识别`,
				f.line,
			);
		else
			ctx.issue('warning', 'blank_score', `绩效自评表「${name}」：总分一栏为空，得分未填`, f.line);
		return { score: null, line: f.line };
	}
	return check(ctx, pick.score!, pick.line, name);
}

function check(
	ctx: Ctx,
	score: number,
	line: number,
	name: string,
): { score: number | null; line: number } {
	if (score < 0 || score > 100) {
		ctx.issue(
			'error',
			'score_range',
			`绩效自评表「${name}」：总分 ${score} 不在 0–100 之间，未采用`,
			line,
		);
		return { score: null, line };
	}
	return { score, line };
}

const INDICATOR_L1 = /^(产出指标|效益指标|满意度指标)/;
const INDICATOR_L2 =
	/^(数量指标|质量指标|时效指标|成本指标|经济效益指标|社会效益指标|生态效益指标|可持续(性)?影响指标|服务对象满意度(指标)?)$/;

function readIndicators(ctx: Ctx, lines: readonly Line[], evalLine: number): void {
	let l1: string | null = null;
	let l2: string | null = null;
	for (const l of lines) {
		const cells = l.cells.map(norm);
		const c1 = cells.find((c) => INDICATOR_L1.test(c));
		if (c1) l1 = c1.replace(/\(.*$/, '');
		const c2 = cells.find((c) => INDICATOR_L2.test(c));
		if (c2) l2 = c2;
		const k = cells.findIndex((c) => /^(指标|任务)\d+/.test(c));
		if (k < 0) continue;
		const rest = l.cells.slice(k + 1).map((c) => c.trim());
		const inlineName = cells[k]!.replace(/^(指标|任务)\d+/, '');
		const name = inlineName || rest.shift() || '';
		if (!name || name === '.....') continue;
		const [target = null, actual = null] = rest.filter((c) => c !== '');
		ctx.out.performance_indicators.push({
			doc_id: ctx.doc.docId,
			eval_line: evalLine,
			level1: l1,
			level2: l2,
			name,
			target,
			actual,
			score: null,
			line: l.no,
		});
	}
}

export function readSelfEval(
	ctx: Ctx,
	section: Section,
	level: 'project' | 'department',
): PerformanceEval | null {
	const lines = section.lines;
	const nameCell =
		level === 'project'
			? valueAfter(lines, /^项目名称/)
			: (valueAfter(lines, /^部门名称/) ?? valueAfter(lines, /^单位\(盖章\)[:：]?/));
	const name = nameCell?.text.replace(/\s+/g, '') || null;
	if (!name) {
		ctx.issue(
			'warning',
			'blank_form',
			`${section.title}：自评表没有项目名称，未读取`,
			section.titleLine,
		);
		return null;
	}
	const implementer = unitOf(
		valueAfter(lines, /^实施单位/)?.text.replace(/\s+/g, '') ?? null,
		ctx.doc.department,
	);
	const yearText = valueAfter(lines, /^绩效自评评价年度/)?.text ?? '';
	const period = valueAfter(lines, /^项目起止时间/)?.text ?? '';
	const year = Number(
		/(20\d{2})/.exec(yearText)?.[1] ?? /.*(20\d{2})/.exec(period)?.[1] ?? ctx.doc.fiscalYear ?? NaN,
	);
	const amountLine =
		lines.find((l) => l.cells.some((c) => /^项目预算金额/.test(norm(c))))?.no ?? null;
	let budget =
		level === 'project' ? amountAfter(lines, /^项目预算金额/) : amountAfter(lines, /^收入合计$/);
	let available = level === 'project' ? amountAfter(lines, /^实际到位金额/) : null;
	let executed =
		level === 'project' ? amountAfter(lines, /^实际执行金额/) : amountAfter(lines, /^支出合计$/);
	const { score } = readScore(ctx, lines, name);
	const line = nameCell?.line ?? section.titleLine;
	if (level === 'project' && budget === null && available === null && executed === null) {
		ctx.issue(
			'warning',
			'blank_form',
			`绩效自评表「${name}」：预算、到位、执行金额均为空`,
			amountLine ?? line,
		);
	}
	// A 万元 field holding 元: no single project's self-evaluation runs to 1亿 (10,000 万元).
	const converted: boolean[] = [];
	const yuan = (v: number | null, label: string): number | null => {
		converted.push(v !== null && v >= 10000);
		if (v === null || v < 10000) return v;
		ctx.issue(
			'warning',
			'unit_plausibility',
			`绩效自评表「${name}」：${label} ${v}「万元」疑似以元填列，已按元换算为 ${round2(v / 10000)} 万元`,
			amountLine ?? line,
		);
		return round2(v / 10000);
	};
	budget = yuan(budget, '项目预算金额');
	available = yuan(available, '实际到位金额');
	executed = yuan(executed, '实际执行金额');
	if (level === 'project') {
		checkBreakdown(ctx, lines, name, [budget, available, executed], converted);
		checkSections(ctx, lines, name, score);
	}
	if (available !== null && executed !== null && executed > available + 0.005) {
		ctx.issue(
			'warning',
			'executed_over_available',
			`绩效自评表「${name}」：实际执行 ${executed} 万元超过实际到位 ${available} 万元`,
			line,
		);
	}
	const row: PerformanceEval = {
		doc_id: ctx.doc.docId,
		entity: level === 'department' ? name : (implementer ?? ctx.doc.entity),
		year: Number.isFinite(year) ? year : null,
		level,
		name,
		budget,
		available,
		executed,
		execution_rate:
			budget && executed !== null ? Math.round((executed / budget) * 10000) / 100 : null,
		score,
		grade: gradeOf(score),
		line,
	};
	readIndicators(ctx, lines, line);
	return row;
}

const FUND_LINE = /^(其中[:：]?)?(中央|省|市|县|其它|其他)/;

/** 其中：中央 / 省 / 市县 / 其它 rows under each of 预算 / 到位 / 执行 must add up to that column. */
function checkBreakdown(
	ctx: Ctx,
	lines: readonly Line[],
	name: string,
	totals: (number | null)[],
	inYuan: boolean[],
): void {
	const start = lines.findIndex((l) => l.cells.some((c) => /^项目预算金额/.test(norm(c))));
	if (start < 0) return;
	const sums = [0, 0, 0];
	const seen = [false, false, false];
	let last = lines[start]!.no;
	for (const l of lines.slice(start + 1, start + 7)) {
		const cells = l.cells.map(norm);
		if (!cells.some((c) => FUND_LINE.test(c))) break;
		last = l.no;
		let col = -1;
		for (let i = 0; i < cells.length; i++) {
			const c = cells[i]!;
			if (FUND_LINE.test(c) || /财政$/.test(c)) {
				col++;
				const v = parseAmount(cells[i + 1]);
				if (typeof v === 'number' && col < 3) {
					sums[col]! += v;
					seen[col] = true;
				}
			}
		}
	}
	const labels = ['项目预算金额', '实际到位金额', '实际执行金额'];
	totals.forEach((t, k) => {
		// A column converted from 元 has its breakdown in 元 too.
		if (inYuan[k]) sums[k] = round2(sums[k]! / 10000);
		if (t === null || !seen[k] || Math.abs(t - sums[k]!) <= 0.011) return;
		ctx.issue(
			'error',
			'fund_breakdown',
			`绩效自评表「${name}」：${labels[k]} ${t} 万元，其资金来源明细合计 ${round2(sums[k]!)} 万元`,
			last,
		);
	});
}

const SECTIONS: [RegExp, number][] = [
	[/^(项目)?执行情况/, 10],
	[/^产出指标/, 50],
	[/^效益指标/, 30],
	[/^满意度指标/, 10],
];

/** The section scores (执行 10, 产出 50, 效益 30, 满意度 10) must add up to 总分 and stay within their maxima. */
function checkSections(ctx: Ctx, lines: readonly Line[], name: string, total: number | null): void {
	const scores: number[] = [];
	let lastLine = lines[0]?.no ?? null;
	for (const [re, max] of SECTIONS) {
		const l = lines.find((x) => x.cells.some((c) => re.test(norm(c))));
		if (!l) return;
		const cells = l.cells.map(norm).filter((c) => c !== '');
		const m = SCORE_CELL.exec(cells[cells.length - 1] ?? '');
		if (!m) return;
		const v = Number(m[1]);
		const stated = /\((\d+)分\)/.exec(cells.find((c) => re.test(c)) ?? '');
		const cap = stated ? Number(stated[1]) : max;
		if (v > cap)
			ctx.issue(
				'warning',
				'score_range',
				`绩效自评表「${name}」：${cells.find((c) => re.test(c))} 得分 ${v} 超过该项满分 ${cap}`,
				l.no,
			);
		scores.push(v);
		lastLine = l.no;
	}
	const sum = scores.reduce((a, b) => a + b, 0);
	if (total !== null && Math.abs(sum - total) > 0.01) {
		ctx.issue(
			'error',
			'score_sum',
			`绩效自评表「${name}」：总分 ${total}，各部分得分之和 ${scores.join(' + ')} = ${sum}`,
			lastLine,
		);
	}
}

/** The 部门（单位）收支情况 block of a 部门整体支出绩效自评表: label → amount (万元) and its line. */
export type DeptSummary = Map<string, { value: number; line: number }>;

const SUMMARY_LABELS = [
	'收入合计',
	'上年结转',
	'公共财政拨款',
	'其他收入',
	'支出合计',
	'基本支出',
	'项目支出',
	'结余',
];

export function readDeptSummary(section: Section): DeptSummary {
	const out: DeptSummary = new Map();
	for (const l of section.lines) {
		l.cells.forEach((c, i) => {
			const label = norm(c).replace(/^其中[:：]/, '');
			if (!SUMMARY_LABELS.includes(label) || out.has(label)) return;
			const v = parseAmount(l.cells.slice(i + 1).find((x) => x !== ''));
			if (typeof v === 'number') out.set(label, { value: v, line: l.no });
		});
	}
	return out;
}
