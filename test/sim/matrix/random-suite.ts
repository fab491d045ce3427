/**
 * One batch of randomized runs (see random.ts). Each CI run draws new seeds; a failing run's name
 * carries its seed, and SIM_SEED=<seed> replays just that one:
 *   SIM_SEED=123456 npx vitest run --project simulation test/sim/random
 * SIM_SEED_BASE=<n> replays a whole batch; SIM_RUNS sets the runs per batch.
 */
import { describe, expect, it } from 'vitest';
import { describeRun, drawRun, playRandom } from './random.js';

export const RUNS_PER_BATCH = Number(process.env.SIM_RUNS ?? 500);

export function randomSuite(batch: number): void {
  const replay = process.env.SIM_SEED === undefined ? undefined : Number(process.env.SIM_SEED);
  if (replay !== undefined) {
    if (batch === 1) it(describeRun(drawRun(replay)), () => check(replay));
    else it.skip(`SIM_SEED=${replay} replays in batch 1`, () => undefined);
    return;
  }
  const base = process.env.SIM_SEED_BASE
    ? Number(process.env.SIM_SEED_BASE) + (batch - 1) * RUNS_PER_BATCH
    : Math.floor(Math.random() * 2 ** 31);
  const seeds = Array.from({ length: RUNS_PER_BATCH }, (_, i) => base + i);
  describe(`batch ${batch}: ${RUNS_PER_BATCH} runs from seed ${base}`, () => {
    it.each(seeds.map((seed) => ({ seed, name: describeRun(drawRun(seed)) })))('$name', ({ seed }) => check(seed));
  });
}

async function check(seed: number): Promise<void> {
  const outcome = await playRandom(drawRun(seed));
  expect(outcome.problems, `replay: SIM_SEED=${seed}\n${outcome.story}`).toEqual([]);
}
