import { describe, expect, it } from 'vitest';
import { EXACT_MAX_SIZE, exactUCounts, mannWhitneyU } from './mann-whitney.js';
import { mulberry32 } from '../../../test/support/seeded-random.js';

// Reference values below are derived inside the tests by brute force (enumerating every way to
// assign ranks or values to the two groups), which shares no code with the implementation.

/** Every size-k subset of the items, in lexicographic order. */
function* subsets<T>(items: readonly T[], k: number, start = 0, chosen: T[] = []): Generator<T[]> {
  if (chosen.length === k) {
    yield [...chosen];
    return;
  }
  for (let i = start; i <= items.length - (k - chosen.length); i++) {
    chosen.push(items[i]!);
    yield* subsets(items, k, i + 1, chosen);
    chosen.pop();
  }
}

/** U by its definition: canary-higher pairs plus half the tied pairs. */
function pairwiseU(canary: readonly number[], baseline: readonly number[]): number {
  let u = 0;
  for (const x of canary) for (const y of baseline) u += x > y ? 1 : x === y ? 0.5 : 0;
  return u;
}

/** Null distribution of U by enumerating which of the ranks 1..n+m the canary gets. */
function enumeratedCounts(n: number, m: number): number[] {
  const counts = new Array<number>(n * m + 1).fill(0);
  const ranks = Array.from({ length: n + m }, (_, i) => i + 1);
  for (const chosen of subsets(ranks, n)) {
    const u = chosen.reduce((sum, r) => sum + r, 0) - (n * (n + 1)) / 2;
    counts[u]!++;
  }
  return counts;
}

/** Two-sided p-value by enumerating every split of the pooled values (exact, tie-aware). */
function permutationP(canary: readonly number[], baseline: readonly number[]): number {
  const pooled = [...canary, ...baseline];
  const indices = pooled.map((_, i) => i);
  const observed = pairwiseU(canary, baseline);
  let atOrBelow = 0;
  let atOrAbove = 0;
  let total = 0;
  for (const chosen of subsets(indices, canary.length)) {
    const picked = new Set(chosen);
    const u = pairwiseU(
      chosen.map((i) => pooled[i]!),
      indices.filter((i) => !picked.has(i)).map((i) => pooled[i]!),
    );
    total++;
    if (u <= observed) atOrBelow++;
    if (u >= observed) atOrAbove++;
  }
  return Math.min(1, (2 * Math.min(atOrBelow, atOrAbove)) / total);
}

/**
 * Standard normal CDF from Abramowitz & Stegun 7.1.26 (|error of erf| < 1.5e-7), written here so
 * that the expected values do not come from the library the implementation uses.
 */
function phi(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

function distinctSample(random: () => number, size: number): number[] {
  return Array.from({ length: size }, () => random() * 1000);
}

describe('exact distribution of U', () => {
  it.each([
    [1, 1],
    [1, 6],
    [2, 3],
    [3, 3],
    [4, 5],
    [5, 5],
    [3, 9],
    [7, 6],
  ])('matches counting every rank assignment for %i vs %i points', (n, m) => {
    expect(Array.from(exactUCounts(n, m))).toEqual(enumeratedCounts(n, m));
  });

  it('for 3 vs 3 points is the number of partitions of u that fit a 3×3 box', () => {
    // u = 0…9: {}, {1}, {2, 1+1}, {3, 2+1, 1+1+1}, … — sum C(6, 3) = 20.
    expect(Array.from(exactUCounts(3, 3))).toEqual([1, 1, 2, 3, 3, 3, 3, 2, 1, 1]);
  });

  it('stays exact at the largest size it is used for', () => {
    const counts = exactUCounts(EXACT_MAX_SIZE, EXACT_MAX_SIZE);
    const total = counts.reduce((sum, c) => sum + c, 0);
    // C(50, 25) = 126,410,606,437,752 rank assignments, below 2^53 so every count is exact.
    expect(total).toBe(126_410_606_437_752);
    expect(counts.every((c) => Number.isInteger(c) && c > 0)).toBe(true);
    expect(counts[0]).toBe(1);
    expect(counts[625]).toBe(1);
  });

  it.each([
    // Critical values of U for a two-sided test at α = 0.05 from the standard Mann–Whitney
    // table: reject when U ≤ 2 for 5 vs 5 points and when U ≤ 23 for 10 vs 10 points.
    [5, 2],
    [10, 23],
  ])('reproduces the textbook critical value for %i vs %i points', (size, critical) => {
    const counts = exactUCounts(size, size);
    const total = counts.reduce((sum, c) => sum + c, 0);
    const twoSided = (u: number) => (2 * counts.slice(0, u + 1).reduce((sum, c) => sum + c, 0)) / total;
    expect(twoSided(critical)).toBeLessThanOrEqual(0.05);
    expect(twoSided(critical + 1)).toBeGreaterThan(0.05);
  });

  it('gives p = 2/252 for two completely separated samples of 5', () => {
    // Only 1 of the C(10, 5) = 252 rank assignments is this extreme on each side.
    const result = mannWhitneyU([11, 12, 13, 14, 15], [1, 2, 3, 4, 5])!;
    expect(result.u).toBe(25);
    expect(result.pValue).toBeCloseTo(2 / 252, 12);
    expect(result.probabilityCanaryHigher).toBe(1);
  });

  it('gives exact p-values of small samples without ties that match enumeration', () => {
    const random = mulberry32(7);
    for (const [n, m] of [
      [3, 4],
      [6, 5],
      [8, 8],
      [4, 10],
    ] as const) {
      const canary = distinctSample(random, n);
      const baseline = distinctSample(random, m).map((v) => v + 150);
      const result = mannWhitneyU(canary, baseline)!;
      expect(result.method).toBe('exact');
      expect(result.u).toBe(pairwiseU(canary, baseline));
      expect(result.pValue).toBeCloseTo(permutationP(canary, baseline), 12);
    }
  });
});

describe('normal approximation', () => {
  it('corrects for ties and continuity as worked out by hand', () => {
    const canary = [1, 2, 2, 3];
    const baseline = [2, 3, 3, 4, 5];
    // Pooled, sorted: 1c 2c 2c 2b 3c 3b 3b 4b 5b. Midranks: 1 → 1; the three 2s share ranks 2–4
    // → 3; the three 3s share 5–7 → 6; 4 → 8; 5 → 9. R_canary = 1 + 3 + 3 + 6 = 13,
    // U = 13 − 4·5/2 = 3. n·m = 20, N = 9, ties Σ(t³ − t) = 24 + 24 = 48.
    // σ² = nm/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))) = 20/12 · (10 − 48/72) = 15.5556.
    // z = (U − nm/2 + ½)/σ = (3 − 10 + 0.5)/3.94405 = −1.64805.
    const sigma = Math.sqrt((20 / 12) * (10 - 48 / 72));
    const z = (3 - 10 + 0.5) / sigma;
    const result = mannWhitneyU(canary, baseline)!;
    expect(result.method).toBe('normal');
    expect(result.hasTies).toBe(true);
    expect(result.u).toBe(3);
    expect(result.sigma).toBeCloseTo(3.94405, 5);
    expect(result.z).toBeCloseTo(-1.64805, 5);
    expect(result.pValue).toBeCloseTo(2 * phi(z), 6);
    expect(result.pValue).toBeCloseTo(0.0993, 4);
  });

  it('uses a tie-corrected variance equal to the permutation variance of U', () => {
    const canary = [0, 0, 1, 2, 2];
    const baseline = [0, 1, 1, 2, 3, 3];
    const pooled = [...canary, ...baseline];
    const indices = pooled.map((_, i) => i);
    const us: number[] = [];
    for (const chosen of subsets(indices, canary.length)) {
      const picked = new Set(chosen);
      us.push(
        pairwiseU(
          chosen.map((i) => pooled[i]!),
          indices.filter((i) => !picked.has(i)).map((i) => pooled[i]!),
        ),
      );
    }
    const mean = us.reduce((s, u) => s + u, 0) / us.length;
    const variance = us.reduce((s, u) => s + (u - mean) ** 2, 0) / us.length;
    expect(mean).toBeCloseTo(15, 10);
    expect(mannWhitneyU(canary, baseline)!.sigma ** 2).toBeCloseTo(variance, 10);
  });

  it('takes over from the exact distribution above 25 points a side', () => {
    const random = mulberry32(11);
    const canary = distinctSample(random, EXACT_MAX_SIZE + 1).map((v) => v + 100);
    const baseline = distinctSample(random, EXACT_MAX_SIZE + 1);
    const result = mannWhitneyU(canary, baseline)!;
    expect(result.method).toBe('normal');
    expect(mannWhitneyU(canary.slice(1), baseline.slice(1))!.method).toBe('exact');
    // No ties: σ² = nm(N + 1)/12 = 26·26·53/12.
    const sigma = Math.sqrt((26 * 26 * 53) / 12);
    const u = pairwiseU(canary, baseline);
    const distance = u - (26 * 26) / 2;
    const z = (distance - Math.sign(distance) * 0.5) / sigma;
    expect(result.u).toBe(u);
    expect(result.pValue).toBeCloseTo(2 * phi(-Math.abs(z)), 6);
  });

  it('agrees with the exact p-value where both apply (25 vs 25 points, no ties)', () => {
    const random = mulberry32(3);
    const canary = distinctSample(random, 25).map((v) => v + 200);
    const baseline = distinctSample(random, 25);
    const exact = mannWhitneyU(canary, baseline)!;
    const sigma = Math.sqrt((25 * 25 * 51) / 12);
    const distance = exact.u - 312.5;
    const approx = 2 * phi(-Math.abs((distance - Math.sign(distance) * 0.5) / sigma));
    expect(exact.method).toBe('exact');
    expect(Math.abs(exact.pValue - approx)).toBeLessThan(0.002);
  });
});

describe('mannWhitneyU', () => {
  it('counts canary-higher pairs with ties as half, on samples given in any order', () => {
    const canary = [5, 1, 3, 3, 9, 0];
    const baseline = [3, 2, 8, 3, 4];
    const result = mannWhitneyU(canary, baseline)!;
    expect(result.u).toBe(pairwiseU(canary, baseline));
    expect(result.probabilityCanaryHigher).toBe(pairwiseU(canary, baseline) / 30);
  });

  it('gives the same p-value with the samples swapped, and the complementary U', () => {
    const canary = [1.5, 2.5, 2.5, 7, 8, 9, 10];
    const baseline = [0.5, 1, 2.5, 3, 4];
    const forward = mannWhitneyU(canary, baseline)!;
    const backward = mannWhitneyU(baseline, canary)!;
    expect(backward.u).toBe(35 - forward.u);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
  });

  it('does not test when either sample is empty', () => {
    expect(mannWhitneyU([], [1, 2, 3])).toBeNull();
    expect(mannWhitneyU([1, 2, 3], [])).toBeNull();
  });

  it('finds no shift, p = 1, when every value is the same', () => {
    const result = mannWhitneyU([0, 0, 0, 0], [0, 0, 0])!;
    expect(result.u).toBe(6);
    expect(result.pValue).toBe(1);
    expect(result.sigma).toBe(0);
    expect(result.probabilityCanaryHigher).toBe(0.5);
  });

  it('refuses NaN and infinities, which have no rank', () => {
    expect(() => mannWhitneyU([1, Number.NaN], [1, 2])).toThrow(/non-finite/);
    expect(() => mannWhitneyU([1, 2], [Number.POSITIVE_INFINITY])).toThrow(/baseline/);
  });
});
