import { StandardUnit } from '@aws-sdk/client-cloudwatch';
import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../runtime/errors.js';
import type { ChecksDocument, CompareCheck, HttpCheck, MetricCheck, MetricSpec } from './checks.js';
import { CHECKS_TOP_LEVEL_KEYS, CLOUDWATCH_UNITS, parseChecks } from './checks-schema.js';
import { expandAlbTargetGroup, expandTrading } from './presets.js';
import { parseThreshold } from './threshold.js';

/** Strips the leading newline and the common indentation, so YAML can be indented with the test. */
function yaml(strings: TemplateStringsArray, ...values: string[]): string {
  const text = strings.reduce((out, part, i) => out + part + (values[i] ?? ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function problemsOf(text: string): { input: string; message: string }[] {
  try {
    parseChecks(text);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => ({ ...p }));
    throw error;
  }
  return expect.fail('expected a ConfigurationError');
}

function problems(text: string): string[] {
  return problemsOf(text).map((p) => p.message);
}

function threshold(text: string) {
  return parseThreshold(text) ?? expect.fail(`'${text}' does not parse`);
}

const ALB = 'AWS/ApplicationELB';
const dims = (...pairs: [string, string][]) => pairs.map(([name, value]) => ({ name, value }));
const TG_DIMENSIONS = dims(['LoadBalancer', 'app/x/1'], ['TargetGroup', 'targetgroup/y/2']);

function spec(metric: string, stat: string, dimensions = TG_DIMENSIONS, extra: Partial<MetricSpec> = {}): MetricSpec {
  return { namespace: ALB, metric, stat, dimensions, periodSeconds: 60, ...extra };
}

const EMPTY: ChecksDocument = { http: [], metrics: [], alarms: [], ecs: [] };

describe('http checks', () => {
  test('a url alone probes it once with GET, expecting 200 within 5s, named after the url', () => {
    expect(parseChecks('http:\n  - url: https://order-router.internal/health\n')).toEqual<ChecksDocument>({
      ...EMPTY,
      http: [
        {
          kind: 'http',
          id: 'https://order-router.internal/health',
          url: 'https://order-router.internal/health',
          method: 'GET',
          headers: {},
          expectStatus: [200],
          minSuccessRatio: 1,
          timeoutMs: 5000,
          probes: 1,
        },
      ],
    });
  });

  test('every option is read, durations in milliseconds', () => {
    const doc = parseChecks(yaml`
      http:
        - url: http://order-router.internal:8080/ready
          id: ready
          method: head
          headers: { Authorization: Bearer x, X-Venue: XNAS }
          expect-status: [200, 204]
          max-latency: 250ms
          body-contains: '"status":"ok"'
          min-success-ratio: 0.95
          timeout: 2s
          probes: 3
    `);
    expect(doc.http).toEqual<HttpCheck[]>([
      {
        kind: 'http',
        id: 'ready',
        url: 'http://order-router.internal:8080/ready',
        method: 'HEAD',
        headers: { Authorization: 'Bearer x', 'X-Venue': 'XNAS' },
        expectStatus: [200, 204],
        maxLatencyMs: 250,
        bodyContains: '"status":"ok"',
        minSuccessRatio: 0.95,
        timeoutMs: 2000,
        probes: 3,
      },
    ]);
  });

  test('a single expected status becomes a one-element list', () => {
    expect(parseChecks('http: [{ url: "https://x.internal/", expect-status: 204 }]').http[0]?.expectStatus).toEqual([
      204,
    ]);
  });
});

describe('metric checks', () => {
  test('a single metric reads 60s periods over 3 periods, keeps the latest value and is named after the metric', () => {
    const doc = parseChecks(yaml`
      metrics:
        - namespace: AWS/ApplicationELB
          metric: TargetResponseTime
          dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/y/2 }
          stat: p95
          threshold: <= 0.25
    `);
    expect(doc.metrics).toEqual<MetricCheck[]>([
      {
        kind: 'metric',
        id: 'TargetResponseTime',
        source: { type: 'metric', metric: spec('TargetResponseTime', 'p95') },
        threshold: { operator: '<=', value: 0.25, text: '<= 0.25' },
        lookbackSeconds: 180,
        reduce: 'latest',
        mustHaveData: false,
      },
    ]);
  });

  test('every option is read; the dimensions keep the order written', () => {
    const doc = parseChecks(yaml`
      metrics:
        - id: p95-latency
          description: Latency seen by the order gateway
          namespace: AWS/ApplicationELB
          metric: TargetResponseTime
          dimensions: { TargetGroup: targetgroup/y/2, LoadBalancer: app/x/1 }
          stat: P99.9
          unit: seconds
          threshold: '< 0.5'
          period: 5m
          lookback: 1h
          reduce: max
          must-have-data: true
    `);
    expect(doc.metrics).toEqual<MetricCheck[]>([
      {
        kind: 'metric',
        id: 'p95-latency',
        description: 'Latency seen by the order gateway',
        source: {
          type: 'metric',
          metric: spec(
            'TargetResponseTime',
            'p99.9',
            dims(['TargetGroup', 'targetgroup/y/2'], ['LoadBalancer', 'app/x/1']),
            {
              periodSeconds: 300,
              unit: 'Seconds',
            },
          ),
        },
        threshold: threshold('< 0.5'),
        lookbackSeconds: 3600,
        reduce: 'max',
        mustHaveData: true,
      },
    ]);
  });

  test('a ratio divides numerator by denominator; namespace, dimensions and stat may be written once in ratio', () => {
    const doc = parseChecks(yaml`
      metrics:
        - id: error-rate
          ratio:
            namespace: AWS/ApplicationELB
            dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/y/2 }
            stat: sum
            numerator: { metric: HTTPCode_Target_5XX_Count }
            denominator: { metric: RequestCount }
          threshold: < 0.01
          period: 30s
    `);
    expect(doc.metrics[0]).toEqual<MetricCheck>({
      kind: 'metric',
      id: 'error-rate',
      source: {
        type: 'ratio',
        numerator: spec('HTTPCode_Target_5XX_Count', 'Sum', TG_DIMENSIONS, { periodSeconds: 30 }),
        denominator: spec('RequestCount', 'Sum', TG_DIMENSIONS, { periodSeconds: 30 }),
      },
      threshold: threshold('< 0.01'),
      lookbackSeconds: 90,
      reduce: 'latest',
      mustHaveData: false,
    });
  });

  test('a ratio without an id is named numerator/denominator', () => {
    const doc = parseChecks(yaml`
      metrics:
        - ratio:
            numerator: { namespace: OrderRouter, metric: OrderRejects, stat: Sum }
            denominator: { namespace: OrderRouter, metric: OrdersSubmitted, stat: Sum }
          threshold: < 0.005
    `);
    expect(doc.metrics[0]?.id).toBe('OrderRejects/OrdersSubmitted');
  });

  test('the unit list is exactly CloudWatch’s, so a unit filter can never silently match nothing', () => {
    expect([...CLOUDWATCH_UNITS].sort()).toEqual(Object.values(StandardUnit).sort());
  });
});

describe('alarm and ECS checks', () => {
  test('alarms by name or by prefix, and an ECS service, get ids from what they watch', () => {
    const doc = parseChecks(yaml`
      alarms:
        - names: [order-router-5xx, order-router-latency]
        - prefix: order-router-
        - { id: venue-alarms, prefix: venue- }
      ecs:
        - { cluster: trading-prod, service: order-router }
        - { id: gateway, cluster: trading-prod, service: fix-gateway }
    `);
    expect(doc).toEqual<ChecksDocument>({
      ...EMPTY,
      alarms: [
        {
          kind: 'alarms',
          id: 'alarms/order-router-5xx,order-router-latency',
          names: ['order-router-5xx', 'order-router-latency'],
        },
        { kind: 'alarms', id: 'alarms/order-router-*', names: [], prefix: 'order-router-' },
        { kind: 'alarms', id: 'venue-alarms', names: [], prefix: 'venue-' },
      ],
      ecs: [
        { kind: 'ecs', id: 'ecs/trading-prod/order-router', cluster: 'trading-prod', service: 'order-router' },
        { kind: 'ecs', id: 'gateway', cluster: 'trading-prod', service: 'fix-gateway' },
      ],
    });
  });
});

describe('compare', () => {
  const CANARY = dims(['LoadBalancer', 'app/x/1'], ['TargetGroup', 'targetgroup/canary/3']);
  const BASELINE = dims(['LoadBalancer', 'app/x/1'], ['TargetGroup', 'targetgroup/base/4']);

  test('canary and baseline override the entry’s metric fields; defaults fill the rest', () => {
    const doc = parseChecks(yaml`
      compare:
        metrics:
          - id: latency
            namespace: AWS/ApplicationELB
            metric: TargetResponseTime
            stat: Average
            canary:   { dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/canary/3 } }
            baseline: { dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/base/4 } }
    `);
    expect(doc.compare).toEqual<CompareCheck>({
      kind: 'compare',
      id: 'compare',
      metrics: [
        {
          id: 'latency',
          canary: { type: 'metric', metric: spec('TargetResponseTime', 'Average', CANARY) },
          baseline: { type: 'metric', metric: spec('TargetResponseTime', 'Average', BASELINE) },
          direction: 'increase',
          tolerance: 0.25,
          critical: false,
          mustHaveData: false,
          group: 'latency',
        },
      ],
      pass: 95,
      marginal: 75,
      groupWeights: { latency: 1 },
    });
  });

  test('a ratio entry applies each side to numerator and denominator; side dimensions merge by name in place', () => {
    const doc = parseChecks(yaml`
      compare:
        pass: 90
        marginal: 60
        lookback: 30m
        groups: { errors: 2 }
        metrics:
          - ratio:
              numerator: { metric: HTTPCode_Target_5XX_Count }
              denominator: { metric: RequestCount }
              namespace: AWS/ApplicationELB
              dimensions: { LoadBalancer: app/x/1, TargetGroup: placeholder }
              stat: Sum
            canary:   { dimensions: { TargetGroup: targetgroup/canary/3 } }
            baseline: { dimensions: { TargetGroup: targetgroup/base/4 } }
            direction: either
            tolerance: 10%
            critical: true
            must-have-data: true
            group: errors
          - id: throughput
            namespace: AWS/ApplicationELB
            metric: RequestCount
            stat: Sum
            period: 5m
            canary:   { dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/canary/3 } }
            baseline: { dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/base/4 } }
            direction: decrease
            tolerance: 0.5
    `);
    expect(doc.compare).toEqual<CompareCheck>({
      kind: 'compare',
      id: 'compare',
      metrics: [
        {
          id: 'HTTPCode_Target_5XX_Count/RequestCount',
          canary: {
            type: 'ratio',
            numerator: spec('HTTPCode_Target_5XX_Count', 'Sum', CANARY),
            denominator: spec('RequestCount', 'Sum', CANARY),
          },
          baseline: {
            type: 'ratio',
            numerator: spec('HTTPCode_Target_5XX_Count', 'Sum', BASELINE),
            denominator: spec('RequestCount', 'Sum', BASELINE),
          },
          direction: 'either',
          tolerance: 0.1,
          critical: true,
          mustHaveData: true,
          group: 'errors',
        },
        {
          id: 'throughput',
          canary: { type: 'metric', metric: spec('RequestCount', 'Sum', CANARY, { periodSeconds: 300 }) },
          baseline: { type: 'metric', metric: spec('RequestCount', 'Sum', BASELINE, { periodSeconds: 300 }) },
          direction: 'decrease',
          tolerance: 0.5,
          critical: false,
          mustHaveData: false,
          group: 'throughput',
        },
      ],
      pass: 90,
      marginal: 60,
      groupWeights: { errors: 2, throughput: 1 },
      lookbackSeconds: 1800,
    });
  });

  test('a side may switch metric or stat of a single-metric entry', () => {
    const doc = parseChecks(yaml`
      compare:
        metrics:
          - id: latency
            namespace: OrderRouter
            stat: p99
            canary: { metric: OrderAckLatency, dimensions: { Deployment: canary } }
            baseline: { metric: OrderAckLatency, stat: p99.9, dimensions: { Deployment: baseline } }
    `);
    const metric = doc.compare?.metrics[0];
    expect([metric?.canary, metric?.baseline]).toEqual([
      {
        type: 'metric',
        metric: { ...spec('OrderAckLatency', 'p99', dims(['Deployment', 'canary'])), namespace: 'OrderRouter' },
      },
      {
        type: 'metric',
        metric: { ...spec('OrderAckLatency', 'p99.9', dims(['Deployment', 'baseline'])), namespace: 'OrderRouter' },
      },
    ]);
  });
});

describe('a whole document', () => {
  test('the documented example parses: each kind of check, presets beside plain metrics, compare ids apart', () => {
    const doc = parseChecks(yaml`
      http:
        - url: https://order-router.internal/health
          expect-status: 200
          max-latency: 250ms
      metrics:
        - id: error-rate
          ratio:
            numerator: { namespace: AWS/ApplicationELB, metric: HTTPCode_Target_5XX_Count, dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/y/2 }, stat: Sum }
            denominator: { namespace: AWS/ApplicationELB, metric: RequestCount, dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/y/2 }, stat: Sum }
          threshold: '< 0.01'
          period: 60s
      presets:
        - alb-target-group: { load-balancer: app/x/1, target-group: targetgroup/y/2, error-rate: '< 0.01', p95-latency: '< 0.5', unhealthy-hosts: '< 1' }
        - trading: { namespace: OrderRouter, dimensions: { Service: order-router }, reject-rate: '< 0.005', ack-latency-p99: '< 0.002', market-data-staleness: '< 1' }
      alarms:
        - names: [order-router-5xx, order-router-latency]
      ecs:
        - { cluster: trading-prod, service: order-router }
      compare:
        metrics:
          - id: error-rate
            ratio: { numerator: {metric: HTTPCode_Target_5XX_Count, stat: Sum}, denominator: {metric: RequestCount, stat: Sum}, namespace: AWS/ApplicationELB }
            canary:   { dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/canary/3 } }
            baseline: { dimensions: { LoadBalancer: app/x/1, TargetGroup: targetgroup/base/4 } }
    `);
    expect(doc.metrics).toEqual([
      expect.objectContaining({ id: 'error-rate' }),
      ...expandAlbTargetGroup({ loadBalancer: 'app/x/1', targetGroup: 'targetgroup/y/2' }),
      ...expandTrading({
        namespace: 'OrderRouter',
        dimensions: dims(['Service', 'order-router']),
        thresholds: { 'ack-latency-p99': threshold('< 0.002') },
      }),
    ]);
    expect([doc.http.length, doc.alarms.length, doc.ecs.length, doc.compare?.metrics.length]).toEqual([1, 1, 1, 1]);
  });

  test('empty sections are fine as long as something is checked', () => {
    expect(parseChecks('http:\nmetrics: []\necs:\n  - { cluster: a, service: b }\n').ecs).toHaveLength(1);
  });

  test('the top-level keys are documented in one list', () => {
    expect(CHECKS_TOP_LEVEL_KEYS).toEqual(['http', 'metrics', 'presets', 'alarms', 'ecs', 'compare']);
  });
});

describe('problems the user is shown', () => {
  test('a YAML syntax error names its line, column and the field it is in', () => {
    expect(
      problemsOf(yaml`
        http:
          - url: "https://x.internal/
            timeout: 5s
      `),
    ).toEqual([{ input: 'checks', message: 'line 4, column 1 (http[0].url): YAML syntax: Missing closing "quote' }]);
  });

  test.each([
    [
      '> 0',
      "line 3, column 18 (metrics[1].threshold): YAML syntax: Not a YAML token: 0; a value starting with > must be quoted, like threshold: '> 0'",
    ],
    [
      '!= 1',
      "line 3, column 16 (metrics[1].threshold): YAML syntax: Unresolved tag: !=; a value starting with ! must be quoted, like threshold: '!= 1'",
    ],
  ])('an unquoted threshold %j, which YAML reads as syntax, is reported with the quoting fix', (value, message) => {
    const text = `metrics:\n  - { id: x, namespace: N, metric: M, stat: Sum }\n  - threshold: ${value}\n`;
    expect(problems(text)).toEqual([message]);
  });

  test('a misspelt key is caught, with the likely key and all allowed keys', () => {
    expect(
      problems(yaml`
        metrics:
          - id: error-rate
            namespace: AWS/ApplicationELB
            metric: RequestCount
            stat: Sum
            treshold: '< 0.01'
      `),
    ).toEqual([
      "line 2, column 5 (metrics[0].threshold): 'threshold' is required",
      "line 6, column 5 (metrics[0].treshold): unknown key 'treshold' (did you mean 'threshold'?); allowed keys are: id, description, namespace, metric, dimensions, stat, unit, ratio, threshold, period, lookback, reduce, must-have-data",
    ]);
  });

  test('a misspelt section name is caught at the top level', () => {
    expect(problems('metric:\n  - id: x\n')).toEqual([
      "line 1, column 1 (metric): unknown key 'metric' (did you mean 'metrics'?); allowed keys are: http, metrics, presets, alarms, ecs, compare",
    ]);
  });

  test('a bad threshold, duration and period are each shown with the input and the accepted format', () => {
    expect(
      problems(yaml`
        metrics:
          - id: ok
            namespace: N
            metric: M
            stat: Sum
            threshold: '< 1'
          - id: p95
            namespace: N
            metric: M
            stat: p95
            threshold: '<< 0.01'
            period: 45s
            lookback: 5 minutes
      `),
    ).toEqual([
      "line 11, column 16 (metrics[1].threshold): '<< 0.01' is not a threshold; write an operator and a number, like < 0.01 or <= 250",
      "line 12, column 13 (metrics[1].period): '45s' is not a CloudWatch period; use 1s, 5s, 10s, 30s or a multiple of 60s like 1m or 5m",
      "line 13, column 15 (metrics[1].lookback): '5 minutes' is not a duration; use a number with a unit, like 90s, 15m, 1h or 1h30m",
    ]);
  });

  test.each([
    ['timeout: 5', '5 has no unit; write it with one, like 5s or 5m'],
    ['timeout: 0s', "'0s' is no time at all; use a number with a unit, like 90s, 15m, 1h or 1h30m"],
    ['expect-status: [200, 2000]', '2000 is not an HTTP status code; use a whole number from 100 to 599'],
    ['expect-status: ok', "expected a status code or a list of them, like 200 or [200, 204], got 'ok'"],
    ['method: FETCH', "'FETCH' is not valid; valid values are: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"],
    ['min-success-ratio: 1.5', '1.5 is too large; it must be at most 1'],
    ['min-success-ratio: 0', '0 is too small; it must be more than 0'],
    ['probes: 2.5', 'expected a whole number, got 2.5'],
    ['body-contains: ""', 'must not be empty'],
  ])('an http check with %j is rejected: %s', (line, message) => {
    const [key] = line.split(':');
    const column = 5 + `${key ?? ''}: `.length;
    const field = key === 'expect-status' && line.includes('[') ? 'expect-status[1]' : key;
    expect(problems(`http:\n  - url: https://x.internal/\n    ${line}\n`)).toEqual([
      `line 3, column ${column + (field === 'expect-status[1]' ? 6 : 0)} (http[0].${field}): ${message}`,
    ]);
  });

  test('a url that is not http is rejected', () => {
    expect(problems('http:\n  - url: ftp://x.internal/\n')).toEqual([
      "line 2, column 10 (http[0].url): 'ftp://x.internal/' is not an http:// or https:// URL",
    ]);
  });

  test('a url with a password is rejected, pointing to a header, so the password never reaches a report', () => {
    expect(problems('http:\n  - url: https://deploy:p4ss@x.internal/health\n')).toEqual([
      'line 2, column 10 (http[0].url): has a user name or password in it; send credentials in a header instead (headers: { Authorization: ... })',
    ]);
  });

  test('a percentage threshold is rejected with a hint to write the number the metric reports', () => {
    expect(problems('metrics:\n  - { namespace: N, metric: M, stat: Sum, threshold: "< 1%" }\n')).toEqual([
      "line 2, column 54 (metrics[0].threshold): '< 1%' is not a threshold; write an operator and a number, like < 0.01 or <= 250 (no percentages: write the number the metric reports, such as 0.01 for 1 %)",
    ]);
  });

  test('a dimension value YAML reads as a number must be quoted, because CloudWatch compares text', () => {
    expect(
      problems('metrics:\n  - { namespace: N, metric: M, stat: Sum, threshold: "< 1", dimensions: { Port: 8080 } }\n'),
    ).toEqual(["line 2, column 81 (metrics[0].dimensions.Port): expected text, got 8080; quote it, like '8080'"]);
  });

  test.each([
    [
      'stat: p999',
      "line 2, column 56 (metrics[0].stat): 'p999' is not a statistic; use Sum, Average, Minimum, Maximum, SampleCount or a percentile like p95 or p99.9",
    ],
    [
      'stat: Sum, reduce: last',
      "line 2, column 69 (metrics[0].reduce): 'last' is not valid; valid values are: latest, max, min, average, sum",
    ],
    [
      'stat: Sum, must-have-data: yes',
      "line 2, column 77 (metrics[0].must-have-data): expected true or false, got 'yes'",
    ],
    [
      'stat: Sum, period: 60',
      'line 2, column 69 (metrics[0].period): 60 has no unit; write it with one, like 60s or 60m',
    ],
    [
      'stat: Sum, period: 2m, lookback: 1m',
      'line 2, column 83 (metrics[0].lookback): 1m is shorter than one period (2m), so no datapoint would be read',
    ],
    [
      'unit: Secs, stat: Sum',
      "line 2, column 56 (metrics[0].unit): 'Secs' is not valid; valid values are: " + CLOUDWATCH_UNITS.join(', '),
    ],
  ])('a metric check with %j is rejected', (fields, message) => {
    expect(problems(`metrics:\n  - { threshold: '< 1', namespace: N, metric: M, ${fields} }\n`)).toEqual([message]);
  });

  test('a metric check missing its stat, or naming nothing to measure, says what to add', () => {
    expect(
      problems(yaml`
        metrics:
          - { id: a, namespace: N, metric: M, threshold: '< 1' }
          - { id: b, threshold: '< 1' }
      `),
    ).toEqual([
      "line 2, column 5 (metrics[0].stat): 'stat' is required; a metric check needs namespace, metric and stat (or a ratio)",
      'line 3, column 5 (metrics[1]): says nothing to measure; give namespace, metric and stat, or a ratio of two metrics',
    ]);
  });

  test('a ratio part missing its stat, and a metric beside a ratio, are pointed out', () => {
    expect(
      problems(yaml`
        metrics:
          - id: error-rate
            metric: RequestCount
            ratio:
              namespace: AWS/ApplicationELB
              numerator: { metric: HTTPCode_Target_5XX_Count, stat: Sum }
              denominator: { metric: RequestCount }
            threshold: '< 0.01'
      `),
    ).toEqual([
      'line 3, column 13 (metrics[0].metric): a ratio has no metric of its own; set metric in ratio.numerator and ratio.denominator',
      "line 7, column 20 (metrics[0].ratio.denominator.stat): 'stat' is required; set it in ratio.denominator, or once in ratio for both parts",
    ]);
  });

  test('a compare side missing a metric says where to set it', () => {
    expect(
      problems(yaml`
        compare:
          metrics:
            - id: latency
              namespace: AWS/ApplicationELB
              stat: Average
              canary: { metric: TargetResponseTime, dimensions: { TargetGroup: targetgroup/canary/3 } }
              baseline: { dimensions: { TargetGroup: targetgroup/base/4 } }
      `),
    ).toEqual([
      'line 7, column 17 (compare.metrics[0].baseline.metric): the baseline series has no metric; set metric in baseline, or once for both sides',
    ]);
  });

  test('a compare entry whose sides read the same series is rejected', () => {
    expect(
      problems(yaml`
        compare:
          metrics:
            - namespace: AWS/ApplicationELB
              metric: TargetResponseTime
              stat: Average
              canary: { dimensions: { TargetGroup: targetgroup/y/2 } }
              baseline: { dimensions: { TargetGroup: targetgroup/y/2 } }
      `),
    ).toEqual([
      'line 7, column 17 (compare.metrics[0].baseline): reads the same series as canary; give canary and baseline different dimensions',
    ]);
  });

  test('a tolerance of 25 is caught: it would allow a 2500 % change, 25% was meant', () => {
    expect(
      problems(yaml`
        compare:
          metrics:
            - namespace: N
              metric: M
              stat: Sum
              tolerance: 25
              canary: { dimensions: { Side: canary } }
              baseline: { dimensions: { Side: baseline } }
      `),
    ).toEqual([
      'line 6, column 18 (compare.metrics[0].tolerance): 25 would allow a change of 2500%; write a fraction from 0 to 1 (0.25) or a percentage (25%)',
    ]);
  });

  test('compare settings that contradict each other are rejected', () => {
    expect(
      problems(yaml`
        compare:
          marginal: 80
          pass: 70
          lookback: 30s
          groups: { latency: 2, erors: 1 }
          metrics:
            - id: latency
              namespace: N
              metric: M
              stat: Sum
              canary: { dimensions: { Side: canary } }
              baseline: { dimensions: { Side: baseline } }
      `),
    ).toEqual([
      'line 2, column 13 (compare.marginal): marginal (80) is above pass (70); marginal must not exceed pass',
      'line 4, column 13 (compare.lookback): 30s is shorter than the longest period (1m), so no datapoint would be read',
      "line 5, column 25 (compare.groups.erors): no compare metric is in group 'erors'; groups in use: latency",
    ]);
  });

  test('the same id twice is rejected at the second, naming the first', () => {
    expect(
      problems(yaml`
        http:
          - url: https://order-router.internal/health
          - url: https://order-router.internal/health
            probes: 3
        metrics:
          - { id: latency, namespace: N, metric: M, stat: Sum, threshold: '< 1' }
        ecs:
          - { id: latency, cluster: trading-prod, service: order-router }
      `),
    ).toEqual([
      "line 3, column 5 (http[1]): the id 'https://order-router.internal/health' is already used by http[0] at line 2; every check needs its own id; set id to tell them apart",
      "line 8, column 11 (ecs[0].id): the id 'latency' is already used by metrics[0] at line 6; every check needs its own id",
    ]);
  });

  test('compare metrics have their own ids, which must differ from each other', () => {
    expect(
      problems(yaml`
        metrics:
          - { id: latency, namespace: N, metric: M, stat: Sum, threshold: '< 1' }
        compare:
          metrics:
            - { id: latency, namespace: N, metric: M, stat: Sum, canary: { dimensions: { S: c } }, baseline: { dimensions: { S: b } } }
            - { id: latency, namespace: N, metric: M, stat: Sum, canary: { dimensions: { S: c } }, baseline: { dimensions: { S: b } } }
      `),
    ).toEqual([
      "line 6, column 13 (compare.metrics[1].id): the id 'latency' is already used by compare.metrics[0] at line 5; every compare metric needs its own id",
    ]);
  });

  test.each([
    ['an empty input', ''],
    ['only comments', '# checks go here\n'],
    ['only empty sections', 'http: []\nmetrics:\n'],
  ])('%s is rejected: the gate would pass without checking anything', (_, text) => {
    expect(problems(text)).toEqual([
      'line 1, column 1 (top level): checks has nothing to check; add at least one of: http, metrics, presets, alarms, ecs, compare',
    ]);
  });

  test('a list instead of a map, and a section written as a map, are explained', () => {
    expect(problems('- url: https://x.internal/\n')).toEqual([
      'line 1, column 1 (top level): expected a map with any of the keys http, metrics, presets, alarms, ecs, compare, got a list',
    ]);
    expect(problems('http:\n  url: https://x.internal/\n')).toEqual([
      "line 2, column 3 (http): expected a list, got a map; start each entry with '- '",
    ]);
  });

  test('a compare without metrics or an alarm list without names is rejected, not silently skipped', () => {
    expect(problems('alarms:\n  - names: []\ncompare:\n  metrics: []\n')).toEqual([
      'line 2, column 12 (alarms[0].names): must not be an empty list',
      'line 4, column 12 (compare.metrics): must not be an empty list',
    ]);
  });

  test('alarms need exactly one of names and prefix', () => {
    expect(problems('alarms:\n  - { names: [a], prefix: b }\n  - { id: c }\n')).toEqual([
      'line 2, column 27 (alarms[0].prefix): give names or prefix, not both (CloudWatch selects alarms by one of them)',
      'line 3, column 5 (alarms[1]): give names (a list of alarm names) or prefix (an alarm name prefix)',
    ]);
  });

  test('several problems across sections are reported together, in the order they appear', () => {
    const found = problemsOf(yaml`
      http:
        - url: https://order-router.internal/health
          timeout: soon
      metrics:
        - id: error-rate
          namespace: AWS/ApplicationELB
          metric: RequestCount
          stat: Sum
          threshold: '<< 0.01'
      alarms:
        - prefix: ''
      ecs:
        - { cluster: trading-prod, servce: order-router }
    `);
    expect(found).toEqual([
      {
        input: 'checks',
        message:
          "line 3, column 14 (http[0].timeout): 'soon' is not a duration; use a number with a unit, like 90s, 15m, 1h or 1h30m",
      },
      {
        input: 'checks',
        message:
          "line 9, column 16 (metrics[0].threshold): '<< 0.01' is not a threshold; write an operator and a number, like < 0.01 or <= 250",
      },
      { input: 'checks', message: 'line 11, column 13 (alarms[0].prefix): must not be empty' },
      { input: 'checks', message: "line 13, column 5 (ecs[0].service): 'service' is required" },
      {
        input: 'checks',
        message:
          "line 13, column 30 (ecs[0].servce): unknown key 'servce' (did you mean 'service'?); allowed keys are: id, cluster, service",
      },
    ]);
  });

  test('the error message a user reads starts with the count and lists each problem under the input name', () => {
    try {
      parseChecks('ecs:\n  - { cluster: a }\n');
      expect.fail('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toBe(
        "1 input problem (nothing was changed in AWS):\n  - checks: line 2, column 5 (ecs[0].service): 'service' is required",
      );
    }
  });
});
