/**
 * Running a query from a component: results in $state.raw, a status the one loading component
 * shows (loading skeleton / error / empty / loaded). The newest request wins; an older answer that
 * arrives late is dropped.
 */
import { untrack } from 'svelte';
import { getDb, type Db } from '../db/duckdb.js';

export type Status = 'loading' | 'error' | 'ready';

export class QueryState<T> {
	rows = $state.raw<T[]>([]);
	status = $state<Status>('loading');
	error = $state<string | null>(null);
	/** Where the rows come from: the precomputed summary, or a live query. */
	origin = $state<'initial' | 'live'>('initial');
	#seq = 0;

	/** Runs `fn` against the database; call it from an $effect so it re-runs when its inputs change. */
	run(fn: (db: Db) => Promise<T[]>, initial?: T[]): void {
		// Reading our own state here must not make the calling $effect depend on it (it would re-run).
		untrack(() => this.#start(fn, initial));
	}

	#start(fn: (db: Db) => Promise<T[]>, initial?: T[]): void {
		const seq = ++this.#seq;
		if (initial && this.rows.length === 0) {
			this.rows = initial;
			this.status = 'ready';
		} else if (this.rows.length === 0) this.status = 'loading';
		getDb()
			.then(fn)
			.then((rows) => {
				if (seq !== this.#seq) return;
				this.rows = rows;
				this.origin = 'live';
				this.status = 'ready';
				this.error = null;
			})
			.catch((e: unknown) => {
				if (seq !== this.#seq) return;
				this.status = 'error';
				this.error = e instanceof Error ? e.message : String(e);
			});
	}
}
