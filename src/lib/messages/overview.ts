/** The words of 总览. */
import { part } from './catalogue.js';

export default part(
	{
		coverage: '文档覆盖（城市 × 部门/单位 × 年度）',
		city: '城市',
		entity: '部门/单位',
		year: '年度',
		kind: '类型',
		openDoc: '查看原文 {file}',
		countAll: '共 {n} 份文档；数据核验发现 {errors} 处矛盾（错误）、{warnings} 处存疑（警告）。',
		countScoped:
			'所选范围内 {n} 份文档（全部 {all} 份）；数据核验发现 {errors} 处矛盾（错误）、{warnings} 处存疑（警告）。',
		noneInScope: '所选范围内没有文档。',
		rejected: '{n} 份文件未能读取：{files}。',
		toQuality: '查看数据核验 →',
		total: '支出合计',
		sourceOf: '来源：第 {line} 行',
		parts: '基本 {basic} · 项目 {project} 万元',
		threePublic: '三公经费 {amount} 万元',
		threePublicNone: '三公经费：表中未列',
		chartTitle: '支出合计（万元）',
		chartSource: '来源：各部门预算/决算公开 支出总表（决算为支出决算表）；蓝色为预算、橙色为决算',
		colTotal: '支出合计（万元）',
		colBasic: '基本支出（万元）',
		colProject: '项目支出（万元）',
		colPrior: '上年支出（万元）',
		colChange: '同比（%）',
		colThreePublic: '三公经费（万元）',
		noPrior: '无上年可比数',
		priorNarrativeOnly: '上年支出总计 {prior} 万元（据文中说明）；本年支出总计未能读取，不作比较',
		changeNarrative: '支出总计 {now} 万元，比上年 {pct}（上年支出总计 {prior} 万元，据文中说明）',
		changeDocument: '支出合计比上年 {pct}（上年 {prior} 万元，据上年文档）',
	},
	{
		coverage: 'Documents (city × department/unit × year)',
		city: 'City',
		entity: 'Department / unit',
		year: 'Year',
		kind: 'Kind',
		openDoc: 'Open {file}',
		countAll:
			'{n} documents; data checks found {errors} contradictions (errors) and {warnings} doubtful figures (warnings).',
		countScoped:
			'{n} documents in the scope ({all} in all); data checks found {errors} contradictions (errors) and {warnings} doubtful figures (warnings).',
		noneInScope: 'No documents in the chosen scope.',
		rejected: '{n} files could not be read: {files}.',
		toQuality: 'See data checks →',
		total: 'Total expenditure 「支出合计」',
		sourceOf: 'Source: line {line}',
		parts: 'Basic {basic} · projects {project} (CNY 10k)',
		threePublic: 'Three public {amount} (CNY 10k)',
		threePublicNone: 'Three public: not in the tables',
		chartTitle: 'Total expenditure (CNY 10k)',
		chartSource:
			"Source: each department's budget / final-account disclosure, expenditure summary table; blue budget, orange final",
		colTotal: 'Total expenditure (CNY 10k)',
		colBasic: 'Basic expenditure (CNY 10k)',
		colProject: 'Project expenditure (CNY 10k)',
		colPrior: 'Last year (CNY 10k)',
		colChange: 'Change on last year (%)',
		colThreePublic: 'Three public (CNY 10k)',
		noPrior: 'No comparable figure for last year',
		priorNarrativeOnly:
			"Last year's grand total {prior} (CNY 10k, from the text); this year's grand total could not be read, so no comparison",
		changeNarrative:
			"Grand total 「支出总计」 {now} (CNY 10k), {pct} on last year (last year's grand total {prior}, from the text)",
		changeDocument:
			"Total expenditure {pct} on last year (last year {prior} (CNY 10k), from last year's document)",
	},
);
