/**
 * Benchmark of the simulated AWS world (test/sim). Prints one JSON object:
 *   matrix     the matrix of every way a rollout ends: cells, cells not applicable, wall time
 *   crash      crash at every call: places per shape, plays (each place × re-run and rollback), wall time
 *   random     randomized runs with faults: runs, wall time, rollouts per second, simulated
 *              hours per wall-clock second
 *   races      two deploys at the same instant: races per target, wall time
 *   recovery   fault onset to all traffic back on the live side, seconds of virtual time, per
 *              world: real ALB timing with the canary's defaults, and the ideal 10-second world
 *              earlier figures assumed
 *
 * Built with ncc and run with node by the project's bench (scripts/bench.mjs), like judge.ts.
 * Every run is seeded: the figures of the virtual world replay exactly; wall times do not.
 */
import { ENDINGS, NOT_APPLICABLE, play } from '../../test/sim/matrix/endings.js';
import { crashPoints, playCrash, type NextStep } from '../../test/sim/matrix/crash.js';
import { drawRun, playRandom } from '../../test/sim/matrix/random.js';
import { race } from '../../test/sim/matrix/races.js';
import { faultToRestore, type Timing } from '../../test/sim/matrix/recovery.js';
import { SHAPES } from '../../test/sim/matrix/shapes.js';

const RANDOM_RUNS = 500;
const RACES = 100;
const RECOVERY_RUNS = 30;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function matrix() {
  const cells = SHAPES.flatMap((shape) =>
    ENDINGS.filter((ending) => NOT_APPLICABLE[`${shape} × ${ending}`] === undefined).map((ending) => ({
      shape,
      ending,
    })),
  );
  const { ms } = await timed(async () => {
    for (const cell of cells) await play(cell.shape, cell.ending, { seed: 1 });
  });
  return {
    shapes: SHAPES.length,
    endings: ENDINGS.length,
    cells: cells.length,
    notApplicable: Object.keys(NOT_APPLICABLE).length,
    ms,
  };
}

async function crash() {
  const perShape: Record<string, number> = {};
  let plays = 0;
  const { ms } = await timed(async () => {
    for (const shape of SHAPES) {
      const points = await crashPoints(shape);
      perShape[shape] = points.length;
      for (const point of points) {
        for (const next of ['re-run', 'rollback'] as NextStep[]) {
          await playCrash(shape, point, next);
          plays += 1;
        }
      }
    }
  });
  return { placesPerShape: perShape, plays, ms };
}

async function random() {
  let simulatedMs = 0;
  let rescued = 0;
  const { ms } = await timed(async () => {
    for (let seed = 1; seed <= RANDOM_RUNS; seed++) {
      const outcome = await playRandom(drawRun(seed));
      simulatedMs += outcome.simulatedMs;
      if (outcome.rescued) rescued += 1;
    }
  });
  return {
    runs: RANDOM_RUNS,
    ms,
    rolloutsPerSecond: RANDOM_RUNS / (ms / 1000),
    simulatedHoursPerSecond: simulatedMs / 3_600_000 / (ms / 1000),
    rescuedByTheRollbackWorkflow: rescued,
  };
}

async function races() {
  const { ms } = await timed(async () => {
    for (let i = 0; i < RACES; i++) {
      await race('pair', 7_000 + i);
      await race('rolling', 7_000 + i);
    }
  });
  return { perTarget: RACES, targets: ['listener (pair)', 'service (rolling)'], ms };
}

async function recovery(timing: Timing) {
  const seconds: number[] = [];
  let missed = 0;
  for (let seed = 1; seed <= RECOVERY_RUNS; seed++) {
    const outcome = await faultToRestore(seed, timing);
    if (outcome.restoredAfterMs === undefined) missed += 1;
    else seconds.push(outcome.restoredAfterMs / 1000);
  }
  seconds.sort((a, b) => a - b);
  const at = (q: number): number => seconds[Math.min(seconds.length - 1, Math.floor(q * seconds.length))] ?? NaN;
  return {
    runs: RECOVERY_RUNS,
    notRestored: missed,
    median: at(0.5),
    p90: at(0.9),
    min: seconds[0],
    max: seconds.at(-1),
  };
}

const results = {
  matrix: await matrix(),
  crash: await crash(),
  random: await random(),
  races: await races(),
  recovery: { real: await recovery('real'), ideal: await recovery('ideal') },
};
console.log(JSON.stringify(results));
