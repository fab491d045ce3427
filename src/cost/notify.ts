import type { SnsPort } from '../aws/sns.js';
import type { GitHubPort } from '../github/client.js';
import type { Logger } from '../runtime/logger.js';
import { anomalyKey } from './anomalies.js';
import { monthStart } from './days.js';
import { renderCostReport, signedUsd, usd } from './render.js';
import type { CostReport } from './report.js';

/** Something worth telling people about, once a month. */
export interface CostEvent {
  readonly key: string;
  readonly text: string;
}

export interface Announcement {
  /** Events first seen this run (announced now). */
  readonly announced: readonly CostEvent[];
  /** Events already announced earlier this month. */
  readonly alreadyAnnounced: number;
  readonly issue?: { readonly number: number; readonly url: string; readonly created: boolean };
  readonly sns?: string;
  readonly slack: boolean;
}

export interface NotifyDeps {
  readonly github?: GitHubPort;
  readonly sns?: { readonly port: SnsPort; readonly topicArn: string };
  readonly slack?: (text: string) => Promise<void>;
  readonly logger: Logger;
}

/** Every threshold crossing and anomaly of the report, each under a stable key. */
export function costEvents(report: CostReport): CostEvent[] {
  const events: CostEvent[] = [];
  for (const budget of report.budgets) {
    const name = budget.source === 'input' ? 'budget' : `AWS Budget ${budget.name}`;
    for (const c of budget.crossings) {
      const value = c.kind === 'actual' ? budget.actualUsd : (budget.forecastUsd ?? 0);
      events.push({
        key: c.key,
        text: `${c.kind === 'actual' ? 'Spend' : 'Forecast'} reached ${c.threshold} % of the ${name}: ${usd(value)} of ${usd(budget.limitUsd)}.`,
      });
    }
  }
  for (const anomaly of report.anomalies) {
    events.push({
      key: anomalyKey(anomaly),
      text: `Anomaly in ${anomaly.group}${anomaly.date ? ` on ${anomaly.date}` : ''}: ${signedUsd(anomaly.increaseUsd)}${anomaly.rootCauses.length > 0 ? ` (${anomaly.rootCauses.join('; ')})` : ''}.`,
    });
  }
  return events;
}

export const issueMarker = (month: string): string => `<!-- trading-actions:cost-alert:${month} -->`;
const STATE_PATTERN = /<!-- cost-alert-announced: (\[.*?\]) -->/;

/** The keys already announced, kept in the issue body as a hidden comment. */
export function announcedKeys(body: string): string[] {
  const match = STATE_PATTERN.exec(body);
  try {
    const parsed: unknown = match?.[1] ? JSON.parse(match[1]) : [];
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** The issue body: the report, then the hidden marker and memory. */
export function issueBody(report: CostReport, announced: readonly string[]): string {
  // `-->` inside a key would end the hidden comment early.
  const keys = JSON.stringify(announced.map((k) => k.replace(/-->/g, '--&gt;')));
  return `${renderCostReport(report)}\n${issueMarker(report.month)}\n<!-- cost-alert-announced: ${keys} -->\n`;
}

/**
 * Tells people what is new. With `github-issue` the month's issue is the memory: it is read
 * first, events it already lists are not announced again, SNS and Slack get only the new ones,
 * and then the issue is created or updated (a comment on an existing issue lists what is new, so
 * its subscribers are notified). Without the issue there is no memory: every event is sent.
 */
export async function announce(report: CostReport, deps: NotifyDeps): Promise<Announcement> {
  const events = costEvents(report);
  const marker = issueMarker(report.month);
  const existing = deps.github
    ? await deps.github.findIssue(marker, new Date(`${monthStart(report.today)}T00:00:00Z`))
    : undefined;
  const before = new Set(existing ? announcedKeys(existing.body) : []);
  const fresh = events.filter((e) => !before.has(e.key));

  let sns: string | undefined;
  let slack = false;
  if (fresh.length > 0) {
    const subject = `cost-alert ${report.status}: ${fresh.length} new in ${report.month}`;
    const text = [
      `${subject}`,
      '',
      ...fresh.map((e) => `- ${e.text}`),
      '',
      `Month-to-date ${usd(report.monthToDateUsd)}.`,
    ].join('\n');
    if (deps.sns) sns = await deps.sns.port.publish(deps.sns.topicArn, subject, text);
    if (deps.slack) {
      await deps.slack(text);
      slack = true;
    }
  }

  let issue: Announcement['issue'];
  if (deps.github) {
    const body = issueBody(report, [...before, ...fresh.map((e) => e.key)]);
    if (existing) {
      const updated = await deps.github.updateIssue(existing.number, body);
      if (fresh.length > 0) await deps.github.addComment(existing.number, fresh.map((e) => `- ${e.text}`).join('\n'));
      issue = { number: updated.number, url: updated.url, created: false };
    } else {
      const created = await deps.github.createIssue(`Cloud cost ${report.month}`, body);
      issue = { number: created.number, url: created.url, created: true };
    }
    deps.logger.info(`Monthly issue #${issue.number} ${issue.created ? 'created' : 'updated'}: ${issue.url}`);
  }
  return { announced: fresh, alreadyAnnounced: events.length - fresh.length, issue, sns, slack };
}
