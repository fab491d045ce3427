import { describe, expect, it } from 'vitest';
import { judgeMetric, type MetricInput } from './classify.js';
import { mulberry32, normalSampler } from '../../../test/support/seeded-random.js';

const flat = (value: number, points = 60): number[] => Array.from({ length: points }, () => value);
/** Half the points at `a`, half at `b`. */
const halves = (a: number, b: number, points = 60): number[] => [...flat(a, points / 2), ...flat(b, points / 2)];

function judge(canary: readonly number[], baseline: readonly number[], overrides: Partial<MetricInput> = {}) {
  return judgeMetric({
    id: 'p99-latency',
    canary,
    baseline,
    direction: 'increase',
    tolerance: 0.25,
    mustHaveData: false,
    critical: false,
    ...overrides,
  });
}

function latencies(seed: number, points = 60, medianMs = 100): number[] {
  const normal = normalSampler(mulberry32(seed));
  return Array.from({ length: points }, () => medianMs * Math.exp(0.3 * normal()));
}

// With 60 points a side the 98 % interval is [D(1357), D(2244)] of the 3,600 sorted differences
// (k = ⌊1800.5 − 2.326·√(3600·121/12)⌋ = 1357), so for series made of two values the interval's
// ends are easy to read off: with half the differences at a and half at b it is [a, b].

describe('judgeMetric', () => {
  it('passes a canary identical to its baseline', () => {
    const baseline = latencies(1);
    const result = judge(baseline, baseline);
    expect(result).toMatchObject({ classification: 'Pass', failed: false });
    expect(result.shift?.estimate).toBe(0);
    expect(result.test?.pValue).toBe(1);
  });

  it('passes a canary drawn from the same distribution as its baseline', () => {
    const result = judge(latencies(2), latencies(3));
    expect(result).toMatchObject({ classification: 'Pass', failed: false });
    expect(result.shift!.lower).toBeLessThan(0);
    expect(result.shift!.upper).toBeGreaterThan(0);
  });

  it('fails a canary whose latency is clearly higher than the tolerance, and says by how much', () => {
    const result = judge(halves(140, 160), flat(100));
    expect(result).toMatchObject({ classification: 'High', failed: true });
    expect(result.reason).toBe('canary p99-latency is 40–60 % higher than baseline (tolerance 25 %)');
    expect(result.shift).toMatchObject({
      estimate: 50,
      lower: 40,
      upper: 60,
      relative: { estimate: 0.5, lower: 0.4, upper: 0.6 },
      level: 100,
      levelBasis: 'median',
    });
    expect(result.canary).toMatchObject({ points: 60, median: 150, mean: 150 });
    expect(result.baseline).toMatchObject({ points: 60, median: 100, mean: 100 });
    expect(result.test!.pValue).toBeLessThan(1e-6);
    expect(result.test!.probabilityCanaryHigher).toBe(1);
  });

  it('fails a noisy canary that runs 80 % slower', () => {
    const result = judge(
      latencies(4).map((v) => v * 1.8),
      latencies(5),
    );
    expect(result).toMatchObject({ classification: 'High', failed: true });
    expect(result.shift!.relative!.lower).toBeGreaterThan(0.25);
    expect(result.reason).toMatch(/^canary p99-latency is \d+–\d+ % higher than baseline \(tolerance 25 %\)$/);
  });

  it('calls a clear decrease Low without failing a metric where only an increase is bad', () => {
    const result = judge(flat(60), flat(100));
    expect(result).toMatchObject({ classification: 'Low', failed: false });
    expect(result.reason).toBe(
      'canary p99-latency is 40 % lower than baseline (tolerance 25 %); only an increase fails this metric',
    );
  });

  it.each([
    ['increase', 150, 'High', true],
    ['increase', 60, 'Low', false],
    ['decrease', 150, 'High', false],
    ['decrease', 60, 'Low', true],
    ['either', 150, 'High', true],
    ['either', 60, 'Low', true],
    ['either', 100, 'Pass', false],
  ] as const)('with direction %s, a canary at %i against 100 is %s, failed: %s', (direction, level, kind, failed) => {
    expect(judge(flat(level), flat(100), { direction })).toMatchObject({ classification: kind, failed });
  });

  it('passes a shift that is certain but within the tolerance', () => {
    const result = judge(flat(110), flat(100));
    expect(result).toMatchObject({ classification: 'Pass', failed: false });
    expect(result.test!.pValue).toBeLessThan(1e-6);
    expect(result.reason).toBe('canary p99-latency is within tolerance of baseline: shift +10 % (tolerance 25 %)');
  });

  it('passes a shift whose estimate exceeds the tolerance while its interval does not lie wholly beyond it', () => {
    const result = judge(halves(110, 150), flat(100));
    expect(result.shift!.relative!.estimate).toBeCloseTo(0.3, 12);
    expect(result).toMatchObject({ classification: 'Pass', failed: false });
    expect(result.reason).toBe(
      'canary p99-latency shift of +10 % to +50 % is not surely beyond tolerance (tolerance 25 %)',
    );
  });

  it('passes two equal constant series with p = 1 and no shift', () => {
    const result = judge(flat(100), flat(100));
    expect(result).toMatchObject({ classification: 'Pass', failed: false });
    expect(result.test!.pValue).toBe(1);
    expect(result.shift).toMatchObject({ estimate: 0, lower: 0, upper: 0 });
    expect(result.reason).toBe('canary p99-latency is within tolerance of baseline: shift 0 % (tolerance 25 %)');
  });

  it('uses the exact test and interval for small samples without ties', () => {
    const result = judge(
      latencies(6, 12).map((v) => v * 2),
      latencies(7, 12),
    );
    expect(result.test!.method).toBe('exact');
    expect(result.shift!.method).toBe('exact');
    expect(result.classification).toBe('High');
  });
});

describe('judgeMetric without enough data', () => {
  it('says NoData, and how many points were needed, when the canary is too short', () => {
    const result = judge(flat(100, 5), flat(100));
    expect(result).toMatchObject({ classification: 'NoData', failed: false, shift: null });
    expect(result.reason).toBe(
      'no data to judge p99-latency: canary has 5 points and baseline 60, at least 10 per side are needed; it is not scored',
    );
  });

  it('fails a metric that must have data when it has none', () => {
    const result = judge([], flat(100), { mustHaveData: true });
    expect(result).toMatchObject({ classification: 'NoData', failed: true, test: null });
    expect(result.reason).toMatch(/canary has 0 points.*this metric must have data, so it fails$/);
  });

  it('drops NaN and infinities before counting points', () => {
    const short = judge([...flat(150, 8), Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], flat(100));
    expect(short.classification).toBe('NoData');
    expect(short.canary).toMatchObject({ points: 8, nonFinite: 3 });
    expect(short.reason).toContain('after dropping 3 non-finite values');
    const enough = judge([...flat(150), Number.NaN], flat(100));
    expect(enough.classification).toBe('High');
    expect(enough.canary).toMatchObject({ points: 60, nonFinite: 1, mean: 150 });
  });

  it('honours minPoints, and refuses to judge samples too small for the confidence', () => {
    expect(judge(flat(150, 20), flat(100, 20), { minPoints: 30 }).classification).toBe('NoData');
    // 4 vs 4 points: even the widest interval has confidence 1 − 2/70 < 98 %.
    const tiny = judge([5, 6, 7, 8], [1, 2, 3, 4], { minPoints: 3 });
    expect(tiny).toMatchObject({ classification: 'NoData', shift: null });
    expect(tiny.reason).toBe(
      'too few points to judge p99-latency at 98 % confidence: 4 canary and 4 baseline points cannot give an interval that sure; it is not scored',
    );
  });
});

describe('judgeMetric against a baseline whose median is 0', () => {
  it('fails a sure increase over an all-zero baseline, where no tolerance can be scaled', () => {
    const result = judge(halves(0.01, 0.015), flat(0), { id: 'error-rate' });
    expect(result).toMatchObject({ classification: 'High', failed: true });
    expect(result.shift).toMatchObject({ lower: 0.01, upper: 0.015, relative: null, level: 0, levelBasis: 'all-zero' });
    expect(result.reason).toBe(
      'canary error-rate is 0.01–0.015 higher than a baseline that was 0 throughout ' +
        '(with no baseline level, any sure change counts as beyond tolerance)',
    );
  });

  it('passes a few stray errors against an all-zero baseline', () => {
    const result = judge([...flat(0, 57), 0.005, 0.005, 0.005], flat(0), { id: 'error-rate' });
    expect(result).toMatchObject({ classification: 'Pass', failed: false });
    expect(result.reason).toBe(
      'canary error-rate shows no sure change from a baseline that was 0 throughout (shift 0)',
    );
  });

  it('measures against the mean absolute value when the baseline is mostly but not all zero', () => {
    // Baseline: 40 error-free minutes and 20 at 0.5 %, median 0, mean 0.1/60 = 0.001667.
    // Canary at 0.5 % throughout: 2,400 differences of 0.005 and 1,200 of 0, interval [0.005, 0.005].
    const result = judge(flat(0.005), [...flat(0, 40), ...flat(0.005, 20)], { id: 'error-rate' });
    expect(result).toMatchObject({ classification: 'High', failed: true });
    expect(result.shift!.levelBasis).toBe('mean-absolute');
    expect(result.shift!.level).toBeCloseTo(0.1 / 60, 15);
    expect(result.shift!.relative!.lower).toBeCloseTo(3, 12);
    expect(result.reason).toBe(
      "canary error-rate is 300 % higher than baseline (tolerance 25 % of the baseline's mean absolute value 0.00167, as its median is 0)",
    );
  });

  it('keeps the tolerance for a signed metric centred on 0: a certain but small shift passes', () => {
    // 2,001 evenly spaced values from −1 to 1 (median 0, mean absolute value ≈ 0.5), shifted by
    // 0.06 = 12 % of that level. The interval excludes 0, so "any sure shift fails" would fail it.
    const baseline = Array.from({ length: 2001 }, (_, i) => -1 + i / 1000);
    const result = judge(
      baseline.map((v) => v + 0.06),
      baseline,
      { id: 'clock-offset', direction: 'either' },
    );
    expect(result.shift!.lower).toBeGreaterThan(0);
    expect(result.shift!.levelBasis).toBe('mean-absolute');
    expect(result).toMatchObject({ classification: 'Pass', failed: false });
  });
});

describe('judgeMetric options', () => {
  it('keeps outliers by default and drops them outside the IQR fences when asked', () => {
    const canary = [...Array.from({ length: 59 }, (_, i) => 100 + i), 1e6];
    const baseline = Array.from({ length: 60 }, (_, i) => 100 + i);
    expect(judge(canary, baseline).canary).toMatchObject({ points: 60, outliers: 0 });
    const cleaned = judge(canary, baseline, { removeOutliers: true }).canary;
    expect(cleaned).toMatchObject({ points: 59, outliers: 1, mean: 129 });
  });

  it('does not let the IQR filter remove every error from a mostly-zero error rate', () => {
    const canary = [...flat(0, 50), ...flat(0.005, 8), 0.01, 0.015];
    expect(judge(canary, flat(0), { removeOutliers: true }).canary).toMatchObject({ points: 60, outliers: 0 });
  });

  it('groups a metric by its id unless a group is given', () => {
    expect(judge(flat(100), flat(100)).group).toBe('p99-latency');
    expect(judge(flat(100), flat(100), { group: 'latency' }).group).toBe('latency');
  });

  it('rejects invalid settings, naming every problem at once', () => {
    expect(() => judge(flat(1), flat(1), { tolerance: -0.1, confidence: 98, minPoints: 0 })).toThrow(
      "Metric 'p99-latency': tolerance must be a fraction ≥ 0 (0.25 is 25 %), got -0.1; " +
        'confidence must be between 0 and 1 (0.98 is 98 %), got 98; minPoints must be a whole number ≥ 1, got 0.',
    );
  });
});
