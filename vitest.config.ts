import { defineConfig } from 'vitest/config';

// Three suites, one command: `npm test` runs them all. They are separate projects so CI can
// re-run the bundle suite alone under Node 24 (the runtime GitHub uses for node24 actions).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'actions/**/*.test.ts', 'test/metadata/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'bundle',
          include: ['test/bundle/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
