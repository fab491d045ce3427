/**
 * The committed dist/health-gate bundle, run exactly as the GitHub runner runs it: CloudWatch in
 * moto through AWS_ENDPOINT_URL (no test-only code path in the action), HTTP probes against a
 * local server. Every gate here evaluates once (window 0), on the real clock.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/lib/run-action.mjs';
import type { GateReport } from '../../src/gate/report.js';
import {
  cloudWatchClient,
  noisy,
  putAlarmInState,
  putPerMinute,
  seededRandom,
  type MetricTarget,
} from '../support/cloudwatch-fixtures.js';
import { startTestServer, type TestServer } from '../support/http-server.js';
import { requireMoto, useMoto } from '../support/moto.js';

const runs = requireMoto();

const LOAD_BALANCER = 'app/prod-trading/50dc6c495c0c9188';
const TARGET_GROUP = 'targetgroup/order-router/73e2d6bc24d8a067';
const CANARY_TARGET_GROUP = 'targetgroup/order-router-canary/9f1e2d3c4b5a6978';
const BASELINE_TARGET_GROUP = 'targetgroup/order-router-baseline/1a2b3c4d5e6f7081';

const responseTime = (targetGroup = TARGET_GROUP): MetricTarget => ({
  namespace: 'AWS/ApplicationELB',
  metric: 'TargetResponseTime',
  dimensions: { LoadBalancer: LOAD_BALANCER, TargetGroup: targetGroup },
});

const RESPONSE_TIME_CHECK = `
metrics:
  - id: response-time
    namespace: AWS/ApplicationELB
    metric: TargetResponseTime
    stat: Average
    dimensions:
      LoadBalancer: ${LOAD_BALANCER}
      TargetGroup: ${TARGET_GROUP}
    threshold: '< 0.25'
`;

describe.runIf(runs)('the health-gate bundle, run as the GitHub runner runs it', () => {
  const moto = useMoto();
  let cloudwatch: CloudWatchClient;
  let server: TestServer;

  beforeAll(async () => {
    cloudwatch = cloudWatchClient(moto());
    server = await startTestServer();
  });
  afterAll(async () => {
    cloudwatch?.destroy();
    await server?.close();
  });

  const awsEnv = (): Record<string, string> => moto().env();

  /** The same value every minute of the last five, so whichever minutes the gate reads agree. */
  const writeResponseTime = (seconds: number) => putPerMinute(cloudwatch, responseTime(), Date.now(), 5, () => seconds);

  const parseReport = (json: string | undefined): GateReport => JSON.parse(json ?? '{}') as GateReport;

  it('passes a healthy service: exit 0, verdict and score outputs, a summary with the check table', async () => {
    await writeResponseTime(0.1);
    await putAlarmInState(cloudwatch, 'order-router-5xx', 'OK', 'Threshold Crossed: no datapoint above 10.0.');
    const canary = seededRandom(3);
    const baseline = seededRandom(5);
    await putPerMinute(cloudwatch, responseTime(CANARY_TARGET_GROUP), Date.now(), 30, () => noisy(canary, 0.1, 0.1));
    await putPerMinute(cloudwatch, responseTime(BASELINE_TARGET_GROUP), Date.now(), 30, () =>
      noisy(baseline, 0.1, 0.1),
    );

    const result = await runAction(
      'health-gate',
      {
        checks: `${RESPONSE_TIME_CHECK}
alarms:
  - names: [order-router-5xx]
http:
  - id: health
    url: ${server.url('/health')}
    body-contains: '"status":"ok"'
compare:
  lookback: 30m
  metrics:
    - id: latency
      namespace: AWS/ApplicationELB
      metric: TargetResponseTime
      stat: Average
      dimensions: { LoadBalancer: ${LOAD_BALANCER} }
      canary: { dimensions: { TargetGroup: ${CANARY_TARGET_GROUP} } }
      baseline: { dimensions: { TargetGroup: ${BASELINE_TARGET_GROUP} } }
`,
      },
      { env: awsEnv() },
    );

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs.score).toBe('100');
    expect(result.stdout).toContain('health-gate verdict: pass — every check passed.');
    expect(result.stdout).not.toContain('::error::');
    expect(result.summary.startsWith('## ✅ health-gate: pass\n')).toBe(true);
    expect(result.summary).toContain('| | Check | Observed | Expected |\n|---|---|---|---|\n');
    expect(result.summary).toContain('| ✅ | metric `response-time` | 0.1 | &lt; 0.25 |');
    expect(result.summary).toContain('| ✅ | alarms `alarms/order-router-5xx` | 1 OK | no alarm in ALARM |');
    expect(result.summary).toMatch(/\| ✅ \| http `health` \| 1\/1 ok, p50 \d+ ms \| 200 with body containing/);
    expect(result.summary).toContain('| ✅ | compare `compare` | score 100 | ≥ 95 (fails below 75) |');
    expect(server.requests).toContain('/health');

    const report = parseReport(result.outputs.report);
    expect(report).toMatchObject({ verdict: 'pass', score: 100, dryRun: false, onFailure: 'fail' });
    expect(report.evaluations).toHaveLength(1);
    expect(report.evaluations[0]?.checks.map((c) => [c.id, c.status])).toEqual([
      ['health', 'pass'],
      ['alarms/order-router-5xx', 'pass'],
      ['response-time', 'pass'],
      ['compare', 'pass'],
    ]);
  });

  it('fails a slow service: exit 1, the error names the failing check, the summary shows the value seen and the limit', async () => {
    await writeResponseTime(0.8);

    const result = await runAction('health-gate', { checks: RESPONSE_TIME_CHECK }, { env: awsEnv() });

    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.outputs.score).toBe('');
    expect(result.stdout).toContain(
      '::error::health-gate verdict: fail — failed: response-time (0.8; expected < 0.25).',
    );
    // How many minutes the lookback holds depends on the wall clock; the value does not.
    expect(result.stdout).toMatch(
      /❌ metric response-time: 0\.8 \(expected < 0\.25\) — latest of \d datapoints is 0\.8, outside < 0\.25\./,
    );
    expect(result.summary).toMatch(/^## ❌ health-gate: fail\n\nFailed: response-time \(0\.8; expected &lt; 0\.25\)\./);
    expect(result.summary).toContain('| ❌ | metric `response-time` | 0.8 | &lt; 0.25 |');
    expect(result.summary).toMatch(
      /\*\*❌ metric `response-time`\*\*: latest of \d datapoints is 0\.8, outside &lt; 0\.25\./,
    );
    expect(result.summary).toContain(
      `- Query: \`AWS/ApplicationELB TargetResponseTime Average per 60s {LoadBalancer=${LOAD_BALANCER}, TargetGroup=${TARGET_GROUP}}\``,
    );

    const report = parseReport(result.outputs.report);
    expect(report.verdict).toBe('fail');
    expect(report.evaluations[0]?.checks).toEqual([
      expect.objectContaining({ id: 'response-time', status: 'fail', observed: '0.8', expected: '< 0.25' }),
    ]);
  });

  it.each([
    ['on-failure: warn', { 'on-failure': 'warn' }, 'on-failure: warn', '> on-failure: warn — the step passes'],
    ['dry-run', { 'dry-run': 'true' }, 'dry-run', '> dry-run: the verdict is reported but does not fail the step.'],
  ])('with %s a failing gate passes the step with a warning', async (_name, inputs, mode, note) => {
    await writeResponseTime(0.8);

    const result = await runAction('health-gate', { checks: RESPONSE_TIME_CHECK, ...inputs }, { env: awsEnv() });

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.stdout).toContain(
      `::warning::health-gate verdict: fail — failed: response-time (0.8; expected < 0.25). (${mode}: not failing the step)`,
    );
    expect(result.stdout).not.toContain('::error::');
    expect(result.summary.startsWith('## ❌ health-gate: fail\n')).toBe(true);
    expect(result.summary).toContain(note);
  });

  it.each([
    [
      'a misspelt key',
      `metrics:
  - id: latency
    namespace: AWS/ApplicationELB
    metric: TargetResponseTime
    stat: Average
    treshold: '< 0.25'
`,
      [
        "checks: line 6, column 5 (metrics[0].treshold): unknown key 'treshold' (did you mean 'threshold'?)",
        "checks: line 2, column 5 (metrics[0].threshold): 'threshold' is required",
      ],
    ],
    [
      'an unquoted threshold starting with >',
      `metrics:
  - namespace: AWS/ApplicationELB
    metric: RequestCount
    stat: Sum
    threshold: > 0
`,
      ['line 5, column 18 (metrics[0].threshold): YAML syntax', "must be quoted, like threshold: '> 0'"],
    ],
  ])(
    'rejects %s in the checks document with its line, column and field, before any AWS call',
    async (_name, checks, messages) => {
      // No AWS endpoint, region or credentials: the document is judged before anything else.
      const result = await runAction('health-gate', { checks });

      expect(result.exitCode).toBe(1);
      const error = result.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      expect(error).toContain('input problem');
      for (const message of messages) expect(error).toContain(message);
      expect(result.outputs).toEqual({});
      expect(result.summary).toBe('');
    },
  );

  it('masks an HTTP header value and never prints it', async () => {
    const secret = 'Bearer s3cr3t-value';

    // An HTTP-only gate needs no AWS settings at all; the failing probe makes the action log more.
    const result = await runAction('health-gate', {
      checks: `
http:
  - id: orders-api
    url: ${server.url('/error')}
    headers:
      Authorization: ${secret}
`,
    });

    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.stdout).toContain(`::add-mask::${secret}\n`);
    expect(result.stdout.split('s3cr3t-value')).toHaveLength(2);
    expect(result.stdout).toContain('❌ http orders-api: 0/1 ok');
    expect(result.stderr).not.toContain('s3cr3t-value');
    expect(result.summary).not.toContain('s3cr3t-value');
    expect(result.outputs.report).not.toContain('s3cr3t-value');
    expect(parseReport(result.outputs.report).evaluations[0]?.checks).toEqual([
      expect.objectContaining({ id: 'orders-api', status: 'fail', reason: '1 status 503' }),
    ]);
  });
});
