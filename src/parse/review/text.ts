/**
 * 文表: words the text uses about its own figures. "决算数小于预算数" after "年初预算为1560.05万元，
 * 支出决算为1511.89万元" must say what the two figures say; "比上年预算数120万元增加20万元" after
 * "140万元" must go the way, and by the amount, the two figures go.
 */
import type { Ctx } from '../context.js';
import type { Line } from '../lines.js';
import { numberIn, round2, sameAmount } from '../amount.js';
import { NUM } from '../narrative.js';

const BUDGET = new RegExp(`(?:年初预算|预算)(?:数)?(?:为|是)?${NUM}万元`, 'g');
const FINAL = new RegExp(`(?:支出决算|决算)(?:数)?(?:为|是)?${NUM}万元`, 'g');
const VERDICT =
	/决算数?(大于|高于|超过|小于|低于|等于|与预算数?(?:基本)?(?:持平|一致|相同|相等))预算数?/g;

/** The last match of `re` in `text` that ends before `end`. */
function lastBefore(re: RegExp, text: string, end: number): RegExpExecArray | null {
	let hit: RegExpExecArray | null = null;
	for (const m of text.matchAll(re)) if (m.index + m[0].length <= end) hit = m;
	return hit;
}

export function checkTextWording(ctx: Ctx, prose: readonly Line[]): void {
	for (const l of prose) {
		const t = l.text.replace(/\s+/g, '');
		checkVerdicts(ctx, t, l.no);
		checkDirections(ctx, t, l.no);
	}
}

/** "决算数大于/小于/等于预算数" against the 预算 and 决算 figures the same paragraph gives before it. */
function checkVerdicts(ctx: Ctx, t: string, line: number): void {
	for (const v of t.matchAll(VERDICT)) {
		const b = lastBefore(BUDGET, t, v.index);
		const f = lastBefore(FINAL, t, v.index);
		if (!b || !f) continue;
		const budget = numberIn(b[1]!);
		const final = numberIn(f[1]!);
		const word = v[1]!;
		// "基本持平" allows a small gap (2 % of the budget); "等于" none.
		const level = /基本/.test(word) ? Math.max(0.005, budget * 0.02) : 0.005;
		const ok = /大于|高于|超过/.test(word)
			? final > budget
			: /小于|低于/.test(word)
				? final < budget
				: Math.abs(final - budget) <= level;
		if (!ok)
			ctx.issue(
				'error',
				'narrative_compare',
				`文中称“${v[0]}”，但所列决算 ${final} 万元、预算 ${budget} 万元`,
				line,
				{ table_a: 'text', value_a: final, table_b: 'text', value_b: budget, line_b: line },
			);
	}
}

/**
 * "X万元，比2024年预算Y万元增加Z万元": X − Y must have the sign of the word and the size of Z;
 * "持平" needs X = Y.
 */
function checkDirections(ctx: Ctx, t: string, line: number): void {
	const re = new RegExp(
		`${NUM}万元[，,]?(?:比|较)(?:上年|上年度|20\\d{2}年度?)(?:预算|决算|预算数|决算数)?(?:数)?${NUM}万元[，,]?(增加|减少|增长|下降|持平)(?:了)?(?:${NUM}万元)?`,
		'g',
	);
	for (const m of t.matchAll(re)) {
		const now = numberIn(m[1]!);
		const before = numberIn(m[2]!);
		const word = m[3]!;
		const delta = m[4] !== undefined ? numberIn(m[4]) : null;
		const diff = round2(now - before);
		const up = word === '增加' || word === '增长';
		const wrongWay = word === '持平' ? !sameAmount(diff, 0) : up ? diff <= 0 : diff >= 0;
		const wrongSize = delta !== null && !sameAmount(Math.abs(diff), delta);
		if (wrongWay || wrongSize)
			ctx.issue(
				'error',
				'narrative_direction',
				`文中“${m[0]}”：${now} − ${before} = ${diff} 万元${wrongWay ? `，不是“${word}”` : `，不是 ${delta} 万元`}`,
				line,
				{ table_a: 'text', value_a: now, table_b: 'text', value_b: before, line_b: line },
			);
	}
}
