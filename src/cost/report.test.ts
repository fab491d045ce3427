import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AwsAnomaly, CostExplorerPort, DailyCost } from '../aws/cost-explorer.js';
import type { SnsPort } from '../aws/sns.js';
import { createGitHubClient } from '../github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github-server.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import { RecordingLogger } from '../runtime/logger.js';
import { announce, announcedKeys } from './notify.js';
import { renderCostReport } from './render.js';
import { groupLabel, runCostReport, type CostReportOptions } from './report.js';

const NOW = Date.parse('2026-11-23T06:00:00Z');
const ECS = 'Amazon Elastic Container Service';

/** Daily cost from 2026-11-01 (the month start is earlier than 15 days back) to today. */
function days(ecsToday: number, yesterday = 100): DailyCost[] {
  const out: DailyCost[] = [];
  for (let day = 1; day <= 23; day++) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    const ecs = day === 23 ? ecsToday : day === 22 ? yesterday : 100 + (day % 3);
    out.push({
      date,
      estimated: day === 23,
      byGroup: new Map([
        [ECS, ecs],
        ['AWS Lambda', 5],
      ]),
    });
  }
  return out;
}

function fakeCostExplorer(daily: DailyCost[], forecast?: number, anomalies: AwsAnomaly[] = []) {
  const calls: string[] = [];
  const port: CostExplorerPort = {
    get requests() {
      return calls.length;
    },
    dailyCost: async (start, end) => {
      calls.push(`daily ${start} ${end}`);
      return { days: daily, complete: true };
    },
    forecast: async (start, end) => {
      calls.push(`forecast ${start} ${end}`);
      return forecast;
    },
    anomalies: async (start, end) => {
      calls.push(`anomalies ${start} ${end}`);
      return anomalies;
    },
  };
  return { port, calls };
}

const options = (extra: Partial<CostReportOptions> = {}): CostReportOptions => ({
  budget: 4000,
  thresholds: [50, 80, 100],
  groupBy: { type: 'SERVICE' },
  anomalyScore: 3.5,
  anomalyMinUsd: 10,
  nonCriticalTag: { key: 'criticality', value: 'non-critical' },
  githubIssue: true,
  services: [],
  ...extra,
});

describe('the cost report', () => {
  it('month-to-date, forecast (spend before today + AWS forecast), thresholds and an anomaly in three requests', async () => {
    const ce = fakeCostExplorer(days(30, 180), 800);
    const report = await runCostReport(options(), {
      costExplorer: ce.port,
      clock: new ManualClock(NOW),
      logger: new RecordingLogger(),
    });
    expect(ce.calls).toEqual([
      'daily 2026-11-01 2026-11-24',
      'forecast 2026-11-23 2026-12-01',
      'anomalies 2026-11-09 2026-11-23',
    ]);
    // 20 days around 101, 180 yesterday, 30 so far today; Lambda 5 a day.
    const beforeToday = [...Array(21).keys()].reduce((sum, i) => sum + 100 + ((i + 1) % 3), 0) + 180 + 22 * 5;
    expect(report.monthToDateUsd).toBeCloseTo(beforeToday + 30 + 5, 6);
    expect(report.forecastUsd).toBeCloseTo(beforeToday + 800, 6);
    expect(report.budgets[0]?.crossings.map((c) => c.key)).toEqual([
      'budget input:actual:50',
      'budget input:forecast:50',
      'budget input:forecast:80',
    ]);
    expect(report.anomalies.map((a) => [a.group, a.date])).toEqual([[ECS, '2026-11-22']]);
    expect(report.anomalyScan.excludedDays).toEqual(['2026-11-23']);
    expect(report.status).toBe('warning');
    expect(report.costExplorerRequests).toBe(3);
    const summary = renderCostReport(report);
    expect(summary).toContain('Cost Explorer requests: 3 of at most 10 ($0.03).');
    expect(summary).toContain('| Amazon Elastic Container Service | 2026-11-22 | $180.00 |');
    expect(summary).toContain('left out as partial or estimated: 2026-11-23');
  });

  it('names tag groups by their value, and spend without the tag as untagged', () => {
    expect(groupLabel('team$payments', { type: 'TAG', key: 'team' })).toBe('payments');
    expect(groupLabel('team$', { type: 'TAG', key: 'team' })).toBe('(untagged)');
  });
});

describe('announcing through the monthly issue, SNS and Slack', () => {
  let server: FakeGitHub;
  beforeAll(async () => {
    server = await startFakeGitHub('org/trading');
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.issues.length = 0;
    server.comments.length = 0;
    server.slackMessages.length = 0;
  });

  it("creates the month's issue once, then updates it; each threshold and anomaly is announced once", async () => {
    const github = createGitHubClient({ apiUrl: server.url, token: 't', repository: 'org/trading' });
    const published: string[] = [];
    const sns: SnsPort = {
      publish: async (_arn, subject, message) => (published.push(`${subject}\n${message}`), 'id'),
    };
    const slack: string[] = [];
    const deps = {
      github,
      sns: { port: sns, topicArn: 'arn:aws:sns:us-east-1:123456789012:cost' },
      slack: async (text: string) => void slack.push(text),
      logger: new RecordingLogger(),
    };
    const run = async (ecsYesterday: number, forecast: number) =>
      announce(
        await runCostReport(options(), {
          costExplorer: fakeCostExplorer(days(30, ecsYesterday), forecast).port,
          clock: new ManualClock(NOW),
          logger: new RecordingLogger(),
        }),
        deps,
      );

    const first = await run(180, 800);
    expect(first.issue).toMatchObject({ created: true });
    expect(first.announced.map((e) => e.key)).toEqual([
      'budget input:actual:50',
      'budget input:forecast:50',
      'budget input:forecast:80',
      `anomaly:${ECS}:2026-11-22`,
    ]);
    expect(published).toHaveLength(1);
    expect(slack[0]).toContain('Forecast reached 80 % of the budget');

    // The same day again: nothing new, nothing sent, the issue updated in place.
    const second = await run(180, 800);
    expect(second).toMatchObject({ announced: [], alreadyAnnounced: 4, issue: { created: false } });
    expect(published).toHaveLength(1);
    expect(slack).toHaveLength(1);

    // The forecast now crosses 100 %: only that is new, and the issue gets a comment saying so.
    const third = await run(180, 1900);
    expect(third.announced.map((e) => e.key)).toEqual(['budget input:forecast:100']);
    expect(published).toHaveLength(2);
    expect(server.issues).toHaveLength(1);
    expect(server.comments.map((c) => c.body)).toEqual([expect.stringContaining('Forecast reached 100 %')]);
    expect(announcedKeys(server.issues[0]?.body ?? '')).toHaveLength(5);
    expect(server.issues[0]?.body).toContain('<!-- trading-actions:cost-alert:2026-11 -->');
  });
});
