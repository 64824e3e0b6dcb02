/**
 * What a document is, read from its content: kind, fiscal year, place, department, unit. The title
 * block, the 部门名称/单位名称 lines and the forms' 主管部门 say it; the file name never does.
 */
import type { Line } from './lines.js';
import { findPlace } from './divisions.js';

export type Identity = {
	kind: 'budget' | 'final_account' | 'performance_eval' | null;
	fiscalYear: number | null;
	province: string | null;
	city: string | null;
	department: string | null;
	entity: string | null;
	scope: 'department' | 'unit';
	title: string | null;
	units: string[];
	layout: string;
	moneyUnit: string | null;
};

const ORG = '[\\u4e00-\\u9fa5()（）]{2,40}?(?:局|厅|所|中心|处|院|委员会|委|办公室|站|队|馆|会|部)';
const TITLE = /(20\d{2})\s*年度?\s*(?:区级|市级|县级|省级)?\s*(部门|单位)?\s*(预算|决算)/;

/** Drops a bracketed alias: 阳泉市法律援助中心（阳泉市人民政府法律服务中心） → 阳泉市法律援助中心. */
export const cleanOrg = (s: string): string =>
	s
		.replace(/\s+/g, '')
		.replace(/[(（].*?[)）]$/, '')
		.replace(/^\d+-/, '');

function mostCommon(values: string[]): string | null {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	let best: string | null = null;
	for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
	return best;
}

function labelled(lines: readonly Line[], label: RegExp): string[] {
	const out: string[] = [];
	const re = new RegExp(`^(?:${label.source})[:：]?\\s*(${ORG})`);
	const bare = new RegExp(`^(?:${label.source})[:：]?$`);
	const org = new RegExp(`^(?:\\d+-)?(${ORG})`);
	const starts = new RegExp(`^\\s*(?:${label.source})`);
	for (const l of lines) {
		for (let i = 0; i < l.cells.length; i++) {
			if (!starts.test(l.cells[i]!)) continue;
			const c = l.cells[i]!.replace(/\s+/g, '');
			const m = re.exec(c);
			if (m) out.push(cleanOrg(m[1]!));
			else if (bare.test(c)) {
				const next = l.cells
					.slice(i + 1)
					.find((x) => x.trim() !== '')
					?.replace(/\s+/g, '');
				const m2 = next ? org.exec(next) : null;
				if (m2) out.push(cleanOrg(m2[1]!));
			}
		}
	}
	return out;
}

export function identify(lines: readonly Line[]): Identity {
	// The cleaned lines, not the raw text: full-width digits, HTML tags and stray spaces are gone there.
	const text = lines.map((l) => l.text).join('\n');
	const content = lines.filter(
		(l) => l.text.trim() !== '' && !/\.{3,}|…{2,}/.test(l.text) && !/仅供内部审核/.test(l.text),
	);
	const head = content.slice(0, 80);
	const headText = head.map((l) => l.text).join('\n');

	let kind: Identity['kind'] = null;
	let fiscalYear: number | null = null;
	let title: string | null = null;
	let scope: Identity['scope'] = 'department';
	let titleIdx = -1;
	for (let i = 0; i < head.length; i++) {
		const t = head[i]!.text.replace(/\s+/g, '');
		if (/绩效自评表/.test(t) && !/整体/.test(t)) {
			kind = 'performance_eval';
			title = t;
			titleIdx = i;
			break;
		}
		const m = TITLE.exec(t);
		if (m && !/表/.test(t.replace(/目录$/, ''))) {
			kind = m[3] === '决算' ? 'final_account' : 'budget';
			fiscalYear = Number(m[1]);
			scope = m[2] === '单位' ? 'unit' : 'department';
			title = t;
			titleIdx = i;
			break;
		}
	}
	if (kind === null) {
		const m = TITLE.exec(text);
		if (m) {
			kind = m[3] === '决算' ? 'final_account' : 'budget';
			fiscalYear = Number(m[1]);
		}
	}
	if (kind === 'performance_eval') fiscalYear = evaluationYear(lines);
	const budgetYear = /预算年度[:：]\s*(20\d{2})/.exec(headText);
	if (fiscalYear === null && budgetYear) fiscalYear = Number(budgetYear[1]);

	// The entity: labelled lines first, then the line above the title, then a Hebei '324 承德市司法局'.
	const named = labelled(
		lines,
		/部门名称|单位名称|部门单位|单位\(盖章\)|单位（盖章）|预算主管部门|预算单位|编制部门|编制单位/,
	);
	const coded = lines
		.map((l) => new RegExp(`^\\d{3}\\s+(${ORG})$`).exec(l.text.trim())?.[1])
		.filter((x): x is string => !!x);
	const aboveTitle =
		titleIdx > 0
			? new RegExp(`^(${ORG})$`).exec(head[titleIdx - 1]!.text.replace(/\s+/g, ''))?.[1]
			: undefined;
	const entity =
		mostCommon(named) ??
		(aboveTitle ? cleanOrg(aboveTitle) : null) ??
		mostCommon(coded.map(cleanOrg));
	const supervisors = labelled(lines, /主管部门及代码|主管部门/);
	let department = scope === 'unit' ? mostCommon(supervisors) : entity;
	if (kind === 'performance_eval') department = mostCommon(supervisors) ?? entity;
	if (scope === 'unit' && !department) department = entity;

	const place = findPlace(text, headText);
	const units = unitList(lines);
	const moneyUnit =
		/单位[:：]\s*万元/.test(text) || /\(万元\)/.test(text)
			? '万元'
			: /单位[:：]\s*元/.test(text)
				? '元'
				: null;
	const layout = lines.some((l) => /^序号$/.test(l.cells[0] ?? ''))
		? 'hebei'
		: kind === 'performance_eval'
			? 'self_eval'
			: 'shanxi';
	return {
		kind,
		fiscalYear,
		province: place?.province ?? null,
		city: place?.city ?? null,
		department,
		entity: kind === 'performance_eval' ? department : (entity ?? department),
		scope,
		title,
		units,
		layout,
		moneyUnit,
	};
}

/** The year a batch of self-evaluations is about: the most common year of 项目起止时间 / 评价年度. */
function evaluationYear(lines: readonly Line[]): number | null {
	const years: string[] = [];
	for (const l of lines) {
		const t = l.cells.map((c) => c.replace(/\s+/g, '')).join('|');
		const m = /项目起止时间\|*[^|]*?(20\d{2})[^|]*$/.exec(t) ?? /项目起止时间\|*([^|]*)/.exec(t);
		if (m) {
			const ys =
				(m[1] ?? '').match(/20\d{2}/g) ?? t.slice(t.indexOf('项目起止时间')).match(/20\d{2}/g);
			if (ys?.length) years.push(ys[ys.length - 1]!);
		}
	}
	const y = mostCommon(years);
	return y ? Number(y) : null;
}

/** Units listed under 机构设置 (numbered lines or the 单位名称 table). */
function unitList(lines: readonly Line[]): string[] {
	const out = new Set<string>();
	let inOrg = false;
	for (const l of lines) {
		const t = l.text.replace(/\s+/g, '');
		if (/机构设置/.test(t) && !/\.{3}/.test(t)) {
			inOrg = true;
			continue;
		}
		if (!inOrg) continue;
		if (/^第[一二三四五六七八九十]+部分|^[一二三四五六七八九十]+、(?!.*机构)/.test(t)) {
			inOrg = false;
			continue;
		}
		const m = new RegExp(`^\\d+[、.](${ORG})(?:[(（].*[)）])?$`).exec(t);
		if (m) out.add(cleanOrg(m[1]!));
		const cell = l.cells[0]?.replace(/\s+/g, '') ?? '';
		if (l.cells.length >= 3 && new RegExp(`^${ORG}(本级)?$`).test(cell) && !/单位名称/.test(cell))
			out.add(cell.replace(/本级$/, ''));
	}
	return [...out];
}
