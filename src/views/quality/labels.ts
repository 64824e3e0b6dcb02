/**
 * The words 数据核验 uses for what the checks find: each severity's label, colour and meaning, and
 * each check's family and meaning, in the users' words.
 */
import type { Finding } from '../../queries/findings.js';
import { KIND_LABEL } from '../../lib/format.js';

/** Each severity's label, colour (badges, bars) and what it means (the filter buttons' tooltip). */
export const SEVERITY = {
	error: { label: '错误', color: '#c53030', note: '文件自相矛盾或无法读取' },
	warning: { label: '警告', color: '#dd6b20', note: '数字存疑' },
	info: { label: '提示', color: '#4a5568', note: '解析时所作处理' },
} as const;
export type Severity = keyof typeof SEVERITY;
/** Each check's family and what a finding of it means, in the users' words. */
export const CHECKS: Record<string, [string, string]> = {
	sum_children: ['算术', '下级科目之和与上级不符'],
	total_parts: ['算术', '合计与各栏之和不符'],
	project_sum: ['算术', '项目合计不符'],
	three_public_sum: ['算术', '三公经费分项之和不符'],
	score_sum: ['算术', '各部分得分之和≠总分'],
	fund_breakdown: ['算术', '资金来源明细与金额不符'],
	cross_table: ['跨表', '同一数字在两表不一致'],
	approval_copy: ['批复表比对', '批复表与主表不一致'],
	narrative: ['文字与表格', '文字所述金额与表不符'],
	narrative_rate: ['文字与表格', '文字所述比率不符'],
	narrative_three_public: ['文字与表格', '文字所述三公经费不符'],
	narrative_share: ['文字与表格', '文字所述占比不符'],
	unit_plausibility: ['合理性', '金额单位疑似填错'],
	score_range: ['合理性', '得分超出分值'],
	executed_over_available: ['合理性', '执行数超过到位数'],
	economic_code: ['合理性', '经济科目编码存疑'],
	economic_category: ['合理性', '经济科目归类存疑'],
	blank_form: ['合理性', '自评表金额空白'],
	blank_score: ['合理性', '自评表总分未填'],
	score_conflict: ['合理性', '自评表有多个总分'],
	unreadable_amount: ['读取', '金额无法读取'],
	unreadable_score: ['读取', '得分无法读取'],
	extra_column: ['读取', '金额不在表头列下'],
	three_public_layout: ['读取', '三公表列数异常'],
	foreign_text: ['读取', '混入无关文字'],
	identity: ['读取', '文档信息不全'],
	blank_table: ['读取', '空表'],
	duplicate_section: ['读取', '重复章节已去除'],
	split_row: ['读取', '断行已合并'],
	unit_conversion: ['读取', '元已换算为万元'],
	unreadable: ['文件', '文件无法读取'],
	too_large: ['文件', '文件过大'],
	not_a_disclosure: ['文件', '不是预决算或绩效文档'],
	no_tables: ['文件', '未找到公开表格'],
	parser_failure: ['文件', '解析失败'],
};
/** What a finding of check `c` means; the check's own name when it is not listed. */
export const checkLabel = (c: string) => CHECKS[c]?.[1] ?? c;
/** The document a finding is about: entity, year and kind, or the file that could not be read. */
export const docLabel = (f: Finding) =>
	f.status === 'rejected'
		? f.source_file
		: `${f.entity ?? '?'}${f.fiscal_year ?? ''}${KIND_LABEL[f.kind ?? ''] ?? ''}`;
