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

/** The kinds of document in the documents' own words (the catalogue's 'kind.*' says them in both languages). */
export const KIND_LABEL: Record<string, string> = {
	budget: '预算',
	final_account: '决算',
	performance_eval: '绩效自评',
};
