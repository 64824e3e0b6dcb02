/**
 * 完整性: does the document publish what its kind must? Each required table and part of the text
 * becomes a `disclosure_items` row (present, empty with its note, empty without one, missing), and
 * each gap a finding; the 目录 is held against the tables printed, both ways.
 */
import type { Ctx } from '../context.js';
import type { Line } from '../lines.js';
import type { Section } from '../segment.js';
import { tableTitle, type TableKind } from '../tableKinds.js';
import { isFigure, numberIn } from '../amount.js';
import { EMPTY_NOTE, requirementFor, SUBJECTS } from './required.js';

export type Printed = {
	/** The tables read (main copies, after joining continuations and dropping duplicates). */
	sections: readonly Section[];
	/** Approval copies (批复表): printed, though not required. */
	approvals: readonly Section[];
	/** The lines of the 目录, if the document has one. */
	toc: readonly Line[];
	/** The text outside tables, 目录 excluded. */
	prose: readonly Line[];
	province: string | null;
	/** A form with no figure at all (isBlankForm), worked out once by the caller. */
	blankForm: boolean;
};

/** A figure a table prints: an amount, not a code (201, 2010601), a year or a column number. */
const isTableFigure = (c: string): boolean =>
	isFigure(c) && !/^[23]\d{2}(\d{2}){0,2}$/.test(c) && !/^(19|20)\d{2}年?$/.test(c);

/**
 * A form with no figure at all (the blank national template) is a template, not a disclosure with
 * empty tables: its tables are present, none is "empty without note", its XX are no slip.
 */
export const isBlankForm = (sections: readonly Section[]): boolean =>
	!sections.some((s) => s.lines.some((l) => l.cells.some(isTableFigure)));

const noteOf = (s: Section): Line | undefined =>
	s.lines.find((l) => EMPTY_NOTE.test(l.text.replace(/\s+/g, '')) && /注|说明|本|无/.test(l.text));

export function reviewCompleteness(ctx: Ctx, printed: Printed): void {
	const req = requirementFor(ctx.doc.kind, printed.province);
	const tocKinds = tocTables(printed.toc);
	const hasToc = tocKinds.size >= 3;
	const byKind = new Map<TableKind, Section>();
	for (const s of printed.sections) if (!byKind.has(s.kind)) byKind.set(s.kind, s);
	const docId = ctx.doc.docId;
	if (!req) return;
	const { blankForm } = printed;
	for (const t of req.tables) {
		const s = byKind.get(t.kind);
		const toc = hasToc ? (tocKinds.has(t.kind) ? 'listed' : 'unlisted') : null;
		if (!s) {
			ctx.out.disclosure_items.push({
				doc_id: docId,
				item: t.kind,
				label: t.label,
				kind: 'table',
				status: 'missing',
				line: null,
				toc,
			});
			const listed = toc === 'listed' ? `（目录第 ${tocKinds.get(t.kind)} 行列有此表）` : '';
			ctx.issue(
				'error',
				toc === 'listed' ? 'toc_not_printed' : 'missing_table',
				`缺少「${t.label}」${listed}`,
				toc === 'listed' ? tocKinds.get(t.kind)! : null,
			);
			continue;
		}
		const empty = !blankForm && !s.lines.some((l) => l.cells.some(isTableFigure));
		const note = empty ? (noteOf(s) ?? proseNote(printed.prose, t.kind)) : undefined;
		ctx.out.disclosure_items.push({
			doc_id: docId,
			item: t.kind,
			label: t.label,
			kind: 'table',
			status: !empty ? 'present' : note ? 'empty_noted' : 'empty_unnoted',
			line: s.titleLine,
			toc,
		});
		if (empty && !note)
			ctx.issue(
				'warning',
				'empty_without_note',
				`「${s.title}」没有数字，也没有说明为何为空（如“本部门无…，故本表无数据”）`,
				s.titleLine,
			);
		if (note) checkNoteNamesTable(ctx, s, note);
		if (empty && t.kind === 'three_public') checkStatedThreePublic(ctx, s, printed.prose);
		if (toc === 'unlisted')
			ctx.issue('warning', 'printed_not_in_toc', `「${s.title}」已刊印，但目录未列`, s.titleLine);
	}
	// Tables the 目录 lists that are printed nowhere (required or not).
	const printedKinds = new Set([...printed.sections, ...printed.approvals].map((s) => s.kind));
	for (const [kind, line] of tocKinds)
		if (!printedKinds.has(kind) && !req.tables.some((t) => t.kind === kind))
			ctx.issue('error', 'toc_not_printed', `目录第 ${line} 行列出的表未刊印`, line);
	for (const sec of req.sections) {
		// Its heading ("（三）国有资产占用情况说明") rather than a stray mention elsewhere.
		const hits = printed.prose.filter((l) => sec.words.test(l.text));
		const at = hits.find((l) => /说明/.test(l.text)) ?? hits[0];
		ctx.out.disclosure_items.push({
			doc_id: docId,
			item: sec.key,
			label: sec.label,
			kind: 'section',
			status: at ? 'present' : 'missing',
			line: at?.no ?? null,
			toc: null,
		});
		if (!at && !blankForm) ctx.issue('warning', 'missing_section', `正文未见${sec.label}`, null);
	}
}

/** The table kinds the 目录 lists, each with the line that lists it. */
function tocTables(toc: readonly Line[]): Map<TableKind, number> {
	const out = new Map<TableKind, number>();
	for (const l of toc) {
		const text = l.cells
			.filter((c) => c !== '')
			.join('')
			.replace(/[.…·．]{2,}.*$/, '')
			.replace(/\s*\d+$/, '');
		// Two entries the layout ran together: "9.…预算表六、其他相关情况说明".
		for (const part of text.split(/(?<=表)(?=[一二三四五六七八九十]+、|\d+[.、．])/)) {
			const t = tableTitle(part.replace(/^\d+[.、．]?\s*/, ''));
			if (t && !t.approval && !out.has(t.kind)) out.set(t.kind, l.no);
		}
	}
	return out;
}

/** "XX2024年度无政府性基金预算财政拨款收入和支出" in the text: the note of an empty table. */
function proseNote(prose: readonly Line[], kind: TableKind): Line | undefined {
	const subject = SUBJECTS[kind];
	if (!subject) return undefined;
	return prose.find((l) => {
		const t = l.text.replace(/\s+/g, '');
		const m = /无(.{0,30}?)(收入|支出|经费|安排|预算)/.exec(t);
		return m !== null && subject.test(m[0]);
	});
}

/** The note of an empty table must be about that table: "无国有资本经营…" under the 政府性基金 table is not. */
function checkNoteNamesTable(ctx: Ctx, s: Section, note: Line): void {
	const text = note.text.replace(/\s+/g, '');
	const own = SUBJECTS[s.kind];
	if (!own || own.test(text)) return;
	const other = (Object.entries(SUBJECTS) as [TableKind, RegExp][]).find(
		([k, re]) => k !== s.kind && re.test(text),
	);
	if (other)
		ctx.issue(
			'warning',
			'note_wrong_table',
			`「${s.title}」的空表说明写的是另一张表的内容：“${note.text.trim().slice(0, 60)}”`,
			note.no,
		);
}

/** An empty 三公 table while the text gives this year's 三公 figures (年初预算为0.95万元): one is wrong. */
function checkStatedThreePublic(ctx: Ctx, s: Section, prose: readonly Line[]): void {
	const figure =
		/三公[^。；;]{0,30}?(?:年初预算|预算|支出决算|决算)(?:数)?(?:为|是)?(\d[\d,]*(?:\.\d+)?)万元/;
	for (const l of prose) {
		const m = figure.exec(l.text.replace(/\s+/g, '').replace(/[“”"]/g, ''));
		const v = m ? numberIn(m[1]!) : 0;
		if (v <= 0) continue;
		ctx.issue(
			'error',
			'empty_table_text',
			`「${s.title.trim()}」没有数字，但文中第 ${l.no} 行列有三公经费 ${v} 万元`,
			s.titleLine,
			{ table_a: 'three_public', value_a: 0, table_b: 'text', value_b: v, line_b: l.no },
		);
		return;
	}
}
