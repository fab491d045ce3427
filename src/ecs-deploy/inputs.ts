import { REGION_PATTERN } from '../aws/client-config.js';
import { InputReader, type ReadInput } from '../runtime/inputs.js';

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
}

const REVISION_REFERENCE = /^[A-Za-z0-9_-]{1,255}:\d+$/;
const TASK_DEFINITION_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/;
/**
 * A container image reference: [registry[:port]/]repository[:tag][@sha256:digest], the repository
 * in lower case. Checked here so a typo fails before anything is registered, not as a
 * CannotPullContainerError in production.
 */
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE_REFERENCE = new RegExp(
  `^(?:[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?::\\d+)?/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::\\w[\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);
const FILE_EXTENSION = /\.(json|ya?ml)$/i;

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

  if (pollIntervalMs >= timeoutMs) {
    reader.problem('poll-interval', 'must be shorter than timeout, or the rollout is checked at most once.');
  }
  if (image !== undefined && !IMAGE_REFERENCE.test(image)) {
    reader.problem(
      'image',
      `'${image}' is not an image reference; expected [registry/]repository[:tag][@sha256:digest] with the repository in lower case, like 123456789012.dkr.ecr.us-east-1.amazonaws.com/order-router@sha256:<64 hex digits>.`,
    );
  }

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
  };
}

/**
 * A value that looks like `family:revision` or an ARN names a registered revision; anything
 * else is a file path. A file literally named `api:3` would need `./api:3`.
 */
function classifyTaskDefinition(text: string): TaskDefinitionSource {
  if (!FILE_EXTENSION.test(text) && (REVISION_REFERENCE.test(text) || TASK_DEFINITION_ARN.test(text))) {
    return { kind: 'revision', reference: text };
  }
  return { kind: 'file', path: text };
}
