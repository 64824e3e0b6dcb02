/**
 * Shanghai district 区级部门预算 / 区级单位预算 (上海市普陀区 and its peers): nine tables titled
 * "2025年部门财务收支预算总表" …, tables in 元 (the 三公 table in 万元), the 三公 and 机关运行经费
 * figures side by side in one table with the categories as columns. Its 部门决算 follows the national
 * template (common.ts). This file is everything the engine needed to read these documents.
 */
import type { FamilySpec } from './types.js';

export const shanghai: FamilySpec = {
	name: '上海市区级部门预算',
	titles: [
		[/财政拨款收支预算总表/, 'fiscal_summary'],
		[/财务收支预算总表/, 'summary'],
		[/收入预算总表/, 'income'],
		[/支出预算总表/, 'expenditure'],
		[/一般公共预算支出功能分类预算表/, 'general_budget'],
		[/基本支出.*经济分类预算表/, 'economic'],
		[/政府性基金预算支出功能分类预算表/, 'gov_fund'],
		[/国有资本经营预算支出功能分类预算表/, 'state_capital'],
	],
	measures: [[/^事业单位经营收入$/, 'operating']],
	threePublicColumns: [
		[/^合计$/, 'total'],
		[/因公出国/, 'outbound'],
		[/公务接待/, 'reception'],
		[/^公务用车购置及运行费$|^小计$/, 'vehicle_total'],
		[/^(公务用车)?购置费$/, 'vehicle_purchase'],
		[/^(公务用车)?运行(维护)?费$/, 'vehicle_operation'],
		[/机关运行经费/, 'org_running_cost'],
	],
};
