/**
 * scripts/serve.mjs holds: bad percent-encoding is a 400, nothing outside the served folder is ever
 * sent (encoded `..`, backslashes, NUL, symlinks out), only GET and HEAD, HEAD without a body, and
 * the security headers on every response — the server still answering after each refusal.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM script without types
import { serve, CSP } from '../../scripts/serve.mjs';

type Reply = {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
};

/** A raw request: the path goes out exactly as written (fetch would normalise it). */
function get(url: string, path: string, method = 'GET'): Promise<Reply> {
	const { hostname, port } = new URL(url);
	return new Promise((resolve, reject) => {
		const req = request({ hostname, port, path, method }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode!,
					headers: res.headers,
					body: Buffer.concat(chunks).toString('utf8'),
				}),
			);
		});
		req.on('error', reject);
		req.end();
	});
}

const SECRET = 'outside the served folder';
const work = mkdtempSync(join(tmpdir(), 'serve-test-'));
/** Served: `dist/`; beside it `dist-x/` (a name sharing the prefix) and a secret file. */
const root = join(work, 'dist');
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	mkdirSync(join(root, 'assets'), { recursive: true });
	mkdirSync(join(work, 'dist-x'));
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>budget-lens</title>');
	writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);\n');
	writeFileSync(join(root, 'assets', 'big.wasm'), 'plain');
	writeFileSync(join(root, 'assets', 'big.wasm.gz'), 'gzipped');
	writeFileSync(join(work, 'dist-x', 'secret.txt'), SECRET);
	writeFileSync(join(work, 'secret.txt'), SECRET);
	symlinkSync(join(work, 'dist-x', 'secret.txt'), join(root, 'link.txt'));
	symlinkSync(join(work, 'dist-x'), join(root, 'linkdir'));
	server = await serve(root, { port: 0 });
});
afterAll(async () => {
	await server?.close();
	rmSync(work, { recursive: true, force: true });
});

function expectSecurityHeaders(r: Reply): void {
	expect(r.headers['content-security-policy']).toBe(CSP);
	expect(r.headers['x-content-type-options']).toBe('nosniff');
	expect(r.headers['referrer-policy']).toBe('no-referrer');
	expect(r.headers['cross-origin-opener-policy']).toBe('same-origin');
}

/** The server still serves a normal request. */
async function stillAlive(): Promise<void> {
	const r = await get(server.url, '/assets/app.js');
	expect(r.status).toBe(200);
	expect(r.body).toBe('console.log(1);\n');
}

describe('scripts/serve.mjs', () => {
	it('serves files and the index with their types and the security headers', async () => {
		const index = await get(server.url, '/');
		expect(index.status).toBe(200);
		expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(index.body).toContain('budget-lens');
		expectSecurityHeaders(index);
		const js = await get(server.url, '/assets/app.js?v=1');
		expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
		expectSecurityHeaders(js);
	});

	it('the policy keeps to our origin and denies plugins, base, forms and framing', () => {
		const directives = new Map<string, string>(
			(CSP as string).split('; ').map((d) => [d.split(' ')[0]!, d] as [string, string]),
		);
		expect(directives.get('default-src')).toBe("default-src 'self'");
		for (const d of ['object-src', 'base-uri', 'form-action', 'frame-ancestors'])
			expect(directives.get(d)).toBe(`${d} 'none'`);
		for (const d of directives.values()) {
			expect(d).not.toMatch(/\bhttps?:|\*/);
			if (d.startsWith('script-src')) expect(d).not.toContain("'unsafe-inline'");
		}
	});

	it.each(['/%', '/%E0%A4%A', '/assets/%zz.js', '/%C0%AE%C0%AE/secret.txt'])(
		'answers 400 to the malformed %s and lives on',
		async (path) => {
			const r = await get(server.url, path);
			expect(r.status).toBe(400);
			expectSecurityHeaders(r);
			await stillAlive();
		},
	);

	it.each([
		'/..%2fdist-x/secret.txt',
		'/..%2f..%2fsecret.txt',
		'/%2e%2e%2fdist-x/secret.txt',
		'/assets/..%2f..%2fdist-x/secret.txt',
		'/%2e%2e/dist-x/secret.txt',
		'/../dist-x/secret.txt',
		'/..%5cdist-x%5csecret.txt',
		'/%5c..%5csecret.txt',
		'/index.html%00.js',
		'/%00',
		'/link.txt',
		'/linkdir/secret.txt',
		'/linkdir/',
		'//etc/passwd',
	])('never sends a file outside the root for %s', async (path) => {
		const r = await get(server.url, path);
		expect([403, 404]).toContain(r.status);
		expect(r.body).not.toContain(SECRET);
		expectSecurityHeaders(r);
		await stillAlive();
	});

	it('answers 404 for a missing file, with the security headers', async () => {
		const r = await get(server.url, '/nope.js');
		expect(r.status).toBe(404);
		expectSecurityHeaders(r);
	});

	it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])(
		'refuses %s with 405 and Allow: GET, HEAD',
		async (method) => {
			const r = await get(server.url, '/', method);
			expect(r.status).toBe(405);
			expect(r.headers.allow).toBe('GET, HEAD');
			expectSecurityHeaders(r);
			await stillAlive();
		},
	);

	it('answers HEAD with the headers of GET and no body, plain or gzipped', async () => {
		const head = await get(server.url, '/assets/app.js', 'HEAD');
		expect(head.status).toBe(200);
		expect(head.headers['content-length']).toBe(String('console.log(1);\n'.length));
		expect(head.body).toBe('');
		expectSecurityHeaders(head);
		const gz = await new Promise<Reply>((resolve, reject) => {
			const { hostname, port } = new URL(server.url);
			request(
				{
					hostname,
					port,
					path: '/assets/big.wasm',
					method: 'HEAD',
					headers: { 'accept-encoding': 'gzip' },
				},
				(res) => {
					let body = '';
					res.on('data', (c) => (body += c));
					res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
				},
			)
				.on('error', reject)
				.end();
		});
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gz.headers['content-length']).toBe(String('gzipped'.length));
		expect(gz.body).toBe('');
		const notFound = await get(server.url, '/nope.js', 'HEAD');
		expect(notFound.status).toBe(404);
		expect(notFound.body).toBe('');
	});
});
