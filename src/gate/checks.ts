/**
 * The parsed `checks` document of the health gate: what to check, with every default applied.
 * Produced by checks-schema.ts from the user's YAML; consumed by the evaluators. Durations are
 * milliseconds, ratios and tolerances are fractions (25 % is 0.25).
 */

/** A comparison such as `< 0.01` or `<= 250`. */
export interface Threshold {
  readonly operator: '<' | '<=' | '>' | '>=' | '==' | '!=';
  readonly value: number;
  /** As the user wrote it, for reports. */
  readonly text: string;
}

/** One CloudWatch metric, as GetMetricData's MetricStat needs it. */
export interface MetricSpec {
  readonly namespace: string;
  readonly metric: string;
  /** In the order written: CloudWatch (and moto) match dimensions as given. */
  readonly dimensions: readonly { readonly name: string; readonly value: string }[];
  /** Sum, Average, Minimum, Maximum, SampleCount, or a percentile such as p99 or p99.9. */
  readonly stat: string;
  readonly periodSeconds: number;
  /** Optional CloudWatch unit filter. */
  readonly unit?: string;
}

/** Where a series of numbers comes from: one metric, or the ratio of two computed per period. */
export type SeriesSource =
  | { readonly type: 'metric'; readonly metric: MetricSpec }
  | { readonly type: 'ratio'; readonly numerator: MetricSpec; readonly denominator: MetricSpec };

export interface HttpCheck {
  readonly kind: 'http';
  /** `url` unless the user named it. */
  readonly id: string;
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Accepted status codes (default [200]). */
  readonly expectStatus: readonly number[];
  readonly maxLatencyMs?: number;
  readonly bodyContains?: string;
  /** Share of probes in one evaluation that must succeed (default 1.0). */
  readonly minSuccessRatio: number;
  readonly timeoutMs: number;
  /** Probes per evaluation (default 1). */
  readonly probes: number;
}

export interface MetricCheck {
  readonly kind: 'metric';
  readonly id: string;
  readonly source: SeriesSource;
  readonly threshold: Threshold;
  /** How far back each evaluation reads (default: 3 periods), so sparse metrics still show data. */
  readonly lookbackSeconds: number;
  /** How the datapoints in the lookback are reduced to the observed value (default: latest). */
  readonly reduce: 'latest' | 'max' | 'min' | 'average' | 'sum';
  /** Fails the gate when there is no data, instead of being inconclusive. */
  readonly mustHaveData: boolean;
  /** The preset that produced this check, if any (`alb-target-group`, `trading`). */
  readonly preset?: string;
  readonly description?: string;
}

export interface AlarmCheck {
  readonly kind: 'alarms';
  readonly id: string;
  readonly names: readonly string[];
  readonly prefix?: string;
}

export interface EcsCheck {
  readonly kind: 'ecs';
  readonly id: string;
  readonly cluster: string;
  readonly service: string;
}

export interface CompareMetric {
  readonly id: string;
  readonly canary: SeriesSource;
  readonly baseline: SeriesSource;
  /** Which change is bad: `increase` (latency, errors), `decrease` (throughput), `either`. */
  readonly direction: 'increase' | 'decrease' | 'either';
  /** Allowed relative shift before a change counts (default 0.25). */
  readonly tolerance: number;
  /** A failure of a critical metric fails the whole comparison, whatever the score. */
  readonly critical: boolean;
  /** No data fails this metric instead of leaving it out of the score. */
  readonly mustHaveData: boolean;
  /** Metric group for weighting (default: the metric's id). */
  readonly group: string;
}

export interface CompareCheck {
  readonly kind: 'compare';
  readonly id: string;
  readonly metrics: readonly CompareMetric[];
  /** Score (0–100) at or above which the comparison passes (default 95). */
  readonly pass: number;
  /** Score below which an intermediate comparison fails (default 75). */
  readonly marginal: number;
  /** Weight per group (default: equal weights). */
  readonly groupWeights: Readonly<Record<string, number>>;
  /** How far back the series are read (default: the gate's window, at least 10 periods). */
  readonly lookbackSeconds?: number;
}

export interface ChecksDocument {
  readonly http: readonly HttpCheck[];
  readonly metrics: readonly MetricCheck[];
  readonly alarms: readonly AlarmCheck[];
  readonly ecs: readonly EcsCheck[];
  readonly compare?: CompareCheck;
}

/** What one check concluded in one evaluation. */
export type CheckStatus = 'pass' | 'fail' | 'inconclusive';
