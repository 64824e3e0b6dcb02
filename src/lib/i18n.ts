/** The UI's words in Chinese (default) and English. Figures, names and document text stay as printed. */
import type { ViewId } from '../state/view.svelte.js';

const WORDS = {
	zh: {
		app: '预决算透视',
		tagline: '部门预算 · 决算 · 绩效自评 对比',
		overview: '总览',
		structure: '支出结构',
		'three-public': '三公经费',
		execution: '预算执行',
		performance: '绩效评价',
		compare: '对比',
		quality: '数据核验',
		cities: '城市',
		entities: '部门/单位',
		years: '年度',
		basis: '口径',
		all: '全部',
		budget: '预算',
		final: '决算',
		both: '预算与决算',
		present: '演示模式',
		language: 'English',
		loading: '分析引擎启动中…',
		source: '原文',
	},
	en: {
		app: 'Budget Lens',
		tagline: 'Compare departmental budgets, final accounts and self-evaluations',
		overview: 'Overview',
		structure: 'Structure',
		'three-public': 'Three public',
		execution: 'Execution',
		performance: 'Performance',
		compare: 'Compare',
		quality: 'Data quality',
		cities: 'Cities',
		entities: 'Departments / units',
		years: 'Years',
		basis: 'Basis',
		all: 'All',
		budget: 'Budget',
		final: 'Final',
		both: 'Budget & final',
		present: 'Present',
		language: '中文',
		loading: 'Starting the engine…',
		source: 'Source',
	},
} as const;

export type WordKey = keyof (typeof WORDS)['zh'];
export const t = (lang: 'zh' | 'en', key: WordKey | ViewId): string => WORDS[lang][key as WordKey];
