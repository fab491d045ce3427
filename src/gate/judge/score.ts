/**
 * Kayenta-style scoring of a canary from its metric judgements: per group, the share of scored
 * metrics that did not fail, then a weighted mean over groups, compared with two thresholds.
 */
import type { MetricJudgement } from './classify.js';

/** `inconclusive` goes to a human; it is never a pass. */
export type Verdict = 'pass' | 'marginal' | 'fail' | 'inconclusive';

/** Score at or above which the canary passes, when not given. */
export const DEFAULT_PASS_THRESHOLD = 95;
/** Score below which the canary fails, when not given. */
export const DEFAULT_MARGINAL_THRESHOLD = 75;

export interface ScoreOptions {
  /** Pass threshold, 0–100 (default 95). */
  readonly pass?: number;
  /** Marginal threshold, 0–100, at most `pass` (default 75). */
  readonly marginal?: number;
  /**
   * Weight per group. Empty or absent: every group weighs the same. When given it must name
   * every group that is judged, so that a typo cannot silently drop a group from the score.
   */
  readonly groupWeights?: Readonly<Record<string, number>>;
}

/** One group's part of the score. */
export interface GroupScore {
  readonly group: string;
  readonly weight: number;
  /** 0–100; null when none of its metrics could be scored. */
  readonly score: number | null;
  readonly passed: readonly string[];
  readonly failed: readonly string[];
  readonly notScored: readonly string[];
}

export interface ScoreResult {
  /** 0–100 rounded to 2 decimals; 0 after a critical failure; null when nothing was scored. */
  readonly score: number | null;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly thresholds: { readonly pass: number; readonly marginal: number };
  readonly groups: readonly GroupScore[];
  /** Ids of failed metrics, including NoData with mustHaveData. */
  readonly failed: readonly string[];
  /** Ids of critical metrics that failed. */
  readonly criticalFailures: readonly string[];
  /** Ids of metrics left out: NoData without mustHaveData. */
  readonly notScored: readonly string[];
}

/**
 * Scores judged metrics. A metric is scored unless it is NoData without mustHaveData; a scored
 * metric counts as passed unless it `failed` (so High on a `decrease`-only metric passes). Group
 * score = passed / scored × 100; the total is the weighted mean over groups with a scored metric.
 * Verdict: any failed critical metric → score 0, `fail`; nothing scored → `inconclusive`;
 * score ≥ pass → `pass`; score ≥ marginal → `marginal`; else `fail`.
 */
export function scoreJudgements(judgements: readonly MetricJudgement[], options: ScoreOptions = {}): ScoreResult {
  const thresholds = validateThresholds(options);
  const groups = scoreGroups(judgements, options.groupWeights ?? {});
  const failed = judgements.filter((j) => j.failed).map((j) => j.id);
  const criticalFailures = judgements.filter((j) => j.failed && j.critical).map((j) => j.id);
  const notScored = judgements.filter((j) => !isScored(j)).map((j) => j.id);
  const base = { thresholds, groups, failed, criticalFailures, notScored };
  const leftOut = notScored.length > 0 ? `; not scored for lack of data: ${notScored.join(', ')}` : '';

  if (criticalFailures.length > 0) {
    const reasons = judgements.filter((j) => j.failed && j.critical).map((j) => j.reason);
    const which = criticalFailures.length === 1 ? 'critical metric' : 'critical metrics';
    return {
      ...base,
      score: 0,
      verdict: 'fail',
      reason: `${which} ${criticalFailures.join(', ')} failed: ${reasons.join('; ')}`,
    };
  }

  const weighted = groups.filter((g) => g.score !== null && g.weight > 0);
  const totalWeight = weighted.reduce((sum, g) => sum + g.weight, 0);
  if (weighted.length === 0 || !(totalWeight > 0)) {
    const why =
      judgements.length === 0
        ? 'no metric was judged'
        : groups.some((g) => g.score !== null)
          ? 'every group with a scored metric has weight 0'
          : `no metric could be scored: ${judgements.map((j) => `${j.id} (${j.reason})`).join('; ')}`;
    return { ...base, score: null, verdict: 'inconclusive', reason: why };
  }

  const raw = weighted.reduce((sum, g) => sum + g.weight * (g.score ?? 0), 0) / totalWeight;
  // Rounded so that a score of exactly 95 is not lost to floating-point noise (94.99999999).
  const score = Math.round(raw * 100) / 100;
  const scored = judgements.length - notScored.length;
  const tally = `${scored - failed.length} of ${scored} scored metrics passed`;
  const failures = failed.length > 0 ? `; failed: ${failed.join(', ')}` : '';
  const details = `${tally}${failures}${leftOut}`;
  if (score >= thresholds.pass) {
    return { ...base, score, verdict: 'pass', reason: `score ${score} reaches pass ${thresholds.pass}: ${details}` };
  }
  if (score >= thresholds.marginal) {
    const reason = `score ${score} is below pass ${thresholds.pass} but reaches marginal ${thresholds.marginal}: ${details}`;
    return { ...base, score, verdict: 'marginal', reason };
  }
  return {
    ...base,
    score,
    verdict: 'fail',
    reason: `score ${score} is below marginal ${thresholds.marginal}: ${details}`,
  };
}

function isScored(judgement: MetricJudgement): boolean {
  return judgement.classification !== 'NoData' || judgement.mustHaveData;
}

function scoreGroups(judgements: readonly MetricJudgement[], weights: Readonly<Record<string, number>>): GroupScore[] {
  const names = [...new Set(judgements.map((j) => j.group))];
  const explicit = Object.keys(weights).length > 0;
  const problems: string[] = [];
  for (const [group, weight] of Object.entries(weights)) {
    if (!(Number.isFinite(weight) && weight >= 0)) problems.push(`group '${group}' has weight ${weight}`);
  }
  const missing = explicit ? names.filter((name) => !Object.hasOwn(weights, name)) : [];
  if (missing.length > 0) {
    problems.push(
      `no weight for group ${missing.map((m) => `'${m}'`).join(', ')} (weighted: ${Object.keys(weights).join(', ')})`,
    );
  }
  if (problems.length > 0) {
    throw new RangeError(`Invalid group weights: ${problems.join('; ')}. Weights must be finite numbers ≥ 0.`);
  }

  return names.map((group) => {
    const members = judgements.filter((j) => j.group === group);
    const scored = members.filter(isScored);
    const passed = scored.filter((j) => !j.failed).map((j) => j.id);
    return {
      group,
      weight: explicit ? (weights[group] ?? 0) : 1,
      score: scored.length === 0 ? null : (passed.length * 100) / scored.length,
      passed,
      failed: scored.filter((j) => j.failed).map((j) => j.id),
      notScored: members.filter((j) => !isScored(j)).map((j) => j.id),
    };
  });
}

function validateThresholds(options: ScoreOptions): { pass: number; marginal: number } {
  const pass = options.pass ?? DEFAULT_PASS_THRESHOLD;
  const marginal = options.marginal ?? DEFAULT_MARGINAL_THRESHOLD;
  if (!(marginal >= 0 && marginal <= pass && pass <= 100)) {
    throw new RangeError(
      `Thresholds must satisfy 0 ≤ marginal ≤ pass ≤ 100, got marginal ${marginal} and pass ${pass}.`,
    );
  }
  return { pass, marginal };
}
