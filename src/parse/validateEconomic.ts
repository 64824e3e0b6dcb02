/**
 * Economic classification arithmetic: 类 = Σ款 in each category, 人员经费 + 公用经费 = 合计, and
 * the table's total against 基本支出 of the 一般公共预算支出表.
 */
import type { Ctx } from './context.js';
import { round2, sameAmount } from './amount.js';
import type { EconomicItem } from '../schema/tables.js';

export function checkEconomic(
	ctx: Ctx,
	items: readonly EconomicItem[],
	basicTotal: number | undefined,
	basicLine: number | null,
): void {
	const classes = items.filter((i) => i.level === 1);
	for (const c of classes) {
		const kids = items.filter(
			(i) =>
				i.level === 2 &&
				i.category === c.category &&
				i.code?.startsWith(c.code!) &&
				i.line > c.line - 1000,
		);
		if (kids.length === 0) continue;
		const sum = round2(kids.reduce((s, k) => s + k.amount, 0));
		if (!sameAmount(c.amount, sum))
			ctx.issue(
				'error',
				'sum_children',
				`经济分类 ${c.code} ${c.name}（${c.category}）= ${c.amount}，所列款级之和 ${sum}`,
				c.line,
			);
	}
	const byName = (name: string) =>
		items.find((i) => i.code === null && i.category === 'total' && i.name === name);
	const total = byName('合计');
	const pers = byName('人员经费合计');
	const pub = byName('公用经费合计');
	for (const [t, cat] of [
		[pers, 'personnel'],
		[pub, 'public'],
	] as const) {
		if (!t) continue;
		const sum = round2(classes.filter((c) => c.category === cat).reduce((s, c) => s + c.amount, 0));
		if (classes.some((c) => c.category === cat) && !sameAmount(t.amount, sum)) {
			ctx.issue(
				'error',
				'sum_children',
				`经济分类${cat === 'personnel' ? '人员经费' : '公用经费'}合计 ${t.amount}，各类之和 ${sum}`,
				t.line,
			);
		}
	}
	const whole = total?.amount ?? (pers && pub ? round2(pers.amount + pub.amount) : undefined);
	if (total && pers && pub && !sameAmount(total.amount, pers.amount + pub.amount)) {
		ctx.issue(
			'error',
			'total_parts',
			`经济分类合计 ${total.amount} ≠ 人员经费 ${pers.amount} + 公用经费 ${pub.amount}`,
			total.line,
		);
	}
	if (whole !== undefined && basicTotal !== undefined && !sameAmount(whole, basicTotal)) {
		ctx.issue(
			'error',
			'cross_table',
			`基本支出经济分类表合计 ${whole}，一般公共预算支出表基本支出 ${basicTotal}（第 ${basicLine} 行）`,
			total?.line ?? pers?.line ?? null,
		);
	}
}
