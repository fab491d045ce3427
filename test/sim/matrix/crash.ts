/**
 * Crash at every call: the deploying step of each shape is stopped dead at each of its AWS calls
 * in turn (the runner's machine lost, the process OOM-killed: no post step, no signal), then a
 * person does what they would do next — re-runs the workflow, or dispatches the rollback
 * workflow. The invariants of the matrix must hold every time.
 *
 * A call that changes something is stopped both before it reaches AWS and after AWS carried it
 * out (the answer lost). A read is stopped before it is sent only: a read that reached AWS
 * changed nothing, so stopping after it leaves the same world a few milliseconds later.
 */
import type { KillPlan } from '../client.js';
import { release } from '../scenarios.js';
import { HEALTHY } from '../world/versions.js';
import type { Played } from './endings.js';
import { deployJob, play, rollbackJob, settle, setUp } from './endings.js';
import type { ShapeName } from './shapes.js';
import { imagesInFlight } from './world-view.js';

export type NextStep = 're-run' | 'rollback';

export interface CrashPoint extends KillPlan {
  readonly operation: string;
}

/** Operations that only read: Describe*, List*, Get*. */
const READ = /^(Describe|List|Get)/;

/** The deploy step's process in a workflow run (see github/workflow.ts). */
function deployProcess(shape: ShapeName, attempt: number): string {
  return `deploy run 100.${attempt} ${shape === 'pair' ? 'canary' : 'ecs-deploy'}`;
}

/** Every place to stop the deploying step of a healthy rollout of this shape, in call order. */
export async function crashPoints(shape: ShapeName): Promise<CrashPoint[]> {
  const healthy = await play(shape, 'healthy', { seed: 1 });
  const process = deployProcess(shape, 1);
  const operations = healthy.world.calls
    .filter((c) => c.process === process && c.attempt === 1)
    .map((c) => c.operation);
  return operations.flatMap((operation, index): CrashPoint[] => {
    const atCall = index + 1;
    if (READ.test(operation)) return [{ atCall, when: 'before', operation }];
    return [
      { atCall, when: 'before', operation },
      { atCall, when: 'after', operation },
    ];
  });
}

export interface CrashPlayed extends Pick<Played, 'world' | 'built' | 'end' | 'untruths' | 'steps' | 'results'> {
  /** Whether the deploy step was in fact stopped at this point (the rollout took the same path). */
  readonly killed: boolean;
  /** Whether tasks of the release were running when the person acted: something to go back from. */
  readonly releaseInFlight: boolean;
}

/** Stops the deploy at `point`, then does `next`; the world is left to settle. */
export async function playCrash(shape: ShapeName, point: KillPlan, next: NextStep, seed = 1): Promise<CrashPlayed> {
  const { world, built } = setUp(shape, seed);
  const image = release(world, 'release-2.0', HEALTHY);
  const first = await deployJob(world, built, image, { kill: point });
  const releaseInFlight = imagesInFlight(world, built.services).has(image);
  const second =
    next === 're-run' ? await deployJob(world, built, image, { attempt: 2 }) : await rollbackJob(world, built);
  await settle(world);
  const jobs = [first.job, second.job];
  return {
    world,
    built,
    // A re-run finishes the release; a rollback goes back to a version that was healthy: the one
    // before the release, or, when the release never took traffic, the one before that (the
    // claims check then holds it to what it says it did).
    end: next === 're-run' ? { live: image } : { live: undefined },
    untruths: [...first.lies, ...second.lies],
    steps: jobs.flatMap((job) => job.steps),
    results: jobs.map((job) => (job.status === 'killed' ? '(killed)' : (job.outputs.result ?? ''))),
    killed: first.job.status === 'killed',
    releaseInFlight,
  };
}

/**
 * The results a person must read after the crash and the next step. A re-run finishes the release.
 * The rollback workflow goes back from the release when it was in flight; when the killed deploy
 * never started it, the version running is the one before the release, the rollback would go back
 * further still, and here there is nothing further: it must refuse, before any change, saying why.
 */
export function expectedResults(shape: ShapeName, next: NextStep, played: CrashPlayed): readonly string[] {
  if (next === 're-run') return ['(killed)', shape === 'pair' ? 'promoted' : 'deployed'];
  return ['(killed)', played.releaseInFlight ? 'rolled-back' : 'failed'];
}
