/** The words 对比 uses for its choices: each classification's levels and each functional measure. */
import type { Classification, Measure } from '../../queries/compareDocs.js';

/** The levels compared, 1-based by depth: functional 类 / 款 / 项, economic 人员·公用经费 / 类 / 款. */
export const LEVELS: Record<Classification, readonly string[]> = {
	functional: ['类', '款', '项'],
	economic: ['人员经费 / 公用经费', '类', '款'],
};
/** Which functional column is compared (口径). */
export const MEASURES: Record<Measure, string> = {
	total: '合计',
	basic: '基本支出',
	project: '项目支出',
};
