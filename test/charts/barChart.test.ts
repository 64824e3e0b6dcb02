import { describe, it, expect } from 'vitest';
import BarChart from '../../src/charts/BarChart.svelte';
import { fmtWan } from '../../src/lib/format.js';
import { normaliseSvg, mountChart, pressEnter } from './svg.js';
import { INK } from '../../src/charts/palette.js';

const render = (props: Record<string, unknown>) => mountChart(BarChart as never, props);

// 阳泉市司法局 2024 and 承德市司法局 2024 支出合计 (000 line 214, 003 line 167).
const bars = [
	{ label: '阳泉市司法局 2024预算', value: 2854.81, doc: '9fe8ed7e4cfd394f', line: 214 },
	{ label: '承德市司法局 2024预算', value: 4148.23, doc: 'a7d6f4822a5d5a60', line: 167 },
];

describe('BarChart', () => {
	it('draws one bar per row, proportional to the value, with the exact figure and its source', () => {
		const { svg, destroy } = render({
			bars,
			width: 600,
			height: 80,
			format: fmtWan,
			labelWidth: 200,
		});
		const rects = [...svg.querySelectorAll('rect')];
		expect(rects).toHaveLength(2);
		const [a, b] = rects.map((r) => Number(r.getAttribute('width')));
		expect(a! / b!).toBeCloseTo(2854.81 / 4148.23, 2);
		expect(svg.textContent).toContain('2,854.81');
		expect(svg.querySelector('title')!.textContent).toContain('来源：9fe8ed7e4cfd394f 第 214 行');
		expect(normaliseSvg(svg.innerHTML)).toMatchSnapshot();
		destroy();
	});

	it('reports the bar chosen by click or Enter (once, the key taken) to the frame', () => {
		const { svg, chosen, destroy } = render({ bars, width: 600, height: 80, format: fmtWan });
		const bar = svg.querySelectorAll('g.bar')[1] as SVGGElement;
		bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(chosen).toMatchObject([{ doc: 'a7d6f4822a5d5a60', line: 167, value: 4148.23 }]);
		expect(pressEnter(bar)).toBe(true);
		expect(chosen).toHaveLength(2);
		destroy();
	});

	it('draws the reference line (100 % execution) when given', () => {
		const { svg, destroy } = render({
			bars: [{ label: '一般公共服务支出', value: 98.86 }],
			width: 500,
			height: 40,
			format: (x: number) => `${x}%`,
			reference: 100,
		});
		const ref = [...svg.querySelectorAll('line')].find(
			(l) => l.getAttribute('stroke') === INK.alert,
		);
		expect(ref).toBeDefined();
		destroy();
	});
});
