/**
 * The interface's words in Chinese (default) and English: one catalogue, assembled from one part per
 * area (./messages/*.ts). Figures, names of places, departments and classification codes, and the
 * documents' own text stay as printed.
 *
 * `t('quality.title')` reads the language from the view state, so a template or `$derived` that calls
 * it follows a change of language; `tIn` takes the language explicitly (exports, tests).
 */
import { viewState } from '../state/view.svelte.js';
import { tIn, type MessageKey, type Vars } from './messages/index.js';

export { tIn, CATALOGUE, type Lang, type MessageKey, type Vars } from './messages/index.js';

/** The message in the language the user chose. */
export const t = (key: MessageKey, vars?: Vars): string => tIn(viewState.lang, key, vars);

/** Picks between two forms by the chosen language, for text assembled from data (names, figures). */
export const byLang = <T>(zh: T, en: T): T => (viewState.lang === 'en' ? en : zh);
