import type { DataPoint } from '../aws/cloudwatch.js';
import type { MetricCheck } from './checks.js';
import type { CheckResult } from './result.js';
import type { Series } from './series.js';
import { meetsThreshold } from './threshold.js';

/**
 * Judges one threshold check from its series. No datapoints is never a pass; while the gate is
 * warming up (no period could have been delivered yet) it is not a verdict at all.
 */
export function evaluateMetricCheck(
  check: MetricCheck,
  series: Series | undefined,
  options: { readonly warmingUp?: boolean } = {},
): CheckResult {
  const points = series?.points ?? [];
  const base = {
    id: check.id,
    kind: 'metric' as const,
    expected: check.threshold.text,
  };
  const evidence = { kind: 'metric' as const, query: series?.query ?? '', points };
  if (points.length === 0 && options.warmingUp && !series?.error) {
    return {
      ...base,
      status: 'inconclusive',
      observed: 'no data yet',
      reason: 'warming up: no complete period since the release took traffic has been delivered yet.',
      evidence,
      warmingUp: true,
    };
  }
  if (points.length === 0) {
    const status = check.mustHaveData ? 'fail' : 'inconclusive';
    return {
      ...base,
      status,
      observed: 'no data',
      reason: series?.error
        ? `${series.error}; a metric CloudWatch could not read is never a pass.`
        : `no datapoints in the last ${check.lookbackSeconds}s${check.mustHaveData ? ' (must-have-data is set)' : ''}; a metric without data is never a pass.`,
      evidence,
    };
  }
  const value = reduce(points, check.reduce);
  const ok = meetsThreshold(value, check.threshold);
  const shown = formatNumber(value);
  const note = series?.note ? ` ${series.note}` : '';
  return {
    ...base,
    status: ok ? 'pass' : 'fail',
    observed: shown,
    reason: `${check.reduce} of ${points.length} datapoints is ${shown}, ${ok ? 'within' : 'outside'} ${check.threshold.text}.${note}`,
    evidence: { ...evidence, value },
  };
}

export function reduce(points: readonly DataPoint[], how: MetricCheck['reduce']): number {
  const values = points.map((p) => p.value);
  switch (how) {
    case 'latest':
      return values[values.length - 1] ?? NaN;
    case 'max':
      return Math.max(...values);
    case 'min':
      return Math.min(...values);
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'average':
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}

/** Up to four significant digits, without exponent noise for everyday magnitudes. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e9) return String(Number(value.toPrecision(4)));
  return value.toExponential(3);
}
