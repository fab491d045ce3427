/**
 * CloudWatch in the simulated world: the ALB metrics the traffic model counts, delivered the way
 * CloudWatch delivers them, metrics put with PutMetricData, and alarms that evaluate what has been
 * delivered.
 *
 * Followed documents:
 * - ALB metrics: published per 60-second period, only while requests flow (a group without
 *   requests has no RequestCount or TargetResponseTime datapoint at all), per LoadBalancer and
 *   per LoadBalancer + TargetGroup; HTTPCode_Target_5XX_Count only for periods with 5xx answers:
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html
 * - Delivery delay: AWS states no bound; observed one to a few minutes after the minute the
 *   datapoint describes (../shared/domain.md, "Real-world timing"). Each period of each series
 *   here arrives 60–180 s after it ends, one in twenty up to 300 s.
 * - GetMetricData: datapoints stamped with the start of their period, newest first unless
 *   ScanBy is TimestampAscending:
 *   https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html
 * - Alarms with a period of a minute or more are evaluated every minute. Each evaluation
 *   retrieves an evaluation range longer than EvaluationPeriods and judges the most recent
 *   EvaluationPeriods real datapoints in it, so late datapoints count;
 *   DatapointsToAlarm of them must breach; with TreatMissingData `missing` an evaluation range
 *   without any datapoint is INSUFFICIENT_DATA:
 *   https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 *   https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-missing-data.html
 */
import { awsError } from '../errors.js';
import type { WorldContext } from './context.js';
import type { ElbWorld } from './elb.js';
import type { Bucket, TrafficModel } from './traffic.js';

export interface MetricTiming {
  /** Period of the ALB metrics: 60 s in AWS; 10 s models the old "ideal" demo world. */
  readonly periodMs: number;
  /** Delay after a period ends before its datapoint can be read, per series and period. */
  readonly delayMs: (random: () => number) => number;
}

/** What AWS does: 60-second periods, delivered one to a few minutes late. */
export const REAL_TIMING: MetricTiming = {
  periodMs: 60_000,
  delayMs: (random) => (random() < 0.05 ? 180_000 + random() * 120_000 : 60_000 + random() * 120_000),
};

/** The world the old demo assumed: 10-second periods, readable the moment they end. */
export const IDEAL_TIMING: MetricTiming = { periodMs: 10_000, delayMs: () => 0 };

interface Dimension {
  readonly Name?: string;
  readonly Value?: string;
}

interface MetricStat {
  readonly Metric?: { readonly Namespace?: string; readonly MetricName?: string; readonly Dimensions?: Dimension[] };
  readonly Period?: number;
  readonly Stat?: string;
}

interface AlarmDefinition {
  readonly name: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Dimension[];
  readonly statistic: string;
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  readonly threshold: number;
  readonly comparison:
    'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  reason: string;
  updatedAt: number;
  /** When PutMetricAlarm last set it up (AlarmConfigurationUpdatedTimestamp). */
  readonly configuredAt: number;
}

/** A latency distribution per target: lognormal around its median. */
const LATENCY_SIGMA = 0.35;
/**
 * How many periods more than EvaluationPeriods an alarm's evaluation range spans. AWS publishes no
 * rule (its example has 5 for 3); here the range outlasts the longest delivery delay (300 s), so
 * a metric that reports every minute never reads as missing because its datapoints are late.
 */
const EXTRA_RANGE_PERIODS = 5;

export class CloudWatchWorld {
  private readonly alarms = new Map<string, AlarmDefinition>();
  private readonly delays = new Map<string, number>();
  private readonly custom = new Map<string, { at: number; value: number }[]>();
  private readonly alarmListeners: ((alarm: string, state: string, reason: string) => void)[] = [];

  constructor(
    private readonly ctx: WorldContext,
    private readonly traffic: TrafficModel,
    private readonly elb: ElbWorld,
    readonly timing: MetricTiming,
  ) {
    this.scheduleAlarmEvaluation();
  }

  /** Arranges an alarm on one ALB or custom metric (PutMetricAlarm, as a team would have it). */
  putAlarm(alarm: Omit<AlarmDefinition, 'state' | 'reason' | 'updatedAt' | 'configuredAt'>): void {
    this.alarms.set(alarm.name, {
      ...alarm,
      state: 'INSUFFICIENT_DATA',
      reason: 'Unchecked: Initial alarm creation',
      updatedAt: this.ctx.now(),
      configuredAt: this.ctx.now(),
    });
  }

  onAlarmChange(listener: (alarm: string, state: string, reason: string) => void): void {
    this.alarmListeners.push(listener);
  }

  alarmState(name: string): string | undefined {
    return this.alarms.get(name)?.state;
  }

  handle(operation: string, input: Record<string, unknown>): Record<string, unknown> {
    switch (operation) {
      case 'GetMetricData':
        return this.getMetricData(input);
      case 'DescribeAlarms':
        return this.describeAlarms(input);
      case 'PutMetricData':
        return this.putMetricData(input);
      default:
        throw awsError('cloudwatch', 'InvalidAction', `The simulation does not implement ${operation}.`);
    }
  }

  /**
   * The delivered datapoints of one metric between start and end: one per period, stamped with the
   * period's start, for periods whose data has arrived by now.
   */
  series(stat: MetricStat, start: number, end: number): { at: number; value: number }[] {
    const metric = stat.Metric ?? {};
    const periodMs = (stat.Period ?? 60) * 1000;
    const points: { at: number; value: number }[] = [];
    const first = Math.floor(start / periodMs) * periodMs;
    for (let at = first; at < end; at += periodMs) {
      const value = this.value(metric, stat.Stat ?? 'Average', at, periodMs);
      if (value !== undefined) points.push({ at, value });
    }
    return points;
  }

  private value(
    metric: NonNullable<MetricStat['Metric']>,
    stat: string,
    periodStart: number,
    periodMs: number,
  ): number | undefined {
    const dims = new Map((metric.Dimensions ?? []).map((d) => [d.Name ?? '', d.Value ?? '']));
    if (metric.Namespace !== 'AWS/ApplicationELB') return this.customValue(metric, stat, periodStart, periodMs);
    // ALB data exists only at the metric's own resolution; a longer period sums whole ones.
    const resolution = this.timing.periodMs;
    if (periodMs % resolution !== 0) return undefined;
    const parts: Bucket[] = [];
    const seriesKey = `${metric.MetricName}|${[...dims].sort().join(',')}`;
    for (let at = periodStart; at < periodStart + periodMs; at += resolution) {
      const key = `${seriesKey}|${at}`;
      if (!this.delivered(key, at + resolution)) continue;
      const bucket = this.albBucket(dims, at);
      if (bucket) parts.push(bucket);
    }
    if (parts.length === 0) return undefined;
    const merged = mergeBuckets(parts);
    return albStatistic(metric.MetricName ?? '', stat, merged, periodStart, this.ctx.seed);
  }

  /** Whether a series' period that ends at `periodEnd` has reached CloudWatch by now. */
  private delivered(key: string, periodEnd: number): boolean {
    let delay = this.delays.get(key);
    if (delay === undefined) {
      delay = this.timing.delayMs(this.ctx.random);
      this.delays.set(key, delay);
    }
    return this.ctx.now() >= periodEnd + delay;
  }

  private albBucket(dims: Map<string, string>, periodStart: number): Bucket | undefined {
    const lb = dims.get('LoadBalancer');
    const group = dims.get('TargetGroup');
    if (!lb) return undefined;
    if (group) {
      const arn = [...this.elb.targetGroups.keys()].find((a) => a.endsWith(`:${group}`));
      const bucket = arn ? this.traffic.bucket(arn, periodStart) : undefined;
      if (!bucket || !arn || !this.elb.loadBalancersOf(arn).some((l) => l.endsWith(`/${lb}`))) return undefined;
      return bucket;
    }
    const lbArn = [...this.elb.loadBalancers.keys()].find((a) => a.endsWith(`/${lb}`));
    if (!lbArn) return undefined;
    const groups = this.traffic
      .groupsWithTraffic(periodStart)
      .filter((arn) => this.elb.loadBalancersOf(arn).includes(lbArn))
      .map((arn) => this.traffic.bucket(arn, periodStart))
      .filter((b): b is Bucket => b !== undefined);
    const merged = mergeBuckets(groups);
    merged.elbErrors = this.traffic.loadBalancerErrors(lbArn, periodStart);
    return merged;
  }

  private customValue(
    metric: NonNullable<MetricStat['Metric']>,
    stat: string,
    periodStart: number,
    periodMs: number,
  ): number | undefined {
    const points = (this.custom.get(customKey(metric)) ?? []).filter(
      (p) => p.at >= periodStart && p.at < periodStart + periodMs && p.at <= this.ctx.now(),
    );
    if (points.length === 0) return undefined;
    const values = points.map((p) => p.value);
    switch (stat) {
      case 'Sum':
        return values.reduce((a, b) => a + b, 0);
      case 'SampleCount':
        return values.length;
      case 'Maximum':
        return Math.max(...values);
      case 'Minimum':
        return Math.min(...values);
      default:
        return values.reduce((a, b) => a + b, 0) / values.length;
    }
  }

  private getMetricData(input: {
    MetricDataQueries?: { Id?: string; MetricStat?: MetricStat; ReturnData?: boolean; Label?: string }[];
    StartTime?: Date;
    EndTime?: Date;
    ScanBy?: string;
  }): Record<string, unknown> {
    const queries = input.MetricDataQueries ?? [];
    if (queries.length > 500) throw awsError('cloudwatch', 'InvalidParameterValue', 'At most 500 queries per call.');
    const start = input.StartTime?.getTime() ?? 0;
    const end = input.EndTime?.getTime() ?? this.ctx.now();
    if (end <= start)
      throw awsError('cloudwatch', 'InvalidParameterValue', 'The parameter EndTime must be greater than StartTime.');
    return {
      MetricDataResults: queries
        .filter((q) => q.ReturnData !== false)
        .map((q) => {
          const points = q.MetricStat ? this.series(q.MetricStat, start, end) : [];
          if (input.ScanBy !== 'TimestampAscending') points.reverse();
          return {
            Id: q.Id,
            Label: q.Label ?? q.MetricStat?.Metric?.MetricName ?? q.Id,
            Timestamps: points.map((p) => new Date(p.at)),
            Values: points.map((p) => p.value),
            StatusCode: 'Complete',
          };
        }),
      Messages: [],
    };
  }

  /** Alarms as of their last evaluation (they evaluate every minute, not on reading). */
  private describeAlarms(input: { AlarmNames?: string[]; AlarmNamePrefix?: string }): Record<string, unknown> {
    const found = [...this.alarms.values()].filter(
      (a) =>
        (input.AlarmNames ? input.AlarmNames.includes(a.name) : true) &&
        (input.AlarmNamePrefix ? a.name.startsWith(input.AlarmNamePrefix) : true),
    );
    return {
      MetricAlarms: found.map((a) => ({
        AlarmName: a.name,
        AlarmArn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${a.name}`,
        AlarmConfigurationUpdatedTimestamp: new Date(a.configuredAt),
        ActionsEnabled: true,
        OKActions: [],
        AlarmActions: [],
        InsufficientDataActions: [],
        StateValue: a.state,
        StateReason: a.reason,
        StateUpdatedTimestamp: new Date(a.updatedAt),
        MetricName: a.metricName,
        Namespace: a.namespace,
        Statistic: a.statistic,
        Dimensions: a.dimensions,
        Period: a.periodSeconds,
        EvaluationPeriods: a.evaluationPeriods,
        DatapointsToAlarm: a.datapointsToAlarm,
        Threshold: a.threshold,
        ComparisonOperator: a.comparison,
        TreatMissingData: 'missing',
      })),
      CompositeAlarms: [],
    };
  }

  private putMetricData(input: {
    Namespace?: string;
    MetricData?: { MetricName?: string; Dimensions?: Dimension[]; Timestamp?: Date; Value?: number }[];
  }): Record<string, unknown> {
    for (const datum of input.MetricData ?? []) {
      const key = customKey({ Namespace: input.Namespace, MetricName: datum.MetricName, Dimensions: datum.Dimensions });
      const points = this.custom.get(key) ?? [];
      this.custom.set(key, points);
      points.push({ at: datum.Timestamp?.getTime() ?? this.ctx.now(), value: datum.Value ?? 0 });
    }
    return {};
  }

  // ---- Alarms evaluate every minute, a few seconds past the minute.

  private scheduleAlarmEvaluation(): void {
    const minute = 60_000;
    const next = Math.floor(this.ctx.now() / minute) * minute + minute + 5_000;
    this.ctx.scheduler.at(next, () => {
      this.evaluateAll();
      this.scheduleAlarmEvaluation();
    });
  }

  private evaluateAll(): void {
    for (const alarm of this.alarms.values()) this.evaluate(alarm);
  }

  private evaluate(alarm: AlarmDefinition): void {
    const periodMs = alarm.periodSeconds * 1000;
    const end = Math.floor(this.ctx.now() / periodMs) * periodMs;
    const start = end - (alarm.evaluationPeriods + EXTRA_RANGE_PERIODS) * periodMs;
    // The most recent real datapoints of the evaluation range, EvaluationPeriods of them at most.
    const points = this.series(
      {
        Metric: { Namespace: alarm.namespace, MetricName: alarm.metricName, Dimensions: alarm.dimensions },
        Period: alarm.periodSeconds,
        Stat: alarm.statistic,
      },
      start,
      end,
    ).slice(-alarm.evaluationPeriods);
    let next: AlarmDefinition['state'];
    let reason: string;
    if (points.length === 0) {
      next = 'INSUFFICIENT_DATA';
      reason = `Insufficient Data: ${alarm.evaluationPeriods} datapoints were unknown.`;
    } else {
      const breaching = points.filter((p) => breaches(p.value, alarm));
      next = breaching.length >= alarm.datapointsToAlarm ? 'ALARM' : 'OK';
      reason = `Threshold Crossed: ${breaching.length} out of the last ${points.length} datapoints [${points
        .map((p) => Number(p.value.toPrecision(4)))
        .join(
          ', ',
        )}] ${next === 'ALARM' ? 'were' : 'were not'} ${describeComparison(alarm)} (minimum ${alarm.datapointsToAlarm} datapoint${alarm.datapointsToAlarm === 1 ? '' : 's'} for ${next === 'ALARM' ? 'OK -> ALARM' : 'ALARM -> OK'} transition).`;
    }
    if (next === alarm.state) return;
    alarm.state = next;
    alarm.reason = reason;
    alarm.updatedAt = this.ctx.now();
    for (const listener of this.alarmListeners) listener(alarm.name, next, reason);
  }
}

function breaches(value: number, alarm: AlarmDefinition): boolean {
  switch (alarm.comparison) {
    case 'GreaterThanThreshold':
      return value > alarm.threshold;
    case 'GreaterThanOrEqualToThreshold':
      return value >= alarm.threshold;
    case 'LessThanThreshold':
      return value < alarm.threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= alarm.threshold;
  }
}

function describeComparison(alarm: AlarmDefinition): string {
  const words = {
    GreaterThanThreshold: 'greater than',
    GreaterThanOrEqualToThreshold: 'greater than or equal to',
    LessThanThreshold: 'less than',
    LessThanOrEqualToThreshold: 'less than or equal to',
  }[alarm.comparison];
  return `${words} the threshold (${alarm.threshold})`;
}

function customKey(metric: { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] }): string {
  const dims = (metric.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).sort();
  return `${metric.Namespace}|${metric.MetricName}|${dims.join(',')}`;
}

function mergeBuckets(parts: readonly Bucket[]): Bucket {
  const merged: Bucket = { requests: 0, errors: 0, latency: new Map(), elbErrors: 0 };
  for (const part of parts) {
    merged.requests += part.requests;
    merged.errors += part.errors;
    merged.elbErrors += part.elbErrors;
    for (const [median, n] of part.latency) merged.latency.set(median, (merged.latency.get(median) ?? 0) + n);
    if (part.healthyHosts !== undefined) merged.healthyHosts = (merged.healthyHosts ?? 0) + part.healthyHosts;
    if (part.unhealthyHosts !== undefined) merged.unhealthyHosts = (merged.unhealthyHosts ?? 0) + part.unhealthyHosts;
  }
  return merged;
}

/**
 * One statistic of one ALB metric for one period, with counting noise that is the same for the
 * same seed, series and period whatever order the reads come in.
 */
function albStatistic(
  name: string,
  stat: string,
  bucket: Bucket,
  periodStart: number,
  seed: number,
): number | undefined {
  const noise = (salt: string): number => gaussian(hash(`${seed}|${name}|${salt}|${periodStart}`));
  const requests = Math.round(bucket.requests + Math.sqrt(bucket.requests) * noise('requests'));
  switch (name) {
    case 'RequestCount':
      return requests > 0 && (stat === 'Sum' || stat === 'SampleCount') ? requests : undefined;
    case 'HTTPCode_Target_5XX_Count': {
      if (requests <= 0 || stat !== 'Sum') return undefined;
      const errors = Math.round(bucket.errors + Math.sqrt(bucket.errors) * noise('errors'));
      return errors > 0 ? Math.min(errors, requests) : undefined;
    }
    case 'HTTPCode_ELB_5XX_Count':
    case 'HTTPCode_ELB_503_Count': {
      const errors = Math.round(bucket.elbErrors);
      return errors > 0 && stat === 'Sum' ? errors : undefined;
    }
    case 'TargetResponseTime':
      if (requests <= 0 || bucket.latency.size === 0) return undefined;
      return latencyStatistic(bucket.latency, stat, noise('latency'));
    case 'HealthyHostCount':
      return bucket.healthyHosts;
    case 'UnHealthyHostCount':
      return bucket.unhealthyHosts;
    default:
      return undefined;
  }
}

/** Average or a percentile (p50, p99, p99.9) of a lognormal mixture, with a little noise. */
function latencyStatistic(mixture: ReadonlyMap<number, number>, stat: string, noise: number): number | undefined {
  const total = [...mixture.values()].reduce((a, b) => a + b, 0);
  const jitter = 1 + 0.03 * noise;
  if (stat === 'Average') {
    let mean = 0;
    for (const [median, n] of mixture) mean += (n / total) * median * Math.exp((LATENCY_SIGMA * LATENCY_SIGMA) / 2);
    return mean * jitter;
  }
  const match = /^p(\d+(?:\.\d+)?)$/.exec(stat);
  if (!match) return undefined;
  const q = Number(match[1]) / 100;
  // Bisection on the mixture's CDF.
  let low = 0;
  let high = Math.max(...mixture.keys()) * 20;
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    let cdf = 0;
    for (const [median, n] of mixture) cdf += (n / total) * normalCdf(Math.log(mid / median) / LATENCY_SIGMA);
    if (cdf < q) low = mid;
    else high = mid;
  }
  return ((low + high) / 2) * jitter;
}

function normalCdf(x: number): number {
  // Abramowitz–Stegun 7.1.26, accurate to 1.5e-7: plenty for simulated latency.
  const t = 1 / (1 + 0.3275911 * Math.abs(x / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** FNV-1a of a string, as a uniform number in (0, 1). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) + 0.5) / 4294967296;
}

/** A standard normal draw from one uniform number: Box–Muller, its second uniform hashed from the first. */
function gaussian(u: number): number {
  const v = hash(String(u));
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
