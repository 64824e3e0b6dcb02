/**
 * A reviewer's marks on findings: 已核实 (reviewed, the finding stands) or 非问题 (not a problem),
 * each with a note. Kept in the browser (localStorage), keyed by the finding's identity — its
 * document, rule, line and message — so a mark survives a reload and a re-import of the same file.
 * A finding marked 非问题 no longer counts against its document's score.
 */

export type ReviewStatus = 'reviewed' | 'not_a_problem';
export type Review = { status: ReviewStatus; note: string; at: string };
/** What identifies a finding across sessions. */
export type FindingIdentity = {
	doc_id: string;
	check: string;
	line: number | null;
	message: string;
};

export const REVIEW_LABEL: Record<ReviewStatus, string> = {
	reviewed: '已核实',
	not_a_problem: '非问题',
};

const STORE_KEY = 'budget-lens:reviews:v1';

export const findingKey = (f: FindingIdentity): string =>
	`${f.doc_id}|${f.check}|${f.line ?? ''}|${f.message}`;

class Reviews {
	/** Bumped on every change, so views and queries that use marks re-run. */
	version = $state(0);
	#marks = new Map<string, Review>(load());

	get(f: FindingIdentity): Review | undefined {
		return this.#marks.get(findingKey(f));
	}

	set(f: FindingIdentity, status: ReviewStatus, note = ''): void {
		this.#marks.set(findingKey(f), { status, note, at: new Date().toISOString() });
		this.#save();
	}

	clear(f: FindingIdentity): void {
		this.#marks.delete(findingKey(f));
		this.#save();
	}

	/**
	 * Adds marks from elsewhere (a colleague's library file): a finding already marked here keeps
	 * the later of the two marks.
	 */
	merge(entries: readonly [string, Review][]): void {
		for (const [key, review] of entries) {
			const mine = this.#marks.get(key);
			if (!mine || mine.at < review.at) this.#marks.set(key, review);
		}
		if (entries.length) this.#save();
	}

	/** Every mark, for the engine (a `reviews` table) and for exports. */
	all(): { key: string; review: Review }[] {
		return [...this.#marks].map(([key, review]) => ({ key, review }));
	}

	#save(): void {
		try {
			globalThis.localStorage?.setItem(STORE_KEY, JSON.stringify([...this.#marks]));
		} catch {
			// Storage full or disabled (private mode): the marks stay for this session.
		}
		this.version++;
	}
}

function load(): [string, Review][] {
	try {
		const raw = globalThis.localStorage?.getItem(STORE_KEY);
		const parsed: unknown = raw ? JSON.parse(raw) : [];
		return Array.isArray(parsed) ? (parsed as [string, Review][]) : [];
	} catch {
		return [];
	}
}

export const reviews = new Reviews();
