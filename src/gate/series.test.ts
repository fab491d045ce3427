import { describe, expect, it } from 'vitest';
import { FakeCloudWatch, metricSpec } from '../../test/support/gate-fakes.js';
import { describeSource, fetchSeries, ratioPoints } from './series.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 14, minute));

describe('a ratio such as the 5xx error rate', () => {
  it('is computed per period, and a minute without a 5xx datapoint counts as 0 errors', () => {
    const errors = [{ at: at(1), value: 5 }];
    const requests = [
      { at: at(0), value: 1000 },
      { at: at(1), value: 500 },
    ];
    expect(ratioPoints(errors, requests, metricSpec('HTTPCode_Target_5XX_Count', 'Sum'))).toEqual([
      { at: at(0), value: 0 },
      { at: at(1), value: 0.01 },
    ]);
  });

  it('has no value for a period without requests: no data, not a 0 % error rate', () => {
    const requests = [
      { at: at(0), value: 0 },
      { at: at(1), value: 200 },
    ];
    expect(ratioPoints([], requests, metricSpec('HTTPCode_Target_5XX_Count', 'Sum')).map((p) => p.at)).toEqual([at(1)]);
  });

  it('does not count a recent minute as 0 errors while its 5xx datapoint may still be in transit', () => {
    // Each metric arrives on its own schedule: 14:03 has its requests but not (yet) its 5xx count.
    const errors = [{ at: at(1), value: 40 }];
    const requests = [
      { at: at(1), value: 500 },
      { at: at(2), value: 500 },
      { at: at(3), value: 500 },
    ];
    // Periods that ended before 14:03 are settled (metrics-delay has passed); 14:03 is not.
    const settledBefore = at(3).getTime();
    expect(ratioPoints(errors, requests, metricSpec('HTTPCode_Target_5XX_Count', 'Sum'), settledBefore)).toEqual([
      { at: at(1), value: 0.08 },
      { at: at(2), value: 0 },
    ]);
  });

  it('does not invent zeros for a numerator that is not a Sum', () => {
    expect(ratioPoints([], [{ at: at(0), value: 10 }], metricSpec('TargetResponseTime', 'Average'))).toEqual([]);
  });

  it('is described with both exact queries for the report', () => {
    expect(
      describeSource({
        type: 'ratio',
        numerator: metricSpec('HTTPCode_Target_5XX_Count'),
        denominator: metricSpec('RequestCount'),
      }),
    ).toBe(
      '(AWS/ApplicationELB HTTPCode_Target_5XX_Count Sum per 60s {LoadBalancer=app/prod/1, TargetGroup=targetgroup/green/2}) ÷ (AWS/ApplicationELB RequestCount Sum per 60s {LoadBalancer=app/prod/1, TargetGroup=targetgroup/green/2})',
    );
  });
});

describe('reading series for an evaluation', () => {
  const now = Date.UTC(2026, 10, 23, 14, 5, 30);
  const minute = (m: number) => new Date(Date.UTC(2026, 10, 23, 14, m));

  it('never judges the minute still in progress, and keeps the minute the lookback starts in', async () => {
    const cloudwatch = new FakeCloudWatch((_metric, start) => {
      const points = [];
      for (let t = start.getTime(); t <= now; t += 60_000) points.push({ at: new Date(t), value: t });
      return points;
    });
    const series = await fetchSeries(
      [{ key: 'k', source: { type: 'metric', metric: metricSpec('RequestCount') }, lookbackSeconds: 180 }],
      cloudwatch,
      now,
    );
    expect(series.get('k')?.points.map((p) => p.at)).toEqual([minute(2), minute(3), minute(4)]);
  });

  it('says when periods without a numerator datapoint were counted as 0', async () => {
    const cloudwatch = new FakeCloudWatch((metric) =>
      metric.metric === 'RequestCount'
        ? [2, 3, 4].map((m) => ({ at: minute(m), value: 100 }))
        : [{ at: minute(3), value: 1 }],
    );
    const source = {
      type: 'ratio' as const,
      numerator: metricSpec('HTTPCode_Target_5XX_Count'),
      denominator: metricSpec('RequestCount'),
    };
    const series = await fetchSeries([{ key: 'k', source, lookbackSeconds: 180 }], cloudwatch, now);
    expect(series.get('k')?.points.map((p) => p.value)).toEqual([0, 0.01, 0]);
    expect(series.get('k')?.note).toBe('HTTPCode_Target_5XX_Count had no datapoint in 2 of 3 periods, counted as 0.');
  });
});
