/**
 * Proves the traffic model: a route's requests split by its forward weights, counted exactly per
 * target group and period; weight on a group with no target to serve it becomes ELB 503s (counted
 * in elbErrorsTotal and HTTPCode_ELB_5XX_Count, never in the group's RequestCount); a target that
 * stops answering costs 502s until its health checks take it out of service.
 */
import { GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { ModifyListenerCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { clientsOf, settle, type SimClients } from '../sim-api.js';
import { GOOD_IMAGE, pairStack, type PairStack } from '../scenarios.js';
import { FAULTY, HEALTHY } from './versions.js';
import { World } from './index.js';
import { MINUTE_MS } from './traffic.js';

function suffix(arn: string, marker: string): string {
  return arn.slice(arn.indexOf(marker) + marker.length);
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

/** One Sum over [from, to) as one datapoint, read once everything has been delivered. */
async function sum(
  world: World,
  api: SimClients,
  stack: PairStack,
  metric: string,
  targetGroup: string | undefined,
  from: number,
  to: number,
): Promise<number | undefined> {
  const dimensions = [{ Name: 'LoadBalancer', Value: suffix(stack.loadBalancerArn, ':loadbalancer/') }];
  if (targetGroup) dimensions.push({ Name: 'TargetGroup', Value: suffix(targetGroup, ':') });
  const query: MetricDataQuery = {
    Id: 'm',
    MetricStat: {
      Metric: { Namespace: 'AWS/ApplicationELB', MetricName: metric, Dimensions: dimensions },
      Period: (to - from) / 1000,
      Stat: 'Sum',
    },
  };
  const answer = await settle(
    world,
    api.cloudwatch.send(
      new GetMetricDataCommand({ MetricDataQueries: [query], StartTime: new Date(from), EndTime: new Date(to) }),
    ),
  );
  return answer.MetricDataResults?.[0]?.Values?.[0];
}

/** Rounds the world's clock up to the next whole minute. */
function nextMinute(world: World): number {
  return Math.ceil((world.now() + 1) / MINUTE_MS) * MINUTE_MS;
}

describe('traffic', () => {
  it('splits a route’s requests by its weights and counts every request of a period exactly', async () => {
    const world = new World({ seed: 41 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    // Serve green with a healthy target so both groups answer.
    world.elb.register(stack.greenTargetGroup, {
      id: '10.0.9.9',
      port: 8080,
      behaviour: { answering: () => true, errorRate: 0, latencySeconds: 0.05 },
      onChange: () => undefined,
    });
    await world.scheduler.advanceTo(world.now() + 5 * MINUTE_MS);
    await setWeights(world, api, stack, 3, 1);
    const from = nextMinute(world);
    await world.scheduler.advanceTo(from + 10 * MINUTE_MS);
    for (let minute = from; minute < from + 10 * MINUTE_MS; minute += MINUTE_MS) {
      expect(world.traffic.bucket(stack.blueTargetGroup, minute)?.requests).toBeCloseTo(150 * 60, 6);
      expect(world.traffic.bucket(stack.greenTargetGroup, minute)?.requests).toBeCloseTo(50 * 60, 6);
    }
    await world.scheduler.advanceTo(world.now() + 10 * MINUTE_MS);
    const blue = await sum(world, api, stack, 'RequestCount', stack.blueTargetGroup, from, from + 10 * MINUTE_MS);
    const green = await sum(world, api, stack, 'RequestCount', stack.greenTargetGroup, from, from + 10 * MINUTE_MS);
    expect((blue ?? 0) / ((blue ?? 0) + (green ?? 0))).toBeCloseTo(0.75, 2);
    expect(world.traffic.elbErrorsTotal).toBe(0);
  });

  it('counts a fault from the instant it starts: running tasks of a degraded image answer 5xx from then on', async () => {
    const world = new World({ seed: 43 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    // The live image's tasks are running: the fault reaches them, not only tasks started later.
    await world.scheduler.advanceTo(nextMinute(world) + 5 * MINUTE_MS);
    const onset = world.now() + 30_000;
    await world.scheduler.advanceTo(onset);
    world.degrade(GOOD_IMAGE, FAULTY);
    await world.scheduler.advanceTo(onset + 3 * MINUTE_MS);
    const minute = (at: number) => world.traffic.bucket(stack.blueTargetGroup, Math.floor(at / MINUTE_MS) * MINUTE_MS);
    // The minute before the onset: healthy (0.2 %); the minute of the onset: half of it faulty; after: 8 %.
    const before = minute(onset - MINUTE_MS);
    const during = minute(onset);
    const after = minute(onset + MINUTE_MS);
    expect((before?.errors ?? 0) / (before?.requests ?? 1)).toBeCloseTo(HEALTHY.errorRate, 6);
    expect((during?.errors ?? 0) / (during?.requests ?? 1)).toBeCloseTo((HEALTHY.errorRate + FAULTY.errorRate) / 2, 6);
    expect((after?.errors ?? 0) / (after?.requests ?? 1)).toBeCloseTo(FAULTY.errorRate, 6);
  });

  it('answers requests weighted to a group without targets with ELB 503s', async () => {
    const world = new World({ seed: 42 });
    const stack = pairStack(world, { requestsPerSecond: 200 });
    const api = clientsOf(world);
    await world.scheduler.advanceTo(world.now() + 5 * MINUTE_MS);
    expect(world.traffic.elbErrorsTotal).toBe(0);
    // Green has no task: the mistake of shifting weight before its targets are registered.
    await setWeights(world, api, stack, 90, 10);
    const shiftedAt = world.calls.find((c) => c.operation === 'ModifyListener')?.at ?? 0;
    const from = nextMinute(world);
    await world.scheduler.advanceTo(from + 5 * MINUTE_MS);
    expect(world.traffic.elbErrorsTotal).toBeCloseTo((20 * (world.now() - shiftedAt)) / 1000, 6);
    await world.scheduler.advanceTo(world.now() + 10 * MINUTE_MS);
    expect(await sum(world, api, stack, 'HTTPCode_ELB_5XX_Count', undefined, from, from + 5 * MINUTE_MS)).toBe(
      20 * 300,
    );
    // The targets never saw those requests: green has no RequestCount at all.
    expect(
      await sum(world, api, stack, 'RequestCount', stack.greenTargetGroup, from, from + 5 * MINUTE_MS),
    ).toBeUndefined();
    expect(
      await sum(world, api, stack, 'HTTPCode_Target_5XX_Count', stack.greenTargetGroup, from, from + 5 * MINUTE_MS),
    ).toBeUndefined();
  });

  it('costs 502s while a target that stopped answering still receives requests, and none once checks fail it', async () => {
    const world = new World({ seed: 43 });
    const stack = pairStack(world, { requestsPerSecond: 100, desiredCount: 2 });
    await world.scheduler.advanceTo(world.now() + MINUTE_MS);
    const [first] = [...world.elb.group(stack.blueTargetGroup).targets.values()];
    const task = [...world.ecs.tasks.values()].find((t) => t.ip === first?.id);
    if (!first || !task) throw new Error('no blue target');
    // The process inside the task dies; the load balancer still sends it half the requests.
    task.crashed = true;
    world.elb.probeChanged(stack.blueTargetGroup, first.id);
    const crashed = world.now();
    await world.scheduler.advanceTo(crashed + 5 * 1000);
    expect(world.traffic.elbErrorsTotal).toBeCloseTo(50 * 5, 6);
    // Tuned checks (10 s, unhealthy after 2) take it out of service within 20 s.
    await world.scheduler.advanceTo(crashed + 5 * MINUTE_MS);
    // Failed by its checks, then deregistered by ECS, which stops the task.
    expect(first.state).toBe('draining');
    expect(task.stoppedReason).toMatch(/^Task failed ELB health checks/);
    const total = world.traffic.elbErrorsTotal;
    expect(total).toBeGreaterThan(50 * 10);
    expect(total).toBeLessThanOrEqual(50 * 20);
    await world.scheduler.advanceTo(world.now() + 5 * MINUTE_MS);
    expect(world.traffic.elbErrorsTotal).toBe(total);
  });
});
