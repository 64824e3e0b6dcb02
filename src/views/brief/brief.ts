/**
 * 部门简报: what a presenter brings to a meeting about one department, assembled from the queries
 * every view uses: its figures over the years, its 三公 change, its execution and scores, its
 * place among comparable departments in other cities (shares, so a large city does not win by
 * size), and its open findings. Plain functions over query rows, so Node tests check them.
 */
import type { Headline } from '../../queries/headlines.js';
import type { ThreePublicPoint } from '../../queries/threePublicTrend.js';
import type { ClassExecution } from '../../queries/executionByClass.js';
import type { PerformanceEvalRow } from '../../queries/performanceEvals.js';
import type { Finding } from '../../queries/findings.js';
import { latestChanges, type Change } from '../threePublic/changes.js';

/**
 * What a department does, without its place: 阳泉市司法局 → 司法局, 上海市普陀区财政局 → 财政局,
 * 上海市普陀区人民政府办公室 → 人民政府办公室. Departments of one function in two cities share it.
 */
export function functionOf(entity: string, city: string | null): string {
	const at = city ? entity.indexOf(city) : -1;
	if (city && at >= 0 && entity.length > at + city.length) return entity.slice(at + city.length);
	// No city column to cut: a leading province, then a leading city (山西省阳泉市…).
	return entity.replace(/^[^省]{1,6}省/, '').replace(/^[^市]{1,6}市(?=.{2})/, ''); // zh-data: place words in names
}

/** The same function in other cities (同名部门): the departments the brief compares with. */
export function comparables(
	entity: string,
	city: string | null,
	all: readonly { entity: string | null; city: string | null }[],
): { entity: string; city: string | null }[] {
	const fn = functionOf(entity, city);
	const seen = new Set<string>();
	return all.filter((d): d is { entity: string; city: string | null } => {
		if (!d.entity || d.city === city || seen.has(d.entity)) return false;
		if (functionOf(d.entity, d.city) !== fn) return false;
		seen.add(d.entity);
		return true;
	});
}

/** One year of the department: budget and final side by side, each with its source line. */
export type YearRow = {
	year: number;
	budget: number | null;
	budget_doc: string | null;
	budget_line: number | null;
	final: number | null;
	final_doc: string | null;
	final_line: number | null;
	basic: number | null;
	project: number | null;
	/** 基本支出 share of 支出合计 (latest document of the year: final, else budget), %. */
	basic_share: number | null;
	three_public_budget: number | null;
	three_public_final: number | null;
	/** Where the 三公 totals were read (their table rows). */
	tp_budget_doc: string | null;
	tp_budget_line: number | null;
	tp_final_doc: string | null;
	tp_final_line: number | null;
	/** 一般公共预算财政拨款支出: 决算 ÷ 年初预算, %, as computed from the final account. */
	execution_rate: number | null;
	execution_doc: string | null;
	execution_line: number | null;
	/** The department's own self-evaluation score (部门整体支出绩效自评). */
	score: number | null;
	score_doc: string | null;
	score_line: number | null;
	/** Its projects' self-evaluations: how many, and the mean score. */
	projects: number;
	project_score: number | null;
};

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const mean = (xs: number[]) =>
	xs.length ? round(xs.reduce((s, x) => s + x, 0) / xs.length) : null;

export function yearRows(
	entity: string,
	heads: readonly Headline[],
	trend: readonly ThreePublicPoint[],
	execution: readonly ClassExecution[],
	evals: readonly PerformanceEvalRow[],
): YearRow[] {
	const mine = heads.filter((h) => h.entity === entity);
	const years = new Set<number>([
		...mine.map((h) => h.fiscal_year),
		...execution.filter((e) => e.entity === entity).map((e) => e.year),
		...evals.filter((e) => e.entity === entity && e.year !== null).map((e) => e.year!),
	]);
	return [...years]
		.sort((a, b) => a - b)
		.map((year) => {
			// A department's own document before a unit's (上海 publishes both for one office).
			const doc = (kind: string) =>
				mine
					.filter((h) => h.fiscal_year === year && h.kind === kind)
					.sort((a, b) => Number(a.scope === 'unit') - Number(b.scope === 'unit'))[0];
			const b = doc('budget');
			const f = doc('final_account');
			const latest = f ?? b;
			const tp = (basis: string) =>
				trend.find(
					(p) =>
						p.entity === entity &&
						p.year === year &&
						p.basis === basis &&
						p.category === 'total' &&
						p.source === 'table',
				);
			const [tpb, tpf] = [tp('budget'), tp('final')];
			const exec = execution.find((e) => e.entity === entity && e.year === year && e.code === null);
			const dept = evals.find(
				(e) => e.entity === entity && e.year === year && e.level === 'department',
			);
			const projects = evals.filter(
				(e) => e.entity === entity && e.year === year && e.level === 'project',
			);
			return {
				year,
				budget: b?.total ?? null,
				budget_doc: b?.doc_id ?? null,
				budget_line: b?.line ?? null,
				final: f?.total ?? null,
				final_doc: f?.doc_id ?? null,
				final_line: f?.line ?? null,
				basic: latest?.basic ?? null,
				project: latest?.project ?? null,
				basic_share:
					latest?.basic != null && latest.total ? round((latest.basic / latest.total) * 100) : null,
				three_public_budget: tpb?.amount ?? null,
				three_public_final: tpf?.amount ?? null,
				tp_budget_doc: tpb?.doc_id ?? null,
				tp_budget_line: tpb?.line ?? null,
				tp_final_doc: tpf?.doc_id ?? null,
				tp_final_line: tpf?.line ?? null,
				execution_rate: exec?.rate ?? null,
				execution_doc: exec?.doc_id ?? null,
				execution_line: exec?.line ?? null,
				score: dept?.score ?? null,
				score_doc: dept?.doc_id ?? null,
				score_line: dept?.line ?? null,
				projects: projects.length,
				project_score: mean(projects.map((p) => p.score).filter((s): s is number => s !== null)),
			};
		});
}

/** The department's 三公 change on the year before, by category and basis. */
export const threePublicChanges = (entity: string, trend: readonly ThreePublicPoint[]): Change[] =>
	latestChanges(trend.filter((p) => p.entity === entity && p.category !== 'vehicle_total'));

/** A share of one document's 支出合计, for the comparison with other cities. */
export type Share = {
	entity: string;
	city: string | null;
	year: number;
	kind: string;
	doc_id: string;
	total: number;
	basic_share: number | null;
	project_share: number | null;
	three_public_share: number | null;
};

const SHARE_DIGITS = 1;

/**
 * The shares of each department's latest document of `kind` (the brief's department first):
 * 基本支出 and 项目支出 of 支出合计, 三公经费 of 支出合计 (in 万分之 would be too small to read: %,
 * two decimals). Departments without such a document are left out; the caller says so.
 */
export function shares(
	entities: readonly string[],
	heads: readonly Headline[],
	kind: string,
): Share[] {
	return entities.flatMap((entity) => {
		const h = heads
			.filter((x) => x.entity === entity && x.kind === kind && x.total)
			.sort(
				(a, b) =>
					b.fiscal_year - a.fiscal_year || Number(a.scope === 'unit') - Number(b.scope === 'unit'),
			)[0];
		if (!h || !h.total) return [];
		const pct = (x: number | null, d = SHARE_DIGITS) =>
			x === null ? null : round((x / h.total!) * 100, d);
		return [
			{
				entity,
				city: h.city,
				year: h.fiscal_year,
				kind,
				doc_id: h.doc_id,
				total: h.total,
				basic_share: pct(h.basic),
				project_share: pct(h.project),
				three_public_share: pct(h.three_public, 2),
			},
		];
	});
}

/** Findings that still stand: not marked 非问题 by a reviewer; errors first. */
export function openFindings(
	docs: ReadonlySet<string>,
	all: readonly Finding[],
	dismissed: (f: Finding) => boolean,
): Finding[] {
	return all.filter((f) => docs.has(f.doc_id) && f.severity !== 'info' && !dismissed(f));
}
