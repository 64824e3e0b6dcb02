/**
 * 基本支出分经济科目表 / 基本支出决算明细表 → economic_items. Three shapes are in use: codes with
 * 合计 | 人员经费 | 公用经费 columns (Hebei); code–name–amount triples side by side under 人员经费 and
 * 公用经费 (the 决算 明细表); names only, 部门 and 政府 economic names side by side (Shanxi budget), whose
 * codes come from the dictionary the documents themselves print.
 */
import type { Ctx } from '../context.js';
import type { Section } from '../segment.js';
import type { Line } from '../lines.js';
import { parseAmount, round2 } from '../amount.js';
import { ECONOMIC_CODE } from '../classification.js';
import { measureOf } from '../columns.js';
import { tableUnit } from './tableRows.js';
import { economicCode } from '../economicDictionary.js';
import type { EconomicItem } from '../../schema/tables.js';

type Category = 'personnel' | 'public' | 'total';

export function readEconomic(ctx: Ctx, section: Section): EconomicItem[] {
	const lines = section.lines;
	const scale = tableUnit(lines) === '元' ? 1 / 10000 : 1;
	const items: EconomicItem[] = [];
	const push = (
		code: string | null,
		name: string,
		gov: string | null,
		category: Category,
		amount: number,
		line: number,
	) =>
		items.push({
			doc_id: ctx.doc.docId,
			entity: ctx.doc.entity,
			code,
			name,
			gov_name: gov,
			level: code ? (code.length === 3 ? 1 : 2) : null,
			category,
			amount: round2(amount * scale),
			line,
		});

	const header = lines
		.filter((l) => l.cells.some((c) => /人员经费|公用经费|科目/.test(c)))
		.slice(0, 3);
	const measureHeader = header.find(
		(l) => l.cells.some((c) => c === '合计') && l.cells.some((c) => c === '人员经费'),
	);
	const blockHeader = header.find(
		(l) =>
			!l.cells.includes('合计') &&
			l.cells.filter((c) => /^(人员经费|公用经费)$/.test(c)).length >= 2,
	);
	const nameOnly = header.some(
		(l) => l.cells.some((c) => /经济科目名称/.test(c)) && !l.cells.some((c) => /编码|代码/.test(c)),
	);

	// (code, name, amount) triples side by side with no 人员/公用 labels over them (the national 决算
	// template's 基本支出决算表): more than one economic code on a data line.
	const sideBySide =
		!measureHeader &&
		lines.some((l) => l.cells.filter((c) => ECONOMIC_CODE.test(c.replace(/\s+/g, ''))).length >= 2);
	if ((blockHeader || sideBySide) && !measureHeader) {
		readBlocks(ctx, lines, blockHeader ?? null, push);
	} else {
		const cols = measureHeader ? measureHeader.cells.map((c) => measureOf(c)) : [];
		const at = (m: string) => cols.findIndex((x) => x === m);
		const [iTotal, iPers, iPub] = [at('total'), at('personnel'), at('public')];
		let parentClass: string | undefined;
		for (const line of lines) {
			const cells = line.cells;
			if (line === measureHeader || cells.every((c) => c === '')) continue;
			const codeIdx = cells.slice(0, 3).findIndex((c) => ECONOMIC_CODE.test(c));
			const totalRow = cells.slice(0, 3).some((c) => c.replace(/\s+/g, '') === '合计');
			let code: string | null = null;
			let name: string;
			let gov: string | null = null;
			if (codeIdx >= 0) {
				code = cells[codeIdx]!;
				name = (cells[codeIdx + 1] ?? '').replace(/\s+/g, '');
			} else if (totalRow) {
				name = '合计';
			} else if (
				nameOnly &&
				cells[0] &&
				!/名称|^\d+$/.test(cells[0]) &&
				typeof parseAmount(cells[2]) === 'number'
			) {
				name = cells[0].replace(/\s+/g, '');
				gov = (cells[1] ?? '').replace(/\s+/g, '') || null;
				code = economicCode(name, gov === null, parentClass) ?? null;
				if (code && code.length === 3) parentClass = code;
				if (!code)
					ctx.issue(
						'warning',
						'economic_code',
						`经济分类「${name}」在科目字典中找不到编码`,
						line.no,
					);
			} else continue;
			const get = (i: number) => (i >= 0 ? parseAmount(cells[i]) : null);
			const total = get(iTotal);
			const pers = get(iPers);
			const pub = get(iPub);
			if (name === '合计') {
				if (typeof total === 'number') push(null, '合计', null, 'total', total, line.no);
				if (typeof pers === 'number') push(null, '人员经费合计', null, 'total', pers, line.no);
				if (typeof pub === 'number') push(null, '公用经费合计', null, 'total', pub, line.no);
				continue;
			}
			if (typeof pers === 'number') push(code, name, gov, 'personnel', pers, line.no);
			if (typeof pub === 'number') push(code, name, gov, 'public', pub, line.no);
			if (typeof pers !== 'number' && typeof pub !== 'number' && typeof total === 'number') {
				ctx.issue(
					'warning',
					'economic_category',
					`经济分类「${name}」只有合计 ${total}，无法判断人员经费或公用经费`,
					line.no,
				);
			}
		}
	}
	ctx.out.economic_items.push(...items);
	return items;
}

type Push = (
	code: string | null,
	name: string,
	gov: string | null,
	c: Category,
	amount: number,
	line: number,
) => void;

/** The 决算 明细表: (code, name, amount) triples side by side; the block's top label is its category. */
function readBlocks(ctx: Ctx, lines: readonly Line[], header: Line | null, push: Push): void {
	const tops = (header?.cells ?? [])
		.map((c, i) => ({
			i,
			cat: c === '人员经费' ? 'personnel' : c === '公用经费' ? 'public' : null,
		}))
		.filter((t): t is { i: number; cat: Category } => t.cat !== null);
	// Without labels over the blocks the code says it: 301 工资福利 and 303 对个人和家庭的补助 are 人员经费.
	const categoryAt = (pos: number, code: string): Category =>
		tops.length
			? ([...tops].reverse().find((t) => t.i <= pos)?.cat ?? 'public')
			: /^30[13]/.test(code)
				? 'personnel'
				: 'public';
	for (const line of lines) {
		const cells = line.cells;
		for (let i = 0; i < cells.length; i++) {
			const c = cells[i]!.replace(/\s+/g, '');
			if (ECONOMIC_CODE.test(c) && cells[i + 1] && typeof parseAmount(cells[i + 1]) !== 'number') {
				const v = parseAmount(cells[i + 2]);
				if (typeof v === 'number')
					push(c, cells[i + 1]!.replace(/\s+/g, ''), null, categoryAt(i, c), v, line.no);
				else if (v === undefined)
					ctx.issue(
						'warning',
						'unreadable_amount',
						`经济分类 ${c}：无法识别的金额「${cells[i + 2]}」`,
						line.no,
					);
				i += 2;
				continue;
			}
			const m = /^(人员经费|公用经费)合计$/.exec(c);
			if (m) {
				const next = cells
					.slice(i + 1)
					.map((x) => parseAmount(x))
					.find((x) => typeof x === 'number');
				if (typeof next === 'number') push(null, c, null, 'total', next, line.no);
			}
		}
	}
}
