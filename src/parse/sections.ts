/**
 * Before a document's sections are read: a table continued under a repeated title is joined, forms
 * without a title line are split, and whatever is printed twice (tables, approval copies, prose) is
 * kept once and reported — so no figure or finding is counted twice.
 */
import type { Ctx } from './context.js';
import type { Line } from './lines.js';
import type { Section } from './segment.js';
import type { TableKind } from './tableKinds.js';
import { isAmount } from './amount.js';

const FORMS = new Set<TableKind>(['target_form', 'self_eval', 'dept_self_eval']);

const signature = (lines: readonly Line[]) =>
	lines
		.map((l) => l.cells.filter((c) => c !== '').join('|'))
		.filter(Boolean)
		.join('\n');

/**
 * A table whose title is printed again at the top of its next page comes out as two sections of the
 * same kind, one right after the other, whose rows go on where the first stopped: one table. A second
 * printing starts over (合计, the same codes, 序号 1 again) and is left to dedupeSections.
 */
export function joinContinuations(sections: Section[]): Section[] {
	const out: Section[] = [];
	for (const s of sections) {
		const prev = out[out.length - 1];
		// A title printed twice in a row (a heading, then the table's own title line): the second one.
		if (prev && prev.kind === s.kind && prev.approval === s.approval && prev.lines.length === 0) {
			out[out.length - 1] = s;
			continue;
		}
		if (prev && prev.kind === s.kind && !FORMS.has(s.kind) && goesOn(prev.lines, s.lines)) {
			out[out.length - 1] = { ...prev, lines: [...prev.lines, ...s.lines] };
			continue;
		}
		out.push(s);
	}
	return out;
}

/**
 * True when no row of `b` starts like a row of `a` (the code, 序号 or label of a line with figures).
 * A page with no rows at all adds nothing either way.
 */
function goesOn(a: readonly Line[], b: readonly Line[]): boolean {
	const keys = (ls: readonly Line[]) =>
		ls.flatMap((l) => {
			const filled = l.cells.map((c) => c.replace(/\s+/g, '')).filter((c) => c !== '');
			// A figure, not a column or row number (栏次 1 2 3, 行次 12).
			return filled.slice(1).some((c) => isAmount(c) && !/^\d{1,2}$/.test(c)) ? [filled[0]!] : [];
		});
	const seen = new Set(keys(a));
	return keys(b).every((k) => !seen.has(k));
}

/** Approval copies printed twice (the whole document repeated) are compared once. */
export function dedupeApprovals(ctx: Ctx, sections: Section[]): Section[] {
	const seen = new Map<string, Section>();
	// A title with nothing under it (printed twice in a row) has nothing to compare.
	return sections
		.filter((s) => s.lines.length > 0)
		.filter((s) => {
			const key = `${s.kind}\n${signature(s.lines)}`;
			const first = seen.get(key);
			if (!first) {
				seen.set(key, s);
				return true;
			}
			ctx.issue(
				'info',
				'duplicate_section',
				`「${s.title}」重复出现（与第 ${first.titleLine} 行相同），只读取一次`,
				s.titleLine,
			);
			return false;
		});
}

/**
 * The prose printed twice (a document repeated in one file, a part pasted again): a sentence already
 * read is not read again, so no figure or finding is counted twice. Very short lines (单位：万元, a
 * number) are kept. Each repeated passage is reported once.
 */
export function dedupeProse(ctx: Ctx, prose: readonly Line[]): Line[] {
	const firstAt = new Map<string, number>();
	const kept: Line[] = [];
	let run: { from: number; to: number; first: number; chars: number } | null = null;
	const close = () => {
		// A lone repeated name line is not worth a finding; a repeated passage is.
		if (run && run.chars >= 20)
			ctx.issue(
				'info',
				'duplicate_section',
				`正文第 ${run.from}–${run.to} 行与前文（第 ${run.first} 行起）重复，只读取一次`,
				run.from,
			);
		run = null;
	};
	let previous = '';
	for (const l of prose) {
		const key = l.text.replace(/\s+/g, '');
		if (key.length < 6 || !/[\u4e00-\u9fffA-Za-z]/.test(key)) {
			kept.push(l);
			if (key) previous = key;
			continue;
		}
		// A line echoed right below itself (a heading, then the same words as the title line) is
		// dropped without a finding: nothing was printed twice but the words.
		const echo = key === previous;
		previous = key;
		if (echo) continue;
		const first = firstAt.get(key);
		if (first === undefined) {
			close();
			firstAt.set(key, l.no);
			kept.push(l);
			continue;
		}
		if (!run) run = { from: l.no, to: l.no, first, chars: 0 };
		run.to = l.no;
		run.chars += key.length;
	}
	close();
	return kept;
}

/**
 * A form whose title line is missing runs on under the previous form's title: a second 项目名称 in
 * one form section starts the next form.
 */
export function splitForms(sections: Section[]): Section[] {
	return sections.flatMap((s) => {
		if (s.kind !== 'target_form' && s.kind !== 'self_eval') return [s];
		const parts: Section[] = [];
		let current: Section = { ...s, lines: [] };
		let named = false;
		for (const line of s.lines) {
			const first = line.cells.find((c) => c !== '')?.replace(/\s+/g, '') ?? '';
			if (/^项目名称/.test(first)) {
				if (named) {
					parts.push(current);
					// The form's own heading lines (年度, 单位) just above 项目名称 belong to it.
					const carry = current.lines
						.splice(Math.max(0, current.lines.length - 3))
						.filter((l) => /^\(?20\d{2}年度?\)?$|^单位|^填报日期/.test(l.text.trim()));
					current = { ...s, titleLine: line.no, lines: carry };
				}
				named = true;
			}
			current.lines.push(line);
		}
		parts.push(current);
		return parts;
	});
}

export function dedupeSections(ctx: Ctx, sections: Section[]): Section[] {
	const firstOf = new Map<TableKind, Section>();
	const kept: Section[] = [];
	for (const s of sections) {
		if (FORMS.has(s.kind)) {
			kept.push(s);
			continue;
		}
		const first = firstOf.get(s.kind);
		if (!first) {
			firstOf.set(s.kind, s);
			kept.push(s);
			continue;
		}
		const same = signature(first.lines) === signature(s.lines);
		ctx.issue(
			same ? 'info' : 'warning',
			'duplicate_section',
			same
				? `「${s.title}」重复出现（与第 ${first.titleLine} 行相同），只读取一次`
				: `「${s.title}」出现两次且内容不同，采用第 ${first.titleLine} 行的一份，此处未读取`,
			s.titleLine,
		);
	}
	return kept;
}
