/**
 * Versions of one disclosure. A document's identity is its bytes (doc_id, see docIdOf); two
 * different files may still claim the same disclosure — the same body, scope, year and kind, e.g. a
 * PDF and its text export, or a corrected re-issue. Both are kept and flagged; the views count one of
 * them, never both: the one the user picked, else the latest imported. Ingest and the page share
 * these rules.
 */
import type { DocumentRow, ValidationIssue } from '../schema/tables.js';
import { issueRow } from './index.js';

export type VersionDoc = Pick<
	DocumentRow,
	'doc_id' | 'entity' | 'scope' | 'fiscal_year' | 'kind' | 'status' | 'source_file'
>;

const KIND_LABEL: Record<string, string> = {
	budget: '预算',
	final_account: '决算',
	performance_eval: '绩效自评',
};

/**
 * What two versions share: the body named (its full name carries the place), scope, year and kind.
 * A document whose body, year or kind was not recognised has no key: it is never called a version
 * of another.
 */
export function versionKey(d: VersionDoc): string | null {
	if (d.status !== 'parsed' || !d.entity || d.fiscal_year === null || !d.kind) return null;
	return [d.entity.replace(/\s+/g, ''), d.scope, d.fiscal_year, d.kind].join('|');
}

/** "阳泉市司法局 2023 年决算（单位）": the disclosure a group of versions claims. */
export const versionLabel = (d: VersionDoc): string =>
	`${d.entity} ${d.fiscal_year} 年${KIND_LABEL[d.kind ?? ''] ?? d.kind}${d.scope === 'unit' ? '（单位）' : ''}`;

/** The groups of two or more documents claiming one disclosure, each in the order given. */
export function versionGroups<T extends VersionDoc>(docs: readonly T[]): T[][] {
	const byKey = new Map<string, T[]>();
	for (const d of docs) {
		const k = versionKey(d);
		if (k === null) continue;
		const g = byKey.get(k);
		if (g) g.push(d);
		else byKey.set(k, [d]);
	}
	return [...byKey.values()].filter((g) => g.length > 1);
}

/**
 * The version that counts in each group: the one `chosen` names (by the group's key), else the last
 * (the latest imported, when `docs` are in import order).
 */
export function counted<T extends VersionDoc>(
	group: readonly T[],
	chosen: ReadonlyMap<string, string> = new Map(),
): T {
	const pick = chosen.get(versionKey(group[0]!)!);
	return group.find((d) => d.doc_id === pick) ?? group[group.length - 1]!;
}

/** The doc_ids that do not count: every version but the counted one of each group. */
export function setAside(
	docs: readonly VersionDoc[],
	chosen: ReadonlyMap<string, string> = new Map(),
): Set<string> {
	const out = new Set<string>();
	for (const g of versionGroups(docs)) {
		const keep = counted(g, chosen);
		for (const d of g) if (d !== keep) out.add(d.doc_id);
	}
	return out;
}

/**
 * The findings that flag conflicting versions in a dataset (ingest): one warning on each version,
 * naming the others and which one the views count by default.
 */
export function versionFindings(docs: readonly VersionDoc[]): ValidationIssue[] {
	const out: ValidationIssue[] = [];
	for (const g of versionGroups(docs)) {
		const keep = counted(g);
		for (const d of g) {
			const others = g.filter((o) => o !== d).map((o) => o.source_file);
			out.push(
				issueRow(
					d.doc_id,
					d.source_file,
					'warning',
					'conflicting_version',
					`${versionLabel(d)}另有不同版本（${others.join('、')}）：${g.length} 个版本都已载入，各视图只计入一个——默认最后载入的 ${keep.source_file}，可在「文档库」中改选`,
					null,
				),
			);
		}
	}
	return out;
}
