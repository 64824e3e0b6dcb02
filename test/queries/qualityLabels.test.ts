/**
 * 数据核验's words (src/views/quality/labels.ts) in both languages: every rule, family and kind the
 * parser knows has its label in the catalogue, the Chinese the same as the parser's own; no rule id
 * is ever shown raw when it is known; long names are cut in their middle.
 */
import { describe, it, expect } from 'vitest';
import { FAMILIES, RULES, ruleLabel as parserRule } from '../../src/parse/review/catalogue.js';
import { KIND_LABEL } from '../../src/lib/format.js';
import {
	docLabel,
	docLabelFit,
	familyLabel,
	figureText,
	fitMiddle,
	kindLabel,
	ruleLabel,
	tableLabel,
} from '../../src/views/quality/labels.js';
import { textWidth } from '../../src/charts/text.js';
import type { Finding } from '../../src/queries/findings.js';

const HAN = /[\u3400-\u9fff]/;

describe('rule, family and kind labels', () => {
	it('label every rule in both languages, the Chinese as the parser says it', () => {
		for (const check of Object.keys(RULES)) {
			expect(ruleLabel(check, 'zh'), check).toBe(parserRule(check));
			const en = ruleLabel(check, 'en');
			expect(en, check).not.toBe(check);
			expect(HAN.test(en), `${check}: ${en}`).toBe(false);
		}
		expect(ruleLabel('no_such_rule', 'en')).toBe('no_such_rule');
	});

	it('label every family and kind, the Chinese as elsewhere', () => {
		for (const [fam, zh] of Object.entries(FAMILIES)) {
			expect(familyLabel(fam, 'zh')).toBe(zh);
			expect(HAN.test(familyLabel(fam, 'en'))).toBe(false);
		}
		for (const [kind, zh] of Object.entries(KIND_LABEL)) {
			expect(kindLabel(kind, 'zh')).toBe(zh);
			expect(HAN.test(kindLabel(kind, 'en'))).toBe(false);
		}
	});
});

const finding = {
	doc_id: 'x',
	status: 'parsed',
	source_file: 'a.txt',
	entity: '阳泉市强制隔离戒毒所',
	fiscal_year: 2025,
	kind: 'final_account',
	check: 'approval_copy',
	table_a: 'approval:summary',
	value_a: 357.69,
	line: 659,
	page: null,
	table_b: 'summary',
	value_b: 357.59,
	line_b: 122,
	page_b: 3,
} as unknown as Finding;

describe('documents and figures', () => {
	it('name a document and a figure in either language, printed names as printed', () => {
		expect(docLabel(finding, 'zh')).toBe('阳泉市强制隔离戒毒所2025决算');
		expect(docLabel(finding, 'en')).toBe('阳泉市强制隔离戒毒所 2025 Final account');
		expect(tableLabel('approval:summary', 'final_account', 'en')).toBe(
			'Approval copy (收入支出决算总表)',
		);
		expect(tableLabel('text', 'budget', 'en')).toBe('Narrative');
		expect(figureText(finding, 'b', 'zh')).toBe(
			'收入支出决算总表 357.59 万元（第 122 行，第 3 页）',
		);
		expect(figureText(finding, 'b', 'en')).toBe('收入支出决算总表 357.59 CNY 10k (line 122, p. 3)');
	});

	it('cut a long name in its middle, keeping its end and the year and kind', () => {
		const room = 150;
		const label = docLabelFit(finding, room, 'zh');
		expect(textWidth(label)).toBeLessThanOrEqual(room);
		expect(label).toMatch(/^阳泉.+….+所2025决算$/);
		expect(fitMiddle('短名', room)).toBe('短名');
		const en = docLabelFit(finding, 150, 'en');
		expect(en.endsWith(' 2025 Final account')).toBe(true);
	});
});
