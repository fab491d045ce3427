import type { Finding } from '../aws/ecr.js';
import { isExpired, type IgnoreRule } from './ignore.js';

/** The severities a threshold can name, most severe first. */
export const THRESHOLDS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const;
export type SeverityThreshold = (typeof THRESHOLDS)[number];

/** Every severity ECR reports, in the order the summary shows them. */
export const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED', 'UNTRIAGED'] as const;

/**
 * Higher is more severe. UNDEFINED and UNTRIAGED rank below every threshold: a finding nobody
 * has rated cannot be said to be at or above CRITICAL, and failing every build on it would teach
 * people to turn scanning off. They are still counted and shown.
 */
export function severityRank(severity: string): number {
  const index = THRESHOLDS.indexOf(severity.toUpperCase() as SeverityThreshold);
  return index === -1 ? 0 : THRESHOLDS.length - index;
}

export interface IgnoredFinding {
  readonly finding: Finding;
  readonly rule: IgnoreRule;
}

/** Which findings fail the build, which were ignored, and which ignores have run out. */
export interface FindingsVerdict {
  readonly passed: boolean;
  /** At or above the threshold and not ignored by a live rule. */
  readonly blocking: readonly Finding[];
  /** At or above the threshold, ignored by a rule that has not expired. */
  readonly ignored: readonly IgnoredFinding[];
  /** Every rule whose date has passed; it no longer applies, whether or not it matched. */
  readonly expiredRules: readonly IgnoreRule[];
  /** Live rules that matched no finding at or above the threshold: candidates for removal. */
  readonly unusedRules: readonly IgnoreRule[];
}

/** Decides the scan's verdict. Pure: `nowMs` decides which ignores are still in force. */
export function evaluateFindings(
  findings: readonly Finding[],
  rules: readonly IgnoreRule[],
  threshold: SeverityThreshold,
  nowMs: number,
): FindingsVerdict {
  const live = rules.filter((rule) => !isExpired(rule, nowMs));
  const liveById = new Map(live.map((rule) => [rule.id.toLowerCase(), rule]));
  const minimum = severityRank(threshold);
  const blocking: Finding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const finding of findings) {
    if (severityRank(finding.severity) < minimum) continue;
    const rule = liveById.get(finding.id.toLowerCase());
    if (rule) ignored.push({ finding, rule });
    else blocking.push(finding);
  }
  const used = new Set(ignored.map((i) => i.rule));
  return {
    passed: blocking.length === 0,
    blocking,
    ignored,
    expiredRules: rules.filter((rule) => isExpired(rule, nowMs)),
    unusedRules: live.filter((rule) => !used.has(rule)),
  };
}
