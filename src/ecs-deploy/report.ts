import { shortTaskDefinition, type StoppedTask } from '../aws/ecs.js';
import { formatDuration } from '../runtime/duration.js';
import type { FailureCause } from './rollout.js';
import { tableCell as escapeCell, escapeText } from '../runtime/markdown.js';

/** `held`: a native deployment left paused at a gate for a person to continue or roll back. */
export type DeployResult = 'deployed' | 'rolled-back' | 'held' | 'failed';

export interface ReportEvent {
  readonly at: string;
  readonly message: string;
}

/** Everything one ecs-deploy run did; the `report` output is this object as JSON. */
export interface DeployReport {
  readonly mode: 'deploy' | 'rollback';
  readonly cluster: string;
  readonly service: string;
  readonly region: string;
  readonly result: DeployResult;
  /** Whether the step passes: a deploy that ended rolled back does not. */
  readonly succeeded: boolean;
  /** One sentence saying what happened, used as the summary title and the failure message. */
  readonly headline: string;
  readonly taskDefinitionArn?: string;
  readonly previousTaskDefinitionArn?: string;
  readonly deploymentId?: string;
  readonly image?: string;
  /** Where the deployed revision came from: a file registered now, or an existing revision. */
  readonly source?: { readonly kind: 'file' | 'revision' | 'rollback'; readonly detail: string };
  readonly registered: boolean;
  readonly waited: boolean;
  readonly startedAt: string;
  /** When the deployed revision began to carry all traffic (for a final gate's not-before). */
  readonly liveSince?: string;
  readonly durationMs: number;
  readonly failure?: {
    readonly cause: FailureCause;
    readonly reason: string;
    readonly stoppedTasks: readonly StoppedTask[];
  };
  readonly rollback?: {
    readonly taskDefinitionArn: string;
    /** Who moved the service back: ECS (circuit breaker) or this action. */
    readonly by: 'ecs' | 'trading-actions';
    readonly succeeded: boolean;
    readonly detail: string;
  };
  readonly verifiedGood?: { readonly recorded: boolean; readonly detail: string };
  /** Service events seen during the run, oldest first. */
  readonly events: readonly ReportEvent[];
  /** Things the user should know that did not fail the step. */
  readonly notes: readonly string[];
  /** rolling, or the native strategy ECS ran (blue-green, linear, canary). */
  readonly strategy?: string;
  /** Native strategies: the ECS service deployment this step started. */
  readonly serviceDeploymentArn?: string;
  /** Native strategies: the lifecycle stages the deployment passed through, in order. */
  readonly lifecycleStages?: readonly string[];
  /** Native strategies: each stage, weight and status change, and every gate verdict. */
  readonly timeline?: readonly TimelineEntry[];
}

/** One row of a native deployment's timeline. */
export interface TimelineEntry {
  readonly at: string;
  readonly stage?: string;
  readonly status?: string;
  /** The new revision's requested share of production and test traffic, 0–100. */
  readonly productionWeight?: number;
  readonly testWeight?: number;
  readonly gate?: {
    readonly verdict: 'pass' | 'fail' | 'inconclusive';
    readonly reason: string;
    /** What this step told ECS: CONTINUE, ROLLBACK, or nothing (hold). */
    readonly action: 'CONTINUE' | 'ROLLBACK' | 'HOLD';
  };
  readonly note?: string;
}

const ICON: Record<DeployResult, string> = { deployed: '✅', 'rolled-back': '↩️', held: '⏸️', failed: '❌' };
const EVENTS_SHOWN = 20;

/** The job summary: a pure function of the report, so it is tested as text. */
export function renderDeployReport(report: DeployReport): string {
  const icon = report.succeeded ? ICON[report.result] : report.result === 'rolled-back' ? '⚠️' : ICON.failed;
  const lines: string[] = [`## ${icon} ecs-deploy: ${escapeText(report.headline)}`, ''];

  const rows: [string, string][] = [
    ['Service', `\`${report.service}\` in cluster \`${report.cluster}\` (${report.region})`],
    ['Result', `**${report.result}**${report.succeeded ? '' : ' (step failed)'}`],
  ];
  if (report.taskDefinitionArn) rows.push(['New revision', revisionCell(report.taskDefinitionArn, report.source)]);
  if (report.previousTaskDefinitionArn)
    rows.push(['Previous revision', `\`${shortTaskDefinition(report.previousTaskDefinitionArn)}\``]);
  if (report.image) rows.push(['Image', `\`${report.image}\``]);
  if (report.deploymentId) rows.push(['ECS deployment', `\`${report.deploymentId}\``]);
  if (report.strategy && report.strategy !== 'rolling') rows.push(['Strategy', report.strategy]);
  if (report.serviceDeploymentArn) rows.push(['Service deployment', `\`${report.serviceDeploymentArn}\``]);
  rows.push(['Duration', formatDuration(report.durationMs) + (report.waited ? '' : ' (did not wait for the rollout)')]);
  if (report.verifiedGood) rows.push(['Verified-good record', escapeCell(report.verifiedGood.detail)]);
  lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '');

  if (report.failure) {
    lines.push('### What went wrong', '', escapeText(report.failure.reason), '');
    if (report.failure.stoppedTasks.length > 0) {
      lines.push('| Stopped task | Why it stopped | Containers (exit code) |', '|---|---|---|');
      for (const task of report.failure.stoppedTasks) {
        const containers = task.containers
          .map((c) => `${c.name}: ${c.exitCode ?? '—'}${c.reason ? ` (${c.reason})` : ''}`)
          .join('<br>');
        lines.push(
          `| \`${task.taskArn.split('/').pop() ?? task.taskArn}\` | ${escapeCell(task.stoppedReason)} | ${escapeCell(containers) || '—'} |`,
        );
      }
      lines.push('');
    }
  }
  if (report.rollback) {
    const who = report.rollback.by === 'ecs' ? 'ECS (its circuit breaker or a deployment alarm)' : 'trading-actions';
    const state = report.rollback.succeeded ? 'is running and steady' : '**did not become steady**';
    lines.push(
      '### Rollback',
      '',
      `${who} moved the service back to \`${shortTaskDefinition(report.rollback.taskDefinitionArn)}\`, which ${state}. ${escapeText(report.rollback.detail)}`,
      '',
    );
  }
  if (report.timeline && report.timeline.length > 0) {
    lines.push(
      '### Timeline',
      '',
      '| Time (UTC) | Stage | Status | Production | Test | Gate |',
      '|---|---|---|---|---|---|',
      ...report.timeline.map(
        (t) =>
          `| ${shortTime(t.at)} | ${t.stage ?? '—'} | ${t.status ?? '—'} | ${percent(t.productionWeight)} | ${percent(t.testWeight)} | ${gateCell(t)} |`,
      ),
      '',
    );
  }
  if (report.notes.length > 0) {
    lines.push('### Notes', '', ...report.notes.map((n) => `- ${escapeText(n)}`), '');
  }
  if (report.events.length > 0) {
    const shown = report.events.slice(-EVENTS_SHOWN);
    const more = report.events.length - shown.length;
    lines.push(
      `### Service events during this run (${report.events.length})`,
      '',
      '| Time (UTC) | Event |',
      '|---|---|',
      ...shown.map((e) => `| ${shortTime(e.at)} | ${escapeCell(e.message)} |`),
      '',
    );
    if (more > 0) lines.push(`_${more} earlier events are in the log and the \`report\` output._`, '');
  }
  return lines.join('\n');
}

function shortTime(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function percent(value: number | undefined): string {
  return value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}

const GATE_ICON = { pass: '✅', fail: '❌', inconclusive: '❔' } as const;

function gateCell(entry: TimelineEntry): string {
  const parts: string[] = [];
  if (entry.gate) {
    const action = entry.gate.action === 'HOLD' ? 'held' : entry.gate.action;
    parts.push(`${GATE_ICON[entry.gate.verdict]} ${entry.gate.verdict} → ${action}: ${entry.gate.reason}`);
  }
  if (entry.note) parts.push(entry.note);
  return parts.length > 0 ? escapeCell(parts.join(' ')) : '';
}

function revisionCell(arn: string, source: DeployReport['source']): string {
  const name = `\`${shortTaskDefinition(arn)}\``;
  if (!source) return name;
  return source.kind === 'file'
    ? `${name} (registered from \`${source.detail}\`)`
    : `${name} (${escapeCell(source.detail)})`;
}
