/**
 * Recognising a disclosure table by its title. Both the Shanxi (表一…表十三, 公开01表…) and the Hebei
 * (部门预算…表) families name their tables with the same words, so the title's words decide, not its
 * number or position.
 */

export type TableKind =
	| 'summary'
	| 'income'
	| 'expenditure'
	| 'fiscal_summary'
	| 'general_budget'
	| 'economic'
	| 'gov_fund'
	| 'gov_fund_income'
	| 'state_capital'
	| 'three_public'
	| 'org_running'
	| 'projects'
	| 'projects_carryover'
	| 'stats'
	| 'target_form'
	| 'self_eval'
	| 'dept_self_eval';

const RULES: [RegExp, TableKind][] = [
	[/项目支出绩效自评表/, 'self_eval'],
	[/整体支出绩效自评表/, 'dept_self_eval'],
	[/项目支出绩效目标(申报)?表|绩效目标表$/, 'target_form'],
	[/三公.*经费/, 'three_public'],
	[/机关运行经费(预算)?表/, 'org_running'],
	[/相关信息统计表/, 'stats'],
	[/项目支出(预算)?表.*上年结转/, 'projects_carryover'],
	[/项目支出(预算)?表/, 'projects'],
	[/基本支出(决算明细|分经济科目|明细)?(批复)?表|基本支出.*经济/, 'economic'],
	[/^(部门预算)?政府性基金.*收入(预算)?表/, 'gov_fund_income'],
	[/^(部门预算)?政府性基金/, 'gov_fund'],
	[/^(部门预算)?国有资本经营/, 'state_capital'],
	[/^(部门预算)?一般公共预算/, 'general_budget'],
	[/财政拨款收支总表|财政拨款收入支出决算(批复)?总?表/, 'fiscal_summary'],
	[/收支总表|收入支出决算(批复)?总?表/, 'summary'],
	[/收入(总|决算|决算批复)表/, 'income'],
	[/支出(总|决算|决算批复)表/, 'expenditure'],
];

/**
 * The table's number in front of its name: 表二, 表5, 附表3, 预算公开表1, 公开05表, 五、 (spaces are
 * gone by then, so '表5 2024年…' reads '表52024年…': a number runs up to the year).
 */
const NUMBERING = /^(?:(?:附|预算公开|部门公开|公开)?表(?:[一二三四五六七八九十]+|\d{1,2}(?=\D|20\d{2}))|(?:公开|附|财政批复|财决批复)\d{1,2}表|[一二三四五六七八九十]+、)[:：、.\-]?/;

export type TableTitle = { kind: TableKind; approval: boolean; title: string };

/**
 * The kind of table a line titles, or null. A title is a short line of one cell that names a table;
 * table-of-contents entries (dot leaders, page numbers), notes (注/说明) and sentences are not titles.
 */
export function tableTitle(text: string): TableTitle | null {
	const t = text.replace(/\s+/g, '').replace(/^\d+[、.]/, '');
	if (t.length < 4 || t.length > 60) return null;
	if (/\.{3,}|…|《|。|^注|^说明|^附件|见附件|^\(|情况说明/.test(t)) return null;
	if (!/表$|表\(|表（|申报表|目标表$/.test(t) && !/表[(（][^)）]*[)）]$/.test(t)) return null;
	if (/目录|一览表$/.test(t)) return null;
	const stripped = t
		.replace(/[(（][^)）]*[)）]$/, '')
		.replace(NUMBERING, '')
		.replace(/^20\d{2}年度?/, '');
	const rule = RULES.find(([re]) => re.test(stripped) || re.test(t));
	if (!rule) return null;
	return { kind: rule[1], approval: /批复/.test(t), title: text.trim() };
}
