/**
 * Classification codes printed in one column per level (类 | 款 | 项: "204 | 06 | 01"), as the
 * national 决算 template and the Shanghai budgets do. The table's header says so (类, 款, 项 heading
 * adjacent columns); each such run of columns becomes one column on every line of the table, the
 * code joined ("2040601"), so every reader sees the one-column layout of the text exports.
 */
import type { Line } from './lines.js';
import type { Section } from './segment.js';

const LEVEL = /^[类款项]$/;

/** Start and length of each 类|款(|项) run on a header line. */
function runsOf(line: Line): { at: number; n: number }[] {
	const out: { at: number; n: number }[] = [];
	const c = line.cells.map((x) => x.replace(/\s+/g, ''));
	for (let i = 0; i < c.length; i++) {
		if (c[i] !== '类' || c[i + 1] !== '款') continue;
		const n = c[i + 2] === '项' ? 3 : 2;
		out.push({ at: i, n });
		i += n - 1;
	}
	return out;
}

function joinRun(cells: readonly string[], at: number, n: number): string {
	const parts = cells.slice(at, at + n).map((c) => c.replace(/\s+/g, ''));
	// 201 | 03 | 01 → 2010301; 201 | | → 201; anything else (header words) is kept as text.
	if (/^\d{3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^(\d{2})?$/.test(p))) {
		const filled = parts.slice(1).filter(Boolean);
		// A 项 without its 款 is no code: keep the cells' text for the reader to report.
		const gap = parts.slice(1).findIndex((p) => !p);
		if (gap >= 0 && gap < parts.slice(1).findLastIndex((p) => p)) return parts.join(' ');
		return parts[0]! + filled.join('');
	}
	return parts.filter((p) => !LEVEL.test(p)).join('') || parts.join('');
}

export function joinCodeColumns(section: Section): Section {
	const header = section.lines.find((l) => runsOf(l).length > 0);
	if (!header) return section;
	// Only where the rows print codes that way: a 类 | 款 | 项 sub-header over one code column is not.
	const runs = runsOf(header).filter(({ at }) =>
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
			if (cells.length <= at) continue;
			cells.splice(at, n, joinRun(cells, at, n));
		}
		return { ...l, cells, text: cells.join('\t') };
	});
	return { ...section, lines };
}
