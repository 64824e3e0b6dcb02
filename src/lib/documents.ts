/**
 * Which documents a view compares: the budgets and final accounts, those inside the global
 * selection, and how a document is named on screen.
 */
import type { DocumentEntry } from '../queries/documentList.js';
import type { ViewState } from '../state/view.svelte.js';
import { KIND_LABEL } from './format.js';

/** Parsed budgets and final accounts: the documents with spending tables. */
export const spendingDocuments = (documents: readonly DocumentEntry[]): DocumentEntry[] =>
	documents.filter(
		(d) => d.status === 'parsed' && (d.kind === 'budget' || d.kind === 'final_account'),
	);

/** The documents inside the global selection (cities, entities, years, budget vs final). */
export function inSelection(
	documents: readonly DocumentEntry[],
	s: Pick<ViewState, 'cities' | 'entities' | 'years' | 'basis'>,
): DocumentEntry[] {
	return documents.filter(
		(d) =>
			(!s.cities.length || s.cities.includes(d.city ?? '')) &&
			(!s.entities.length || s.entities.some((e) => e === d.entity || e === d.department)) &&
			(!s.years.length || s.years.includes(d.fiscal_year ?? 0)) &&
			(s.basis === 'both' || (s.basis === 'budget') === (d.kind === 'budget')),
	);
}

export const kindLabel = (d: DocumentEntry): string => KIND_LABEL[d.kind ?? ''] ?? '';

/** 阳泉市 阳泉市司法局 2024年预算 */
export const documentName = (d: DocumentEntry): string =>
	`${d.city} ${d.entity} ${d.fiscal_year}年${kindLabel(d)}`;
