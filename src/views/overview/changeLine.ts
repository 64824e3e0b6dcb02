/**
 * The change-on-last-year line of a headline card, comparing like with like and naming both
 * figures: last year's document gives 支出合计 against 支出合计 (this year's is the card's big
 * number); a narrative gives 支出总计 (with carry-over) against 支出总计, so this year's 支出总计
 * is named too — never a percentage whose base the card does not show.
 */
import type { Headline } from '../../queries/headlines.js';
import { fmtSignedPct, fmtWan } from '../../lib/format.js';

export function changeLine(
	h: Pick<Headline, 'change_pct' | 'prior_source' | 'prior_total' | 'grand_total'>,
): string {
	if (h.change_pct === null || h.prior_total === null) return '无上年可比数';
	if (h.prior_source === 'narrative') {
		// The narrative states last year's 支出总计: compared only with this year's 支出总计.
		if (h.grand_total === null)
			return `上年支出总计 ${fmtWan(h.prior_total)} 万元（据文中说明）；本年支出总计未能读取，不作比较`;
		return `支出总计 ${fmtWan(h.grand_total)} 万元，比上年 ${fmtSignedPct(h.change_pct)}（上年支出总计 ${fmtWan(h.prior_total)} 万元，据文中说明）`;
	}
	return `支出合计比上年 ${fmtSignedPct(h.change_pct)}（上年 ${fmtWan(h.prior_total)} 万元，据上年文档）`;
}
