/**
 * Versions of one disclosure: the same body, scope, year and kind in two different files. Both kept;
 * one counts — the user's pick, else the last one (the latest imported).
 */
import { describe, it, expect } from 'vitest';
import {
	counted,
	setAside,
	versionGroups,
	versionKey,
	versionLabel,
	type VersionDoc,
} from '../../src/parse/versions.js';

const doc = (doc_id: string, over: Partial<VersionDoc> = {}): VersionDoc => ({
	doc_id,
	entity: '阳泉市司法局',
	scope: 'department',
	fiscal_year: 2023,
	kind: 'final_account',
	status: 'parsed',
	source_file: `${doc_id}.txt`,
	...over,
});

describe('versions', () => {
	it('groups documents claiming one disclosure, and nothing else', () => {
		const docs = [
			doc('a'),
			doc('b', { entity: '阳泉市 司法局' }), // spacing in the name does not make another body
			doc('c', { fiscal_year: 2024 }),
			doc('d', { kind: 'budget' }),
			doc('e', { scope: 'unit' }),
			doc('f', { entity: null }), // not recognised: never a version of anything
			doc('g', { entity: null }),
			doc('h', { status: 'rejected' }),
		];
		expect(versionGroups(docs).map((g) => g.map((d) => d.doc_id))).toEqual([['a', 'b']]);
		expect(versionKey(docs[5]!)).toBeNull();
		expect(versionLabel(docs[0]!)).toBe('阳泉市司法局 2023 年决算');
		expect(versionLabel(docs[4]!)).toBe('阳泉市司法局 2023 年决算（单位）');
	});

	it('counts the last version unless the user picked one', () => {
		const docs = [doc('old'), doc('mid'), doc('new'), doc('other', { fiscal_year: 2022 })];
		const [g] = versionGroups(docs);
		expect(counted(g!).doc_id).toBe('new');
		expect([...setAside(docs)]).toEqual(['old', 'mid']);
		const key = versionKey(docs[0]!)!;
		const picked = new Map([[key, 'old']]);
		expect(counted(g!, picked).doc_id).toBe('old');
		expect([...setAside(docs, picked)].sort()).toEqual(['mid', 'new']);
		// A pick naming a document that is gone falls back to the latest.
		expect(counted(g!, new Map([[key, 'gone']])).doc_id).toBe('new');
	});
});
