/**
 * Randomized runs: a shape, an ending and the weather drawn from one seed — throttling, 5xx
 * answers, connections dropped before or after AWS acted, ECS reads that lag, a regional
 * brown-out of one service, a job whose AWS session ends part-way. Whatever happens:
 * - every claim a step makes is true (invariants.untruths), and no failure is reported as a bug;
 * - once the actions have ended the invariants hold, or a step failed, so a person knows to act;
 *   then the rollback workflow, dispatched once the weather has cleared, restores them.
 * The seed replays a run exactly: SIM_SEED=<seed> runs that one alone (see test/sim/random).
 */
import { mulberry32 } from '../../support/seeded-random.js';
import { NO_FAULTS, type FaultPlan, type KillPlan } from '../client.js';
import type { SimService } from '../errors.js';
import { ENDINGS, NOT_APPLICABLE, play, rollbackJob, settle, type EndingName, type Played } from './endings.js';
import { violations } from './invariants.js';
import { SHAPES, type ShapeName } from './shapes.js';

export interface RandomRun {
  readonly seed: number;
  readonly shape: ShapeName;
  readonly ending: EndingName;
  readonly faults: FaultPlan;
  readonly ecsReadLagMs: number;
  /** configure-aws-credentials' role-duration-seconds for the deploy jobs. */
  readonly sessionSeconds: number;
  readonly kill?: KillPlan;
}

const MINUTE = 60_000;
const SERVICES: readonly SimService[] = ['ecs', 'elbv2', 'cloudwatch'];
/** The virtual start of every play (see endings.play): outages are placed relative to it. */
const PLAY_START = Date.parse('2026-11-23T14:00:00Z');

/** Draws one run from its seed; the same seed always draws the same run. */
export function drawRun(seed: number): RandomRun {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + random() * (high - low);
  const shape = pick(SHAPES);
  const ending = pick(ENDINGS.filter((e) => NOT_APPLICABLE[`${shape} × ${e}`] === undefined));
  const outage =
    random() < 0.25
      ? [
          {
            service: pick(SERVICES),
            from: PLAY_START + Math.round(between(2, 40) * MINUTE),
            to: 0,
            kind: pick(['throttle', 'unavailable'] as const),
          },
        ].map((o) => ({ ...o, to: o.from + Math.round(between(20_000, 180_000)) }))
      : [];
  const faults: FaultPlan = {
    throttle: between(0, 0.15),
    unavailable: between(0, 0.05),
    dropBefore: between(0, 0.02),
    dropAfter: between(0, 0.02),
    outages: outage,
  };
  return {
    seed,
    shape,
    ending,
    faults,
    ecsReadLagMs: random() < 0.5 ? 0 : Math.round(between(500, 5_000)),
    // One in five jobs gets a session shorter than its rollout: it ends part-way.
    sessionSeconds: random() < 0.2 ? Math.round(between(900, 2_400)) : 3_600,
    kill:
      ending === 'killed without warning, then re-run'
        ? { atCall: 1 + Math.floor(random() * 120), when: pick(['before', 'after'] as const) }
        : undefined,
  };
}

export function describeRun(run: RandomRun): string {
  const f = run.faults;
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const outage = f.outages?.[0];
  return [
    `seed ${run.seed}: ${run.shape} × ${run.ending}`,
    `throttle ${pct(f.throttle)}, 5xx ${pct(f.unavailable)}, drops ${pct(f.dropBefore)}/${pct(f.dropAfter)}`,
    run.ecsReadLagMs ? `ECS reads ${run.ecsReadLagMs} ms behind` : '',
    outage ? `${outage.service} ${outage.kind} for ${Math.round((outage.to - outage.from) / 1000)} s` : '',
    run.sessionSeconds < 3_600 ? `session ${run.sessionSeconds} s` : '',
    run.kill ? `killed ${run.kill.when} call ${run.kill.atCall}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export interface RandomOutcome {
  /** What went wrong; empty when the run upheld every rule. */
  readonly problems: readonly string[];
  /** Each step's result, for a failing run's report. */
  readonly story: string;
  /** Whether the rollback workflow had to be dispatched to restore the invariants. */
  readonly rescued: boolean;
  /** Virtual time the run covered, settling included. */
  readonly simulatedMs: number;
}

export async function playRandom(run: RandomRun): Promise<RandomOutcome> {
  const played = await play(run.shape, run.ending, {
    seed: run.seed,
    faults: run.faults,
    ecsReadLagMs: run.ecsReadLagMs,
    kill: run.kill,
    deployExtra: { 'role-duration-seconds': String(run.sessionSeconds) },
  });
  // The matrix's own expectation that a deploy holds is about the script, not a claim: under
  // faults a deploy may fail before it gets there.
  const claims = played.untruths.filter((u) => !u.startsWith('expected the deploy to hold'));
  const problems = [...claims, ...bugsReported(played)];
  const broken = violations(played.world, played.built, played.end);
  let rescued = false;
  if (broken.length > 0) {
    // A mess is acceptable only when a person has been told: a step failed, or (for a lease left
    // behind, which only holds up other runs until it expires) a step said it could not release it.
    const failed = played.steps.some((s) => s.outcome === 'failure' || s.outcome === 'killed');
    const leaseWarned = played.steps.some((s) =>
      s.log.some((line) => line.level === 'warning' && line.message.startsWith('The lease could not be released')),
    );
    const unexplained = broken.filter((b) => !(leaseWarned && b.startsWith('a lease was left behind')));
    if (!failed && unexplained.length > 0)
      problems.push(`left unsafe while every step succeeded: ${unexplained.join('; ')}`);
    rescued = true;
    problems.push(...(await rescue(played)));
  }
  return { problems, story: story(played), rescued, simulatedMs: played.world.now() - played.world.ctx.startedAt };
}

/** The weather clears; a person dispatches the rollback workflow, which must restore the invariants. */
async function rescue(played: Played): Promise<string[]> {
  const { world, built } = played;
  world.faults = NO_FAULTS;
  const rollback = await rollbackJob(world, built);
  await settle(world);
  return [
    ...rollback.lies,
    ...violations(world, built, { live: undefined }).map((v) => `after the rollback workflow: ${v}`),
  ];
}

function bugsReported(played: Played): string[] {
  return played.steps.flatMap((s) =>
    s.log
      .filter((line) => line.message.includes('a bug in trading-actions'))
      .map((line) => `${s.action} ${s.kind} reported a bug: ${line.message.split('\n').slice(0, 3).join(' ')}`),
  );
}

function story(played: Played): string {
  return played.steps
    .map((s) => `${s.action} ${s.kind}: ${s.outcome} ${s.outputs.result ?? ''} ${s.failure ?? ''}`.trim())
    .join('\n');
}
