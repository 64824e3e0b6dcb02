/**
 * 项目支出预算表 → projects. Rows are either a budget unit's subtotal (the department first, then each
 * unit) or a project of the unit above it.
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import { parseAmount, round2 } from '../amount.js';
import { tableUnit } from './tableRows.js';

export type ProjectGroup = {
	entity: string;
	subtotal: number | null;
	line: number;
	projects: { name: string; amount: number; line: number }[];
};

const ORG_SUFFIX = /(局|所|中心|处|院|厅|委员会|办公室|站|队|馆|学校|部|会)$/;
const COST_WORD = /费|金|补助|补贴|资金|经费|项目|工程|建设|购置|维护|服务$/;

export function isUnitName(name: string, ctx: Ctx): boolean {
	if (ctx.doc.units.includes(name) || name === ctx.doc.department || name === ctx.doc.entity)
		return true;
	return ORG_SUFFIX.test(name) && !COST_WORD.test(name) && /[市省县区]/.test(name);
}

export function readProjects(
	ctx: Ctx,
	section: Section,
	tableKey: 'current' | 'carryover',
): ProjectGroup[] {
	const scale = tableUnit(section.lines) === '元' ? 1 / 10000 : 1;
	const groups: ProjectGroup[] = [];
	let current: ProjectGroup | null = null;
	let departmentRowSeen = false;
	for (const line of section.lines) {
		const cells = line.cells;
		const name = (cells[0] ?? '').replace(/\s+/g, '');
		if (!name || /项目名称|^\d+$|^注|^说明|单位[:：]|部门名称|单位名称/.test(name)) continue;
		const v = parseAmount(cells[1]);
		if (v === undefined || (v === null && cells.slice(2).every((c) => c === ''))) continue;
		const amount = round2((v ?? 0) * scale);
		if (isUnitName(name, ctx)) {
			// The first row naming the department is the department's own total, not a unit.
			if (
				!departmentRowSeen &&
				name === ctx.doc.department &&
				ctx.doc.units.length > 0 &&
				groups.length === 0
			) {
				departmentRowSeen = true;
				ctx.out.figures.push({
					doc_id: ctx.doc.docId,
					entity: name,
					year: ctx.doc.fiscalYear,
					metric: `project_${tableKey}_total`,
					value: amount,
					unit: '万元',
					source: 'table',
					line: line.no,
				});
				groups.push({ entity: '__department__', subtotal: amount, line: line.no, projects: [] });
				continue;
			}
			current = { entity: name, subtotal: amount, line: line.no, projects: [] };
			groups.push(current);
			continue;
		}
		if (!current) {
			current = {
				entity: ctx.doc.entity ?? ctx.doc.department ?? '',
				subtotal: null,
				line: line.no,
				projects: [],
			};
			groups.push(current);
		}
		current.projects.push({ name, amount, line: line.no });
		ctx.out.projects.push({
			doc_id: ctx.doc.docId,
			entity: current.entity,
			code: null,
			name,
			amount,
			table_key: tableKey,
			line: line.no,
		});
	}
	return groups;
}
