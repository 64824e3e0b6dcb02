/** The words 对比 uses for its choices: each classification's levels and each functional measure. */
import type { Classification, Measure } from '../../queries/compareDocs.js';
import { t } from '../../lib/i18n.js';

/** The levels compared, 1-based by depth: functional 类 / 款 / 项, economic 人员·公用经费 / 类 / 款. */
export const levels = (cls: Classification): string[] =>
	cls === 'functional'
		? [t('compare.level.class'), t('compare.level.item'), t('compare.level.subItem')]
		: [t('compare.level.group'), t('compare.level.class'), t('compare.level.item')];

/** Which functional column is compared (口径). */
export const MEASURES: readonly Measure[] = ['total', 'basic', 'project'];
export const measureName = (m: Measure): string => t(`compare.measure.${m}`);
