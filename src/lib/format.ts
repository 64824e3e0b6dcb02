/**
 * How figures are shown: 万元 with thousands separators and two decimals (the documents' own
 * precision), percentages with one decimal.
 */
const wan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wanShort = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

export const fmtWan = (x: number | null | undefined): string =>
	x === null || x === undefined || !Number.isFinite(x) ? '—' : wan.format(x);
export const fmtWanShort = (x: number): string => wanShort.format(x);
export const fmtPct = (x: number | null | undefined): string =>
	x === null || x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(1)}%`;
export const fmtSignedPct = (x: number | null | undefined): string =>
	x === null || x === undefined || !Number.isFinite(x)
		? '—'
		: `${x > 0 ? '+' : ''}${x.toFixed(1)}%`;
export const fmtSignedWan = (x: number | null | undefined): string =>
	x === null || x === undefined || !Number.isFinite(x)
		? '—'
		: `${x > 0 ? '+' : ''}${wan.format(x)}`;

export const KIND_LABEL: Record<string, string> = {
	budget: '预算',
	final_account: '决算',
	performance_eval: '绩效自评',
};
export const CATEGORY_LABEL: Record<string, string> = {
	total: '三公经费合计',
	outbound: '因公出国(境)费',
	vehicle_purchase: '公务用车购置费',
	vehicle_operation: '公务用车运行维护费',
	vehicle_total: '公务用车购置及运行维护费',
	reception: '公务接待费',
};
export const BASIS_LABEL: Record<string, string> = {
	budget: '预算',
	adjusted_budget: '调整预算',
	final: '决算',
};
