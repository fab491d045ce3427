import { shortTaskDefinition } from '../aws/ecs.js';
import { renderDeployWindowReport, type DeployWindowReport } from '../deploy-window/report.js';
import type { GateOutcome } from '../gate/gate.js';
import { compactReport, renderGateReport } from '../gate/report.js';
import { formatDuration } from '../runtime/duration.js';
import type { Color, Pair } from './colors.js';
import type { CanaryMode } from './inputs.js';
import type { CanaryResult } from './machine.js';
import { capitalise, tableCell as cell, escapeText as text } from '../runtime/markdown.js';

export interface StepRecord {
  readonly index: number;
  readonly percent: number;
  readonly observeMs: number;
  readonly shiftedAt?: string;
  /** The weights read back from the route after the shift. */
  readonly weights?: Pair<number>;
  /** The gate's verdict for this step, with every evaluation. */
  readonly gate?: GateOutcome & {
    readonly policy: {
      readonly windowMs: number;
      readonly intervalMs: number;
      readonly failureLimit: number;
      readonly inconclusiveLimit: number;
    };
  };
}

export interface TimelineEntry {
  readonly at: string;
  readonly message: string;
}

/** The `report` output and the source of the job summary. */
export interface CanaryReport {
  readonly result: CanaryResult;
  readonly headline: string;
  readonly reason: string;
  /** What the run could not finish although its result stands; the step fails when set. */
  readonly leftOver?: string;
  readonly mode: CanaryMode;
  readonly rolloutId: string;
  readonly cluster: string;
  readonly services: Pair<string>;
  /** The side that was live when the run started, and the side live at its end. */
  readonly liveBefore?: Color;
  readonly liveColor?: Color;
  readonly weights?: Pair<number>;
  readonly taskDefinitionArn?: string;
  readonly previousTaskDefinitionArn?: string;
  readonly steps: readonly StepRecord[];
  readonly timeline: readonly TimelineEntry[];
  readonly notes: readonly string[];
  readonly startedAt: string;
  /** When the new release began to carry all traffic (a promotion), for a final gate's not-before. */
  readonly liveSince?: string;
  readonly durationMs: number;
  /** The deploy-window check at the start, when one ran. */
  readonly window?: DeployWindowReport;
}

const RESULT_ICON: Record<CanaryResult, string> = { promoted: '✅', 'rolled-back': '↩️', held: '⏸️', failed: '❌' };
const VERDICT_ICON = { pass: '✅', fail: '❌', inconclusive: '❔' } as const;

/** The job summary: what happened in one line, then the steps, the timeline and each gate. */
export function renderCanaryReport(report: CanaryReport): string {
  const lines = [`## ${RESULT_ICON[report.result]} canary: ${report.result}`, '', `**${text(report.headline)}**`, ''];
  if (report.reason) lines.push(`${text(capitalise(report.reason))}.`, '');
  if (report.leftOver) lines.push(`> [!WARNING]`, `> Not finished: ${text(report.leftOver)}.`, '');
  const rows: [string, string][] = [
    [
      'Services',
      `blue \`${report.services.blue}\` · green \`${report.services.green}\` (cluster \`${report.cluster}\`)`,
    ],
  ];
  if (report.liveBefore) rows.push(['Live before', `${report.liveBefore} (${report.services[report.liveBefore]})`]);
  if (report.liveColor) rows.push(['Live now', `${report.liveColor} (${report.services[report.liveColor]})`]);
  if (report.weights) rows.push(['Weights now', `blue ${report.weights.blue} · green ${report.weights.green}`]);
  if (report.taskDefinitionArn) rows.push(['New revision', `\`${shortTaskDefinition(report.taskDefinitionArn)}\``]);
  if (report.previousTaskDefinitionArn)
    rows.push(['Previous revision', `\`${shortTaskDefinition(report.previousTaskDefinitionArn)}\``]);
  rows.push(
    ['Mode', report.mode],
    ['Duration', formatDuration(report.durationMs)],
    ['Rollout id', `\`${report.rolloutId}\``],
  );
  lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');

  for (const note of report.notes) lines.push(`> ${text(note)}`, '');
  if (report.window && report.window.outcome !== 'unrestricted') {
    lines.push(renderDeployWindowReport(report.window, { heading: '###' }).trimEnd(), '');
  }

  if (report.steps.length > 0) {
    lines.push('### Steps', '', '| Step | Share | Observed for | Weights read back | Gate |', '|---|---|---|---|---|');
    for (const step of report.steps) {
      const gate = step.gate
        ? `${VERDICT_ICON[step.gate.verdict]} ${step.gate.verdict} (${step.gate.evaluations.length} evaluation${step.gate.evaluations.length === 1 ? '' : 's'})`
        : '—';
      const weights = step.weights ? `blue ${step.weights.blue} · green ${step.weights.green}` : '—';
      const observed = step.gate ? formatDuration(step.gate.durationMs) : '—';
      lines.push(
        `| ${step.index + 1} | ${step.percent}% | ${observed} of ${formatDuration(step.observeMs)} | ${weights} | ${cell(gate)} |`,
      );
    }
    lines.push('');
  }

  if (report.timeline.length > 0) {
    lines.push('### Timeline', '');
    const start = Date.parse(report.startedAt);
    for (const entry of report.timeline) {
      lines.push(`- +${formatDuration(Math.max(0, Date.parse(entry.at) - start))} ${text(entry.message)}`);
    }
    lines.push('');
  }

  for (const step of report.steps) {
    if (!step.gate) continue;
    const gateMarkdown = renderGateReport(compactReport({ ...step.gate, dryRun: false, onFailure: 'fail' })).replace(
      /^## .*\n\n/,
      '',
    );
    lines.push(
      '<details>',
      `<summary>Step ${step.index + 1} (${step.percent}%): gate ${step.gate.verdict} — ${escapeHtml(step.gate.reason)}</summary>`,
      '',
      gateMarkdown.replace(/^### /gm, '#### '),
      '</details>',
      '',
    );
  }
  return lines.join('\n');
}

function escapeHtml(value: string): string {
  return text(value).replace(/&(?!lt;|gt;)/g, '&amp;');
}
