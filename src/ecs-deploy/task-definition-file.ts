import type { RegisterTaskDefinitionCommandInput, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { parseDocument } from 'yaml';
import type { InputProblem } from '../runtime/errors.js';

/**
 * Fields that `aws ecs describe-task-definition` returns but RegisterTaskDefinition rejects.
 * They are dropped so an exported file registers as it is.
 */
export const READ_ONLY_FIELDS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
] as const;

/** Top-level fields RegisterTaskDefinition accepts (checked against @aws-sdk/client-ecs). */
const REGISTRABLE_FIELDS = new Set<string>([
  'family',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'containerDefinitions',
  'volumes',
  'placementConstraints',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'tags',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'inferenceAccelerators',
  'ephemeralStorage',
  'runtimePlatform',
  'enableFaultInjection',
]);

const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;

export type ParsedTaskDefinition =
  | {
      readonly ok: true;
      readonly definition: RegisterTaskDefinitionCommandInput;
      readonly droppedFields: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

/**
 * Turns the text of a task-definition file (JSON or YAML; bare, or wrapped as
 * `{"taskDefinition": {...}, "tags": [...]}` the way the CLI prints it) into a
 * RegisterTaskDefinition request, or the list of what is wrong with it.
 */
export function parseTaskDefinitionFile(path: string, text: string): ParsedTaskDefinition {
  const input = `task-definition (${path})`;
  const problem = (message: string): ParsedTaskDefinition => ({ ok: false, problems: [{ input, message }] });

  const parsed = parseStructuredText(text, path);
  if ('error' in parsed) return problem(parsed.error);
  const document = parsed.value;
  if (!isPlainObject(document)) return problem('must contain a JSON or YAML object (the task definition).');

  // `aws ecs describe-task-definition` output wraps the definition and puts tags beside it.
  const wrapped = isPlainObject(document.taskDefinition);
  const body: Record<string, unknown> = {
    ...(wrapped ? (document.taskDefinition as Record<string, unknown>) : document),
  };
  const wrapperTags = wrapped ? document.tags : undefined;

  const droppedFields = READ_ONLY_FIELDS.filter((field) => field in body);
  for (const field of droppedFields) delete body[field];
  if (body.tags === undefined && Array.isArray(wrapperTags) && wrapperTags.length > 0) body.tags = wrapperTags;

  const problems: string[] = [];
  const unknown = Object.keys(body).filter((key) => !REGISTRABLE_FIELDS.has(key));
  if (unknown.length > 0) {
    problems.push(
      `has fields ECS does not accept: ${unknown.join(', ')}. Allowed fields: ${[...REGISTRABLE_FIELDS].join(', ')}.`,
    );
  }
  if (typeof body.family !== 'string' || !FAMILY.test(body.family)) {
    problems.push('needs "family": up to 255 letters, digits, hyphens and underscores.');
  }
  // ECS takes cpu and memory as strings; people often write numbers.
  for (const field of ['cpu', 'memory'] as const) {
    if (typeof body[field] === 'number') body[field] = String(body[field]);
  }
  problems.push(...containerProblems(body.containerDefinitions));
  if (body.tags !== undefined) problems.push(...tagProblems(body.tags));

  if (problems.length > 0) return { ok: false, problems: problems.map((message) => ({ input, message })) };
  return { ok: true, definition: body as unknown as RegisterTaskDefinitionCommandInput, droppedFields };
}

function containerProblems(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    return ['needs "containerDefinitions": a non-empty list of containers.'];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  value.forEach((container: unknown, index) => {
    if (!isPlainObject(container) || typeof container.name !== 'string' || container.name === '') {
      problems.push(`containerDefinitions[${index}] needs a "name".`);
      return;
    }
    if (seen.has(container.name)) problems.push(`container name '${container.name}' is used twice.`);
    seen.add(container.name);
    if (container.image !== undefined && typeof container.image !== 'string') {
      problems.push(`container '${container.name}': "image" must be a string.`);
    }
    problems.push(...environmentProblems(container.name, container.environment));
  });
  return problems;
}

/**
 * ECS takes environment values as strings. Unquoted YAML (`value: 0123`, `value: 1.10`) or a JSON
 * number has already lost what was written (leading zeros, trailing zeros, large integers) by the
 * time it is parsed, so it is refused with a request to quote it rather than silently changed.
 */
function environmentProblems(container: string, environment: unknown): string[] {
  if (environment === undefined) return [];
  if (!Array.isArray(environment))
    return [`container '${container}': "environment" must be a list of {"name", "value"}.`];
  const problems: string[] = [];
  for (const entry of environment as unknown[]) {
    if (!isPlainObject(entry) || typeof entry.name !== 'string') {
      problems.push(`container '${container}': every "environment" entry needs a string "name".`);
    } else if (entry.value !== undefined && typeof entry.value !== 'string') {
      problems.push(
        `container '${container}': environment variable '${entry.name}' has the ${typeof entry.value} ${JSON.stringify(entry.value)}; quote it ("...") so it reaches the container exactly as written.`,
      );
    }
  }
  return problems;
}

function tagProblems(value: unknown): string[] {
  const valid =
    Array.isArray(value) &&
    value.every(
      (tag: unknown) => isPlainObject(tag) && typeof tag.key === 'string' && typeof (tag as Tag).value === 'string',
    );
  return valid ? [] : ['"tags" must be a list of {"key": ..., "value": ...} with string values.'];
}

/** JSON for .json files (exact error positions), YAML otherwise; YAML also reads JSON. */
function parseStructuredText(rawText: string, path: string): { value: unknown } | { error: string } {
  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const text = rawText.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(path)) {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch (error) {
      return { error: `is not valid JSON: ${(error as Error).message}.` };
    }
  }
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const where = first.linePos?.[0];
    const position = where ? ` at line ${where.line}, column ${where.col}` : '';
    // The library repeats the position at the end of its first line; say it once.
    const message = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { error: `is not valid YAML${position}: ${message}.` };
  }
  return { value: document.toJS() as unknown };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A registered revision (from DescribeTaskDefinition) as a RegisterTaskDefinition request, for
 * when a new image or environment is applied to an existing revision.
 */
export function registrableCopy(
  definition: TaskDefinition,
  tags: readonly Tag[] = [],
): RegisterTaskDefinitionCommandInput {
  const body: Record<string, unknown> = { ...definition };
  for (const field of READ_ONLY_FIELDS) delete body[field];
  for (const key of Object.keys(body)) if (!REGISTRABLE_FIELDS.has(key)) delete body[key];
  if (tags.length > 0) body.tags = [...tags];
  return body as unknown as RegisterTaskDefinitionCommandInput;
}
