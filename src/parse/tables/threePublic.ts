/**
 * 三公经费 tables → three_public. Budgets list the categories as rows (合计 column first); the
 * final account lays 预算数 and 决算数 side by side as one row of twelve columns.
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import type { Line } from '../lines.js';
import { parseAmount, round2 } from '../amount.js';
import type { ThreePublicCategory } from '../../schema/tables.js';
import { tableUnit } from './tableRows.js';
import { measureOf } from '../columns.js';
import { THREE_PUBLIC_COLUMNS } from '../specs/index.js';
import { pushFigure } from './figures.js';

/** The 三公 category a label names, or undefined. */
export function threePublicCategory(label: string): ThreePublicCategory | undefined {
	const l = label
		.replace(/\s+/g, '')
		.replace(/^(其中[:：]?|[①②③④]|\(\d\)|\d[、.]|[一二三四]、)+/, '');
	if (/教学科研|^其他因公出国/.test(l)) return undefined;
	if (/因公出国/.test(l)) return 'outbound';
	if (/公务用车购置及运/.test(l)) return 'vehicle_total';
	if (/公务用车购置(费)?$/.test(l)) return 'vehicle_purchase';
	if (/公务用车运(行维护|维)(费)?$/.test(l)) return 'vehicle_operation';
	if (/公务接待/.test(l)) return 'reception';
	if (/^(合计|小计|"?三公"?经费合计)$/.test(l)) return 'total';
	return undefined;
}

export function readThreePublic(ctx: Ctx, section: Section): void {
	const year = ctx.doc.fiscalYear;
	if (year === null) return;
	const scale = tableUnit(section.lines) === '元' ? 1 / 10000 : 1;
	const push = (basis: string, category: ThreePublicCategory, amount: number, line: number) =>
		ctx.out.three_public.push({
			doc_id: ctx.doc.docId,
			entity: ctx.doc.entity,
			year,
			basis,
			category,
			amount: round2(amount * scale),
			source: 'table',
			line,
		});
	const wide =
		section.lines.some((l) => l.cells.some((c) => /^预算数$/.test(c.replace(/\s+/g, '')))) &&
		section.lines.some((l) => l.cells.some((c) => /^决算数$/.test(c.replace(/\s+/g, ''))));
	if (wide) return readWide(ctx, section, push);
	if (readByColumn(ctx, section, push)) return;
	const basis = ctx.doc.kind === 'final_account' ? 'final' : 'budget';
	const seen = new Set<ThreePublicCategory>();
	for (const line of section.lines) {
		const idx = line.cells.findIndex((c) => threePublicCategory(c) !== undefined);
		if (idx < 0 || idx > 2) continue;
		const category = threePublicCategory(line.cells[idx]!)!;
		const first = line.cells.slice(idx + 1).find((c) => c !== '');
		const v = parseAmount(first);
		if (v === undefined && measureOf(first ?? '')) continue; // a header line: 合计 | 一般公共预算 …
		if (v === undefined) {
			ctx.issue(
				'warning',
				'unreadable_amount',
				`三公经费「${line.cells[idx]}」：无法识别的金额「${first}」`,
				line.no,
			);
			continue;
		}
		if (seen.has(category)) continue;
		seen.add(category);
		// A blank cell is no figure: the narrative usually states the 0, and is read there.
		if (v !== null) push(basis, category, v, line.no);
	}
}

const WIDE_ORDER: ThreePublicCategory[] = [
	'total',
	'outbound',
	'vehicle_total',
	'vehicle_purchase',
	'vehicle_operation',
	'reception',
];

function readWide(
	ctx: Ctx,
	section: Section,
	push: (b: string, c: ThreePublicCategory, a: number, l: number) => void,
): void {
	const budgetBasis = ctx.doc.kind === 'final_account' ? 'adjusted_budget' : 'budget';
	const data = section.lines.find((l) => {
		const filled = l.cells.filter((c) => c !== '');
		return (
			filled.length >= 2 &&
			filled.every((c) => typeof parseAmount(c) === 'number') &&
			!filled.every((c, i) => c === String(i + 1)) &&
			filled.some((c) => c.includes('.'))
		);
	});
	if (!data) {
		ctx.issue('info', 'blank_form', `${section.title}：表中没有数据`, section.titleLine);
		return;
	}
	if (data.grid && readPairsByHeading(ctx, section, data, budgetBasis, push)) return;
	const cells = data.cells.slice(0, 12);
	if (data.cells.filter((c) => c !== '').length > 12 || data.cells.length < 12) {
		ctx.issue(
			'warning',
			'three_public_layout',
			`${section.title}：数据行有 ${data.cells.length} 列，预期 12 列，按顺序读取`,
			data.no,
		);
	}
	cells.forEach((cell, i) => {
		const v = parseAmount(cell);
		if (v === undefined || v === null) return;
		push(i < 6 ? budgetBasis : 'final', WIDE_ORDER[i % 6]!, v, data.no);
	});
}

/**
 * The categories as columns and one row of figures (the Shanghai budget's 三公经费和机关运行经费预算表):
 * each column is named by the deepest header cell above it that a spec recognises (小计 under
 * 公务用车购置及运行费, 机关运行经费预算数 split over two lines). False when the table is not laid out so.
 */
function readByColumn(
	ctx: Ctx,
	section: Section,
	push: (b: string, c: ThreePublicCategory, a: number, l: number) => void,
): boolean {
	const lines = section.lines;
	const isData = (cells: readonly string[]) =>
		cells.filter((c) => c !== '').length >= 2 &&
		cells.every((c) => c === '' || typeof parseAmount(c) === 'number');
	const at = lines.findIndex((l) => isData(l.cells));
	if (
		at <= 0 ||
		lines.some(
			(l) =>
				l.cells.slice(0, 3).some((c) => threePublicCategory(c) !== undefined) &&
				l.cells.some((c) => isAmountCell(c)),
		)
	)
		return false;
	const header = lines.slice(0, at).reverse();
	const nameAt = (pos: number) => {
		for (const l of header) {
			const label = (l.cells[pos] ?? '').replace(/\s+/g, '');
			const hit = label && THREE_PUBLIC_COLUMNS.find(([re]) => re.test(label));
			if (hit) return hit[1];
		}
		// A heading wrapped over two lines ("2024年机关运行经" / "费预算数"): the cells joined, top down.
		const joined = [...header]
			.reverse()
			.map((l) => (l.cells[pos] ?? '').replace(/\s+/g, ''))
			.join('');
		return THREE_PUBLIC_COLUMNS.find(([re]) => re.test(joined))?.[1];
	};
	const basis = ctx.doc.kind === 'final_account' ? 'final' : 'budget';
	const data = lines[at]!;
	let read = false;
	data.cells.forEach((cell, pos) => {
		const v = parseAmount(cell);
		if (typeof v !== 'number') return;
		const what = nameAt(pos);
		if (!what) {
			ctx.issue(
				'warning',
				'extra_column',
				`${section.title}：金额 ${v} 所在列没有可识别的表头，未采用`,
				data.no,
			);
			return;
		}
		read = true;
		if (what === 'org_running_cost')
			pushFigure(
				ctx,
				'org_running_cost',
				round2(v * (tableUnit(lines) === '元' ? 1 / 10000 : 1)),
				data.no,
			);
		else push(basis, what, v, data.no);
	});
	return read;
}

const isAmountCell = (c: string) => typeof parseAmount(c) === 'number' && /[.,]/.test(c);

/**
 * A 预算数 | 决算数 pair under each category, read by the headings over each cell where the adapter
 * laid the table out on its columns (a PDF): the basis from the 预算数/决算数 heading of the cell, the
 * category from the heading over it or over the other half of its pair. A cell under a heading that
 * merges the two ("预算数决算数") is no figure to guess: reported and left out.
 */
function readPairsByHeading(
	ctx: Ctx,
	section: Section,
	data: Line,
	budgetBasis: string,
	push: (b: string, c: ThreePublicCategory, a: number, l: number) => void,
): boolean {
	const above = section.lines.slice(0, section.lines.indexOf(data)).reverse();
	const bases = above.find(
		(l) => l.cells.filter((c) => /^(预算数|决算数)$/.test(c.replace(/\s+/g, ''))).length >= 4,
	);
	if (!bases) return false;
	const basisAt = (p: number) => (bases.cells[p] ?? '').replace(/\s+/g, '');
	const categoryAt = (p: number) => {
		for (const l of above) {
			const c = threePublicCategory(l.cells[p] ?? '');
			if (c) return c;
		}
		return undefined;
	};
	data.cells.forEach((cell, p) => {
		const v = parseAmount(cell);
		if (typeof v !== 'number') return;
		const basis = basisAt(p);
		const category =
			categoryAt(p) ??
			(basis === '预算数' ? categoryAt(p + 1) : basis === '决算数' ? categoryAt(p - 1) : undefined);
		if (!category || (basis !== '预算数' && basis !== '决算数')) {
			ctx.issue(
				'warning',
				'three_public_layout',
				`${section.title}：金额 ${v} 的列标题不明（「${basis || '空'}」），未采用`,
				data.no,
			);
			return;
		}
		push(basis === '预算数' ? budgetBasis : 'final', category, v, data.no);
	});
	return true;
}
