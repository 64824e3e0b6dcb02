/**
 * The national table names, as the Shanxi (表一…表十三, 公开01表…) and Hebei (部门预算…表) families
 * and the national 部门决算 template print them: the title's words decide, not its number.
 */
import type { FamilySpec } from './types.js';

export const common: FamilySpec = {
	name: '全国通用（山西、河北、部门决算模板）',
	titles: [
		[/项目支出绩效自评表/, 'self_eval'],
		[/整体支出绩效自评表/, 'dept_self_eval'],
		[/项目支出绩效目标(申报)?表|绩效目标表$/, 'target_form'],
		[/三公.*经费/, 'three_public'],
		[/机关运行经费(预算)?表/, 'org_running'],
		[/相关信息统计表/, 'stats'],
		[/项目支出(预算)?表.*上年结转/, 'projects_carryover'],
		[/项目支出(预算)?表/, 'projects'],
		[/基本支出(决算明细|决算|分经济科目|明细)?(批复)?表|基本支出.*经济/, 'economic'],
		[/^(部门预算)?政府性基金.*收入(预算)?表/, 'gov_fund_income'],
		[/^(部门预算)?政府性基金/, 'gov_fund'],
		[/^(部门预算)?国有资本经营/, 'state_capital'],
		[/^(部门预算)?一般公共预算/, 'general_budget'],
		[/财政拨款收支总表|财政拨款收入支出决算(批复)?总?表/, 'fiscal_summary'],
		[/收支总表|收入支出决算(批复)?总?表/, 'summary'],
		[/收入(总|决算|决算批复)表/, 'income'],
		[/支出(总|决算|决算批复)表/, 'expenditure'],
	],
	measures: [],
};
