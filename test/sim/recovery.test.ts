/**
 * The canary's defaults in a world with real ALB timing (60-second metrics delivered one to a few
 * minutes late, none for a side without requests): a healthy release is promoted, not rolled back
 * for want of data; one that turns faulty mid-step is rolled back and all traffic restored. The
 * time that takes is a figure, measured by `npm run bench`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { faultToRestore } from './matrix/recovery.js';

const SEEDS = [1, 2, 3, 4, 5];

describe("the canary's defaults under real ALB timing", () => {
  it.each(SEEDS)('seed %i: a healthy release is promoted', async (seed) => {
    const outcome = await faultToRestore(seed, 'real', false);
    expect(outcome.result).toBe('promoted');
  });

  it.each(SEEDS)('seed %i: a release that turns faulty mid-step is rolled back, all traffic on blue', async (seed) => {
    const outcome = await faultToRestore(seed, 'real');
    expect(outcome.result).toBe('rolled-back');
    expect(outcome.restoredAfterMs).toBeGreaterThan(0);
  });
});
