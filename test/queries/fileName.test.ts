/**
 * Export file names (src/lib/download.ts fileName): safe characters, a stem of at most 80 characters,
 * and a long title cut before a separator so the name ends on a whole phrase, brackets closed.
 */
import { describe, it, expect } from 'vitest';
import { fileName, NAME_MAX } from '../../src/lib/download.js';

const stem = (name: string) => name.replace(/\.[^.]+$/, '');
const len = (s: string) => [...s].length;

describe('fileName', () => {
	it('keeps a short title whole, its unsafe characters replaced', () => {
		expect(fileName('公开质量：公开情况与得分', 'csv')).toBe('公开质量：公开情况与得分.csv');
		expect(fileName('a/b c?d', 'svg')).toBe('a_b_c_d.svg');
	});

	it('cuts a long chart title (title and scope) at a separator, inside the limit, the bracket closed', () => {
		const title =
			'核验发现数（按文档，处）（阳泉市、承德市 · 全部部门/单位 · 全部年度 · 预算/决算/绩效自评（含未读取文件） · 单位：处 · 错误、警告 · 表间 · 批复表与主表不一致 · 不含非问题）';
		const name = fileName(title, 'png');
		expect(name.endsWith('.png')).toBe(true);
		expect(len(stem(name))).toBeLessThanOrEqual(NAME_MAX);
		// Ends on a whole phrase of the title, then closes the scope's bracket.
		expect(stem(name)).toMatch(/）$/);
		const body = stem(name).slice(0, -1).replace(/_/g, ' ');
		expect(title.replace(/\//g, ' ').startsWith(body)).toBe(true);
		const next = title.replace(/\//g, ' ').slice(body.length);
		expect(next).toMatch(/^[ ·（，、]/);
	});

	it('cuts an English title before a space, never mid-word', () => {
		const title =
			'Mean disclosure-quality score by department (points) (Yangquan, Chengde · All departments / units · All years · Budget & final · Unit: points (0–100))';
		const s = stem(fileName(title, 'xlsx'));
		expect(len(s)).toBeLessThanOrEqual(NAME_MAX);
		const words = title.replace(/[\\/:*?"<>|\s]+/g, '_').split('_');
		// Every word of the stem is a whole word of the title (brackets it closes aside).
		for (const w of s.replace(/\)+$/, '').split('_')) expect(words).toContain(w);
		expect(s.split('(').length - s.split(')').length).toBeLessThanOrEqual(0);
	});

	it('cuts a title without any separator at the limit', () => {
		const s = stem(fileName('字'.repeat(120), 'csv'));
		expect(s).toBe('字'.repeat(NAME_MAX));
	});
});
