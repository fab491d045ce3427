/**
 * The statistical judge of the health gate: compares a canary's metric series with a fresh
 * baseline's (Mann–Whitney U test, Hodges–Lehmann shift interval) and scores the canary the way
 * Kayenta does. Pure functions: no I/O, no clock.
 */
export {
  DEFAULT_MIN_POINTS,
  judgeMetric,
  type Classification,
  type Direction,
  type LevelBasis,
  type MetricInput,
  type MetricJudgement,
  type SeriesSummary,
  type ShiftSummary,
  type TestSummary,
} from './classify.js';
export {
  DEFAULT_MARGINAL_THRESHOLD,
  DEFAULT_PASS_THRESHOLD,
  scoreJudgements,
  type GroupScore,
  type ScoreOptions,
  type ScoreResult,
  type Verdict,
} from './score.js';
export { DEFAULT_CONFIDENCE, hodgesLehmann, type ShiftEstimate } from './hodges-lehmann.js';
export { mannWhitneyU, type MannWhitneyResult, type UMethod } from './mann-whitney.js';
