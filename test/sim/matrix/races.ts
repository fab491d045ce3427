/**
 * Two deploys of one thing started at the same instant: two workflow runs of deploy.yml (say, two
 * merges a second apart) on one listener's blue/green pair, or on one service. The network's
 * latency differs call by call with the seed, so each race interleaves the two runs differently.
 * Exactly one may proceed; the other must be refused before it changes anything, naming the
 * holder; and the world ends as the winner's deploy leaves it.
 */
import type { StepResult } from '../github/step.js';
import { release } from '../scenarios.js';
import { HEALTHY } from '../world/versions.js';
import { deployStep, settle, setUp, startDeploy } from './endings.js';
import { violations } from './invariants.js';
import type { ShapeName } from './shapes.js';

export interface Race {
  readonly steps: readonly (StepResult | undefined)[];
  /** Broken invariants after both runs ended. */
  readonly problems: readonly string[];
  /** Task-definition revisions registered during the race. */
  readonly registered: number;
}

export async function race(shape: ShapeName, seed: number): Promise<Race> {
  const { world, built } = setUp(shape, seed);
  const image = release(world, 'release-2.0', HEALTHY);
  const before = world.ecs.taskDefinitions.size;
  const jobs = await world.run(
    Promise.all([startDeploy(world, built, image, { runId: 500 }), startDeploy(world, built, image, { runId: 501 })]),
  );
  await settle(world);
  return {
    steps: jobs.map(deployStep),
    problems: violations(world, built, { live: image }),
    registered: world.ecs.taskDefinitions.size - before,
  };
}

/** The holder a run's lease names (the run's URL and attempt, as the actions build it). */
export function holderOf(runId: number): string {
  return `https://github.com/org/order-router/actions/runs/${runId} attempt 1`;
}
