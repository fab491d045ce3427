import type { MetricCheck, MetricSpec, SeriesSource, Threshold } from './checks.js';
import { parseThreshold } from './threshold.js';

/**
 * Presets: one line in `checks` that expands into the metric checks every service of a kind
 * needs. Each expanded check has `preset` set and a `description` saying what it measures, so a
 * report can explain a failure without the reader knowing the preset.
 *
 * Every preset reads 60-second periods over a 5-minute lookback and reduces to the latest
 * datapoint; a lookback of five periods lets sparse metrics (ALB metrics exist only for minutes
 * with traffic) still show data. No data is inconclusive, never a pass (`mustHaveData: false`).
 */

/** The preset names as written in `checks` (`presets: [- alb-target-group: {...}]`). */
export const PRESET_NAMES = ['alb-target-group', 'trading'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Threshold keys of the `alb-target-group` preset, each with its default. */
export const ALB_TARGET_GROUP_THRESHOLDS = {
  'error-rate': '< 0.01',
  'p95-latency': '< 0.5',
  'unhealthy-hosts': '< 1',
} as const;
export type AlbTargetGroupThresholdKey = keyof typeof ALB_TARGET_GROUP_THRESHOLDS;

/**
 * Threshold keys of the `trading` preset, each with its default.
 *
 * The trading metric contract — what a service publishes into its own CloudWatch namespace, every
 * metric with exactly the preset's `dimensions`, in the same order:
 *
 * | Metric                       | Unit    | Read as | Meaning                                         | Check (default threshold)                                  |
 * | ---------------------------- | ------- | ------- | ----------------------------------------------- | ---------------------------------------------------------- |
 * | `OrdersSubmitted`            | Count   | Sum     | Orders sent to a venue                          | denominator of `reject-rate`                               |
 * | `OrderRejects`               | Count   | Sum     | Orders rejected by the venue or by risk checks  | `reject-rate` = OrderRejects ÷ OrdersSubmitted (`< 0.005`) |
 * | `OrderAckLatency`            | Seconds | p99     | Time from sending an order to the venue's ack   | `ack-latency-p99` (`< 0.005`, i.e. 5 ms)                   |
 * | `MarketDataStalenessSeconds` | Seconds | Maximum | Age of the newest market-data tick when sampled | `market-data-staleness` (`< 1`)                            |
 *
 * A minute without `OrderRejects` counts as 0 rejects; a minute without `OrdersSubmitted` has no
 * reject rate (no data, never a pass). Publish `OrderAckLatency` as individual values
 * (`Values`/`Counts`), not statistic sets, or CloudWatch cannot compute a percentile. Sample
 * `MarketDataStalenessSeconds` at least once a minute, also when the market is quiet.
 */
export const TRADING_THRESHOLDS = {
  'reject-rate': '< 0.005',
  'ack-latency-p99': '< 0.005',
  'market-data-staleness': '< 1',
} as const;
export type TradingThresholdKey = keyof typeof TRADING_THRESHOLDS;

/** The CloudWatch metric names of the trading contract above. */
export const TRADING_METRICS = {
  ordersSubmitted: 'OrdersSubmitted',
  orderRejects: 'OrderRejects',
  orderAckLatency: 'OrderAckLatency',
  marketDataStaleness: 'MarketDataStalenessSeconds',
} as const;

/** Every preset metric is read in 60-second periods (ALB per-target-group metrics have no finer resolution). */
export const PRESET_PERIOD_SECONDS = 60;
/** Five periods, so a metric that is only emitted in minutes with traffic still shows data. */
export const PRESET_LOOKBACK_SECONDS = 300;

export interface AlbTargetGroupPreset {
  /** Prefix of the check ids (`<id>/error-rate`); default `alb-target-group`. */
  readonly id?: string;
  /** The load balancer's ARN suffix, `app/<name>/<id>`. */
  readonly loadBalancer: string;
  /** The target group's ARN suffix, `targetgroup/<name>/<id>`. */
  readonly targetGroup: string;
  readonly thresholds?: Partial<Readonly<Record<AlbTargetGroupThresholdKey, Threshold>>>;
}

export interface TradingPreset {
  /** Prefix of the check ids (`<id>/reject-rate`); default `trading`. */
  readonly id?: string;
  /** The service's own CloudWatch namespace, such as `OrderRouter`. */
  readonly namespace: string;
  /** The dimensions every contract metric is published with, in order. */
  readonly dimensions: MetricSpec['dimensions'];
  readonly thresholds?: Partial<Readonly<Record<TradingThresholdKey, Threshold>>>;
}

/**
 * The checks of one ALB target group, all with dimensions LoadBalancer then TargetGroup:
 * `error-rate` (HTTPCode_Target_5XX_Count Sum ÷ RequestCount Sum per period), `p95-latency`
 * (TargetResponseTime p95, in seconds as ALB reports it) and `unhealthy-hosts`
 * (UnHealthyHostCount Maximum).
 */
export function expandAlbTargetGroup(preset: AlbTargetGroupPreset): MetricCheck[] {
  const prefix = preset.id ?? 'alb-target-group';
  const dimensions = [
    { name: 'LoadBalancer', value: preset.loadBalancer },
    { name: 'TargetGroup', value: preset.targetGroup },
  ];
  const metric = (name: string, stat: string): MetricSpec =>
    spec({ namespace: 'AWS/ApplicationELB', metric: name, stat, dimensions });
  const threshold = (key: AlbTargetGroupThresholdKey): Threshold =>
    preset.thresholds?.[key] ?? defaultThreshold(ALB_TARGET_GROUP_THRESHOLDS[key]);
  const check = presetCheck('alb-target-group', prefix);
  const tg = preset.targetGroup;
  return [
    check(
      'error-rate',
      ratio(metric('HTTPCode_Target_5XX_Count', 'Sum'), metric('RequestCount', 'Sum')),
      threshold('error-rate'),
      `Share of requests to ${tg} answered with a 5xx by a target (HTTPCode_Target_5XX_Count ÷ RequestCount)`,
    ),
    check(
      'p95-latency',
      single(metric('TargetResponseTime', 'p95')),
      threshold('p95-latency'),
      `95th percentile of the target response time of ${tg}, in seconds (TargetResponseTime p95)`,
    ),
    check(
      'unhealthy-hosts',
      single(metric('UnHealthyHostCount', 'Maximum')),
      threshold('unhealthy-hosts'),
      `Most targets of ${tg} seen unhealthy at once (UnHealthyHostCount Maximum)`,
    ),
  ];
}

/** The checks of the trading metric contract (see {@link TRADING_THRESHOLDS}). */
export function expandTrading(preset: TradingPreset): MetricCheck[] {
  const prefix = preset.id ?? 'trading';
  const metric = (name: string, stat: string): MetricSpec =>
    spec({ namespace: preset.namespace, metric: name, stat, dimensions: preset.dimensions });
  const threshold = (key: TradingThresholdKey): Threshold =>
    preset.thresholds?.[key] ?? defaultThreshold(TRADING_THRESHOLDS[key]);
  const check = presetCheck('trading', prefix);
  const ns = preset.namespace;
  return [
    check(
      'reject-rate',
      ratio(metric(TRADING_METRICS.orderRejects, 'Sum'), metric(TRADING_METRICS.ordersSubmitted, 'Sum')),
      threshold('reject-rate'),
      `Share of submitted orders rejected (${ns} OrderRejects ÷ OrdersSubmitted)`,
    ),
    check(
      'ack-latency-p99',
      single(metric(TRADING_METRICS.orderAckLatency, 'p99')),
      threshold('ack-latency-p99'),
      `99th percentile of the time to a venue's order ack, in seconds (${ns} OrderAckLatency p99)`,
    ),
    check(
      'market-data-staleness',
      single(metric(TRADING_METRICS.marketDataStaleness, 'Maximum')),
      threshold('market-data-staleness'),
      `Oldest market data seen, in seconds (${ns} MarketDataStalenessSeconds Maximum)`,
    ),
  ];
}

function presetCheck(preset: PresetName, prefix: string) {
  return (key: string, source: SeriesSource, threshold: Threshold, description: string): MetricCheck => ({
    kind: 'metric',
    id: `${prefix}/${key}`,
    source,
    threshold,
    lookbackSeconds: PRESET_LOOKBACK_SECONDS,
    reduce: 'latest',
    mustHaveData: false,
    preset,
    description,
  });
}

function spec(fields: Omit<MetricSpec, 'periodSeconds'>): MetricSpec {
  return { ...fields, periodSeconds: PRESET_PERIOD_SECONDS };
}

function single(metric: MetricSpec): SeriesSource {
  return { type: 'metric', metric };
}

function ratio(numerator: MetricSpec, denominator: MetricSpec): SeriesSource {
  return { type: 'ratio', numerator, denominator };
}

function defaultThreshold(text: string): Threshold {
  const threshold = parseThreshold(text);
  if (threshold === undefined) throw new Error(`Preset default '${text}' is not a threshold`);
  return threshold;
}
