import type { CloudWatchPort, DataPoint, MetricQuery } from '../aws/cloudwatch.js';
import type { MetricSpec, SeriesSource } from './checks.js';

/** A series one check needs in this evaluation. */
export interface SeriesRequest {
  /** Unique within the evaluation, e.g. `metric:error-rate` or `compare:latency:canary`. */
  readonly key: string;
  readonly source: SeriesSource;
  readonly lookbackSeconds: number;
}

export interface Series {
  readonly points: readonly DataPoint[];
  /** The exact query, in words, for the report. */
  readonly query: string;
  /** Something the reader should know about how the points were made (zero-filled periods). */
  readonly note?: string;
  /** Why CloudWatch returned nothing for this series, when it said (Forbidden, InternalError). */
  readonly error?: string;
}

/**
 * Reads every series of one evaluation with a single GetMetricData call (the adapter splits
 * past 500 queries). The call spans the longest lookback; each series then keeps its own.
 */
export async function fetchSeries(
  requests: readonly SeriesRequest[],
  cloudwatch: CloudWatchPort,
  now: number,
  timing: { readonly notBefore?: number; readonly delayMs?: number } = {},
): Promise<Map<string, Series>> {
  // CloudWatch delivers periods late, so a lookback of N periods reaches back N periods from the
  // newest period that can have arrived, not from now.
  const delayMs = timing.delayMs ?? 0;
  const notBefore = timing.notBefore;
  const queries: MetricQuery[] = [];
  const plan = requests.map((request) => {
    const ids = sourceMetrics(request.source).map((metric) => {
      const id = `q${queries.length}`;
      queries.push({ id, metric });
      return id;
    });
    return { request, ids };
  });
  const result = new Map<string, Series>();
  if (queries.length === 0) return result;

  const longest = Math.max(...requests.map((r) => r.lookbackSeconds));
  const longestPeriod = Math.max(...queries.map((q) => q.metric.periodSeconds)) * 1000;
  const start = Math.floor((now - delayMs - longest * 1000) / longestPeriod) * longestPeriod;
  const raw = await cloudwatch.getMetricData(queries, new Date(start), new Date(now));
  for (const { request, ids } of plan) {
    // CloudWatch stamps each period with its start and rounds StartTime down to it: keep the
    // period that contains the start of the lookback. The period still in progress is left out:
    // judging a half-filled minute (a few requests, no 5xx yet) passes or fails by accident.
    // Periods that began before the release under judgement took traffic are left out too.
    const periodMs = periodOf(request.source) * 1000;
    const lookbackStart = Math.floor((now - delayMs - request.lookbackSeconds * 1000) / periodMs) * periodMs;
    const since = notBefore === undefined ? lookbackStart : Math.max(lookbackStart, notBefore);
    const complete = (p: DataPoint) => p.at.getTime() >= since && p.at.getTime() + periodMs <= now;
    const [first = [], second = []] = ids.map((id) => (raw.get(id) ?? []).filter(complete));
    const query = describeSource(request.source);
    const error = ids.map((id) => raw.problems?.get(id)).find((problem) => problem !== undefined);
    if (request.source.type === 'metric') {
      result.set(request.key, { points: first, query, error });
      continue;
    }
    const settledBefore = now - delayMs;
    const points = ratioPoints(first, second, request.source.numerator, settledBefore);
    const waiting = awaitingNumerator(first, second, request.source.numerator, settledBefore);
    const notes = [
      zeroFillNote(request.source.numerator, first, points.length),
      waiting > 0
        ? `${waiting} recent period${waiting === 1 ? '' : 's'} with requests but no ${request.source.numerator.metric} datapoint yet left out until metrics-delay has passed (it may still be in transit).`
        : undefined,
    ].filter((n) => n !== undefined);
    result.set(request.key, { points, query, error, note: notes.length > 0 ? notes.join(' ') : undefined });
  }
  return result;
}

/** The period a series is read at (a ratio's parts share it). */
export function periodOf(source: SeriesSource): number {
  return source.type === 'metric' ? source.metric.periodSeconds : source.denominator.periodSeconds;
}

function sourceMetrics(source: SeriesSource): MetricSpec[] {
  return source.type === 'metric' ? [source.metric] : [source.numerator, source.denominator];
}

/**
 * numerator ÷ denominator per timestamp, over the periods where the denominator is positive.
 * A missing numerator counts as 0 when it is a Sum: ALB publishes no HTTPCode_Target_5XX_Count
 * datapoint for a minute without errors, and that minute is a 0 % error rate, not a gap. But
 * each metric's datapoint arrives on its own schedule: a minute whose requests have arrived and
 * whose 5xx count has not may be a faulty minute still in transit. So a missing numerator is 0
 * only for periods that ended before `settledBefore` (now minus metrics-delay); newer ones wait.
 * Periods without a denominator (no requests) have no ratio at all: no data, never a pass.
 */
export function ratioPoints(
  numerator: readonly DataPoint[],
  denominator: readonly DataPoint[],
  numeratorSpec: MetricSpec,
  settledBefore = Infinity,
): DataPoint[] {
  const byTime = new Map(numerator.map((p) => [p.at.getTime(), p.value]));
  const missingIsZero = numeratorSpec.stat === 'Sum';
  const periodMs = numeratorSpec.periodSeconds * 1000;
  const points: DataPoint[] = [];
  for (const d of denominator) {
    if (d.value <= 0) continue;
    const settled = d.at.getTime() + periodMs <= settledBefore;
    const n = byTime.get(d.at.getTime()) ?? (missingIsZero && settled ? 0 : undefined);
    if (n !== undefined) points.push({ at: d.at, value: n / d.value });
  }
  return points;
}

/** Periods with requests whose numerator has not arrived and that are too recent to count as 0. */
function awaitingNumerator(
  numerator: readonly DataPoint[],
  denominator: readonly DataPoint[],
  numeratorSpec: MetricSpec,
  settledBefore: number,
): number {
  if (numeratorSpec.stat !== 'Sum') return 0;
  const seen = new Set(numerator.map((p) => p.at.getTime()));
  const periodMs = numeratorSpec.periodSeconds * 1000;
  return denominator.filter(
    (d) => d.value > 0 && !seen.has(d.at.getTime()) && d.at.getTime() + periodMs > settledBefore,
  ).length;
}

/**
 * Says when periods were counted as 0 because the numerator had no datapoint: right for ALB's
 * 5xx count, but a misspelt metric or dimension looks the same, so the reader is told.
 */
function zeroFillNote(
  numerator: MetricSpec,
  numeratorPoints: readonly DataPoint[],
  ratioCount: number,
): string | undefined {
  const filled = ratioCount - numeratorPoints.length;
  if (filled <= 0 || numerator.stat !== 'Sum') return undefined;
  return numeratorPoints.length === 0
    ? `${numerator.metric} had no datapoints at all, so every period counted as 0; if it should have data, check its name and dimensions.`
    : `${numerator.metric} had no datapoint in ${filled} of ${ratioCount} periods, counted as 0.`;
}

/** `AWS/ApplicationELB RequestCount Sum per 60s {LoadBalancer=app/x/1}` */
export function describeMetric(metric: MetricSpec): string {
  const dimensions = metric.dimensions.map((d) => `${d.name}=${d.value}`).join(', ');
  return `${metric.namespace} ${metric.metric} ${metric.stat} per ${metric.periodSeconds}s {${dimensions}}`;
}

export function describeSource(source: SeriesSource): string {
  return source.type === 'metric'
    ? describeMetric(source.metric)
    : `(${describeMetric(source.numerator)}) ÷ (${describeMetric(source.denominator)})`;
}
