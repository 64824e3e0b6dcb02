/**
 * 项目支出绩效目标表 → project_targets (and, for layouts whose only project list is these forms,
 * projects). Shanxi forms print 项目资金（元）: 实施期资金总额 / 年度资金总额 in 元; Hebei forms print
 * 项目编码, 项目名称 and 预算数 under 单位：万元.
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import { parseAmount, round2 } from '../amount.js';
import type { ProjectTarget } from '../../schema/tables.js';

/** Value of the first amount cell after the cell matching `label` on the line. */
function after(
	cells: readonly string[],
	label: RegExp,
): { value: number | null; raw: string } | null {
	const i = cells.findIndex((c) => label.test(c.replace(/\s+/g, '')));
	if (i < 0) return null;
	// Label and value in one cell: '年度资金总额: 261,000'.
	const inline = cells[i]!.replace(/\s+/g, '').replace(label, '');
	if (inline) {
		const v = parseAmount(inline);
		return { value: typeof v === 'number' ? v : null, raw: inline };
	}
	for (const c of cells.slice(i + 1)) {
		if (c === '') continue;
		const v = parseAmount(c);
		return { value: typeof v === 'number' ? v : null, raw: c };
	}
	return { value: null, raw: '' };
}

export function readTargetForm(
	ctx: Ctx,
	section: Section,
): { row: ProjectTarget; amountLine: number } | null {
	let name: string | null = null;
	let code: string | null = null;
	let entity: string | null = null;
	let total: number | null = null;
	let year: number | null = null;
	let inYuan =
		/元/.test(section.lines.find((l) => /项目资金/.test(l.text))?.text ?? '') &&
		!/万元/.test(section.lines.find((l) => /项目资金/.test(l.text))?.text ?? '');
	const unitLine = section.lines.slice(0, 3).find((l) => /单位[:：]/.test(l.text));
	if (unitLine && /万元/.test(unitLine.text)) inYuan = false;
	let line = section.titleLine;
	let amountLine = section.titleLine;
	for (const l of section.lines) {
		const cells = l.cells;
		const nameIdx = cells.findIndex((c) => /^项目名称$/.test(c.replace(/\s+/g, '')));
		if (nameIdx >= 0 && name === null) {
			name =
				cells
					.slice(nameIdx + 1)
					.find((c) => c !== '')
					?.replace(/\s+/g, '') ?? null;
			line = l.no;
		}
		const codeIdx = cells.findIndex((c) => /^项目编码$/.test(c.replace(/\s+/g, '')));
		if (codeIdx >= 0 && code === null)
			code = cells.slice(codeIdx + 1).find((c) => c !== '') ?? null;
		const unitIdx = cells.findIndex((c) => /^实施单位/.test(c.replace(/\s+/g, '')));
		if (unitIdx >= 0 && entity === null) {
			const inline = cells[unitIdx]!.replace(/\s+/g, '').replace(/^实施单位/, '');
			entity =
				inline ||
				(cells
					.slice(unitIdx + 1)
					.find((c) => c !== '')
					?.replace(/\s+/g, '') ??
					null);
		}
		const t = after(cells, /^实施期资金总额[:：]?/);
		if (t && total === null) {
			total = t.value;
			amountLine = l.no;
		}
		const y = after(cells, /^年度资金总额[:：]?/);
		if (y && year === null) year = y.value;
		const b = after(cells, /^预算数$/);
		if (b && year === null) {
			year = b.value;
			total = b.value;
			amountLine = l.no;
		}
	}
	if (!name) {
		ctx.issue(
			'warning',
			'blank_form',
			`${section.title}：绩效目标表没有项目名称，未读取`,
			section.titleLine,
		);
		return null;
	}
	const toWan = (x: number | null) => (x === null ? null : inYuan ? round2(x / 10000) : x);
	if (inYuan && year !== null && year > 0 && year < 100) {
		ctx.issue(
			'warning',
			'unit_plausibility',
			`绩效目标表「${name}」：项目资金栏单位为元，但金额只有 ${year}，可能填的是万元`,
			amountLine,
		);
	}
	if (!inYuan && year !== null && year >= 10000) {
		ctx.issue(
			'warning',
			'unit_plausibility',
			`绩效目标表「${name}」：预算数 ${year} 万元，数额异常，可能填的是元`,
			amountLine,
		);
	}
	const row: ProjectTarget = {
		doc_id: ctx.doc.docId,
		entity: entity ?? ctx.doc.entity,
		code,
		name,
		total_amount: toWan(total),
		year_amount: toWan(year),
		line,
	};
	return { row, amountLine };
}
