import { defineConfig } from 'vitest/config';

// Four suites, one command: `npm test` runs them all. They are separate projects so CI can
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
        // The simulated AWS world: the matrix of every way a rollout ends, crashes at every call,
        // randomized runs with faults. Virtual time: a 45-minute rollout takes milliseconds.
        test: {
          name: 'simulation',
          include: ['test/sim/**/*.test.ts'],
          testTimeout: 60_000,
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
