/**
 * Normalised SVG for chart snapshots (as Observable Plot's tests do): numbers rounded, generated ids
 * renumbered, Svelte's comment anchors dropped, so a snapshot changes only when the drawing does.
 */
export function normaliseSvg(html: string): string {
	let n = 0;
	const ids = new Map<string, string>();
	return (
		html
			.replace(/<!--[^]*?-->/g, '')
			// Svelte's scoped-style hashes change with any stylesheet edit, not with the drawing.
			.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
			.replace(/ class=""/g, '')
			// Coordinates only: numbers inside attribute values (the text shows figures as printed).
			.replace(
				/="([^"]*)"/g,
				(_, v: string) =>
					`="${v.replace(/\d+\.\d+/g, (x) => String(Math.round(Number(x) * 10) / 10))}"`,
			)
			.replace(/\b(id|clip-path|href)="([^"]+)"/g, (_, k: string, v: string) => {
				if (!ids.has(v)) ids.set(v, `id${n++}`);
				return `${k}="${ids.get(v)}"`;
			})
			.replace(/>\s+</g, '><')
			.replace(/></g, '>\n<')
	);
}

import { mount, unmount, flushSync, type Component } from 'svelte';
import { markContext, type Mark } from '../../src/charts/frame.js';

/**
 * Mounts a chart into an <svg> with a mark handler that records what was chosen: charts report
 * choices through the frame's callback, never by writing application state.
 */
export function mountChart(component: Component<never>, props: Record<string, unknown>) {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	document.body.append(svg);
	const chosen: Mark[] = [];
	const c = mount(component, {
		target: svg,
		props: props as never,
		context: markContext((m) => chosen.push(m)),
	});
	flushSync();
	return { svg, chosen, destroy: () => unmount(c) };
}

/** Presses Enter on a mark; returns whether the chart took the key (so it does nothing else). */
export function pressEnter(el: Element): boolean {
	const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
	el.dispatchEvent(e);
	flushSync();
	return e.defaultPrevented;
}
