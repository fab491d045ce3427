/**
 * Judges one metric of a canary against a fresh baseline, as Kayenta's Mann–Whitney classifier
 * does: a shift is a regression only when the whole confidence interval of the Hodges–Lehmann
 * shift lies beyond the tolerance, so significance alone (a tiny but certain shift) never fails
 * a canary, and neither does a large but uncertain one.
 */
import { cleanSeries, mean, quantileSorted, type CleanSeries } from './clean.js';
import { DEFAULT_CONFIDENCE, hodgesLehmannSorted } from './hodges-lehmann.js';
import { mannWhitneyUSorted, type UMethod } from './mann-whitney.js';
import { explainNoData, explainShift, explainUnreachable } from './reason.js';

/** Which change is bad: `increase` (latency, errors), `decrease` (throughput), `either`. */
export type Direction = 'increase' | 'decrease' | 'either';

/**
 * `High` / `Low`: the canary is surely above / below the baseline by more than the tolerance.
 * `Pass`: it is not (which includes "cannot tell"). `NoData`: too few points to judge.
 */
export type Classification = 'Pass' | 'High' | 'Low' | 'NoData';

/** Fewest points per side that are judged when the metric does not say. */
export const DEFAULT_MIN_POINTS = 10;

/** One metric's two series and how to judge them. */
export interface MetricInput {
  readonly id: string;
  /** Group for weighting in the score (default: the id). */
  readonly group?: string;
  readonly canary: readonly number[];
  readonly baseline: readonly number[];
  readonly direction: Direction;
  /** Allowed shift as a fraction of the baseline level (0.25 is 25 %). */
  readonly tolerance: number;
  /** No data fails this metric instead of leaving it out of the score. */
  readonly mustHaveData: boolean;
  /** A failure of this metric fails the whole comparison, whatever the score. */
  readonly critical: boolean;
  /** Confidence of the shift's interval (default 0.98). */
  readonly confidence?: number;
  /** Fewest finite points each side needs to be judged (default {@link DEFAULT_MIN_POINTS}). */
  readonly minPoints?: number;
  /** Drop points outside Tukey's IQR fences before judging (default false; see cleanSeries). */
  readonly removeOutliers?: boolean;
}

/** One side's data as judged. */
export interface SeriesSummary {
  /** Points judged, after cleaning. */
  readonly points: number;
  /** NaN and infinite values dropped. */
  readonly nonFinite: number;
  /** Points dropped by the IQR filter. */
  readonly outliers: number;
  /** Null when no point is left. */
  readonly median: number | null;
  readonly mean: number | null;
}

/**
 * What the shift is measured against: the baseline's |median|; its mean absolute value when the
 * median is 0 but the baseline is not all zeros; nothing when every baseline point is 0.
 */
export type LevelBasis = 'median' | 'mean-absolute' | 'all-zero';

/** Shift canary − baseline with its confidence interval. */
export interface ShiftSummary {
  /** Hodges–Lehmann estimate, in the metric's unit. */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /** The same, as fractions of the baseline level; null when the level is 0 (all-zero baseline). */
  readonly relative: { readonly estimate: number; readonly lower: number; readonly upper: number } | null;
  readonly level: number;
  readonly levelBasis: LevelBasis;
  /** Confidence the interval really has (order statistics move in steps). */
  readonly achievedConfidence: number;
  readonly method: UMethod;
}

/** The Mann–Whitney test, reported for explanation; the classification uses the interval. */
export interface TestSummary {
  readonly u: number;
  readonly pValue: number;
  /** Chance a canary point exceeds a baseline point (ties half); 0.5 is no shift. */
  readonly probabilityCanaryHigher: number;
  readonly method: UMethod;
}

/** The verdict on one metric, with everything needed to explain it. */
export interface MetricJudgement {
  readonly id: string;
  readonly group: string;
  readonly classification: Classification;
  /** True for a classification that `direction` counts as bad, and for NoData with mustHaveData. */
  readonly failed: boolean;
  readonly direction: Direction;
  readonly tolerance: number;
  readonly confidence: number;
  readonly minPoints: number;
  readonly critical: boolean;
  readonly mustHaveData: boolean;
  readonly canary: SeriesSummary;
  readonly baseline: SeriesSummary;
  /** Null for NoData. */
  readonly shift: ShiftSummary | null;
  /** Null when a side has no point at all. */
  readonly test: TestSummary | null;
  /** One sentence for humans. */
  readonly reason: string;
}

/**
 * Judges one metric. Steps, in order:
 * 1. Cleaning: non-finite values are dropped; the IQR outlier filter runs only if asked.
 * 2. NoData when either side has fewer than `minPoints` points, or when the samples are too small
 *    for any interval of the pairwise differences to reach `confidence` (below 5 a side at 98 %).
 * 3. The shift's interval [lower, upper] is divided by the baseline level (see {@link LevelBasis}):
 *    High when lower / level > tolerance, Low when upper / level < −tolerance, else Pass. With an
 *    all-zero baseline there is no level to scale the tolerance by; then High when lower > 0 and
 *    Low when upper < 0: any sure increase over a baseline that never left 0 is beyond tolerance.
 * 4. `failed`: High fails unless direction is `decrease`; Low fails unless it is `increase`.
 */
export function judgeMetric(input: MetricInput): MetricJudgement {
  const settings = validate(input);
  const canary = cleanSeries(input.canary, input.removeOutliers ?? false);
  const baseline = cleanSeries(input.baseline, input.removeOutliers ?? false);
  const test = mannWhitneyUSorted(canary.sorted, baseline.sorted);
  const common = {
    id: input.id,
    group: input.group ?? input.id,
    direction: input.direction,
    tolerance: input.tolerance,
    confidence: settings.confidence,
    minPoints: settings.minPoints,
    critical: input.critical,
    mustHaveData: input.mustHaveData,
    canary: summarise(canary),
    baseline: summarise(baseline),
    test: test && {
      u: test.u,
      pValue: test.pValue,
      probabilityCanaryHigher: test.probabilityCanaryHigher,
      method: test.method,
    },
  };
  const noData = (reason: string): MetricJudgement => ({
    ...common,
    classification: 'NoData',
    failed: input.mustHaveData,
    shift: null,
    reason,
  });

  if (canary.sorted.length < settings.minPoints || baseline.sorted.length < settings.minPoints) {
    return noData(explainNoData(common));
  }
  const hl = hodgesLehmannSorted(canary.sorted, baseline.sorted, settings.confidence);
  if (!hl.confidenceReachable) return noData(explainUnreachable(common));

  const { level, levelBasis } = baselineLevel(baseline.sorted);
  const relative =
    level > 0 ? { estimate: hl.estimate / level, lower: hl.lower / level, upper: hl.upper / level } : null;
  const high = relative ? relative.lower > input.tolerance : hl.lower > 0;
  const low = relative ? relative.upper < -input.tolerance : hl.upper < 0;
  const classification: Classification = high ? 'High' : low ? 'Low' : 'Pass';
  const shift: ShiftSummary = {
    estimate: hl.estimate,
    lower: hl.lower,
    upper: hl.upper,
    relative,
    level,
    levelBasis,
    achievedConfidence: hl.achievedConfidence,
    method: hl.method,
  };
  const failed = isFailure(classification, input.direction);
  return { ...common, classification, failed, shift, reason: explainShift(common, classification, failed, shift) };
}

/** Whether `direction` counts this classification as a regression. */
export function isFailure(classification: Exclude<Classification, 'NoData'>, direction: Direction): boolean {
  if (classification === 'High') return direction !== 'decrease';
  if (classification === 'Low') return direction !== 'increase';
  return false;
}

/**
 * The baseline level the tolerance is a fraction of. The median is the level Kayenta uses. When
 * it is 0 but the baseline is not all zeros (sparse errors, or a signed metric centred on 0) the
 * mean absolute value is a level that still scales with the data, so the tolerance keeps its
 * meaning; falling straight back to "any sure shift fails" would there fail canaries for shifts
 * that are certain but tiny. Only an all-zero baseline has no scale at all.
 */
function baselineLevel(sorted: Float64Array): { level: number; levelBasis: LevelBasis } {
  const median = quantileSorted(sorted, 0.5);
  if (median !== 0) return { level: Math.abs(median), levelBasis: 'median' };
  const meanAbsolute = mean(sorted.map(Math.abs));
  if (meanAbsolute > 0) return { level: meanAbsolute, levelBasis: 'mean-absolute' };
  return { level: 0, levelBasis: 'all-zero' };
}

function summarise(series: CleanSeries): SeriesSummary {
  const empty = series.sorted.length === 0;
  return {
    points: series.sorted.length,
    nonFinite: series.nonFinite,
    outliers: series.outliers,
    median: empty ? null : quantileSorted(series.sorted, 0.5),
    mean: empty ? null : mean(series.sorted),
  };
}

function validate(input: MetricInput): { confidence: number; minPoints: number } {
  const problems: string[] = [];
  const confidence = input.confidence ?? DEFAULT_CONFIDENCE;
  const minPoints = input.minPoints ?? DEFAULT_MIN_POINTS;
  if (!(Number.isFinite(input.tolerance) && input.tolerance >= 0)) {
    problems.push(`tolerance must be a fraction ≥ 0 (0.25 is 25 %), got ${input.tolerance}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    problems.push(`confidence must be between 0 and 1 (0.98 is 98 %), got ${confidence}`);
  }
  if (!(Number.isInteger(minPoints) && minPoints >= 1)) {
    problems.push(`minPoints must be a whole number ≥ 1, got ${minPoints}`);
  }
  if (problems.length > 0) throw new RangeError(`Metric '${input.id}': ${problems.join('; ')}.`);
  return { confidence, minPoints };
}
