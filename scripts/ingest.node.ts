/**
 * npm run ingest: the build's ingest (parse → Parquet + Arrow + sources) plus the small summary the
 * dashboard draws its first view from, computed by the same query functions the page runs live, so
 * the hand-over from summary to live queries shows the same rows.
 */
import { main, exitWith } from '../src/build/ingest.node.js';
import { connect, loadDataset, nodeRunner } from '../src/build/duck.node.js';
import { documentList } from '../src/queries/documentList.js';
import { headlines } from '../src/queries/headlines.js';
import { ALL } from '../src/queries/scope.js';

main(process.argv.slice(2), async ({ dataset }) => {
	const conn = await connect();
	try {
		await loadDataset(conn, dataset);
		const db = nodeRunner(conn);
		const summary = { documents: await documentList(db, ALL), headlines: await headlines(db, ALL) };
		return { 'summary.json': JSON.stringify(summary) };
	} finally {
		conn.closeSync();
	}
}).catch(exitWith);
