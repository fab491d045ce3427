import type { AlarmSnapshot, DataPoint } from '../aws/cloudwatch.js';
import { formatDuration } from '../runtime/duration.js';
import type { CheckStatus } from './checks.js';
import type { Evaluation, GateOutcome, GatePolicy, Verdict } from './gate.js';
import { formatNumber } from './metric-check.js';
import type { CheckResult } from './result.js';
import { capitalise, tableCell as cell, escapeText as text } from '../runtime/markdown.js';

/** The `report` output and the source of the job summary. */
export interface GateReport extends GateOutcome {
  readonly policy: GatePolicy;
  readonly dryRun: boolean;
  readonly onFailure: 'fail' | 'warn';
}

const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', inconclusive: '❔' };
const STATUS_ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', inconclusive: '❔' };
const POINTS_SHOWN = 10;

/**
 * Keeps the bulky evidence (datapoints, probe results, the judge's full statistics) of the last
 * evaluation only, so a 30-minute window still fits in a step output. Earlier evaluations keep
 * their status, observed value, threshold, reason and the exact query.
 */
export function compactReport(report: GateReport): GateReport {
  const last = report.evaluations.length - 1;
  return {
    ...report,
    evaluations: report.evaluations.map((evaluation, index) =>
      index === last ? evaluation : { ...evaluation, checks: evaluation.checks.map(slimCheck) },
    ),
  };
}

function slimCheck(check: CheckResult): CheckResult {
  const evidence = check.evidence;
  switch (evidence.kind) {
    case 'metric':
      return { ...check, evidence: { kind: 'metric', query: evidence.query, points: [], value: evidence.value } };
    case 'http':
      return { ...check, evidence: { ...evidence, probes: [] } };
    case 'compare':
      return { ...check, evidence: { ...evidence, metrics: [] } };
    default:
      return check;
  }
}

/** The job summary: a table a person reads in five seconds, then the details per check. */
export function renderGateReport(report: GateReport): string {
  const last = report.evaluations[report.evaluations.length - 1];
  const lines: string[] = [`## ${VERDICT_ICON[report.verdict]} health-gate: ${report.verdict}`, ''];
  const score = report.score !== undefined ? ` Score ${formatNumber(report.score)}.` : '';
  const counted = report.evaluations.filter((e) => !e.warmUp);
  lines.push(
    `${text(capitalise(report.reason))}${score} ${counted.length} evaluation${counted.length === 1 ? '' : 's'} in ${formatDuration(report.durationMs)}${describePolicy(report.policy)}.`,
    '',
  );
  if (report.warmUpMs) {
    lines.push(
      `> Warm-up: the first ${formatDuration(report.warmUpMs)} (${report.evaluations.length - counted.length} evaluation${report.evaluations.length - counted.length === 1 ? '' : 's'}) waited for CloudWatch to deliver a complete period of the release's traffic; they are not counted and the window began after them.`,
      '',
    );
  }
  if (report.dryRun && report.verdict !== 'pass')
    lines.push('> dry-run: the verdict is reported but does not fail the step.', '');
  else if (report.onFailure === 'warn' && report.verdict !== 'pass')
    lines.push('> on-failure: warn — the step passes with a warning.', '');

  if (last) {
    const multiple = counted.length > 1;
    lines.push(
      `| | Check | Observed | Expected |${multiple ? ' Failed / inconclusive |' : ''}`,
      `|---|---|---|---|${multiple ? '---|' : ''}`,
    );
    for (const check of last.checks) {
      const history = multiple
        ? ` ${countStatus(counted, check.id, 'fail')} / ${countStatus(counted, check.id, 'inconclusive')} of ${counted.length} |`
        : '';
      lines.push(
        `| ${STATUS_ICON[check.status]} | ${check.kind} \`${cell(check.id)}\` | ${cell(check.observed)} | ${cell(check.expected)} |${history}`,
      );
    }
    lines.push('', '### Details', '');
    for (const check of last.checks) lines.push(...renderDetails(check), '');
  }
  return lines.join('\n');
}

function renderDetails(check: CheckResult): string[] {
  const out = [`**${STATUS_ICON[check.status]} ${check.kind} \`${text(check.id)}\`**: ${text(check.reason)}`];
  const evidence = check.evidence;
  switch (evidence.kind) {
    case 'metric':
      out.push('', `- Query: \`${text(evidence.query)}\``);
      if (evidence.points.length > 0)
        out.push(
          `- Datapoints (newest ${Math.min(POINTS_SHOWN, evidence.points.length)}): ${renderPoints(evidence.points)}`,
        );
      break;
    case 'alarms':
      if (evidence.alarms.length > 0) out.push('', ...evidence.alarms.map((a) => `- ${renderAlarm(a)}`));
      if (evidence.missing.length > 0)
        out.push(`- Not found: ${evidence.missing.map((m) => `\`${text(m)}\``).join(', ')}`);
      break;
    case 'ecs':
      out.push(
        '',
        `- Tasks: ${evidence.running} running of ${evidence.desired} desired; ${evidence.deployments} deployment(s)`,
      );
      for (const task of evidence.failedTasks) {
        const codes = task.containers
          .map((c) => `${c.name}: exit ${c.exitCode ?? '—'}${c.reason ? ` (${c.reason})` : ''}`)
          .join('; ');
        out.push(
          `- Stopped \`${task.taskArn.split('/').pop() ?? ''}\`: ${text(task.stoppedReason)}${codes ? ` — ${text(codes)}` : ''}`,
        );
      }
      break;
    case 'compare':
      out.push('', ...renderCompareRows(evidence.metrics));
      break;
    case 'http':
    case 'error':
      break;
  }
  return out;
}

/** Rows of the comparison table, when the judge's per-metric results carry these fields. */
function renderCompareRows(metrics: readonly unknown[]): string[] {
  const rows = metrics.filter(isCompareRow);
  if (rows.length === 0) return [];
  return [
    '| Metric | Result | Canary | Baseline | Why |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| \`${cell(r.id)}\` | ${cell(r.classification)} | ${cell(r.canary)} | ${cell(r.baseline)} | ${cell(r.reason)} |`,
    ),
  ];
}

interface CompareRow {
  id: string;
  classification: string;
  canary: string;
  baseline: string;
  reason: string;
}

function isCompareRow(value: unknown): value is CompareRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return ['id', 'classification', 'canary', 'baseline', 'reason'].every((k) => typeof row[k] === 'string');
}

function renderPoints(points: readonly DataPoint[]): string {
  return points
    .slice(-POINTS_SHOWN)
    .map((p) => `${p.at.toISOString().slice(11, 16)}Z ${formatNumber(p.value)}`)
    .join(' · ');
}

function renderAlarm(alarm: AlarmSnapshot): string {
  return `\`${text(alarm.name)}\` ${alarm.state}${alarm.reason ? `: ${text(alarm.reason)}` : ''}`;
}

function countStatus(evaluations: readonly Evaluation[], id: string, status: CheckStatus): number {
  return evaluations.filter((e) => e.checks.some((c) => c.id === id && c.status === status)).length;
}

function describePolicy(policy: GatePolicy): string {
  if (policy.windowMs === 0) return '';
  return ` (window ${formatDuration(policy.windowMs)}, every ${formatDuration(policy.intervalMs)}, failure-limit ${policy.failureLimit}, inconclusive-limit ${policy.inconclusiveLimit})`;
}
