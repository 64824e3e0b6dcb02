/**
 * The words 数据核验 uses for what the checks find: each severity's label, colour and meaning; the
 * rules' families and labels (their ids and families from src/parse/review/catalogue.ts, their words
 * from the message catalogue), the tables' names from what each kind of document must publish
 * (src/parse/review/required.ts, printed names: they stay as the documents print them).
 *
 * Pure, and the language is a parameter: the unit tests run these without the view's state (the
 * components pass viewState.lang).
 */
import type { Finding } from '../../queries/findings.js';
import type { Lang } from '../../lib/i18n.js';
import type { ReviewStatus } from '../../state/reviews.svelte.js';
import { fmtWan } from '../../lib/format.js';
import { textWidth } from '../../charts/text.js';
import words from '../../lib/messages/quality.js';
import { FAMILIES, familyOf, RULES, type Family } from '../../parse/review/catalogue.js';
import { REQUIREMENTS } from '../../parse/review/required.js';

export { FAMILIES, type Family };

type Key = keyof typeof words.zh;
/** A message of 数据核验's part in `lang`, `{name}` filled from `vars`. */
export const say = (lang: Lang, key: Key, vars?: Readonly<Record<string, string | number>>) =>
	vars
		? words[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m))
		: words[lang][key];
/** A message whose key is built from an id (a rule, a table); undefined when there is none. */
const sayId = (lang: Lang, key: string): string | undefined =>
	(words[lang] as Readonly<Record<string, string>>)[key];

/** Each severity's colour (badges, bars). */
export const SEVERITY = {
	error: { color: '#c53030' },
	warning: { color: '#dd6b20' },
	info: { color: '#4a5568' },
} as const;
export type Severity = keyof typeof SEVERITY;
/** 错误 / 警告 / 提示. */
export const severityLabel = (s: Severity, lang: Lang = 'zh') => say(lang, `sev.${s}`);
/** What a severity means (the filter buttons' tooltip). */
export const severityNote = (s: Severity, lang: Lang = 'zh') => say(lang, `sev_note.${s}`);

/** A reviewer's mark: 已核实 / 非问题. */
export const reviewLabel = (status: ReviewStatus, lang: Lang = 'zh') => say(lang, `mark_${status}`);

/** A finding's family: the one the parser stamped, else the catalogue's (older datasets). */
export const familyOfFinding = (f: Pick<Finding, 'family' | 'check'>): Family =>
	f.family && f.family in FAMILIES ? (f.family as Family) : familyOf(f.check);
/** The family's label in the reviewers' words (完整性, 表内, 表间 …); an unknown one as it is. */
export const familyLabel = (family: string, lang: Lang = 'zh'): string =>
	family in FAMILIES ? say(lang, `family.${family as Family}`) : family;
/** What a finding of rule `check` means; the rule's id when the catalogue does not list it. */
export const ruleLabel = (check: string, lang: Lang = 'zh'): string =>
	(check in RULES && sayId(lang, `rule.${check}`)) || check;

/** 预算 / 决算 / 绩效自评. */
export const kindLabel = (kind: string | null, lang: Lang = 'zh'): string =>
	sayId(lang, `kind.${kind ?? ''}`) ?? '';

/**
 * A table key as the finding's document calls it: `summary` in a 决算 is 收入支出决算总表, in a
 * budget 收支总表 (printed names, as the document prints them); `approval:summary` is the approval
 * copy (批复表) of it; `text` the narrative.
 */
export function tableLabel(key: string | null, kind: string | null, lang: Lang = 'zh'): string {
	if (!key) return '';
	const approval = /^approval:(.+)$/.exec(key);
	if (approval) return say(lang, 'approval', { table: tableLabel(approval[1]!, kind, lang) });
	const required = REQUIREMENTS.find((r) => r.kind === kind) ?? REQUIREMENTS[0]!;
	return required.tables.find((t) => t.kind === key)?.label ?? sayId(lang, `table.${key}`) ?? key;
}

/** The document a finding is about: entity, year and kind, or the file that could not be read. */
export const docLabel = (f: Finding, lang: Lang = 'zh') =>
	f.status === 'rejected'
		? f.source_file
		: say(lang, 'doc', {
				entity: f.entity ?? '?',
				year: f.fiscal_year ?? '',
				kind: kindLabel(f.kind, lang),
			}).trim();

/**
 * `name` cut in the middle to fit `room` px with `tail` (e.g. year and kind) kept whole: documents of
 * one entity, or entities of one city, differ at the end, which a cut at the end would hide.
 */
export function fitMiddle(name: string, room: number, tail = '', size = 12): string {
	if (textWidth(name + tail, size) <= room) return name + tail;
	const chars = [...name];
	let keep = chars.length;
	const cut = (n: number) =>
		`${chars.slice(0, Math.ceil(n / 2)).join('')}…${chars.slice(chars.length - Math.floor(n / 2)).join('')}`;
	while (keep > 2 && textWidth(cut(keep) + tail, size) > room) keep--;
	return cut(keep) + tail;
}

/** docLabel fitted to `room` px: the entity cut in its middle, its year and kind kept. */
export const docLabelFit = (f: Finding, room: number, lang: Lang = 'zh'): string =>
	f.status === 'rejected'
		? fitMiddle(f.source_file, room)
		: fitMiddle(
				f.entity ?? '?',
				room,
				say(lang, 'doc', { entity: '', year: f.fiscal_year ?? '', kind: kindLabel(f.kind, lang) }),
			);

/** Where a figure is printed: 第 n 行, and its page for a PDF. */
export const placeLabel = (line: number | null, page: number | null, lang: Lang = 'zh'): string =>
	[
		line !== null ? say(lang, 'line', { n: line }) : '',
		page !== null ? say(lang, 'page', { n: page }) : '',
	]
		.filter(Boolean)
		.join(say(lang, 'place_sep'));

/** True when the finding compares two figures (both values known). */
export const hasFigures = (f: Finding): boolean => f.value_a !== null && f.value_b !== null;

/** "收入支出决算总表 326.71 万元（第 68 行，第 6 页）" — one side of a finding that compares two. */
export function figureText(f: Finding, side: 'a' | 'b', lang: Lang = 'zh'): string {
	const [table, value, line, page] =
		side === 'a'
			? [f.table_a, f.value_a, f.line, f.page]
			: [f.table_b, f.value_b, f.line_b, f.page_b];
	const place = placeLabel(line, page, lang);
	const vars = {
		table: tableLabel(table, f.kind, lang),
		value: figureValue(f, value, lang),
		place,
	};
	return say(lang, place ? 'figure_at' : 'figure', vars);
}

/** Rules whose figures are percentages, not 万元. */
const PERCENT_RULES = new Set(['narrative_rate', 'narrative_share', 'share_range']);
/** A compared figure with its unit: 326.71 万元, or 71.73% for a rate or a share. */
export const figureValue = (
	f: Pick<Finding, 'check'>,
	value: number | null,
	lang: Lang = 'zh',
): string =>
	PERCENT_RULES.has(f.check) ? `${fmtWan(value)}%` : say(lang, 'wan', { value: fmtWan(value) });
