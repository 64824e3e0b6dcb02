import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 180_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/{golden,parse,build,queries}/**/*.test.ts'], environment: 'node' } },
			{
				extends: true,
				plugins: [svelte()],
				resolve: { conditions: ['browser'] },
				test: { name: 'components', include: ['test/charts/**/*.test.ts', 'test/state/**/*.test.ts'], environment: 'jsdom' },
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/e2e/setup.ts'],
					environment: 'node',
					testTimeout: 120_000,
					// One browser at a time on a 2-core machine.
					fileParallelism: false,
					// A chart settles within a second on an idle machine, but not while other work
					// shares the two cores: polls wait up to 15 s (they return as soon as they hold).
					expect: { poll: { timeout: 15_000 } },
				},
			},
		],
	},
});
