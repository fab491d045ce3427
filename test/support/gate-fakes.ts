/** In-memory CloudWatch and checks builders for health-gate unit tests. */
import type { AlarmSnapshot, CloudWatchPort, DataPoint, MetricQuery } from '../../src/aws/cloudwatch.js';
import type { ChecksDocument, MetricCheck, MetricSpec } from '../../src/gate/checks.js';
import { parseThreshold } from '../../src/gate/threshold.js';

/** Answers GetMetricData from a function of (metric name, time), and records every call. */
export class FakeCloudWatch implements CloudWatchPort {
  readonly metricCalls: { queries: readonly MetricQuery[]; start: Date; end: Date }[] = [];
  alarms: AlarmSnapshot[] = [];

  constructor(private readonly points: (metric: MetricSpec, start: Date, end: Date) => DataPoint[] = () => []) {}

  async getMetricData(queries: readonly MetricQuery[], start: Date, end: Date): Promise<Map<string, DataPoint[]>> {
    this.metricCalls.push({ queries, start, end });
    return new Map(queries.map((q) => [q.id, this.points(q.metric, start, end)]));
  }

  async describeAlarms(selector: { names?: readonly string[]; prefix?: string }): Promise<AlarmSnapshot[]> {
    return this.alarms.filter(
      (a) => selector.names?.includes(a.name) || (selector.prefix !== undefined && a.name.startsWith(selector.prefix)),
    );
  }
}

export function metricSpec(metric: string, stat = 'Sum'): MetricSpec {
  return {
    namespace: 'AWS/ApplicationELB',
    metric,
    dimensions: [
      { name: 'LoadBalancer', value: 'app/prod/1' },
      { name: 'TargetGroup', value: 'targetgroup/green/2' },
    ],
    stat,
    periodSeconds: 60,
  };
}

export function thresholdCheck(
  id: string,
  metric: string,
  threshold: string,
  overrides: Partial<MetricCheck> = {},
): MetricCheck {
  const parsed = parseThreshold(threshold);
  if (!parsed) throw new Error(`bad threshold in test: ${threshold}`);
  return {
    kind: 'metric',
    id,
    source: { type: 'metric', metric: metricSpec(metric) },
    threshold: parsed,
    lookbackSeconds: 180,
    reduce: 'latest',
    mustHaveData: false,
    ...overrides,
  };
}

export function checks(overrides: Partial<ChecksDocument> = {}): ChecksDocument {
  return { http: [], metrics: [], alarms: [], ecs: [], ...overrides };
}

/** One datapoint per minute in [start, end], valued by `value(minute index)`. */
export function perMinute(start: Date, end: Date, value: (t: number) => number): DataPoint[] {
  const points: DataPoint[] = [];
  const first = Math.ceil(start.getTime() / 60_000) * 60_000;
  for (let t = first; t <= end.getTime(); t += 60_000) points.push({ at: new Date(t), value: value(t) });
  return points;
}
