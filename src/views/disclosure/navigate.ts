/** Where a click in 公开质量 leads: 数据核验 narrowed to a document and a rule family. */
import { viewState } from '../../state/view.svelte.js';
import type { Family } from '../../parse/review/catalogue.js';

/**
 * Opens 数据核验 on `docId`'s findings of `family`; with no family, on its errors and warnings of
 * every family (the other filters of 数据核验 are cleared so nothing hides them).
 */
export function openFindings(docId: string, family: Family | null): void {
	viewState.findingDoc = docId;
	viewState.family = family ?? '';
	viewState.check = '';
	viewState.severities = family ? [] : ['error', 'warning'];
	viewState.view = 'quality';
}
