import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../runtime/errors.js';
import type { MetricCheck, MetricSpec } from './checks.js';
import { parseChecks } from './checks-schema.js';
import { ALB_TARGET_GROUP_THRESHOLDS, expandAlbTargetGroup, expandTrading, TRADING_THRESHOLDS } from './presets.js';
import { parseThreshold } from './threshold.js';

const LB = 'app/trading-alb/50dc6c495c0c9188';
const TG = 'targetgroup/order-router/73e2d6bc24d8a067';
const ALB_DIMENSIONS = [
  { name: 'LoadBalancer', value: LB },
  { name: 'TargetGroup', value: TG },
];
const SERVICE_DIMENSIONS = [
  { name: 'Service', value: 'order-router' },
  { name: 'Venue', value: 'XNAS' },
];

function alb(metric: string, stat: string): MetricSpec {
  return { namespace: 'AWS/ApplicationELB', metric, stat, dimensions: ALB_DIMENSIONS, periodSeconds: 60 };
}

function trading(metric: string, stat: string): MetricSpec {
  return { namespace: 'OrderRouter', metric, stat, dimensions: SERVICE_DIMENSIONS, periodSeconds: 60 };
}

function threshold(text: string) {
  return parseThreshold(text) ?? expect.fail(`'${text}' does not parse`);
}

const common = { kind: 'metric', lookbackSeconds: 300, reduce: 'latest', mustHaveData: false } as const;

/** Strips the leading newline and the common indentation, so YAML can be indented with the test. */
function yaml(strings: TemplateStringsArray, ...values: string[]): string {
  const text = strings.reduce((out, part, i) => out + part + (values[i] ?? ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function problems(text: string): string[] {
  try {
    parseChecks(text);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => p.message);
    throw error;
  }
  return expect.fail('expected a ConfigurationError');
}

describe('alb-target-group', () => {
  test('expands into 5xx rate, p95 latency and unhealthy hosts of one target group, with the documented defaults', () => {
    const checks = expandAlbTargetGroup({ loadBalancer: LB, targetGroup: TG });
    expect(checks).toEqual<MetricCheck[]>([
      {
        ...common,
        id: 'alb-target-group/error-rate',
        source: {
          type: 'ratio',
          numerator: alb('HTTPCode_Target_5XX_Count', 'Sum'),
          denominator: alb('RequestCount', 'Sum'),
        },
        threshold: threshold('< 0.01'),
        preset: 'alb-target-group',
        description: `Share of requests to ${TG} answered with a 5xx by a target (HTTPCode_Target_5XX_Count ÷ RequestCount)`,
      },
      {
        ...common,
        id: 'alb-target-group/p95-latency',
        source: { type: 'metric', metric: alb('TargetResponseTime', 'p95') },
        threshold: threshold('< 0.5'),
        preset: 'alb-target-group',
        description: `95th percentile of the target response time of ${TG}, in seconds (TargetResponseTime p95)`,
      },
      {
        ...common,
        id: 'alb-target-group/unhealthy-hosts',
        source: { type: 'metric', metric: alb('UnHealthyHostCount', 'Maximum') },
        threshold: threshold('< 1'),
        preset: 'alb-target-group',
        description: `Most targets of ${TG} seen unhealthy at once (UnHealthyHostCount Maximum)`,
      },
    ]);
  });

  test('an overridden threshold replaces only its own default', () => {
    const checks = expandAlbTargetGroup({
      loadBalancer: LB,
      targetGroup: TG,
      thresholds: { 'p95-latency': threshold('<= 0.25') },
    });
    expect(checks.map((c) => c.threshold.text)).toEqual(['< 0.01', '<= 0.25', '< 1']);
  });

  test('an id names the checks, so two target groups can be gated side by side', () => {
    const checks = expandAlbTargetGroup({ id: 'blue', loadBalancer: LB, targetGroup: TG });
    expect(checks.map((c) => c.id)).toEqual(['blue/error-rate', 'blue/p95-latency', 'blue/unhealthy-hosts']);
  });

  test('every default is a valid threshold', () => {
    for (const text of Object.values(ALB_TARGET_GROUP_THRESHOLDS)) expect(parseThreshold(text)).toBeDefined();
  });
});

describe('trading', () => {
  test('expands into reject rate, p99 ack latency and market-data staleness in the service namespace', () => {
    const checks = expandTrading({ namespace: 'OrderRouter', dimensions: SERVICE_DIMENSIONS });
    expect(checks).toEqual<MetricCheck[]>([
      {
        ...common,
        id: 'trading/reject-rate',
        source: {
          type: 'ratio',
          numerator: trading('OrderRejects', 'Sum'),
          denominator: trading('OrdersSubmitted', 'Sum'),
        },
        threshold: threshold('< 0.005'),
        preset: 'trading',
        description: 'Share of submitted orders rejected (OrderRouter OrderRejects ÷ OrdersSubmitted)',
      },
      {
        ...common,
        id: 'trading/ack-latency-p99',
        source: { type: 'metric', metric: trading('OrderAckLatency', 'p99') },
        threshold: threshold('< 0.005'),
        preset: 'trading',
        description: "99th percentile of the time to a venue's order ack, in seconds (OrderRouter OrderAckLatency p99)",
      },
      {
        ...common,
        id: 'trading/market-data-staleness',
        source: { type: 'metric', metric: trading('MarketDataStalenessSeconds', 'Maximum') },
        threshold: threshold('< 1'),
        preset: 'trading',
        description: 'Oldest market data seen, in seconds (OrderRouter MarketDataStalenessSeconds Maximum)',
      },
    ]);
  });

  test('overrides apply by key and the rest keep their defaults', () => {
    const checks = expandTrading({
      namespace: 'OrderRouter',
      dimensions: [],
      thresholds: { 'reject-rate': threshold('< 0.001'), 'market-data-staleness': threshold('<= 0.5') },
    });
    expect(checks.map((c) => c.threshold.text)).toEqual(['< 0.001', '< 0.005', '<= 0.5']);
  });

  test('every default is a valid threshold', () => {
    for (const text of Object.values(TRADING_THRESHOLDS)) expect(parseThreshold(text)).toBeDefined();
  });
});

describe('presets written in checks', () => {
  test('both presets expand in the order written, after the plain metric checks, with overrides applied', () => {
    const doc = parseChecks(yaml`
      metrics:
        - { id: fills, namespace: OrderRouter, metric: Fills, stat: Sum, threshold: '> 0' }
      presets:
        - alb-target-group: { load-balancer: ${LB}, target-group: ${TG}, error-rate: '< 0.02' }
        - trading:
            namespace: OrderRouter
            dimensions: { Service: order-router, Venue: XNAS }
            ack-latency-p99: '< 0.002'
    `);
    expect(doc.metrics.map((c) => [c.id, c.threshold.text])).toEqual([
      ['fills', '> 0'],
      ['alb-target-group/error-rate', '< 0.02'],
      ['alb-target-group/p95-latency', '< 0.5'],
      ['alb-target-group/unhealthy-hosts', '< 1'],
      ['trading/reject-rate', '< 0.005'],
      ['trading/ack-latency-p99', '< 0.002'],
      ['trading/market-data-staleness', '< 1'],
    ]);
    expect(doc.metrics[5]).toEqual(
      expandTrading({
        namespace: 'OrderRouter',
        dimensions: SERVICE_DIMENSIONS,
        thresholds: { 'ack-latency-p99': threshold('< 0.002') },
      })[1],
    );
  });

  test('a load balancer and target group may be given as full ARNs, as the console copies them', () => {
    const doc = parseChecks(yaml`
      presets:
        - alb-target-group:
            load-balancer: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/${LB}
            target-group: arn:aws:elasticloadbalancing:us-east-1:123456789012:${TG}
    `);
    expect(doc.metrics).toEqual(expandAlbTargetGroup({ loadBalancer: LB, targetGroup: TG }));
  });

  test('a misspelt override is rejected with the keys the preset knows', () => {
    expect(
      problems(yaml`
        presets:
          - alb-target-group:
              load-balancer: app/trading/1
              target-group: targetgroup/order-router/2
              p99-latency: '< 1'
      `),
    ).toEqual([
      "line 5, column 7 (presets[0].alb-target-group.p99-latency): unknown key 'p99-latency' (did you mean 'p95-latency'?); allowed keys are: id, load-balancer, target-group, error-rate, p95-latency, unhealthy-hosts",
    ]);
  });

  test('an unknown preset name is rejected with the preset names', () => {
    expect(
      problems(yaml`
        presets:
          - tradng: { namespace: OrderRouter }
      `),
    ).toEqual([
      "line 2, column 5 (presets[0].tradng): unknown preset 'tradng' (did you mean 'trading'?); allowed presets are: alb-target-group, trading",
    ]);
  });

  test('a load balancer that is not one, a bad override and an AWS namespace are reported together', () => {
    expect(
      problems(yaml`
        presets:
          - alb-target-group:
              load-balancer: my-alb
              target-group: targetgroup/order-router/2
              unhealthy-hosts: 0
          - trading: { namespace: AWS/ApplicationELB }
      `),
    ).toEqual([
      "line 3, column 22 (presets[0].alb-target-group.load-balancer): 'my-alb' is not valid; use the ARN or its suffix, like app/my-alb/50dc6c495c0c9188",
      'line 5, column 24 (presets[0].alb-target-group.unhealthy-hosts): 0 is not a threshold; write an operator and a number, like < 0.01 or <= 250',
      "line 6, column 27 (presets[1].trading.namespace): namespaces starting with 'AWS/' belong to AWS services; use the namespace your service publishes to",
    ]);
  });

  test('two presets in one list entry are rejected, one per entry is the rule', () => {
    expect(
      problems(yaml`
        presets:
          - trading: { namespace: OrderRouter }
            alb-target-group: { load-balancer: ${LB}, target-group: ${TG} }
      `),
    ).toEqual([
      "line 2, column 5 (presets[0]): names more than one preset; write one per list entry, like '- alb-target-group: {...}' (presets are: alb-target-group, trading)",
    ]);
  });

  test('the same preset twice needs an id to tell the checks apart', () => {
    const twice = yaml`
      presets:
        - trading: { namespace: OrderRouter }
        - trading: { namespace: MarketData }
    `;
    expect(problems(twice)).toEqual([
      "line 3, column 5 (presets[1]): the id 'trading/reject-rate' is already used by presets[0] at line 2; every check needs its own id; set id to tell them apart",
    ]);
    const named = parseChecks(twice.replace('MarketData }', 'MarketData, id: market-data }'));
    expect(named.metrics.map((c) => c.id)).toEqual([
      'trading/reject-rate',
      'trading/ack-latency-p99',
      'trading/market-data-staleness',
      'market-data/reject-rate',
      'market-data/ack-latency-p99',
      'market-data/market-data-staleness',
    ]);
  });
});
