import { parse } from 'yaml';
import type { AppAutoScalingPort } from '../aws/app-autoscaling.js';
import type { GitHubPort } from '../github/client.js';
import { upsertComment } from '../github/client.js';
import { ConfigurationError, type InputProblem } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { taskSizeOf, type EcsInventoryPort } from './ecs-inventory.js';
import { isValidSize, monthlyCost, splitTasks, type PriceBook, type StrategyItem, type TaskSize } from './fargate.js';
import type { PrDeltaInputs } from './inputs.js';
import type { CostStatus } from './thresholds.js';

/** A task-definition file as read from the workspace. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface TaskCount {
  readonly min: number;
  readonly max: number;
  readonly source: 'desired-count' | 'autoscaling' | 'service' | 'assumed';
}

export interface ServiceDelta {
  readonly family: string;
  readonly basePath?: string;
  readonly headPath?: string;
  readonly base?: TaskSize;
  readonly head?: TaskSize;
  readonly count: TaskCount;
  readonly baseMin: number;
  readonly baseMax: number;
  readonly headMin: number;
  readonly headMax: number;
  readonly deltaMin: number;
  readonly deltaMax: number;
}

export interface PrDeltaReport {
  readonly mode: 'pr-delta';
  readonly status: CostStatus;
  readonly services: readonly ServiceDelta[];
  readonly baseMin: number;
  readonly baseMax: number;
  readonly headMin: number;
  readonly headMax: number;
  readonly deltaMin: number;
  /** The change at the autoscaling maximum: the figure gated on and put in `monthly-delta`. */
  readonly deltaMax: number;
  /** Change in percent of the base (at the maximum); undefined when there was no base cost. */
  readonly percent?: number;
  /** Whether the change reaches min-change-usd or min-change-percent. */
  readonly significant: boolean;
  readonly failAboveUsd?: number;
  readonly failed: boolean;
  readonly strategy: string;
  readonly priceSource: string;
  readonly notes: readonly string[];
}

/** Where task counts come from when desired-count is not given. */
export interface CountSources {
  readonly cluster?: string;
  readonly autoscaling?: AppAutoScalingPort;
  readonly ecs?: EcsInventoryPort;
}

interface ParsedFile {
  readonly family: string;
  readonly path: string;
  readonly size: TaskSize;
}

/**
 * Reads one task-definition file (JSON or YAML, bare or wrapped as `{"taskDefinition": …}`) for
 * what Fargate bills: task cpu and memory, architecture, ephemeral storage.
 */
export function parseTaskDefinitionCost(input: 'base' | 'head', file: SourceFile): ParsedFile | InputProblem {
  const name = `${input} (${file.path})`;
  let document: unknown;
  try {
    document = parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { input: name, message: `is not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}` };
  }
  const record = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const outer = record(document);
  const body = record(outer?.taskDefinition) ?? outer;
  if (!body) return { input: name, message: 'must contain a task definition (a JSON or YAML object).' };
  const family = typeof body.family === 'string' && body.family ? body.family : undefined;
  if (!family) return { input: name, message: 'needs "family": files are paired and named by it.' };
  const size = taskSizeOf({
    cpu: body.cpu as string | number | undefined,
    memory: body.memory as string | number | undefined,
    cpuArchitecture: record(body.runtimePlatform)?.cpuArchitecture as string | undefined,
    ephemeralGb: record(body.ephemeralStorage)?.sizeInGiB as number | undefined,
  });
  if (!size) return { input: name, message: 'needs task-level "cpu" and "memory" (Fargate bills the task size).' };
  if (!isValidSize(size.vcpu, size.memoryGb)) {
    return {
      input: name,
      message: `${size.vcpu} vCPU with ${size.memoryGb} GB is not a size Fargate runs; see the valid cpu and memory combinations.`,
    };
  }
  return { family, path: file.path, size };
}

/**
 * The monthly cost change between the base and head task definitions. Files are paired by
 * family: one only in head is a new service, one only in base a removed one.
 */
export async function computePrDelta(
  inputs: PrDeltaInputs,
  files: { readonly base: readonly SourceFile[]; readonly head: readonly SourceFile[] },
  book: PriceBook,
  counts: CountSources,
  logger: Logger,
): Promise<PrDeltaReport> {
  const problems: InputProblem[] = [];
  if (files.head.length === 0 && files.base.length === 0) {
    problems.push({ input: 'head', message: `'${inputs.head}' matches no file (nor does base '${inputs.base}').` });
  }
  const read = (input: 'base' | 'head', list: readonly SourceFile[]): Map<string, ParsedFile> => {
    const byFamily = new Map<string, ParsedFile>();
    for (const file of list) {
      const parsed = parseTaskDefinitionCost(input, file);
      if ('message' in parsed) problems.push(parsed);
      else if (byFamily.has(parsed.family)) {
        problems.push({
          input,
          message: `family '${parsed.family}' is in both ${byFamily.get(parsed.family)?.path} and ${file.path}.`,
        });
      } else byFamily.set(parsed.family, parsed);
    }
    return byFamily;
  };
  const base = read('base', files.base);
  const head = read('head', files.head);
  if (problems.length > 0) throw new ConfigurationError(problems);

  const families = [...new Set([...base.keys(), ...head.keys()])].sort();
  const taskCounts = await resolveCounts(families, inputs.desiredCount, counts, logger);
  const services: ServiceDelta[] = families.map((family) => {
    const before = base.get(family);
    const after = head.get(family);
    const count = taskCounts.get(family) ?? { min: 1, max: 1, source: 'assumed' as const };
    const price = (size: TaskSize | undefined, tasks: number): number =>
      size ? monthlyCost(size, splitTasks(tasks, inputs.capacityProviderStrategy), book) : 0;
    const baseMin = price(before?.size, count.min);
    const baseMax = price(before?.size, count.max);
    const headMin = price(after?.size, count.min);
    const headMax = price(after?.size, count.max);
    return {
      family,
      basePath: before?.path,
      headPath: after?.path,
      base: before?.size,
      head: after?.size,
      count,
      baseMin,
      baseMax,
      headMin,
      headMax,
      deltaMin: headMin - baseMin,
      deltaMax: headMax - baseMax,
    };
  });

  const sum = (pick: (s: ServiceDelta) => number): number => services.reduce((total, s) => total + pick(s), 0);
  const baseMax = sum((s) => s.baseMax);
  const deltaMax = sum((s) => s.deltaMax);
  const percent = baseMax > 0 ? (deltaMax / baseMax) * 100 : undefined;
  const changed = Math.abs(deltaMax) >= 0.005;
  const significant =
    changed &&
    (Math.abs(deltaMax) >= inputs.minChangeUsd ||
      percent === undefined ||
      Math.abs(percent) >= inputs.minChangePercent);
  const failed = inputs.failAboveUsd !== undefined && deltaMax > inputs.failAboveUsd;
  const notes = [...book.notes];
  if (services.some((s) => s.count.source === 'assumed')) {
    notes.push('Services marked "assumed" are priced at one task: set desired-count, or cluster to read autoscaling.');
  }
  return {
    mode: 'pr-delta',
    status: failed ? 'alert' : significant ? 'warning' : 'ok',
    services,
    baseMin: sum((s) => s.baseMin),
    baseMax,
    headMin: sum((s) => s.headMin),
    headMax: sum((s) => s.headMax),
    deltaMin: sum((s) => s.deltaMin),
    deltaMax,
    percent,
    significant,
    failAboveUsd: inputs.failAboveUsd,
    failed,
    strategy: describeStrategy(inputs.capacityProviderStrategy),
    priceSource: book.source,
    notes,
  };
}

async function resolveCounts(
  families: readonly string[],
  desiredCount: number | undefined,
  sources: CountSources,
  logger: Logger,
): Promise<Map<string, TaskCount>> {
  const counts = new Map<string, TaskCount>();
  if (desiredCount !== undefined) {
    for (const family of families)
      counts.set(family, { min: desiredCount, max: desiredCount, source: 'desired-count' });
    return counts;
  }
  if (!sources.cluster) return counts;
  const ranges: Map<string, { min: number; max: number }> =
    (await sources.autoscaling?.serviceCapacity(sources.cluster, families)) ??
    new Map<string, { min: number; max: number }>();
  for (const [service, range] of ranges) counts.set(service, { ...range, source: 'autoscaling' });
  const rest = families.filter((f) => !counts.has(f));
  if (rest.length > 0 && sources.ecs) {
    for (const service of await sources.ecs.describeServices(sources.cluster, rest)) {
      counts.set(service.name, { min: service.desiredCount, max: service.desiredCount, source: 'service' });
    }
  }
  const unknown = families.filter((f) => !counts.has(f));
  if (unknown.length > 0)
    logger.info(`No service or scalable target in ${sources.cluster} for: ${unknown.join(', ')}.`);
  return counts;
}

function describeStrategy(strategy: readonly StrategyItem[]): string {
  if (strategy.length === 0) return 'all on Fargate';
  return strategy.map((s) => `${s.provider} weight ${s.weight}${s.base > 0 ? ` base ${s.base}` : ''}`).join(', ');
}

/** The hidden marker of the pull-request comment: one per pull request. */
export const PR_COMMENT_MARKER = '<!-- trading-actions:cost-alert:pr-delta -->';

/**
 * Posts or updates the one comment on the pull request. A change below the thresholds creates
 * nothing, but an existing comment is updated so it never shows a figure that no longer holds.
 */
export async function publishPrComment(
  github: GitHubPort,
  pullRequest: number,
  report: PrDeltaReport,
  markdown: string,
): Promise<'created' | 'updated' | 'skipped'> {
  const body = `${PR_COMMENT_MARKER}\n${
    report.significant ? markdown : `${markdown}\n_Below min-change-usd and min-change-percent: kept for the record._\n`
  }`;
  if (!report.significant) {
    const existing = await github.findComment(pullRequest, PR_COMMENT_MARKER);
    if (!existing) return 'skipped';
    await github.updateComment(existing.id, body);
    return 'updated';
  }
  const { created } = await upsertComment(github, pullRequest, PR_COMMENT_MARKER, body);
  return created ? 'created' : 'updated';
}
