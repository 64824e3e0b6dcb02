/**
 * npm start: builds what is out of date (dataset, app), serves the dashboard on 127.0.0.1 and prints
 * its URL. PORT=… picks the port (default 4173, or the next free one).
 */
import { build } from './build.mjs';
import { serve } from './serve.mjs';

const dist = build();
const wanted = Number(process.env.PORT ?? 4173);
let server;
for (let port = wanted; port < wanted + 20 && !server; port++) {
	try {
		server = await serve(dist, { port });
	} catch (e) {
		if (e.code !== 'EADDRINUSE') throw e;
	}
}
if (!server) {
	console.error(`start: ports ${wanted}–${wanted + 19} are all in use; set PORT=…`);
	process.exit(1);
}
console.log(`预决算透视 budget-lens is running at ${server.url}  (Ctrl+C to stop)`);
