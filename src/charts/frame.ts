/**
 * What a chart gets from the frame around it, through Svelte context (as LayerCake passes its scales):
 * what to do when a mark is chosen, and whether the chart is drawn as a slide. Charts never import the
 * application's state; the application sets the handler once (App.svelte) and a view may override it.
 */
import { getContext, setContext } from 'svelte';

/** A mark's provenance: the document line its figure was read from. */
export type Mark = { doc?: string | null; line?: number | null; value?: number | null };

const SELECT = Symbol('chart-select');

/** Sets what choosing a mark does for every chart below this component. */
export const setMarkHandler = (fn: (m: Mark) => void): void => void setContext(SELECT, fn);

/** What choosing a mark does here: the nearest handler set above, or nothing (a chart on its own). */
export const markHandler = (): ((m: Mark) => void) =>
	getContext<((m: Mark) => void) | undefined>(SELECT) ?? (() => undefined);

/** A keydown handler: Enter or Space chooses the mark, once (the key does nothing else). */
export const onActivate =
	(fn: () => void) =>
	(e: KeyboardEvent): void => {
		if (e.key !== 'Enter' && e.key !== ' ') return;
		e.preventDefault();
		e.stopPropagation();
		if (!e.repeat) fn();
	};

/** The context a chart mounted on its own needs (tests, exports): `mount(C, { context })`. */
export const markContext = (fn: (m: Mark) => void): Map<symbol, unknown> => new Map([[SELECT, fn]]);
