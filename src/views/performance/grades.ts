/**
 * How 绩效评价 reads a self-evaluation: the documents' own grade bands, the 高分低执行 flag, a
 * row's key (kept in the URL) and how a score is written when the form leaves it blank.
 */
import type { PerformanceEvalRow as Eval } from '../../queries/performanceEvals.js';
import { MARK } from '../../charts/palette.js';
import { t } from '../../lib/i18n.js';

type Grade = 'excellent' | 'good' | 'fair' | 'poor';

/**
 * The documents' own bands: 100-90（含）优、90-80（含）良、80-60（含）中、60 以下差. The colour also
 * writes the band's name above the chart, so each is legible as text.
 */
const GRADES: readonly { from: number; to: number; grade: Grade; range: string; color: string }[] =
	[
		{ from: 0, to: 60, grade: 'poor', range: '< 60', color: MARK.flagged },
		{ from: 60, to: 80, grade: 'fair', range: '60–80', color: MARK.final },
		{ from: 80, to: 90, grade: 'good', range: '80–90', color: MARK.budget },
		{ from: 90, to: 100, grade: 'excellent', range: '≥ 90', color: MARK.public },
	];
/** The bands named in the chosen language (call inside a template or `$derived`). */
export const bands = () =>
	GRADES.map(({ from, to, grade, range, color }) => ({
		from,
		to,
		label: `${t(`performance.grade.${grade}`)} ${range}`,
		color,
	}));
export const bandOf = (s: number) => GRADES.find((b) => s < b.to) ?? GRADES[3]!;

/** The grade as the forms print it, to its name in the chosen language. */
const PRINTED: Readonly<Record<string, Grade>> = {
	优: 'excellent', // zh-data
	良: 'good', // zh-data
	中: 'fair', // zh-data
	差: 'poor', // zh-data
};
/** A form's grade in words; one the bands do not know shows as printed, none as 未评级. */
export const gradeName = (g: string | null) => {
	if (g === null) return t('performance.ungraded');
	const grade = PRINTED[g];
	return grade ? t(`performance.grade.${grade}`) : g;
};

/** 高分低执行: a score of 90 or more although under 80 % of the budget was spent. */
export const flagged = (e: Eval) =>
	e.score !== null && e.score >= 90 && e.execution_rate !== null && e.execution_rate < 80;
/** A form's key, `doc_id:line`: how the chosen project is kept in the URL. */
export const keyOf = (e: Eval) => `${e.doc_id}:${e.line}`;
/** A 总分 as written, 未填 where the form leaves it blank (never 0). */
export const fmtScore = (x: unknown) => (typeof x === 'number' ? `${x}` : t('performance.blank'));
