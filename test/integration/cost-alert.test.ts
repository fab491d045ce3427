/**
 * The cost report against moto_server: Cost Explorer daily cost queued through moto's API,
 * a budget in AWS Budgets, ECS services with CloudWatch utilisation for right-sizing, and an SNS
 * topic, all through the real adapters. moto lacks GetCostForecast and GetAnomalies; those two
 * are answered by aws-sdk-client-mock on the same client, which passes GetCostAndUsage on to moto.
 * A local server stands in for GitHub.
 */
import { CreateBudgetCommand, BudgetsClient } from '@aws-sdk/client-budgets';
import { CloudWatchClient, PutMetricDataCommand, type MetricDatum } from '@aws-sdk/client-cloudwatch';
import {
  CostExplorerClient,
  GetAnomaliesCommand,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
} from '@aws-sdk/client-cost-explorer';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudgetsPort } from '../../src/aws/budgets.js';
import { createCloudWatchPort } from '../../src/aws/cloudwatch.js';
import { createCostExplorerPort } from '../../src/aws/cost-explorer.js';
import { createSnsPort } from '../../src/aws/sns.js';
import { createEcsInventoryPort } from '../../src/cost/ecs-inventory.js';
import { tablePriceBook } from '../../src/cost/fargate.js';
import { parseCostAlertInputs } from '../../src/cost/inputs.js';
import { announce } from '../../src/cost/notify.js';
import { renderCostReport } from '../../src/cost/render.js';
import { MAX_COST_EXPLORER_REQUESTS, runCostReport } from '../../src/cost/report.js';
import { createGitHubClient } from '../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github-server.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { ManualClock } from '../support/manual-clock.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';

const runs = requireMoto();
const ECS_SERVICE = 'Amazon Elastic Container Service';
const CLUSTER = 'trading-prod';
const DAY_MS = 86_400_000;

describe.runIf(runs)('cost-alert report against moto', () => {
  const moto = useMoto();
  let github: FakeGitHub;
  const clients: { destroy(): void }[] = [];
  const client = <T extends { destroy(): void }>(make: (config: object) => T): T => {
    const made = make({
      region: moto().region,
      endpoint: moto().endpoint,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
    clients.push(made);
    return made;
  };

  beforeAll(async () => {
    github = await startFakeGitHub('org/trading');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await github?.close();
  });

  /** Daily cost for the month so far and 15 days back, ECS jumping yesterday; today is estimated. */
  function costAndUsage(now: number): object {
    const today = new Date(now).toISOString().slice(0, 10);
    const first = `${today.slice(0, 7)}-01`;
    const back = new Date(now - 15 * DAY_MS).toISOString().slice(0, 10);
    const results = [];
    for (
      let t = Date.parse(`${back < first ? back : first}T00:00:00Z`);
      t <= Date.parse(`${today}T00:00:00Z`);
      t += DAY_MS
    ) {
      const date = new Date(t).toISOString().slice(0, 10);
      const end = new Date(t + DAY_MS).toISOString().slice(0, 10);
      const ecs =
        date === today ? 20 : t === Date.parse(`${today}T00:00:00Z`) - DAY_MS ? 260 : 100 + ((t / DAY_MS) % 4);
      results.push({
        TimePeriod: { Start: date, End: end },
        Total: {},
        Groups: [
          { Keys: [ECS_SERVICE], Metrics: { UnblendedCost: { Amount: String(ecs), Unit: 'USD' } } },
          { Keys: ['Amazon Relational Database Service'], Metrics: { UnblendedCost: { Amount: '40', Unit: 'USD' } } },
        ],
        Estimated: date === today,
      });
    }
    return { ResultsByTime: results };
  }

  async function arrangeEcs(now: number): Promise<void> {
    const ecs = client((c) => new ECSClient(c));
    await ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
    const registered = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'risk-engine',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '2048',
        memory: '8192',
        containerDefinitions: [{ name: 'risk', image: 'registry.example/risk:1', memory: 8192 }],
      }),
    );
    await ecs.send(
      new CreateServiceCommand({
        cluster: CLUSTER,
        serviceName: 'risk-engine',
        taskDefinition: registered.taskDefinition?.taskDefinitionArn,
        desiredCount: 2,
        launchType: 'FARGATE',
        tags: [{ key: 'criticality', value: 'non-critical' }],
      }),
    );
    // 48 hours of utilisation: two samples an hour (CPU 10 and 20 %, memory 15 and 25 %).
    // The SDK gzips large PutMetricData bodies, which moto cannot read.
    const cloudwatch = client((c) => new CloudWatchClient({ ...c, disableRequestCompression: true }));
    const lastHour = Math.floor(now / 3_600_000) * 3_600_000;
    const data: MetricDatum[] = [];
    for (let h = 1; h <= 48; h++) {
      for (const [metric, values] of [
        ['CPUUtilization', [10, 20]],
        ['MemoryUtilization', [15, 25]],
      ] as const) {
        values.forEach((value, index) =>
          data.push({
            MetricName: metric,
            Dimensions: [
              { Name: 'ClusterName', Value: CLUSTER },
              { Name: 'ServiceName', Value: 'risk-engine' },
            ],
            Timestamp: new Date(lastHour - h * 3_600_000 + (index + 1) * 1_200_000),
            Value: value,
            Unit: 'Percent',
          }),
        );
      }
    }
    for (let i = 0; i < data.length; i += 100) {
      await cloudwatch.send(new PutMetricDataCommand({ Namespace: 'AWS/ECS', MetricData: data.slice(i, i + 100) }));
    }
  }

  it('reads queued daily cost, a budget, utilisation and publishes to SNS; the issue is made once', async () => {
    const now = Date.now();
    const response = await fetch(`${moto().endpoint}/moto-api/static/ce/cost-and-usage-results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ results: [costAndUsage(now)] }),
    });
    expect(response.ok).toBe(true);
    const budgetsClient = client((c) => new BudgetsClient(c));
    await budgetsClient.send(
      new CreateBudgetCommand({
        AccountId: '123456789012',
        Budget: {
          BudgetName: 'trading-monthly',
          BudgetType: 'COST',
          TimeUnit: 'MONTHLY',
          BudgetLimit: { Amount: '9000', Unit: 'USD' },
        },
      }),
    );
    await arrangeEcs(now);
    const topic = await client((c) => new SNSClient(c)).send(new CreateTopicCommand({ Name: 'cost-alerts' }));

    const costExplorer = client((c) => new CostExplorerClient(c));
    const passThrough = client((c) => new CostExplorerClient(c));
    const ceMock = mockClient(costExplorer);
    ceMock
      .on(GetCostAndUsageCommand)
      .callsFake((input: object) => passThrough.send(new GetCostAndUsageCommand(input as never)));
    ceMock.on(GetCostForecastCommand).resolves({ Total: { Amount: '2500', Unit: 'USD' } });
    ceMock.on(GetAnomaliesCommand).resolves({
      Anomalies: [
        {
          AnomalyId: 'anomaly-1',
          AnomalyStartDate: new Date(now - DAY_MS).toISOString().slice(0, 10),
          DimensionValue: ECS_SERVICE,
          MonitorArn: 'arn:aws:ce::123456789012:anomalymonitor/services',
          RootCauses: [{ Service: ECS_SERVICE, Region: 'us-east-1', UsageType: 'USE1-Fargate-vCPU-Hours:perCPU' }],
          Impact: { MaxImpact: 160, TotalImpact: 160 },
          AnomalyScore: { MaxScore: 0.9, CurrentScore: 0.9 },
        },
      ],
    });

    const inputs = parseCostAlertInputs(
      (name) =>
        ({
          budget: '3000',
          'budget-name': 'trading-monthly',
          'account-id': '123456789012',
          cluster: CLUSTER,
          'github-issue': 'true',
          'github-token': 't',
          'sns-topic-arn': topic.TopicArn ?? '',
        })[name] ?? '',
    );
    const run = async () => {
      const cePort = createCostExplorerPort(costExplorer, MAX_COST_EXPLORER_REQUESTS);
      const logger = new RecordingLogger();
      const clock = new ManualClock(now);
      const report = await runCostReport(
        { ...inputs.report, cluster: inputs.cluster, services: inputs.services },
        {
          costExplorer: cePort,
          budgets: createBudgetsPort(budgetsClient),
          rightSize: {
            deps: {
              ecs: createEcsInventoryPort(client((c) => new ECSClient(c))),
              cloudwatch: createCloudWatchPort(client((c) => new CloudWatchClient(c))),
              clock,
              logger,
            },
            book: tablePriceBook('us-east-1'),
          },
          clock,
          logger,
        },
      );
      const announcement = await announce(report, {
        github: createGitHubClient({ apiUrl: github.url, token: 't', repository: 'org/trading' }),
        sns: { port: createSnsPort(client((c) => new SNSClient(c))), topicArn: topic.TopicArn ?? '' },
        logger,
      });
      return { report, announcement };
    };

    const { report, announcement } = await run();
    expect(report.costExplorerRequests).toBe(3);
    expect(report.groups.map((g) => g.group)).toEqual([ECS_SERVICE, 'Amazon Relational Database Service']);
    expect(report.budgets.map((b) => [b.name, b.limitUsd])).toEqual([
      ['budget input', 3000],
      ['trading-monthly', 9000],
    ]);
    // moto's Budgets always report zero spend: no threshold of that budget is reached.
    expect(report.budgets[1]?.crossings).toEqual([]);
    expect(report.anomalies).toHaveLength(1);
    expect(report.anomalies[0]).toMatchObject({ group: ECS_SERVICE, sources: ['own', 'aws'], costUsd: 260 });
    expect(report.rightSizing?.services[0]).toMatchObject({
      service: 'risk-engine',
      verdict: 'downsize',
      utilisation: { cpuP95: 15, cpuMax: 20, memoryP95: 20, memoryMax: 25, hours: 48 },
    });
    expect(report.rightSizing?.services[0]?.spotSavingUsd).toBeGreaterThan(0);
    expect(announcement.sns).toMatch(/\S/);
    expect(announcement.issue?.created).toBe(true);
    expect(renderCostReport(report)).toContain('Cost Explorer requests: 3 of at most 10');

    const again = await run();
    expect(again.announcement).toMatchObject({ announced: [], sns: undefined, issue: { created: false } });
    expect(github.issues).toHaveLength(1);
  });
});
