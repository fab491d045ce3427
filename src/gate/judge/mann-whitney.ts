/**
 * Mann–Whitney U test (Wilcoxon rank-sum test) of a canary series against a baseline series.
 *
 * Conventions used throughout the judge: `canary` is the first sample (size n), `baseline` the
 * second (size m), and U is the canary's statistic, so a large U means the canary runs higher.
 *
 * Hot loops index typed arrays inside their bounds; the non-null assertions there only satisfy
 * `noUncheckedIndexedAccess`.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/**
 * Largest size of either sample for which the exact null distribution of U is used. Up to 25
 * per side the number of rank assignments, C(50, 25) ≈ 1.3e14, is still an exact integer in a
 * double; beyond it the normal approximation is accurate to well under 0.001 in p.
 */
export const EXACT_MAX_SIZE = 25;

/** How a p-value (or an interval's rank) was obtained. */
export type UMethod = 'exact' | 'normal';

/** What a Mann–Whitney U test found. */
export interface MannWhitneyResult {
  /** Canary points. */
  readonly n: number;
  /** Baseline points. */
  readonly m: number;
  /** The canary's U: pairs where the canary point is higher, plus half of the tied pairs. */
  readonly u: number;
  /**
   * U / (n·m): the chance that a random canary point exceeds a random baseline point, ties
   * counting half. 0.5 means no shift either way.
   */
  readonly probabilityCanaryHigher: number;
  /** Two-sided p-value of "both samples come from the same distribution". */
  readonly pValue: number;
  /** `exact` when both samples have at most {@link EXACT_MAX_SIZE} points and no value repeats. */
  readonly method: UMethod;
  /** Whether any value occurs more than once in the combined sample. */
  readonly hasTies: boolean;
  /** Standard deviation of U under the null hypothesis, tie-corrected. */
  readonly sigma: number;
  /** Continuity-corrected z score of the normal method; null for the exact method. */
  readonly z: number | null;
}

/** U, the tie term and whether there are ties, from one merge of two ascending samples. */
export interface RankSummary {
  readonly u: number;
  /** Σ (t³ − t) over every group of t equal values in the combined sample. */
  readonly tieTerm: number;
  readonly hasTies: boolean;
}

/**
 * Ranks the combined sample with midranks for ties, in O(n + m) because both inputs are already
 * sorted ascending. Returns the canary's U = R_canary − n(n + 1)/2.
 */
export function rankSummary(canary: Float64Array, baseline: Float64Array): RankSummary {
  const n = canary.length;
  const m = baseline.length;
  let i = 0;
  let j = 0;
  let ranked = 0;
  let canaryRankSum = 0;
  let tieTerm = 0;
  while (i < n || j < m) {
    const value = j >= m || (i < n && canary[i]! <= baseline[j]!) ? canary[i]! : baseline[j]!;
    let fromCanary = 0;
    while (i < n && canary[i] === value) {
      fromCanary++;
      i++;
    }
    let fromBaseline = 0;
    while (j < m && baseline[j] === value) {
      fromBaseline++;
      j++;
    }
    const t = fromCanary + fromBaseline;
    // The t equal values occupy ranks ranked+1 … ranked+t; each gets their mean.
    canaryRankSum += fromCanary * (ranked + (t + 1) / 2);
    tieTerm += t * t * t - t;
    ranked += t;
  }
  return { u: canaryRankSum - (n * (n + 1)) / 2, tieTerm, hasTies: tieTerm > 0 };
}

/** Whether the exact distribution applies to samples of these sizes. */
export function useExactMethod(n: number, m: number, hasTies: boolean): boolean {
  // The exact distribution counts rank assignments of distinct values; with ties it is wrong.
  return !hasTies && n <= EXACT_MAX_SIZE && m <= EXACT_MAX_SIZE;
}

/**
 * Exact null distribution of U for sample sizes n and m without ties: element u is the number of
 * the C(n + m, n) equally likely rank assignments whose U equals u (u = 0 … n·m).
 *
 * The counts are the coefficients of the Gaussian binomial [n + m choose n]_q, built as
 * Π_{i=1..n} (1 − q^(m+i)) / (1 − q^i). Multiplying then dividing factor by factor keeps every
 * intermediate polynomial equal to [m + i choose i]_q, whose coefficients are integers, so the
 * counts are exact; O(n²m) instead of the O(n²m²) table of the textbook recursion.
 */
export function exactUCounts(n: number, m: number): Float64Array {
  if (!Number.isInteger(n) || !Number.isInteger(m) || n < 0 || m < 0) {
    throw new RangeError(`Sample sizes must be non-negative integers, got n=${n}, m=${m}.`);
  }
  const max = n * m;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let i = 1; i <= n; i++) {
    const factor = m + i;
    for (let k = max; k >= factor; k--) counts[k]! -= counts[k - factor]!;
    for (let k = i; k <= max; k++) counts[k]! += counts[k - i]!;
  }
  return counts;
}

/** Cumulative counts: element u is the number of rank assignments with U ≤ u. */
export function cumulative(counts: Float64Array): Float64Array {
  const out = new Float64Array(counts.length);
  let sum = 0;
  for (let u = 0; u < counts.length; u++) {
    sum += counts[u]!;
    out[u] = sum;
  }
  return out;
}

/**
 * Mann–Whitney U test of two samples that are already sorted ascending and hold only finite
 * numbers (the judge sorts once and shares the arrays with the Hodges–Lehmann estimator).
 * Returns null when either sample is empty: there is nothing to test.
 */
export function mannWhitneyUSorted(canary: Float64Array, baseline: Float64Array): MannWhitneyResult | null {
  const n = canary.length;
  const m = baseline.length;
  if (n === 0 || m === 0) return null;
  const { u, tieTerm, hasTies } = rankSummary(canary, baseline);
  const nm = n * m;
  const big = n + m;
  const variance = (nm / 12) * (big + 1 - tieTerm / (big * (big - 1)));
  const sigma = Math.sqrt(Math.max(variance, 0));
  const base = { n, m, u, probabilityCanaryHigher: u / nm, hasTies, sigma };

  if (useExactMethod(n, m, hasTies)) {
    const below = cumulative(exactUCounts(n, m));
    const total = below[nm]!;
    // Without ties U is an integer; P(U ≥ u) = 1 − P(U ≤ u − 1).
    const lower = below[u]! / total;
    const upper = (total - (u > 0 ? below[u - 1]! : 0)) / total;
    return { ...base, pValue: Math.min(1, 2 * Math.min(lower, upper)), method: 'exact', z: null };
  }

  // Every value equal: the samples cannot differ, and the variance is zero.
  if (!(sigma > 0)) return { ...base, pValue: 1, method: 'normal', z: 0 };
  // Continuity correction of ½ towards the mean, as R's wilcox.test(correct = TRUE) does: U moves
  // in steps of ½ or 1, and the correction keeps small-sample p-values from being too small.
  const distance = u - nm / 2;
  const corrected = distance - Math.sign(distance) * 0.5;
  const z = corrected / sigma;
  const pValue = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  return { ...base, pValue, method: 'normal', z };
}

/**
 * Mann–Whitney U test of a canary sample against a baseline sample: two-sided, exact for small
 * samples without ties, otherwise the normal approximation with tie and continuity correction.
 * Returns null when either sample is empty. Values must be finite.
 */
export function mannWhitneyU(canary: readonly number[], baseline: readonly number[]): MannWhitneyResult | null {
  return mannWhitneyUSorted(sortedFinite(canary, 'canary'), sortedFinite(baseline, 'baseline'));
}

/** A sorted copy, refusing NaN and infinities: they have no rank. */
export function sortedFinite(values: readonly number[], name: string): Float64Array {
  const sorted = Float64Array.from(values);
  for (const value of sorted) {
    if (!Number.isFinite(value)) {
      throw new RangeError(`The ${name} sample holds ${value}; drop non-finite values before testing.`);
    }
  }
  return sorted.sort();
}
