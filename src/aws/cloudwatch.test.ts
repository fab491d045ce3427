import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricSpec } from '../gate/checks.js';
import { createCloudWatchPort, MAX_QUERIES_PER_CALL, type MetricQuery } from './cloudwatch.js';

const cwMock = mockClient(CloudWatchClient);
const port = () => createCloudWatchPort(new CloudWatchClient({ region: 'us-east-1' }));
const requests: MetricSpec = {
  namespace: 'AWS/ApplicationELB',
  metric: 'RequestCount',
  dimensions: [
    { name: 'LoadBalancer', value: 'app/prod/1' },
    { name: 'TargetGroup', value: 'targetgroup/green/2' },
  ],
  stat: 'Sum',
  periodSeconds: 60,
};
const start = new Date('2026-11-23T14:00:00Z');
const end = new Date('2026-11-23T14:10:00Z');

beforeEach(() => cwMock.reset());

describe('the CloudWatch adapter', () => {
  it('asks for every metric of an evaluation in one GetMetricData call, exactly as specified', async () => {
    cwMock.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        {
          Id: 'q0',
          Timestamps: [new Date('2026-11-23T14:02:00Z'), new Date('2026-11-23T14:01:00Z')],
          Values: [120, 100],
        },
        { Id: 'q1', Timestamps: [], Values: [] },
      ],
    });

    const series = await port().getMetricData(
      [
        { id: 'q0', metric: requests },
        { id: 'q1', metric: { ...requests, metric: 'TargetResponseTime', stat: 'p99' } },
      ],
      start,
      end,
    );

    expect(cwMock.commandCalls(GetMetricDataCommand)).toHaveLength(1);
    const input = cwMock.commandCalls(GetMetricDataCommand)[0]?.args[0].input;
    expect(input?.MetricDataQueries?.[1]).toEqual({
      Id: 'q1',
      ReturnData: true,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/ApplicationELB',
          MetricName: 'TargetResponseTime',
          Dimensions: [
            { Name: 'LoadBalancer', Value: 'app/prod/1' },
            { Name: 'TargetGroup', Value: 'targetgroup/green/2' },
          ],
        },
        Period: 60,
        Stat: 'p99',
        Unit: undefined,
      },
    });
    expect(input).toMatchObject({ StartTime: start, EndTime: end, ScanBy: 'TimestampAscending' });
    // Oldest first, whatever order CloudWatch used.
    expect(series.get('q0')?.map((p) => p.value)).toEqual([100, 120]);
    expect(series.get('q1')).toEqual([]);
  });

  it('splits more than 500 queries into batches and follows NextToken pages', async () => {
    cwMock
      .on(GetMetricDataCommand)
      .resolvesOnce({ MetricDataResults: [{ Id: 'q0', Timestamps: [start], Values: [1] }], NextToken: 'more' })
      .resolvesOnce({ MetricDataResults: [{ Id: 'q0', Timestamps: [end], Values: [2] }] })
      .resolves({ MetricDataResults: [{ Id: 'q500', Timestamps: [start], Values: [3] }] });
    const queries: MetricQuery[] = Array.from({ length: MAX_QUERIES_PER_CALL + 1 }, (_, i) => ({
      id: `q${i}`,
      metric: requests,
    }));

    const series = await port().getMetricData(queries, start, end);

    const calls = cwMock.commandCalls(GetMetricDataCommand).map((c) => c.args[0].input);
    expect(calls.map((c) => [c.MetricDataQueries?.length, c.NextToken])).toEqual([
      [500, undefined],
      [500, 'more'],
      [1, undefined],
    ]);
    expect(series.get('q0')?.map((p) => p.value)).toEqual([1, 2]);
    expect(series.get('q500')?.map((p) => p.value)).toEqual([3]);
  });

  it('keeps what CloudWatch said about a query it could not answer, so it is not mistaken for no data', async () => {
    cwMock.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        {
          Id: 'q0',
          StatusCode: 'Forbidden',
          Messages: [{ Code: 'Forbidden', Value: 'not authorized for account 210987654321' }],
        },
        { Id: 'q1', StatusCode: 'Complete', Timestamps: [start], Values: [1] },
      ],
    });

    const series = await port().getMetricData(
      [
        { id: 'q0', metric: requests },
        { id: 'q1', metric: requests },
      ],
      start,
      end,
    );

    expect(series.problems?.get('q0')).toBe(
      'CloudWatch answered Forbidden (Forbidden: not authorized for account 210987654321)',
    );
    expect(series.problems?.has('q1')).toBe(false);
  });

  it('reads metric and composite alarms by name and by prefix', async () => {
    cwMock
      .on(DescribeAlarmsCommand, { AlarmNames: ['router-5xx'] })
      .resolves({
        MetricAlarms: [
          { AlarmName: 'router-5xx', StateValue: 'ALARM', StateReason: 'Threshold Crossed: 1 datapoint [12.0] > 5' },
        ],
      })
      .on(DescribeAlarmsCommand, { AlarmNamePrefix: 'router-' })
      .resolves({ CompositeAlarms: [{ AlarmName: 'router-health', StateValue: 'OK', StateReason: 'ok' }] });

    const alarms = await port().describeAlarms({ names: ['router-5xx'], prefix: 'router-' });

    expect(alarms).toEqual([
      {
        name: 'router-5xx',
        type: 'metric',
        state: 'ALARM',
        reason: 'Threshold Crossed: 1 datapoint [12.0] > 5',
        updatedAt: undefined,
      },
      { name: 'router-health', type: 'composite', state: 'OK', reason: 'ok', updatedAt: undefined },
    ]);
    expect(cwMock.commandCalls(DescribeAlarmsCommand)[0]?.args[0].input.AlarmTypes).toEqual([
      'MetricAlarm',
      'CompositeAlarm',
    ]);
  });
});
