import {
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type CloudWatchClient,
  type MetricDataQuery,
  type StandardUnit,
} from '@aws-sdk/client-cloudwatch';
import type { MetricSpec } from '../gate/checks.js';

/** Re-exported so an entry that loads this adapter lazily gets client and port in one chunk. */
export { CloudWatchClient } from '@aws-sdk/client-cloudwatch';

/** GetMetricData accepts at most this many queries per call. */
export const MAX_QUERIES_PER_CALL = 500;

export interface MetricQuery {
  /** Must match ^[a-z][a-zA-Z0-9_]*$ (a GetMetricData rule). */
  readonly id: string;
  readonly metric: MetricSpec;
}

export interface DataPoint {
  readonly at: Date;
  readonly value: number;
}

export interface AlarmSnapshot {
  readonly name: string;
  readonly type: 'metric' | 'composite';
  readonly state: string;
  readonly reason: string;
  readonly updatedAt?: Date;
}

/**
 * Datapoints per query id, and for a query CloudWatch could not answer (StatusCode Forbidden or
 * InternalError, say for a cross-account metric), what it said instead: otherwise that would
 * look like a metric with no data.
 */
export type MetricData = Map<string, DataPoint[]> & { readonly problems?: ReadonlyMap<string, string> };

/** The CloudWatch operations the health gate uses. */
export interface CloudWatchPort {
  /**
   * Every query's datapoints between start and end, oldest first, keyed by query id. One call
   * for up to 500 queries (more are split into batches); pages are followed.
   */
  getMetricData(queries: readonly MetricQuery[], start: Date, end: Date): Promise<MetricData>;
  /** Alarms by exact names and/or a name prefix (metric and composite alarms). */
  describeAlarms(selector: { readonly names?: readonly string[]; readonly prefix?: string }): Promise<AlarmSnapshot[]>;
}

export function createCloudWatchPort(client: CloudWatchClient): CloudWatchPort {
  return {
    async getMetricData(queries, start, end) {
      const series = new Map<string, DataPoint[]>(queries.map((q) => [q.id, []]));
      const problems = new Map<string, string>();
      for (let i = 0; i < queries.length; i += MAX_QUERIES_PER_CALL) {
        const batch = queries.slice(i, i + MAX_QUERIES_PER_CALL).map(toMetricDataQuery);
        let nextToken: string | undefined;
        do {
          const out = await client.send(
            new GetMetricDataCommand({
              MetricDataQueries: batch,
              StartTime: start,
              EndTime: end,
              ScanBy: 'TimestampAscending',
              NextToken: nextToken,
            }),
          );
          for (const result of out.MetricDataResults ?? []) {
            const points = series.get(result.Id ?? '');
            if (!points) continue;
            if (result.StatusCode === 'Forbidden' || result.StatusCode === 'InternalError') {
              const said = (result.Messages ?? []).map((m) => [m.Code, m.Value].filter(Boolean).join(': ')).join('; ');
              problems.set(result.Id ?? '', `CloudWatch answered ${result.StatusCode}${said ? ` (${said})` : ''}`);
            }
            const timestamps = result.Timestamps ?? [];
            const values = result.Values ?? [];
            timestamps.forEach((at, index) => {
              const value = values[index];
              if (value !== undefined && Number.isFinite(value)) points.push({ at, value });
            });
          }
          nextToken = out.NextToken;
        } while (nextToken);
      }
      for (const points of series.values()) points.sort((a, b) => a.at.getTime() - b.at.getTime());
      return Object.assign(series, { problems });
    },

    async describeAlarms(selector) {
      const alarms: AlarmSnapshot[] = [];
      const requests: { AlarmNames?: string[]; AlarmNamePrefix?: string }[] = [];
      // AlarmNames takes at most 100 names per call.
      const names = [...(selector.names ?? [])];
      for (let i = 0; i < names.length; i += 100) requests.push({ AlarmNames: names.slice(i, i + 100) });
      if (selector.prefix) requests.push({ AlarmNamePrefix: selector.prefix });
      for (const request of requests) {
        let nextToken: string | undefined;
        do {
          const out = await client.send(
            new DescribeAlarmsCommand({
              ...request,
              AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
              NextToken: nextToken,
            }),
          );
          for (const alarm of out.MetricAlarms ?? []) alarms.push(toSnapshot(alarm, 'metric'));
          for (const alarm of out.CompositeAlarms ?? []) alarms.push(toSnapshot(alarm, 'composite'));
          nextToken = out.NextToken;
        } while (nextToken);
      }
      return alarms;
    },
  };
}

function toMetricDataQuery(query: MetricQuery): MetricDataQuery {
  const { metric } = query;
  return {
    Id: query.id,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: metric.namespace,
        MetricName: metric.metric,
        Dimensions: metric.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
      },
      Period: metric.periodSeconds,
      Stat: metric.stat,
      Unit: metric.unit as StandardUnit | undefined,
    },
  };
}

function toSnapshot(
  alarm: { AlarmName?: string; StateValue?: string; StateReason?: string; StateUpdatedTimestamp?: Date },
  type: AlarmSnapshot['type'],
): AlarmSnapshot {
  return {
    name: alarm.AlarmName ?? '',
    type,
    state: alarm.StateValue ?? 'INSUFFICIENT_DATA',
    reason: alarm.StateReason ?? '',
    updatedAt: alarm.StateUpdatedTimestamp,
  };
}
