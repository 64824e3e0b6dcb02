/**
 * The global selections — view, cities, entities, years, budget vs final, the compared documents,
 * the language, the open source line — live in the URL, so a copied link restores the same view.
 */

export const VIEWS = [
	'overview',
	'structure',
	'three-public',
	'execution',
	'performance',
	'compare',
	'disclosure',
	'quality',
	'brief',
] as const;
export type ViewId = (typeof VIEWS)[number];
export type Basis = 'budget' | 'final' | 'both';

import type { Scope } from '../queries/scope.js';

const LIST_KEYS = ['cities', 'entities', 'years'] as const;

export class ViewState {
	view = $state<ViewId>('overview');
	cities = $state<string[]>([]);
	entities = $state<string[]>([]);
	years = $state<number[]>([]);
	basis = $state<Basis>('both');
	/** Documents compared side by side (支出结构, 对比). */
	docA = $state<string | null>(null);
	docB = $state<string | null>(null);
	/** The department or unit of 部门简报. */
	briefEntity = $state<string | null>(null);
	/** The project whose indicators are shown (绩效评价). */
	project = $state<string | null>(null);
	/** 支出结构: the node each classification is drilled to (a code, or 合计). */
	focusFunctional = $state('合计');
	focusEconomic = $state('合计');
	/** 对比: classification, measure and depth compared. */
	cmpClass = $state<'functional' | 'economic'>('functional');
	cmpMeasure = $state<'total' | 'basic' | 'project'>('total');
	cmpDepth = $state(3);
	/** 数据核验's own filters: one document, severities, one check. */
	findingDoc = $state('');
	severities = $state<string[]>([]);
	check = $state('');
	/** 数据核验: one rule family (completeness, within_table, …; see review/catalogue.ts). */
	family = $state('');
	lang = $state<'zh' | 'en'>('zh');
	/** The source line open in the document viewer: doc_id and line. */
	sourceDoc = $state<string | null>(null);
	sourceLine = $state<number | null>(null);
	/** A PDF figure's own box ('x0,y0,x1,y1', points from the page's top-left); else the line's. */
	sourceBox = $state<string | null>(null);
	/** The value of the cited figure, in 万元, when the caller knows it but not its box. */
	sourceValue = $state<number | null>(null);
	present = $state(false);
	/** The selection every query honours, derived once here (views never rebuild it). */
	scope = $derived<Scope>({ cities: this.cities, entities: this.entities, years: this.years });
	/** True when any of cities, entities or years narrows the data. */
	narrowed = $derived(this.cities.length + this.entities.length + this.years.length > 0);

	/** Reads the state from a query string (`?view=…&cities=阳泉市,承德市…`). */
	fromSearch(search: string): void {
		const p = new URLSearchParams(search);
		const view = p.get('view');
		this.view = (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewId) : 'overview';
		this.cities = split(p.get('cities'));
		this.entities = split(p.get('entities'));
		this.years = split(p.get('years')).map(Number).filter(Number.isFinite);
		const basis = p.get('basis');
		this.basis = basis === 'budget' || basis === 'final' ? basis : 'both';
		this.docA = p.get('a');
		this.docB = p.get('b');
		this.project = p.get('project');
		this.briefEntity = p.get('dept');
		this.focusFunctional = p.get('ff') ?? '合计';
		this.focusEconomic = p.get('fe') ?? '合计';
		this.cmpClass = p.get('cls') === 'economic' ? 'economic' : 'functional';
		const m = p.get('m');
		this.cmpMeasure = m === 'basic' || m === 'project' ? m : 'total';
		const depth = Number(p.get('level'));
		this.cmpDepth = depth >= 1 && depth <= 3 ? depth : 3;
		this.findingDoc = p.get('fdoc') ?? '';
		this.severities = split(p.get('sev')).filter((x) => ['error', 'warning', 'info'].includes(x));
		this.check = p.get('check') ?? '';
		this.family = p.get('fam') ?? '';
		this.lang = p.get('lang') === 'en' ? 'en' : 'zh';
		this.sourceDoc = p.get('doc');
		const line = Number(p.get('line'));
		this.sourceLine = Number.isInteger(line) && line > 0 ? line : null;
		const box = p.get('box');
		this.sourceBox = box && /^-?[\d.]+(,-?[\d.]+){3}$/.test(box) ? box : null;
		this.present = p.get('present') === '1';
	}

	/** The query string of the current state; defaults are left out to keep links short. */
	toSearch(): string {
		const p = new URLSearchParams();
		if (this.view !== 'overview') p.set('view', this.view);
		for (const k of LIST_KEYS) if (this[k].length) p.set(k, this[k].join(','));
		if (this.basis !== 'both') p.set('basis', this.basis);
		if (this.docA) p.set('a', this.docA);
		if (this.docB) p.set('b', this.docB);
		if (this.project) p.set('project', this.project);
		// A view's own settings go into the link only while that view is shown.
		if (this.view === 'structure') {
			if (this.focusFunctional !== '合计') p.set('ff', this.focusFunctional);
			if (this.focusEconomic !== '合计') p.set('fe', this.focusEconomic);
		}
		if (this.view === 'compare') {
			if (this.cmpClass !== 'functional') p.set('cls', this.cmpClass);
			if (this.cmpMeasure !== 'total') p.set('m', this.cmpMeasure);
			if (this.cmpDepth !== 3) p.set('level', String(this.cmpDepth));
		}
		if (this.view === 'brief' && this.briefEntity) p.set('dept', this.briefEntity);
		if (this.view === 'quality') {
			if (this.findingDoc) p.set('fdoc', this.findingDoc);
			if (this.severities.length) p.set('sev', this.severities.join(','));
			if (this.check) p.set('check', this.check);
			if (this.family) p.set('fam', this.family);
		}
		if (this.lang !== 'zh') p.set('lang', this.lang);
		if (this.sourceDoc) p.set('doc', this.sourceDoc);
		if (this.sourceLine) p.set('line', String(this.sourceLine));
		if (this.sourceDoc && this.sourceBox) p.set('box', this.sourceBox);
		if (this.present) p.set('present', '1');
		const s = p.toString();
		return s ? `?${s}` : '';
	}

	/**
	 * Opens the document viewer at a line: the provenance of any figure. A PDF figure may pass its
	 * own box (a row's `box`), drawn instead of the whole line's.
	 */
	/**
	 * Opens the source viewer on a document's line. `target` narrows it to one figure: its box
	 * ('x0,y0,x1,y1', kept in the URL), or its value in 万元, which the viewer finds among the line's
	 * cells of a PDF (then writes back as the box).
	 */
	openSource(docId: string, line: number, target?: string | number | null): void {
		this.sourceDoc = docId;
		this.sourceLine = line;
		this.sourceBox = typeof target === 'string' ? target : null;
		this.sourceValue = typeof target === 'number' ? target : null;
	}
}

const split = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

export const viewState = new ViewState();
