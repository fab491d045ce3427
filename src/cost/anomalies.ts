import type { AwsAnomaly, DailyCost } from '../aws/cost-explorer.js';

/** Days of history each day is compared with. */
export const BASELINE_DAYS = 14;
/** Fewer complete days than this and no group is scored: a median of three days says little. */
export const MIN_BASELINE_DAYS = 7;
/** 1.4826 × MAD estimates the standard deviation of normally distributed data. */
const MAD_TO_SIGMA = 1.4826;

export interface Anomaly {
  /** The group's display name (a service, or a tag value). */
  readonly group: string;
  readonly date?: string;
  /** Which detector found it: ours, AWS Cost Anomaly Detection, or both. */
  readonly sources: readonly ('own' | 'aws')[];
  readonly costUsd?: number;
  readonly medianUsd?: number;
  /** Robust score: (cost - median) / (1.4826 × MAD), with a floor on the scale. */
  readonly score?: number;
  readonly increaseUsd: number;
  readonly awsAnomalyId?: string;
  readonly awsScore?: number;
  readonly rootCauses: readonly string[];
}

export interface AnomalyScan {
  /** The newest complete day, the one scored; undefined when there is none. */
  readonly scoredDate?: string;
  readonly baselineDays: number;
  /** Days left out because Cost Explorer marked them estimated, or the day is still in progress. */
  readonly excludedDays: readonly string[];
  readonly anomalies: readonly Anomaly[];
  readonly note?: string;
}

export interface AnomalyOptions {
  readonly minScore: number;
  readonly minIncreaseUsd: number;
}

/**
 * Scores the newest complete day of each group against the median of the fourteen complete days
 * before it. Days still in progress or marked estimated are left out of both: a half-billed day
 * would read as a drop, and a late-billed one as a spike. The scale has a floor (5 % of the
 * median, at least a cent) so that a perfectly flat history does not turn a few cents into an
 * infinite score; the increase must also reach `minIncreaseUsd` to matter.
 */
export function scanForAnomalies(days: readonly DailyCost[], today: string, options: AnomalyOptions): AnomalyScan {
  const excludedDays = days.filter((d) => d.date >= today || d.estimated).map((d) => d.date);
  const complete = days.filter((d) => d.date < today && !d.estimated);
  const scored = complete[complete.length - 1];
  if (!scored) return { baselineDays: 0, excludedDays, anomalies: [], note: 'no complete day of cost data yet' };
  const baseline = complete.slice(0, -1).slice(-BASELINE_DAYS);
  if (baseline.length < MIN_BASELINE_DAYS) {
    return {
      scoredDate: scored.date,
      baselineDays: baseline.length,
      excludedDays,
      anomalies: [],
      note: `only ${baseline.length} complete days of history; at least ${MIN_BASELINE_DAYS} are needed to score`,
    };
  }
  const groups = new Set<string>([...scored.byGroup.keys(), ...baseline.flatMap((d) => [...d.byGroup.keys()])]);
  const anomalies: Anomaly[] = [];
  for (const group of groups) {
    // Cost Explorer leaves out a group on a day it cost nothing.
    const history = baseline.map((d) => d.byGroup.get(group) ?? 0);
    const cost = scored.byGroup.get(group) ?? 0;
    const { score, median } = robustScore(cost, history);
    const increaseUsd = cost - median;
    if (score >= options.minScore && increaseUsd >= options.minIncreaseUsd) {
      anomalies.push({
        group,
        date: scored.date,
        sources: ['own'],
        costUsd: cost,
        medianUsd: median,
        score,
        increaseUsd,
        rootCauses: [],
      });
    }
  }
  anomalies.sort((a, b) => b.increaseUsd - a.increaseUsd);
  return { scoredDate: scored.date, baselineDays: baseline.length, excludedDays, anomalies };
}

/** The robust score of `value` against `history` and the history's median. */
export function robustScore(value: number, history: readonly number[]): { score: number; median: number } {
  const med = median(history);
  const mad = median(history.map((v) => Math.abs(v - med)));
  const scale = Math.max(MAD_TO_SIGMA * mad, 0.05 * Math.abs(med), 0.01);
  return { score: (value - med) / scale, median: med };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Adds AWS's anomalies to ours: one that names the same service (as its monitored dimension or
 * a root cause) enriches our entry with its root causes; any other is listed on its own, so an
 * anomaly AWS found is shown even when its SNS subscription is broken.
 */
export function mergeAwsAnomalies(own: readonly Anomaly[], aws: readonly AwsAnomaly[]): Anomaly[] {
  const merged = own.map((a) => ({ ...a, sources: [...a.sources], rootCauses: [...a.rootCauses] }));
  for (const anomaly of aws) {
    const causes = anomaly.rootCauses.map((cause) =>
      [cause.service, cause.region, cause.usageType, cause.linkedAccount && `account ${cause.linkedAccount}`]
        .filter(Boolean)
        .join(' / '),
    );
    const services = new Set(
      [anomaly.dimensionValue, ...anomaly.rootCauses.map((c) => c.service)].filter((s): s is string => !!s),
    );
    const match = merged.find((a) => services.has(a.group) && !a.awsAnomalyId);
    if (match) {
      match.sources.push('aws');
      match.rootCauses.push(...causes);
      Object.assign(match, { awsAnomalyId: anomaly.id, awsScore: anomaly.maxScore });
    } else {
      merged.push({
        group: anomaly.rootCauses[0]?.service ?? anomaly.dimensionValue ?? 'unknown',
        date: anomaly.startDate?.slice(0, 10),
        sources: ['aws'],
        increaseUsd: anomaly.totalImpactUsd,
        awsAnomalyId: anomaly.id,
        awsScore: anomaly.maxScore,
        rootCauses: causes,
      });
    }
  }
  return merged;
}

/** A key that stays the same while the anomaly is the same, so it is announced once. */
export function anomalyKey(anomaly: Anomaly): string {
  return anomaly.awsAnomalyId
    ? `aws-anomaly:${anomaly.awsAnomalyId}`
    : `anomaly:${anomaly.group}:${anomaly.date ?? ''}`;
}
