/**
 * Icicle in jsdom: d3 lays out the focused subtree, Svelte draws one cell per node with its exact
 * figures in a <title>; a cell with children drills, the focused cell and leaves open their source.
 */
import { describe, it, expect, afterEach } from 'vitest';
import Icicle from '../../src/charts/Icicle.svelte';
import { mountChart, pressEnter } from './svg.js';
import type { Mark } from '../../src/charts/frame.js';

// 9fe8ed7e4cfd394f lines 214–233 (支出总表), 合计 / 204 / 20406 / 20408 and two 项.
const node = (id: string, parent: string | null, label: string, value: number, line: number) => ({
	id,
	parent,
	label,
	value,
	parts: [value, 0],
	group: id.slice(0, 3),
	doc: '9fe8ed7e4cfd394f',
	line,
	tip: `${label} ${value}`,
});
const NODES = [
	node('合计', null, '合计', 2854.81, 214),
	node('204', '合计', '公共安全支出', 2162.16, 218),
	node('20406', '204', '司法', 961.97, 219),
	node('2040601', '20406', '行政运行', 574.78, 220),
	node('20408', '204', '强制隔离戒毒', 1200.18, 228),
	node('2040801', '20408', '行政运行', 1094.75, 229),
];

let destroy: (() => void) | null = null;
let chosen: Mark[] = [];
afterEach(() => {
	destroy?.();
	destroy = null;
	document.body.innerHTML = '';
});

function draw(focus: string, onfocus: (id: string) => void = () => {}) {
	const m = mountChart(Icicle as never, {
		nodes: NODES,
		focus,
		width: 600,
		height: 400,
		color: () => '#4e79a7',
		format: (x: number) => x.toFixed(2),
		total: 2854.81,
		onfocus,
	});
	destroy = m.destroy;
	chosen = m.chosen;
	return m.svg;
}

describe('Icicle', () => {
	it('draws every node of the focused subtree, heights proportional to the amounts', () => {
		const svg = draw('合计');
		const ids = Array.from(svg.querySelectorAll('g.cell')).map((g) => g.getAttribute('data-id'));
		expect(ids).toEqual(['合计', '204', '20406', '20408', '2040601', '2040801']);
		const height = (id: string) =>
			Number(svg.querySelector(`g.cell[data-id="${id}"] rect.edge`)!.getAttribute('height'));
		// 204 is 2162.16 / 2854.81 = 75.7 % of the root (give or take the 1 px padding)
		expect(height('204') / height('合计')).toBeCloseTo(2162.16 / 2854.81, 2);
		expect(svg.querySelector('g.cell[data-id="20406"] title')!.textContent).toContain(
			'司法 961.97',
		);
		expect(svg.textContent).toContain('2162.16 · 75.7%');
	});

	it('drills into a cell with children and opens the source of a leaf', () => {
		const asked: string[] = [];
		const svg = draw('204', (id) => asked.push(id));
		expect(svg.querySelector('g.cell[data-id="合计"]')).toBeNull();
		svg
			.querySelector<SVGGElement>('g.cell[data-id="20406"]')!
			.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(asked).toEqual(['20406']);
		expect(pressEnter(svg.querySelector<SVGGElement>('g.cell[data-id="2040801"]')!)).toBe(true);
		expect(chosen).toMatchObject([{ doc: '9fe8ed7e4cfd394f', line: 229, value: 1094.75 }]);
	});
});
