/**
 * Proves simulated CloudWatch as GetMetricData and DescribeAlarms show it: with REAL_TIMING no
 * ALB datapoint of a minute is readable before the minute's end + 60 s and every one is by its
 * end + 300 s (most by + 180 s); a group without requests has no RequestCount, a minute without
 * 5xx no HTTPCode_Target_5XX_Count (absent, not zero); the 5xx share follows the version's error
 * rate; TargetResponseTime gives the version's average and percentiles; IDEAL_TIMING serves
 * 10-second periods at once; an alarm on the 5xx count of a faulty version's group goes to ALARM
 * within minutes and tells its listeners.
 */
import {
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  type MetricDataQuery,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import { UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { DescribeTargetHealthCommand, ModifyListenerCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { clientsOf, settle, watch, type SimClients } from '../sim-api.js';
import { CONTAINER, FAMILY, pairStack, release, type PairStack } from '../scenarios.js';
import { IDEAL_TIMING } from './cloudwatch.js';
import { World } from './index.js';
import { MINUTE_MS } from './traffic.js';
import { FAULTY, HEALTHY, type VersionProfile } from './versions.js';

const SECOND = 1_000;

function suffix(arn: string, marker: string): string {
  return arn.slice(arn.indexOf(marker) + marker.length);
}

/** A query on one ALB metric of the stack: the load balancer's, or one target group's. */
function albQuery(
  stack: PairStack,
  id: string,
  metric: string,
  stat: string,
  targetGroup?: string,
  periodSeconds = 60,
): MetricDataQuery {
  const dimensions = [{ Name: 'LoadBalancer', Value: suffix(stack.loadBalancerArn, ':loadbalancer/') }];
  if (targetGroup) dimensions.push({ Name: 'TargetGroup', Value: suffix(targetGroup, ':') });
  return {
    Id: id,
    MetricStat: {
      Metric: { Namespace: 'AWS/ApplicationELB', MetricName: metric, Dimensions: dimensions },
      Period: periodSeconds,
      Stat: stat,
    },
  };
}

function metricData(
  api: SimClients,
  queries: MetricDataQuery[],
  from: number,
  to: number,
): Promise<MetricDataResult[]> {
  return api.cloudwatch
    .send(
      new GetMetricDataCommand({
        MetricDataQueries: queries,
        StartTime: new Date(from),
        EndTime: new Date(to),
        ScanBy: 'TimestampAscending',
      }),
    )
    .then((answer) => answer.MetricDataResults ?? []);
}

/** Period start → value of one result. */
function points(result: MetricDataResult | undefined): Map<number, number> {
  const timestamps = result?.Timestamps ?? [];
  return new Map(timestamps.map((t, i) => [t.getTime(), result?.Values?.[i] ?? Number.NaN]));
}

async function read(
  world: World,
  api: SimClients,
  queries: MetricDataQuery[],
  from: number,
  to: number,
): Promise<Map<string, Map<number, number>>> {
  const results = await settle(world, metricData(api, queries, from, to));
  return new Map(results.map((r) => [r.Id ?? '', points(r)]));
}

/** Puts `profile` on the green service with two tasks and waits until both are healthy targets. */
async function serveGreen(world: World, api: SimClients, stack: PairStack, profile: VersionProfile): Promise<void> {
  const image = release(world, `green-${profile.errorRate}-${profile.latencySeconds}`, profile);
  const revision = world.ecs.register({
    family: FAMILY,
    containerDefinitions: [{ name: CONTAINER, image, essential: true }],
  });
  await settle(
    world,
    api.ecs.send(
      new UpdateServiceCommand({
        cluster: stack.cluster,
        service: stack.greenService,
        taskDefinition: revision,
        desiredCount: 2,
      }),
    ),
  );
  const samples = await watch(
    world,
    () => api.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: stack.greenTargetGroup })),
    {
      everyMs: 5 * SECOND,
      withinMs: 10 * MINUTE_MS,
      done: (answer) =>
        (answer.TargetHealthDescriptions ?? []).filter((d) => d.TargetHealth?.State === 'healthy').length === 2,
    },
  );
  if (samples.length === 0) throw new Error('green never became healthy');
}

function setWeights(world: World, api: SimClients, stack: PairStack, blue: number, green: number): Promise<unknown> {
  return settle(
    world,
    api.elb.send(
      new ModifyListenerCommand({
        ListenerArn: stack.listenerArn,
        DefaultActions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: stack.blueTargetGroup, Weight: blue },
                { TargetGroupArn: stack.greenTargetGroup, Weight: green },
              ],
            },
          },
        ],
      }),
    ),
  );
}

function nextMinute(world: World): number {
  return Math.ceil((world.now() + 1) / MINUTE_MS) * MINUTE_MS;
}

describe('CloudWatch: when ALB datapoints can be read', () => {
  it('delivers no minute before its end + 60 s and every minute by its end + 300 s, most by + 180 s', async () => {
    const world = new World({ seed: 51 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    const queries = [
      albQuery(stack, 'requests', 'RequestCount', 'Sum', stack.blueTargetGroup),
      albQuery(stack, 'latency', 'TargetResponseTime', 'Average', stack.blueTargetGroup),
      albQuery(stack, 'errors', 'HTTPCode_Target_5XX_Count', 'Sum', stack.blueTargetGroup),
      albQuery(stack, 'lbRequests', 'RequestCount', 'Sum'),
    ];
    const from = nextMinute(world);
    await world.scheduler.advanceTo(from + 5 * SECOND);
    const firstSeen = new Map<string, number>();
    const values = new Map<string, number>();
    const minutes = 30;
    await watch(world, () => metricData(api, queries, from, world.now()), {
      everyMs: 5 * SECOND,
      withinMs: (minutes + 6) * MINUTE_MS,
      done: (results) => {
        for (const result of results) {
          for (const [at, value] of points(result)) {
            const key = `${result.Id ?? ''}@${at}`;
            // Once delivered, a datapoint stays and keeps its value.
            if (values.has(key)) expect(values.get(key)).toBe(value);
            values.set(key, value);
            if (!firstSeen.has(key)) firstSeen.set(key, world.now());
          }
        }
        return false;
      },
    });
    const delays: number[] = [];
    for (let minute = from; minute < from + minutes * MINUTE_MS; minute += MINUTE_MS) {
      for (const id of ['requests', 'latency', 'lbRequests']) {
        const seen = firstSeen.get(`${id}@${minute}`);
        expect(seen, `${id} of ${new Date(minute).toISOString()}`).toBeDefined();
        delays.push((seen ?? 0) - (minute + MINUTE_MS));
      }
      expect(values.get(`requests@${minute}`)).toBeGreaterThan(200 * 60 * 0.97);
      expect(values.get(`requests@${minute}`)).toBeLessThan(200 * 60 * 1.03);
    }
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(60 * SECOND);
    // Sampled every 5 s, so a datapoint is seen up to 5 s (and a call's latency) after it arrives.
    expect(Math.max(...delays)).toBeLessThanOrEqual(306 * SECOND);
    const late = delays.filter((d) => d > 186 * SECOND).length;
    expect(late).toBeGreaterThan(0);
    expect(late / delays.length).toBeLessThan(0.15);
  });

  it('serves 10-second periods the moment they end with IDEAL_TIMING, and none at 10 s with REAL_TIMING', async () => {
    const ideal = new World({ seed: 52, timing: IDEAL_TIMING });
    const idealStack = pairStack(ideal, { requestsPerSecond: 200 });
    const idealApi = clientsOf(ideal);
    const boundary = Math.ceil((ideal.now() + 60 * SECOND) / 10_000) * 10_000;
    await ideal.scheduler.advanceTo(boundary);
    const query = albQuery(idealStack, 'requests', 'RequestCount', 'Sum', idealStack.blueTargetGroup, 10);
    const seen = (await read(ideal, idealApi, [query], boundary - 30 * SECOND, boundary)).get('requests');
    expect([...(seen?.keys() ?? [])]).toEqual([boundary - 30 * SECOND, boundary - 20 * SECOND, boundary - 10 * SECOND]);
    for (const value of seen?.values() ?? []) {
      expect(value).toBeGreaterThan(200 * 10 * 0.9);
      expect(value).toBeLessThan(200 * 10 * 1.1);
    }

    const real = new World({ seed: 52 });
    const realStack = pairStack(real, { requestsPerSecond: 200 });
    const realApi = clientsOf(real);
    await real.scheduler.advanceTo(real.now() + 30 * MINUTE_MS);
    const tenSeconds = albQuery(realStack, 'requests', 'RequestCount', 'Sum', realStack.blueTargetGroup, 10);
    const minute = albQuery(realStack, 'minute', 'RequestCount', 'Sum', realStack.blueTargetGroup, 60);
    const answer = await read(real, realApi, [tenSeconds, minute], real.now() - 20 * MINUTE_MS, real.now());
    expect(answer.get('requests')?.size).toBe(0);
    expect(answer.get('minute')?.size).toBeGreaterThanOrEqual(15);
  });

  it('answers newest first unless asked for TimestampAscending', async () => {
    const world = new World({ seed: 53 });
    const stack = pairStack(world);
    const api = clientsOf(world);
    await world.scheduler.advanceTo(world.now() + 15 * MINUTE_MS);
    const query = albQuery(stack, 'requests', 'RequestCount', 'Sum', stack.blueTargetGroup);
    const ask = (scanBy?: 'TimestampAscending') =>
      settle(
        world,
        api.cloudwatch.send(
          new GetMetricDataCommand({
            MetricDataQueries: [query],
            StartTime: new Date(world.now() - 10 * MINUTE_MS),
            EndTime: new Date(world.now()),
            ...(scanBy ? { ScanBy: scanBy } : {}),
          }),
        ),
      );
    const newestFirst = (await ask()).MetricDataResults?.[0]?.Timestamps?.map((t) => t.getTime()) ?? [];
    const oldestFirst =
      (await ask('TimestampAscending')).MetricDataResults?.[0]?.Timestamps?.map((t) => t.getTime()) ?? [];
    expect(newestFirst.length).toBeGreaterThan(3);
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
    expect(oldestFirst).toEqual([...newestFirst].reverse());
  });
});

describe('CloudWatch: what ALB datapoints say', () => {
  it('has no RequestCount or latency for a group that gets no requests (weight 0), only its host counts', async () => {
    const world = new World({ seed: 54 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    await serveGreen(world, api, stack, HEALTHY);
    const from = nextMinute(world);
    await world.scheduler.advanceTo(from + 15 * MINUTE_MS);
    const answer = await read(
      world,
      api,
      [
        albQuery(stack, 'greenRequests', 'RequestCount', 'Sum', stack.greenTargetGroup),
        albQuery(stack, 'greenLatency', 'TargetResponseTime', 'Average', stack.greenTargetGroup),
        albQuery(stack, 'greenHosts', 'HealthyHostCount', 'Maximum', stack.greenTargetGroup),
        albQuery(stack, 'blueRequests', 'RequestCount', 'Sum', stack.blueTargetGroup),
      ],
      from,
      from + 10 * MINUTE_MS,
    );
    expect(answer.get('greenRequests')?.size).toBe(0);
    expect(answer.get('greenLatency')?.size).toBe(0);
    expect([...(answer.get('greenHosts')?.values() ?? [])]).toEqual(Array.from({ length: 10 }, () => 2));
    expect(answer.get('blueRequests')?.size).toBe(10);
  });

  it('puts the 5xx share of each group at its version’s error rate (FAULTY 8 %, HEALTHY 0.2 %)', async () => {
    const world = new World({ seed: 55 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    await serveGreen(world, api, stack, FAULTY);
    await setWeights(world, api, stack, 1, 1);
    const from = nextMinute(world);
    await world.scheduler.advanceTo(from + 65 * MINUTE_MS);
    const hour = (id: string, metric: string, group: string) => albQuery(stack, id, metric, 'Sum', group, 3_600);
    const answer = await read(
      world,
      api,
      [
        hour('greenRequests', 'RequestCount', stack.greenTargetGroup),
        hour('greenErrors', 'HTTPCode_Target_5XX_Count', stack.greenTargetGroup),
        hour('blueRequests', 'RequestCount', stack.blueTargetGroup),
        hour('blueErrors', 'HTTPCode_Target_5XX_Count', stack.blueTargetGroup),
      ],
      from,
      from + 60 * MINUTE_MS,
    );
    const only = (id: string) => [...(answer.get(id)?.values() ?? [])][0] ?? Number.NaN;
    const greenShare = only('greenErrors') / only('greenRequests');
    const blueShare = only('blueErrors') / only('blueRequests');
    expect(only('greenRequests')).toBeGreaterThan(100 * 3_600 * 0.98);
    expect(greenShare).toBeGreaterThan(0.075);
    expect(greenShare).toBeLessThan(0.085);
    expect(blueShare).toBeGreaterThan(0.0015);
    expect(blueShare).toBeLessThan(0.0025);
  });

  it('has no 5xx datapoint for a minute without errors, rather than a zero', async () => {
    const world = new World({ seed: 56 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    await serveGreen(world, api, stack, { ...HEALTHY, errorRate: 0 });
    await setWeights(world, api, stack, 1, 1);
    const from = nextMinute(world);
    await world.scheduler.advanceTo(from + 15 * MINUTE_MS);
    const answer = await read(
      world,
      api,
      [
        albQuery(stack, 'requests', 'RequestCount', 'Sum', stack.greenTargetGroup),
        albQuery(stack, 'errors', 'HTTPCode_Target_5XX_Count', 'Sum', stack.greenTargetGroup),
      ],
      from,
      from + 10 * MINUTE_MS,
    );
    expect(answer.get('requests')?.size).toBe(10);
    expect(answer.get('errors')?.size).toBe(0);

    // A trickle of requests at 0.2 % errors: most minutes have requests but no error at all.
    const quiet = new World({ seed: 57 });
    const quietStack = pairStack(quiet, { requestsPerSecond: 1 });
    const quietApi = clientsOf(quiet);
    const start = nextMinute(quiet);
    await quiet.scheduler.advanceTo(start + 65 * MINUTE_MS);
    const trickle = await read(
      quiet,
      quietApi,
      [
        albQuery(quietStack, 'requests', 'RequestCount', 'Sum', quietStack.blueTargetGroup),
        albQuery(quietStack, 'errors', 'HTTPCode_Target_5XX_Count', 'Sum', quietStack.blueTargetGroup),
      ],
      start,
      start + 60 * MINUTE_MS,
    );
    expect(trickle.get('requests')?.size).toBe(60);
    const errors = [...(trickle.get('errors')?.values() ?? [])];
    expect(errors.length).toBeLessThan(30);
    expect(errors.every((n) => n >= 1)).toBe(true);
  });

  it('gives TargetResponseTime as the version’s lognormal latency: average and percentiles', async () => {
    const world = new World({ seed: 58 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    await serveGreen(world, api, stack, FAULTY);
    await setWeights(world, api, stack, 1, 1);
    const from = nextMinute(world);
    await world.scheduler.advanceTo(from + 15 * MINUTE_MS);
    const stats = ['Average', 'p50', 'p99'];
    const queries = [stack.blueTargetGroup, stack.greenTargetGroup].flatMap((group, g) =>
      stats.map((stat) => albQuery(stack, `g${g}${stat.replace('.', '_')}`, 'TargetResponseTime', stat, group)),
    );
    const answer = await read(world, api, queries, from, from + 10 * MINUTE_MS);
    // Lognormal around the median with sigma 0.35: mean = median × e^(σ²/2), p99 = median × e^(2.326 σ).
    const sigma = 0.35;
    const expected = (median: number) => ({
      Average: median * Math.exp((sigma * sigma) / 2),
      p50: median,
      p99: median * Math.exp(2.3263 * sigma),
    });
    for (const [g, median] of [HEALTHY.latencySeconds, FAULTY.latencySeconds].entries()) {
      for (const stat of stats) {
        const values = [...(answer.get(`g${g}${stat}`)?.values() ?? [])];
        expect(values).toHaveLength(10);
        const want = expected(median)[stat as keyof ReturnType<typeof expected>];
        for (const value of values) {
          expect(value).toBeGreaterThan(want * 0.9);
          expect(value).toBeLessThan(want * 1.1);
        }
      }
    }
  });
});

describe('CloudWatch alarms', () => {
  it.each([
    { evaluationPeriods: 1, datapointsToAlarm: 1 },
    { evaluationPeriods: 3, datapointsToAlarm: 2 },
  ])(
    'goes to ALARM within minutes of a faulty version taking traffic ($datapointsToAlarm of $evaluationPeriods)',
    async ({ evaluationPeriods, datapointsToAlarm }) => {
      const world = new World({ seed: 59 });
      const stack = pairStack(world, { requestsPerSecond: 200 });
      const api = clientsOf(world);
      const dimensions = [
        { Name: 'LoadBalancer', Value: suffix(stack.loadBalancerArn, ':loadbalancer/') },
        { Name: 'TargetGroup', Value: suffix(stack.greenTargetGroup, ':') },
      ];
      world.cloudwatch.putAlarm({
        name: 'green-5xx',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        dimensions,
        statistic: 'Sum',
        periodSeconds: 60,
        evaluationPeriods,
        datapointsToAlarm,
        threshold: 50,
        comparison: 'GreaterThanThreshold',
      });
      const heard: { at: number; alarm: string; state: string; reason: string }[] = [];
      world.cloudwatch.onAlarmChange((alarm, state, reason) => heard.push({ at: world.now(), alarm, state, reason }));
      await serveGreen(world, api, stack, FAULTY);
      await world.scheduler.advanceTo(world.now() + 10 * MINUTE_MS);
      // Green served nothing yet: no 5xx datapoint, so no state but INSUFFICIENT_DATA.
      expect(world.cloudwatch.alarmState('green-5xx')).toBe('INSUFFICIENT_DATA');
      expect(heard).toEqual([]);

      await setWeights(world, api, stack, 1, 1);
      const shifted = world.calls.find((c) => c.operation === 'ModifyListener')?.at ?? 0;
      await world.scheduler.advanceTo(shifted + 15 * MINUTE_MS);
      const alarmed = heard.findIndex((h) => h.state === 'ALARM');
      const alarm = heard[alarmed];
      if (!alarm) throw new Error(`never in ALARM: ${JSON.stringify(heard)}`);
      // A faulty minute must end and reach CloudWatch (60–300 s later) before an evaluation (every
      // minute, 5 s past it) sees it: the partial minute of the shift at the earliest, the first
      // whole one at the latest.
      const partialMinuteEnds = Math.ceil(shifted / MINUTE_MS) * MINUTE_MS;
      expect(alarm.at).toBeGreaterThan(partialMinuteEnds + 60 * SECOND);
      expect(alarm.at).toBeLessThanOrEqual(partialMinuteEnds + MINUTE_MS + 300 * SECOND + 65 * SECOND);
      expect(alarm.alarm).toBe('green-5xx');
      expect(alarm.reason).toMatch(/^Threshold Crossed: /);
      // While the faulty version serves, the alarm stays in ALARM: late datapoints never flap it.
      expect(heard.slice(alarmed + 1)).toEqual([]);
      const described = await settle(
        world,
        api.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['green-5xx'] })),
      );
      expect(described.MetricAlarms?.[0]).toMatchObject({
        AlarmName: 'green-5xx',
        StateValue: 'ALARM',
        StateUpdatedTimestamp: new Date(alarm.at),
        EvaluationPeriods: evaluationPeriods,
        DatapointsToAlarm: datapointsToAlarm,
      });
    },
  );

  it('settles in OK, and stays there, while a healthy version serves under the threshold', async () => {
    const world = new World({ seed: 60 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    world.cloudwatch.putAlarm({
      name: 'blue-5xx',
      namespace: 'AWS/ApplicationELB',
      metricName: 'HTTPCode_Target_5XX_Count',
      dimensions: [
        { Name: 'LoadBalancer', Value: suffix(stack.loadBalancerArn, ':loadbalancer/') },
        { Name: 'TargetGroup', Value: suffix(stack.blueTargetGroup, ':') },
      ],
      statistic: 'Sum',
      periodSeconds: 60,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: 50,
      comparison: 'GreaterThanThreshold',
    });
    const states: string[] = [];
    world.cloudwatch.onAlarmChange((_alarm, state) => states.push(state));
    await world.scheduler.advanceTo(world.now() + 15 * MINUTE_MS);
    // Blue at 0.2 % of 200 rps: about 24 errors a minute, under the threshold.
    expect(states).toEqual(['OK']);
    const described = await settle(world, api.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['blue-5xx'] })));
    expect(described.MetricAlarms?.[0]?.StateValue).toBe('OK');
  });
});
