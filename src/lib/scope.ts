/** The scope line under every chart title, so a screenshot says what it shows. */
import type { ViewState } from '../state/view.svelte.js';
import { t } from './i18n.js';

/**
 * `kind` replaces the budget/final wording (e.g. '绩效自评'), `unit` the money unit (e.g. '单位：%');
 * pass '' to leave either out.
 */
export function scopeLabel(
	s: Pick<ViewState, 'cities' | 'entities' | 'years' | 'basis'>,
	extra = '',
	{ kind, unit = t('unitWan') }: { kind?: string; unit?: string } = {},
): string {
	const sep = t('listSep');
	const parts = [
		s.cities.length ? s.cities.join(sep) : t('allCities'),
		s.entities.length ? s.entities.join(sep) : t('allEntities'),
		s.years.length ? t('yearList', { years: [...s.years].sort().join(sep) }) : t('allYears'),
		kind ?? t(s.basis),
		unit,
	].filter(Boolean);
	return extra ? `${parts.join(' · ')} · ${extra}` : parts.join(' · ');
}
