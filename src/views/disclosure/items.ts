/**
 * The matrix's words: its columns in the order of the 公开 templates with short labels, each
 * status's colour, mark and meaning, and how a document is named (in the chosen language; the
 * entity's name as the document prints it).
 */
import type { DisclosureDoc, ItemStatus } from '../../queries/disclosure.js';
import { t, type MessageKey } from '../../lib/i18n.js';

/** Required items in column order, with a short label (the full one is in the cell's tooltip). */
export const ITEM_COLUMNS = [
	'summary',
	'income',
	'expenditure',
	'fiscal_summary',
	'general_budget',
	'economic',
	'gov_fund',
	'state_capital',
	'three_public',
	'text_three_public',
	'text_org_running',
	'text_procurement',
	'text_assets',
	'text_performance',
] as const;
export type Item = (typeof ITEM_COLUMNS)[number];
export const itemLabel = (item: Item): string => t(`disclosure.item.${item}`);

/** Each status's cell colour, text colour and the mark printed in the cell (readable without colour). */
export const STATUS: Record<ItemStatus, { color: string; text: string }> = {
	present: { color: '#c6f6d5', text: '#22543d' },
	empty_noted: { color: '#bee3f8', text: '#2a4365' },
	empty_unnoted: { color: '#feebc8', text: '#7b341e' },
	missing: { color: '#fed7d7', text: '#822727' },
};
/** 已公开, 空表有说明 …. */
export const statusLabel = (s: ItemStatus): string => t(`disclosure.status.${s}`);
/** ✓, 空, 空!, 缺: the cell's mark. */
export const statusMark = (s: ItemStatus): string => t(`disclosure.mark.${s}`);

/** 部门预算 / 单位决算 …: the scope matters when one entity publishes both (上海 人民政府办公室 2025). */
export function kindLabel(d: Pick<DisclosureDoc, 'kind' | 'scope'>): string {
	const key = `disclosure.kind.${d.scope === 'unit' ? 'unit' : 'department'}.${d.kind}`;
	const text = t(key as MessageKey);
	return text === key ? d.kind : text;
}

/** "阳泉市司法局 2024 部门预算". */
export const docName = (d: DisclosureDoc): string =>
	`${d.entity ?? t('disclosure.unnamed')} ${d.fiscal_year ?? ''} ${kindLabel(d)}`;
