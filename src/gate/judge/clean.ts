/**
 * Data cleaning before a metric is judged, and the order statistics the judge reports.
 */

/** A series after cleaning, sorted ascending, with what was removed. */
export interface CleanSeries {
  readonly sorted: Float64Array;
  /** NaN and ±Infinity dropped: CloudWatch gaps and divisions by zero in ratio metrics. */
  readonly nonFinite: number;
  /** Points removed by the optional IQR filter. */
  readonly outliers: number;
}

/**
 * Multiple of the interquartile range beyond the quartiles at which a point counts as an
 * outlier: Tukey's fences.
 */
export const IQR_FENCE = 1.5;

/**
 * Drops non-finite values and, when asked, outliers outside Tukey's fences
 * [Q1 − 1.5·IQR, Q3 + 1.5·IQR] computed on this series alone.
 *
 * The IQR filter is off by default (Kayenta makes it optional too): the Mann–Whitney test and
 * the Hodges–Lehmann estimate are rank-based and already robust to a few wild points, while
 * removing points hides real regressions that show up as a heavier tail. When the IQR is 0 —
 * typical of error rates that are mostly 0 — the filter is skipped, because the fences would
 * then remove every point that is not the most common value, which is exactly the signal.
 */
export function cleanSeries(values: readonly number[], removeOutliers: boolean): CleanSeries {
  const finite = values.filter((v) => Number.isFinite(v));
  const sorted = Float64Array.from(finite).sort();
  const nonFinite = values.length - finite.length;
  if (!removeOutliers || sorted.length < 4) return { sorted, nonFinite, outliers: 0 };
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const iqr = q3 - q1;
  if (!(iqr > 0)) return { sorted, nonFinite, outliers: 0 };
  const kept = sorted.filter((v) => v >= q1 - IQR_FENCE * iqr && v <= q3 + IQR_FENCE * iqr);
  return { sorted: kept, nonFinite, outliers: sorted.length - kept.length };
}

/**
 * Quantile of an ascending, non-empty sample by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy).
 */
export function quantileSorted(sorted: Float64Array, probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const lowValue = sorted[below]!;
  return lowValue + (position - below) * (sorted[above]! - lowValue);
}

/** Arithmetic mean of a non-empty sample. */
export function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
