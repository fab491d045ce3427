/**
 * The health gate's library against moto_server and a local HTTP server: checks documents
 * parsed from YAML, real CloudWatch and ECS wire protocols through the real ports, real HTTP
 * probes, and a manual clock so that a window of minutes runs in milliseconds. The bundle suite
 * covers the GitHub runner side.
 */
import { performance } from 'node:perf_hooks';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudWatchPort, type CloudWatchPort } from '../../src/aws/cloudwatch.js';
import { createEcsPort } from '../../src/aws/ecs.js';
import { parseChecks } from '../../src/gate/checks-schema.js';
import { judgeCompare } from '../../src/gate/compare-check.js';
import { runGate, type GateOutcome, type GatePolicy } from '../../src/gate/gate.js';
import { evaluateHttpCheck } from '../../src/gate/http-check.js';
import type { CheckResult } from '../../src/gate/result.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import {
  cloudWatchClient,
  countingCloudWatch,
  MINUTE_MS,
  minuteAlignedNow,
  noisy,
  putAlarmInState,
  putPerMinute,
  seededRandom,
  type MetricTarget,
} from '../support/cloudwatch-fixtures.js';
import { CLUSTER, createServiceOnRevisionOne, SERVICE } from '../support/ecs-stack.js';
import { startTestServer, type TestServer } from '../support/http-server.js';
import { ManualClock } from '../support/manual-clock.js';
import { requireMoto, useMoto } from '../support/moto.js';

const runs = requireMoto();

const LOAD_BALANCER = 'app/prod-trading/50dc6c495c0c9188';
const TARGET_GROUP = 'targetgroup/order-router/73e2d6bc24d8a067';
const CANARY_TARGET_GROUP = 'targetgroup/order-router-canary/9f1e2d3c4b5a6978';

/** ALB metrics of the order router's target group, dimensions in the order ALB publishes them. */
const alb = (metric: string, targetGroup = TARGET_GROUP): MetricTarget => ({
  namespace: 'AWS/ApplicationELB',
  metric,
  dimensions: { LoadBalancer: LOAD_BALANCER, TargetGroup: targetGroup },
});

/** The same dimensions as a checks document writes them. */
const ALB_DIMENSIONS = `
    dimensions:
      LoadBalancer: ${LOAD_BALANCER}
      TargetGroup: ${TARGET_GROUP}`;

describe.runIf(runs)('health-gate against moto and a local HTTP server', () => {
  const moto = useMoto({ runningCount: 2 });
  let cloudwatch: CloudWatchClient;
  let ecs: ECSClient;
  let server: TestServer;
  /** "Now" for the gate and for the data: real time, half-way through a past minute. */
  let now: number;

  beforeAll(async () => {
    cloudwatch = cloudWatchClient(moto());
    ecs = moto().ecs();
    server = await startTestServer();
  });
  afterAll(async () => {
    cloudwatch?.destroy();
    await server?.close();
  });
  beforeEach(() => {
    now = minuteAlignedNow();
  });

  interface GateRun {
    readonly outcome: GateOutcome;
    readonly clock: ManualClock;
    readonly logger: RecordingLogger;
    readonly cloudwatch: ReturnType<typeof countingCloudWatch>;
    /** A check of the last evaluation, by id. */
    check(id: string): CheckResult;
  }

  async function gate(
    checksYaml: string,
    options: { policy?: Partial<GatePolicy>; clock?: ManualClock; port?: CloudWatchPort } = {},
  ): Promise<GateRun> {
    const clock = options.clock ?? new ManualClock(now);
    const logger = new RecordingLogger();
    const counted = countingCloudWatch(options.port ?? createCloudWatchPort(cloudwatch));
    const policy: GatePolicy = {
      windowMs: 0,
      intervalMs: MINUTE_MS,
      failureLimit: 0,
      inconclusiveLimit: 0,
      ...options.policy,
    };
    const outcome = await runGate(parseChecks(checksYaml), policy, {
      cloudwatch: counted,
      ecs: createEcsPort(ecs),
      clock,
      logger,
      probeHttp: (check) => evaluateHttpCheck(check, { fetch, now: () => performance.now() }),
      judgeCompare,
    });
    return {
      outcome,
      clock,
      logger,
      cloudwatch: counted,
      check(id) {
        const found = outcome.evaluations.at(-1)?.checks.find((c) => c.id === id);
        if (!found) throw new Error(`no check '${id}' in ${JSON.stringify(outcome, null, 2)}`);
        return found;
      },
    };
  }

  describe('metric thresholds', () => {
    it('passes when the latest response time is within the threshold', async () => {
      const newestFirst = [0.1, 0.11, 0.12, 0.13, 0.14];
      await putPerMinute(cloudwatch, alb('TargetResponseTime'), now, 5, (ago) => newestFirst[ago]);

      const run = await gate(`
metrics:
  - id: response-time
    namespace: AWS/ApplicationELB
    metric: TargetResponseTime
    stat: Average${ALB_DIMENSIONS}
    threshold: '< 0.25'
`);

      expect(run.outcome).toMatchObject({ verdict: 'pass', reason: 'every check passed.' });
      expect(run.check('response-time')).toMatchObject({ status: 'pass', observed: '0.1', expected: '< 0.25' });
      const evidence = run.check('response-time').evidence;
      // The 3-minute lookback counts back from the newest minute CloudWatch can have delivered
      // (metrics-delay, 5 minutes by default), so every complete minute that has arrived is in it.
      expect(evidence.kind === 'metric' && evidence.points.map((p) => p.value)).toEqual([0.14, 0.13, 0.12, 0.11, 0.1]);
      expect(evidence.kind === 'metric' && evidence.query).toBe(
        `AWS/ApplicationELB TargetResponseTime Average per 60s {LoadBalancer=${LOAD_BALANCER}, TargetGroup=${TARGET_GROUP}}`,
      );
    });

    it('fails when the response time is over the threshold, showing the observed value and the threshold', async () => {
      await putPerMinute(cloudwatch, alb('TargetResponseTime'), now, 5, () => 0.8);

      const run = await gate(`
metrics:
  - id: response-time
    namespace: AWS/ApplicationELB
    metric: TargetResponseTime
    stat: Average${ALB_DIMENSIONS}
    threshold: '< 0.25'
`);

      expect(run.outcome).toMatchObject({ verdict: 'fail', reason: 'failed: response-time (0.8; expected < 0.25).' });
      expect(run.check('response-time')).toMatchObject({
        status: 'fail',
        observed: '0.8',
        expected: '< 0.25',
        reason: 'latest of 5 datapoints is 0.8, outside < 0.25.',
      });
      expect(run.logger.messages('info')).toContain(
        '❌ metric response-time: 0.8 (expected < 0.25) — latest of 5 datapoints is 0.8, outside < 0.25.',
      );
    });

    it('computes the 5xx rate from Sums, counting a minute with requests but no 5xx datapoint as 0', async () => {
      const requests = [500, 400, 200];
      await putPerMinute(cloudwatch, alb('RequestCount'), now, 3, (ago) => requests[ago]);
      // ALB publishes no 5xx datapoint for a minute without errors: only the oldest minute has one.
      await putPerMinute(cloudwatch, alb('HTTPCode_Target_5XX_Count'), now, 3, (ago) => (ago === 2 ? 4 : undefined));
      const errorRate = (id: string, reduce: string, threshold: string) => `
  - id: ${id}
    ratio:
      namespace: AWS/ApplicationELB
      stat: Sum${ALB_DIMENSIONS.replace(/\n/g, '\n  ')}
      numerator:
        metric: HTTPCode_Target_5XX_Count
      denominator:
        metric: RequestCount
    reduce: ${reduce}
    threshold: '${threshold}'`;

      // moto has every datapoint the moment it is put, so no 5xx datapoint can still be in transit
      // (with a metrics delay, a recent minute without one waits instead: see series.test.ts).
      const run = await gate(
        `
metrics:${errorRate('error-rate-now', 'latest', '< 0.01')}${errorRate('error-rate-worst-minute', 'max', '< 0.01')}
`,
        { policy: { metricsDelayMs: 0 } },
      );

      const latest = run.check('error-rate-now');
      expect(latest).toMatchObject({ status: 'pass', observed: '0', expected: '< 0.01' });
      expect(latest.evidence.kind === 'metric' && latest.evidence.points.map((p) => p.value)).toEqual([4 / 200, 0, 0]);
      expect(run.check('error-rate-worst-minute')).toMatchObject({ status: 'fail', observed: '0.02' });
      expect(run.outcome.verdict).toBe('fail');
    });

    it('is inconclusive, never a pass, when the metric has no data', async () => {
      await putPerMinute(cloudwatch, alb('TargetResponseTime'), now, 5, () => 0.1);

      const run = await gate(`
metrics:
  - id: canary-response-time
    namespace: AWS/ApplicationELB
    metric: TargetResponseTime
    stat: Average
    dimensions:
      LoadBalancer: ${LOAD_BALANCER}
      TargetGroup: ${CANARY_TARGET_GROUP}
    threshold: '< 0.25'
`);

      expect(run.outcome).toMatchObject({
        verdict: 'inconclusive',
        reason: 'inconclusive: canary-response-time (no data; expected < 0.25).',
      });
      expect(run.check('canary-response-time')).toMatchObject({
        status: 'inconclusive',
        observed: 'no data',
        reason: 'no datapoints in the last 180s; a metric without data is never a pass.',
      });
    });

    it('fails a metric without data when must-have-data is set', async () => {
      const run = await gate(`
metrics:
  - id: requests
    namespace: AWS/ApplicationELB
    metric: RequestCount
    stat: Sum${ALB_DIMENSIONS}
    threshold: '> 0'
    must-have-data: true
`);

      expect(run.outcome.verdict).toBe('fail');
      expect(run.check('requests')).toMatchObject({ status: 'fail', observed: 'no data' });
      expect(run.check('requests').reason).toContain('(must-have-data is set)');
    });
  });

  describe('alarms', () => {
    it('fails while an alarm is in ALARM and shows the alarm reason', async () => {
      const why = 'Threshold Crossed: 1 datapoint [37.0 (23/11/26 13:59:00)] was greater than the threshold (10.0).';
      await putAlarmInState(cloudwatch, 'order-router-5xx', 'ALARM', why);

      const run = await gate(`
alarms:
  - names: [order-router-5xx]
`);

      expect(run.outcome).toMatchObject({
        verdict: 'fail',
        reason: 'failed: alarms/order-router-5xx (1 in ALARM; expected no alarm in ALARM).',
      });
      expect(run.check('alarms/order-router-5xx')).toMatchObject({
        status: 'fail',
        observed: '1 in ALARM',
        reason: `order-router-5xx is in ALARM: ${why}`,
      });
    });

    it('passes when the named alarms are OK', async () => {
      await putAlarmInState(cloudwatch, 'order-router-5xx', 'OK', 'Threshold Crossed: no datapoint above 10.0.');
      await putAlarmInState(cloudwatch, 'order-router-latency', 'OK', 'Threshold Crossed: no datapoint above 0.25.');

      const run = await gate(`
alarms:
  - id: router-alarms
    names: [order-router-5xx, order-router-latency]
`);

      expect(run.outcome.verdict).toBe('pass');
      expect(run.check('router-alarms')).toMatchObject({ status: 'pass', observed: '2 OK' });
    });

    it('selects alarms by prefix, and ignores firing alarms of other services', async () => {
      await putAlarmInState(cloudwatch, 'order-router-5xx', 'OK', 'fine');
      await putAlarmInState(cloudwatch, 'order-router-latency', 'OK', 'fine');
      await putAlarmInState(cloudwatch, 'risk-engine-cpu', 'ALARM', 'CPU above 90 %');

      const passing = await gate(`
alarms:
  - prefix: order-router-
`);
      expect(passing.outcome.verdict).toBe('pass');
      expect(passing.check('alarms/order-router-*')).toMatchObject({ status: 'pass', observed: '2 OK' });

      await putAlarmInState(cloudwatch, 'order-router-latency', 'ALARM', 'p99 above 250 ms for 3 minutes');
      const failing = await gate(`
alarms:
  - prefix: order-router-
`);
      expect(failing.outcome.verdict).toBe('fail');
      expect(failing.check('alarms/order-router-*').reason).toBe(
        'order-router-latency is in ALARM: p99 above 250 ms for 3 minutes',
      );
    });

    it('is inconclusive when a named alarm does not exist', async () => {
      await putAlarmInState(cloudwatch, 'order-router-5xx', 'OK', 'fine');

      const run = await gate(`
alarms:
  - id: router-alarms
    names: [order-router-5xx, order-router-5xxx]
`);

      expect(run.outcome.verdict).toBe('inconclusive');
      expect(run.check('router-alarms')).toMatchObject({
        status: 'inconclusive',
        observed: 'not found',
        reason: 'no alarm named order-router-5xxx; check the names and the region.',
      });
    });
  });

  describe('ECS service health', () => {
    it('passes when the service runs all its desired tasks', async () => {
      await createServiceOnRevisionOne(ecs);

      const run = await gate(`
ecs:
  - cluster: ${CLUSTER}
    service: ${SERVICE}
`);

      expect(run.outcome.verdict).toBe('pass');
      expect(run.check(`ecs/${CLUSTER}/${SERVICE}`)).toMatchObject({
        status: 'pass',
        observed: '2/2 running, 0 failed',
        reason: `${SERVICE} runs all 2 desired tasks and none failed.`,
      });
    });

    it('is inconclusive, with the reason, when the service does not exist', async () => {
      await createServiceOnRevisionOne(ecs);

      const run = await gate(`
ecs:
  - id: router
    cluster: ${CLUSTER}
    service: order-routr
`);

      expect(run.outcome.verdict).toBe('inconclusive');
      expect(run.check('router').status).toBe('inconclusive');
      expect(run.check('router').reason).toContain("service 'order-routr' was not found in cluster 'trading-prod'");
    });
  });

  describe('canary compared with its baseline', () => {
    const COMPARE = `
compare:
  lookback: 30m
  metrics:
    - id: latency
      namespace: AWS/ApplicationELB
      metric: TargetResponseTime
      stat: Average
      dimensions:
        LoadBalancer: ${LOAD_BALANCER}
      canary:
        dimensions:
          TargetGroup: ${CANARY_TARGET_GROUP}
      baseline:
        dimensions:
          TargetGroup: ${TARGET_GROUP}
      direction: increase
`;

    /** 30 minutes of per-minute average latency, ±15 % noise around each side's level. */
    async function writeLatency(canaryLevel: number, baselineLevel: number): Promise<void> {
      const canary = seededRandom(7);
      const baseline = seededRandom(11);
      await putPerMinute(cloudwatch, alb('TargetResponseTime', CANARY_TARGET_GROUP), now, 30, () =>
        noisy(canary, canaryLevel, 0.15),
      );
      await putPerMinute(cloudwatch, alb('TargetResponseTime', TARGET_GROUP), now, 30, () =>
        noisy(baseline, baselineLevel, 0.15),
      );
    }

    it('passes a canary as fast as its baseline, with a score', async () => {
      await writeLatency(0.12, 0.12);

      const run = await gate(COMPARE);

      expect(run.outcome).toMatchObject({ verdict: 'pass', score: 100 });
      expect(run.check('compare')).toMatchObject({ status: 'pass', observed: 'score 100' });
      const evidence = run.check('compare').evidence;
      expect(evidence.kind === 'compare' && evidence.metrics).toEqual([
        expect.objectContaining({
          id: 'latency',
          classification: 'Pass',
          canary: expect.stringMatching(/\(30 points\)$/) as unknown,
          baseline: expect.stringMatching(/\(30 points\)$/) as unknown,
        }),
      ]);
    });

    it('fails a canary 60 % slower than its baseline and names the metric', async () => {
      await writeLatency(0.12 * 1.6, 0.12);

      const run = await gate(COMPARE);

      expect(run.outcome).toMatchObject({
        verdict: 'fail',
        score: 0,
        reason: 'failed: compare (score 0; expected ≥ 95 (fails below 75)).',
      });
      const compare = run.check('compare');
      expect(compare).toMatchObject({ status: 'fail', observed: 'score 0', expected: '≥ 95 (fails below 75)' });
      expect(compare.reason).toBe('score 0 is below marginal 75: 0 of 1 scored metrics passed; failed: latency');
      expect(compare.evidence.kind === 'compare' && compare.evidence.metrics).toEqual([
        expect.objectContaining({ id: 'latency', classification: 'High ❌' }),
      ]);
    });
  });

  describe('HTTP probes against a local server', () => {
    it.each([
      ['a healthy endpoint passes', '/health', '', 'pass', /^every probe met the expectation \(200\)\.$/],
      [
        'an answer slower than max-latency fails with its latency',
        '/slow?ms=250',
        'max-latency: 50ms',
        'fail',
        /^1 latency over 50 ms$/,
      ],
      ['an erroring endpoint fails with its status', '/error', '', 'fail', /^1 status 503$/],
      ['a hanging endpoint fails with a timeout', '/hang', 'timeout: 300ms', 'fail', /^1 timeout \(300ms\)$/],
    ] as const)('%s', async (_name, path, extra, status, reason) => {
      const run = await gate(`
http:
  - id: probe
    url: ${server.url(path)}
    ${extra}
`);

      expect(run.outcome.verdict).toBe(status);
      expect(run.check('probe')).toMatchObject({ kind: 'http', status });
      expect(run.check('probe').reason).toMatch(reason);
    });

    it('reports the measured latency and status of a slow answer', async () => {
      const run = await gate(`
http:
  - id: probe
    url: ${server.url('/slow?ms=250')}
    max-latency: 50ms
`);

      const evidence = run.check('probe').evidence;
      expect(evidence.kind).toBe('http');
      const probe = evidence.kind === 'http' ? evidence.probes[0] : undefined;
      expect(probe).toMatchObject({ ok: false, status: 200, failure: { reason: 'latency' } });
      expect(JSON.stringify(probe)).toMatch(/answered in \d+ ms, limit 50 ms/);
      expect(run.check('probe').observed).toMatch(/^0\/1 ok, p50 \d+ ms$/);
    });
  });

  describe('one evaluation, one GetMetricData call', () => {
    it('reads every threshold metric, ratio and both compare sides with a single GetMetricData call', async () => {
      const client = cloudWatchClient(moto());
      const sent: string[] = [];
      client.middlewareStack.add(
        (next, context) => (args) => {
          sent.push(context.commandName ?? 'unknown');
          return next(args);
        },
        { step: 'initialize', name: 'recordCommands' },
      );
      await putPerMinute(cloudwatch, alb('TargetResponseTime'), now, 30, () => 0.1);
      await putPerMinute(cloudwatch, alb('TargetResponseTime', CANARY_TARGET_GROUP), now, 30, () => 0.1);
      await putPerMinute(cloudwatch, alb('RequestCount'), now, 3, () => 100);
      await putAlarmInState(cloudwatch, 'order-router-5xx', 'OK', 'fine');

      const run = await gate(
        `
metrics:
  - id: response-time
    namespace: AWS/ApplicationELB
    metric: TargetResponseTime
    stat: Average${ALB_DIMENSIONS}
    threshold: '< 0.25'
  - id: error-rate
    ratio:
      namespace: AWS/ApplicationELB
      stat: Sum${ALB_DIMENSIONS.replace(/\n/g, '\n  ')}
      numerator: { metric: HTTPCode_Target_5XX_Count }
      denominator: { metric: RequestCount }
    threshold: '< 0.01'
alarms:
  - names: [order-router-5xx]
http:
  - url: ${server.url('/health')}
compare:
  lookback: 30m
  metrics:
    - id: latency
      namespace: AWS/ApplicationELB
      metric: TargetResponseTime
      stat: Average
      canary: { dimensions: { LoadBalancer: ${LOAD_BALANCER}, TargetGroup: ${CANARY_TARGET_GROUP} } }
      baseline: { dimensions: { LoadBalancer: ${LOAD_BALANCER}, TargetGroup: ${TARGET_GROUP} } }
`,
        // moto has every datapoint the moment it is put: no metrics delay to wait out.
        { port: createCloudWatchPort(client), policy: { metricsDelayMs: 0 } },
      );
      client.destroy();

      expect(run.outcome.verdict).toBe('pass');
      expect(run.cloudwatch.metricCalls).toHaveLength(1);
      expect(run.cloudwatch.metricCalls[0]?.queries).toHaveLength(5);
      expect(sent.filter((name) => name === 'GetMetricDataCommand')).toHaveLength(1);
      expect(sent.filter((name) => name === 'DescribeAlarmsCommand')).toHaveLength(1);
    });
  });

  describe('a window watched on a manual clock', () => {
    const LATENCY_CHECK = `
metrics:
  - id: latency
    namespace: AWS/ApplicationELB
    metric: TargetResponseTime
    stat: Average${ALB_DIMENSIONS}
    threshold: '< 0.25'
`;

    it('evaluates a 5-minute window every minute and passes, in no real time', async () => {
      await putPerMinute(cloudwatch, alb('TargetResponseTime'), now, 12, () => 0.1);
      const clock = new ManualClock(now - 6 * MINUTE_MS);

      const run = await gate(LATENCY_CHECK, { clock, policy: { windowMs: 5 * MINUTE_MS, intervalMs: MINUTE_MS } });

      expect(run.outcome).toMatchObject({ verdict: 'pass', reason: '6 of 6 evaluations passed.' });
      expect(run.outcome.durationMs).toBe(5 * MINUTE_MS);
      expect(run.outcome.evaluations.map((e) => [e.status, e.final])).toEqual([
        ['pass', false],
        ['pass', false],
        ['pass', false],
        ['pass', false],
        ['pass', false],
        ['pass', true],
      ]);
      expect(clock.sleeps).toEqual([MINUTE_MS, MINUTE_MS, MINUTE_MS, MINUTE_MS, MINUTE_MS]);
      expect(run.cloudwatch.metricCalls).toHaveLength(6);
      expect(run.logger.messages('group').at(-1)).toBe('Evaluation 6 (final) at +5m');
    });

    it('stops at the first evaluation that sees the latency go over the threshold', async () => {
      // Healthy until three minutes before now, then slow.
      await putPerMinute(cloudwatch, alb('TargetResponseTime'), now, 12, (ago) => (ago <= 3 ? 0.9 : 0.1));
      const clock = new ManualClock(now - 6 * MINUTE_MS);

      const run = await gate(LATENCY_CHECK, { clock, policy: { windowMs: 5 * MINUTE_MS, intervalMs: MINUTE_MS } });

      expect(run.outcome).toMatchObject({
        verdict: 'fail',
        reason: '1 of 4 evaluations failed (failure-limit 0); last failing: latency (0.9; expected < 0.25).',
      });
      expect(run.outcome.evaluations.map((e) => e.status)).toEqual(['pass', 'pass', 'pass', 'fail']);
      expect(run.check('latency')).toMatchObject({ observed: '0.9', expected: '< 0.25' });
      expect(clock.sleeps).toEqual([MINUTE_MS, MINUTE_MS, MINUTE_MS]);
    });
  });
});
