import { DateTime } from 'luxon';
import { formatUtc } from '../calendar/dates.js';
import { formatDuration } from '../runtime/duration.js';
import type { DeployWindowClosedError, DeployWindowDecision } from './check.js';
import { policyZone, type WindowEvaluation } from './evaluate.js';
import type { DeployWindowPolicy } from './policy.js';

/** Everything the job summary says about a deploy-window check, however it ended. */
export interface DeployWindowReport {
  readonly policy: string | undefined;
  /** The zone times are also shown in, besides UTC. */
  readonly zone: string;
  readonly outcome: DeployWindowDecision['outcome'] | 'failed';
  readonly checkedAt: number;
  /** The window as last evaluated (after a wait, when it opened). */
  readonly evaluation?: WindowEvaluation;
  readonly waitedMs?: number;
  readonly overrideReason?: string;
  /** Why the check failed the step. */
  readonly failure?: string;
}

export function reportFromDecision(
  policy: DeployWindowPolicy | undefined,
  decision: DeployWindowDecision,
): DeployWindowReport {
  const base = { policy: policy?.text, zone: policy ? policyZone(policy) : 'UTC', checkedAt: decision.checkedAt };
  switch (decision.outcome) {
    case 'unrestricted':
      return { ...base, outcome: decision.outcome };
    case 'open':
    case 'closed':
      return { ...base, outcome: decision.outcome, evaluation: decision.evaluation };
    case 'opened-after-wait':
      return { ...base, outcome: decision.outcome, evaluation: decision.evaluation, waitedMs: decision.waitedMs };
    case 'overridden':
      return {
        ...base,
        outcome: decision.outcome,
        evaluation: decision.evaluation,
        overrideReason: decision.overrideReason,
      };
  }
}

export function reportFromFailure(policy: DeployWindowPolicy, error: DeployWindowClosedError): DeployWindowReport {
  return {
    policy: policy.text,
    zone: policyZone(policy),
    outcome: 'failed',
    checkedAt: error.checkedAt,
    evaluation: error.evaluation,
    waitedMs: error.waitedMs,
    failure: error.message,
  };
}

const HEADLINES: Readonly<Record<DeployWindowReport['outcome'], string>> = {
  unrestricted: 'no window set',
  open: 'open',
  'opened-after-wait': 'opened after waiting',
  overridden: 'closed, deployed under an emergency override',
  closed: 'closed',
  failed: 'closed, deploy blocked',
};

/**
 * The deploy-window part of a job summary, as Markdown. Pure, so ecs-deploy and canary can put
 * the same section into their own summaries (`heading: '###'`).
 */
export function renderDeployWindowReport(report: DeployWindowReport, options: { heading?: string } = {}): string {
  const heading = options.heading ?? '##';
  const waited = report.waitedMs ? ` ${formatDuration(report.waitedMs)}` : '';
  const lines = [
    `${heading} Deploy window: ${HEADLINES[report.outcome]}${report.outcome === 'opened-after-wait' ? waited : ''}`,
    '',
  ];
  if (report.overrideReason) {
    lines.push(`> [!WARNING]`, `> **Emergency override:** ${oneLine(report.overrideReason)}`, '');
  }
  if (report.failure) lines.push(`> [!CAUTION]`, `> ${oneLine(report.failure)}`, '');

  const at = (instant: number) =>
    `${formatUtc(instant)} (${DateTime.fromMillis(instant, { zone: report.zone }).toFormat('ccc yyyy-MM-dd HH:mm ZZZZ')})`;
  const rows: [string, string][] = [
    [
      'Policy',
      report.policy
        ? `\`${report.policy.replace(/`/g, "'").replace(/\s*\n\s*/g, ' ')}\``
        : '(none: deploys are not restricted)',
    ],
    ['Checked at', at(report.checkedAt)],
  ];
  const evaluation = report.evaluation;
  if (evaluation) {
    rows.push(['Window', `${evaluation.open ? 'open' : '**closed**'}: ${evaluation.reason}`]);
    if (report.waitedMs) rows.push(['Waited', formatDuration(report.waitedMs)]);
    if (evaluation.nextOpen !== undefined) rows.push(['Opens', at(evaluation.nextOpen)]);
    else if (!evaluation.open) rows.push(['Opens', 'not within the next 14 days']);
    if (evaluation.closesAt !== undefined) rows.push(['Closes', at(evaluation.closesAt)]);
  }
  lines.push('| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`));

  const upcoming = evaluation?.upcoming ?? [];
  if (upcoming.length > 0) {
    const local = (instant: number) =>
      DateTime.fromMillis(instant, { zone: report.zone }).toFormat('ccc yyyy-MM-dd HH:mm ZZZZ');
    lines.push(
      '',
      `${heading}# Closed periods ahead`,
      '',
      '| From | Until | Why |',
      '| --- | --- | --- |',
      ...upcoming.map((p) => `| ${local(p.start)} | ${local(p.end)} | ${cell(p.reasons.join('; '))} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}
