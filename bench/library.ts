/**
 * A library of 20 imported documents for the benchmarks: the 10 bundled ones, each under two other
 * byte sequences (a line break or two appended), so 20 other versions of them. `fill` imports them
 * into a browser profile through the page's own 导入文档 and checks they were all kept.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export function libraryFiles() {
	const raw = join(import.meta.dirname, '../data/raw');
	return readdirSync(raw)
		.filter((f) => /\.(txt|pdf)$/.test(f))
		.flatMap((f) =>
			[1, 2].map((k) => ({
				name: `v${k}-${f}`,
				mimeType: f.endsWith('.pdf') ? 'application/pdf' : 'text/plain',
				buffer: Buffer.concat([readFileSync(join(raw, f)), Buffer.from('\n'.repeat(k))]),
			})),
		);
}

export async function fill(ctx: BrowserContext, url: string): Promise<void> {
	const files = libraryFiles();
	const setup = await ctx.newPage();
	await setup.goto(url);
	await setup.waitForFunction(() => document.documentElement.dataset.engine, null, {
		timeout: 60_000,
	});
	await setup.locator('label.import input[type=file]').setInputFiles(files);
	await setup.locator('.notice').waitFor({ timeout: 300_000 });
	const kept = await setup.locator('button.library').innerText();
	if (!kept.includes(`导入 ${files.length}`))
		throw new Error(`library setup: expected ${files.length} documents, got "${kept}"`);
	await setup.close();
}
