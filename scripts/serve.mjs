/**
 * A static server for the built dashboard on 127.0.0.1: explicit content types, identity encoding
 * for data (vite preview gzips unknown types on the fly and ignores Range), and the precompressed
 * .gz of large assets (the 34 MB DuckDB wasm is 8 MB gzipped) when the browser accepts gzip.
 *
 * Hardened: GET and HEAD only; a path that does not decode is a 400; a path is served only if its
 * real path (symlinks resolved) lies inside the served folder; every response carries the
 * Content-Security-Policy below and the other security headers; a failure answers 500 and the
 * server lives on.
 */
import { createServer } from 'node:http';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.wasm': 'application/wasm',
	'.json': 'application/json; charset=utf-8',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.parquet': 'application/vnd.apache.parquet',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.map': 'application/json',
};

/**
 * What the dashboard needs and nothing more (test/e2e/csp.test.ts drives every view, the source
 * viewer, a PDF import and the audit exports under it and expects no violation):
 * - script-src 'wasm-unsafe-eval': DuckDB-WASM compiles its wasm (in its worker, which gets this
 *   same header with its script). No inline script.
 *   No 'unsafe-eval': imported rows become Arrow columns without apache-arrow's builders, which
 *   compile code with Function() (src/schema/arrow.ts).
 * - worker-src 'self': DuckDB's, PDF.js's and the import's workers are scripts of our own build.
 * - connect-src 'self': the dataset, the wasm, the documents — all fetched from our origin.
 * - img-src data: blob:: the favicon is `data:,`; a chart's PNG download draws its SVG from a blob: URL.
 * - style-src 'unsafe-inline': the audit report (src/views/quality/auditReport.ts) is printed from
 *   a srcdoc iframe, which inherits this policy, and carries its stylesheet inline (the app itself
 *   sets styles only through the CSSOM, which CSP does not govern). Its inline onclick="print()" stays
 *   blocked: the button is hidden when printing and the frame is never shown.
 * - no frame-src: the srcdoc iframe loads nothing, so default-src 'self' is enough.
 * - object-src, base-uri, form-action, frame-ancestors: nothing of the kind is used; deny.
 */
export const CSP = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"worker-src 'self'",
	"connect-src 'self'",
	"img-src 'self' data: blob:",
	"style-src 'self' 'unsafe-inline'",
	"font-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-ancestors 'none'",
].join('; ');

/** Sent with every response, errors included. */
export const SECURITY_HEADERS = {
	'content-security-policy': CSP,
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'cross-origin-opener-policy': 'same-origin',
};

/** Starts serving `root`; resolves with the URL once listening (port 0 picks a free port). */
export function serve(root, { port = 0, host = '127.0.0.1' } = {}) {
	const base = realpathSync(resolve(root));
	const inside = (p) => p === base || p.startsWith(base + sep);
	/** The real path of `p` if it is a file inside the served folder, else null. */
	const fileInside = (p) => {
		try {
			const real = realpathSync(p);
			return inside(real) && statSync(real).isFile() ? real : null;
		} catch {
			return null;
		}
	};

	const server = createServer((req, res) => {
		const head = req.method === 'HEAD';
		const send = (status, headers = {}, body = '') => {
			const text = body || (status >= 400 ? `${status}\n` : '');
			res.writeHead(status, {
				...SECURITY_HEADERS,
				'content-type': 'text/plain; charset=utf-8',
				'content-length': Buffer.byteLength(text),
				...headers,
			});
			res.end(head ? undefined : text);
		};
		try {
			if (req.method !== 'GET' && !head) return send(405, { allow: 'GET, HEAD' });
			let path;
			try {
				path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
			} catch {
				return send(400);
			}
			// `..` can only be here percent-encoded (the URL parser resolves the plain ones); a
			// backslash or NUL has no business in a file name we serve.
			if (/[\\\0]/.test(path) || path.split('/').includes('..')) return send(403);
			let file = join(base, path);
			if (!inside(file)) return send(403);
			try {
				if (statSync(file).isDirectory()) file = join(file, 'index.html');
			} catch {
				return send(404);
			}
			const real = fileInside(file);
			if (!real) return send(404);
			const headers = {
				...SECURITY_HEADERS,
				'content-type': TYPES[extname(real)] ?? 'application/octet-stream',
				'cache-control': 'no-cache',
			};
			const gz = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && fileInside(`${real}.gz`);
			const body = gz || real;
			if (gz) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
			res.writeHead(200, { ...headers, 'content-length': statSync(body).size });
			if (head) res.end();
			else
				createReadStream(body)
					.on('error', () => res.destroy())
					.pipe(res);
		} catch {
			if (res.headersSent) res.destroy();
			else send(500);
		}
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const { port: p } = server.address();
			resolvePromise({
				url: `http://${host}:${p}/`,
				close: () => new Promise((r) => server.close(r)),
				server,
			});
		});
	});
}
