/**
 * The canary driver against moto_server: a real ALB listener with weighted target groups, real
 * ECS services, the real ports over the SDK, a real HTTP health endpoint for the gate, and a
 * manual clock so that minutes of observation take milliseconds. The SIGTERM and post-step
 * paths run the bundle in test/bundle/canary.test.ts.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { DescribeServicesCommand, ECSClient, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import {
  DescribeListenersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlbStack, STACK } from '../../scripts/lib/alb-stack.mjs';
import { createCloudWatchPort } from '../../src/aws/cloudwatch.js';
import { createEcsPort } from '../../src/aws/ecs.js';
import { createServiceScalingPort } from '../../src/aws/ecs-services.js';
import { createTrafficPort } from '../../src/aws/elbv2.js';
import { createLeaseStore } from '../../src/aws/lease-store.js';
import type { Checkpoint } from '../../src/canary/checkpoint.js';
import { restoreFromCheckpoint } from '../../src/canary/checkpoint.js';
import { runCanary, type CanaryDeps } from '../../src/canary/driver.js';
import { parseCanaryInputs } from '../../src/canary/inputs.js';
import { readRecord } from '../../src/canary/pair-record.js';
import { readLease } from '../../src/rollout/lease.js';
import { judgeCompare } from '../../src/gate/compare-check.js';
import { runGate } from '../../src/gate/gate.js';
import { evaluateHttpCheck } from '../../src/gate/http-check.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { startTestServer, type TestServer } from '../support/http-server.js';
import { ManualClock } from '../support/manual-clock.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';

const runs = requireMoto();
const IMAGE = `registry.example/order-router@sha256:${'b'.repeat(64)}`;

describe.runIf(runs)('canary against moto', () => {
  const moto = useMoto();
  let server: TestServer;
  let stack: Awaited<ReturnType<typeof createAlbStack>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    stack = await createAlbStack(moto().endpoint);
  });

  const settings = (endpoint = moto().endpoint, maxAttempts = 1) => ({
    region: 'us-east-1',
    endpoint,
    credentials: TEST_CREDENTIALS,
    maxAttempts,
    retryMode: 'standard' as const,
  });

  function inputs(overrides: Record<string, string> = {}) {
    const values: Record<string, string> = {
      cluster: STACK.cluster,
      'listener-arn': stack.listenerArn,
      'blue-service': STACK.blueService,
      'green-service': STACK.greenService,
      'blue-target-group': stack.blueTargetGroup,
      'green-target-group': stack.greenTargetGroup,
      image: IMAGE,
      steps: '10%:5m, 50%:10m, 100%:15m',
      interval: '1m',
      'keep-previous': '15m',
      checks: `http:\n  - url: ${server.url('/health')}\n`,
      ...overrides,
    };
    return parseCanaryInputs((name) => values[name] ?? '');
  }

  function deps(options: { endpoint?: string; maxAttempts?: number; run?: string; now?: number } = {}) {
    const s = settings(options.endpoint, options.maxAttempts);
    const ecsClient = new ECSClient(s);
    const ecs = createEcsPort(ecsClient);
    const clock = new ManualClock(options.now ?? Date.now());
    const logger = new RecordingLogger();
    const checkpoints: Checkpoint[] = [];
    const cloudwatch = createCloudWatchPort(new CloudWatchClient(s));
    const value: CanaryDeps = {
      ecs,
      scaling: createServiceScalingPort(ecsClient),
      traffic: createTrafficPort(new ElasticLoadBalancingV2Client(s)),
      leases: createLeaseStore(new ElasticLoadBalancingV2Client(s)),
      clock,
      logger,
      readTextFile: () => {
        throw new Error('no files');
      },
      runGate: (document, policy) =>
        runGate(document, policy, {
          cloudwatch,
          ecs,
          clock,
          logger,
          probeHttp: (check) => evaluateHttpCheck(check, { fetch, now: () => performance.now() }),
          judgeCompare,
        }),
      identity: {
        rolloutId: `r-${Math.random().toString(16).slice(2)}`,
        run: options.run ?? 'org/router/1',
        holder: 'test',
      },
      saveCheckpoint: (checkpoint) => checkpoints.push(checkpoint),
    };
    return { deps: value, clock, logger, checkpoints };
  }

  const elb = () => new ElasticLoadBalancingV2Client(settings());
  async function weights(): Promise<Record<string, number>> {
    const out = await elb().send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] }));
    const groups = out.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? [];
    return Object.fromEntries(
      groups.map((g) => [g.TargetGroupArn === stack.blueTargetGroup ? 'blue' : 'green', g.Weight ?? 0]),
    );
  }
  async function listenerTags(): Promise<Record<string, string>> {
    const out = await elb().send(new DescribeTagsCommand({ ResourceArns: [stack.listenerArn] }));
    return Object.fromEntries((out.TagDescriptions?.[0]?.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
  }
  /** The lease on the listener, if any run holds one. */
  const lease = () => readLease(createLeaseStore(elb()), stack.listenerArn);
  async function service(name: string) {
    const out = await moto()
      .ecs()
      .send(new DescribeServicesCommand({ cluster: STACK.cluster, services: [name] }));
    return out.services?.[0];
  }

  it('promotes a healthy release through every step and retires the old side', async () => {
    const { deps: d } = deps();
    const report = await runCanary(inputs(), d);
    expect(report.result).toBe('promoted');
    expect(report.steps.map((s) => s.weights)).toEqual([
      { blue: 90, green: 10 },
      { blue: 50, green: 50 },
      { blue: 0, green: 100 },
    ]);
    expect(await weights()).toEqual({ blue: 0, green: 100 });
    expect((await service(STACK.greenService))?.taskDefinition).toMatch(/order-router:2$/);
    expect((await service(STACK.blueService))?.desiredCount).toBe(0);
    expect(await lease()).toBeUndefined();
    // The record remembers the retired side, so an abort later can bring it back.
    expect(readRecord(await listenerTags())).toMatchObject({
      state: 'promoted',
      live: 'green',
      previous: { color: 'blue', revision: expect.stringMatching(/order-router:1$/) as unknown },
    });
    expect(server.requests.filter((r) => r === '/health').length).toBeGreaterThanOrEqual(3 * 5);
  });

  it('rolls a failing release back to the live side and scales the canary in', async () => {
    const { deps: d } = deps();
    const report = await runCanary(
      inputs({ checks: `http:\n  - url: ${server.url('/error')}\n    expect-status: 200\n` }),
      d,
    );
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toContain('the gate failed at step 1 (10%)');
    expect(await weights()).toEqual({ blue: 100, green: 0 });
    expect((await service(STACK.greenService))?.desiredCount).toBe(0);
    expect((await service(STACK.blueService))?.desiredCount).toBe(2);
  });

  it('holds an inconclusive step, then promote finishes it and abort would have undone it', async () => {
    const held = await runCanary(
      inputs({ checks: 'alarms:\n  - names: [no-such-alarm]\n', 'on-inconclusive': 'hold', 'inconclusive-limit': '0' }),
      deps().deps,
    );
    expect(held.result).toBe('held');
    expect(await weights()).toEqual({ blue: 90, green: 10 });
    expect(readRecord(await listenerTags())).toMatchObject({ state: 'held', live: 'blue' });

    const promoted = await runCanary(
      inputs({ mode: 'promote', image: '', checks: '', 'keep-previous': '0' }),
      deps({ run: 'org/router/2' }).deps,
    );
    expect(promoted.result).toBe('promoted');
    expect(await weights()).toEqual({ blue: 0, green: 100 });
    expect((await service(STACK.blueService))?.desiredCount).toBe(0);
  });

  it('abort returns a held rollout to the live side', async () => {
    await runCanary(
      inputs({ checks: 'alarms:\n  - names: [no-such-alarm]\n', 'on-inconclusive': 'hold', 'inconclusive-limit': '0' }),
      deps().deps,
    );
    const aborted = await runCanary(
      inputs({ mode: 'abort', image: '', checks: '' }),
      deps({ run: 'org/router/3' }).deps,
    );
    expect(aborted.result).toBe('rolled-back');
    expect(await weights()).toEqual({ blue: 100, green: 0 });
    expect((await service(STACK.greenService))?.desiredCount).toBe(0);
    expect(await lease()).toBeUndefined();
  });

  it('a second concurrent rollout is refused, naming the holder, and changes nothing', async () => {
    const first = deps({ run: 'org/router/10' });
    let second: Awaited<ReturnType<typeof runCanary>> | undefined;
    // Start the second rollout while the first observes its first step.
    const firstDeps: CanaryDeps = {
      ...first.deps,
      identity: { ...first.deps.identity, holder: 'https://github.com/org/router/actions/runs/10' },
      runGate: async (document, policy) => {
        second ??= await runCanary(inputs(), deps({ run: 'org/router/11' }).deps);
        return first.deps.runGate(document, policy);
      },
    };
    const report = await runCanary(inputs(), firstDeps);
    expect(report.result).toBe('promoted');
    expect(second?.result).toBe('failed');
    expect(second?.reason).toContain('https://github.com/org/router/actions/runs/10');
    const revisions = await moto()
      .ecs()
      .send(new ListTaskDefinitionsCommand({ familyPrefix: STACK.family }));
    expect(revisions.taskDefinitionArns).toHaveLength(2);
  });

  it('two rollouts started at the same instant: exactly one proceeds, the other is refused naming the holder', async () => {
    const a = deps({ run: 'org/router/30' });
    const b = deps({ run: 'org/router/31' });
    const named = (d: CanaryDeps, holder: string): CanaryDeps => ({ ...d, identity: { ...d.identity, holder } });
    const reports = await Promise.all([
      runCanary(inputs(), named(a.deps, 'run 30')),
      runCanary(inputs(), named(b.deps, 'run 31')),
    ]);
    const results = reports.map((r) => r.result).sort();
    expect(results).toEqual(['failed', 'promoted']);
    const refused = reports.find((r) => r.result === 'failed');
    const winner = reports.find((r) => r.result === 'promoted');
    expect(refused?.headline).toBe('Another rollout holds this route');
    expect(refused?.reason).toContain(winner === reports[0] ? 'run 30' : 'run 31');
    expect(refused?.steps).toEqual([]);
    expect(await weights()).toEqual({ blue: 0, green: 100 });
    expect(await lease()).toBeUndefined();
  });

  it('a crash half-way is found by the re-run, which resumes the same release from where it was', async () => {
    const crashed = deps({ run: 'org/router/20' });
    let checkpoint: Checkpoint | undefined;
    const crashingDeps: CanaryDeps = {
      ...crashed.deps,
      saveCheckpoint: (c) => (checkpoint = c),
      runGate: (document, policy) =>
        policy.windowMs === 10 * 60_000
          ? Promise.reject(new Error('runner lost'))
          : crashed.deps.runGate(document, policy),
    };
    // The bug path restores by itself; simulate a runner that died instead, with no restore.
    crashingDeps.traffic.writeWeights = wrapWrites(crashingDeps.traffic.writeWeights.bind(crashingDeps.traffic));
    expect((await runCanary(inputs(), crashingDeps)).result).toBe('failed');
    expect(checkpoint).toMatchObject({ phase: 'shifting', safe: 'blue' });
    expect(await weights()).toEqual({ blue: 50, green: 50 });

    const rerun = await runCanary(inputs(), deps({ run: 'org/router/20' }).deps);
    expect(rerun.result).toBe('promoted');
    expect(rerun.notes.join(' ')).toContain('earlier attempt of this workflow run');
    expect(rerun.steps.map((s) => s.percent)).toEqual([50, 100]);

    /** After the first weight write of 50/50, every later write is lost, as if the process died. */
    function wrapWrites(write: CanaryDeps['traffic']['writeWeights']): CanaryDeps['traffic']['writeWeights'] {
      let dead = false;
      return async (route, next) => {
        if (dead) throw new Error('process is gone');
        await write(route, next);
        if ([...next.values()].includes(50)) dead = true;
      };
    }
  });

  it('restores from a checkpoint, as the post step does, and records the pair as settled', async () => {
    const held = await runCanary(
      inputs({ checks: 'alarms:\n  - names: [no-such-alarm]\n', 'on-inconclusive': 'hold', 'inconclusive-limit': '0' }),
      deps().deps,
    );
    expect(held.result).toBe('held');
    const { deps: d } = deps();
    const outcome = await restoreFromCheckpoint(
      {
        rolloutId: held.rolloutId,
        cluster: STACK.cluster,
        route: { kind: 'listener', arn: stack.listenerArn },
        targetGroups: { blue: stack.blueTargetGroup, green: stack.greenTargetGroup },
        services: { blue: STACK.blueService, green: STACK.greenService },
        safe: 'blue',
        phase: 'shifting',
      },
      d,
    );
    expect(outcome.trafficSafe).toBe(true);
    expect(await weights()).toEqual({ blue: 100, green: 0 });
    expect((await service(STACK.greenService))?.desiredCount).toBe(0);
    expect(readRecord(await listenerTags())).toMatchObject({ state: 'settled', live: 'blue' });
  });

  it('holds at its current step when the NYSE opens mid-rollout, leaving the weights for a human', async () => {
    // Monday 2026-11-23, 09:12 in New York: the regular session opens in 18 minutes, before the third shift.
    const { deps: d } = deps({ now: Date.parse('2026-11-23T14:12:00Z') });
    const report = await runCanary(
      inputs({ 'deploy-window': 'outside XNYS regular', steps: '10%:10m, 50%:10m, 100%:15m', interval: '5m' }),
      d,
    );
    expect(report.result).toBe('held');
    expect(report.reason).toContain('closed during the rollout');
    expect(await weights()).toEqual({ blue: 50, green: 50 });
    expect(readRecord(await listenerTags())).toMatchObject({ state: 'held', live: 'blue' });
  });

  it('survives throttling, 503s and dropped connections: right weights, no duplicate side effects', async () => {
    const proxy = await startFaultProxy(moto().endpoint, { share: 0.25, seed: 11 });
    try {
      // The retry budget the actions use (src/aws/client-config.ts): five attempts, standard mode.
      const { deps: d } = deps({ endpoint: proxy.endpoint, maxAttempts: 5 });
      const report = await runCanary(inputs(), d);
      expect(report.result).toBe('promoted');
      expect(await weights()).toEqual({ blue: 0, green: 100 });
      expect(proxy.counts.throttle + proxy.counts.unavailable + proxy.counts.drop).toBeGreaterThan(5);
      expect(proxy.forwarded.filter((op) => op === 'RegisterTaskDefinition')).toHaveLength(1);
      const revisions = await moto()
        .ecs()
        .send(new ListTaskDefinitionsCommand({ familyPrefix: STACK.family }));
      expect(revisions.taskDefinitionArns).toHaveLength(2);
      expect(proxy.forwarded.filter((op) => op === 'ModifyListener')).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });
});
