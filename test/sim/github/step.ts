/**
 * Runs one step of one of our actions the way the GitHub runner does — its entry's `run()`, with
 * inputs, outputs, state for the post step, a job summary, and the signals the runner sends when a
 * job is cancelled — but in the simulated world: AWS clients are the simulation's, time is virtual.
 *
 * Cancellation follows the runner: SIGINT, SIGTERM 7.5 s later, then the process is killed 2.5 s
 * after that. A process with no handler for a signal ends at once, as Node does.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-cancellation
 */
import { RecordingLogger, type LogLine } from '../../../src/runtime/logger.js';
import type { ActionRuntime } from '../../../src/runtime/github.js';
import type { ActionHost } from '../../../src/runtime/host.js';
import type { SignalSource } from '../../../src/runtime/termination.js';
import type { KillPlan } from '../client.js';
import type { SimService } from '../errors.js';
import type { World } from '../world/index.js';

export type ActionName = 'canary' | 'ecs-deploy' | 'health-gate';

export interface StepResult {
  readonly action: ActionName;
  readonly kind: 'main' | 'post';
  /** success / failure as GitHub reports a step; cancelled when the runner stopped it; killed when it died. */
  readonly outcome: 'success' | 'failure' | 'cancelled' | 'killed';
  readonly outputs: Readonly<Record<string, string>>;
  /** What the step saved for its post step. */
  readonly state: Readonly<Record<string, string>>;
  readonly summary: string;
  readonly log: readonly LogLine[];
  readonly failure?: string;
  readonly startedAt: number;
  readonly endedAt: number;
}

export interface StepOptions {
  readonly inputs: Readonly<Record<string, string>>;
  /** The main step's saved state, for a post step. */
  readonly state?: Readonly<Record<string, string>>;
  /** The job's environment: GITHUB_RUN_ID and friends, AWS_REGION. */
  readonly env: Readonly<Record<string, string>>;
  /** Dies without warning at this call (a lost runner, SIGKILL). */
  readonly kill?: KillPlan;
  /** The job is cancelled at this instant. */
  readonly cancelAt?: number;
  /** The job is cancelled when this settles (a person presses "Cancel" when something happens). */
  readonly cancelOn?: Promise<unknown>;
  /** Stop waiting after this long: the job's timeout-minutes, which cancels it. */
  readonly timeoutMs?: number;
  readonly name?: string;
  /** When the job's AWS session ends (configure-aws-credentials' role-duration-seconds). */
  readonly credentialsExpireAt?: number;
}

const SERVICES: Readonly<Record<string, SimService>> = {
  ECSClient: 'ecs',
  ElasticLoadBalancingV2Client: 'elbv2',
  CloudWatchClient: 'cloudwatch',
};

// Imported up front: loading a module is real I/O, which the virtual clock cannot wait for. The
// modules the entries load lazily are loaded here too, for the same reason.
import * as canaryMain from '../../../actions/canary/main.js';
import * as canaryPost from '../../../actions/canary/post.js';
import * as ecsDeployMain from '../../../actions/ecs-deploy/main.js';
import * as ecsDeployPost from '../../../actions/ecs-deploy/post.js';
import * as healthGateMain from '../../../actions/health-gate/main.js';
import '../../../src/ecs-deploy/native/lazy.js';
import '../../../src/gate/compare-check.js';
import '../../../src/aws/ecs.js';
import '../../../src/aws/client-config.js';
import '../../../src/aws/lease-store.js';
import '@aws-sdk/client-ecs';
import '@aws-sdk/client-elastic-load-balancing-v2';

const ENTRIES = {
  canary: { main: canaryMain, post: canaryPost },
  'ecs-deploy': { main: ecsDeployMain, post: ecsDeployPost },
  'health-gate': { main: healthGateMain, post: undefined },
} as const;

/** Whether the action has a post step (action.yml's runs.post). */
export function hasPost(action: ActionName): boolean {
  return ENTRIES[action].post !== undefined;
}

export async function runStep(
  world: World,
  action: ActionName,
  kind: 'main' | 'post',
  options: StepOptions,
): Promise<StepResult> {
  const entry = kind === 'main' ? ENTRIES[action].main : ENTRIES[action].post;
  if (!entry) throw new Error(`${action} has no ${kind} step`);
  const { run } = entry;
  const { process, aws } = world.process(
    options.name ?? `${action} ${kind}`,
    options.kill,
    options.credentialsExpireAt,
  );
  const clock = world.scheduler.clockFor(process);
  const logger = new RecordingLogger();
  const outputs: Record<string, string> = {};
  const state: Record<string, string> = {};
  let summary = '';
  let failure: string | undefined;
  const runtime: ActionRuntime = {
    readInput: (name) => (options.inputs[name] ?? '').trim(),
    logger,
    clock,
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    writeSummary: (markdown) => {
      summary = markdown;
      return Promise.resolve();
    },
    setSecret: () => undefined,
    fail: (message) => {
      failure = message;
      logger.error(message);
    },
    saveState: (name, value) => {
      state[name] = value;
    },
    readState: (name) => options.state?.[name] ?? '',
  };
  const signals = new SimSignals();
  let cancelled = false;
  const host: ActionHost = {
    runtime,
    env: options.env,
    awsClient: (ClientClass) => {
      const service = SERVICES[ClientClass.name];
      if (!service) throw new Error(`the simulation has no ${ClientClass.name}`);
      return aws.client(service) as never;
    },
    signals,
    exit: (code) => process.kill(`exit ${code}`),
    newId: () => uuidFrom(world),
  };

  const startedAt = world.now();
  const cancel = (): void => {
    if (process.dead || cancelled) return;
    cancelled = true;
    if (!signals.emit('SIGINT')) return process.kill('ended by SIGINT (no handler)');
    world.scheduler.after(7_500, () => {
      if (!process.dead && !signals.emit('SIGTERM')) process.kill('ended by SIGTERM (no handler)');
      world.scheduler.after(2_500, () => process.kill('killed by the runner after cancellation'));
    });
  };
  if (options.cancelAt !== undefined) world.scheduler.at(options.cancelAt, cancel);
  void options.cancelOn?.then(cancel);
  if (options.timeoutMs !== undefined) world.scheduler.after(options.timeoutMs, cancel);

  // Whoever runs the world's scheduler moves time on; this step waits like any other process.
  await Promise.race([run(host), process.stopped]);
  const ended = process.dead ? process.ending : undefined;
  const outcome: StepResult['outcome'] = cancelled
    ? 'cancelled'
    : process.dead
      ? 'killed'
      : failure === undefined
        ? 'success'
        : 'failure';
  return {
    action,
    kind,
    outcome,
    outputs,
    state,
    summary,
    log: logger.lines,
    failure: failure ?? ended,
    startedAt,
    endedAt: world.now(),
  };
}

/** The process's signal handlers; `emit` says whether anyone handled the signal. */
class SimSignals implements SignalSource {
  private readonly listeners = new Map<string, Set<(signal: NodeJS.Signals) => void>>();

  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): this {
    const set = this.listeners.get(signal) ?? new Set();
    set.add(listener);
    this.listeners.set(signal, set);
    return this;
  }

  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): this {
    this.listeners.get(signal)?.delete(listener);
    return this;
  }

  emit(signal: NodeJS.Signals): boolean {
    const set = [...(this.listeners.get(signal) ?? [])];
    for (const listener of set) listener(signal);
    return set.length > 0;
  }
}

function uuidFrom(world: World): string {
  const hex = world.ctx.hexId(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
