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
