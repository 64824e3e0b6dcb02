/**
 * Classification codes printed in one column per level (类 | 款 | 项: "204 | 06 | 01"), as the
 * national 决算 template and the Shanghai budgets do. The table's header says so (类, 款, 项 heading
 * adjacent columns); each such run of columns becomes one column on every line of the table, the
 * code joined ("2040601"), so every reader sees the one-column layout of the text exports.
 */
import type { Line } from './lines.js';
import type { Section } from './segment.js';
import { isFigure } from './amount.js';

const LEVEL = /^[类款项]$/;

/**
 * Start and length of each 类|款(|项) run in the table's header: the level words may stand on one
 * line or on lines of their own (款 above 类 when the header cells are centred differently).
 */
function runsOf(lines: readonly Line[]): { at: number; n: number }[] {
	const word = new Map<number, string>();
	for (const l of lines) {
		if (l.cells.some((c) => /^\d{3}$/.test(c.trim()))) break;
		l.cells.forEach((c, i) => {
			const w = c.replace(/\s+/g, '');
			if (LEVEL.test(w) && !word.has(i)) word.set(i, w);
		});
	}
	const out: { at: number; n: number }[] = [];
	for (const [i, w] of [...word].sort((a, b) => a[0] - b[0])) {
		if (w !== '类' || word.get(i + 1) !== '款') continue;
		out.push({ at: i, n: word.get(i + 2) === '项' ? 3 : 2 });
	}
	return out;
}

function joinRun(cells: readonly string[], at: number, n: number): string {
	const parts = cells.slice(at, at + n).map((c) => c.replace(/\s+/g, ''));
	// 201 | 03 | 01 → 2010301; 201 | | → 201; anything else (header words) is kept as text.
	// A 款 or 项 printed without its leading zero ("301 | 2") is the same code (30102).
	if (/^\d{3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^(\d{1,2})?$/.test(p))) {
		const filled = parts
			.slice(1)
			.filter(Boolean)
			.map((p) => p.padStart(2, '0'));
		// A 项 without its 款 is no code: keep the cells' text for the reader to report.
		const gap = parts.slice(1).findIndex((p) => !p);
		if (gap >= 0 && gap < parts.slice(1).findLastIndex((p) => p)) return parts.join(' ');
		return parts[0]! + filled.join('');
	}
	return parts.filter((p) => !LEVEL.test(p)).join('') || parts.join('');
}

export function joinCodeColumns(section: Section): Section {
	// Only where the rows print codes that way: a 类 | 款 | 项 sub-header over one code column is not.
	const runs = runsOf(section.lines).filter(({ at }) =>
		section.lines.some(
			(l) =>
				/^\d{3}$/.test(l.cells[at]?.trim() ?? '') && /^\d{2}$/.test(l.cells[at + 1]?.trim() ?? ''),
		),
	);
	if (runs.length === 0) return section;
	const lines = section.lines.map((l): Line => {
		const cells = [...l.cells];
		// Right to left, so earlier positions stay put.
		for (const { at, n } of [...runs].reverse()) {
			// A line laid out on other columns (a 合计 row alone on its page) is left as it is.
			if (cells.length <= at || cells.slice(at, at + n).some((c) => isFigure(c))) continue;
			cells.splice(at, n, joinRun(cells, at, n));
		}
		return { ...l, cells, text: cells.join('\t') };
	});
	return { ...section, lines };
}
