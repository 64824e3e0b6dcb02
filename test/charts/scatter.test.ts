/**
 * Scatter in jsdom: one mark per point with its exact figures and source, flagged points called out,
 * coincident points kept apart, a click opening the source line. Points from the 2022 self-evaluations
 * (004): 法律顾问费 71.67 % / 93 (line 130), 国家统一法律职业资格证书考试经费 27.3 % / 95 (line 694),
 * and two forms at 0 % / 80 (lines 207, 879).
 */
import { describe, it, expect } from 'vitest';
import Scatter from '../../src/charts/Scatter.svelte';
import { mountChart, pressEnter } from './svg.js';

const DOC = '0158e039403234a9';
const points = [
	{ x: 71.67, y: 93, label: '法律顾问费', flagged: true, doc: DOC, line: 130 },
	{ x: 27.3, y: 95, label: '国家统一法律职业资格证书考试经费', flagged: true, doc: DOC, line: 694 },
	{ x: 0, y: 80, label: '法治政府建设全面咨询专项法律服务经费', doc: DOC, line: 207 },
	{ x: 0, y: 80, label: '异地交流任职干部房屋租金及生活补助', doc: DOC, line: 879 },
];

function render() {
	const props = {
		points,
		xDomain: [0, 100] as [number, number],
		yDomain: [60, 100] as [number, number],
		width: 600,
		height: 300,
		xLabel: '预算执行率（%）',
		yLabel: '自评总分（分）',
		xFormat: (v: number) => `${v}%`,
		yFormat: (v: number) => `${v}`,
		region: { x0: 0, x1: 80, y0: 90, y1: 100, label: '高分低执行（2 个）' },
	};
	return mountChart(Scatter as never, props);
}

describe('Scatter', () => {
	it('draws every point with its exact figures and source in the tooltip', () => {
		const { svg, destroy } = render();
		const marks = Array.from(svg.querySelectorAll('.point'));
		expect(marks).toHaveLength(4);
		const legal = marks.find((m) => m.getAttribute('aria-label')?.startsWith('法律顾问费'))!;
		const tip = legal.querySelector('title')!.textContent!;
		expect(tip).toContain('预算执行率（%）：71.67%');
		expect(tip).toContain('自评总分（分）：93');
		expect(tip).toContain(`来源：${DOC} 第 130 行`);
		destroy();
	});

	it('calls out the flagged points, with their labels, inside the region', () => {
		const { svg, destroy } = render();
		expect(svg.querySelectorAll('.point.flagged')).toHaveLength(2);
		expect(svg.textContent).toContain('高分低执行（2 个）');
		expect(svg.textContent).toContain('法律顾问费');
		// Unflagged points are not labelled on the chart (their names are in the tooltips).
		const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
		expect(texts).not.toContain('异地交流任职干部房屋租金及生活补助');
		destroy();
	});

	it('keeps coincident points apart so each can be reached', () => {
		const { svg, destroy } = render();
		const at0 = Array.from(svg.querySelectorAll('.point'))
			.filter((m) => m.getAttribute('aria-label')?.includes(' 0% 80'))
			.map((m) => m.querySelector('circle')!);
		expect(at0).toHaveLength(2);
		const [a, b] = at0.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
		expect(Math.hypot(a![0]! - b![0]!, a![1]! - b![1]!)).toBeGreaterThan(8);
		destroy();
	});

	it('reports the point chosen by click or Enter to the frame', () => {
		const { svg, chosen, destroy } = render();
		const exam = Array.from(svg.querySelectorAll<SVGGElement>('.point')).find((m) =>
			m.getAttribute('aria-label')?.startsWith('国家统一'),
		)!;
		exam.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(chosen).toMatchObject([{ doc: DOC, line: 694 }]);
		expect(pressEnter(exam)).toBe(true);
		expect(chosen).toMatchObject([
			{ doc: DOC, line: 694 },
			{ doc: DOC, line: 694 },
		]);
		destroy();
	});
});
