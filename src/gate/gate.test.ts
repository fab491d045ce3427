import { describe, expect, it } from 'vitest';
import { checks, FakeCloudWatch, metricSpec, perMinute, thresholdCheck } from '../../test/support/gate-fakes.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import type { EcsPort } from '../aws/ecs.js';
import { RecordingLogger } from '../runtime/logger.js';
import { decide, runGate, type Evaluation, type GateDeps, type GatePolicy } from './gate.js';
import type { CheckResult } from './result.js';

const unusedEcs = {} as EcsPort;
const policy = (overrides: Partial<GatePolicy> = {}): GatePolicy => ({
  windowMs: 0,
  intervalMs: 30_000,
  failureLimit: 0,
  inconclusiveLimit: 0,
  ...overrides,
});

function deps(
  cloudwatch: FakeCloudWatch,
  clock = new ManualClock(),
  logger = new RecordingLogger(),
): GateDeps & { clock: ManualClock; logger: RecordingLogger } {
  return {
    cloudwatch,
    ecs: unusedEcs,
    clock,
    logger,
    probeHttp: () => Promise.reject(new Error('no http checks in these tests')),
    judgeCompare: () => {
      throw new Error('no comparison in these tests');
    },
  };
}

const evaluation = (status: Evaluation['status'], final: boolean, checksOf: CheckResult[] = []): Evaluation => ({
  index: 1,
  at: '2026-11-23T14:00:00.000Z',
  final,
  status,
  checks: checksOf,
});

describe('the gate decides after each evaluation', () => {
  it.each([
    [
      'a failure beyond the limit stops the gate at once',
      { evaluations: 2, passes: 1, failures: 1, inconclusives: 0 },
      policy({ windowMs: 600_000 }),
      evaluation('fail', false),
      60_000,
      { kind: 'done', verdict: 'fail' },
    ],
    [
      'a failure within the limit keeps watching',
      { evaluations: 2, passes: 1, failures: 1, inconclusives: 0 },
      policy({ windowMs: 600_000, failureLimit: 1 }),
      evaluation('fail', false),
      60_000,
      { kind: 'continue', sleepMs: 30_000 },
    ],
    [
      'too many inconclusive evaluations end inconclusive',
      { evaluations: 1, passes: 0, failures: 0, inconclusives: 1 },
      policy(),
      evaluation('inconclusive', true),
      0,
      { kind: 'done', verdict: 'inconclusive' },
    ],
    [
      'the end of the window with passes is a pass',
      { evaluations: 3, passes: 3, failures: 0, inconclusives: 0 },
      policy({ windowMs: 60_000 }),
      evaluation('pass', true),
      60_000,
      { kind: 'done', verdict: 'pass' },
    ],
    [
      'the end of the window without one pass is never a pass',
      { evaluations: 2, passes: 0, failures: 0, inconclusives: 2 },
      policy({ windowMs: 60_000, inconclusiveLimit: 5 }),
      evaluation('inconclusive', true),
      60_000,
      { kind: 'done', verdict: 'inconclusive' },
    ],
    [
      'the last wait ends exactly at the window',
      { evaluations: 1, passes: 1, failures: 0, inconclusives: 0 },
      policy({ windowMs: 100_000 }),
      evaluation('pass', false),
      90_000,
      { kind: 'continue', sleepMs: 10_000 },
    ],
  ] as const)('%s', (_name, counts, gatePolicy, last, elapsed, expected) => {
    expect(decide(counts, gatePolicy, last, elapsed)).toMatchObject(expected);
  });

  it('a final comparison below its pass score fails even within the failure limit', () => {
    const compare: CheckResult = {
      id: 'compare',
      kind: 'compare',
      status: 'fail',
      observed: '80',
      expected: '≥ 95',
      reason: 'score 80',
      evidence: { kind: 'compare', score: 80, verdict: 'marginal', metrics: [] },
    };
    const decision = decide(
      { evaluations: 5, passes: 4, failures: 1, inconclusives: 0 },
      policy({ failureLimit: 3, windowMs: 1 }),
      evaluation('fail', true, [compare]),
      1,
    );
    expect(decision).toMatchObject({
      kind: 'done',
      verdict: 'fail',
      reason: 'the final comparison with the baseline did not reach its pass score (80).',
    });
  });
});

describe('the comparison follows its own rules, not the limits', () => {
  const compareResult = (status: CheckResult['status'], score?: number): CheckResult => ({
    id: 'compare',
    kind: 'compare',
    status,
    observed: score === undefined ? 'no data' : `score ${score}`,
    expected: '≥ 95 (fails below 75)',
    reason: 'r',
    evidence: { kind: 'compare', score, verdict: status, metrics: [] },
  });

  it('a comparison below marginal fails at once, even within the failure limit', () => {
    const decision = decide(
      { evaluations: 2, passes: 1, failures: 1, inconclusives: 0 },
      policy({ failureLimit: 5, windowMs: 600_000 }),
      evaluation('fail', false, [compareResult('fail', 40)]),
      60_000,
    );
    expect(decision).toMatchObject({ kind: 'done', verdict: 'fail' });
  });

  it('a final comparison that cannot be scored is inconclusive, whatever earlier scores were', () => {
    const decision = decide(
      { evaluations: 3, passes: 2, failures: 0, inconclusives: 1 },
      policy({ inconclusiveLimit: 5, windowMs: 1 }),
      evaluation('inconclusive', true, [compareResult('inconclusive')]),
      1,
    );
    expect(decision).toMatchObject({ kind: 'done', verdict: 'inconclusive' });
  });

  it('a window in which every evaluation failed within the limit is a failure, not a lack of data', () => {
    const decision = decide(
      { evaluations: 3, passes: 0, failures: 3, inconclusives: 0 },
      policy({ failureLimit: 3, windowMs: 1 }),
      evaluation('fail', true),
      1,
    );
    expect(decision).toMatchObject({
      kind: 'done',
      verdict: 'fail',
      reason: 'no evaluation passed: 3 failed and 0 were inconclusive.',
    });
  });
});

describe('a gate run', () => {
  it('with no window, evaluates once, reading every metric in one GetMetricData call', async () => {
    const cloudwatch = new FakeCloudWatch((metric, start, end) =>
      perMinute(start, end, () =>
        metric.metric === 'HTTPCode_Target_5XX_Count' ? 1 : metric.metric === 'RequestCount' ? 1000 : 0.12,
      ),
    );
    const document = checks({
      metrics: [
        thresholdCheck('latency', 'TargetResponseTime', '< 0.25'),
        {
          ...thresholdCheck('error-rate', 'RequestCount', '< 0.01'),
          source: {
            type: 'ratio',
            numerator: metricSpec('HTTPCode_Target_5XX_Count'),
            denominator: metricSpec('RequestCount'),
          },
        },
      ],
    });
    const d = deps(cloudwatch);

    const outcome = await runGate(document, policy(), d);

    expect(outcome.verdict).toBe('pass');
    expect(outcome.evaluations).toHaveLength(1);
    expect(cloudwatch.metricCalls).toHaveLength(1);
    expect(cloudwatch.metricCalls[0]?.queries).toHaveLength(3);
    expect(outcome.evaluations[0]?.checks.map((c) => [c.id, c.status, c.observed])).toEqual([
      ['latency', 'pass', '0.12'],
      ['error-rate', 'pass', '0.001'],
    ]);
    expect(d.logger.messages('info')).toContain(
      '✅ metric error-rate: 0.001 (expected < 0.01) — latest of 8 datapoints is 0.001, within < 0.01.',
    );
  });

  it('watches a 30-minute window in milliseconds and stops at the first failure beyond the limit', async () => {
    const clock = new ManualClock();
    const started = clock.now();
    // Healthy for 10 minutes, then latency jumps.
    const cloudwatch = new FakeCloudWatch((_m, start, end) =>
      perMinute(start, end, (t) => (t - started < 10 * 60_000 ? 0.1 : 0.9)),
    );
    const d = deps(cloudwatch, clock);

    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      policy({ windowMs: 30 * 60_000, intervalMs: 60_000, failureLimit: 1 }),
      d,
    );

    expect(outcome.verdict).toBe('fail');
    // Evaluations at 0, 1, … 12 minutes. The minute in progress is never judged, so the jump at
    // 10 minutes is first seen at 11, once that minute is complete.
    expect(outcome.reason).toBe(
      '2 of 13 evaluations failed (failure-limit 1); last failing: latency (0.9; expected < 0.25).',
    );
    expect(outcome.durationMs).toBe(12 * 60_000);
    expect(clock.sleeps.every((ms) => ms === 60_000)).toBe(true);
  });

  it('passes a window in which every evaluation passed, with one last evaluation at its end', async () => {
    const clock = new ManualClock();
    const d = deps(new FakeCloudWatch((_m, start, end) => perMinute(start, end, () => 0.1)), clock);

    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      policy({ windowMs: 5 * 60_000, intervalMs: 2 * 60_000 }),
      d,
    );

    expect(outcome.verdict).toBe('pass');
    expect(clock.sleeps).toEqual([120_000, 120_000, 60_000]);
    expect(outcome.evaluations.map((e) => e.final)).toEqual([false, false, false, true]);
  });

  it('treats a metric without data as inconclusive, never as a pass, once data could have arrived', async () => {
    const clock = new ManualClock();
    const started = clock.now();
    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      policy(),
      deps(new FakeCloudWatch(), clock),
    );
    expect(outcome.verdict).toBe('inconclusive');
    const counted = outcome.evaluations.filter((e) => !e.warmUp);
    expect(counted).toHaveLength(1);
    expect(counted[0]?.checks[0]).toMatchObject({ status: 'inconclusive', observed: 'no data' });
    // The clock starts on a minute: the first whole minute ends 1 minute later, then CloudWatch's
    // delivery delay (5 minutes by default) before no data is a verdict.
    expect(clock.now() - started).toBe(6 * 60_000);
    expect(outcome.warmUpMs).toBe(6 * 60_000);
  });

  it('says what CloudWatch answered when it could not read a metric, instead of "no data"', async () => {
    const cloudwatch = new FakeCloudWatch();
    cloudwatch.getMetricData = (queries) =>
      Promise.resolve(
        Object.assign(new Map(queries.map((q) => [q.id, []])), {
          problems: new Map([['q0', 'CloudWatch answered Forbidden']]),
        }),
      );
    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      policy(),
      deps(cloudwatch),
    );
    expect(outcome.evaluations[0]?.checks[0]).toMatchObject({
      status: 'inconclusive',
      reason: 'CloudWatch answered Forbidden; a metric CloudWatch could not read is never a pass.',
    });
  });

  it('records an AWS fault as an inconclusive check instead of crashing, and still reports', async () => {
    const cloudwatch = new FakeCloudWatch();
    cloudwatch.getMetricData = () =>
      Promise.reject(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      policy(),
      deps(cloudwatch),
    );
    expect(outcome.verdict).toBe('inconclusive');
    expect(outcome.evaluations[0]?.checks[0]?.reason).toBe('could not be evaluated: Rate exceeded');
  });

  it('fails on an alarm in ALARM and shows its reason', async () => {
    const cloudwatch = new FakeCloudWatch();
    cloudwatch.alarms = [
      { name: 'router-5xx', type: 'metric', state: 'ALARM', reason: 'Threshold Crossed: 1 datapoint [12.0] > 5' },
      { name: 'router-latency', type: 'metric', state: 'OK', reason: '' },
    ];
    const outcome = await runGate(
      checks({ alarms: [{ kind: 'alarms', id: 'alarms', names: [], prefix: 'router-' }] }),
      policy(),
      deps(cloudwatch),
    );
    expect(outcome.verdict).toBe('fail');
    expect(outcome.evaluations[0]?.checks[0]?.reason).toBe(
      'router-5xx is in ALARM: Threshold Crossed: 1 datapoint [12.0] > 5',
    );
  });
});

describe("real ALB timing: warm-up and the release's own periods", () => {
  // ALB metrics describe 60-second periods and reach CloudWatch minutes late; a canary that just
  // took traffic has nothing to show yet. These tests deliver each minute `delayMs` after it ends.
  const delivered = (delayMs: number, value: (t: number) => number) => (now: () => number) =>
    new FakeCloudWatch((_m, start, end) =>
      perMinute(start, end, value).filter((p) => p.at.getTime() + 60_000 + delayMs <= now()),
    );

  it('does not count evaluations before the first period could arrive, and starts the window after them', async () => {
    const clock = new ManualClock();
    const started = clock.now();
    const cloudwatch = delivered(150_000, () => 0.1)(() => clock.now());
    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      policy({ windowMs: 5 * 60_000, intervalMs: 30_000, inconclusiveLimit: 2, notBefore: started }),
      deps(cloudwatch, clock),
    );
    expect(outcome.verdict).toBe('pass');
    const warmUp = outcome.evaluations.filter((e) => e.warmUp);
    // The first minute after the shift ends at +60 s and arrives 150 s later: +3.5 min.
    expect(warmUp.length).toBe(7);
    expect(outcome.warmUpMs).toBe(210_000);
    // Five minutes of counted evaluations follow the warm-up.
    expect(outcome.durationMs).toBe(210_000 + 5 * 60_000);
    expect(warmUp.every((e) => e.checks.every((c) => c.warmingUp && c.reason.startsWith('warming up')))).toBe(true);
  });

  it('with the old rules the same healthy canary would have been called inconclusive', async () => {
    const clock = new ManualClock();
    const cloudwatch = delivered(150_000, () => 0.1)(() => clock.now());
    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      // A zero delay allowance is the old behaviour: no data is inconclusive at once.
      policy({
        windowMs: 5 * 60_000,
        intervalMs: 30_000,
        inconclusiveLimit: 2,
        metricsDelayMs: 0,
        notBefore: clock.now(),
      }),
      deps(cloudwatch, clock),
    );
    expect(outcome.verdict).toBe('inconclusive');
  });

  it('fails at once when a delivered period already breaks a threshold, warm-up or not', async () => {
    const clock = new ManualClock();
    const cloudwatch = delivered(30_000, () => 0.9)(() => clock.now());
    const outcome = await runGate(
      checks({ metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25')] }),
      policy({ windowMs: 5 * 60_000, intervalMs: 30_000, notBefore: clock.now() }),
      deps(cloudwatch, clock),
    );
    expect(outcome.verdict).toBe('fail');
    expect(outcome.durationMs).toBe(90_000);
  });

  it('judges only periods that began after the release took traffic', async () => {
    const clock = new ManualClock();
    const shift = clock.now();
    clock.advance(4 * 60_000);
    // The side served a faulty release until the shift (0.9), this one since (0.1).
    const cloudwatch = new FakeCloudWatch((_m, start, end) =>
      perMinute(start, end, (t) => (t < shift ? 0.9 : 0.1)).filter((p) => p.at.getTime() + 60_000 <= clock.now()),
    );
    const withNotBefore = await runGate(
      checks({
        metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25', { reduce: 'max', lookbackSeconds: 600 })],
      }),
      policy({ notBefore: shift }),
      deps(cloudwatch, clock),
    );
    expect(withNotBefore.verdict).toBe('pass');
    const without = await runGate(
      checks({
        metrics: [thresholdCheck('latency', 'TargetResponseTime', '< 0.25', { reduce: 'max', lookbackSeconds: 600 })],
      }),
      policy(),
      deps(cloudwatch, clock),
    );
    expect(without.verdict).toBe('fail');
  });
});
