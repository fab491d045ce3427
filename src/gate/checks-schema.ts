import type { StandardUnit } from '@aws-sdk/client-cloudwatch';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { z } from 'zod';
import { DURATION_FORMAT, formatDuration, parseDuration } from '../runtime/duration.js';
import { ConfigurationError, type InputProblem } from '../runtime/errors.js';
import type {
  AlarmCheck,
  ChecksDocument,
  CompareCheck,
  CompareMetric,
  EcsCheck,
  HttpCheck,
  MetricCheck,
  MetricSpec,
  SeriesSource,
  Threshold,
} from './checks.js';
import {
  expandAlbTargetGroup,
  expandTrading,
  PRESET_NAMES,
  type AlbTargetGroupThresholdKey,
  type TradingThresholdKey,
} from './presets.js';
import { periodOf } from './series.js';
import { parseThreshold, THRESHOLD_FORMAT } from './threshold.js';

/**
 * The `checks` input of the health gate: a YAML document, validated as a whole so that every
 * mistake is reported at once with its line, column and field, then converted into the typed
 * {@link ChecksDocument} with every default applied.
 *
 * Keys are kebab-case; an unknown key is an error listing the allowed ones (a typo such as
 * `treshold` would otherwise silently drop a check). Durations take a unit (`500ms`, `90s`,
 * `15m`, `1h30m`), thresholds an operator (`< 0.01`, `>= 99.5`; quote those starting with `>` or
 * `!`, which YAML reads as syntax). Defaults:
 *
 * - `http[]`: `id` = the url, `method` GET, `headers` none, `expect-status` 200 (a number or a
 *   list), `min-success-ratio` 1, `timeout` 5s, `probes` 1; `max-latency` and `body-contains`
 *   are checked only when given.
 * - `metrics[]`: `id` = the metric name (`Numerator/Denominator` for a ratio), `dimensions` none,
 *   `period` 60s (1s, 5s, 10s, 30s or a multiple of 60s), `lookback` 3 periods, `reduce` latest,
 *   `must-have-data` false.
 * - `presets[]`: see presets.ts; check ids are `<preset or id>/<key>`.
 * - `alarms[]`: `names` or `prefix` (one of them); `id` = `alarms/<prefix>*` or
 *   `alarms/<name>,<name>`.
 * - `ecs[]`: `id` = `ecs/<cluster>/<service>`.
 * - `compare`: `id` compare, `pass` 95, `marginal` 75, group weights 1; per metric `period` 60s,
 *   `direction` increase, `tolerance` 25%, `critical` false, `must-have-data` false, `group` = id.
 *
 * Ids must be unique across all checks (compare metrics have their own namespace).
 */

/** The action input this document comes from, named in every problem. */
export const CHECKS_INPUT = 'checks';

/** The keys a `checks` document may have at its top level, in documentation order. */
export const CHECKS_TOP_LEVEL_KEYS = ['http', 'metrics', 'presets', 'alarms', 'ecs', 'compare'] as const;

const DEFAULT_PERIOD_SECONDS = 60;
const DEFAULT_LOOKBACK_PERIODS = 3;
const DEFAULT_HTTP_TIMEOUT_MS = 5000;
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const STATS = ['Sum', 'Average', 'Minimum', 'Maximum', 'SampleCount'] as const;
const PERCENTILE = /^p(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?)$/i;
const HIGH_RESOLUTION_PERIODS = [1, 5, 10, 30];
const REDUCERS = ['latest', 'max', 'min', 'average', 'sum'] as const;
const DIRECTIONS = ['increase', 'decrease', 'either'] as const;
/** CloudWatch's StandardUnit values; a unit filter that matches nothing yields no data at all. */
export const CLOUDWATCH_UNITS = [
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Percent',
  'Count',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'None',
] as const satisfies readonly StandardUnit[];

type Path = readonly (string | number)[];
type Dimensions = MetricSpec['dimensions'];

// ---------------------------------------------------------------------------------------------
// Leaf values. Each leaf reports its own message; a missing required key is reported by
// `messageFor` as "'key' is required".

type LeafResult<T> = { readonly value: T } | { readonly problem: string };

/** A schema for one scalar whose parsing is a plain function, so messages can quote the input. */
function leaf<T>(parse: (value: unknown) => LeafResult<T>) {
  return z.unknown().transform((value, ctx): T => {
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', input: undefined });
      return z.NEVER;
    }
    const result = parse(value);
    if ('value' in result) return result.value;
    ctx.addIssue({ code: 'custom', message: result.problem, input: value });
    return z.NEVER;
  });
}

const text = z.string().min(1);

/** A duration in milliseconds, longer than zero. */
const duration = leaf(durationOf);

/** A CloudWatch period in seconds: 1, 5, 10 or 30 (high-resolution metrics) or a multiple of 60. */
const period = leaf((value): LeafResult<number> => {
  const result = durationOf(value);
  if (!('value' in result)) return result;
  const seconds = result.value / 1000;
  if (HIGH_RESOLUTION_PERIODS.includes(seconds) || seconds % 60 === 0) return { value: seconds };
  return {
    problem: `${show(value)} is not a CloudWatch period; use 1s, 5s, 10s, 30s or a multiple of 60s like 1m or 5m`,
  };
});

function durationOf(value: unknown): LeafResult<number> {
  if (typeof value === 'number')
    return { problem: `${value} has no unit; write it with one, like ${value}s or ${value}m` };
  const ms = typeof value === 'string' ? parseDuration(value) : undefined;
  if (ms === undefined) return { problem: `${show(value)} is not a duration; use ${DURATION_FORMAT}` };
  if (ms === 0) return { problem: `${show(value)} is no time at all; use ${DURATION_FORMAT}` };
  return { value: ms };
}

const threshold = leaf((value): LeafResult<Threshold> => {
  const parsed = typeof value === 'string' ? parseThreshold(value) : undefined;
  if (parsed !== undefined) return { value: parsed };
  const percent = typeof value === 'string' && value.includes('%');
  const hint = percent ? ' (no percentages: write the number the metric reports, such as 0.01 for 1 %)' : '';
  return { problem: `${show(value)} is not a threshold; write ${THRESHOLD_FORMAT}${hint}` };
});

/** One of `values`, compared case-insensitively, returned as written in `values`. */
function choice<const T extends string>(values: readonly T[]) {
  return leaf((value): LeafResult<T> => {
    const wanted = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
    const match = values.find((v) => v.toLowerCase() === wanted);
    if (match !== undefined) return { value: match };
    return { problem: `${show(value)} is not valid; valid values are: ${values.join(', ')}` };
  });
}

const stat = leaf((value): LeafResult<string> => {
  if (typeof value === 'string') {
    const named = STATS.find((s) => s.toLowerCase() === value.toLowerCase());
    if (named !== undefined) return { value: named };
    if (PERCENTILE.test(value)) return { value: value.toLowerCase() };
  }
  return { problem: `${show(value)} is not a statistic; use ${STATS.join(', ')} or a percentile like p95 or p99.9` };
});

const unit = choice(CLOUDWATCH_UNITS);

/** A map of dimension names to values, kept in the order written. */
const dimensions = z
  .record(z.string().min(1), text)
  .transform((map): Dimensions => Object.entries(map).map(([name, value]) => ({ name, value })));

/** A relative change: `25%` or a fraction from 0 to 1 (0.25). */
const tolerance = leaf((value): LeafResult<number> => {
  if (typeof value === 'number' && value >= 0 && value <= 1) return { value };
  if (typeof value === 'number' && value > 1) {
    return {
      problem: `${value} would allow a change of ${value * 100}%; write a fraction from 0 to 1 (0.25) or a percentage (25%)`,
    };
  }
  const percent = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*%$/.exec(value.trim()) : null;
  if (percent?.[1] !== undefined) return { value: Number(percent[1]) / 100 };
  return { problem: `${show(value)} is not a tolerance; write a percentage like 25% or a fraction like 0.25` };
});

const httpUrl = leaf((value): LeafResult<string> => {
  if (typeof value === 'string' && URL.canParse(value)) {
    const url = new URL(value);
    // fetch refuses credentials in a URL, and the URL is shown in logs and reports.
    if (url.username || url.password) {
      return {
        problem:
          'has a user name or password in it; send credentials in a header instead (headers: { Authorization: ... })',
      };
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') return { value };
  }
  return { problem: `${show(value)} is not an http:// or https:// URL` };
});

const statusCode = leaf((value): LeafResult<number> =>
  typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599
    ? { value }
    : { problem: `${show(value)} is not an HTTP status code; use a whole number from 100 to 599` },
);
const statusCodes = z.preprocess(
  (value) => (typeof value === 'number' ? [value] : value),
  z
    .array(statusCode, {
      error: (issue) => (issue.code === 'invalid_type' ? statusCodesTypeMessage(issue.input) : undefined),
    })
    .min(1),
);

/** An ALB dimension value: the ARN suffix (`app/name/id`), also accepted as a whole ARN. */
function arnSuffix(prefix: 'app/' | 'targetgroup/', example: string) {
  return leaf((value): LeafResult<string> => {
    if (typeof value === 'string') {
      const suffix = value.startsWith('arn:') ? value.slice(value.indexOf(prefix)) : value;
      if (suffix.startsWith(prefix) && value.includes(prefix) && suffix.split('/').length === 3)
        return { value: suffix };
    }
    return { problem: `${show(value)} is not valid; use the ARN or its suffix, like ${example}` };
  });
}

// ---------------------------------------------------------------------------------------------
// Maps

/** A strict map: an unknown key is reported with the allowed keys and a likely correction. */
function strict<S extends z.core.$ZodLooseShape>(shape: S, noun = 'key') {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, allowed, noun) : undefined),
  });
}

const metricFields = {
  namespace: text.optional(),
  metric: text.optional(),
  dimensions: dimensions.optional(),
  stat: stat.optional(),
  unit: unit.optional(),
};
type MetricFields = {
  namespace?: string | undefined;
  metric?: string | undefined;
  dimensions?: Dimensions | undefined;
  stat?: string | undefined;
  unit?: string | undefined;
};
const REQUIRED_FIELDS = ['namespace', 'metric', 'stat'] as const;
type RequiredField = (typeof REQUIRED_FIELDS)[number];
const SHARED_FIELDS = ['namespace', 'dimensions', 'stat', 'unit'] as const;

const ratio = strict({
  numerator: strict(metricFields),
  denominator: strict(metricFields),
  namespace: metricFields.namespace,
  dimensions: metricFields.dimensions,
  stat: metricFields.stat,
  unit: metricFields.unit,
});
type Ratio = z.output<typeof ratio>;
const RATIO_PARTS = ['numerator', 'denominator'] as const;

const httpEntry = strict({
  id: text.optional(),
  url: httpUrl,
  method: choice(HTTP_METHODS).optional(),
  headers: z.record(z.string().min(1), z.string()).optional(),
  'expect-status': statusCodes.optional(),
  'max-latency': duration.optional(),
  'body-contains': text.optional(),
  'min-success-ratio': z.number().gt(0).max(1).optional(),
  timeout: duration.optional(),
  probes: z.int().min(1).optional(),
}).transform((e): HttpCheck => ({
  kind: 'http',
  // Without its query string: tokens are sometimes passed there, and the id is printed everywhere.
  id: e.id ?? e.url.split('?')[0] ?? e.url,
  url: e.url,
  method: e.method ?? 'GET',
  headers: e.headers ?? {},
  expectStatus: e['expect-status'] ?? [200],
  ...(e['max-latency'] === undefined ? {} : { maxLatencyMs: e['max-latency'] }),
  ...(e['body-contains'] === undefined ? {} : { bodyContains: e['body-contains'] }),
  minSuccessRatio: e['min-success-ratio'] ?? 1,
  timeoutMs: e.timeout ?? DEFAULT_HTTP_TIMEOUT_MS,
  probes: e.probes ?? 1,
}));

const metricEntry = strict({
  id: text.optional(),
  description: text.optional(),
  ...metricFields,
  ratio: ratio.optional(),
  threshold,
  period: period.optional(),
  lookback: duration.optional(),
  reduce: choice(REDUCERS).optional(),
  'must-have-data': z.boolean().optional(),
}).transform((e, ctx): MetricCheck => {
  const periodSeconds = e.period ?? DEFAULT_PERIOD_SECONDS;
  const issues: Issue[] = [];
  const source = metricSource(e, periodSeconds, issues);
  const lookbackSeconds = e.lookback === undefined ? DEFAULT_LOOKBACK_PERIODS * periodSeconds : e.lookback / 1000;
  if (lookbackSeconds < periodSeconds) {
    issues.push({
      path: ['lookback'],
      message: `${formatDuration(lookbackSeconds * 1000)} is shorter than one period (${formatDuration(periodSeconds * 1000)}), so no datapoint would be read`,
    });
  }
  if (source === undefined || issues.length > 0) return reject(ctx, issues);
  return {
    kind: 'metric',
    id: e.id ?? sourceName(source),
    source,
    threshold: e.threshold,
    lookbackSeconds,
    reduce: e.reduce ?? 'latest',
    mustHaveData: e['must-have-data'] ?? false,
    ...(e.description === undefined ? {} : { description: e.description }),
  };
});

const albThresholds = {
  'error-rate': threshold.optional(),
  'p95-latency': threshold.optional(),
  'unhealthy-hosts': threshold.optional(),
} satisfies Record<AlbTargetGroupThresholdKey, z.ZodType>;

const tradingThresholds = {
  'reject-rate': threshold.optional(),
  'ack-latency-p99': threshold.optional(),
  'market-data-staleness': threshold.optional(),
} satisfies Record<TradingThresholdKey, z.ZodType>;

const albPreset = strict({
  id: text.optional(),
  'load-balancer': arnSuffix('app/', 'app/my-alb/50dc6c495c0c9188'),
  'target-group': arnSuffix('targetgroup/', 'targetgroup/my-service/73e2d6bc24d8a067'),
  ...albThresholds,
}).transform((e) =>
  expandAlbTargetGroup({
    ...(e.id === undefined ? {} : { id: e.id }),
    loadBalancer: e['load-balancer'],
    targetGroup: e['target-group'],
    thresholds: definedOnly(e, Object.keys(albThresholds) as AlbTargetGroupThresholdKey[]),
  }),
);

const tradingPreset = strict({
  id: text.optional(),
  namespace: text.refine((ns) => !ns.startsWith('AWS/'), {
    error: "namespaces starting with 'AWS/' belong to AWS services; use the namespace your service publishes to",
  }),
  dimensions: dimensions.optional(),
  ...tradingThresholds,
}).transform((e) =>
  expandTrading({
    ...(e.id === undefined ? {} : { id: e.id }),
    namespace: e.namespace,
    dimensions: e.dimensions ?? [],
    thresholds: definedOnly(e, Object.keys(tradingThresholds) as TradingThresholdKey[]),
  }),
);

const presetEntry = z
  .preprocess(
    (value, ctx) => {
      const count = isPlainObject(value) ? Object.keys(value).length : 1;
      if (count !== 1) {
        const message = count === 0 ? 'names no preset' : 'names more than one preset';
        ctx.addIssue({
          code: 'custom',
          message: `${message}; write one per list entry, like '- alb-target-group: {...}' (presets are: ${PRESET_NAMES.join(', ')})`,
          input: value,
        });
      }
      return value;
    },
    strict({ 'alb-target-group': albPreset.optional(), trading: tradingPreset.optional() }, 'preset'),
  )
  .transform((e) => [...(e['alb-target-group'] ?? []), ...(e.trading ?? [])]);

const alarmEntry = strict({
  id: text.optional(),
  names: z.array(text).min(1).optional(),
  prefix: text.optional(),
}).transform((e, ctx): AlarmCheck => {
  if (e.names !== undefined && e.prefix !== undefined) {
    return reject(ctx, [
      { path: ['prefix'], message: 'give names or prefix, not both (CloudWatch selects alarms by one of them)' },
    ]);
  }
  if (e.prefix !== undefined) return { kind: 'alarms', id: e.id ?? `alarms/${e.prefix}*`, names: [], prefix: e.prefix };
  if (e.names !== undefined) return { kind: 'alarms', id: e.id ?? `alarms/${e.names.join(',')}`, names: e.names };
  return reject(ctx, [{ path: [], message: 'give names (a list of alarm names) or prefix (an alarm name prefix)' }]);
});

const ecsEntry = strict({ id: text.optional(), cluster: text, service: text }).transform((e): EcsCheck => ({
  kind: 'ecs',
  id: e.id ?? `ecs/${e.cluster}/${e.service}`,
  cluster: e.cluster,
  service: e.service,
}));

const compareSide = strict(metricFields);

const compareMetricEntry = strict({
  id: text.optional(),
  ...metricFields,
  ratio: ratio.optional(),
  period: period.optional(),
  canary: compareSide,
  baseline: compareSide,
  direction: choice(DIRECTIONS).optional(),
  tolerance: tolerance.optional(),
  critical: z.boolean().optional(),
  'must-have-data': z.boolean().optional(),
  group: text.optional(),
}).transform((e, ctx): CompareMetric => {
  const periodSeconds = e.period ?? DEFAULT_PERIOD_SECONDS;
  const issues: Issue[] = [];
  const sides = compareSources(e, periodSeconds, issues);
  if (sides === undefined || issues.length > 0) return reject(ctx, issues);
  const id = e.id ?? sourceName(sides.canary);
  return {
    id,
    canary: sides.canary,
    baseline: sides.baseline,
    direction: e.direction ?? 'increase',
    tolerance: e.tolerance ?? 0.25,
    critical: e.critical ?? false,
    mustHaveData: e['must-have-data'] ?? false,
    group: e.group ?? id,
  };
});

const score = z.number().min(0).max(100);
const compareHeader = strict({
  id: text.optional(),
  pass: score.optional(),
  marginal: score.optional(),
  lookback: duration.optional(),
  groups: z.record(z.string().min(1), z.number().gt(0)).optional(),
  metrics: z.array(z.unknown()).min(1),
});

const section = z.array(z.unknown(), { error: sectionTypeMessage }).nullish();
const topLevel = strict({
  http: section,
  metrics: section,
  presets: section,
  alarms: section,
  ecs: section,
  compare: z.unknown().optional(),
} satisfies Record<(typeof CHECKS_TOP_LEVEL_KEYS)[number], z.ZodType>);

// ---------------------------------------------------------------------------------------------
// The document

/**
 * Parses the `checks` input into a {@link ChecksDocument} with every default applied. Throws one
 * {@link ConfigurationError} (input `checks`) listing every problem, each as
 * `line L, column C (field): what is wrong and how to fix it`. Lines count from the first line
 * of the input as the action receives it.
 */
export function parseChecks(yamlText: string): ChecksDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const source = new SourceMap(doc, lineCounter, yamlText);
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) throw new ConfigurationError(source.sorted(syntax.map((e) => source.syntaxProblem(e))));

  const raw = readValue(doc);
  if (raw === undefined || raw === null) throw new ConfigurationError(source.sorted([source.at([], nothingToCheck())]));
  if (!isPlainObject(raw)) {
    const keys = CHECKS_TOP_LEVEL_KEYS.join(', ');
    throw new ConfigurationError(
      source.sorted([source.at([], `expected a map with any of the keys ${keys}, got ${show(raw)}`)]),
    );
  }

  const problems: Located[] = [];
  const top = topLevel.safeParse(raw, { error: messageFor });
  if (!top.success) problems.push(...top.error.issues.map((issue) => source.fromIssue([], issue)));

  // Sections are read from the raw map even when another section is malformed, so that one
  // run reports everything; a section that is not a list was reported above and is skipped.
  const parseSection = <T>(name: string, schema: z.ZodType<T>) => {
    const items = raw[name];
    return (Array.isArray(items) ? items : []).flatMap((item: unknown, index): { value: T; path: Path }[] => {
      const path = [name, index];
      const result = schema.safeParse(item, { error: messageFor });
      if (result.success) return [{ value: result.data, path }];
      problems.push(...result.error.issues.map((issue) => source.fromIssue(path, issue)));
      return [];
    });
  };

  const http = parseSection('http', httpEntry);
  const metrics = parseSection('metrics', metricEntry);
  const presets = parseSection('presets', presetEntry);
  const alarms = parseSection('alarms', alarmEntry);
  const ecs = parseSection('ecs', ecsEntry);
  const compare = parseCompare(raw.compare, source, problems);

  const entries = [
    ...identified([...http, ...metrics]),
    ...presets.flatMap(({ value, path }) =>
      value.map((check) => ({ id: check.id, path, idPath: [...path, check.preset ?? '', 'id'] })),
    ),
    ...identified([...alarms, ...ecs, ...(compare === undefined ? [] : [{ value: compare, path: ['compare'] }])]),
  ];
  problems.push(...duplicateIds(entries, source, 'every check needs its own id'));

  const written = CHECKS_TOP_LEVEL_KEYS.some((key) => {
    const value = raw[key];
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null;
  });
  if (!written && problems.length === 0) problems.push(source.at([], nothingToCheck()));

  if (problems.length > 0) throw new ConfigurationError(source.sorted(problems));
  return {
    http: http.map((e) => e.value),
    metrics: [...metrics.map((e) => e.value), ...presets.flatMap((e) => e.value)],
    alarms: alarms.map((e) => e.value),
    ecs: ecs.map((e) => e.value),
    ...(compare === undefined ? {} : { compare }),
  };
}

function parseCompare(raw: unknown, source: SourceMap, problems: Located[]): CompareCheck | undefined {
  if (raw === undefined || raw === null) return undefined;
  const base = ['compare'];
  const header = compareHeader.safeParse(raw, { error: messageFor });
  if (!header.success) {
    problems.push(...header.error.issues.map((issue) => source.fromIssue(base, issue)));
    return undefined;
  }
  const h = header.data;
  const before = problems.length;
  const metrics = h.metrics.flatMap((item, index): { value: CompareMetric; path: Path }[] => {
    const path = [...base, 'metrics', index];
    const result = compareMetricEntry.safeParse(item, { error: messageFor });
    if (result.success) return [{ value: result.data, path }];
    problems.push(...result.error.issues.map((issue) => source.fromIssue(path, issue)));
    return [];
  });
  problems.push(...duplicateIds(identified(metrics), source, 'every compare metric needs its own id'));

  const pass = h.pass ?? 95;
  const marginal = h.marginal ?? 75;
  if (marginal > pass) {
    const at = h.marginal === undefined ? ['pass'] : ['marginal'];
    problems.push(
      source.at([...base, ...at], `marginal (${marginal}) is above pass (${pass}); marginal must not exceed pass`),
    );
  }
  const groups = [...new Set(metrics.map((m) => m.value.group))];
  const metricsValid = metrics.length === h.metrics.length;
  for (const name of Object.keys(h.groups ?? {})) {
    if (metricsValid && !groups.includes(name)) {
      problems.push(
        source.at(
          [...base, 'groups'],
          `no compare metric is in group '${name}'; groups in use: ${groups.join(', ')}`,
          name,
        ),
      );
    }
  }
  const longestPeriod = Math.max(...metrics.map((m) => periodOf(m.value.canary)));
  if (h.lookback !== undefined && metrics.length > 0 && h.lookback < longestPeriod * 1000) {
    problems.push(
      source.at(
        [...base, 'lookback'],
        `${formatDuration(h.lookback)} is shorter than the longest period (${formatDuration(longestPeriod * 1000)}), so no datapoint would be read`,
      ),
    );
  }
  if (problems.length > before) return undefined;
  return {
    kind: 'compare',
    id: h.id ?? 'compare',
    metrics: metrics.map((m) => m.value),
    pass,
    marginal,
    groupWeights: Object.fromEntries(groups.map((g) => [g, h.groups?.[g] ?? 1])),
    ...(h.lookback === undefined ? {} : { lookbackSeconds: h.lookback / 1000 }),
  };
}

// ---------------------------------------------------------------------------------------------
// Resolving metric fields into complete MetricSpecs

interface Issue {
  readonly path: Path;
  readonly message: string;
}

interface MetricEntryFields extends MetricFields {
  readonly ratio?: Ratio | undefined;
}

function metricSource(e: MetricEntryFields, periodSeconds: number, issues: Issue[]): SeriesSource | undefined {
  if (e.ratio !== undefined) {
    issues.push(...strayRatioFields(e));
    const [numerator, denominator] = RATIO_PARTS.map((part) => {
      const fields = overlay(sharedFields(e.ratio), e.ratio?.[part]);
      for (const field of REQUIRED_FIELDS) {
        if (fields[field] === undefined) {
          issues.push({ path: ['ratio', part, field], message: `'${field}' is required; ${whereToSet(field, part)}` });
        }
      }
      return complete(fields, periodSeconds);
    });
    if (numerator === undefined || denominator === undefined) return undefined;
    return { type: 'ratio', numerator, denominator };
  }
  if (REQUIRED_FIELDS.every((field) => e[field] === undefined)) {
    issues.push({
      path: [],
      message: 'says nothing to measure; give namespace, metric and stat, or a ratio of two metrics',
    });
    return undefined;
  }
  for (const field of REQUIRED_FIELDS) {
    if (e[field] === undefined)
      issues.push({
        path: [field],
        message: `'${field}' is required; a metric check needs namespace, metric and stat (or a ratio)`,
      });
  }
  const metric = complete(e, periodSeconds);
  return metric === undefined ? undefined : { type: 'metric', metric };
}

function compareSources(
  e: MetricEntryFields & { readonly canary: MetricFields; readonly baseline: MetricFields },
  periodSeconds: number,
  issues: Issue[],
): { canary: SeriesSource; baseline: SeriesSource } | undefined {
  const sides = ['canary', 'baseline'] as const;
  const missing = (base: MetricFields, basePath: Path, where: string, field: RequiredField) => {
    const lacking = sides.filter((side) => overlay(base, e[side])[field] === undefined);
    if (lacking.length === 2) issues.push({ path: [...basePath, field], message: `'${field}' is required; ${where}` });
    else if (lacking[0] !== undefined) {
      const side = lacking[0];
      issues.push({
        path: [side, field],
        message: `the ${side} series has no ${field}; set ${field} in ${side}, or once for both sides`,
      });
    }
  };

  let canary: SeriesSource | undefined;
  let baseline: SeriesSource | undefined;
  if (e.ratio !== undefined) {
    const r = e.ratio;
    issues.push(...strayRatioFields(e));
    for (const side of sides) {
      if (e[side].metric !== undefined) {
        issues.push({
          path: [side, 'metric'],
          message: `a ratio takes its metrics from ratio.numerator and ratio.denominator; ${side} can change namespace, dimensions, stat and unit`,
        });
      }
    }
    for (const part of RATIO_PARTS) {
      const base = overlay(sharedFields(r), r[part]);
      for (const field of REQUIRED_FIELDS) {
        const where = `${whereToSet(field, part)}${field === 'metric' ? '' : ', or in canary and baseline'}`;
        if (field === 'metric') {
          if (base.metric === undefined)
            issues.push({ path: ['ratio', part, 'metric'], message: `'metric' is required; ${where}` });
        } else missing(base, ['ratio', part], where, field);
      }
    }
    const ratioFor = (side: MetricFields): SeriesSource | undefined => {
      const override = { ...side, metric: undefined };
      const numerator = complete(overlay(overlay(sharedFields(r), r.numerator), override), periodSeconds);
      const denominator = complete(overlay(overlay(sharedFields(r), r.denominator), override), periodSeconds);
      return numerator && denominator ? { type: 'ratio', numerator, denominator } : undefined;
    };
    canary = ratioFor(e.canary);
    baseline = ratioFor(e.baseline);
  } else {
    for (const field of REQUIRED_FIELDS) {
      missing(e, [], 'set it on this entry for both sides, or in canary and baseline', field);
    }
    const single = (side: MetricFields): SeriesSource | undefined => {
      const metric = complete(overlay(e, side), periodSeconds);
      return metric && { type: 'metric', metric };
    };
    canary = single(e.canary);
    baseline = single(e.baseline);
  }
  if (canary === undefined || baseline === undefined || issues.length > 0) return undefined;
  if (JSON.stringify(canary) === JSON.stringify(baseline)) {
    issues.push({
      path: ['baseline'],
      message: 'reads the same series as canary; give canary and baseline different dimensions',
    });
    return undefined;
  }
  return { canary, baseline };
}

function strayRatioFields(e: MetricEntryFields): Issue[] {
  return [...REQUIRED_FIELDS, 'dimensions' as const, 'unit' as const]
    .filter((field) => e[field] !== undefined)
    .map((field) => ({
      path: [field],
      message:
        field === 'metric'
          ? 'a ratio has no metric of its own; set metric in ratio.numerator and ratio.denominator'
          : `with a ratio, set ${field} inside ratio (for both parts) or in ratio.numerator and ratio.denominator`,
    }));
}

function whereToSet(field: RequiredField, part: string): string {
  return field === 'metric' ? `set it in ratio.${part}` : `set it in ratio.${part}, or once in ratio for both parts`;
}

function sharedFields(r: Ratio | undefined): MetricFields {
  if (r === undefined) return {};
  return Object.fromEntries(SHARED_FIELDS.map((field) => [field, r[field]]));
}

/** `top` over `base`; dimensions merge by name, keeping base order and appending new names. */
function overlay(base: MetricFields, top: MetricFields | undefined): MetricFields {
  if (top === undefined) return base;
  return {
    namespace: top.namespace ?? base.namespace,
    metric: top.metric ?? base.metric,
    dimensions: mergeDimensions(base.dimensions, top.dimensions),
    stat: top.stat ?? base.stat,
    unit: top.unit ?? base.unit,
  };
}

function mergeDimensions(base: Dimensions | undefined, top: Dimensions | undefined): Dimensions | undefined {
  if (base === undefined || top === undefined) return top ?? base;
  const merged = base.map((d) => top.find((t) => t.name === d.name) ?? d);
  return [...merged, ...top.filter((t) => !base.some((d) => d.name === t.name))];
}

function complete(f: MetricFields, periodSeconds: number): MetricSpec | undefined {
  if (f.namespace === undefined || f.metric === undefined || f.stat === undefined) return undefined;
  return {
    namespace: f.namespace,
    metric: f.metric,
    dimensions: f.dimensions ?? [],
    stat: f.stat,
    periodSeconds,
    ...(f.unit === undefined ? {} : { unit: f.unit }),
  };
}

function sourceName(source: SeriesSource): string {
  return source.type === 'metric' ? source.metric.metric : `${source.numerator.metric}/${source.denominator.metric}`;
}

function definedOnly<K extends string>(entry: Partial<Record<K, Threshold | undefined>>, keys: readonly K[]) {
  return Object.fromEntries(keys.flatMap((key) => (entry[key] === undefined ? [] : [[key, entry[key]]]))) as Partial<
    Record<K, Threshold>
  >;
}

function reject(ctx: z.RefinementCtx, issues: readonly Issue[]): never {
  for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path] });
  return z.NEVER;
}

interface Identified {
  readonly id: string;
  /** The entry that defines the check. */
  readonly path: Path;
  /** Where its id is (or would be) written. */
  readonly idPath: Path;
}

/** The first reuse of an id in each entry: a preset reusing a prefix would repeat it per check. */
function duplicateIds(entries: readonly Identified[], source: SourceMap, why: string): Located[] {
  const seen = new Map<string, Path>();
  const reported = new Set<string>();
  return entries.flatMap(({ id, path, idPath }) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path);
      return [];
    }
    const key = formatPath(path);
    if (reported.has(key)) return [];
    reported.add(key);
    const written = source.has(idPath);
    const fix = written ? '' : '; set id to tell them apart';
    const where = `${formatPath(first)} at line ${source.position(first).line}`;
    return [source.at(written ? idPath : path, `the id '${id}' is already used by ${where}; ${why}${fix}`)];
  });
}

function identified(entries: readonly { value: { id: string }; path: Path }[]): Identified[] {
  return entries.map(({ value, path }) => ({ id: value.id, path, idPath: [...path, 'id'] }));
}

/** The plain value of the document; an alias bomb is a problem of the input, not a crash. */
function readValue(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigurationError([
      { input: CHECKS_INPUT, message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` },
    ]);
  }
}

function nothingToCheck(): string {
  return `checks has nothing to check; add at least one of: ${CHECKS_TOP_LEVEL_KEYS.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------
// Messages

/** Messages for zod's own issues, written for someone editing YAML. */
const messageFor: z.core.$ZodErrorMap = (issue) => {
  const key = issue.path?.at(-1);
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') {
    return typeof key === 'string' ? `'${key}' is required` : 'a value is required';
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const quote =
        issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean');
      return `expected ${expected}, got ${show(issue.input)}${quote ? `; quote it, like '${String(issue.input)}'` : ''}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return 'must not be an empty list';
      return `${show(issue.input)} is too small; it must be ${issue.inclusive ? 'at least' : 'more than'} ${Number(issue.minimum)}`;
    case 'too_big':
      return `${show(issue.input)} is too large; it must be ${issue.inclusive ? 'at most' : 'less than'} ${Number(issue.maximum)}`;
    case 'invalid_value':
      return `${show(issue.input)} is not valid; valid values are: ${issue.values.map(String).join(', ')}`;
    default:
      return `${show(issue.input)} is not valid`;
  }
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map',
};

function sectionTypeMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type' || issue.input === undefined || issue.input === null) return undefined;
  const hint = isPlainObject(issue.input) ? "; start each entry with '- '" : '';
  return `expected a list, got ${show(issue.input)}${hint}`;
}

function statusCodesTypeMessage(input: unknown): string {
  return `expected a status code or a list of them, like 200 or [200, 204], got ${show(input)}`;
}

function unknownKeysMessage(keys: readonly string[], allowed: readonly string[], noun: string): string {
  const list = `allowed ${noun}s are: ${allowed.join(', ')}`;
  if (keys.length > 1) return `unknown ${noun}s ${keys.map((k) => `'${k}'`).join(', ')}; ${list}`;
  const key = keys[0] ?? '';
  const guess = closest(key, allowed);
  return `unknown ${noun} '${key}'${guess === undefined ? '' : ` (did you mean '${guess}'?)`}; ${list}`;
}

/** The allowed key a typo most likely meant: same letters ignoring case, `-` and `_`, or 1–2 edits away. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const limit = Math.max(1, Math.min(2, Math.floor(norm(key).length / 3)));
  let best: { key: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const distance = editDistance(norm(key), norm(candidate));
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A value as the user wrote it, for messages: `'text'`, `42`, `a list`. */
function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Positions

interface Located {
  readonly offset: number;
  readonly message: string;
}

/** Maps paths in the parsed value back to where they were written. */
class SourceMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly text: string,
  ) {}

  /** A problem at the node `path` names, or at its nearest written parent when it is missing. */
  at(path: Path, message: string, key?: string): Located {
    const offset = (key === undefined ? undefined : this.keyOffset(path, key)) ?? this.offset(path);
    const field = formatPath(key === undefined ? path : [...path, key]);
    const { line, col } = this.lines.linePos(offset);
    return { offset, message: `line ${line}, column ${col} (${field}): ${message}` };
  }

  fromIssue(base: Path, issue: z.core.$ZodIssue): Located {
    const path = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    if (issue.code === 'unrecognized_keys') return this.at(path, issue.message, issue.keys[0]);
    return this.at(path, issue.message);
  }

  syntaxProblem(error: YAMLError): Located {
    const offset = error.pos[0];
    const { line, col } = this.lines.linePos(offset);
    const field = formatPath(pathAt(this.doc.contents, offset, []));
    const message = `line ${line}, column ${col} (${field}): YAML syntax: ${error.message}${this.quoteHint(line)}`;
    return { offset, message };
  }

  has(path: Path): boolean {
    return isNode(this.doc.getIn(path, true));
  }

  position(path: Path): { line: number; col: number } {
    return this.lines.linePos(this.offset(path));
  }

  sorted(located: readonly Located[]): InputProblem[] {
    const unique = [...new Map(located.map((l) => [l.message, l])).values()];
    return unique.sort((a, b) => a.offset - b.offset).map((l) => ({ input: CHECKS_INPUT, message: l.message }));
  }

  private offset(path: Path): number {
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return node.range[0];
    }
    return 0;
  }

  private keyOffset(path: Path, key: string): number | undefined {
    const map = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
  }

  /** YAML reads a value starting with `>` as a folded block and with `!` as a tag: say to quote it. */
  private quoteHint(line: number): string {
    const source = this.text.split(/\r?\n/)[line - 1] ?? '';
    const match = /([\w-]+):\s+([>!][^#'"]*?)\s*(?:#.*)?$/.exec(source);
    if (match === null) return '';
    const value = match[2] ?? '';
    return `; a value starting with ${value[0]} must be quoted, like ${match[1]}: '${value}'`;
  }
}

/** The path of the deepest written node at `offset`, for syntax errors. */
function pathAt(node: unknown, offset: number, path: (string | number)[]): (string | number)[] {
  if (isMap(node)) {
    const pair = node.items.filter((p) => isNode(p.key) && (p.key.range?.[0] ?? Infinity) <= offset).at(-1);
    if (pair === undefined || !isScalar(pair.key)) return path;
    return pathAt(pair.value, offset, [...path, String(pair.key.value)]);
  }
  if (isSeq(node)) {
    const index = node.items.findLastIndex((item) => isNode(item) && (item.range?.[0] ?? Infinity) <= offset);
    return index === -1 ? path : pathAt(node.items[index], offset, [...path, index]);
  }
  return path;
}

/** `metrics[1].threshold`; `top level` for the document itself. */
function formatPath(path: Path): string {
  if (path.length === 0) return 'top level';
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      if (/^[A-Za-z_][\w-]*$/.test(part)) return i === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join('');
}
