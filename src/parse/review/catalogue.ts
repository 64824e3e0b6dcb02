/**
 * Every rule a finding can come from, in one place: its stable id (`validation_issues.check`), the
 * family it belongs to and what a finding of it means in the reviewers' words. The parser stamps the
 * family on each finding from here; 数据核验 and 公开质量 group and label by it.
 */

/** The families of the 公开质量审查, in the order a reviewer reads them. */
export const FAMILIES = {
	completeness: '完整性',
	within_table: '表内',
	between_tables: '表间',
	text_vs_table: '文表',
	form: '形式',
	reading: '读取',
	file: '文件',
} as const;
export type Family = keyof typeof FAMILIES;

/** Families that measure the document (its score), not the parser's reading of it. */
export const SCORED_FAMILIES: readonly Family[] = [
	'completeness',
	'within_table',
	'between_tables',
	'text_vs_table',
	'form',
];

type Rule = readonly [family: Family, label: string];

export const RULES: Record<string, Rule> = {
	// 完整性: what the document's kind must publish.
	missing_table: ['completeness', '缺少应公开的表'],
	missing_section: ['completeness', '缺少应说明的内容'],
	toc_not_printed: ['completeness', '目录列出但未刊印的表'],
	printed_not_in_toc: ['completeness', '刊印但目录未列的表'],
	empty_without_note: ['completeness', '空表未作说明'],
	note_wrong_table: ['completeness', '空表说明所指非本表'],
	empty_table_note: ['completeness', '注明空表却有数字'],
	blank_table: ['completeness', '空表'],
	blank_form: ['completeness', '自评表金额空白'],
	blank_score: ['completeness', '自评表总分未填'],
	// 表内: a table against itself.
	sum_children: ['within_table', '下级科目之和与上级不符'],
	total_parts: ['within_table', '合计与各栏之和不符'],
	summary_balance: ['within_table', '总计与本年数加结转结余不符'],
	project_sum: ['within_table', '项目合计不符'],
	three_public_sum: ['within_table', '三公经费分项之和不符'],
	score_sum: ['within_table', '各部分得分之和≠总分'],
	fund_breakdown: ['within_table', '资金来源明细与金额不符'],
	share_range: ['within_table', '占比超出 0–100%'],
	negative_amount: ['within_table', '金额为负'],
	unit_plausibility: ['within_table', '金额单位疑似填错'],
	score_range: ['within_table', '得分超出分值'],
	executed_over_available: ['within_table', '执行数超过到位数'],
	economic_code: ['within_table', '经济科目编码存疑'],
	economic_category: ['within_table', '经济科目归类存疑'],
	score_conflict: ['within_table', '自评表有多个总分'],
	self_eval_summary: ['within_table', '自评汇总与明细不符'],
	// 表间: the same figure in two tables.
	cross_table: ['between_tables', '同一数字在两表不一致'],
	approval_copy: ['between_tables', '批复表与主表不一致'],
	fund_table_not_empty: ['between_tables', '基金表有数而总表基金栏为零'],
	// 文表: the text against the tables.
	narrative: ['text_vs_table', '文字所述金额与表不符'],
	narrative_rate: ['text_vs_table', '文字所述比率不符'],
	narrative_three_public: ['text_vs_table', '文字所述三公经费不符'],
	narrative_share: ['text_vs_table', '文字所述占比不符'],
	narrative_compare: ['text_vs_table', '“大于/小于/等于预算”与数字不符'],
	narrative_direction: ['text_vs_table', '“增加/减少/持平”与数字不符'],
	empty_table_text: ['text_vs_table', '表为空而文中列有数字'],
	// 形式: how the document is written.
	year_mismatch: ['form', '年份与文档年度不符'],
	placeholder: ['form', '模板占位文字未替换'],
	name_mismatch: ['form', '部门名称前后不一'],
	foreign_text: ['form', '混入无关文字'],
	identity: ['form', '文档信息不全'],
	// 读取: what the parser did or could not do.
	unreadable_amount: ['reading', '金额无法读取'],
	unreadable_score: ['reading', '得分无法读取'],
	extra_column: ['reading', '金额不在表头列下'],
	three_public_layout: ['reading', '三公表列数异常'],
	duplicate_section: ['reading', '重复章节已去除'],
	split_row: ['reading', '断行已合并'],
	unit_conversion: ['reading', '元已换算为万元'],
	// 文件: documents that could not be read at all.
	unreadable: ['file', '文件无法读取'],
	too_large: ['file', '文件过大'],
	not_a_disclosure: ['file', '不是预决算或绩效文档'],
	no_tables: ['file', '未找到公开表格'],
	parser_failure: ['file', '解析失败'],
	pdf_damaged: ['file', 'PDF 文件损坏'],
	pdf_encrypted: ['file', 'PDF 已加密'],
	pdf_no_text: ['file', 'PDF 无文字层（需先 OCR）'],
	duplicate_copy: ['file', '同一文件的副本，只载入一次'],
	conflicting_version: ['file', '同一部门、年度、类别有两个不同版本'],
};

/** The family of rule `check`; a rule not listed is the parser's own (reading). */
export const familyOf = (check: string): Family => RULES[check]?.[0] ?? 'reading';
/** What a finding of rule `check` means; the rule's id when it is not listed. */
export const ruleLabel = (check: string): string => RULES[check]?.[1] ?? check;
