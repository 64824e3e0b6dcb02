/**
 * Builds what `npm start` serves: the dataset (when data/raw changed since it was written), the app
 * (vite build), and gzip copies of the large assets. Returns quietly when everything is current.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const newest = (dir) => {
	if (!existsSync(dir)) return 0;
	let t = statSync(dir).mtimeMs;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : changed(p));
	}
	return t;
};
// A dangling symlink or a symlink loop has no target to stat: its own time counts (ingest reports it).
const changed = (p) => {
	try {
		return statSync(p).mtimeMs;
	} catch {
		return lstatSync(p).mtimeMs;
	}
};
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

export function build({ force = false, log = console.log } = {}) {
	const summary = join(root, 'public/data/summary.json');
	if (
		force ||
		mtime(summary) < Math.max(newest(join(root, 'data/raw')), newest(join(root, 'src/parse')))
	) {
		log('ingest: reading data/raw …');
		execFileSync(bin('tsx'), [join(root, 'scripts/ingest.node.ts')], {
			cwd: root,
			stdio: 'inherit',
		});
	}
	const dist = join(root, 'dist/index.html');
	if (
		force ||
		mtime(dist) <
			Math.max(
				newest(join(root, 'src')),
				newest(join(root, 'public')),
				mtime(join(root, 'index.html')),
			)
	) {
		log('build: vite build …');
		execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
		for (const dir of ['dist/assets', 'dist/data']) {
			const abs = join(root, dir);
			for (const f of readdirSync(abs)) {
				if (/\.(wasm|m?js|duckdb)$/.test(f) && statSync(join(abs, f)).size > 100_000) {
					writeFileSync(join(abs, `${f}.gz`), gzipSync(readFileSync(join(abs, f)), { level: 6 }));
				}
			}
		}
	}
	return join(root, 'dist');
}

if (resolve(process.argv[1] ?? '') === resolve(import.meta.filename))
	build({ force: process.argv.includes('--force') });
