import { describe, expect, it } from 'vitest';
import { hodgesLehmann, kthSmallestDifference, selectDifferences } from './hodges-lehmann.js';
import { mulberry32, normalSampler } from '../../../test/support/seeded-random.js';

/** Every difference canary_i − baseline_j, sorted: the brute force the selection must match. */
function allDifferences(canary: readonly number[], baseline: readonly number[]): Float64Array {
  const out = new Float64Array(canary.length * baseline.length);
  let k = 0;
  for (const x of canary) for (const y of baseline) out[k++] = x - y;
  return out.sort();
}

function median(sorted: Float64Array): number {
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

const sorted = (values: readonly number[]) => Float64Array.from(values).sort();

/** Samples of assorted shapes: continuous, coarse (many ties), negative, heavy-tailed. */
function sample(random: () => number, size: number, shape: number): number[] {
  const normal = normalSampler(random);
  return Array.from({ length: size }, () => {
    switch (shape % 4) {
      case 0:
        return normal() * 10;
      case 1:
        return Math.round(random() * 6) / 2;
      case 2:
        return -Math.exp(2 * normal());
      default:
        return Math.floor(random() * 3) * 0.005;
    }
  });
}

describe('kthSmallestDifference', () => {
  it('equals the k-th of all sorted differences on random samples, for every k', () => {
    const random = mulberry32(42);
    const sizes = [
      [1, 1],
      [1, 7],
      [7, 1],
      [5, 5],
      [13, 29],
      [40, 35],
    ] as const;
    for (const [index, [n, m]] of sizes.entries()) {
      for (let shape = 0; shape < 4; shape++) {
        const canary = sample(random, n, shape + index);
        const baseline = sample(random, m, shape);
        const expected = allDifferences(canary, baseline);
        const x = sorted(canary);
        const y = sorted(baseline);
        for (let k = 1; k <= n * m; k++) expect(kthSmallestDifference(x, y, k)).toBe(expected[k - 1]);
      }
    }
  });

  it('selects several ranks at once, each as if selected alone', () => {
    const random = mulberry32(5);
    const canary = sample(random, 300, 0);
    const baseline = sample(random, 250, 0);
    const expected = allDifferences(canary, baseline);
    const ranks = [1, 9_000, 37_500, 37_501, 66_000, 75_000];
    const got = selectDifferences(sorted(canary), sorted(baseline), ranks);
    expect(got).toEqual(ranks.map((k) => expected[k - 1]));
  });

  it('separates differences that are adjacent doubles', () => {
    // Large values with tiny gaps: the bisection runs out of doubles between candidates.
    const base = 2 ** 40;
    const canary = [base, base + 2 ** -10, base + 2 ** -9, base + 1];
    const baseline = [0, 2 ** -10, 1];
    const expected = allDifferences(canary, baseline);
    for (let k = 1; k <= 12; k++)
      expect(kthSmallestDifference(sorted(canary), sorted(baseline), k)).toBe(expected[k - 1]);
  });

  it('rejects a rank outside 1…n·m', () => {
    const x = sorted([1, 2]);
    expect(() => kthSmallestDifference(x, x, 0)).toThrow(/from 1 to 4/);
    expect(() => kthSmallestDifference(x, x, 5)).toThrow(RangeError);
    expect(() => kthSmallestDifference(x, x, 1.5)).toThrow(RangeError);
  });
});

describe('hodgesLehmann', () => {
  it('matches brute force for small samples without ties, with k from enumerating U', () => {
    const canary = [12.1, 14.3, 9.8, 17.2, 15.5, 11.9, 13.4];
    const baseline = [10.2, 8.7, 11.1, 9.5, 12.6, 7.9];
    // Null distribution of U for 7 vs 6 by enumerating all C(13, 7) = 1,716 rank sets.
    const counts = new Array<number>(43).fill(0);
    for (let mask = 0; mask < 1 << 13; mask++) {
      let bits = 0;
      let rankSum = 0;
      for (let r = 0; r < 13; r++) {
        if (mask & (1 << r)) {
          bits++;
          rankSum += r + 1;
        }
      }
      if (bits === 7) counts[rankSum - 28]!++;
    }
    // Largest k with P(U ≤ k − 1) ≤ 0.01 for a 98 % interval.
    let below = 0;
    let k = 0;
    while ((below + counts[k]!) / 1716 <= 0.01) below += counts[k++]!;
    const differences = allDifferences(canary, baseline);
    const result = hodgesLehmann(canary, baseline)!;
    expect(result.method).toBe('exact');
    expect(result.rank).toBe(k);
    expect(result.estimate).toBe(median(differences));
    expect(result.lower).toBe(differences[k - 1]);
    expect(result.upper).toBe(differences[42 - k]);
    expect(result.achievedConfidence).toBeCloseTo(1 - (2 * below) / 1716, 12);
    expect(result.achievedConfidence).toBeGreaterThanOrEqual(0.98);
  });

  it('matches brute force with ties, k from the normal approximation', () => {
    const random = mulberry32(9);
    const canary = sample(random, 60, 3);
    const baseline = sample(random, 60, 3);
    // k = ⌊nm/2 + ½ − z(0.99)·√(nm(N + 1)/12)⌋ = ⌊1800.5 − 2.326348·√(3600·121/12)⌋
    //   = ⌊1800.5 − 2.326348·190.526⌋ = ⌊1357.27⌋ = 1357.
    const k = Math.floor(1800.5 - 2.326348 * Math.sqrt((3600 * 121) / 12));
    expect(k).toBe(1357);
    const differences = allDifferences(canary, baseline);
    const result = hodgesLehmann(canary, baseline)!;
    expect(result.method).toBe('normal');
    expect(result.rank).toBe(1357);
    expect(result.estimate).toBe(median(differences));
    expect([result.lower, result.upper]).toEqual([differences[1356], differences[3600 - 1357]]);
  });

  it('matches brute force on 1,000 points a side without building the differences', () => {
    const random = mulberry32(2024);
    const canary = sample(random, 1000, 0).map((v) => Math.round(v * 100) / 100 + 3);
    const baseline = sample(random, 1000, 0).map((v) => Math.round(v * 100) / 100);
    const differences = allDifferences(canary, baseline);
    const result = hodgesLehmann(canary, baseline)!;
    expect(result.estimate).toBe(median(differences));
    expect(result.lower).toBe(differences[result.rank - 1]);
    expect(result.upper).toBe(differences[1_000_000 - result.rank]);
    expect(result.lower).toBeLessThan(3);
    expect(result.upper).toBeGreaterThan(3);
  });

  it('covers a known shift in at least 96 % of 500 simulated canaries at 98 % confidence', () => {
    const random = mulberry32(77);
    const normal = normalSampler(random);
    const latency = () => 40 * Math.exp(0.5 * normal());
    let covered = 0;
    for (let run = 0; run < 500; run++) {
      const canary = Array.from({ length: 40 }, () => latency() + 5);
      const baseline = Array.from({ length: 40 }, latency);
      const { lower, upper } = hodgesLehmann(canary, baseline)!;
      if (lower <= 5 && 5 <= upper) covered++;
    }
    expect(covered / 500).toBeGreaterThanOrEqual(0.96);
  });

  it('reports that 4 points a side cannot reach 98 % confidence, while 5 can', () => {
    // The widest interval, smallest to largest difference, has confidence 1 − 2/C(n+m, n).
    const four = hodgesLehmann([5, 6, 7, 8], [1, 2, 3, 4])!;
    expect(four.confidenceReachable).toBe(false);
    expect(four.achievedConfidence).toBeCloseTo(1 - 2 / 70, 12);
    const five = hodgesLehmann([5, 6, 7, 8, 9], [0, 1, 2, 3, 4])!;
    expect(five.confidenceReachable).toBe(true);
    // P(U ≤ 1) = 2/252 ≤ 1 % < P(U ≤ 2) = 4/252, so k = 2 and the confidence is 1 − 4/252.
    expect(five.rank).toBe(2);
    expect(five.achievedConfidence).toBeCloseTo(1 - 4 / 252, 12);
    // Differences 1…9 occur 1, 2, 3, 4, 5, 4, 3, 2, 1 times: D(2) = 2, D(13) = 5, D(24) = 8.
    expect([five.lower, five.estimate, five.upper]).toEqual([2, 5, 8]);
  });

  it('gives a zero shift with a zero-width interval for identical constant series', () => {
    expect(hodgesLehmann([3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3])).toMatchObject({ estimate: 0, lower: 0, upper: 0 });
  });

  it('returns null for an empty sample and rejects a confidence outside (0, 1)', () => {
    expect(hodgesLehmann([], [1])).toBeNull();
    expect(() => hodgesLehmann([1, 2], [1, 2], 98)).toThrow(/between 0 and 1/);
  });
});
