/** The scope line under every chart title, so a screenshot says what it shows. */
import type { ViewState } from '../state/view.svelte.js';

export function scopeLabel(s: Pick<ViewState, 'cities' | 'entities' | 'years' | 'basis'>, extra = ''): string {
	const parts = [
		s.cities.length ? s.cities.join('、') : '全部城市',
		s.entities.length ? s.entities.join('、') : '全部部门/单位',
		s.years.length ? `${[...s.years].sort().join('、')}年` : '全部年度',
		s.basis === 'both' ? '预算与决算' : s.basis === 'budget' ? '预算' : '决算',
		'单位：万元',
	];
	return extra ? `${parts.join(' · ')} · ${extra}` : parts.join(' · ');
}
