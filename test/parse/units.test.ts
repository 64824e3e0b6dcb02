/**
 * The pure helpers of the parser, table-driven. Inputs are cells, lines and titles as the seed
 * documents print them (data/raw/), or bytes whose encoding is known independently (中文 is D6D0 CEC4
 * in GBK; a PDF starts with %PDF); expected values follow from that text, not from the parser.
 */
import { describe, it, expect } from 'vitest';
import {
	parseAmount,
	isAmount,
	round2,
	sameAmount,
	numberIn,
	SUM_TOLERANCE,
} from '../../src/parse/amount.js';
import { cleanLine, toHalfWidth, toLines } from '../../src/parse/lines.js';
import { decode } from '../../src/parse/decode.js';
import { tableTitle, type TableKind } from '../../src/parse/tableKinds.js';
import { functionalClassCode, functionalLevel } from '../../src/parse/classification.js';
import { gradeOf, unitOf } from '../../src/parse/tables/performance.js';
import { findPlace } from '../../src/parse/divisions.js';

describe('parseAmount', () => {
	it.each<[string | undefined, number | null | undefined]>([
		// as printed in the seeds
		['3,449.21', 3449.21], // 001 收入支出决算总表
		['2854.81', 2854.81], // 000 收入总表
		['0.54', 0.54],
		['12.10', 12.1],
		['3.38', 3.38],
		['93分', 93], // a self-evaluation score
		['96分', 96],
		['110.33%', 110.33],
		['2,854.81万元', 2854.81],
		['40,000', 40000], // 项目资金（元）
		[' 12.50 ', 12.5],
		['1 188.31', 1188.31], // a space inside a figure (a stray one, or SI-style grouping)
		['0', 0],
		['-3.50', -3.5],
		// full-width, as some exports print the cells
		['１２３．４５', 123.45],
		['２，８５４．８１', 2854.81],
		// blanks: nothing here
		['', null],
		[undefined, null],
		['-', null],
		['——', null],
		['—', null],
		['/', null],
		['无', null],
		// text that is no number
		['1O.00', undefined], // OCR: a letter O
		['l2.00', undefined], // OCR: a letter l
		['1,23.4', undefined], // not a thousands grouping
		['12.3.4', undefined],
		['合计', undefined],
		['2040601 行政运行', undefined],
	])('%j → %j', (cell, want) => {
		expect(parseAmount(cell)).toBe(want);
	});

	it.each<[string, boolean]>([
		['3,449.21', true],
		['', false],
		['——', false],
		['1O.00', false],
	])('isAmount(%j) = %s', (cell, want) => expect(isAmount(cell)).toBe(want));
});

describe('sums and rounding', () => {
	it.each<[number, number]>([
		[0.1 + 0.2, 0.3],
		[2362.18 + 492.63, 2854.81], // 000: 基本支出 + 项目支出 = 合计
		[1.005, 1.01],
		[-1.005, -1.01],
		[4148.225, 4148.23],
	])('round2(%d) = %d', (x, want) => expect(round2(x)).toBe(want));

	it.each<[number, number, boolean]>([
		[4148.23, 4148.22, true], // 003: 类 sum one cent off 合计 (尾数误差)
		[2474.12, 2474.1, true], // 003: 301's children two cents off
		[100.03, 100, false],
		[10, 0, false],
	])('sameAmount(%d, %d) = %s', (a, b, want) => expect(sameAmount(a, b)).toBe(want));

	it('tolerates 0.02 万元 and no more', () => {
		expect(SUM_TOLERANCE).toBeGreaterThanOrEqual(0.02);
		expect(SUM_TOLERANCE).toBeLessThan(0.03);
	});

	it.each<[string, number]>([
		['2,854.81', 2854.81],
		['633.73', 633.73],
		['3', 3],
	])('numberIn(%j) = %d', (s, want) => expect(numberIn(s)).toBe(want));
});

describe('toHalfWidth', () => {
	it.each<[string, string]>([
		['１２３．４５', '123.45'],
		['（万元）', '(万元)'],
		['因公出国（境）费', '因公出国(境)费'],
		['单位：万元', '单位:万元'],
		['，；％', ',;%'],
		['ＡＢＣａｂｃ', 'ABCabc'],
		['全角\u3000空格', '全角 空格'],
		['阳泉市司法局', '阳泉市司法局'],
		['“三公”经费', '“三公”经费'], // CJK quotes are not full-width ASCII
	])('%j → %j', (s, want) => expect(toHalfWidth(s)).toBe(want));
});

describe('cleanLine', () => {
	it.each<[string, string, boolean]>([
		// [raw line, cleaned text, heading]
		['2024年预算收入总表\r', '2024年预算收入总表', false],
		[
			'<tr><td>201</td><td>一般公共服务支出</td><td>3.38</td></tr>',
			'201\t一般公共服务支出\t3.38',
			false,
		],
		['<tr><td>合计</td><td></td><td>3.38</td><td></td></tr>', '合计\t\t3.38\t', false], // trailing empty cell kept, no extra one
		['<td>&nbsp;</td><td>合计</td>', ' \t合计', false],
		['32\t<b>本年收入合计</b>\t<b>3771.58</b>', '32\t本年收入合计\t3771.58', false], // 003 line 267
		['预算数<br/>合计', '预算数合计', false], // a wrapped header cell: the break is a space, dropped between Chinese
		['A &amp; B &lt;1&gt;', 'A & B <1>', false],
		['# 部门预算收支总表', '部门预算收支总表', true], // 003
		['### 2025年预算收支总表', '2025年预算收支总表', true], // 002
		['## 324 承德市司法局', '324 承德市司法局', true],
		['#没有空格不是标题', '#没有空格不是标题', false],
		['- 1、阳泉市司法局', '1、阳泉市司法局', false], // 000 list marker
		['阳泉市 司法局', '阳泉市司法局', false], // a stray space inside a name
		['公共安全\u3000支出', '公共安全支出', false],
		['因 公 出 国 （ 境 ） 费', '因公出国(境)费', false], // spaced-out justified text, brackets included
		['“三 公”经费', '“三公”经费', false],
		['项 目', '项目', false], // 003 line 273
		['2024 年部门预算', '2024 年部门预算', false], // a space next to a digit stays
		['第二部分 2024年部门预算报表', '第二部分 2024年部门预算报表', false],
		['１２３．４５', '123.45', false],
		['＜ｔｄ＞１２．５０＜／ｔｄ＞', '12.50', false], // full-width markup too
		['阳泉市\u00a0司法局\t2,854\u200b.81', '阳泉市司法局\t2,854.81', false], // no-break space, zero-width space
		['\ufeff2024年度部门预算', '2024年度部门预算', false], // a BOM left inside the text
		['仅供内部审核', '', false], // the watermark carries nothing
		['仅 供 内 部 审 核', '', false],
		['|---|---|---|', '', false], // a markdown table rule
		['| :--- | ---: |', '', false],
	])('%j → %j', (raw, text, heading) => {
		expect(cleanLine(raw)).toEqual({ text, heading });
	});

	it('splits markdown table rows into cells', () => {
		const [line] = toLines('| 201 | 一般公共服务支出 | 3.38 |');
		expect(line!.cells).toEqual(['201', '一般公共服务支出', '3.38']);
	});

	it('numbers lines from 1 whatever the line endings, blank lines included', () => {
		const lines = toLines('a\r\nb\n\nc\rd');
		expect(lines.map((l) => [l.no, l.text])).toEqual([
			[1, 'a'],
			[2, 'b'],
			[3, ''],
			[4, 'c'],
			[5, 'd'],
		]);
	});

	it('keeps empty cells: they carry column positions', () => {
		const [line] = toLines('2040602\t一般行政管理事务\t331.70\t\t331.70');
		expect(line!.cells).toEqual(['2040602', '一般行政管理事务', '331.70', '', '331.70']);
	});
});

describe('decode', () => {
	const enc = new TextEncoder();
	const text = '2024年度部门预算\n部门名称：阳泉市司法局\n';
	const utf16 = (s: string, be: boolean, bom: boolean): Uint8Array => {
		const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
		const v = new DataView(out.buffer);
		if (bom) v.setUint16(0, 0xfeff, !be);
		for (let i = 0; i < s.length; i++) v.setUint16((bom ? 2 : 0) + i * 2, s.charCodeAt(i), !be);
		return out;
	};
	const cat = (...xs: number[][]) => Uint8Array.from(xs.flat());

	it.each<
		[string, Uint8Array | string, { ok: boolean; text?: string; encoding?: string | RegExp }]
	>([
		['UTF-8', enc.encode(text), { ok: true, text, encoding: 'utf-8' }],
		[
			'UTF-8 with a BOM (the BOM is not text)',
			cat([0xef, 0xbb, 0xbf], [...enc.encode(text)]),
			{ ok: true, text, encoding: /utf-8/ },
		],
		['UTF-16LE with a BOM', utf16(text, false, true), { ok: true, text, encoding: 'utf-16le' }],
		['UTF-16BE with a BOM', utf16(text, true, true), { ok: true, text, encoding: 'utf-16be' }],
		['UTF-16LE without a BOM', utf16(text, false, false), { ok: true, text, encoding: 'utf-16le' }],
		['UTF-16BE without a BOM', utf16(text, true, false), { ok: true, text, encoding: 'utf-16be' }],
		// 中 = D6 D0, 文 = CE C4 in GBK / GB2312
		[
			'GBK',
			cat([...enc.encode('abc ')], [0xd6, 0xd0, 0xce, 0xc4], [...enc.encode(' 2024\n')]),
			{ ok: true, text: 'abc 中文 2024\n', encoding: 'gbk' },
		],
		[
			'GB18030 with its BOM (84 31 95 33)',
			cat([0x84, 0x31, 0x95, 0x33], [0xd6, 0xd0, 0xce, 0xc4], [...enc.encode(' 2024\n')]),
			{ ok: true, text: '中文 2024\n', encoding: 'gbk' },
		],
		// one damaged byte does not turn a UTF-8 file into GBK mojibake
		[
			'UTF-8 with one damaged byte',
			cat([...enc.encode(text.repeat(40))], [0xff], [...enc.encode(text.repeat(40))]),
			{ ok: true, text: `${text.repeat(40)}\uFFFD${text.repeat(40)}`, encoding: 'utf-8' },
		],
		['a JavaScript string', text, { ok: true, text }],
		['a JavaScript string with a BOM', `\uFEFF${text}`, { ok: true, text }],
		['a PDF', cat([...enc.encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')]), { ok: false, encoding: 'binary' }],
		[
			'NUL bytes (binary)',
			cat(
				[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00],
				Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
			),
			{ ok: false, encoding: 'binary' },
		],
		['an empty file', new Uint8Array(0), { ok: false, encoding: 'none' }],
		['only blanks', enc.encode(' \n\t\r\n'), { ok: false }],
		['an empty string', '', { ok: false }],
	])('%s', (_, input, want) => {
		const d = decode(input);
		expect(d.ok).toBe(want.ok);
		if (d.ok && want.text !== undefined) expect(d.text).toBe(want.text);
		if (!d.ok) expect(d.reason.length).toBeGreaterThan(0);
		if (want.encoding instanceof RegExp) expect(d.encoding).toMatch(want.encoding);
		else if (want.encoding !== undefined) expect(d.encoding).toBe(want.encoding);
	});

	it('refuses bytes that decode to mostly replacement characters', () => {
		// Lone continuation bytes are neither UTF-8 nor GBK.
		const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x80 : 0xff));
		expect(decode(junk).ok).toBe(false);
	});
});

describe('tableTitle', () => {
	it.each<[string, TableKind | null, boolean?]>([
		// Shanxi budget (000, 002)
		['2024年预算收支总表', 'summary'],
		['2024年预算收入总表', 'income'],
		['2024年预算支出总表', 'expenditure'],
		['2024年财政拨款收支总表', 'fiscal_summary'],
		['2024年一般公共预算支出预算表（不含上年结转）', 'general_budget'],
		['2024年一般公共预算安排基本支出分经济科目表（不含上年结转）', 'economic'],
		['2024年政府性基金预算收入表（不含上年结转）', 'gov_fund_income'],
		['2024年政府性基金预算支出表（不含上年结转）', 'gov_fund'],
		['2024年国有资本经营预算收支预算表（不含上年结转）', 'state_capital'],
		['2024年财政拨款安排“三公”经费支出预算表', 'three_public'],
		['2024年财政拨款安排机关运行经费预算表', 'org_running'],
		['2024年项目支出预算表（本年预算）', 'projects'],
		['2024年项目支出预算表（上年结转）', 'projects_carryover'],
		['表二2025年预算收入总表', 'income'],
		['阳泉市市级预算部门（单位）项目支出绩效目标表', 'target_form'],
		// Shanxi final account (001)
		['收入支出决算总表', 'summary'],
		['收入决算表', 'income'],
		['支出决算表', 'expenditure'],
		['财政拨款收入支出决算总表', 'fiscal_summary'],
		['一般公共预算财政拨款支出决算表', 'general_budget'],
		['一般公共预算财政拨款基本支出决算明细表', 'economic'],
		['国有资本经营预算财政拨款支出决算表', 'state_capital'],
		['财政拨款“三公”经费支出决算表', 'three_public'],
		['部门决算公开相关信息统计表', 'stats'],
		['收入支出决算批复表', 'summary', true],
		['一般公共预算财政拨款基本支出决算明细批复表', 'economic', true],
		['阳泉市部门(单位)整体支出绩效自评表', 'dept_self_eval'],
		// Hebei (003)
		['部门预算收支总表', 'summary'],
		['部门预算收入总表', 'income'],
		['部门预算支出总表', 'expenditure'],
		['部门预算财政拨款收支总表', 'fiscal_summary'],
		['部门预算一般公共预算财政拨款支出表', 'general_budget'],
		['部门预算一般公共预算财政拨款基本支出表', 'economic'],
		['部门预算政府性基金预算财政拨款支出表', 'gov_fund'],
		['部门预算国有资本经营预算财政拨款支出表', 'state_capital'],
		['部门预算财政拨款“三公”经费支出表', 'three_public'],
		['3、法律援助服务经费绩效目标表', 'target_form'],
		// self-evaluations (004)
		['阳泉市项目支出绩效自评表', 'self_eval'],
		// spacing and width do not matter
		['2024年 预算收入 总表', 'income'],
		['２０２４年预算收入总表', 'income'],
		// numbered in front, in the ways the layouts number their tables
		['表5 2024年一般公共预算支出预算表（不含上年结转）', 'general_budget'],
		['表52024年一般公共预算支出预算表（不含上年结转）', 'general_budget'],
		['表七2025年政府性基金预算收入表（不含上年结转）', 'gov_fund_income'],
		['附表3 2024年政府性基金预算支出表', 'gov_fund'],
		['预算公开表9 2024年国有资本经营预算收支预算表', 'state_capital'],
		['公开05表 一般公共预算财政拨款支出决算表', 'general_budget'],
		['五、一般公共预算财政拨款支出决算表', 'general_budget'],
		['八、国有资本经营预算财政拨款支出决算表', 'state_capital'],
		// not titles
		['部门预算收入总表 .....\t3', null], // contents entry
		['表二2025年预算收入总表.....', null],
		['注：本表无数据', null],
		['说明：本表无数据', null],
		['公开01表', null], // a table number, not a name
		['预算公开表1', null],
		['一、收入支出决算总体情况说明', null],
		['注：本表反映部门本年度各项支出情况。', null],
		['部门预算公开表', null],
		['第二部分 2025年单位预算报表', null],
		['部门固定资产占用情况表', null],
		['（部门（单位）整体目标表公开情况见附件）', null],
	])('%j → %s', (title, kind, approval = false) => {
		const t = tableTitle(title);
		if (kind === null) expect(t).toBeNull();
		else expect(t).toMatchObject({ kind, approval });
	});
});

describe('functional classification', () => {
	it.each<[string, string | undefined]>([
		// the 支出 side of 收支总表 names the 类 (000 lines 126-147, 003 line 44…)
		['一、一般公共服务支出', '201'],
		['四、公共安全支出', '204'],
		['五、教育支出', '205'],
		['八、社会保障和就业支出', '208'],
		['十、卫生健康支出', '210'],
		['二十、住房保障支出', '221'],
		['二十四、预备费', '227'],
		['三十一、往来性支出', '239'],
		['公共安全支出(类)', '204'],
		['社会保障 和就业支出', '208'],
		['卫生健康支出', '210'],
		// 款 and 项 names are not 类
		['司法', undefined],
		['行政运行', undefined],
		['一、一般公共预算', undefined], // the 收入 side
		['本年支出合计', undefined],
	])('%j → %s', (name, code) => expect(functionalClassCode(name)).toBe(code));

	it.each<[string, number | undefined]>([
		['204', 1],
		['20406', 2],
		['2040601', 3],
		['2040', undefined],
	])('level of %s is %s', (code, level) => expect(functionalLevel(code)).toBe(level));
});

describe('self-evaluation helpers', () => {
	// "等级一般划分为四档：100-90(含)分为优、90-80(含)分为良、80-60(含)分为中、60分以下为差" (004)
	it.each<[number | null, string | null]>([
		[100, '优'],
		[95, '优'],
		[90, '优'],
		[89.5, '良'],
		[80, '良'],
		[79, '中'],
		[60, '中'],
		[59, '差'],
		[0, '差'],
		[null, null],
	])('gradeOf(%s) = %s', (score, grade) => expect(gradeOf(score)).toBe(grade));

	it.each<[string | null, string | null, string | null]>([
		// 实施单位 as the forms print it (004) → the budget unit
		['阳泉市司法局普法与依法治理科', null, '阳泉市司法局'],
		['阳泉市司法局', null, '阳泉市司法局'],
		['阳泉市法律援助中心', null, '阳泉市法律援助中心'],
		['阳泉市强制隔离戒毒所', null, '阳泉市强制隔离戒毒所'],
		['市司法局', '阳泉市司法局', '阳泉市司法局'], // the department without its city
		['市司法局律师工作科', '阳泉市司法局', '阳泉市司法局'],
		[null, '阳泉市司法局', null],
	])('unitOf(%j, %j) = %j', (name, dept, want) => expect(unitOf(name, dept)).toBe(want));
});

describe('findPlace', () => {
	it.each<[string, string, { province: string; city: string | null } | null]>([
		[
			'部门名称：阳泉市司法局\n2024年度部门预算',
			'阳泉市司法局',
			{ province: '山西省', city: '阳泉市' },
		],
		[
			'324 承德市司法局\n预算年度：2024',
			'324 承德市司法局',
			{ province: '河北省', city: '承德市' },
		],
		['北京市司法局2024年部门预算', '北京市司法局', { province: '北京市', city: '北京市' }],
		['山西省司法厅2024年部门预算', '山西省司法厅', { province: '山西省', city: null }],
		// a city is more precise than its province, even when the province is named more often
		['山西省 山西省 山西省 阳泉市', '', { province: '山西省', city: '阳泉市' }],
		// the head (where the document names itself) outweighs passing mentions in the body
		[
			'阳泉市司法局\n赴太原市 太原市 太原市 培训',
			'阳泉市司法局',
			{ province: '山西省', city: '阳泉市' },
		],
		['no place named here', '', null],
	])('%j', (text, head, want) => {
		const p = findPlace(text, head);
		if (want === null) expect(p).toBeNull();
		else expect(p).toEqual(want);
	});
});
