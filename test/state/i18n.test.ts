/**
 * The message catalogue: every key in both languages, the same `{placeholders}` in each, and no
 * interface text left in Chinese in the files the catalogue covers (Chinese there must come from the
 * catalogue or from the data; a line that matches document text says so with a `zh-data` comment).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOGUE, tIn } from '../../src/lib/i18n.js';

const ROOT = join(import.meta.dirname, '../..');
const HAN = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
	it('has every key in both languages, none empty, with the same placeholders', () => {
		expect(Object.keys(CATALOGUE.en).sort()).toEqual(Object.keys(CATALOGUE.zh).sort());
		for (const [key, zh] of Object.entries(CATALOGUE.zh)) {
			const en = CATALOGUE.en[key]!;
			expect(zh.trim(), key).not.toBe('');
			expect(en.trim(), key).not.toBe('');
			expect(placeholders(en), key).toEqual(placeholders(zh));
			// English text is English: Chinese only inside quoted names, never as the wording (the
			// language switch names the other language in its own words).
			if (key !== 'language')
				expect(HAN.test(en.replace(/「[^」]*」/g, '')), `${key}: ${en}`).toBe(false);
		}
	});

	it('fills placeholders and shows an unknown key as itself', () => {
		expect(tIn('en', 'cities')).toBe('Cities');
		expect(tIn('zh', 'cities')).toBe('城市');
		// @ts-expect-error an unknown key is a type error, and shows as itself at run time
		expect(tIn('en', 'no.such.key')).toBe('no.such.key');
	});
});

/** Source text without comments; `zh-data` lines dropped (they hold document wording). */
function uiText(path: string): string {
	let s = readFileSync(path, 'utf8');
	if (path.endsWith('.svelte')) s = s.replace(/<style[\s\S]*?<\/style>/g, '');
	return s
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.split('\n')
		.filter((l) => !l.includes('zh-data'))
		.map((l) => l.replace(/(^|[^:'"`])\/\/.*$/, '$1'))
		.join('\n');
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
	);
}

/** Files whose interface text is in the catalogue. */
const COVERED = [
	'src/App.svelte',
	'src/FilterBar.svelte',
	'src/Presenter.svelte',
	'src/lib/i18n.ts',
	'src/lib/scope.ts',
	'src/lib/documents.ts',
	'src/charts/Axis.svelte',
	'src/charts/BarChart.svelte',
	'src/charts/ChartFrame.svelte',
	'src/charts/DivergingBars.svelte',
	'src/charts/Histogram.svelte',
	'src/charts/Icicle.svelte',
	'src/charts/Legend.svelte',
	'src/charts/LineChart.svelte',
	'src/charts/Scatter.svelte',
	'src/views/Overview.svelte',
	'src/views/overview/changeLine.ts',
	'src/views/ThreePublic.svelte',
	'src/views/threePublic/changes.ts',
	'src/views/threePublic/changeTable.ts',
	'src/views/Performance.svelte',
	'src/views/performance/DepartmentCard.svelte',
	'src/views/performance/ProjectIndicators.svelte',
	'src/views/performance/grades.ts',
	'src/views/Execution.svelte',
	'src/views/Brief.svelte',
	'src/views/brief/brief.ts',
	'src/views/brief/FigureTiles.svelte',
	'src/views/Structure.svelte',
	'src/views/structure/StructureSection.svelte',
	'src/views/structure/ShareGaps.svelte',
	'src/views/structure/alignedTree.ts',
	'src/views/Compare.svelte',
	'src/views/compare/CompareControls.svelte',
	'src/views/compare/levels.ts',
	'src/views/Quality.svelte',
	'src/views/quality/AuditExport.svelte',
	'src/views/quality/DocCounts.svelte',
	'src/views/quality/FamilyCounts.svelte',
	'src/views/quality/FindingsTable.svelte',
	'src/views/quality/ReviewMark.svelte',
	'src/views/quality/SeverityBadge.svelte',
	'src/views/quality/auditReport.ts',
	'src/views/quality/labels.ts',
	'src/views/Disclosure.svelte',
	'src/views/disclosure/DisclosureTable.svelte',
	'src/views/disclosure/Ranking.svelte',
	'src/views/disclosure/items.ts',
	'src/views/disclosure/navigate.ts',
	'src/views/disclosure/ranking.ts',
	'src/views/disclosure/rows.ts',
	'src/views/disclosure/score.ts',
	'src/views/library/LibraryPanel.svelte',
	'src/views/library/libraryRows.ts',
	'src/views/SourceViewer.svelte',
	'src/views/source/PdfPage.svelte',
	'src/views/source/SourceText.svelte',
	'src/views/source/VirtualText.svelte',
	'src/views/source/layout.ts',
	'src/views/source/pdfDoc.ts',
	'src/views/source/scroll.ts',
	'src/views/source/sourceDoc.ts',
	'src/views/source/virtualWindow.ts',
	'src/lib/DataTable.svelte',
	'src/lib/Load.svelte',
	'src/lib/download.ts',
	'src/lib/auditPdf.ts',
	'src/lib/libraryStore.ts',
	'src/state/imported.svelte.ts',
];

describe('interface text comes from the catalogue', () => {
	it.each(COVERED)('%s has no Chinese wording of its own', (file) => {
		const lines = uiText(join(ROOT, file))
			.split('\n')
			.filter((l) => HAN.test(l));
		expect(lines).toEqual([]);
	});

	it('lists files that exist', () => {
		const all = new Set(walk(join(ROOT, 'src')).map((f) => relative(ROOT, f)));
		for (const f of COVERED) expect(all.has(f), f).toBe(true);
	});
});
