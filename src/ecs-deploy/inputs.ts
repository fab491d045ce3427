import { REGION_PATTERN } from '../aws/client-config.js';
import type { DeployWindowSettings } from '../deploy-window/check.js';
import { readDeployWindowInputs } from '../deploy-window/inputs.js';
import type { ChecksDocument } from '../gate/checks.js';
import { parseChecks } from '../gate/checks-schema.js';
import { PLACEHOLDERS, SAMPLE_VALUES, fillPlaceholders, unknownPlaceholders } from '../gate/placeholders.js';
import type { GatePolicy } from '../gate/gate.js';
import { DEFAULT_ON_INCONCLUSIVE, ON_INCONCLUSIVE_CHOICES, type OnInconclusive } from '../gate/on-inconclusive.js';
import { DURATION_FORMAT, formatDuration, parseDuration } from '../runtime/duration.js';
import { ConfigurationError } from '../runtime/errors.js';
import { InputReader, type ReadInput } from '../runtime/inputs.js';
import {
  classifyTaskDefinition,
  IMAGE_REFERENCE,
  NOT_AN_IMAGE,
  REVISION_REFERENCE,
  TASK_DEFINITION_ARN,
} from './task-definition-plan.js';

/** Where the task definition to deploy comes from. */
export type TaskDefinitionSource =
  | { readonly kind: 'file'; readonly path: string }
  /** `family:revision` or a full task-definition ARN, deployed as it is registered. */
  | { readonly kind: 'revision'; readonly reference: string };

export interface EcsDeployInputs {
  readonly cluster: string;
  readonly service: string;
  readonly awsRegion: string | undefined;
  readonly mode: 'deploy' | 'rollback';
  readonly taskDefinition: TaskDefinitionSource | undefined;
  readonly image: string | undefined;
  readonly containerName: string | undefined;
  readonly environment: ReadonlyMap<string, string>;
  readonly wait: boolean;
  readonly timeoutMs: number;
  readonly pollIntervalMs: number;
  readonly rollbackOnFailure: boolean;
  /** Rollback mode only: `family:revision`, an ARN, or a bare revision number of the current family. */
  readonly toRevision: string | undefined;
  readonly strategy: DeployStrategy;
  /** Present exactly when strategy is blue-green, linear or canary. */
  readonly native: NativeStrategyInputs | undefined;
  /** When a deploy may start (a rollback is never held back), and for how long `wait` waits. */
  readonly window: DeployWindowSettings;
  readonly windowTimeoutMs: number;
  /** Native strategies with checks: what a pause does when the window has closed since the start. */
  readonly onWindowClose: 'hold' | 'rollback';
}

export const DEPLOY_STRATEGIES = ['rolling', 'blue-green', 'linear', 'canary'] as const;
export type DeployStrategy = (typeof DEPLOY_STRATEGIES)[number];
export type NativeStrategy = Exclude<DeployStrategy, 'rolling'>;

/** The inputs of ECS's own blue/green, linear and canary deployments, in the API's units. */
export interface NativeStrategyInputs {
  readonly strategy: NativeStrategy;
  /** canary: share of production traffic in the canary step, 0.1–100. */
  readonly canaryPercent: number;
  /** linear: share of production traffic added per step, 3–100. */
  readonly linearStepPercent: number;
  /** linear and canary: minutes ECS waits after each step but the last (0–1440). */
  readonly stepBakeMinutes: number;
  /** Minutes both revisions keep running after all production traffic has moved (0–1440). */
  readonly bakeMinutes: number;
  /**
   * The health-gate document evaluated at each pause, parsed with sample values in its
   * placeholders (what it checks, before the sides are known); without it ECS is not paused at all.
   */
  readonly checks: ChecksDocument | undefined;
  /** The same document as written, `${canary}`, `${baseline}` and `${load-balancer}` still in it. */
  readonly checksTemplate?: string;
  readonly gatePolicy: GatePolicy;
  readonly onInconclusive: OnInconclusive;
  /** How long ECS holds a PAUSE hook before it takes hookTimeoutAction by itself (1–1440). */
  readonly hookTimeoutMinutes: number;
  readonly hookTimeoutAction: 'rollback' | 'continue';
  /** CloudWatch alarms attached to the deployment with rollback enabled. */
  readonly alarms: readonly string[];
  /**
   * Pause at the hooks even without checks, so a deploy window that closes mid-rollout can hold
   * it: set when a deploy-window is given without an override.
   */
  readonly pauseForWindow?: boolean;
}

/**
 * Defaults of the native-strategy inputs. They are not written as `default:` in action.yml, so
 * the parser can tell a value the user gave (a mistake with the rolling strategy) from none.
 */
export const NATIVE_DEFAULTS = {
  canaryPercent: 5,
  linearStepPercent: 10,
  stepBake: '5m',
  bake: '10m',
  window: '0',
  interval: '30s',
  hookTimeout: '30m',
  metricsDelay: '5m',
} as const;

/** Inputs that only mean something with a native strategy. */
const NATIVE_ONLY_INPUTS = [
  'canary-percent',
  'linear-step-percent',
  'step-bake',
  'bake',
  'checks',
  'window',
  'interval',
  'failure-limit',
  'inconclusive-limit',
  'on-inconclusive',
  'metrics-delay',
  'hook-timeout',
  'hook-timeout-action',
  'alarms',
] as const;
/** A PAUSE hook must outlive the gate that answers it by this much, or ECS decides first. */
const HOOK_MARGIN_MS = 2 * 60_000;
/** The longest metric period a warm-up waits for (ALB metrics: one minute) before the delay counts. */
const WARM_UP_PERIOD_MS = 2 * 60_000;
const MAX_API_MINUTES = 1440;

/** Reads and validates every ecs-deploy input; throws one error listing all problems. */
export function parseEcsDeployInputs(read: ReadInput): EcsDeployInputs {
  const reader = new InputReader(read);
  const inputs = readEcsDeployInputs(reader);
  reader.throwIfProblems();
  return inputs;
}

/** The reading half of parseEcsDeployInputs, exposed so a test can see which inputs it reads. */
export function readEcsDeployInputs(reader: InputReader): EcsDeployInputs {
  const cluster = reader.string('cluster', { required: true }) ?? '';
  const service = reader.string('service', { required: true }) ?? '';
  const awsRegion = reader.string('aws-region');
  if (awsRegion !== undefined && !REGION_PATTERN.test(awsRegion)) {
    reader.problem('aws-region', `'${awsRegion}' is not an AWS region name; expected something like us-east-1.`);
  }
  const mode = reader.choice('mode', ['deploy', 'rollback'] as const, 'deploy');
  const taskDefinitionText = reader.string('task-definition');
  const image = reader.string('image');
  const containerName = reader.string('container-name');
  const environment = reader.keyValues('environment');
  const wait = reader.boolean('wait', true);
  const timeoutMs = reader.duration('timeout', '30m', { min: 10_000, max: 6 * 3_600_000 });
  const pollIntervalMs = reader.duration('poll-interval', '10s', { min: 1_000, max: 300_000 });
  const rollbackOnFailure = reader.boolean('rollback-on-failure', true);
  const toRevision = reader.string('to-revision');
  const strategy = reader.choice('strategy', DEPLOY_STRATEGIES, 'rolling');
  const window = readDeployWindowInputs(reader);
  const windowTimeoutMs = reader.duration('window-timeout', '1h', { min: 0, max: 24 * 3_600_000 });
  const onWindowClose = reader.choice('on-window-close', ['hold', 'rollback'] as const, 'hold');
  const nativeText = Object.fromEntries(NATIVE_ONLY_INPUTS.map((name) => [name, reader.string(name)])) as Record<
    (typeof NATIVE_ONLY_INPUTS)[number],
    string | undefined
  >;
  let native: NativeStrategyInputs | undefined;
  if (strategy === 'rolling') {
    for (const name of NATIVE_ONLY_INPUTS) {
      if (nativeText[name] !== undefined) {
        reader.problem(
          name,
          'only applies with strategy blue-green, linear or canary; set strategy, or remove it (the health-gate action gates a rolling deploy).',
        );
      }
    }
  } else {
    native = readNativeInputs(reader, strategy, nativeText);
    if (mode === 'rollback') {
      reader.problem(
        'strategy',
        `${strategy} applies to deploys; a rollback (mode: rollback) is always rolling. Remove strategy.`,
      );
    }
    if (!rollbackOnFailure) {
      reader.problem(
        'rollback-on-failure',
        'cannot be false with a native strategy: ECS rolls back a failed blue/green, linear or canary deployment itself. Use on-inconclusive: hold to leave a doubtful deployment to a person.',
      );
    }
    if (!wait && native.checks) {
      reader.problem(
        'wait',
        'cannot be false with checks: nobody would answer the pauses, and ECS would roll back when they time out. Remove checks, or let the step wait.',
      );
    }
  }

  if (pollIntervalMs >= timeoutMs) {
    reader.problem('poll-interval', 'must be shorter than timeout, or the rollout is checked at most once.');
  }
  if (image !== undefined && !IMAGE_REFERENCE.test(image)) reader.problem('image', NOT_AN_IMAGE(image));

  let taskDefinition: TaskDefinitionSource | undefined;
  if (mode === 'deploy') {
    if (taskDefinitionText === undefined) {
      reader.problem(
        'task-definition',
        'is required when mode is deploy: a path to a task-definition file (.json, .yaml) or an existing revision (family:revision or ARN).',
      );
    } else {
      taskDefinition = classifyTaskDefinition(taskDefinitionText);
    }
    if (toRevision !== undefined) {
      reader.problem('to-revision', 'only applies when mode is rollback; remove it or set mode: rollback.');
    }
    if (
      taskDefinition?.kind === 'revision' &&
      containerName !== undefined &&
      image === undefined &&
      environment.size === 0
    ) {
      reader.problem('container-name', 'has no effect without image or environment; remove it or add one of them.');
    }
  } else {
    const unusedInRollback = { 'task-definition': taskDefinitionText, image, 'container-name': containerName };
    for (const [name, given] of Object.entries(unusedInRollback)) {
      if (given !== undefined) {
        reader.problem(
          name,
          'is not used when mode is rollback (it redeploys a registered revision); remove it, or use to-revision to pick the revision.',
        );
      }
    }
    if (environment.size > 0) {
      reader.problem('environment', 'is not used when mode is rollback; remove it.');
    }
    if (
      toRevision !== undefined &&
      !/^\d+$/.test(toRevision) &&
      !REVISION_REFERENCE.test(toRevision) &&
      !TASK_DEFINITION_ARN.test(toRevision)
    ) {
      reader.problem(
        'to-revision',
        `'${toRevision}' is not a revision; use a number (42), family:revision, or a task-definition ARN.`,
      );
    }
  }

  if (native && window.policy !== undefined && window.overrideReason === undefined) {
    native = { ...native, pauseForWindow: true };
  }
  return {
    cluster,
    service,
    awsRegion,
    mode,
    taskDefinition,
    image,
    containerName,
    environment,
    wait,
    timeoutMs,
    pollIntervalMs,
    rollbackOnFailure,
    toRevision,
    strategy,
    native,
    window,
    windowTimeoutMs,
    onWindowClose,
  };
}

/** Reads and range-checks the native-strategy inputs against the API's limits. */
function readNativeInputs(
  reader: InputReader,
  strategy: NativeStrategy,
  text: Record<(typeof NATIVE_ONLY_INPUTS)[number], string | undefined>,
): NativeStrategyInputs {
  const onlyFor = (name: string, wanted: readonly NativeStrategy[]): void => {
    if (text[name as keyof typeof text] !== undefined && !wanted.includes(strategy)) {
      reader.problem(name, `only applies with strategy ${wanted.join(' or ')}; remove it for ${strategy}.`);
    }
  };
  onlyFor('canary-percent', ['canary']);
  onlyFor('linear-step-percent', ['linear']);
  onlyFor('step-bake', ['linear', 'canary']);

  const canaryPercent = percent(reader, 'canary-percent', text['canary-percent'], NATIVE_DEFAULTS.canaryPercent, 0.1);
  const linearStepPercent = percent(
    reader,
    'linear-step-percent',
    text['linear-step-percent'],
    NATIVE_DEFAULTS.linearStepPercent,
    3,
  );
  const stepBakeMinutes = minutes(
    reader,
    'step-bake',
    text['step-bake'] ?? NATIVE_DEFAULTS.stepBake,
    0,
    NATIVE_DEFAULTS.stepBake,
  );
  const bakeMinutes = minutes(reader, 'bake', text.bake ?? NATIVE_DEFAULTS.bake, 0, NATIVE_DEFAULTS.bake);
  const hookTimeoutMinutes = minutes(
    reader,
    'hook-timeout',
    text['hook-timeout'] ?? NATIVE_DEFAULTS.hookTimeout,
    1,
    NATIVE_DEFAULTS.hookTimeout,
  );
  const windowMs = duration(reader, 'window', text.window ?? NATIVE_DEFAULTS.window, 0, 6 * 3_600_000);
  const intervalMs = duration(reader, 'interval', text.interval ?? NATIVE_DEFAULTS.interval, 1_000, 3_600_000);
  const metricsDelayMs = duration(
    reader,
    'metrics-delay',
    text['metrics-delay'] ?? NATIVE_DEFAULTS.metricsDelay,
    0,
    3_600_000,
  );
  const failureLimit = count(reader, 'failure-limit', text['failure-limit']);
  const inconclusiveLimit = count(reader, 'inconclusive-limit', text['inconclusive-limit']);
  const onInconclusive = oneOf(
    reader,
    'on-inconclusive',
    text['on-inconclusive'],
    ON_INCONCLUSIVE_CHOICES,
    DEFAULT_ON_INCONCLUSIVE,
  );
  const hookTimeoutAction = oneOf(
    reader,
    'hook-timeout-action',
    text['hook-timeout-action'],
    ['rollback', 'continue'] as const,
    'rollback',
  );
  const alarms = (text.alarms ?? '')
    .split(/[\n,]/)
    .map((a) => a.trim())
    .filter((a) => a !== '' && !a.startsWith('#'));
  for (const alarm of alarms) {
    if (alarm.length > 255)
      reader.problem('alarms', `'${alarm.slice(0, 40)}…' is longer than 255 characters, the limit of an alarm name.`);
  }
  if (new Set(alarms).size !== alarms.length) reader.problem('alarms', 'names an alarm twice; list each once.');

  let checks: ChecksDocument | undefined;
  if (text.checks !== undefined) {
    checks = previewChecks(reader, text.checks);
  } else {
    for (const name of [
      'window',
      'interval',
      'failure-limit',
      'inconclusive-limit',
      'on-inconclusive',
      'metrics-delay',
    ] as const) {
      if (text[name] !== undefined)
        reader.problem(name, 'configures the gate at each pause, but there are no checks; add checks or remove it.');
    }
  }
  // A gate first waits out CloudWatch's delivery delay (warm-up), then watches its window.
  const warmUpMs = readsMetrics(checks) ? metricsDelayMs + WARM_UP_PERIOD_MS : 0;
  const gateMs = windowMs + warmUpMs;
  if (gateMs + HOOK_MARGIN_MS > hookTimeoutMinutes * 60_000) {
    reader.problem(
      'hook-timeout',
      `is ${hookTimeoutMinutes}m, too short for a gate window of ${formatDuration(windowMs)}${warmUpMs > 0 ? ` after up to ${formatDuration(warmUpMs)} of warm-up (metrics-delay plus one period)` : ''}: ECS would decide the pause by itself before the gate does. Make it at least ${Math.ceil((gateMs + HOOK_MARGIN_MS) / 60_000)}m.`,
    );
  }
  return {
    strategy,
    canaryPercent,
    linearStepPercent,
    stepBakeMinutes,
    bakeMinutes,
    checks,
    ...(checks && text.checks !== undefined ? { checksTemplate: text.checks } : {}),
    gatePolicy: { windowMs, intervalMs, failureLimit, inconclusiveLimit, metricsDelayMs },
    onInconclusive,
    hookTimeoutMinutes,
    hookTimeoutAction,
    alarms,
  };
}

/** Whether a gate reads CloudWatch metrics, which arrive late: then each pause begins with a warm-up. */
function readsMetrics(checks: ChecksDocument | undefined): boolean {
  return checks !== undefined && (checks.metrics.length > 0 || checks.compare !== undefined);
}

/**
 * The checks must parse with sample values in their placeholders before anything changes; the
 * real values (which target group the new revision goes to) are known only at the deploy.
 */
function previewChecks(reader: InputReader, template: string): ChecksDocument | undefined {
  const unknown = unknownPlaceholders(template);
  if (unknown.length > 0) {
    reader.problem(
      'checks',
      `uses unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `\${${n}}`).join(', ')}; known: ${Object.keys(
        PLACEHOLDERS,
      )
        .map((n) => `\${${n}}`)
        .join(', ')}.`,
    );
    return undefined;
  }
  try {
    return parseChecks(fillPlaceholders(template, SAMPLE_VALUES));
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    for (const problem of error.problems) reader.problem(problem.input, problem.message);
    return undefined;
  }
}

/** How many production traffic shifts ECS makes: one per linear step, two for a canary, one for blue/green. */
export function productionShifts(
  native: Pick<NativeStrategyInputs, 'strategy' | 'linearStepPercent' | 'canaryPercent'>,
): number {
  if (native.strategy === 'linear') return Math.ceil(100 / native.linearStepPercent - 1e-9);
  if (native.strategy === 'canary') return native.canaryPercent >= 100 ? 1 : 2;
  return 1;
}

/**
 * The least time the rollout takes: ECS's bakes (none after the last step) plus one gate window at
 * each pause (after the test traffic shift, before every production shift, after the last). The
 * `timeout` input is allowed on top of this, so a 10-step linear rollout needs no arithmetic.
 */
export function plannedDurationMs(native: NativeStrategyInputs): number {
  const shifts = productionShifts(native);
  const stepBakes = native.strategy === 'blue-green' ? 0 : (shifts - 1) * native.stepBakeMinutes;
  const pauses = native.checks || native.pauseForWindow ? shifts + 2 : 0;
  const warmUp = readsMetrics(native.checks) ? (native.gatePolicy.metricsDelayMs ?? 0) + WARM_UP_PERIOD_MS : 0;
  return (stepBakes + native.bakeMinutes) * 60_000 + pauses * (native.gatePolicy.windowMs + warmUp);
}

function percent(reader: InputReader, name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text);
  const value = match?.[1] === undefined ? NaN : Number(match[1]);
  // The API takes multiples of 0.1 only.
  const tenths = Math.round(value * 10);
  if (!Number.isFinite(value) || value < min || value > 100 || Math.abs(tenths - value * 10) > 1e-9) {
    reader.problem(
      name,
      `'${text}' is not valid. Use a percentage from ${min} to 100 in steps of 0.1, like ${name === 'canary-percent' ? '5' : '20'}.`,
    );
    return fallback;
  }
  return tenths / 10;
}

function duration(reader: InputReader, name: string, text: string, min: number, max: number): number {
  const ms = parseDuration(text);
  if (ms === undefined) {
    reader.problem(name, `'${text}' is not a duration. Use ${DURATION_FORMAT}.`);
    return min;
  }
  if (ms < min) reader.problem(name, `'${text}' is too short; the minimum is ${formatDuration(min)}.`);
  else if (ms > max) reader.problem(name, `'${text}' is too long; the maximum is ${formatDuration(max)}.`);
  return ms;
}

/** A duration the API takes in whole minutes, within [min, 1440]. */
function minutes(reader: InputReader, name: string, text: string, min: number, fallback: string): number {
  const ms = parseDuration(text);
  if (ms === undefined || ms % 60_000 !== 0 || ms < min * 60_000 || ms > MAX_API_MINUTES * 60_000) {
    reader.problem(
      name,
      `'${text}' is not valid. ECS takes whole minutes from ${min} to ${MAX_API_MINUTES} (24h), like 10m or 1h.`,
    );
    // The default, so that checks built on this value do not report the same mistake again.
    return (parseDuration(fallback) ?? 0) / 60_000;
  }
  return ms / 60_000;
}

function count(reader: InputReader, name: string, text: string | undefined): number {
  if (text === undefined) return 0;
  const value = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value > 1000) {
    reader.problem(name, `'${text}' is not valid. Use a whole number from 0 to 1000.`);
    return 0;
  }
  return value;
}

function oneOf<T extends string>(
  reader: InputReader,
  name: string,
  text: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  const match = allowed.find((a) => a.toLowerCase() === text.toLowerCase());
  if (match === undefined) {
    reader.problem(name, `'${text}' is not valid. Valid values are: ${allowed.join(', ')}.`);
    return fallback;
  }
  return match;
}
