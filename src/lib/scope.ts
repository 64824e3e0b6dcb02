/** The scope line under every chart title, so a screenshot says what it shows. */
import type { ViewState } from '../state/view.svelte.js';

/**
 * `kind` replaces the budget/final wording (e.g. '绩效自评'), `unit` the money unit (e.g. '单位：%');
 * pass '' to leave either out.
 */
export function scopeLabel(
	s: Pick<ViewState, 'cities' | 'entities' | 'years' | 'basis'>,
	extra = '',
	{ kind, unit = '单位：万元' }: { kind?: string; unit?: string } = {},
): string {
	const parts = [
		s.cities.length ? s.cities.join('、') : '全部城市',
		s.entities.length ? s.entities.join('、') : '全部部门/单位',
		s.years.length ? `${[...s.years].sort().join('、')}年` : '全部年度',
		kind ?? (s.basis === 'both' ? '预算与决算' : s.basis === 'budget' ? '预算' : '决算'),
		unit,
	].filter(Boolean);
	return extra ? `${parts.join(' · ')} · ${extra}` : parts.join(' · ');
}
