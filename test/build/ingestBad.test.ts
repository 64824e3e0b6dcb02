/**
 * Ingest over a folder with entries that cannot be read at all: a file without read permission, a
 * dangling symlink, symlink loops (file → file → file, folder → folder → folder, a folder linking
 * back to itself or above). Each is one rejected document with one error row naming it and saying
 * why; the run goes on, exits 0, and the good documents are loaded.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { connect, openParquetDir } from '../../src/build/duck.node.js';
import { MAX_BYTES } from '../../src/parse/index.js';
import { RAW_DIR } from '../golden/helpers.js';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/ingest.node.ts');
const ingest = (args: string[], opts: { uid?: number; gid?: number } = {}) =>
	spawnSync(TSX, [SCRIPT, ...args], {
		encoding: 'utf8',
		...opts,
		env: opts.uid === undefined ? process.env : { ...process.env, HOME: tmpdir() },
	});

const work = mkdtempSync(join(tmpdir(), 'ingest-bad-'));
const input = join(work, 'in');
const out = join(work, 'out');
const GOOD = readdirSync(RAW_DIR).filter((f) => /^00[03]_.*\.txt$/.test(f));
/** Each bad entry and what its error must say. */
const BAD: Record<string, RegExp> = {
	'dangling.txt': /dangling symlink/,
	'loop-a.txt': /symlink loop/,
	'loop-b.txt': /symlink loop/,
	'dir-a': /symlink loop/,
	'dir-b': /symlink loop/,
	here: /directory symlink loop/,
	up: /directory symlink loop/,
	// Without read permission: the reason is checked in its own test (root can read it anyway).
	'locked.txt': /./,
	// Over the size limit and unreadable: refused from its size, never opened.
	'huge-locked.txt': /文件过大/,
};
/** Whether this process reads a chmod 000 file (root, or CAP_DAC_OVERRIDE). */
let bypassesPermissions = false;

const errorsOf = async (dir: string) => {
	const conn = await connect();
	await openParquetDir(conn, dir);
	const docs = (
		await conn.runAndReadAll('SELECT doc_id, source_file, status FROM documents ORDER BY 2')
	).getRowObjectsJS();
	const errors = (
		await conn.runAndReadAll(
			`SELECT source_file, "check", message FROM validation_issues WHERE severity = 'error' ORDER BY 1`,
		)
	).getRowObjectsJS();
	const functional = (
		await conn.runAndReadAll(
			`SELECT d.source_file, count(*)::INT AS n FROM functional_items f JOIN documents d USING (doc_id) GROUP BY 1 ORDER BY 1`,
		)
	).getRowObjectsJS();
	conn.closeSync();
	return { docs, errors, functional };
};

beforeAll(() => {
	expect(GOOD).toHaveLength(2);
	mkdirSync(input);
	for (const f of GOOD) copyFileSync(join(RAW_DIR, f), join(input, f));
	symlinkSync('nowhere.txt', join(input, 'dangling.txt'));
	symlinkSync('loop-b.txt', join(input, 'loop-a.txt'));
	symlinkSync('loop-a.txt', join(input, 'loop-b.txt'));
	symlinkSync('dir-b', join(input, 'dir-a'));
	symlinkSync('dir-a', join(input, 'dir-b'));
	symlinkSync('.', join(input, 'here'));
	symlinkSync('..', join(input, 'up'));
	// A plain sub-folder is not a document: not read, not reported (as before).
	mkdirSync(join(input, 'notes'));
	writeFileSync(join(input, 'notes', 'a.txt'), 'x');
	// Not a disclosure either: if this process can read it (root), it is rejected for its content.
	writeFileSync(join(input, 'locked.txt'), '某市某局\n2024年度部门预算公开\n');
	chmodSync(join(input, 'locked.txt'), 0o000);
	writeFileSync(join(input, 'huge-locked.txt'), '');
	truncateSync(join(input, 'huge-locked.txt'), MAX_BYTES + 1); // sparse
	chmodSync(join(input, 'huge-locked.txt'), 0o000);
	try {
		readFileSync(join(input, 'locked.txt'));
		bypassesPermissions = true;
	} catch {
		bypassesPermissions = false;
	}
});

describe('npm run ingest over entries that cannot be read', () => {
	it('finishes with exit 0, names every bad entry, and loads the good documents', async () => {
		const r = ingest(['--out', out, input]);
		expect(r.status, r.stderr).toBe(0);
		for (const f of [...GOOD, ...Object.keys(BAD)]) expect(r.stdout).toContain(f);

		const { docs, errors, functional } = await errorsOf(out);
		expect(docs.map((d) => d.source_file).sort()).toEqual([...GOOD, ...Object.keys(BAD)].sort());
		for (const d of docs) expect(String(d.doc_id), String(d.source_file)).not.toBe('');
		expect(docs.filter((d) => d.status === 'parsed').map((d) => d.source_file)).toEqual(GOOD);
		// One error row per bad entry, naming it and saying why.
		for (const [f, why] of Object.entries(BAD)) {
			const mine = errors.filter((e) => e.source_file === f);
			expect(mine, f).toHaveLength(1);
			expect(String(mine[0]!.message), f).toContain(f);
			expect(String(mine[0]!.message), f).toMatch(why);
		}
		expect(errors.filter((e) => GOOD.includes(String(e.source_file)))).toEqual([]);
		// Both good documents have their tables.
		expect(functional.map((f) => f.source_file)).toEqual(GOOD);
		for (const f of functional) expect(f.n).toBeGreaterThan(100);
	});

	it('reports a file without read permission as such', async (ctx) => {
		if (!bypassesPermissions) {
			const { errors } = await errorsOf(out);
			const locked = errors.filter((e) => e.source_file === 'locked.txt');
			expect(locked).toHaveLength(1);
			expect(String(locked[0]!.message)).toMatch(/没有读取权限.*permission denied/);
			expect(locked[0]!.check).toBe('unreadable');
			return;
		}
		// Root reads a chmod 000 file: run ingest once more as an unprivileged user, if it can run.
		const nobody = 65534;
		const probe = spawnSync(
			process.execPath,
			['-e', `require('fs').readFileSync(${JSON.stringify(SCRIPT)})`],
			{ uid: nobody, gid: nobody },
		);
		if (probe.status !== 0)
			ctx.skip(
				'runs as root (chmod 000 is still readable) and an unprivileged user cannot read the checkout',
			);
		chmodSync(work, 0o755);
		chmodSync(input, 0o755);
		const out2 = join(work, 'out-unprivileged');
		mkdirSync(out2);
		chmodSync(out2, 0o777);
		const r = ingest(['--out', out2, input], { uid: nobody, gid: nobody });
		expect(r.status, r.stderr).toBe(0);
		const { docs, errors } = await errorsOf(out2);
		expect(docs.filter((d) => d.status === 'parsed').map((d) => d.source_file)).toEqual(GOOD);
		const locked = errors.filter((e) => e.source_file === 'locked.txt');
		expect(locked).toHaveLength(1);
		expect(String(locked[0]!.message)).toMatch(/locked\.txt：没有读取权限.*permission denied/);
		// Refused from its size alone: opening it would have failed for want of permission.
		const huge = errors.filter((e) => e.source_file === 'huge-locked.txt');
		expect(huge.map((e) => e.check)).toEqual(['too_large']);
	});
});
