/**
 * The matrix's words: its columns in the order of the 公开 templates with short labels, each
 * status's colour and meaning, and how a document is named.
 */
import type { DisclosureDoc, ItemStatus } from '../../queries/disclosure.js';
import { KIND_LABEL } from '../../lib/format.js';

/** Required items in column order, with a short label (the full one is in the cell's tooltip). */
export const ITEM_COLUMNS: readonly { item: string; short: string }[] = [
	{ item: 'summary', short: '收支总表' },
	{ item: 'income', short: '收入表' },
	{ item: 'expenditure', short: '支出表' },
	{ item: 'fiscal_summary', short: '财政拨款总表' },
	{ item: 'general_budget', short: '一般公共预算' },
	{ item: 'economic', short: '基本支出' },
	{ item: 'gov_fund', short: '政府性基金' },
	{ item: 'state_capital', short: '国有资本经营' },
	{ item: 'three_public', short: '三公经费表' },
	{ item: 'text_three_public', short: '三公说明' },
	{ item: 'text_org_running', short: '机关运行经费' },
	{ item: 'text_procurement', short: '政府采购' },
	{ item: 'text_assets', short: '国有资产' },
	{ item: 'text_performance', short: '绩效' },
];

/** Each status's label, cell colour, text colour and the mark printed in the cell (readable without colour). */
export const STATUS: Record<
	ItemStatus,
	{ label: string; color: string; text: string; mark: string }
> = {
	present: { label: '已公开', color: '#c6f6d5', text: '#22543d', mark: '✓' },
	empty_noted: { label: '空表有说明', color: '#bee3f8', text: '#2a4365', mark: '空' },
	empty_unnoted: { label: '空表无说明', color: '#feebc8', text: '#7b341e', mark: '空!' },
	missing: { label: '缺失', color: '#fed7d7', text: '#822727', mark: '缺' },
};

/** 部门预算 / 单位决算 …: the scope matters when one entity publishes both (上海 人民政府办公室 2025). */
export const kindLabel = (d: Pick<DisclosureDoc, 'kind' | 'scope'>): string =>
	`${d.scope === 'unit' ? '单位' : '部门'}${KIND_LABEL[d.kind] ?? d.kind}`;

/** "阳泉市司法局 2024 部门预算". */
export const docName = (d: DisclosureDoc): string =>
	`${d.entity ?? '未识别'} ${d.fiscal_year ?? ''} ${kindLabel(d)}`;
