/**
 * 形式: the document's year where it names its own year (table titles, headings, the year cell of a
 * table header, 截至 dates), template placeholders left in, and the department's name as the tables'
 * 编制部门 / 单位名称 lines and the text's title lines give it.
 */
import type { Ctx } from '../context.js';
import type { Line } from '../lines.js';
import type { Section } from '../segment.js';
import { isProseHeading } from '../segment.js';

const YEAR = /(20\d{2})年/g;
/** Words that make another year right in a heading: a comparison, last year, a cut-off. */
const OTHER_YEAR_OK = /比|较|与|上年|同期|截至|截止|以前|历年|至20\d{2}|—|-20\d{2}|~/;
const PLACEHOLDER =
	/[XＸ×xｘ]{2,}(?:[局部委办厅院所处室]|市|县|区|单位|部门|年|万元)|[XＸ×]{3,}|待填写|待补充|请填写|\{[^{}]{1,20}\}|＊{2,}|\*{3,}/;
const OPENING =
	/^(?:[一二三四五六七八九十]+、|\d+[.、])?([\u4e00-\u9fa5]{2,30}?(?:局|委员会|办公室|办事处|中心|厅|院|所))(?:\(部门\))?20\d{2}年度?/;
const NAME_LABEL =
	/^(?:编制部门|编制单位|部门名称|单位名称|预算单位|预算部门|填报单位)[:：]\s*(.{2,40})$/;

export function reviewForm(
	ctx: Ctx,
	sections: readonly Section[],
	prose: readonly Line[],
	all: readonly Line[],
	template = false,
): void {
	const year = ctx.doc.fiscalYear;
	if (year !== null) {
		for (const s of sections) {
			const bad = yearsIn(s.title).find((y) => y !== year);
			if (bad !== undefined)
				ctx.issue(
					'error',
					'year_mismatch',
					`表题「${s.title.trim()}」写 ${bad} 年，文档是 ${year} 年度`,
					s.titleLine,
				);
			checkHeaderYear(ctx, s, year);
		}
		for (const l of prose) {
			const t = l.text.replace(/\s+/g, '');
			if (isProseHeading(l) && !OTHER_YEAR_OK.test(t)) {
				const bad = yearsIn(t).find((y) => y !== year);
				if (bad !== undefined)
					ctx.issue(
						'error',
						'year_mismatch',
						`标题「${t}」写 ${bad} 年，文档是 ${year} 年度`,
						l.no,
					);
			}
			for (const m of t.matchAll(/截[至止](20\d{2})年/g)) {
				const y = Number(m[1]);
				if (y !== year && y !== year - 1 && y !== year + 1)
					ctx.issue(
						'warning',
						'year_mismatch',
						`“${m[0]}…”：${ctx.doc.kind === 'budget' ? '预算' : '决算'}年度是 ${year} 年`,
						l.no,
					);
			}
		}
	}
	const seen = new Set<string>();
	const found = all.filter((l) => PLACEHOLDER.test(l.text));
	// A blank template is all placeholders by design: said once, as what it is.
	if (template && found.length)
		ctx.issue(
			'info',
			'placeholder',
			`空白模板：${found.length} 行含占位文字（如 XX），未填写`,
			found[0]!.no,
		);
	else
		for (const l of found) {
			const m = PLACEHOLDER.exec(l.text)!;
			if (seen.has(m[0])) continue;
			seen.add(m[0]);
			ctx.issue('error', 'placeholder', `模板占位文字未替换：“${m[0]}”（${clip(l.text)}）`, l.no);
		}
	checkNames(ctx, all);
}

const yearsIn = (s: string): number[] => Array.from(s.matchAll(YEAR), (m) => Number(m[1]));
const clip = (s: string) => (s.trim().length > 40 ? `${s.trim().slice(0, 40)}…` : s.trim());

/**
 * A table header's own year ("2024年度" alone in a cell, or "年度：2024"): the document's year.
 * Column headings that name another year on purpose ("2023年决算数", "上年预算数") are not checked.
 */
function checkHeaderYear(ctx: Ctx, s: Section, year: number): void {
	const firstData = s.lines.findIndex((l) => l.cells.some((c) => /\d\.\d{2}$|\d,\d{3}/.test(c)));
	const head = firstData < 0 ? s.lines.slice(0, 6) : s.lines.slice(0, firstData);
	for (const l of head)
		for (const c of l.cells) {
			const m = /^(?:(?:预算|决算)?年度[:：])?(20\d{2})年?度?$|^(20\d{2})年度$/.exec(
				c.replace(/\s+/g, ''),
			);
			const y = m ? Number(m[1] ?? m[2]) : null;
			if (y !== null && y !== year) {
				ctx.issue(
					'error',
					'year_mismatch',
					`「${s.title.trim()}」表头写 ${y} 年度，文档是 ${year} 年度`,
					l.no,
				);
				return;
			}
		}
}

const norm = (s: string) => s.replace(/\s+|[(（][^)）]*[)）]/g, '');

/** The body a cell names: after 编制部门 / 单位名称 …, or before the year a sentence opens with. */
function nameIn(c: string): RegExpExecArray | null {
	if (/^\s*(?:编制|部门|单位|预算|填报)/.test(c)) return NAME_LABEL.exec(c.trim());
	// Cheap test first: the year must stand within the first 40 characters.
	const y = c.search(/20\d{2}年/);
	if (y < 2 || y > 40) return null;
	return OPENING.exec(c.slice(0, y + 8).replace(/\s+/g, ''));
}

/** The 编制部门 / 单位名称 a table prints must be the department or one of its units. */
function checkNames(ctx: Ctx, all: readonly Line[]): void {
	const known = [ctx.doc.department, ctx.doc.entity, ...ctx.doc.units]
		.filter((n): n is string => !!n)
		.map(norm);
	if (known.length === 0) return;
	const reported = new Set<string>();
	for (const l of all)
		for (const c of l.cells) {
			// "编制部门：…", or a sentence that opens with a body's name and the year ("XX局2024年度…").
			const m = nameIn(c);
			if (!m) continue;
			const name = norm(m[1]!.replace(/\s*单位[:：].*$/, ''));
			if (!name || reported.has(name)) continue;
			if (known.some((k) => k === name || k.endsWith(name) || name.endsWith(k))) continue;
			reported.add(name);
			ctx.issue(
				'warning',
				'name_mismatch',
				`表头写“${m[1]!.trim()}”，文档的部门是“${ctx.doc.department ?? ctx.doc.entity}”`,
				l.no,
			);
		}
}
