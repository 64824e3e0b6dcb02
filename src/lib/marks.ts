/** Performance marks the web benchmark reads; each is set once per page load, after the DOM update. */
import { tick } from 'svelte';

const done = new Set<string>();

export function markOnce(name: string): void {
	if (done.has(name)) return;
	done.add(name);
	void tick().then(() => {
		performance.mark(name);
		document.documentElement.dataset[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] =
			String(Math.round(performance.now()));
	});
}
