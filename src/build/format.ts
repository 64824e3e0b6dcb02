/**
 * Printing query results: an aligned text table that accounts for the double width of Chinese
 * characters in a terminal, and RFC 4180 CSV.
 */

const cellText = (v: unknown): string =>
	v === null || v === undefined
		? ''
		: typeof v === 'bigint'
			? v.toString()
			: typeof v === 'object'
				? JSON.stringify(v)
				: String(v);

/** Terminal columns a string occupies: CJK and full-width forms take two. */
export function displayWidth(s: string): number {
	let w = 0;
	for (const ch of s)
		w +=
			/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
				ch,
			)
				? 2
				: 1;
	return w;
}

const pad = (s: string, width: number, right: boolean) => {
	const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
	return right ? fill + s : s + fill;
};

export function formatTable(columns: readonly string[], rows: readonly unknown[][]): string {
	const text = rows.map((r) => r.map(cellText));
	const numeric = columns.map(
		(_, i) =>
			rows.length > 0 &&
			rows.every((r) => r[i] === null || typeof r[i] === 'number' || typeof r[i] === 'bigint'),
	);
	const widths = columns.map((c, i) =>
		Math.max(displayWidth(c), ...text.map((r) => displayWidth(r[i]!))),
	);
	const line = (cells: string[]) =>
		cells
			.map((c, i) => pad(c, widths[i]!, numeric[i]!))
			.join(' │ ')
			.trimEnd();
	const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
	return [
		line([...columns]),
		rule,
		...text.map(line),
		`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`,
		'',
	].join('\n');
}

export function formatCsv(columns: readonly string[], rows: readonly unknown[][]): string {
	const esc = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	return (
		[columns, ...rows.map((r) => r.map(cellText))].map((r) => r.map(esc).join(',')).join('\r\n') +
		'\r\n'
	);
}
