/**
 * Deciding which task-definition revision to deploy, shared by ecs-deploy and canary: a checked
 * file, or a registered revision, each optionally with a new image and environment for one
 * container. Nothing here changes anything in AWS; it only reads registered revisions.
 */
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { shortTaskDefinition, type EcsPort, type TaskDefinitionSummary } from '../aws/ecs.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { InputReader } from '../runtime/inputs.js';
import type { Logger } from '../runtime/logger.js';
import { applyContainerChanges, type ContainerChanges } from './container-changes.js';
import type { TaskDefinitionSource } from './inputs.js';
import { parseTaskDefinitionFile, registrableCopy } from './task-definition-file.js';

/** What to deploy, as the inputs `task-definition`, `image`, `container-name`, `environment` say. */
export interface TaskDefinitionRequest extends ContainerChanges {
  readonly taskDefinition: TaskDefinitionSource | undefined;
}

export interface TaskDefinitionPlanDeps {
  readonly ecs: Pick<EcsPort, 'describeTaskDefinition'>;
  readonly logger: Logger;
  /** Reads a task-definition file; throws (ENOENT etc.) when it cannot. */
  readonly readTextFile: (path: string) => string;
}

/** What to put on a service, decided before anything in AWS changes. */
export interface TaskDefinitionPlan {
  /** Present when a new revision must be registered first. */
  readonly register?: RegisterTaskDefinitionCommandInput;
  /** The revision to deploy when nothing is registered. */
  readonly existingArn?: string;
  readonly source: { readonly kind: 'file' | 'revision' | 'rollback'; readonly detail: string };
  readonly image?: string;
}

/** Reads and checks the task-definition file, with the image and environment applied. */
export function loadFileDefinition(
  inputs: TaskDefinitionRequest,
  deps: TaskDefinitionPlanDeps,
): RegisterTaskDefinitionCommandInput | undefined {
  if (inputs.taskDefinition?.kind !== 'file') return undefined;
  const { path } = inputs.taskDefinition;
  let text: string;
  try {
    text = deps.readTextFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConfigurationError([
      {
        input: 'task-definition',
        message: `cannot read '${path}' (${why}). Give a path relative to the repository root, or an existing revision as family:revision or an ARN.`,
      },
    ]);
  }
  const parsed = parseTaskDefinitionFile(path, text);
  if (!parsed.ok) throw new ConfigurationError(parsed.problems);
  if (parsed.droppedFields.length > 0) {
    deps.logger.info(`Ignoring read-only fields from describe-task-definition: ${parsed.droppedFields.join(', ')}.`);
  }
  const applied = applyContainerChanges(parsed.definition, inputs);
  if (!applied.ok) throw new ConfigurationError(applied.problems);
  const containers = applied.definition.containerDefinitions?.map((c) => c.name).join(', ') ?? '';
  deps.logger.info(`${path}: family ${applied.definition.family}, containers ${containers}.`);
  return applied.definition;
}

/**
 * The revision to deploy: the checked file (from loadFileDefinition), or a registered revision
 * as it is, or that revision with a new image or environment (registered as a new revision).
 */
export async function planTaskDefinition(
  inputs: TaskDefinitionRequest,
  fileDefinition: RegisterTaskDefinitionCommandInput | undefined,
  deps: TaskDefinitionPlanDeps,
): Promise<TaskDefinitionPlan> {
  const source = inputs.taskDefinition;
  if (fileDefinition && source?.kind === 'file') {
    logContainerChanges(inputs, deps.logger);
    return { register: fileDefinition, source: { kind: 'file', detail: source.path }, image: inputs.image };
  }
  if (source?.kind !== 'revision') throw new Error('deploy mode without a task definition passed input validation');

  const existing = await describeRegistered(deps.ecs, source.reference, 'task-definition');
  if (inputs.image === undefined && inputs.environment.size === 0) {
    deps.logger.info(
      `Deploying the registered revision ${shortTaskDefinition(existing.arn)} as it is; nothing is registered.`,
    );
    return { existingArn: existing.arn, source: { kind: 'revision', detail: 'existing revision, not re-registered' } };
  }
  const applied = applyContainerChanges(registrableCopy(existing.definition, existing.tags), inputs);
  if (!applied.ok) throw new ConfigurationError(applied.problems);
  logContainerChanges(inputs, deps.logger);
  return {
    register: applied.definition,
    source: { kind: 'revision', detail: `${shortTaskDefinition(existing.arn)} with a new image or environment` },
    image: inputs.image,
  };
}

/** The registered revision behind `reference`, which must exist and be ACTIVE to be deployed. */
export async function describeRegistered(
  ecs: Pick<EcsPort, 'describeTaskDefinition'>,
  reference: string,
  input: string,
): Promise<TaskDefinitionSummary> {
  const found = await ecs.describeTaskDefinition(reference);
  if (!found) {
    throw new ConfigurationError([
      {
        input,
        message: `task definition '${reference}' is not registered in this account and region. Use family:revision or the ARN of a registered revision.`,
      },
    ]);
  }
  if (found.status !== 'ACTIVE') {
    throw new ConfigurationError([
      {
        input,
        message: `${shortTaskDefinition(found.arn)} is ${found.status}; ECS cannot deploy an inactive revision. Choose an ACTIVE one.`,
      },
    ]);
  }
  return found;
}

/** Names only: environment values may be sensitive and the log is visible to every reader of the repo. */
function logContainerChanges(inputs: ContainerChanges, logger: Logger): void {
  if (inputs.environment.size > 0) logger.info(`Setting environment: ${[...inputs.environment.keys()].join(', ')}.`);
  if (inputs.image) logger.info(`Image: ${inputs.image}`);
  // A tag can be moved after the image was tested; a digest cannot.
  if (inputs.image && !inputs.image.includes('@sha256:')) {
    logger.warning(
      `${inputs.image} is a tag, not a digest: what runs is whatever the tag points to when a task starts. Deploy repo@sha256:… for an immutable reference.`,
    );
  }
}

export const REVISION_REFERENCE = /^[A-Za-z0-9_-]{1,255}:\d+$/;
export const TASK_DEFINITION_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/**
 * A container image reference: [registry[:port]/]repository[:tag][@sha256:digest], the repository
 * in lower case. Checked up front so a typo fails before anything is registered, not as a
 * CannotPullContainerError in production.
 */
export const IMAGE_REFERENCE = new RegExp(
  `^(?:[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?::\\d+)?/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::\\w[\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`,
);
const FILE_EXTENSION = /\.(json|ya?ml)$/i;

/** The problem reported for an `image` input that is not an image reference. */
export const NOT_AN_IMAGE = (image: string): string =>
  `'${image}' is not an image reference; expected [registry/]repository[:tag][@sha256:digest] with the repository in lower case, like 123456789012.dkr.ecr.us-east-1.amazonaws.com/order-router@sha256:<64 hex digits>.`;

/**
 * Reads `task-definition`, `image`, `container-name` and `environment` with the meaning they
 * have in every action that deploys: a file path or a registered revision, and changes to one
 * container. Problems go to the reader.
 */
export function readTaskDefinitionRequest(reader: InputReader): TaskDefinitionRequest {
  const text = reader.string('task-definition');
  const image = reader.string('image');
  const containerName = reader.string('container-name');
  const environment = reader.keyValues('environment');
  if (image !== undefined && !IMAGE_REFERENCE.test(image)) reader.problem('image', NOT_AN_IMAGE(image));
  const taskDefinition = text === undefined ? undefined : classifyTaskDefinition(text);
  if (containerName !== undefined && image === undefined && environment.size === 0 && taskDefinition?.kind !== 'file') {
    reader.problem('container-name', 'has no effect without image or environment; remove it or add one of them.');
  }
  return { taskDefinition, image, containerName, environment };
}

/**
 * A value that looks like `family:revision` or an ARN names a registered revision; anything
 * else is a file path. A file literally named `api:3` would need `./api:3`.
 */
export function classifyTaskDefinition(text: string): TaskDefinitionSource {
  if (!FILE_EXTENSION.test(text) && (REVISION_REFERENCE.test(text) || TASK_DEFINITION_ARN.test(text))) {
    return { kind: 'revision', reference: text };
  }
  return { kind: 'file', path: text };
}

/**
 * Whether the revision a service runs is the release this plan deploys: the same revision, or
 * one with the same images in the same containers (a re-run registers the release again).
 */
export async function runsPlannedRelease(
  plan: TaskDefinitionPlan,
  running: string,
  ecs: Pick<EcsPort, 'describeTaskDefinition'>,
): Promise<boolean> {
  if (plan.existingArn) return plan.existingArn === running;
  const current = await ecs.describeTaskDefinition(running);
  if (!current || !plan.register) return false;
  const images = (containers: readonly { name?: string; image?: string }[] | undefined): string =>
    JSON.stringify((containers ?? []).map((c) => [c.name, c.image]).sort());
  return images(plan.register.containerDefinitions) === images(current.definition.containerDefinitions);
}
