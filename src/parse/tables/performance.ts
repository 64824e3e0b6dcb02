/**
 * 项目支出绩效自评表 and 部门整体支出绩效自评表 → performance_evals (+ performance_indicators).
 * The forms are loose: labels and values drift between cells, 总分 may stand on its own line with
 * the score on the next, or be left blank (then the score is NULL, with a finding, never guessed).
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import type { Line } from '../lines.js';
import { parseAmount } from '../amount.js';
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
		const inline = norm(l.cells[i]!).replace(label, '').replace(/^[:：]/, '');
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
		const next = l.cells.slice(i + 1).find((c) => c !== '');
		const v = parseAmount(next);
		return typeof v === 'number' ? v : null;
	}
	return null;
}

/** 阳泉市司法局普法与依法治理科 → 阳泉市司法局: the budget unit, not the office inside it. */
export function unitOf(name: string | null): string | null {
	if (!name) return null;
	const m = /^(.+?(局|所|中心|处|厅|院|委员会|办公室))/.exec(name);
	return m ? m[1]! : name;
}

function readScore(ctx: Ctx, lines: readonly Line[], name: string): { score: number | null; line: number | null } {
	for (let k = 0; k < lines.length; k++) {
		const l = lines[k]!;
		const i = l.cells.findIndex((c) => /^总分$/.test(norm(c)));
		if (i < 0) continue;
		const after = l.cells.slice(i + 1).filter((c) => c !== '');
		let raw = after[0];
		if (raw === undefined) {
			// 总分 alone on its line: the score may be the next line's only figure.
			const next = lines.slice(k + 1).find((x) => x.cells.some((c) => c !== ''));
			const cells = next?.cells.filter((c) => c !== '') ?? [];
			if (next && cells.length === 1 && typeof parseAmount(cells[0]) === 'number') return check(ctx, parseAmount(cells[0]) as number, next.no, name);
			ctx.issue('warning', 'blank_score', `绩效自评表「${name}」：总分一栏为空，得分未填`, l.no);
			return { score: null, line: l.no };
		}
		const v = parseAmount(raw);
		if (typeof v !== 'number') {
			ctx.issue('warning', 'unreadable_score', `绩效自评表「${name}」：总分「${raw}」无法识别`, l.no);
			return { score: null, line: l.no };
		}
		return check(ctx, v, l.no, name);
	}
	ctx.issue('warning', 'blank_score', `绩效自评表「${name}」：没有总分一栏`, lines[0]?.no ?? null);
	return { score: null, line: null };
}

function check(ctx: Ctx, score: number, line: number, name: string): { score: number | null; line: number } {
	if (score < 0 || score > 100) {
		ctx.issue('error', 'score_range', `绩效自评表「${name}」：总分 ${score} 不在 0–100 之间，未采用`, line);
		return { score: null, line };
	}
	return { score, line };
}

const INDICATOR_L1 = /^(产出指标|效益指标|满意度指标)/;
const INDICATOR_L2 = /^(数量指标|质量指标|时效指标|成本指标|经济效益指标|社会效益指标|生态效益指标|可持续(性)?影响指标|服务对象满意度(指标)?)$/;

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

export function readSelfEval(ctx: Ctx, section: Section, level: 'project' | 'department'): PerformanceEval | null {
	const lines = section.lines;
	const nameCell = level === 'project'
		? valueAfter(lines, /^项目名称/)
		: valueAfter(lines, /^部门名称/) ?? valueAfter(lines, /^单位\(盖章\)[:：]?/);
	const name = nameCell?.text.replace(/\s+/g, '') || null;
	if (!name) {
		ctx.issue('warning', 'blank_form', `${section.title}：自评表没有项目名称，未读取`, section.titleLine);
		return null;
	}
	const implementer = unitOf(valueAfter(lines, /^实施单位/)?.text.replace(/\s+/g, '') ?? null);
	const yearText = valueAfter(lines, /^绩效自评评价年度/)?.text ?? '';
	const period = valueAfter(lines, /^项目起止时间/)?.text ?? '';
	const year = Number(/(20\d{2})/.exec(yearText)?.[1] ?? /.*(20\d{2})/.exec(period)?.[1] ?? ctx.doc.fiscalYear ?? NaN);
	const budget = level === 'project' ? amountAfter(lines, /^项目预算金额/) : amountAfter(lines, /^收入合计$/);
	const available = level === 'project' ? amountAfter(lines, /^实际到位金额/) : null;
	const executed = level === 'project' ? amountAfter(lines, /^实际执行金额/) : amountAfter(lines, /^支出合计$/);
	const { score } = readScore(ctx, lines, name);
	const line = nameCell?.line ?? section.titleLine;
	if (budget === null && executed === null && score === null) {
		ctx.issue('warning', 'blank_form', `绩效自评表「${name}」：金额和得分均为空`, line);
	}
	if (available !== null && executed !== null && executed > available + 0.005) {
		ctx.issue('warning', 'executed_over_available', `绩效自评表「${name}」：实际执行 ${executed} 万元超过实际到位 ${available} 万元`, line);
	}
	const row: PerformanceEval = {
		doc_id: ctx.doc.docId,
		entity: level === 'department' ? name : implementer ?? ctx.doc.entity,
		year: Number.isFinite(year) ? year : null,
		level,
		name,
		budget,
		available,
		executed,
		execution_rate: budget && executed !== null ? Math.round((executed / budget) * 10000) / 100 : null,
		score,
		grade: gradeOf(score),
		line,
	};
	readIndicators(ctx, lines, line);
	return row;
}
