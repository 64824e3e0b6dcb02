/** Text measured without a DOM: chart labels placed before they are drawn. */

/**
 * Width of a label in px at a font size: a CJK character (and CJK punctuation, …) about 1 em, a digit
 * or Latin letter about 0.6 em.
 */
export const textWidth = (s: string, size = 12): number =>
	[...s].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x2000 ? size : size * 0.6), 0);

/**
 * The label cut with … to fit `room` px (whole when it fits). A label's last word (after its last
 * space: "… 2024年预算") is what tells similar labels apart, so it is kept and the head is cut.
 */
export function fitText(s: string, room: number, size = 12): string {
	if (textWidth(s, size) <= room) return s;
	const space = s.lastIndexOf(' ');
	const tail = space > 0 ? s.slice(space) : '';
	if (tail && textWidth(`…${tail}`, size) <= room * 0.75) {
		let head = s.slice(0, space);
		while (head && textWidth(`${head}…${tail}`, size) > room) head = head.slice(0, -1);
		return `${head}…${tail}`;
	}
	let cut = s;
	while (cut && textWidth(`${cut}…`, size) > room) cut = cut.slice(0, -1);
	return `${cut}…`;
}

/**
 * Lines of at most `width` px: broken at `sep` when given (kept at the start of the next line's
 * join), else after punctuation where possible, else anywhere.
 */
export function wrapText(s: string, width: number, size: number, sep?: string): string[] {
	const room = Math.max(size * 8, width);
	// Break after Chinese punctuation, or after a space (English words stay whole).
	const parts = sep
		? s.split(sep)
		: (s.match(/[^；，、。;, ]*[；，、。;, ]?/g) ?? [s]).filter(Boolean);
	const joiner = sep ?? '';
	const lines: string[] = [];
	let current = '';
	for (const part of parts) {
		const next = current ? `${current}${joiner}${part}` : part;
		if (textWidth(next, size) <= room || !current) current = next;
		else {
			lines.push(current);
			current = part;
		}
		// A part longer than a line on its own is cut where it must be.
		while (textWidth(current, size) > room) {
			let cut = current.length - 1;
			while (cut > 1 && textWidth(current.slice(0, cut), size) > room) cut--;
			lines.push(current.slice(0, cut));
			current = current.slice(cut);
		}
	}
	if (current) lines.push(current);
	return lines;
}
