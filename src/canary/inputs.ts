import { REGION_PATTERN } from '../aws/client-config.js';
import { readTaskDefinitionRequest, type TaskDefinitionRequest } from '../ecs-deploy/task-definition-plan.js';
import type { ChecksDocument } from '../gate/checks.js';
import { parseChecks } from '../gate/checks-schema.js';
import type { GatePolicy } from '../gate/gate.js';
import { DEFAULT_ON_INCONCLUSIVE, ON_INCONCLUSIVE_CHOICES, type OnInconclusive } from '../gate/on-inconclusive.js';
import type { DeployWindowSettings } from '../deploy-window/check.js';
import { readDeployWindowInputs } from '../deploy-window/inputs.js';
import { ConfigurationError } from '../runtime/errors.js';
import { InputReader, type ReadInput } from '../runtime/inputs.js';
import type { Pair } from './colors.js';
import { fillPlaceholders, PLACEHOLDERS, SAMPLE_VALUES, unknownPlaceholders } from '../gate/placeholders.js';
import { parseSteps, type Step } from './steps.js';

export type CanaryMode = 'deploy' | 'promote' | 'abort';

export interface CanaryInputs {
  readonly cluster: string;
  readonly route: { readonly kind: 'listener' | 'rule'; readonly arn: string };
  readonly services: Pair<string>;
  readonly targetGroups: Pair<string>;
  readonly request: TaskDefinitionRequest;
  /** Undefined: the live side's desired count. */
  readonly desiredCount: number | undefined;
  readonly steps: readonly Step[];
  /** The checks document with `${canary}`-style placeholders still in it (validated). */
  readonly checksTemplate: string | undefined;
  /**
   * The same document parsed with sample values in the placeholders: what it checks, before the
   * colours are known (its header values and URL passwords are masked at once).
   */
  readonly checksPreview: ChecksDocument | undefined;
  /** The gate's policy for one step; its window is each step's observation time. */
  readonly gate: Omit<GatePolicy, 'windowMs'>;
  readonly onInconclusive: OnInconclusive;
  readonly keepPreviousMs: number;
  readonly readyTimeoutMs: number;
  readonly mode: CanaryMode;
  readonly awsRegion: string | undefined;
  /** When deploys may start, and what to do when the window is closed or closes mid-rollout. */
  readonly window: DeployWindowSettings;
  readonly windowTimeoutMs: number;
  readonly onWindowClose: 'hold' | 'rollback';
}

export const DEFAULT_STEPS = '10%:5m, 50%:5m, 100%:10m';
const LISTENER_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener\/app\/[^/]+\/[^/]+\/[^/]+$/;
const RULE_ARN =
  /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener-rule\/app\/[^/]+\/[^/]+\/[^/]+\/[^/]+$/;
const TARGET_GROUP_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[^/]+\/[^/]+$/;

/** Reads and validates every canary input, the steps and the checks document included. */
export function parseCanaryInputs(read: ReadInput): CanaryInputs {
  const reader = new InputReader(read);
  const inputs = readCanaryInputs(reader);
  reader.throwIfProblems();
  return inputs;
}

/** The reading half, exposed so a test can compare the inputs read with action.yml. */
export function readCanaryInputs(reader: InputReader): CanaryInputs {
  const cluster = reader.string('cluster', { required: true }) ?? '';
  const listenerArn = reader.string('listener-arn');
  const ruleArn = reader.string('listener-rule-arn');
  const services = {
    blue: reader.string('blue-service', { required: true }) ?? '',
    green: reader.string('green-service', { required: true }) ?? '',
  };
  const targetGroups = {
    blue: reader.string('blue-target-group', { required: true }) ?? '',
    green: reader.string('green-target-group', { required: true }) ?? '',
  };
  const request = readTaskDefinitionRequest(reader);
  const desiredCountText = reader.string('desired-count');
  const stepsText = reader.string('steps', { default: DEFAULT_STEPS }) ?? DEFAULT_STEPS;
  const checksTemplate = reader.string('checks');
  const intervalMs = reader.duration('interval', '30s', { min: 1_000, max: 3_600_000 });
  const failureLimit = reader.integer('failure-limit', 0, { min: 0, max: 1000 });
  const inconclusiveLimit = reader.integer('inconclusive-limit', 2, { min: 0, max: 1000 });
  const onInconclusive = reader.choice('on-inconclusive', ON_INCONCLUSIVE_CHOICES, DEFAULT_ON_INCONCLUSIVE);
  const metricsDelayMs = reader.duration('metrics-delay', '5m', { min: 0, max: 3_600_000 });
  const keepPreviousMs = reader.duration('keep-previous', '15m', { min: 0, max: 24 * 3_600_000 });
  const readyTimeoutMs = reader.duration('ready-timeout', '10m', { min: 10_000, max: 3 * 3_600_000 });
  const mode = reader.choice('mode', ['deploy', 'promote', 'abort'] as const, 'deploy');
  const awsRegion = reader.string('aws-region');
  const window = readDeployWindowInputs(reader);
  const windowTimeoutMs = reader.duration('window-timeout', '1h', { min: 0, max: 24 * 3_600_000 });
  const onWindowClose = reader.choice('on-window-close', ['hold', 'rollback'] as const, 'hold');

  const route = readRoute(reader, listenerArn, ruleArn);
  if (awsRegion !== undefined && !REGION_PATTERN.test(awsRegion)) {
    reader.problem('aws-region', `'${awsRegion}' is not an AWS region name; expected something like us-east-1.`);
  }
  for (const color of ['blue', 'green'] as const) {
    const arn = targetGroups[color];
    if (arn && !TARGET_GROUP_ARN.test(arn)) {
      reader.problem(
        `${color}-target-group`,
        `'${arn}' is not a target-group ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>).`,
      );
    }
  }
  if (services.blue && services.blue === services.green) {
    reader.problem('green-service', 'is the same service as blue-service; a blue/green pair needs two services.');
  }
  if (targetGroups.blue && targetGroups.blue === targetGroups.green) {
    reader.problem('green-target-group', 'is the same target group as blue-target-group; each side needs its own.');
  }

  let desiredCount: number | undefined;
  if (desiredCountText !== undefined) {
    desiredCount = /^\d+$/.test(desiredCountText) ? Number(desiredCountText) : NaN;
    if (!Number.isSafeInteger(desiredCount) || desiredCount < 1 || desiredCount > 5000) {
      reader.problem(
        'desired-count',
        `'${desiredCountText}' is not valid. Use a whole number from 1 to 5000, or leave it empty for the live side's count.`,
      );
    }
  }

  const parsedSteps = parseSteps(stepsText);
  if (!parsedSteps.ok) reader.problem('steps', parsedSteps.message);

  if (mode === 'deploy') {
    if (request.taskDefinition === undefined && request.image === undefined && request.environment.size === 0) {
      reader.problem(
        'task-definition',
        "or image is required when mode is deploy: a task-definition file or revision, or an image to put into the live side's task definition.",
      );
    }
    if (checksTemplate === undefined) {
      reader.problem(
        'checks',
        'is required when mode is deploy: the gate that decides each step. See the README for an example with ${canary} and ${baseline}.',
      );
    }
  } else {
    const unused = {
      'task-definition': request.taskDefinition,
      image: request.image,
      'container-name': request.containerName,
      'desired-count': desiredCountText,
    };
    for (const [name, given] of Object.entries(unused)) {
      if (given !== undefined) reader.problem(name, `is not used when mode is ${mode}; remove it.`);
    }
  }
  const checksPreview = checksTemplate === undefined ? undefined : previewChecks(reader, checksTemplate);

  return {
    cluster,
    route,
    services,
    targetGroups,
    request,
    desiredCount,
    steps: parsedSteps.ok ? parsedSteps.steps : [],
    checksTemplate,
    checksPreview,
    gate: { intervalMs, failureLimit, inconclusiveLimit, metricsDelayMs },
    onInconclusive,
    keepPreviousMs,
    readyTimeoutMs,
    mode,
    awsRegion,
    window,
    windowTimeoutMs,
    onWindowClose,
  };
}

function readRoute(
  reader: InputReader,
  listenerArn: string | undefined,
  ruleArn: string | undefined,
): CanaryInputs['route'] {
  if (listenerArn !== undefined && ruleArn !== undefined) {
    reader.problem('listener-rule-arn', 'give either listener-arn or listener-rule-arn, not both.');
  } else if (listenerArn === undefined && ruleArn === undefined) {
    reader.problem(
      'listener-arn',
      'or listener-rule-arn is required: the ALB listener (or rule) that forwards to both target groups.',
    );
  }
  if (ruleArn !== undefined) {
    if (!RULE_ARN.test(ruleArn))
      reader.problem(
        'listener-rule-arn',
        `'${ruleArn}' is not a listener-rule ARN (…:listener-rule/app/<lb>/<id>/<listener>/<rule>).`,
      );
    return { kind: 'rule', arn: ruleArn };
  }
  if (listenerArn !== undefined && !LISTENER_ARN.test(listenerArn)) {
    reader.problem(
      'listener-arn',
      `'${listenerArn}' is not an ALB listener ARN (…:listener/app/<lb>/<id>/<listener>).`,
    );
  }
  return { kind: 'listener', arn: listenerArn ?? '' };
}

/** The checks document must parse with sample values in its placeholders, before anything changes. */
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
