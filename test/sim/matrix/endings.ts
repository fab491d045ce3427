/**
 * Every way a rollout ends, played in the simulated world through the reusable workflows as a
 * team runs them: deploy.yml, then whatever a person does next (rollback.yml, a promote, a re-run).
 * Each play returns the world's final state to check and the steps whose claims to check.
 */
import type { FaultPlan, KillPlan } from '../client.js';
import { runStep, type StepResult } from '../github/step.js';
import { runWorkflowJob, type JobResult } from '../github/workflow.js';
import { GOOD_IMAGE, release } from '../scenarios.js';
import { World, MONDAY_14_UTC } from '../world/index.js';
import { CRASHING, FAULTY, HEALTHY } from '../world/versions.js';
import type { EndState } from './invariants.js';
import { stepStart, untruths } from './invariants.js';
import { build, errorRateChecks, type Built, type ShapeName } from './shapes.js';
import { routeWeights } from './world-view.js';

export type EndingName =
  | 'healthy'
  | 'gate fails'
  | 'ECS fails (circuit breaker)'
  | 'inconclusive'
  | 'deploy window closes'
  | 'cancelled, then the post step'
  | 'killed without warning, then re-run'
  | 'rollback while the deploy still runs'
  | 'rollback after the deploy ended'
  | 'promote while held';

export const ENDINGS: readonly EndingName[] = [
  'healthy',
  'gate fails',
  'ECS fails (circuit breaker)',
  'inconclusive',
  'deploy window closes',
  'cancelled, then the post step',
  'killed without warning, then re-run',
  'rollback while the deploy still runs',
  'rollback after the deploy ended',
  'promote while held',
];

/**
 * What the workflows' `result` outputs must say, job by job, for each ending (a shape's own
 * expectation overrides the ending's). These are the words a person reads on the Deployment.
 */
export const EXPECTED_RESULTS: Readonly<Record<EndingName, readonly string[]>> = {
  healthy: ['deployed'],
  'gate fails': ['rolled-back'],
  'ECS fails (circuit breaker)': ['rolled-back'],
  inconclusive: ['rolled-back'],
  'deploy window closes': ['held', 'rolled-back'],
  'cancelled, then the post step': ['cancelled'],
  'killed without warning, then re-run': ['(killed)', 'deployed'],
  'rollback while the deploy still runs': ['rolled-back', 'rolled-back'],
  'rollback after the deploy ended': ['deployed', 'rolled-back'],
  'promote while held': ['held', 'deployed'],
};

export const EXPECTED_RESULTS_BY_SHAPE: Readonly<Partial<Record<`${ShapeName} × ${EndingName}`, readonly string[]>>> = {
  // A pair's success is a promotion.
  'pair × healthy': ['promoted'],
  'pair × killed without warning, then re-run': ['(killed)', 'promoted'],
  'pair × rollback after the deploy ended': ['promoted', 'rolled-back'],
  'pair × promote while held': ['held', 'promoted'],
  // A rolling deploy has no pause: the window gates its start, and it finishes.
  'rolling × deploy window closes': ['deployed'],
  // The rollback comes in its final health gate, after its rollout succeeded: both are true.
  'rolling × rollback while the deploy still runs': ['deployed', 'rolled-back'],
};

/** Cells that do not exist, and why. */
export const NOT_APPLICABLE: Readonly<Partial<Record<`${ShapeName} × ${EndingName}`, string>>> = {
  'rolling × promote while held': 'a rolling deploy never holds: it has no pause at which a person decides',
};

export interface Played {
  readonly world: World;
  readonly built: Built;
  readonly end: EndState;
  /** Untrue claims found right after each job (see invariants.untruths). */
  readonly untruths: readonly string[];
  /** Every step result, for expectations and for the report of a failing cell. */
  readonly steps: readonly StepResult[];
  /** The deploy job's deploying step and the follow-up's, by name. */
  readonly deploy: StepResult | undefined;
  readonly followUp: StepResult | undefined;
  readonly jobs: readonly JobResult[];
  /** What each job (or a person's single step) said, in order: the workflows' `result` outputs. */
  readonly results: readonly string[];
}

/** A cell's world: seed, start time, the shape's stack. */
export function setUp(
  shape: ShapeName,
  seed: number,
  start = MONDAY_14_UTC,
  options: Pick<PlayOptions, 'faults' | 'ecsReadLagMs' | 'deployExtra'> = {},
): { world: World; built: Built } {
  const world = new World({ seed, start, faults: options.faults, ecsReadLagMs: options.ecsReadLagMs });
  const built = build(world, shape);
  const extra = options.deployExtra;
  if (!extra) return { world, built };
  // Every deploy job of the play gets these inputs too (a team's settings, like role-duration-seconds).
  return {
    world,
    built: { ...built, deployInputs: (image, more = {}) => built.deployInputs(image, { ...extra, ...more }) },
  };
}

export const deployStep = (job: JobResult): StepResult | undefined => job.byId['ecs-deploy'] ?? job.byId.canary;

/** The deploy job as deploy.yml runs it (not yet driven: the caller runs the world). */
export function startDeploy(
  world: World,
  built: Built,
  image: string,
  options: {
    extra?: Record<string, string>;
    attempt?: number;
    kill?: KillPlan;
    cancelOn?: Promise<unknown>;
    lies?: string[];
    /** The workflow run's id (100 unless two runs must differ). */
    runId?: number;
  } = {},
): Promise<JobResult> {
  return runWorkflowJob(world, {
    ...claimsChecked(world, built, options.lies),
    workflow: 'deploy',
    inputs: built.deployInputs(image, options.extra),
    vars: { AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/deploy', AWS_REGION: 'us-east-1' },
    run: { id: options.runId ?? 100, attempt: options.attempt ?? 1 },
    ...(options.kill ? { kill: { step: built.shape === 'pair' ? 'canary' : 'ecs-deploy', plan: options.kill } } : {}),
    cancelOn: options.cancelOn,
  });
}

function startRollback(world: World, built: Built, lies?: string[], runId = 200): Promise<JobResult> {
  return runWorkflowJob(world, {
    workflow: 'rollback',
    inputs: built.rollbackInputs(),
    run: { id: runId, attempt: 1 },
    ...claimsChecked(world, built, lies),
  });
}

/** Checks what a deploying step claims against the world as the step found it and as it left it. */
function claimsChecked(
  world: World,
  built: Built,
  lies: string[] | undefined,
): Pick<Parameters<typeof runWorkflowJob>[1], 'onStepStart' | 'onStepEnd'> {
  if (!lies) return {};
  let before = stepStart(world, built);
  return {
    onStepStart: () => {
      before = stepStart(world, built);
    },
    onStepEnd: (step) => {
      if (step.outcome !== 'killed' && step.action !== 'health-gate')
        lies.push(...untruths(world, built, step, before));
    },
  };
}

/** Runs the deploy job to its end; its steps' claims are checked as each ends. */
export async function deployJob(
  world: World,
  built: Built,
  image: string,
  options: Parameters<typeof startDeploy>[3] = {},
): Promise<{ job: JobResult; lies: string[] }> {
  const lies: string[] = [];
  const job = await world.run(startDeploy(world, built, image, { ...options, lies }));
  return { job, lies };
}

export async function rollbackJob(world: World, built: Built): Promise<{ job: JobResult; lies: string[] }> {
  const lies: string[] = [];
  const job = await world.run(startRollback(world, built, lies));
  return { job, lies };
}

/** Resolves when `holds` becomes true, checked every 15 s of virtual time (a person watching). */
function when(world: World, holds: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = (): void => {
      if (holds()) resolve();
      else world.scheduler.after(15_000, look);
    };
    look();
  });
}

/** The new version has taken some traffic (test traffic, for ECS's own strategies): the rollout is under way. */
function underWay(world: World, built: Built): boolean {
  if (built.shape === 'pair') return [...routeWeights(world, built.route).values()].filter((w) => w > 0).length > 1;
  const service = [...world.ecs.services.values()].find((s) => s.name === built.services[0]);
  if (!service) return false;
  if (built.shape === 'rolling') return service.deployments.length > 1;
  const record = world.ecs.native.active(service);
  return record !== undefined && record.test > 0;
}

/** The deploy is past its last shift and still running: keeping the previous side warm, baking, or in its final gate. */
function pastLastShift(world: World, built: Built): boolean {
  if (built.shape === 'pair') {
    const tags = world.elb.tagsNow(built.route);
    return (tags.get('trading-actions:pair') ?? '').includes('"s":"promoted"');
  }
  const service = [...world.ecs.services.values()].find((s) => s.name === built.services[0]);
  if (!service) return false;
  if (built.shape === 'rolling')
    return service.deployments.length === 1 && service.deployments[0]?.taskDefinition !== built.stack.liveRevision;
  const record = world.ecs.native.active(service);
  return record?.plan[record.stageIndex]?.stage === 'BAKE_TIME';
}

/** Lets ECS and the load balancer finish what they were doing (rollbacks, draining). */
export async function settle(world: World): Promise<void> {
  await world.idle(20 * 60_000);
}

export interface PlayOptions {
  readonly seed: number;
  /** For 'killed without warning': the call at which the deploy step dies. */
  readonly kill?: KillPlan;
  /** How the network and AWS misbehave (none by default). */
  readonly faults?: FaultPlan;
  /** How far ECS reads lag behind writes (0 by default). */
  readonly ecsReadLagMs?: number;
  /** Inputs every deploy job of the play is given besides the shape's. */
  readonly deployExtra?: Readonly<Record<string, string>>;
}

export async function play(shape: ShapeName, ending: EndingName, options: PlayOptions): Promise<Played> {
  // 09:27 in New York: the regular session (and so the window 'outside XNYS regular') opens 3 minutes in.
  const start = ending === 'deploy window closes' ? Date.parse('2026-11-23T14:27:00Z') : MONDAY_14_UTC;
  const { world, built } = setUp(shape, options.seed, start, options);
  const healthy = release(world, 'release-2.0', HEALTHY);
  const lies: string[] = [];
  const jobs: JobResult[] = [];
  const results: string[] = [];
  const record = (run: { job: JobResult; lies: string[] }): JobResult => {
    jobs.push(run.job);
    results.push(run.job.status === 'killed' ? '(killed)' : (run.job.outputs.result ?? ''));
    lies.push(...run.lies);
    return run.job;
  };
  let end: EndState;
  let followUp: StepResult | undefined;

  switch (ending) {
    case 'healthy':
      record(await deployJob(world, built, healthy));
      end = { live: healthy };
      break;
    case 'gate fails':
      record(await deployJob(world, built, release(world, 'faulty-2.0', FAULTY)));
      end = { live: GOOD_IMAGE };
      break;
    case 'ECS fails (circuit breaker)':
      record(await deployJob(world, built, release(world, 'crashing-2.0', CRASHING)));
      end = { live: GOOD_IMAGE };
      break;
    case 'inconclusive':
      record(await deployJob(world, built, healthy, { extra: blindChecks(built) }));
      end = { live: GOOD_IMAGE };
      break;
    case 'deploy window closes': {
      const deployed = record(
        await deployJob(world, built, healthy, { extra: { 'deploy-window': 'outside XNYS regular' } }),
      );
      if (shape === 'rolling') {
        // A rolling deploy has no pause: the window gates its start only, and it finishes.
        end = { live: healthy };
        break;
      }
      expectHeld(deployed, lies);
      followUp = deployStep(record(await rollbackJob(world, built)));
      end = { live: GOOD_IMAGE };
      break;
    }
    case 'cancelled, then the post step': {
      let deployEnded = false;
      const cancelled = await deployJob(world, built, healthy, {
        cancelOn: when(world, () => deployEnded || underWay(world, built)).then(() =>
          world.until(world.now() + 30_000),
        ),
      });
      deployEnded = true;
      record(cancelled);
      // ECS finishes a rolling deployment by itself; every other shape is restored.
      end = { live: shape === 'rolling' ? healthy : GOOD_IMAGE };
      break;
    }
    case 'killed without warning, then re-run':
      record(await deployJob(world, built, healthy, { kill: options.kill ?? { atCall: 25, when: 'after' } }));
      record(await deployJob(world, built, healthy, { attempt: 2 }));
      end = { live: healthy };
      break;
    case 'rollback while the deploy still runs': {
      const deploying = startDeploy(world, built, healthy, { lies });
      let deployEnded = false;
      void deploying.finally(() => (deployEnded = true));
      // The person dispatches it once the deploy is past its last shift (or has ended some other way).
      const rollingBack = when(world, () => deployEnded || pastLastShift(world, built)).then(() =>
        startRollback(world, built, lies),
      );
      const [deployed, rolledBack] = await world.run(Promise.all([deploying, rollingBack]));
      record({ job: deployed, lies: [] });
      followUp = deployStep(record({ job: rolledBack, lies: [] }));
      end = { live: GOOD_IMAGE };
      break;
    }
    case 'rollback after the deploy ended':
      record(await deployJob(world, built, healthy));
      followUp = deployStep(record(await rollbackJob(world, built)));
      end = { live: GOOD_IMAGE };
      break;
    case 'promote while held': {
      const held = record(
        await deployJob(world, built, healthy, { extra: { ...blindChecks(built), ...holdInputs() } }),
      );
      expectHeld(held, lies);
      followUp = await promote(world, built, healthy, record);
      if (built.shape === 'pair') results.push(followUp?.outputs.result ?? '');
      end = { live: healthy };
      break;
    }
  }
  await settle(world);
  const steps = jobs.flatMap((job) => job.steps);
  return {
    world,
    built,
    end,
    untruths: lies,
    steps,
    deploy: jobs[0] ? deployStep(jobs[0]) : undefined,
    followUp,
    jobs,
    results,
  };
}

/**
 * Checks with a misspelt metric (`RequestCounts`): they never get data, so the gate cannot decide.
 * The deploying actions' checks name the new side by placeholder, as teams write them.
 */
function blindChecks(built: Built): Record<string, string> {
  const blind = (dimensions: string): string =>
    errorRateChecks(dimensions).replace('{ metric: RequestCount }', '{ metric: RequestCounts }');
  if (built.shape !== 'rolling')
    return { checks: blind('{ LoadBalancer: "${load-balancer}", TargetGroup: "${canary}" }') };
  const verify = built.deployInputs('unused')['verify-checks'] ?? '';
  return { 'verify-checks': verify.replace('{ metric: RequestCount }', '{ metric: RequestCounts }') };
}

/** The input that says "a person decides" instead of rolling back. */
function holdInputs(): Record<string, string> {
  return { 'on-inconclusive': 'hold' };
}

function expectHeld(job: JobResult, lies: string[]): void {
  const step = deployStep(job);
  const result = step?.outputs.result;
  if (result !== 'held')
    lies.push(`expected the deploy to hold for a person, it ended ${result ?? step?.outcome ?? 'without a step'}`);
}

/** A person lets a held rollout through: the canary's promote, or a re-run that answers the pause. */
async function promote(
  world: World,
  built: Built,
  image: string,
  record: (run: { job: JobResult; lies: string[] }) => JobResult,
): Promise<StepResult | undefined> {
  if (built.shape === 'pair') {
    const inputs = built.deployInputs(image);
    return world.run(
      runStep(world, 'canary', 'main', {
        inputs: {
          mode: 'promote',
          cluster: inputs.cluster ?? '',
          'listener-arn': inputs['listener-arn'] ?? '',
          'blue-service': inputs['blue-service'] ?? '',
          'green-service': inputs['green-service'] ?? '',
          'blue-target-group': inputs['blue-target-group'] ?? '',
          'green-target-group': inputs['green-target-group'] ?? '',
        },
        env: {
          AWS_REGION: 'us-east-1',
          GITHUB_REPOSITORY: 'org/order-router',
          GITHUB_RUN_ID: '300',
          GITHUB_RUN_ATTEMPT: '1',
        },
        name: 'a person promotes',
      }),
    );
  }
  const rerun = await deployJob(world, built, image, {
    attempt: 2,
    extra: { ...blindChecks(built), 'on-inconclusive': 'continue' },
  });
  return deployStep(record(rerun));
}
