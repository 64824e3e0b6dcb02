/**
 * Parsing is linear in its input: one pathological run (digits, blanks, commas, tabs, Chinese
 * without markup, …) at 16 KiB and at 256 KiB inside a small document. The time may grow about 16×
 * (linear; a little more with the engine's memory work on large strings); a quadratic pattern grows
 * 256×. Compared as a ratio of the fastest of five runs, never an absolute time.
 * And whatever the run, every amount written is finite.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

const DOC = (run: string) => `阳泉市司法局
2024年度部门预算

2024年预算支出总表
部门名称：阳泉市司法局
单位：万元
科目编码	科目名称	合计	基本支出	项目支出
合计		100.00	100.00	
204	公共安全支出	100.00	100.00	
20406	司法	100.00	100.00	
2040601	行政运行	100.00	100.00	

一、收入支出预算总体情况说明
${run}
二、“三公”经费预算说明
“三公”经费预算为1.00万元，比上年减少0.50万元。
`;

const RUNS: Record<string, (n: number) => string> = {
	digits: (n) => '1'.repeat(n),
	'digits then 万元': (n) => `比上年增加${'1'.repeat(n)}万元`,
	'digits then %': (n) => `${'1'.repeat(n)}%`,
	commas: (n) => '1,'.repeat(n / 2),
	blanks: (n) => `${' '.repeat(n)}x`,
	tabs: (n) => `${'\t'.repeat(n)}1`,
	dashes: (n) => `|${'-'.repeat(n)}x`,
	'Chinese without (类)': (n) => '收'.repeat(n),
	'html cells': (n) => '<td>1</td>'.repeat(n / 10),
	'repeated header': (n) => '科目编码\t科目名称\t合计\n'.repeat(n / 16),
};

/** The fastest of five parses: the least disturbed by other work on the machine. */
const timeOf = (text: string) => {
	let best = Infinity;
	for (let i = 0; i < 5; i++) {
		const t0 = performance.now();
		parseDocument(text, 'run.txt');
		best = Math.min(best, performance.now() - t0);
	}
	return best;
};

describe('parsing is linear in the input', () => {
	for (const [kind, run] of Object.entries(RUNS))
		it(`a run of ${kind}: 16× the input costs well under 256× the time`, () => {
			timeOf(DOC(run(1024))); // warm-up
			const small = timeOf(DOC(run(16 * 1024)));
			const large = timeOf(DOC(run(256 * 1024)));
			// Linear is ~16×; quadratic would be ~256×.
			expect(large / Math.max(small, 1)).toBeLessThan(100);
			const ds = parseDocument(DOC(run(256 * 1024)), 'run.txt');
			for (const r of [...ds.functional_items, ...ds.three_public])
				expect(Number.isFinite(r.amount)).toBe(true);
			for (const f of ds.figures) expect(Number.isFinite(f.value)).toBe(true);
		});

	it('a 400-digit number is no amount: never Infinity', () => {
		const ds = parseDocument(
			DOC('').replace('2040601\t行政运行\t100.00', `2040601\t行政运行\t${'9'.repeat(400)}`),
			'big.txt',
		);
		for (const r of ds.functional_items) expect(Number.isFinite(r.amount)).toBe(true);
	});
});
