/**
 * Hodges–Lehmann estimate of the shift between a canary and a baseline (the median of all n·m
 * pairwise differences canary_i − baseline_j) and its distribution-free confidence interval,
 * the pair of order statistics of those differences that inverts the Mann–Whitney test.
 *
 * The differences are never materialised: 1,000 points a side would be 10⁶ of them per metric.
 * Order statistics are selected from the two sorted samples instead (see
 * {@link selectDifferences}).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { cumulative, exactUCounts, rankSummary, sortedFinite, useExactMethod, type UMethod } from './mann-whitney.js';

/** Confidence of the interval when none is given, as Kayenta's judge uses. */
export const DEFAULT_CONFIDENCE = 0.98;

/** The estimated shift canary − baseline, in the metric's own unit. */
export interface ShiftEstimate {
  /** Hodges–Lehmann estimate: the median pairwise difference. */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** The confidence that was asked for. */
  readonly confidence: number;
  /**
   * The confidence the interval really has: order statistics move in discrete steps, so it is at
   * least the requested one, except when {@link confidenceReachable} is false.
   */
  readonly achievedConfidence: number;
  /** The interval is [k-th smallest, k-th largest] difference. */
  readonly rank: number;
  readonly method: UMethod;
  /**
   * False when the samples are so small that even the widest interval (smallest to largest
   * difference) falls short of the requested confidence. Such an interval proves nothing.
   */
  readonly confidenceReachable: boolean;
}

interface Probe {
  /** Differences ≤ d. */
  readonly count: number;
  /** The largest difference ≤ d (−Infinity when none). */
  readonly atOrBelow: number;
  /** The smallest difference > d (Infinity when none). */
  readonly above: number;
}

/**
 * Counts the differences x_i − y_j ≤ d in O(n + m) with two pointers. The differences are
 * compared as computed, fl(x_i − y_j), which is monotone in both arguments, so the count agrees
 * exactly with sorting the materialised differences.
 */
function probe(x: Float64Array, y: Float64Array, d: number): Probe {
  const n = x.length;
  const m = y.length;
  let count = 0;
  let atOrBelow = -Infinity;
  let above = Infinity;
  // p = first baseline index whose difference with the current canary point is ≤ d. Larger
  // canary points make every difference larger, so p never moves back.
  let p = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    while (p < m && xi - y[p]! > d) p++;
    count += m - p;
    if (p < m) atOrBelow = Math.max(atOrBelow, xi - y[p]!);
    if (p > 0) above = Math.min(above, xi - y[p - 1]!);
  }
  return { count, atOrBelow, above };
}

/**
 * Once this few candidate differences remain for a rank, they are collected and sorted: cheaper
 * than the several more counting passes that bisection would need to isolate one of them.
 */
const ENUMERATION_LIMIT = 256;

/** Every this many probes, bisect instead of interpolating: halving the range bounds the passes. */
const BISECTION_EVERY = 4;

/** What is known about one requested rank: its answer lies in [low, high]. */
interface Bracket {
  readonly rank: number;
  /** An actual difference; fewer than `rank` differences are below it (`belowLow` of them). */
  low: number;
  belowLow: number;
  /** An actual difference; at least `rank` differences are at or below it. */
  high: number;
  atOrBelowHigh: number;
}

/**
 * Order statistics (1-based ranks) of the n·m differences canary_i − baseline_j, from samples
 * sorted ascending, without building them. Each rank keeps a bracket [low, high] of actual
 * differences around its answer; a counting pass at a value d narrows it to the actual difference
 * on the side d falls, so every pass removes at least one candidate. The probe value is mostly
 * interpolated from the counts (every {@link BISECTION_EVERY}-th is a plain bisection, which
 * bounds the worst case), and when few candidates remain they are enumerated. Every pass narrows
 * the brackets of all ranks, which is why the median and the interval's ends are selected
 * together: for 1,000 points a side that takes about 15–25 passes of O(n + m).
 */
export function selectDifferences(canary: Float64Array, baseline: Float64Array, ranks: readonly number[]): number[] {
  const n = canary.length;
  const m = baseline.length;
  const brackets: Bracket[] = ranks.map((rank) => {
    if (!Number.isInteger(rank) || rank < 1 || rank > n * m) {
      throw new RangeError(`Ranks must be integers from 1 to ${n * m}, got ${rank}.`);
    }
    const low = canary[0]! - baseline[m - 1]!;
    const high = canary[n - 1]! - baseline[0]!;
    return { rank, low, belowLow: 0, high, atOrBelowHigh: n * m };
  });
  for (const bracket of brackets) {
    for (let step = 1; bracket.low < bracket.high; step++) {
      if (bracket.atOrBelowHigh - bracket.belowLow <= ENUMERATION_LIMIT) {
        bracket.low = bracket.high = enumerated(canary, baseline, bracket);
        break;
      }
      let mid = step % BISECTION_EVERY === 0 ? bracket.low / 2 + bracket.high / 2 : interpolated(bracket, step);
      // Adjacent doubles (or rounding) can put mid outside [low, high); probing low still shrinks.
      if (!(mid >= bracket.low && mid < bracket.high)) mid = bracket.low;
      const found = probe(canary, baseline, mid);
      for (const other of brackets) narrow(other, found);
    }
  }
  return brackets.map((bracket) => bracket.high);
}

/**
 * Where the rank would fall if the differences in the bracket were evenly spread, aimed a little
 * (1/128 of the candidates) past it on alternating sides: plain interpolation (regula falsi)
 * tends to move one end of the bracket only, leaving the other far away.
 */
function interpolated(bracket: Bracket, step: number): number {
  const candidates = bracket.atOrBelowHigh - bracket.belowLow;
  const overshoot = ((step % 2 === 0 ? 1 : -1) * candidates) / 128;
  const share = (bracket.rank - bracket.belowLow - 0.5 + overshoot) / candidates;
  return bracket.low + (bracket.high - bracket.low) * Math.min(1, Math.max(0, share));
}

function narrow(bracket: Bracket, found: Probe): void {
  if (found.count >= bracket.rank) {
    if (found.atOrBelow < bracket.high) {
      bracket.high = found.atOrBelow;
      bracket.atOrBelowHigh = found.count;
    }
  } else if (found.above > bracket.low) {
    bracket.low = found.above;
    bracket.belowLow = found.count;
  }
}

/** The k-th smallest (1-based) of the n·m differences canary_i − baseline_j; see selectDifferences. */
export function kthSmallestDifference(canary: Float64Array, baseline: Float64Array, k: number): number {
  return selectDifferences(canary, baseline, [k])[0]!;
}

/** The answer of a bracket with few candidates: collect the differences in [low, high], sort. */
function enumerated(x: Float64Array, y: Float64Array, bracket: Bracket): number {
  const candidates = new Float64Array(bracket.atOrBelowHigh - bracket.belowLow);
  let filled = 0;
  // Per row, the differences in [low, high] are the columns from the first one ≤ high up to
  // (excluding) the first one < low; both boundaries only move right as the rows go up.
  let fromColumn = 0;
  let toColumn = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    while (fromColumn < y.length && xi - y[fromColumn]! > bracket.high) fromColumn++;
    if (toColumn < fromColumn) toColumn = fromColumn;
    while (toColumn < y.length && xi - y[toColumn]! >= bracket.low) toColumn++;
    for (let j = fromColumn; j < toColumn; j++) candidates[filled++] = xi - y[j]!;
  }
  return candidates.sort()[bracket.rank - bracket.belowLow - 1]!;
}

/** Median of the pairwise differences: the Hodges–Lehmann shift estimate. */
export function medianDifference(canary: Float64Array, baseline: Float64Array): number {
  const [lowerMiddle, upperMiddle] = selectDifferences(canary, baseline, middleRanks(canary.length * baseline.length));
  return (lowerMiddle! + upperMiddle!) / 2;
}

/** The rank of the median, twice when the count is odd, else the two middle ranks. */
function middleRanks(total: number): [number, number] {
  const half = Math.floor(total / 2);
  return total % 2 === 1 ? [half + 1, half + 1] : [half, half + 1];
}

interface IntervalRank {
  readonly rank: number;
  readonly achievedConfidence: number;
  readonly reachable: boolean;
}

/**
 * The rank k of the interval [D(k), D(nm + 1 − k)], whose coverage is 1 − 2·P(U ≤ k − 1) under
 * the null distribution of U: the largest k with P(U ≤ k − 1) ≤ (1 − confidence)/2.
 */
function intervalRank(n: number, m: number, confidence: number, method: UMethod): IntervalRank {
  const tail = (1 - confidence) / 2;
  const nm = n * m;
  if (method === 'exact') {
    const below = cumulative(exactUCounts(n, m));
    const total = below[nm]!;
    let k = 0;
    while (k < nm && below[k]! / total <= tail) k++;
    // k is now the count of u values with P(U ≤ u) ≤ tail, i.e. the largest admissible rank.
    if (k === 0) return { rank: 1, achievedConfidence: 1 - (2 * below[0]!) / total, reachable: false };
    return { rank: k, achievedConfidence: 1 - (2 * below[k - 1]!) / total, reachable: true };
  }
  // Normal approximation of the same rule, with a continuity correction of ½. σ is the no-ties
  // value: the interval inverts the test at every candidate shift, where the ties seen at shift 0
  // mostly no longer exist, and the larger σ errs towards a wider, more cautious interval.
  const sigma = Math.sqrt((nm * (n + m + 1)) / 12);
  const z = normalQuantile(1 - tail, 0, 1);
  const k = Math.floor(nm / 2 + 0.5 - z * sigma);
  const rank = Math.max(1, k);
  const achievedConfidence = 1 - 2 * normalCdf((rank - 0.5 - nm / 2) / sigma, 0, 1);
  return { rank, achievedConfidence, reachable: k >= 1 };
}

/**
 * Hodges–Lehmann shift estimate and confidence interval from samples sorted ascending, finite,
 * and not empty. The interval's rank comes from the exact distribution of U when the test would
 * use it (small samples, no ties), else from the normal approximation.
 */
export function hodgesLehmannSorted(
  canary: Float64Array,
  baseline: Float64Array,
  confidence: number = DEFAULT_CONFIDENCE,
): ShiftEstimate {
  const n = canary.length;
  const m = baseline.length;
  if (n === 0 || m === 0) throw new RangeError('The Hodges–Lehmann estimate needs at least one point per sample.');
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be between 0 and 1 (0.98 is 98 %), got ${confidence}.`);
  }
  const method: UMethod = useExactMethod(n, m, rankSummary(canary, baseline).hasTies) ? 'exact' : 'normal';
  const { rank, achievedConfidence, reachable } = intervalRank(n, m, confidence, method);
  const [middle, lower, upper, otherMiddle] = selectDifferences(canary, baseline, [
    middleRanks(n * m)[0],
    rank,
    n * m + 1 - rank,
    middleRanks(n * m)[1],
  ]);
  return {
    estimate: (middle! + otherMiddle!) / 2,
    lower: lower!,
    upper: upper!,
    confidence,
    achievedConfidence,
    rank,
    method,
    confidenceReachable: reachable,
  };
}

/**
 * Hodges–Lehmann estimate of the shift canary − baseline with its confidence interval (default
 * 98 %). Returns null when either sample is empty. Values must be finite.
 */
export function hodgesLehmann(
  canary: readonly number[],
  baseline: readonly number[],
  confidence: number = DEFAULT_CONFIDENCE,
): ShiftEstimate | null {
  if (canary.length === 0 || baseline.length === 0) return null;
  return hodgesLehmannSorted(sortedFinite(canary, 'canary'), sortedFinite(baseline, 'baseline'), confidence);
}
