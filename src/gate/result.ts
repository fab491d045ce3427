import type { AlarmSnapshot, DataPoint } from '../aws/cloudwatch.js';
import type { StoppedTask } from '../aws/ecs.js';
import type { CheckStatus } from './checks.js';

/** What one check found in one evaluation: short cells for the table, a reason, and evidence. */
export interface CheckResult {
  readonly id: string;
  readonly kind: 'http' | 'metric' | 'alarms' | 'ecs' | 'compare';
  readonly status: CheckStatus;
  /** What was seen, short enough for a table cell ("0.023", "3/3 ok, p50 41 ms"). */
  readonly observed: string;
  /** What was required ("< 0.01", "200 within 250 ms"). */
  readonly expected: string;
  /** One sentence a person can act on. */
  readonly reason: string;
  readonly evidence: CheckEvidence;
  /** No data, but none could have been delivered yet: the evaluation does not count. */
  readonly warmingUp?: boolean;
}

export type CheckEvidence =
  | { readonly kind: 'metric'; readonly query: string; readonly points: readonly DataPoint[]; readonly value?: number }
  | { readonly kind: 'http'; readonly url: string; readonly method: string; readonly probes: readonly unknown[] }
  | { readonly kind: 'alarms'; readonly alarms: readonly AlarmSnapshot[]; readonly missing: readonly string[] }
  | {
      readonly kind: 'ecs';
      readonly running: number;
      readonly desired: number;
      readonly deployments: number;
      readonly failedTasks: readonly StoppedTask[];
    }
  | {
      readonly kind: 'compare';
      readonly score?: number;
      readonly verdict: string;
      readonly metrics: readonly unknown[];
    }
  /** The check could not be evaluated (an AWS or network fault); it counts as inconclusive. */
  | { readonly kind: 'error'; readonly message: string };

/** Worst first: one failing check fails an evaluation; otherwise one unknown makes it unknown. */
export function combineStatuses(statuses: readonly CheckStatus[]): CheckStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('inconclusive')) return 'inconclusive';
  return 'pass';
}
