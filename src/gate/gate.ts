import type { CloudWatchPort } from '../aws/cloudwatch.js';
import type { EcsPort } from '../aws/ecs.js';
import type { Clock } from '../runtime/clock.js';
import { formatDuration } from '../runtime/duration.js';
import type { Logger } from '../runtime/logger.js';
import { evaluateAlarmCheck } from './alarm-check.js';
import type { ChecksDocument, CheckStatus, CompareCheck, HttpCheck } from './checks.js';
import { evaluateEcsCheck } from './ecs-check.js';
import { evaluateMetricCheck } from './metric-check.js';
import { combineStatuses, type CheckResult } from './result.js';
import { fetchSeries, periodOf, type Series, type SeriesRequest } from './series.js';

/** How long to watch and how much to tolerate. */
export interface GatePolicy {
  /** 0: a single evaluation now. */
  readonly windowMs: number;
  readonly intervalMs: number;
  /** Evaluations allowed to fail before the verdict is fail. */
  readonly failureLimit: number;
  /** Evaluations allowed to be inconclusive before the verdict is inconclusive. */
  readonly inconclusiveLimit: number;
  /**
   * When the release under judgement began to take traffic (epoch ms). Only periods that begin at
   * or after it are judged, so a side that just served a rolled-back release is not judged on that
   * release's datapoints. Undefined: every period in the lookback counts.
   */
  readonly notBefore?: number;
  /**
   * How late CloudWatch may deliver a period (ALB metrics arrive one to a few minutes after the
   * minute they describe). Until a complete period after `notBefore` (or the gate's start) could
   * have arrived, a metric without data is warming up: not inconclusive, not counted, and the
   * window has not begun. Default DEFAULT_METRICS_DELAY_MS.
   */
  readonly metricsDelayMs?: number;
}

/** AWS states no bound on metric delivery; observed one to a few minutes. Generous, since it only delays a no-data verdict. */
export const DEFAULT_METRICS_DELAY_MS = 5 * 60_000;

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface Evaluation {
  readonly index: number;
  readonly at: string;
  /** The last evaluation of the window: a comparison must reach its pass score here. */
  readonly final: boolean;
  readonly status: CheckStatus;
  /**
   * Some metric had no data because none could have been delivered yet: the evaluation is
   * reported but not counted, and the window starts after it.
   */
  readonly warmUp?: boolean;
  readonly checks: readonly CheckResult[];
}

export interface GateOutcome {
  readonly verdict: Verdict;
  readonly reason: string;
  /** The comparison's score in the last evaluation that had one. */
  readonly score?: number;
  readonly startedAt: string;
  readonly durationMs: number;
  /** How long the gate waited for the first delivered datapoints before its window began. */
  readonly warmUpMs?: number;
  readonly evaluations: readonly Evaluation[];
}

/** Everything a gate needs from outside, so tests can hand in fakes and a manual clock. */
export interface GateDeps {
  readonly cloudwatch: CloudWatchPort;
  readonly ecs: EcsPort;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly probeHttp: (check: HttpCheck) => Promise<CheckResult>;
  readonly judgeCompare: (check: CompareCheck, series: ReadonlyMap<string, Series>, final: boolean) => CheckResult;
}

/** How far back the ECS check looks for failed tasks before the gate started. */
export const ECS_LOOKBACK_MS = 10 * 60_000;
/**
 * The comparison reads at least this many periods: the judge needs 10 points a side, and ALB
 * metrics arrive a minute or two late and only for minutes with traffic.
 */
const MIN_COMPARE_PERIODS = 15;

export interface GateCounts {
  readonly evaluations: number;
  readonly passes: number;
  readonly failures: number;
  readonly inconclusives: number;
}

export type GateDecision =
  | { readonly kind: 'continue'; readonly sleepMs: number }
  | { readonly kind: 'done'; readonly verdict: Verdict; readonly reason: string };

/**
 * The gate's state machine: after each evaluation, stop with a verdict or wait for the next.
 * Pure, so its rules are tested as a table.
 */
export function decide(counts: GateCounts, policy: GatePolicy, last: Evaluation, elapsedMs: number): GateDecision {
  if (counts.failures > policy.failureLimit) {
    const which = checksWith(last, 'fail');
    return {
      kind: 'done',
      verdict: 'fail',
      reason:
        counts.evaluations === 1
          ? `failed${which}.`
          : `${counts.failures} of ${counts.evaluations} evaluations failed (failure-limit ${policy.failureLimit}); last failing${which}.`,
    };
  }
  // The comparison follows Kayenta's rules, not the limits: below marginal (or a failed critical
  // metric) fails at once, and the final evaluation must reach the pass score.
  const compare = last.checks.find((c) => c.kind === 'compare');
  if (compare?.status === 'fail') {
    return {
      kind: 'done',
      verdict: 'fail',
      reason: last.final
        ? `the final comparison with the baseline did not reach its pass score (${compare.observed}).`
        : `the comparison with the baseline failed (${compare.observed}): ${compare.reason}`,
    };
  }
  if (last.final && compare?.status === 'inconclusive') {
    return {
      kind: 'done',
      verdict: 'inconclusive',
      reason: `the final comparison with the baseline could not be scored: ${compare.reason}`,
    };
  }
  if (counts.inconclusives > policy.inconclusiveLimit) {
    const which = checksWith(last, 'inconclusive');
    return {
      kind: 'done',
      verdict: 'inconclusive',
      reason:
        counts.evaluations === 1
          ? `inconclusive${which}.`
          : `${counts.inconclusives} of ${counts.evaluations} evaluations were inconclusive (inconclusive-limit ${policy.inconclusiveLimit}); last unknown${which}.`,
    };
  }
  if (last.final) {
    if (counts.passes === 0 && counts.failures > 0) {
      return {
        kind: 'done',
        verdict: 'fail',
        reason: `no evaluation passed: ${counts.failures} failed and ${counts.inconclusives} were inconclusive.`,
      };
    }
    if (counts.passes === 0) {
      return { kind: 'done', verdict: 'inconclusive', reason: 'no evaluation passed; without data there is no pass.' };
    }
    const tolerated = counts.failures + counts.inconclusives;
    return {
      kind: 'done',
      verdict: 'pass',
      reason:
        counts.evaluations === 1
          ? 'every check passed.'
          : `${counts.passes} of ${counts.evaluations} evaluations passed${tolerated ? ` (${tolerated} within the limits)` : ''}.`,
    };
  }
  return { kind: 'continue', sleepMs: Math.max(0, Math.min(policy.intervalMs, policy.windowMs - elapsedMs)) };
}

/** `: error-rate (0.02; expected < 0.01), …` for the checks of the evaluation in that state. */
function checksWith(evaluation: Evaluation, status: CheckStatus): string {
  const checks = evaluation.checks.filter((c) => c.status === status);
  return checks.length > 0
    ? `: ${checks.map((c) => `${c.id} (${c.observed}; expected ${c.expected})`).join(', ')}`
    : '';
}

/**
 * Evaluates the checks every interval until the window ends or a limit is crossed. Each
 * evaluation is logged as it happens. A check that throws (throttling, a network fault) is
 * recorded as inconclusive with the error, so the report always renders. Evaluations made before
 * any metric data could have been delivered are warm-up: reported, not counted, and the window
 * starts after them (see GatePolicy.metricsDelayMs).
 */
export async function runGate(document: ChecksDocument, policy: GatePolicy, deps: GateDeps): Promise<GateOutcome> {
  const { clock, logger } = deps;
  const started = clock.now();
  const warmUpEnds = warmUpDeadline(document, policy, started);
  const evaluations: Evaluation[] = [];
  let counts: GateCounts = { evaluations: 0, passes: 0, failures: 0, inconclusives: 0 };
  let windowStart: number | undefined;

  for (;;) {
    const now = clock.now();
    const warmingUp = windowStart === undefined && warmUpEnds !== undefined && now < warmUpEnds;
    const final = now - (windowStart ?? now) >= policy.windowMs;
    const index = evaluations.length + 1;
    const checks = await logger.group(
      `Evaluation ${index}${final ? ' (final)' : ''} at +${formatDuration(now - started)}`,
      async () => {
        const results = await evaluateOnce(document, policy, deps, { started, final, warmingUp });
        for (const r of results)
          logger.info(`${MARK[r.status]} ${r.kind} ${r.id}: ${r.observed} (expected ${r.expected}) — ${r.reason}`);
        return results;
      },
    );
    const status = combineStatuses(checks.map((c) => c.status));
    const warmUp = status !== 'fail' && checks.some((c) => c.warmingUp === true);
    const evaluation: Evaluation = { index, at: new Date(clock.now()).toISOString(), final, status, warmUp, checks };
    evaluations.push(evaluation);
    if (warmUp) {
      logger.info(
        `Warming up: no complete period since the release took traffic has reached CloudWatch yet (it delivers minutes late); not counted. Waiting up to ${formatDuration(Math.max(0, (warmUpEnds ?? now) - clock.now()))} more.`,
      );
      await clock.sleep(Math.min(policy.intervalMs, Math.max(1_000, (warmUpEnds ?? now) - clock.now())));
      continue;
    }
    windowStart ??= now;
    counts = {
      evaluations: counts.evaluations + 1,
      passes: counts.passes + (status === 'pass' ? 1 : 0),
      failures: counts.failures + (status === 'fail' ? 1 : 0),
      inconclusives: counts.inconclusives + (status === 'inconclusive' ? 1 : 0),
    };
    const decision = decide(counts, policy, evaluation, clock.now() - windowStart);
    if (decision.kind === 'done') {
      return {
        verdict: decision.verdict,
        reason: decision.reason,
        score: finalScore(evaluation),
        startedAt: new Date(started).toISOString(),
        durationMs: clock.now() - started,
        warmUpMs: windowStart - started,
        evaluations,
      };
    }
    await clock.sleep(decision.sleepMs);
  }
}

/**
 * The instant after which a metric without data is no longer excused: the end of the first
 * complete period that begins at or after the release took traffic (or the gate started), plus
 * CloudWatch's delivery delay. Undefined when no check reads CloudWatch metrics.
 */
export function warmUpDeadline(document: ChecksDocument, policy: GatePolicy, started: number): number | undefined {
  const periods = [
    ...document.metrics.map((check) => periodOf(check.source)),
    ...(document.compare?.metrics ?? []).map((metric) => periodOf(metric.canary)),
  ];
  if (periods.length === 0) return undefined;
  const from = policy.notBefore ?? started;
  const delay = policy.metricsDelayMs ?? DEFAULT_METRICS_DELAY_MS;
  return (
    Math.max(...periods.map((seconds) => Math.ceil(from / (seconds * 1000)) * seconds * 1000 + seconds * 1000)) + delay
  );
}

const MARK: Record<CheckStatus, string> = { pass: '✅', fail: '❌', inconclusive: '❔' };

/** One evaluation: every metric from a single GetMetricData call, the other checks beside it. */
async function evaluateOnce(
  document: ChecksDocument,
  policy: GatePolicy,
  deps: GateDeps,
  at: { started: number; final: boolean; warmingUp: boolean },
): Promise<CheckResult[]> {
  const now = deps.clock.now();
  const requests = seriesRequests(document, policy);
  let series: Map<string, Series> | undefined;
  let seriesError: unknown;
  if (requests.length > 0) {
    try {
      series = await fetchSeries(requests, deps.cloudwatch, now, {
        notBefore: policy.notBefore,
        delayMs: policy.metricsDelayMs ?? DEFAULT_METRICS_DELAY_MS,
      });
    } catch (error) {
      seriesError = error;
    }
  }

  const metricResults = document.metrics.map((check) =>
    seriesError
      ? unavailable(check.id, 'metric', seriesError)
      : evaluateMetricCheck(check, series?.get(`metric:${check.id}`), { warmingUp: at.warmingUp }),
  );
  const compareResults = document.compare
    ? [
        seriesError
          ? unavailable(document.compare.id, 'compare', seriesError)
          : compare(document.compare, series, deps, at),
      ]
    : [];
  const since = new Date(at.started - ECS_LOOKBACK_MS);
  const others = await Promise.all([
    ...document.http.map((check) => guardAsync(check.id, 'http', () => deps.probeHttp(check))),
    ...document.alarms.map((check) => guardAsync(check.id, 'alarms', () => evaluateAlarmCheck(check, deps.cloudwatch))),
    ...document.ecs.map((check) => guardAsync(check.id, 'ecs', () => evaluateEcsCheck(check, deps.ecs, since))),
  ]);
  return [...others, ...metricResults, ...compareResults];
}

/** The comparison, or a warming-up result while the canary side has no delivered period yet. */
function compare(
  check: CompareCheck,
  series: ReadonlyMap<string, Series> | undefined,
  deps: GateDeps,
  at: { final: boolean; warmingUp: boolean },
): CheckResult {
  const canaryEmpty = check.metrics.every((m) => (series?.get(`compare:${m.id}:canary`)?.points.length ?? 0) === 0);
  if (at.warmingUp && canaryEmpty) {
    return {
      id: check.id,
      kind: 'compare',
      status: 'inconclusive',
      observed: 'no data yet',
      expected: `≥ ${check.pass} (fails below ${check.marginal})`,
      reason: 'warming up: no complete period of the canary has been delivered yet.',
      evidence: { kind: 'compare', verdict: 'warm-up', metrics: [] },
      warmingUp: true,
    };
  }
  return guard(check.id, 'compare', () => deps.judgeCompare(check, series ?? new Map(), at.final));
}

/** The series this evaluation needs, keyed `metric:<id>` and `compare:<id>:<side>`. */
export function seriesRequests(document: ChecksDocument, policy: GatePolicy): SeriesRequest[] {
  const requests: SeriesRequest[] = document.metrics.map((check) => ({
    key: `metric:${check.id}`,
    source: check.source,
    lookbackSeconds: check.lookbackSeconds,
  }));
  for (const metric of document.compare?.metrics ?? []) {
    for (const side of ['canary', 'baseline'] as const) {
      const source = metric[side];
      const period = periodOf(source);
      const lookbackSeconds =
        document.compare?.lookbackSeconds ?? Math.max(Math.ceil(policy.windowMs / 1000), period * MIN_COMPARE_PERIODS);
      requests.push({ key: `compare:${metric.id}:${side}`, source, lookbackSeconds });
    }
  }
  return requests;
}

/** The comparison's score in the evaluation that decided the verdict; none if it had none. */
function finalScore(evaluation: Evaluation): number | undefined {
  const compare = evaluation.checks.find((c) => c.kind === 'compare');
  return compare?.evidence.kind === 'compare' ? compare.evidence.score : undefined;
}

function unavailable(id: string, kind: CheckResult['kind'], error: unknown): CheckResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    id,
    kind,
    status: 'inconclusive',
    observed: 'not evaluated',
    expected: '—',
    reason: `could not be evaluated: ${message}`,
    evidence: { kind: 'error', message },
  };
}

function guard(id: string, kind: CheckResult['kind'], work: () => CheckResult): CheckResult {
  try {
    return work();
  } catch (error) {
    return unavailable(id, kind, error);
  }
}

async function guardAsync(
  id: string,
  kind: CheckResult['kind'],
  work: () => Promise<CheckResult>,
): Promise<CheckResult> {
  try {
    return await work();
  } catch (error) {
    return unavailable(id, kind, error);
  }
}
