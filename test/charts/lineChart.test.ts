/**
 * LineChart in jsdom: table figures solid, narrative figures dashed and hollow, the exact figure and
 * its source in every tooltip, a click or Enter opens the source line; the label placement keeps
 * labels apart. Figures: 阳泉市司法局 三公经费 2022 决算 31.21 (implied, 001 line 573), 2023 决算
 * 12.65 (001 line 449); 2023 预算 21.60 (implied, 000 line 543), 2024 预算 33.60 (000 line 437).
 */
import { describe, it, expect } from 'vitest';
import LineChart from '../../src/charts/LineChart.svelte';
import { fmtWan } from '../../src/lib/format.js';
import { normaliseSvg, mountChart, pressEnter } from './svg.js';

// Mirrors LineChart's LineSeries (plain tsc cannot see a .svelte file's named exports).
type LinePoint = {
	x: number;
	y: number;
	narrative: boolean;
	title: string;
	doc: string;
	line: number;
};
type LineSeries = {
	key: string;
	label: string;
	color: string;
	dodge?: number;
	points: LinePoint[];
};

const A = '11a72be0e203cc23';
const B = '9fe8ed7e4cfd394f';
const series: LineSeries[] = [
	{
		key: 'budget',
		label: '预算',
		color: '#3182ce',
		dodge: -5,
		points: [
			{
				x: 2023,
				y: 21.6,
				narrative: true,
				title: '2023年预算：21.60 万元（据文字说明）',
				doc: B,
				line: 543,
			},
			{ x: 2024, y: 33.6, narrative: false, title: '2024年预算：33.60 万元', doc: B, line: 437 },
		],
	},
	{
		key: 'final',
		label: '决算',
		color: '#dd6b20',
		dodge: 5,
		points: [
			{
				x: 2022,
				y: 31.21,
				narrative: true,
				title: '2022年决算：31.21 万元（据文字说明）',
				doc: A,
				line: 573,
			},
			{ x: 2023, y: 12.65, narrative: false, title: '2023年决算：12.65 万元', doc: A, line: 449 },
		],
	},
];

const render = (props: Record<string, unknown>) => mountChart(LineChart as never, props);
const base = {
	series,
	xDomain: [2022, 2023, 2024, 2025],
	yMax: 33.6,
	width: 260,
	height: 100,
	format: fmtWan,
};

describe('LineChart', () => {
	it('draws narrative figures hollow on dashed segments, table figures filled on solid ones', () => {
		const { svg, destroy } = render(base);
		const points = Array.from(svg.querySelectorAll('g.point'));
		expect(points).toHaveLength(4);
		const fill = (p: Element) => p.querySelectorAll('circle')[1]!.getAttribute('fill');
		const narrative = points.filter((p) => p.classList.contains('narrative'));
		expect(narrative.map(fill)).toEqual(['#fff', '#fff']);
		expect(points.filter((p) => !p.classList.contains('narrative')).map(fill)).toEqual([
			'#3182ce',
			'#dd6b20',
		]);
		// Each series has one segment, and each touches a narrative figure: both dashed.
		const paths = Array.from(svg.querySelectorAll('path'));
		expect(paths).toHaveLength(2);
		expect(paths.every((p) => p.getAttribute('stroke-dasharray') === '5 4')).toBe(true);
		expect(svg.textContent).toContain('31.21');
		expect(svg.textContent).toContain('33.60');
		expect(normaliseSvg(svg.innerHTML)).toMatchSnapshot();
		destroy();
	});

	it('draws a segment between two table figures solid, and none across a missing year', () => {
		const solid: LineSeries[] = [
			{
				key: 'final',
				label: '决算',
				color: '#dd6b20',
				points: [
					{ x: 2022, y: 10, narrative: false, title: '', doc: A, line: 1 },
					{ x: 2023, y: 12, narrative: false, title: '', doc: A, line: 2 },
					{ x: 2025, y: 14, narrative: false, title: '', doc: A, line: 3 },
				],
			},
		];
		const { svg, destroy } = render({ ...base, series: solid });
		const paths = Array.from(svg.querySelectorAll('path'));
		expect(paths).toHaveLength(1);
		expect(paths[0]!.hasAttribute('stroke-dasharray')).toBe(false);
		destroy();
	});

	it('says the exact figure and source in the tooltip; click and Enter open the source line', () => {
		const { svg, chosen, destroy } = render(base);
		const point = svg.querySelector('g.point.narrative') as SVGGElement;
		expect(point.querySelector('title')!.textContent).toBe('2023年预算：21.60 万元（据文字说明）');
		expect(point.getAttribute('tabindex')).toBe('0');
		point.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(chosen.at(-1)).toMatchObject({ doc: B, line: 543 });
		const last = Array.from(svg.querySelectorAll('g.point')).at(-1) as SVGGElement;
		expect(pressEnter(last)).toBe(true);
		expect(chosen).toHaveLength(2);
		expect(chosen.at(-1)).toMatchObject({ doc: A, line: 449 });
		destroy();
	});
});

describe('value labels', () => {
	const labels = (svg: SVGSVGElement) => Array.from(svg.querySelectorAll('text[paint-order]'));

	it('labels each value once per year, apart from each other', () => {
		// 001 line 449: 2023 预算数 (adjusted) and 决算数 are both 12.65 — one label, not two.
		const equal: LineSeries[] = [
			{
				key: 'adjusted_budget',
				label: '调整预算',
				color: '#805ad5',
				points: [{ x: 2023, y: 12.65, narrative: false, title: '', doc: A, line: 449 }],
			},
			...series,
		];
		const { svg, destroy } = render({ ...base, series: equal });
		const texts = labels(svg).map((t) => t.textContent);
		expect(texts.filter((t) => t === '12.65')).toHaveLength(1);
		expect(new Set(texts)).toEqual(new Set(['12.65', '21.60', '33.60', '31.21']));
		// 21.60 and 12.65 sit one above the other at 2023: their labels do not share a line.
		const y = (v: string) =>
			Number(
				labels(svg)
					.find((t) => t.textContent === v)!
					.getAttribute('y'),
			);
		expect(Math.abs(y('21.60') - y('12.65'))).toBeGreaterThan(10);
		destroy();
	});

	it('leaves a label out when there is no room (the tooltip still has the figure)', () => {
		const { svg, destroy } = render({ ...base, width: 70, height: 40 });
		expect(labels(svg).length).toBeLessThan(4);
		expect(svg.querySelectorAll('g.point title')).toHaveLength(4);
		destroy();
	});

	it('draws no labels when asked not to', () => {
		const { svg, destroy } = render({ ...base, values: false });
		expect(labels(svg)).toHaveLength(0);
		destroy();
	});
});
