/**
 * 机关运行经费表 and 部门决算相关信息统计表 → figures (机关运行经费 by unit, 政府采购, 车辆).
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import { parseAmount, round2 } from '../amount.js';
import { isUnitName } from './projects.js';
import type { FigureRow } from '../../schema/tables.js';

export function pushFigure(
	ctx: Ctx,
	metric: string,
	value: number,
	line: number,
	opts: Partial<FigureRow> = {},
): void {
	ctx.out.figures.push({
		doc_id: ctx.doc.docId,
		entity: ctx.doc.entity,
		year: ctx.doc.fiscalYear,
		metric,
		value,
		unit: '万元',
		source: 'table',
		line,
		...opts,
	});
}

/** 机关运行经费预算表: 部门合计 then one row per unit. */
export function readOrgRunning(ctx: Ctx, section: Section): void {
	for (const line of section.lines) {
		const name = (line.cells[0] ?? '').replace(/\s+/g, '');
		const v = parseAmount(line.cells[1]);
		if (typeof v !== 'number') continue;
		if (/合计/.test(name)) pushFigure(ctx, 'org_running_cost', v, line.no);
		else if (name && isUnitName(name, ctx))
			pushFigure(ctx, 'org_running_cost', v, line.no, { entity: name });
	}
}

const STATS: [RegExp, string, string][] = [
	[/^合计$/, 'procurement_total', '万元'],
	[/^货物$/, 'procurement_goods', '万元'],
	[/^工程$/, 'procurement_works', '万元'],
	[/^服务$/, 'procurement_services', '万元'],
	[/行政单位$/, 'org_running_cost_admin', '万元'],
	[/参照公务员法管理事业单位$/, 'org_running_cost_civil_service_like', '万元'],
	[/车辆数合计/, 'vehicles', '辆'],
	[/单价100万元.*以上设备/, 'equipment_over_1m', '台'],
];

/** 相关信息统计表: labelled rows with 行次 and 统计数. */
export function readStats(ctx: Ctx, section: Section): void {
	let adminRunning = 0;
	let adminSeen = false;
	let lastLine = section.titleLine;
	for (const line of section.lines) {
		const label = (line.cells[0] ?? '')
			.replace(/\s+/g, '')
			.replace(/^\([一二三四五六七八九十]+\)|^\d+\./, '');
		const rule = STATS.find(([re]) => re.test(label));
		if (!rule) continue;
		const nums = line.cells.slice(1).filter((c) => c !== '');
		// Skip the 行次 cell: the 统计数 is the last filled cell of the row.
		const v = nums.length >= 2 ? parseAmount(nums[nums.length - 1]) : null;
		if (typeof v !== 'number') continue;
		pushFigure(ctx, rule[1], v, line.no, { unit: rule[2] });
		if (rule[1].startsWith('org_running_cost_')) {
			adminRunning += v;
			adminSeen = true;
			lastLine = line.no;
		}
	}
	if (adminSeen) pushFigure(ctx, 'org_running_cost', round2(adminRunning), lastLine);
}
