import { describe, expect, it } from 'vitest';
import { metricSpec } from '../../test/support/gate-fakes.js';
import { describeSource, ratioPoints } from './series.js';

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
