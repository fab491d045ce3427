import {
  CostExplorerClient,
  GetAnomaliesCommand,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
} from '@aws-sdk/client-cost-explorer';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCostExplorerPort } from './cost-explorer.js';

const ce = mockClient(CostExplorerClient);
const port = (max = 10) => createCostExplorerPort(new CostExplorerClient({ region: 'us-east-1' }), max);

beforeEach(() => ce.reset());

describe('the Cost Explorer adapter', () => {
  it('reads daily unblended cost per group, following pages, and counts every request', async () => {
    ce.on(GetCostAndUsageCommand)
      .resolvesOnce({
        ResultsByTime: [
          {
            TimePeriod: { Start: '2026-11-21', End: '2026-11-22' },
            Estimated: false,
            Groups: [
              {
                Keys: ['Amazon Elastic Container Service'],
                Metrics: { UnblendedCost: { Amount: '12.5', Unit: 'USD' } },
              },
            ],
          },
        ],
        NextPageToken: 'p2',
      })
      .resolvesOnce({
        ResultsByTime: [
          {
            TimePeriod: { Start: '2026-11-22', End: '2026-11-23' },
            Estimated: true,
            Groups: [{ Keys: ['AWS Lambda'], Metrics: { UnblendedCost: { Amount: '1.25', Unit: 'USD' } } }],
          },
        ],
      });
    const ports = port();
    const { days, complete } = await ports.dailyCost('2026-11-21', '2026-11-23', { type: 'TAG', key: 'team' });
    expect(complete).toBe(true);
    expect(days.map((d) => [d.date, d.estimated, Object.fromEntries(d.byGroup)])).toEqual([
      ['2026-11-21', false, { 'Amazon Elastic Container Service': 12.5 }],
      ['2026-11-22', true, { 'AWS Lambda': 1.25 }],
    ]);
    expect(ports.requests).toBe(2);
    expect(ce.commandCalls(GetCostAndUsageCommand)[0]?.args[0].input).toMatchObject({
      Granularity: 'DAILY',
      Metrics: ['UnblendedCost'],
      GroupBy: [{ Type: 'TAG', Key: 'team' }],
      TimePeriod: { Start: '2026-11-21', End: '2026-11-23' },
    });
  });

  it('never sends more requests than its budget, and says the result is incomplete', async () => {
    ce.on(GetCostAndUsageCommand).resolves({ ResultsByTime: [], NextPageToken: 'again' });
    ce.on(GetCostForecastCommand).resolves({ Total: { Amount: '1', Unit: 'USD' } });
    const ports = port(3);
    expect((await ports.dailyCost('2026-11-01', '2026-11-02', { type: 'DIMENSION', key: 'SERVICE' })).complete).toBe(
      false,
    );
    expect(await ports.forecast('2026-11-23', '2026-12-01')).toBeUndefined();
    expect(await ports.anomalies('2026-11-09', '2026-11-23')).toBeUndefined();
    expect(ports.requests).toBe(3);
    expect(ce.calls()).toHaveLength(3);
  });

  it('reads the forecast, and treats "not enough data" as no forecast', async () => {
    ce.on(GetCostForecastCommand).resolvesOnce({ Total: { Amount: '812.40', Unit: 'USD' } });
    expect(await port().forecast('2026-11-23', '2026-12-01')).toBe(812.4);
    const unavailable = Object.assign(new Error('insufficient amount of historical data'), {
      name: 'DataUnavailableException',
    });
    ce.on(GetCostForecastCommand).rejects(unavailable);
    expect(await port().forecast('2026-11-23', '2026-12-01')).toBeUndefined();
  });

  it('maps AWS anomalies with their root causes', async () => {
    ce.on(GetAnomaliesCommand).resolves({
      Anomalies: [
        {
          AnomalyId: 'an-1',
          AnomalyStartDate: '2026-11-20',
          DimensionValue: 'Amazon Elastic Container Service',
          MonitorArn: 'arn:aws:ce::123456789012:anomalymonitor/x',
          RootCauses: [
            { Service: 'Amazon Elastic Container Service', Region: 'us-east-1', UsageType: 'USE1-Fargate-GB-Hours' },
          ],
          Impact: { MaxImpact: 30, TotalImpact: 55 },
          AnomalyScore: { MaxScore: 0.8, CurrentScore: 0.5 },
        },
      ],
    });
    expect(await port().anomalies('2026-11-09', '2026-11-23')).toEqual([
      {
        id: 'an-1',
        startDate: '2026-11-20',
        endDate: undefined,
        dimensionValue: 'Amazon Elastic Container Service',
        rootCauses: [
          {
            service: 'Amazon Elastic Container Service',
            region: 'us-east-1',
            usageType: 'USE1-Fargate-GB-Hours',
            linkedAccount: undefined,
          },
        ],
        totalImpactUsd: 55,
        maxScore: 0.8,
      },
    ]);
  });
});
