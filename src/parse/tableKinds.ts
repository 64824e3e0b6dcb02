import { TITLE_RULES } from './specs/index.js';

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

/**
 * The table's number in front of its name: 表二, 表5, 附表3, 预算公开表1, 公开05表, 五、 (spaces are
 * gone by then, so '表5 2024年…' reads '表52024年…': a number runs up to the year).
 */
const NUMBERING =
	/^(?:(?:附|预算公开|部门公开|公开)?表(?:[一二三四五六七八九十]+|\d{1,2}(?=\D|20\d{2}))|(?:公开|附|财政批复|财决批复)\d{1,2}表|[一二三四五六七八九十]+、)[:：、.\-]?/;

/** What a title may carry before the table's own name: a department's name, the year, 区级, 部门 or 单位. */
const PREFIX =
	/^(?:[\u4e00-\u9fa5()（）]{2,30}?(?:局|厅|委员会|办公室|办事处|中心|院|所|部|委))?(?:20\d{2}年度?)?(?:区级|市级|县级)?(?:部门|单位)?(?=.{4})/;

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
		.replace(PREFIX, '');
	const rule = TITLE_RULES.find(([re]) => re.test(stripped) || re.test(t));
	if (!rule) return null;
	return { kind: rule[1], approval: /批复/.test(t), title: text.trim() };
}
