/**
 * A healthy release deployed right after a faulty one was rolled back goes to the same idle side
 * (a pair's other service, or the group ECS alternates to), whose last minutes are the faulty
 * release's 8 % 5xx, still in every lookback. Only periods that began after this release took
 * traffic are judged, so the retry is promoted rather than failed on its predecessor's errors.
 */
import { describe, expect, it } from 'vitest';
import { deployJob, deployStep, settle, setUp } from './matrix/endings.js';
import { violations } from './matrix/invariants.js';
import { release } from './scenarios.js';
import { FAULTY, HEALTHY } from './world/versions.js';

describe('a healthy retry right after a faulty release was rolled back', () => {
  it.each([
    { shape: 'pair' as const, success: 'promoted' },
    { shape: 'blue-green' as const, success: 'deployed' },
  ])('$shape: the retry is judged on its own minutes and goes out', async ({ shape, success }) => {
    const { world, built } = setUp(shape, 11);
    const faulty = await deployJob(world, built, release(world, 'faulty-2.0', FAULTY), { runId: 600 });
    expect(deployStep(faulty.job)?.outputs.result).toBe('rolled-back');

    const healthy = release(world, 'release-2.1', HEALTHY);
    const retry = await deployJob(world, built, healthy, { runId: 601 });
    await settle(world);

    expect(deployStep(retry.job)?.outputs.result, deployStep(retry.job)?.failure).toBe(success);
    expect([...violations(world, built, { live: healthy }), ...faulty.lies, ...retry.lies]).toEqual([]);
  });
});
