/**
 * The checks users trust us for: arithmetic inside tables, the same figure across tables, approval
 * copies against the main tables, narrative against tables. Every finding names the line it concerns.
 * Sums tolerate SUM_TOLERANCE (0.02 万元): the documents warn of 尾数误差 from unit conversion.
 */
import type { Ctx } from './context.js';
import { round2, sameAmount } from './amount.js';
import type { TableRow } from './tables/tableRows.js';
import type { ProjectGroup } from './tables/projects.js';
import type { Dataset, ThreePublicCategory } from '../schema/tables.js';

const fmt = (x: number) => x.toFixed(2);

/** The measures in the words of the tables' own column headers, for findings. */
const MEASURE_LABEL: Record<string, string> = {
	total: '合计',
	current_year: '本年小计',
	basic: '基本支出',
	project: '项目支出',
	general_budget: '一般公共预算',
	gov_fund: '政府性基金',
	state_capital: '国有资本经营预算',
	special_account: '财政专户',
	unit_funds: '单位资金',
	fiscal: '财政拨款收入',
	superior_subsidy: '上级补助收入',
	business: '事业收入',
	operating: '经营收支',
	affiliated: '附属单位上缴收入',
	other: '其他收入',
	carryover: '上年结转',
	paid_to_superior: '上缴上级支出',
	subsidy_to_affiliated: '对附属单位补助支出',
};
const unreadable = (r: TableRow, m: string): boolean =>
	(r.unreadable as readonly string[] | undefined)?.includes(m) ?? false;

/** 类 = Σ款 = Σ项 and 合计 = Σ类, per measure, for one classification table. */
export function checkHierarchy(ctx: Ctx, label: string, rows: readonly TableRow[]): void {
	const measures = new Set(rows.flatMap((r) => Object.keys(r.amounts)));
	for (const parent of rows) {
		const children =
			parent.code === '合计'
				? rows.filter((r) => r.code.length === 3)
				: rows.filter(
						(r) => r.code.length === parent.code.length + 2 && r.code.startsWith(parent.code),
					);
		if (children.length === 0) continue;
		for (const m of measures) {
			// An amount left out as unreadable (and reported) makes the sum unknown, not wrong.
			if ([parent, ...children].some((r) => unreadable(r, m))) continue;
			const p = (parent.amounts as Record<string, number | undefined>)[m] ?? 0;
			const sum = round2(
				children.reduce(
					(s, c) => s + ((c.amounts as Record<string, number | undefined>)[m] ?? 0),
					0,
				),
			);
			if (sameAmount(p, sum)) continue;
			const yuan = children.find((c) => {
				const v = (c.amounts as Record<string, number | undefined>)[m] ?? 0;
				return v > 0 && sameAmount(p, round2(sum - v + v / 10000), 0.05);
			});
			if (yuan) {
				ctx.issue(
					'warning',
					'unit_plausibility',
					`${label} ${yuan.code} ${yuan.name}（${m}）：${fmt((yuan.amounts as Record<string, number>)[m]!)} 疑似以元填列（按万元计上级合计对不上，按元换算则相符）`,
					yuan.line,
				);
			} else {
				ctx.issue(
					'error',
					'sum_children',
					`${label} ${parent.code} ${parent.name}（${m}）= ${fmt(p)}，下级合计 ${fmt(sum)}，相差 ${fmt(round2(p - sum))}`,
					parent.line,
				);
			}
		}
	}
}

const PARTS: Record<string, string[]> = {
	// 合计 = 基本支出 + 项目支出 (+ 决算's 上缴上级 / 经营 / 对附属单位补助)
	expenditure: ['basic', 'project', 'operating', 'paid_to_superior', 'subsidy_to_affiliated'],
	general_budget: ['basic', 'project'],
	gov_fund: ['basic', 'project'],
	state_capital: ['basic', 'project'],
};

/** total = Σ its parts on every row (basic + project …; income sources + 上年结转). */
export function checkRowParts(
	ctx: Ctx,
	label: string,
	tableKey: string,
	rows: readonly TableRow[],
): void {
	for (const r of rows) {
		const a = r.amounts as Record<string, number | undefined>;
		if (a.total === undefined) continue;
		let parts: string[];
		if (tableKey === 'income') {
			parts = Object.keys(a).filter((k) => k !== 'total' && k !== 'current_year');
			if (a.current_year !== undefined) {
				const sources = Object.keys(a).filter(
					(k) => !['total', 'current_year', 'carryover'].includes(k),
				);
				const s = round2(sources.reduce((x, k) => x + a[k]!, 0));
				if (sources.length && !sameAmount(a.current_year, s) && !r.unreadable?.length) {
					ctx.issue(
						'error',
						'total_parts',
						`${label} ${r.code} ${r.name}：本年收入小计 ${fmt(a.current_year)} ≠ 各项收入之和 ${fmt(s)}`,
						r.line,
					);
				}
				parts = ['current_year', 'carryover'];
			}
		} else parts = PARTS[tableKey] ?? [];
		const present = parts.filter((k) => a[k] !== undefined);
		if (present.length === 0 || ['total', ...parts].some((k) => unreadable(r, k))) continue;
		const sum = round2(present.reduce((x, k) => x + a[k]!, 0));
		if (!sameAmount(a.total, sum)) {
			ctx.issue(
				'error',
				'total_parts',
				`${label} ${r.code} ${r.name}：合计 ${fmt(a.total)} ≠ ${present.join(' + ')} = ${fmt(sum)}`,
				r.line,
			);
		}
	}
}

/**
 * The same figure in two tables: rows matched by code, compared per measure. Copies of one figure
 * should agree to the cent; a one-cent gap between two tables is a warning (尾数), more is an error.
 */
export function compareTables(
	ctx: Ctx,
	a: { label: string; key: string; rows: readonly TableRow[]; measure: string },
	b: { label: string; key: string; rows: readonly TableRow[]; measure: string },
	severity: 'error' | 'warning' = 'error',
	check = 'cross_table',
): void {
	const aBy = new Map(a.rows.map((r) => [r.code, r]));
	for (const rb of b.rows) {
		const ra = aBy.get(rb.code);
		if (!ra) continue;
		const va = (ra.amounts as Record<string, number | undefined>)[a.measure];
		const vb = (rb.amounts as Record<string, number | undefined>)[b.measure];
		if (
			(va === undefined && vb === undefined) ||
			unreadable(ra, a.measure) ||
			unreadable(rb, b.measure)
		)
			continue;
		if (!sameAmount(va ?? 0, vb ?? 0, 0.005)) {
			const what = `${ra.code === '合计' ? '合计' : `${ra.code} ${ra.name}`}${a.measure === 'total' ? '' : `（${MEASURE_LABEL[a.measure] ?? a.measure}）`}`;
			// One cent apart in two different tables: one of them summed rounded rows (尾数), so the
			// slip is shown, as a warning; an approval copy is the same table and must agree exactly.
			const cent = check === 'cross_table' && sameAmount(va ?? 0, vb ?? 0, 0.0105);
			ctx.issue(
				cent ? 'warning' : severity,
				check,
				`${what}：${a.label} ${fmt(va ?? 0)}，${b.label} ${fmt(vb ?? 0)}${cent ? '（相差 0.01 万元，或为尾数误差）' : ''}`,
				check === 'approval_copy' ? rb.line : ra.line,
				check === 'approval_copy'
					? { table_a: b.key, value_a: vb ?? 0, table_b: a.key, value_b: va ?? 0, line_b: ra.line }
					: { table_a: a.key, value_a: va ?? 0, table_b: b.key, value_b: vb ?? 0, line_b: rb.line },
			);
		}
	}
}

/** An approval copy's rows whose code or name the main table does not have: misread digits or words. */
export function compareCodes(
	ctx: Ctx,
	main: readonly TableRow[],
	copy: readonly TableRow[],
	label: string,
): void {
	const byCode = new Map(main.map((r) => [r.code, r]));
	const seen = new Map<string, number>();
	for (const r of copy) {
		if (r.code === '合计') continue;
		const m = byCode.get(r.code);
		if (!m)
			ctx.issue(
				'warning',
				'approval_copy',
				`${label} 第 ${r.line} 行科目 ${r.code} ${r.name} 在主表中没有（疑为编码误读）`,
				r.line,
			);
		else if (m.name !== r.name)
			ctx.issue(
				'warning',
				'approval_copy',
				`${label} ${r.code} 名称「${r.name}」与主表「${m.name}」（第 ${m.line} 行）不同`,
				r.line,
			);
		if (seen.has(r.code))
			ctx.issue(
				'warning',
				'approval_copy',
				`${label} 科目 ${r.code} 重复出现（第 ${seen.get(r.code)} 行与第 ${r.line} 行）`,
				r.line,
			);
		seen.set(r.code, r.line);
	}
}

/** total = outbound + vehicle + reception; vehicle = purchase + operation; per basis and year. */
export function checkThreePublic(ctx: Ctx, out: Dataset): void {
	const rows = out.three_public.filter((r) => r.doc_id === ctx.doc.docId && r.source === 'table');
	const groups = new Map<string, typeof rows>();
	for (const r of rows)
		groups.set(`${r.basis}|${r.year}`, [...(groups.get(`${r.basis}|${r.year}`) ?? []), r]);
	for (const g of groups.values()) {
		const get = (c: ThreePublicCategory) => g.find((r) => r.category === c);
		const total = get('total');
		const vt = get('vehicle_total');
		const vp = get('vehicle_purchase')?.amount ?? 0;
		const vo = get('vehicle_operation')?.amount ?? 0;
		if (vt && !sameAmount(vt.amount, vp + vo)) {
			ctx.issue(
				'error',
				'three_public_sum',
				`三公经费：公务用车购置及运行维护费 ${fmt(vt.amount)} ≠ 购置 ${fmt(vp)} + 运行维护 ${fmt(vo)}`,
				vt.line,
			);
		}
		const vehicle = vt?.amount ?? vp + vo;
		const parts = round2(
			(get('outbound')?.amount ?? 0) + vehicle + (get('reception')?.amount ?? 0),
		);
		if (total && !sameAmount(total.amount, parts)) {
			ctx.issue(
				'error',
				'three_public_sum',
				`三公经费合计 ${fmt(total.amount)} ≠ 各项之和 ${fmt(parts)}`,
				total.line,
			);
		}
	}
}

/** Projects sum to their unit's row, units to the department's row, and that to 项目支出. */
export function checkProjects(
	ctx: Ctx,
	groups: readonly ProjectGroup[],
	projectTotal: number | undefined,
): void {
	const dept = groups.find((g) => g.entity === '__department__');
	const units = groups.filter((g) => g.entity !== '__department__');
	for (const g of units) {
		if (g.subtotal === null || g.projects.length === 0) continue;
		const sum = round2(g.projects.reduce((s, p) => s + p.amount, 0));
		if (!sameAmount(g.subtotal, sum)) {
			ctx.issue(
				'error',
				'project_sum',
				`项目支出表「${g.entity}」合计 ${fmt(g.subtotal)}，所列项目之和 ${fmt(sum)}`,
				g.line,
			);
		}
	}
	const all = round2(
		units.reduce((s, g) => s + (g.subtotal ?? g.projects.reduce((x, p) => x + p.amount, 0)), 0),
	);
	if (dept?.subtotal != null && units.length && !sameAmount(dept.subtotal, all)) {
		ctx.issue(
			'error',
			'project_sum',
			`项目支出表部门合计 ${fmt(dept.subtotal)}，各单位之和 ${fmt(all)}`,
			dept.line,
		);
	}
	const stated = dept?.subtotal ?? (units.length ? all : undefined);
	if (
		stated !== undefined &&
		stated !== null &&
		projectTotal !== undefined &&
		!sameAmount(stated, projectTotal)
	) {
		ctx.issue(
			'error',
			'cross_table',
			`项目支出表合计 ${fmt(stated)}，支出表项目支出 ${fmt(projectTotal)}`,
			dept?.line ?? units[0]?.line ?? null,
		);
	}
}

/** What each figures metric is called, and the table a table-sourced one is printed in. */
const METRIC: Record<string, [label: string, table: string]> = {
	income_total: ['收入总计', 'summary'],
	expenditure_total: ['支出总计', 'summary'],
	income_current: ['本年收入合计', 'summary'],
	expenditure_current: ['本年支出合计', 'summary'],
	carryover_in: ['年初结转和结余', 'summary'],
	carryover_out: ['年末结转和结余', 'summary'],
	fiscal_income_total: ['财政拨款收入总计', 'fiscal_summary'],
	fiscal_expenditure_total: ['财政拨款支出总计', 'fiscal_summary'],
	fiscal_income_current: ['财政拨款本年收入', 'fiscal_summary'],
	fiscal_expenditure_current: ['财政拨款本年支出', 'fiscal_summary'],
	org_running_cost: ['机关运行经费', 'org_running'],
	procurement_total: ['政府采购总额', 'stats'],
	procurement_goods: ['政府采购货物', 'stats'],
	procurement_works: ['政府采购工程', 'stats'],
	procurement_services: ['政府采购服务', 'stats'],
	vehicles: ['车辆', 'stats'],
	office_area: ['办公用房面积', 'stats'],
};

/** A figure stated in two places (table and narrative, or two tables) must agree. */
export function checkFigures(ctx: Ctx, out: Dataset): void {
	const mine = out.figures.filter(
		(f) => f.doc_id === ctx.doc.docId && !f.metric.startsWith('prior_'),
	);
	const byMetric = new Map<string, typeof mine>();
	for (const f of mine)
		byMetric.set(`${f.metric}|${f.entity}`, [
			...(byMetric.get(`${f.metric}|${f.entity}`) ?? []),
			f,
		]);
	for (const fs of byMetric.values()) {
		const table = fs.find((f) => f.source === 'table');
		// Narrative against table. Two table rows may share metric and entity legitimately: the
		// 机关运行经费 table lists the department's 合计 and its 本级 unit under the same name.
		for (const f of fs) {
			if (f === table || !table || f.source === 'table' || sameAmount(f.value, table.value))
				continue;
			ctx.issue(
				'error',
				f.source === 'narrative' ? 'narrative' : 'cross_table',
				`${METRIC[f.metric]?.[0] ?? f.metric}：第 ${f.line} 行 ${fmt(f.value)}，第 ${table.line} 行表中 ${fmt(table.value)}`,
				f.line,
				{
					table_a: f.source === 'narrative' ? 'text' : (METRIC[f.metric]?.[1] ?? 'table'),
					value_a: f.value,
					table_b: METRIC[f.metric]?.[1] ?? 'table',
					value_b: table.value,
					line_b: table.line,
				},
			);
		}
	}
}
