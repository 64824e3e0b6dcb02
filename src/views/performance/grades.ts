/**
 * How 绩效评价 reads a self-evaluation: the documents' own grade bands, the 高分低执行 flag, a
 * row's key (kept in the URL) and how a score is written when the form leaves it blank.
 */
import type { PerformanceEvalRow as Eval } from '../../queries/performanceEvals.js';

/** The documents' own bands: 100-90（含）优、90-80（含）良、80-60（含）中、60 以下差. */
export const BANDS = [
	{ from: 0, to: 60, label: '差 < 60', color: '#c53030' },
	{ from: 60, to: 80, label: '中 60–80', color: '#b7791f' },
	{ from: 80, to: 90, label: '良 80–90', color: '#2b6cb0' },
	{ from: 90, to: 100, label: '优 ≥ 90', color: '#2f855a' },
];
export const bandOf = (s: number) => BANDS.find((b) => s < b.to) ?? BANDS[3]!;
/** 高分低执行: a score of 90 or more although under 80 % of the budget was spent. */
export const flagged = (e: Eval) =>
	e.score !== null && e.score >= 90 && e.execution_rate !== null && e.execution_rate < 80;
/** A form's key, `doc_id:line`: how the chosen project is kept in the URL. */
export const keyOf = (e: Eval) => `${e.doc_id}:${e.line}`;
/** A 总分 as written, 未填 where the form leaves it blank (never 0). */
export const fmtScore = (x: unknown) => (typeof x === 'number' ? `${x}` : '未填');
