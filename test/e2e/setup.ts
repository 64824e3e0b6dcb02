/**
 * Global setup of the browser tests: build what is out of date (dataset, app) and serve dist/ on a
 * free port of 127.0.0.1 for the whole run.
 */
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script without types
import { build } from '../../scripts/build.mjs';
// @ts-expect-error plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	// E2E_DIST: serve an already built folder (lets several people test their own builds at once).
	const dist = process.env.E2E_DIST ?? (build({ log: () => undefined }) as string);
	const server = (await serve(dist, { port: 0 })) as { url: string; close: () => Promise<void> };
	project.provide('baseURL', server.url);
	return () => server.close();
}
