/**
 * CloudWatch data and alarms arranged in moto for the health-gate suites. Metrics are written at
 * whole minutes before a chosen "now"; moto answers GetMetricData in buckets that start at the
 * query's StartTime, so a "now" half-way through a minute keeps every datapoint well inside one
 * bucket whatever the lookback (see minuteAlignedNow).
 */
import {
  CloudWatchClient,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  SetAlarmStateCommand,
  type MetricDatum,
  type StandardUnit,
} from '@aws-sdk/client-cloudwatch';
import type { CloudWatchPort, MetricQuery } from '../../src/aws/cloudwatch.js';
import { TEST_CREDENTIALS, type Moto } from './moto.js';

export const MINUTE_MS = 60_000;

/** A CloudWatch client on moto that fails fast (one attempt), as the testbed advises. */
export function cloudWatchClient(moto: Pick<Moto, 'endpoint' | 'region'>): CloudWatchClient {
  return new CloudWatchClient({
    region: moto.region,
    endpoint: moto.endpoint,
    credentials: TEST_CREDENTIALS,
    maxAttempts: 1,
  });
}

/**
 * Half a minute before the start of the current wall-clock minute: in the past (moto and the
 * gate agree on it), and never on a minute boundary, so no datapoint sits on a bucket edge.
 */
export function minuteAlignedNow(wallClock: number = Date.now()): number {
  return Math.floor(wallClock / MINUTE_MS) * MINUTE_MS - MINUTE_MS / 2;
}

/** The metric a series is written to; dimensions are kept in the order given. */
export interface MetricTarget {
  readonly namespace: string;
  readonly metric: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly unit?: StandardUnit;
}

/**
 * Writes one datapoint per whole minute before `now`: `valueAt(0)` is the newest complete minute
 * (the one before `now`'s, which is still in progress and never judged), `valueAt(minutes - 1)`
 * the oldest. `undefined` writes nothing for that minute,
 * the way ALB publishes no 5xx datapoint for a minute without errors.
 */
export async function putPerMinute(
  client: CloudWatchClient,
  target: MetricTarget,
  now: number,
  minutes: number,
  valueAt: (minutesAgo: number) => number | undefined,
): Promise<void> {
  const newest = Math.floor(now / MINUTE_MS) * MINUTE_MS - MINUTE_MS;
  const data: MetricDatum[] = [];
  for (let ago = 0; ago < minutes; ago++) {
    const value = valueAt(ago);
    if (value === undefined) continue;
    data.push({
      MetricName: target.metric,
      Dimensions: Object.entries(target.dimensions).map(([Name, Value]) => ({ Name, Value })),
      Timestamp: new Date(newest - ago * MINUTE_MS),
      Value: value,
      Unit: target.unit,
    });
  }
  for (let i = 0; i < data.length; i += 100) {
    await client.send(new PutMetricDataCommand({ Namespace: target.namespace, MetricData: data.slice(i, i + 100) }));
  }
}

/** A metric alarm whose state is set by hand: moto never evaluates alarms itself. */
export async function putAlarmInState(
  client: CloudWatchClient,
  name: string,
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA',
  reason: string,
): Promise<void> {
  await client.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 10,
      ComparisonOperator: 'GreaterThanThreshold',
    }),
  );
  await client.send(new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: reason }));
}

/** A CloudWatch port that records every GetMetricData call it passes on. */
export function countingCloudWatch(port: CloudWatchPort): CloudWatchPort & {
  readonly metricCalls: { readonly queries: readonly MetricQuery[]; readonly start: Date; readonly end: Date }[];
} {
  const metricCalls: { queries: readonly MetricQuery[]; start: Date; end: Date }[] = [];
  return {
    metricCalls,
    getMetricData: (queries, start, end) => {
      metricCalls.push({ queries, start, end });
      return port.getMetricData(queries, start, end);
    },
    describeAlarms: (selector) => port.describeAlarms(selector),
  };
}

/** Uniform numbers in [0, 1) from a seed: test data that looks noisy but is the same on every run. */
export { mulberry32 as seededRandom } from './seeded-random.js';

/** `level` give or take `spread` (a fraction), drawn from `random`. */
export function noisy(random: () => number, level: number, spread: number): number {
  return level * (1 + spread * (2 * random() - 1));
}
