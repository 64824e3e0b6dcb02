/**
 * The words 数据核验 uses for what the checks find: each severity's label, colour and meaning; the
 * rules' families and labels come from the one catalogue (src/parse/review/catalogue.ts), the
 * tables' names from what each kind of document must publish (src/parse/review/required.ts).
 */
import type { Finding } from '../../queries/findings.js';
import { KIND_LABEL, fmtWan } from '../../lib/format.js';
import { FAMILIES, familyOf, ruleLabel, type Family } from '../../parse/review/catalogue.js';
import { REQUIREMENTS } from '../../parse/review/required.js';

export { FAMILIES, ruleLabel, type Family };

/** Each severity's label, colour (badges, bars) and what it means (the filter buttons' tooltip). */
export const SEVERITY = {
	error: { label: '错误', color: '#c53030', note: '文件自相矛盾或无法读取' },
	warning: { label: '警告', color: '#dd6b20', note: '数字存疑' },
	info: { label: '提示', color: '#4a5568', note: '解析时所作处理' },
} as const;
export type Severity = keyof typeof SEVERITY;

/** A finding's family: the one the parser stamped, else the catalogue's (older datasets). */
export const familyOfFinding = (f: Pick<Finding, 'family' | 'check'>): Family =>
	f.family && f.family in FAMILIES ? (f.family as Family) : familyOf(f.check);
/** The family's label in the reviewers' words (完整性, 表内, 表间 …). */
export const familyLabel = (family: string): string => FAMILIES[family as Family] ?? family;

/** Tables named by other words than a required table's kind. */
const OTHER_TABLES: Record<string, string> = {
	text: '文字说明',
	table: '表格',
	gov_fund_income: '政府性基金收入表',
	org_running: '机关运行经费表',
	projects: '项目支出表',
	projects_carryover: '结转项目表',
	stats: '相关信息统计表',
	target_form: '绩效目标表',
	self_eval: '绩效自评表',
	dept_self_eval: '部门整体绩效自评表',
};

/**
 * A table key as the finding's document calls it: `summary` in a 决算 is 收入支出决算总表, in a
 * budget 收支总表; `approval:summary` is the approval copy (批复表) of it; `text` the narrative.
 */
export function tableLabel(key: string | null, kind: string | null): string {
	if (!key) return '';
	const approval = /^approval:(.+)$/.exec(key);
	if (approval) return `批复表（${tableLabel(approval[1]!, kind)}）`;
	const required = REQUIREMENTS.find((r) => r.kind === kind) ?? REQUIREMENTS[0]!;
	return required.tables.find((t) => t.kind === key)?.label ?? OTHER_TABLES[key] ?? key;
}

/** The document a finding is about: entity, year and kind, or the file that could not be read. */
export const docLabel = (f: Finding) =>
	f.status === 'rejected'
		? f.source_file
		: `${f.entity ?? '?'}${f.fiscal_year ?? ''}${KIND_LABEL[f.kind ?? ''] ?? ''}`;

/** Where a figure is printed: 第 n 行, and its page for a PDF. */
export const placeLabel = (line: number | null, page: number | null): string =>
	[line !== null ? `第 ${line} 行` : '', page !== null ? `第 ${page} 页` : '']
		.filter(Boolean)
		.join('，');

/** True when the finding compares two figures (both values known). */
export const hasFigures = (f: Finding): boolean => f.value_a !== null && f.value_b !== null;

/** "收入支出决算总表 326.71 万元（第 68 行，第 6 页）" — one side of a finding that compares two. */
export function figureText(f: Finding, side: 'a' | 'b'): string {
	const [table, value, line, page] =
		side === 'a'
			? [f.table_a, f.value_a, f.line, f.page]
			: [f.table_b, f.value_b, f.line_b, f.page_b];
	const place = placeLabel(line, page);
	return `${tableLabel(table, f.kind)} ${figureValue(f, value)}${place ? `（${place}）` : ''}`;
}

/** Rules whose figures are percentages, not 万元. */
const PERCENT_RULES = new Set(['narrative_rate', 'narrative_share', 'share_range']);
/** A compared figure with its unit: 326.71 万元, or 71.73% for a rate or a share. */
export const figureValue = (f: Pick<Finding, 'check'>, value: number | null): string =>
	PERCENT_RULES.has(f.check) ? `${fmtWan(value)}%` : `${fmtWan(value)} 万元`;
