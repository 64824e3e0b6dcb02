/**
 * A static server for the built dashboard on 127.0.0.1: explicit content types, identity encoding
 * for data (vite preview gzips unknown types on the fly and ignores Range), and the precompressed
 * .gz of large assets (the 34 MB DuckDB wasm is 8 MB gzipped) when the browser accepts gzip.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

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

/** Starts serving `root`; resolves with the URL once listening (port 0 picks a free port). */
export function serve(root, { port = 0, host = '127.0.0.1' } = {}) {
	const base = resolve(root);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = normalize(join(base, decodeURIComponent(url.pathname)));
		if (!path.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
			return;
		}
		const headers = {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
		};
		const gz = `${path}.gz`;
		if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(gz)) {
			res.writeHead(200, {
				...headers,
				'content-encoding': 'gzip',
				'content-length': statSync(gz).size,
				vary: 'accept-encoding',
			});
			createReadStream(gz).pipe(res);
			return;
		}
		res.writeHead(200, { ...headers, 'content-length': statSync(path).size });
		if (req.method === 'HEAD') res.end();
		else createReadStream(path).pipe(res);
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
