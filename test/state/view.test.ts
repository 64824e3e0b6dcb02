import { describe, it, expect } from 'vitest';
import { ViewState } from '../../src/state/view.svelte.js';

describe('ViewState ⇄ URL', () => {
	const cases: { name: string; search: string }[] = [
		{ name: 'defaults give an empty query', search: '' },
		{
			name: 'global selections',
			search: '?view=three-public&cities=阳泉市,承德市&years=2023,2024&basis=final',
		},
		{
			name: 'structure drill and documents',
			search: '?view=structure&a=9fe8ed7e4cfd394f&b=a7d6f4822a5d5a60&ff=20406',
		},
		{ name: 'compare options', search: '?view=compare&cls=economic&level=2' },
		{
			name: 'quality filters and an open source line',
			search: '?view=quality&fdoc=11a72be0e203cc23&sev=error,warning&doc=11a72be0e203cc23&line=659',
		},
		{
			name: 'language and presentation',
			search: '?view=performance&project=0158e039403234a9:130&lang=en&present=1',
		},
	];
	for (const c of cases) {
		it(`round-trips: ${c.name}`, () => {
			const s = new ViewState();
			s.fromSearch(c.search);
			expect(decodeURIComponent(s.toSearch())).toBe(c.search);
		});
	}

	it('ignores what it does not know and keeps a view’s own settings out of other views’ links', () => {
		const s = new ViewState();
		s.fromSearch('?view=nonsense&basis=maybe&line=-3&sev=fatal&level=9');
		expect([s.view, s.basis, s.sourceLine, s.severities, s.cmpDepth]).toEqual([
			'overview',
			'both',
			null,
			[],
			3,
		]);
		s.fromSearch('?view=quality&fdoc=x');
		s.view = 'overview';
		expect(s.toSearch()).toBe('');
	});
});
