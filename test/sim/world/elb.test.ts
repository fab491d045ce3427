/**
 * Proves the simulated Elastic Load Balancing as the API shows it: a new target is `initial` for
 * about interval × healthy threshold, then `healthy`; a target that stops answering turns
 * `unhealthy` after the unhealthy threshold of checks; deregistration drains for the
 * deregistration delay; a group of only unhealthy targets fails open; rule priorities (1–50000,
 * one per listener) and forward weights (0–999) are checked as AWS checks them; weights written
 * with ModifyListener or ModifyRule read back the same; target group names are unique.
 */
import {
  AddTagsCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeTagsCommand,
  DescribeTargetHealthCommand,
  DuplicateTargetGroupNameException,
  ModifyListenerCommand,
  ModifyRuleCommand,
  PriorityInUseException,
  ResourceInUseException,
  TooManyTagsException,
  type Action,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { clientsOf, rejection, settle, watch, type SimClients } from '../sim-api.js';
import { serviceStack } from '../scenarios.js';
import type { TargetState } from './elb.js';
import { World } from './index.js';

const SECOND = 1_000;

interface Probe {
  answering: boolean;
  readonly changes: { at: number; state: TargetState | 'removed' }[];
}

/** Registers a target whose answers the test controls, as ECS registers a task's IP. */
function registerTarget(world: World, targetGroupArn: string, id: string, answering = true): Probe {
  const probe: Probe = { answering, changes: [] };
  world.elb.register(targetGroupArn, {
    id,
    port: 8080,
    behaviour: { answering: () => probe.answering, errorRate: 0, latencySeconds: 0.05 },
    onChange: (state) => probe.changes.push({ at: world.now(), state }),
  });
  return probe;
}

/** Target id → `state (reason)`, as DescribeTargetHealth answers (a call still to be run). */
async function healthCall(api: SimClients, targetGroupArn: string): Promise<Map<string, string>> {
  const answer = await api.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }));
  return new Map(
    (answer.TargetHealthDescriptions ?? []).map((d) => [
      d.Target?.Id ?? '',
      `${d.TargetHealth?.State ?? ''}${d.TargetHealth?.Reason ? ` (${d.TargetHealth.Reason})` : ''}`,
    ]),
  );
}

function health(world: World, api: SimClients, targetGroupArn: string): Promise<Map<string, string>> {
  return settle(world, healthCall(api, targetGroupArn));
}

/** Polls one target's health every second until it reads `wanted`; how long that took. */
async function timeUntil(
  world: World,
  api: SimClients,
  targetGroupArn: string,
  id: string,
  wanted: (state: string | undefined) => boolean,
): Promise<{ ms: number; seen: string[] }> {
  const from = world.now();
  const samples = await watch(world, () => healthCall(api, targetGroupArn), {
    everyMs: SECOND,
    withinMs: 20 * 60 * SECOND,
    done: (states) => wanted(states.get(id)),
  });
  const last = samples.at(-1);
  if (!last || !wanted(last.value.get(id))) throw new Error(`${id} never reached the wanted state`);
  return { ms: last.at - from, seen: [...new Set(samples.map((s) => s.value.get(id) ?? 'absent'))] };
}

function forward(weights: [string, number][]): Action[] {
  return [
    {
      Type: 'forward',
      ForwardConfig: { TargetGroups: weights.map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })) },
    },
  ];
}

describe('ELB health checks', () => {
  it.each([
    { name: 'AWS defaults (30 s × 5)', settings: {}, interval: 30, threshold: 5 },
    { name: 'tuned (10 s × 3)', settings: { intervalSeconds: 10, healthyThreshold: 3 }, interval: 10, threshold: 3 },
  ])(
    'keeps a new target initial for about interval × healthy threshold, $name',
    async ({ settings, interval, threshold }) => {
      const world = new World({ seed: 21 });
      const api = clientsOf(world);
      world.elb.createLoadBalancer('lb');
      const group = world.elb.createTargetGroup('checked', settings);
      const durations: number[] = [];
      for (let i = 0; i < 6; i++) {
        const id = `10.0.0.${i + 10}`;
        const probe = registerTarget(world, group, id);
        const { ms, seen } = await timeUntil(world, api, group, id, (s) => s === 'healthy');
        expect(seen).toEqual(['initial (Elb.RegistrationInProgress)', 'healthy']);
        expect(probe.changes.map((c) => c.state)).toEqual(['healthy']);
        durations.push(ms);
      }
      // The first check comes within one interval of registering, then one per interval.
      for (const ms of durations) {
        expect(ms).toBeGreaterThanOrEqual((threshold - 1) * interval * SECOND);
        expect(ms).toBeLessThanOrEqual(threshold * interval * SECOND + 2 * SECOND);
      }
    },
  );

  it('turns a target that stops answering unhealthy after the unhealthy threshold of checks, and back', async () => {
    const world = new World({ seed: 22 });
    const api = clientsOf(world);
    world.elb.createLoadBalancer('lb');
    const group = world.elb.createTargetGroup('checked', {
      intervalSeconds: 10,
      healthyThreshold: 3,
      unhealthyThreshold: 4,
    });
    const probe = registerTarget(world, group, '10.0.0.1');
    await timeUntil(world, api, group, '10.0.0.1', (s) => s === 'healthy');
    await world.scheduler.advanceTo(world.now() + 17 * SECOND);

    probe.answering = false;
    world.elb.probeChanged(group, '10.0.0.1');
    const stopped = world.now();
    const down = await timeUntil(world, api, group, '10.0.0.1', (s) => s?.startsWith('unhealthy') === true);
    expect(down.seen).toEqual(['healthy', 'unhealthy (Target.FailedHealthChecks)']);
    const turnedUnhealthy = probe.changes.find((c) => c.state === 'unhealthy')?.at ?? 0;
    expect(turnedUnhealthy - stopped).toBeGreaterThan(3 * 10 * SECOND);
    expect(turnedUnhealthy - stopped).toBeLessThanOrEqual(4 * 10 * SECOND);

    probe.answering = true;
    world.elb.probeChanged(group, '10.0.0.1');
    const up = await timeUntil(world, api, group, '10.0.0.1', (s) => s === 'healthy');
    expect(up.ms).toBeGreaterThan(2 * 10 * SECOND);
    expect(up.ms).toBeLessThanOrEqual(3 * 10 * SECOND + 2 * SECOND);
  });

  it('marks a target that never answers unhealthy after the unhealthy threshold, never healthy', async () => {
    const world = new World({ seed: 23 });
    const api = clientsOf(world);
    world.elb.createLoadBalancer('lb');
    const group = world.elb.createTargetGroup('checked', { intervalSeconds: 10, healthyThreshold: 3 });
    const probe = registerTarget(world, group, '10.0.0.1', false);
    const { ms, seen } = await timeUntil(world, api, group, '10.0.0.1', (s) => s?.startsWith('unhealthy') === true);
    expect(seen).toEqual(['initial (Elb.RegistrationInProgress)', 'unhealthy (Target.FailedHealthChecks)']);
    // The API's default UnhealthyThresholdCount is 2.
    expect(ms).toBeLessThanOrEqual(2 * 10 * SECOND + 2 * SECOND);
    await world.scheduler.advanceTo(world.now() + 10 * 60 * SECOND);
    expect(probe.changes.map((c) => c.state)).toEqual(['unhealthy']);
  });

  it('drains a deregistered target for the deregistration delay, then removes it', async () => {
    const world = new World({ seed: 24 });
    const api = clientsOf(world);
    world.elb.createLoadBalancer('lb');
    const group = world.elb.createTargetGroup('checked', { intervalSeconds: 10, healthyThreshold: 3 });
    const probe = registerTarget(world, group, '10.0.0.1');
    registerTarget(world, group, '10.0.0.2');
    await timeUntil(world, api, group, '10.0.0.1', (s) => s === 'healthy');

    world.elb.deregister(group, '10.0.0.1');
    const from = world.now();
    expect((await health(world, api, group)).get('10.0.0.1')).toBe('draining (Target.DeregistrationInProgress)');
    await world.scheduler.advanceTo(from + 299 * SECOND);
    expect((await health(world, api, group)).get('10.0.0.1')).toBe('draining (Target.DeregistrationInProgress)');
    await world.scheduler.advanceTo(from + 300 * SECOND);
    expect((await health(world, api, group)).has('10.0.0.1')).toBe(false);
    expect((await health(world, api, group)).has('10.0.0.2')).toBe(true);
    expect(probe.changes.at(-1)).toEqual({ at: from + 300 * SECOND, state: 'removed' });
  });

  it('sends requests to the healthy targets only, and to every target when none is healthy (fail open)', () => {
    const world = new World({ seed: 25 });
    world.elb.createLoadBalancer('lb');
    const group = world.elb.createTargetGroup('checked');
    registerTarget(world, group, 'a');
    registerTarget(world, group, 'b');
    const targets = world.elb.group(group).targets;
    const set = (id: string, state: TargetState) => {
      const target = targets.get(id);
      if (target) target.state = state;
    };
    const serving = () => world.elb.servingTargets(group).map((t) => t.id);
    set('a', 'healthy');
    set('b', 'unhealthy');
    expect(serving()).toEqual(['a']);
    set('a', 'unhealthy');
    expect(serving()).toEqual(['a', 'b']);
    set('a', 'draining');
    expect(serving()).toEqual(['b']);
    set('b', 'draining');
    expect(serving()).toEqual([]);
  });
});

describe('ELB listeners and rules', () => {
  const condition = (path: string) => [{ Field: 'path-pattern', PathPatternConfig: { Values: [path] } }];

  it('refuses a rule priority taken on the same listener with PriorityInUseException', async () => {
    const world = new World({ seed: 26 });
    const stack = serviceStack(world);
    const api = clientsOf(world);
    const other = world.elb.createListener(stack.loadBalancerArn, 9443, forward([[stack.blueTargetGroup, 1]]));
    const create = (listener: string, priority: number) =>
      api.elb.send(
        new CreateRuleCommand({
          ListenerArn: listener,
          Priority: priority,
          Conditions: condition(`/p${priority}/*`),
          Actions: forward([[stack.greenTargetGroup, 1]]),
        }),
      );
    const first = await settle(world, create(stack.listenerArn, 10));
    expect(first.Rules?.[0]?.Priority).toBe('10');
    const taken = await rejection(world, create(stack.listenerArn, 10));
    expect(taken).toBeInstanceOf(PriorityInUseException);
    // Priorities are per listener.
    expect((await settle(world, create(other, 10))).Rules?.[0]?.Priority).toBe('10');
  });

  it.each([
    [0, false],
    [1, true],
    [50_000, true],
    [50_001, false],
  ])('accepts a rule priority of %i: %s', async (priority, accepted) => {
    const world = new World({ seed: 27 });
    const stack = serviceStack(world);
    const api = clientsOf(world);
    const call = api.elb.send(
      new CreateRuleCommand({
        ListenerArn: stack.listenerArn,
        Priority: priority,
        Conditions: condition('/x/*'),
        Actions: forward([[stack.greenTargetGroup, 1]]),
      }),
    );
    if (accepted) {
      expect((await settle(world, call)).Rules?.[0]?.Priority).toBe(String(priority));
    } else {
      expect(await rejection(world, call)).toMatchObject({ name: 'ValidationError', $fault: 'client' });
    }
  });

  it('refuses forward weights outside 0–999 and leaves the listener as it was', async () => {
    const world = new World({ seed: 28 });
    const stack = serviceStack(world);
    const api = clientsOf(world);
    const before = await settle(
      world,
      api.elb.send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] })),
    );
    for (const weights of [
      [1_000, 0],
      [500, -1],
      [1.5, 1],
    ]) {
      const error = await rejection(
        world,
        api.elb.send(
          new ModifyListenerCommand({
            ListenerArn: stack.listenerArn,
            DefaultActions: forward([
              [stack.blueTargetGroup, weights[0] ?? 0],
              [stack.greenTargetGroup, weights[1] ?? 0],
            ]),
          }),
        ),
      );
      expect(error.name).toBe('ValidationError');
    }
    const after = await settle(
      world,
      api.elb.send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] })),
    );
    expect(after.Listeners).toEqual(before.Listeners);
    const edge = await settle(
      world,
      api.elb.send(
        new ModifyListenerCommand({
          ListenerArn: stack.listenerArn,
          DefaultActions: forward([
            [stack.blueTargetGroup, 999],
            [stack.greenTargetGroup, 0],
          ]),
        }),
      ),
    );
    expect(edge.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups).toMatchObject([
      { TargetGroupArn: stack.blueTargetGroup, Weight: 999 },
      { TargetGroupArn: stack.greenTargetGroup, Weight: 0 },
    ]);
  });

  it('reads back the weights ModifyListener and ModifyRule (on the default rule) wrote, and routes by them', async () => {
    const world = new World({ seed: 29 });
    const stack = serviceStack(world);
    const api = clientsOf(world);
    const weightsNow = async () => {
      const answer = await settle(
        world,
        api.elb.send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] })),
      );
      return (answer.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? []).map((g) => [
        g.TargetGroupArn,
        g.Weight,
      ]);
    };
    expect(await weightsNow()).toEqual([
      [stack.blueTargetGroup, 100],
      [stack.greenTargetGroup, 0],
    ]);
    await settle(
      world,
      api.elb.send(
        new ModifyListenerCommand({
          ListenerArn: stack.listenerArn,
          DefaultActions: forward([
            [stack.blueTargetGroup, 90],
            [stack.greenTargetGroup, 10],
          ]),
        }),
      ),
    );
    expect(await weightsNow()).toEqual([
      [stack.blueTargetGroup, 90],
      [stack.greenTargetGroup, 10],
    ]);
    expect([...world.elb.forwardOf(stack.listenerArn)]).toEqual([
      [stack.blueTargetGroup, 90],
      [stack.greenTargetGroup, 10],
    ]);
    await settle(
      world,
      api.elb.send(
        new ModifyRuleCommand({
          RuleArn: stack.productionRule,
          Actions: forward([
            [stack.blueTargetGroup, 25],
            [stack.greenTargetGroup, 75],
          ]),
        }),
      ),
    );
    expect(await weightsNow()).toEqual([
      [stack.blueTargetGroup, 25],
      [stack.greenTargetGroup, 75],
    ]);
  });
});

describe('ELB target groups and tags', () => {
  it('refuses a target group name taken with other settings, and answers the same group for the same settings', async () => {
    const world = new World({ seed: 30 });
    const api = clientsOf(world);
    const create = (path: string) =>
      api.elb.send(new CreateTargetGroupCommand({ Name: 'probe', TargetType: 'ip', HealthCheckPath: path, Port: 80 }));
    const first = await settle(world, create('/health'));
    const again = await settle(world, create('/health'));
    expect(again.TargetGroups?.[0]?.TargetGroupArn).toBe(first.TargetGroups?.[0]?.TargetGroupArn);
    expect(await rejection(world, create('/other'))).toBeInstanceOf(DuplicateTargetGroupNameException);
  });

  it('refuses to delete a target group a listener forwards to', async () => {
    const world = new World({ seed: 31 });
    const stack = serviceStack(world);
    const api = clientsOf(world);
    const error = await rejection(
      world,
      api.elb.send(new DeleteTargetGroupCommand({ TargetGroupArn: stack.greenTargetGroup })),
    );
    expect(error).toBeInstanceOf(ResourceInUseException);
    expect(world.elb.targetGroups.has(stack.greenTargetGroup)).toBe(true);
  });

  it('keeps tags, at most 50 per resource', async () => {
    const world = new World({ seed: 32 });
    const stack = serviceStack(world);
    const api = clientsOf(world);
    await settle(
      world,
      api.elb.send(
        new AddTagsCommand({ ResourceArns: [stack.productionRule], Tags: [{ Key: 'rollout', Value: 'r1' }] }),
      ),
    );
    const described = await settle(
      world,
      api.elb.send(new DescribeTagsCommand({ ResourceArns: [stack.productionRule] })),
    );
    expect(described.TagDescriptions?.[0]?.Tags).toEqual([{ Key: 'rollout', Value: 'r1' }]);
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    const error = await rejection(
      world,
      api.elb.send(new AddTagsCommand({ ResourceArns: [stack.productionRule], Tags: many })),
    );
    expect(error).toBeInstanceOf(TooManyTagsException);
  });
});
