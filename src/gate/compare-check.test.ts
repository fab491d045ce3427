import { describe, expect, it } from 'vitest';
import { metricSpec } from '../../test/support/gate-fakes.js';
import type { CompareCheck, CompareMetric } from './checks.js';
import { judgeCompare, type CompareRow } from './compare-check.js';
import type { Series } from './series.js';

const metric = (id: string, overrides: Partial<CompareMetric> = {}): CompareMetric => ({
  id,
  canary: { type: 'metric', metric: metricSpec('TargetResponseTime', 'Average') },
  baseline: { type: 'metric', metric: metricSpec('TargetResponseTime', 'Average') },
  direction: 'increase',
  tolerance: 0.25,
  critical: false,
  mustHaveData: false,
  group: id,
  ...overrides,
});

const compare = (metrics: CompareMetric[]): CompareCheck => ({
  kind: 'compare',
  id: 'compare',
  metrics,
  pass: 95,
  marginal: 50,
  groupWeights: {},
});

/** 30 one-minute points around `level`, with a deterministic wobble. */
function series(level: number, query = 'q'): Series {
  return {
    query,
    points: Array.from({ length: 30 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 10, 23, 14, i)),
      value: level * (1 + 0.05 * Math.sin(i * 1.7)),
    })),
  };
}

const data = (entries: Record<string, [number, number]>): Map<string, Series> =>
  new Map(
    Object.entries(entries).flatMap(([id, [canary, baseline]]) => [
      [`compare:${id}:canary`, series(canary, `canary ${id}`)],
      [`compare:${id}:baseline`, series(baseline, `baseline ${id}`)],
    ]),
  );

describe('the canary comparison as a gate check', () => {
  it('passes with score 100 when the canary looks like its baseline', () => {
    const result = judgeCompare(compare([metric('latency')]), data({ latency: [0.1, 0.1] }), true);
    expect(result).toMatchObject({ status: 'pass', observed: 'score 100', expected: '≥ 95 (fails below 50)' });
  });

  it('fails with the metric, the shift and the tolerance when the canary is slower', () => {
    const result = judgeCompare(compare([metric('latency')]), data({ latency: [0.16, 0.1] }), true);
    expect(result.status).toBe('fail');
    const rows = result.evidence.kind === 'compare' ? (result.evidence.metrics as CompareRow[]) : [];
    expect(rows[0]).toMatchObject({ id: 'latency', classification: 'High ❌' });
    expect(rows[0]?.reason).toMatch(/latency is .*higher than baseline \(tolerance 25 %\)/);
    expect(rows[0]?.canary).toBe('median 0.1596 (30 points)');
  });

  it('tolerates a marginal score until the final evaluation, which must reach pass', () => {
    const two = [metric('latency'), metric('errors')];
    const series = data({ latency: [0.16, 0.1], errors: [1, 1] });
    expect(judgeCompare(compare(two), series, false)).toMatchObject({ status: 'pass', observed: 'score 50' });
    expect(judgeCompare(compare(two), series, false).reason).toContain(
      'Marginal is tolerated until the final evaluation, which must reach 95.',
    );
    expect(judgeCompare(compare(two), series, true).status).toBe('fail');
  });

  it('is inconclusive, not a pass, when neither side has data', () => {
    const result = judgeCompare(compare([metric('latency')]), new Map(), true);
    expect(result).toMatchObject({ status: 'inconclusive', observed: 'no data' });
  });
});
