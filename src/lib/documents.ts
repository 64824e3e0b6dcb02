/**
 * Which documents a view compares: the budgets and final accounts, those inside the global
 * selection, and how a document is named on screen.
 */
import type { DocumentEntry } from '../queries/documentList.js';
import type { ViewState } from '../state/view.svelte.js';
import type { Scope } from '../queries/scope.js';
import { t } from './i18n.js';

/** Parsed budgets and final accounts: the documents with spending tables. */
export const spendingDocuments = (documents: readonly DocumentEntry[]): DocumentEntry[] =>
	documents.filter(
		(d) => d.status === 'parsed' && (d.kind === 'budget' || d.kind === 'final_account'),
	);

/** The documents inside the global selection (cities, entities, years, budget vs final). */
export function inSelection(
	documents: readonly DocumentEntry[],
	s: Scope & Pick<ViewState, 'basis'>,
): DocumentEntry[] {
	return documents.filter(
		(d) =>
			(!s.cities.length || s.cities.includes(d.city ?? '')) &&
			(!s.entities.length || s.entities.includes(d.entity ?? '')) &&
			(!s.years.length || s.years.includes(d.fiscal_year ?? 0)) &&
			(s.basis === 'both' || (s.basis === 'budget') === (d.kind === 'budget')),
	);
}

/**
 * 预算 / 决算 / 绩效自评, and 单位预算 for a unit's own document, so a department's and a unit's
 * documents of one year are told apart (上海 publishes both for one office).
 */
export function kindLabel(d: { kind: string | null; scope: string | null }): string {
	const kind = d.kind ? t(`kind.${d.kind}` as 'kind.budget') : '';
	return d.scope === 'unit' && d.kind !== 'performance_eval' ? t('kind.unit', { kind }) : kind;
}

/** 阳泉市司法局 2024年预算: a document in words, for tooltips (the city said elsewhere). */
export const shortName = (d: {
	entity: string | null;
	fiscal_year: number | null;
	kind: string | null;
	scope: string | null;
}) => `${d.entity ?? ''} ${t('kind.year', { year: d.fiscal_year ?? '', kind: kindLabel(d) })}`;

/** The tooltip name of a document id, or the id when the list does not have it. */
export const namer = (documents: readonly DocumentEntry[]) => {
	const byId = new Map(documents.map((d) => [d.doc_id, d]));
	return (id: string): string => {
		const d = byId.get(id);
		return d ? shortName(d) : id;
	};
};

/** 阳泉市 阳泉市司法局 2024年预算 (English: 阳泉市 阳泉市司法局 2024 budget). */
export const documentName = (d: DocumentEntry): string =>
	`${d.city} ${d.entity} ${t('kind.year', { year: d.fiscal_year ?? '', kind: kindLabel(d) })}`;

/** A department and its 下属单位 as the filter bar lists them: the department first. */
export type EntityGroup = { department: string; members: string[] };

/** Entities grouped under their departments (an entity without a department is its own group). */
export function entityGroups(documents: readonly DocumentEntry[]): EntityGroup[] {
	const byDept = new Map<string, Set<string>>();
	for (const d of documents) {
		if (!d.entity) continue;
		const dept = d.department ?? d.entity;
		if (!byDept.has(dept)) byDept.set(dept, new Set());
		byDept.get(dept)!.add(d.entity);
	}
	return [...byDept]
		.sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
		.map(([department, set]) => ({
			department,
			members: [...set].sort((a, b) =>
				a === department ? -1 : b === department ? 1 : a.localeCompare(b, 'zh-CN'),
			),
		}));
}
