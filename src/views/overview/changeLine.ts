/**
 * The change-on-last-year line of a headline card, comparing like with like and naming both
 * figures: last year's document gives 支出合计 against 支出合计 (this year's is the card's big
 * number); a narrative gives 支出总计 (with carry-over) against 支出总计, so this year's 支出总计
 * is named too — never a percentage whose base the card does not show.
 */
import type { Headline } from '../../queries/headlines.js';
import { fmtSignedPct, fmtWan } from '../../lib/format.js';
import { tIn, type Lang } from '../../lib/messages/index.js';

export function changeLine(
	h: Pick<Headline, 'change_pct' | 'prior_source' | 'prior_total' | 'grand_total'>,
	lang: Lang = 'zh',
): string {
	if (h.change_pct === null || h.prior_total === null) return tIn(lang, 'overview.noPrior');
	const prior = fmtWan(h.prior_total);
	if (h.prior_source === 'narrative') {
		// The narrative states last year's 支出总计: compared only with this year's 支出总计.
		if (h.grand_total === null) return tIn(lang, 'overview.priorNarrativeOnly', { prior });
		return tIn(lang, 'overview.changeNarrative', {
			now: fmtWan(h.grand_total),
			pct: fmtSignedPct(h.change_pct),
			prior,
		});
	}
	return tIn(lang, 'overview.changeDocument', { pct: fmtSignedPct(h.change_pct), prior });
}
