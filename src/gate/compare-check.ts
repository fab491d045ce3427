import type { CompareCheck } from './checks.js';
import { judgeMetric, scoreJudgements, type MetricJudgement } from './judge/index.js';
import { formatNumber } from './metric-check.js';
import type { CheckResult } from './result.js';
import type { Series } from './series.js';

/** A row of the comparison table, with the judge's full result for the JSON report. */
export interface CompareRow {
  readonly id: string;
  readonly classification: string;
  readonly canary: string;
  readonly baseline: string;
  readonly reason: string;
  readonly query: { readonly canary: string; readonly baseline: string };
  readonly judgement: MetricJudgement;
}

/**
 * Judges the canary against its baseline, metric by metric, and scores the result as Kayenta
 * does. Below `marginal` fails at any evaluation; between marginal and pass is tolerated until
 * the final evaluation, which must reach `pass`. Nothing scored is inconclusive, never a pass.
 */
export function judgeCompare(check: CompareCheck, series: ReadonlyMap<string, Series>, final: boolean): CheckResult {
  const rows = check.metrics.map((metric): CompareRow => {
    const canary = series.get(`compare:${metric.id}:canary`);
    const baseline = series.get(`compare:${metric.id}:baseline`);
    const judgement = judgeMetric({
      id: metric.id,
      group: metric.group,
      canary: (canary?.points ?? []).map((p) => p.value),
      baseline: (baseline?.points ?? []).map((p) => p.value),
      direction: metric.direction,
      tolerance: metric.tolerance,
      mustHaveData: metric.mustHaveData,
      critical: metric.critical,
    });
    return {
      id: metric.id,
      classification: judgement.failed ? `${judgement.classification} ❌` : judgement.classification,
      canary: describeSide(judgement.canary),
      baseline: describeSide(judgement.baseline),
      reason: judgement.reason,
      query: { canary: canary?.query ?? '', baseline: baseline?.query ?? '' },
      judgement,
    };
  });
  const score = scoreJudgements(
    rows.map((r) => r.judgement),
    { pass: check.pass, marginal: check.marginal, groupWeights: check.groupWeights },
  );
  const status =
    score.verdict === 'pass'
      ? 'pass'
      : score.verdict === 'inconclusive'
        ? 'inconclusive'
        : score.verdict === 'marginal' && !final
          ? 'pass'
          : 'fail';
  const tolerated =
    score.verdict === 'marginal' && !final
      ? ` Marginal is tolerated until the final evaluation, which must reach ${check.pass}.`
      : '';
  return {
    id: check.id,
    kind: 'compare',
    status,
    observed: score.score === null ? 'no data' : `score ${formatNumber(score.score)}`,
    expected: `≥ ${check.pass} (fails below ${check.marginal})`,
    reason: `${score.reason}${tolerated}`,
    evidence: { kind: 'compare', score: score.score ?? undefined, verdict: score.verdict, metrics: rows },
  };
}

function describeSide(side: MetricJudgement['canary']): string {
  return side.median === null
    ? `no data (${side.points} points)`
    : `median ${formatNumber(side.median)} (${side.points} points)`;
}
