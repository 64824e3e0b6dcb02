import { describe, it, expect } from 'vitest';
import { seedDb } from './db.js';
import { headlines } from '../../src/queries/headlines.js';
import { documentList } from '../../src/queries/documentList.js';
import { ALL } from '../../src/queries/scope.js';

describe('headlines', () => {
	it('gives 支出合计, 基本, 项目 and 三公 per budget / final document, read from the 支出总表', async () => {
		const rows = await headlines(await seedDb(), ALL);
		const yq2024 = rows.find((r) => r.doc_id === '9fe8ed7e4cfd394f')!;
		// 000 line 214: 合计 2854.81 | 2362.18 | 492.63; 三公 line 437: 33.60
		expect([yq2024.total, yq2024.basic, yq2024.project, yq2024.three_public]).toEqual([
			2854.81, 2362.18, 492.63, 33.6,
		]);
		expect(yq2024.line).toBe(214);
		// 501: 支出总计 2,854.81, 比上年减少633.73万元, 下降18.17%
		expect(yq2024.prior_total).toBe(3488.54);
		expect(yq2024.change_pct).toBe(-18.2);
		// 001 line 491: 支出总计 5,380.47, 减少181.51万元, 下降3.26%; 决算 三公 12.65
		const final = rows.find((r) => r.doc_id === '11a72be0e203cc23')!;
		expect(final.total).toBe(3963.84);
		expect(final.change_pct).toBe(-3.3);
		expect(final.three_public).toBe(12.65);
		expect(rows.find((r) => r.doc_id === 'a7d6f4822a5d5a60')!.total).toBe(4148.23);
	});

	it('honours the scope: cities and years', async () => {
		const rows = await headlines(await seedDb(), {
			cities: ['承德市'],
			entities: [],
			years: [2024],
		});
		expect(rows.map((r) => r.entity)).toEqual(['承德市司法局']);
		const none = await headlines(await seedDb(), {
			cities: ['阳泉市'],
			entities: [],
			years: [2030],
		});
		expect(none).toEqual([]);
	});
});

describe('documentList', () => {
	it('lists every document with its findings', async () => {
		const docs = await documentList(await seedDb(), ALL);
		// data/raw/: five text documents and five Shanghai PDFs.
		expect(docs).toHaveLength(10);
		const unit = docs.find((d) => d.entity === '阳泉市强制隔离戒毒所')!;
		expect([unit.city, unit.department, unit.fiscal_year, unit.kind, unit.scope]).toEqual([
			'阳泉市',
			'阳泉市司法局',
			2025,
			'budget',
			'unit',
		]);
		// 001's approval copies disagree with the main tables in many places (e.g. line 659: 357.69 vs 357.59).
		expect(docs.find((d) => d.doc_id === '11a72be0e203cc23')!.errors).toBeGreaterThan(20);
	});
});
