/**
 * What each kind of disclosure must publish: its tables (by the parser's table kinds, whatever a
 * province calls them) and the parts of its text. Data, not code: a province whose rules differ adds
 * an entry to REQUIREMENTS with its `place` and the lists it requires.
 */
import type { TableKind } from '../tableKinds.js';

export type RequiredTable = { kind: TableKind; label: string };
/** A part of the text: found when a line of the prose (not of a table) matches `words`. */
export type RequiredSection = { key: string; label: string; words: RegExp };

export type Requirement = {
	kind: 'budget' | 'final_account';
	/** Only documents of this province (as `documents.province` names it); absent: every province. */
	place?: string;
	tables: readonly RequiredTable[];
	sections: readonly RequiredSection[];
};

/** The tables both a 部门预算 and a 部门决算 publish (财政部's 公开 templates), by table kind. */
const NINE_TABLES = (kind: 'budget' | 'final_account'): RequiredTable[] => {
	const b = kind === 'budget';
	return [
		{ kind: 'summary', label: b ? '收支总表' : '收入支出决算总表' },
		{ kind: 'income', label: b ? '收入总表' : '收入决算表' },
		{ kind: 'expenditure', label: b ? '支出总表' : '支出决算表' },
		{ kind: 'fiscal_summary', label: b ? '财政拨款收支总表' : '财政拨款收入支出决算总表' },
		{ kind: 'general_budget', label: b ? '一般公共预算支出表' : '一般公共预算财政拨款支出决算表' },
		{
			kind: 'economic',
			label: b ? '一般公共预算基本支出表' : '一般公共预算财政拨款基本支出决算表',
		},
		{
			kind: 'gov_fund',
			label: b ? '政府性基金预算支出表' : '政府性基金预算财政拨款收入支出决算表',
		},
		{
			kind: 'state_capital',
			label: b ? '国有资本经营预算支出表' : '国有资本经营预算财政拨款支出决算表',
		},
		{ kind: 'three_public', label: b ? '“三公”经费支出表' : '财政拨款“三公”经费支出决算表' },
	];
};

/** The parts of the 编制说明 / 情况说明 every 部门预算 and 部门决算 gives. */
const SECTIONS: RequiredSection[] = [
	{ key: 'text_three_public', label: '“三公”经费说明', words: /三公/ },
	{ key: 'text_org_running', label: '机关运行经费说明', words: /机关运行经费/ },
	{ key: 'text_procurement', label: '政府采购说明', words: /政府采购/ },
	{ key: 'text_assets', label: '国有资产占有使用说明', words: /国有资产|资产占[有用]/ },
	{ key: 'text_performance', label: '预算绩效说明', words: /绩效/ },
];

export const REQUIREMENTS: readonly Requirement[] = [
	{ kind: 'budget', tables: NINE_TABLES('budget'), sections: SECTIONS },
	{ kind: 'final_account', tables: NINE_TABLES('final_account'), sections: SECTIONS },
];

/** The requirement a document answers to: its province's own, else the national one. */
export function requirementFor(
	kind: string | null,
	province: string | null,
): Requirement | undefined {
	const of = REQUIREMENTS.filter((r) => r.kind === kind);
	return of.find((r) => r.place !== undefined && r.place === province) ?? of.find((r) => !r.place);
}

/**
 * Words that say a table is empty on purpose ("本部门2024年无政府性基金预算财政拨款收入…，故本表为空表",
 * "本表无数据", "无数据"): the note a blank table needs.
 */
export const EMPTY_NOTE =
	/本表为空表|本表无数据|故本表为空|空表|无数据|无相关数据|无.{0,20}(收入|支出|经费|安排)/;

/** What each table is about, as its empty note would name it ("无政府性基金预算财政拨款…"). */
export const SUBJECTS: Partial<Record<TableKind, RegExp>> = {
	gov_fund: /政府性基金/,
	gov_fund_income: /政府性基金/,
	state_capital: /国有资本经营/,
	three_public: /三公/,
	org_running: /机关运行经费/,
	projects: /项目/,
};
