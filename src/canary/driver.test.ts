import { describe, expect, it } from 'vitest';
import { ARN, FakeAlb, FakeEcs, FakeLeaseStore } from '../../test/support/canary-fakes.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import type { GateOutcome, GatePolicy, Verdict } from '../gate/gate.js';
import type { ChecksDocument } from '../gate/checks.js';
import { RecordingLogger } from '../runtime/logger.js';
import type { Checkpoint } from './checkpoint.js';
import { assessReadiness, runCanary, type CanaryDeps } from './driver.js';
import { parseCanaryInputs, type CanaryInputs } from './inputs.js';
import { acquireLease } from '../rollout/lease.js';
import { readRecord, recordTags } from './pair-record.js';

const CHECKS = `
metrics:
  - id: canary-5xx
    namespace: AWS/ApplicationELB
    metric: HTTPCode_Target_5XX_Count
    dimensions: { LoadBalancer: \${load-balancer}, TargetGroup: \${canary} }
    stat: Sum
    period: 60s
    threshold: "< 5"
`;

function inputs(overrides: Record<string, string> = {}): CanaryInputs {
  const values: Record<string, string> = {
    cluster: 'prod',
    'listener-arn': ARN.listener,
    'blue-service': 'router-blue',
    'green-service': 'router-green',
    'blue-target-group': ARN.blueTg,
    'green-target-group': ARN.greenTg,
    image: 'registry.example/router@sha256:' + 'a'.repeat(64),
    steps: '5%:5m, 25%:5m, 50%:10m, 100%:15m',
    checks: CHECKS,
    'keep-previous': '10m',
    ...overrides,
  };
  return parseCanaryInputs((name) => values[name] ?? '');
}

interface Harness {
  alb: FakeAlb;
  ecs: FakeEcs;
  leases: FakeLeaseStore;
  clock: ManualClock;
  logger: RecordingLogger;
  gates: { document: ChecksDocument; policy: GatePolicy; share: number }[];
  checkpoints: Checkpoint[];
  deps: CanaryDeps;
}

/** Each gate call answers the next verdict (pass when the script runs out), after its window. */
function harness(verdicts: Verdict[] = []): Harness {
  const alb = new FakeAlb();
  const ecs = new FakeEcs();
  const leases = new FakeLeaseStore();
  const clock = new ManualClock();
  const logger = new RecordingLogger();
  const gates: Harness['gates'] = [];
  const checkpoints: Checkpoint[] = [];
  const script = [...verdicts];
  const deps: CanaryDeps = {
    ecs: ecs.port,
    scaling: ecs,
    traffic: alb,
    leases,
    clock,
    logger,
    readTextFile: () => {
      throw new Error('no files in this test');
    },
    runGate: async (document, policy): Promise<GateOutcome> => {
      gates.push({ document, policy, share: alb.share(ARN.greenTg) });
      const verdict = script.shift() ?? 'pass';
      const startedAt = new Date(clock.now()).toISOString();
      const windowMs = verdict === 'pass' ? policy.windowMs : policy.intervalMs;
      await clock.sleep(windowMs);
      return { verdict, reason: `scripted ${verdict}`, startedAt, durationMs: windowMs, evaluations: [] };
    },
    identity: { rolloutId: 'rollout-1', run: 'org/router/100', holder: 'org/router run 100' },
    saveCheckpoint: (checkpoint) => checkpoints.push(checkpoint),
  };
  return { alb, ecs, leases, clock, logger, gates, checkpoints, deps };
}

describe('a healthy release', () => {
  it('walks a 45-minute plan to promotion in milliseconds, then retires the previous side', async () => {
    const h = harness();
    const started = h.clock.now();
    const wall = performance.now();
    const report = await runCanary(inputs(), h.deps);

    expect(report.result).toBe('promoted');
    expect(report.liveBefore).toBe('blue');
    expect(report.liveColor).toBe('green');
    expect(report.weights).toEqual({ blue: 0, green: 100 });
    expect(h.gates.map((g) => g.share)).toEqual([5, 25, 50, 100]);
    expect(h.gates.map((g) => g.policy.windowMs)).toEqual([300_000, 300_000, 600_000, 900_000]);
    // 35 minutes of steps and 10 of keep-previous, on the manual clock.
    expect(h.clock.now() - started).toBeGreaterThanOrEqual(45 * 60_000);
    expect(performance.now() - wall).toBeLessThan(1000);
    expect(h.ecs.services.get('router-blue')?.desiredCount).toBe(0);
    expect(h.ecs.services.get('router-green')).toMatchObject({ taskDefinitionArn: ARN.revision(2), desiredCount: 2 });
    expect(h.leases.held()).toBeUndefined();
    expect(report.steps.map((s) => s.weights)).toEqual([
      { blue: 95, green: 5 },
      { blue: 75, green: 25 },
      { blue: 50, green: 50 },
      { blue: 0, green: 100 },
    ]);
  });

  it('fills the placeholders with the colours it found, whichever side is live', async () => {
    const h = harness();
    h.alb.weights = new Map([
      [ARN.blueTg, 0],
      [ARN.greenTg, 100],
    ]);
    h.ecs.services.set('router-green', { taskDefinitionArn: ARN.revision(1), desiredCount: 2, runningCount: 2 });
    const report = await runCanary(inputs({ steps: '100%:5m' }), h.deps);
    expect(report.result).toBe('promoted');
    expect(report.liveColor).toBe('blue');
    const dimensions = h.gates[0]?.document.metrics[0]?.source;
    expect(dimensions).toMatchObject({
      metric: {
        dimensions: [
          { name: 'LoadBalancer', value: 'app/prod/50dc6c495c0c9188' },
          { name: 'TargetGroup', value: 'targetgroup/router-blue/73e2d6bc24d8a067' },
        ],
      },
    });
  });

  it('keeps the previous side warm, at full size, until keep-previous has passed', async () => {
    const h = harness();
    let blueCountAtPromotion: number | undefined;
    const promotedAt = { at: 0 };
    h.deps = {
      ...h.deps,
      saveCheckpoint: (checkpoint) => {
        if (checkpoint.phase === 'promoted') {
          blueCountAtPromotion = h.ecs.services.get('router-blue')?.desiredCount;
          promotedAt.at = h.clock.now();
        }
      },
    };
    await runCanary(inputs({ steps: '100%:1m', 'keep-previous': '15m' }), h.deps);
    expect(blueCountAtPromotion).toBe(2);
    // Blue is scaled in only once the 15 minutes are over (in slices, checking the lease between them).
    const retired = h.ecs.calls.findIndex((c) => c.includes('router-blue {"desiredCount":0}'));
    expect(retired).toBeGreaterThan(-1);
    expect(h.clock.now() - promotedAt.at).toBeGreaterThanOrEqual(15 * 60_000);
  });
});

describe('rolling back', () => {
  it('a failed gate puts 100% back on the live side in one weight write, then scales the canary in', async () => {
    const h = harness(['pass', 'fail']);
    const report = await runCanary(inputs(), h.deps);
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toContain('the gate failed at step 2 (25%)');
    expect(h.alb.weights).toEqual(
      new Map([
        [ARN.blueTg, 100],
        [ARN.greenTg, 0],
      ]),
    );
    const writes = h.alb.calls.filter((c) => c.startsWith('writeWeights'));
    expect(writes).toEqual(['writeWeights 95/5', 'writeWeights 75/25', 'writeWeights 100/0']);
    // Nothing else changes before the weights are back.
    const afterFailure = h.ecs.calls.slice(h.ecs.calls.findIndex((c) => c.includes('router-green {"desiredCount":0}')));
    expect(afterFailure[0]).toContain('router-green {"desiredCount":0}');
    expect(h.ecs.services.get('router-green')?.desiredCount).toBe(0);
    expect(h.ecs.services.get('router-blue')?.desiredCount).toBe(2);
    expect(h.leases.held()).toBeUndefined();
  });

  it('inconclusive rolls back by default, holds or continues when asked', async () => {
    expect((await runCanary(inputs(), harness(['inconclusive']).deps)).result).toBe('rolled-back');

    const held = harness(['pass', 'inconclusive']);
    const heldReport = await runCanary(inputs({ 'on-inconclusive': 'hold' }), held.deps);
    expect(heldReport.result).toBe('held');
    expect(held.alb.share(ARN.greenTg)).toBe(25);
    // The route records which side was live, for promote or abort; the lease is released.
    expect(readRecord(held.alb.tags)).toMatchObject({ state: 'held', live: 'blue' });
    expect(held.leases.held()).toBeUndefined();

    expect((await runCanary(inputs({ 'on-inconclusive': 'continue' }), harness(['inconclusive']).deps)).result).toBe(
      'promoted',
    );
  });

  it('never gives weight to a canary whose tasks do not start, and says why', async () => {
    const h = harness();
    h.ecs.crashing.add('router-green');
    const report = await runCanary(inputs({ 'ready-timeout': '2m' }), h.deps);
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toMatch(/did not become ready: not ready after 2m .*0\/2 tasks running/);
    expect(h.alb.calls.filter((c) => c.startsWith('writeWeights') && c !== 'writeWeights 100/0')).toEqual([]);
  });

  it('does not shift to a canary without healthy targets', async () => {
    const h = harness();
    h.alb.healthy[ARN.greenTg] = 0;
    const report = await runCanary(inputs({ 'ready-timeout': '1m' }), h.deps);
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toContain('0 healthy targets');
    expect(h.alb.share(ARN.greenTg)).toBe(0);
  });

  it('rolls back when the weights read back are not the ones written (someone else is editing the listener)', async () => {
    const h = harness();
    h.alb.afterWrite = (weights) => {
      if (weights.get(ARN.greenTg) === 25) h.alb.weights.set(ARN.greenTg, 40);
    };
    const report = await runCanary(inputs(), h.deps);
    expect(report.result).toBe('rolled-back');
    expect(report.reason).toContain('someone else may be changing it');
    expect(h.alb.share(ARN.greenTg)).toBe(0);
  });

  it('retries the restoring weight write when the API throttles it', async () => {
    const h = harness(['fail']);
    h.alb.afterWrite = (weights) => {
      if (weights.get(ARN.greenTg) === 5) h.alb.failWrites = 2;
    };
    const report = await runCanary(inputs(), h.deps);
    expect(report.result).toBe('rolled-back');
    expect(h.alb.share(ARN.greenTg)).toBe(0);
    expect(h.logger.messages('warning').join('\n')).toContain('Restoring traffic, attempt 2: ThrottlingException');
  });

  it('an unexpected error mid-rollout restores traffic before it is reported', async () => {
    const h = harness();
    h.deps = {
      ...h.deps,
      runGate: () => Promise.reject(new Error('a bug in a check')),
    };
    const report = await runCanary(inputs(), h.deps);
    expect(report).toMatchObject({
      result: 'rolled-back',
      reason: 'the rollout stopped on an error: a bug in a check',
    });
    expect(report.weights).toEqual({ blue: 100, green: 0 });
    expect(h.alb.share(ARN.greenTg)).toBe(0);
    expect(h.ecs.services.get('router-green')?.desiredCount).toBe(0);
    expect(h.checkpoints.at(-1)?.phase).toBe('finished');
    expect(h.logger.messages('error').join('\n')).toContain(
      'The rollout stopped on an error: a bug in a check. Restoring traffic to blue.',
    );
  });
});

/** A lease on the pair's listener held by another run, as that run's acquireLease would leave it. */
async function leaseHeldBy(h: Harness, run: string, holder: string, expiresInMs: number): Promise<void> {
  const taken = await acquireLease(
    h.leases,
    ARN.listener,
    { id: `lease-of-${run}`, holder, run, purpose: 'deploy' },
    { now: h.clock.now() - 1, durationMs: expiresInMs + 1, breakLive: false },
  );
  if (taken.kind !== 'acquired') throw new Error('the test could not arrange the lease');
}

/** The record a rollout in progress (or held) leaves on the route. */
function recorded(h: Harness, state: 'shifting' | 'held', live: 'blue' | 'green'): void {
  h.alb.tags = recordTags({ state, live, rolloutId: 'earlier', by: 'an earlier run', at: h.clock.now() - 60_000 });
}

describe('one rollout at a time', () => {
  it('refuses to start while another run holds the lease, naming the holder, and changes nothing', async () => {
    const h = harness();
    await leaseHeldBy(h, 'org/router/99', 'org/router run 99 (deploy.yml / production)', 600_000);
    const report = await runCanary(inputs(), h.deps);
    expect(report.result).toBe('failed');
    expect(report.reason).toContain('org/router run 99 (deploy.yml / production)');
    expect(h.alb.calls.filter((c) => c.startsWith('writeWeights') || c === 'addTags')).toEqual([]);
    expect(h.ecs.calls.filter((c) => c.startsWith('updateService') || c.startsWith('register'))).toEqual([]);
  });

  it('after a crash, a re-run finds the half-shifted release and resumes it at that step', async () => {
    const h = harness();
    h.alb.weights = new Map([
      [ARN.blueTg, 75],
      [ARN.greenTg, 25],
    ]);
    recorded(h, 'shifting', 'blue');
    await leaseHeldBy(h, 'org/router/100', 'org/router run 100 attempt 1', 600_000);
    const image = 'registry.example/router@sha256:' + 'a'.repeat(64);
    h.ecs.definitions.set(ARN.revision(2), { family: 'router', containerDefinitions: [{ name: 'router', image }] });
    h.ecs.services.set('router-green', { taskDefinitionArn: ARN.revision(2), desiredCount: 2, runningCount: 2 });

    const report = await runCanary(inputs(), h.deps);
    expect(report.result).toBe('promoted');
    expect(report.notes.join('\n')).toContain('earlier attempt of this workflow run');
    expect(h.gates.map((g) => g.share)).toEqual([25, 50, 100]);
    expect(h.ecs.calls.filter((c) => c.startsWith('register'))).toEqual([]);
  });

  it('after a crash, a re-run with a different release rolls the old one back first', async () => {
    const h = harness();
    h.alb.weights = new Map([
      [ARN.blueTg, 50],
      [ARN.greenTg, 50],
    ]);
    recorded(h, 'shifting', 'blue');
    await leaseHeldBy(h, 'org/router/77', 'org/router run 77', 0);
    h.clock.advance(1);
    h.ecs.services.set('router-green', { taskDefinitionArn: ARN.revision(1), desiredCount: 2, runningCount: 2 });
    const report = await runCanary(inputs(), h.deps);
    expect(report.result).toBe('promoted');
    expect(h.alb.calls.filter((c) => c.startsWith('writeWeights'))[0]).toBe('writeWeights 100/0');
    expect(report.notes.join('\n')).toContain('lease expired');
  });

  it('a split with no record of which side was live is refused rather than guessed', async () => {
    const h = harness();
    h.alb.weights = new Map([
      [ARN.blueTg, 60],
      [ARN.greenTg, 40],
    ]);
    await expect(runCanary(inputs(), h.deps)).rejects.toThrow(/60% blue \/ 40% green and no rollout of ours recorded/);
    expect(h.alb.calls.filter((c) => c.startsWith('writeWeights'))).toEqual([]);
  });
});

describe('promote and abort', () => {
  function heldAt(h: ReturnType<typeof harness>, greenWeight: number): void {
    h.alb.weights = new Map([
      [ARN.blueTg, 100 - greenWeight],
      [ARN.greenTg, greenWeight],
    ]);
    recorded(h, 'held', 'blue');
    h.ecs.services.set('router-green', { taskDefinitionArn: ARN.revision(1), desiredCount: 2, runningCount: 2 });
  }
  const controlInputs = (mode: string) => inputs({ mode, image: '', checks: '', 'keep-previous': '0' });

  it('promote takes a held rollout to 100% without observing, then retires the old side', async () => {
    const h = harness();
    heldAt(h, 25);
    const report = await runCanary(controlInputs('promote'), h.deps);
    expect(report.result).toBe('promoted');
    expect(h.gates).toEqual([]);
    expect(h.alb.share(ARN.greenTg)).toBe(100);
    expect(h.ecs.services.get('router-blue')?.desiredCount).toBe(0);
  });

  it('abort returns all traffic to the live side at once', async () => {
    const h = harness();
    heldAt(h, 50);
    const report = await runCanary(controlInputs('abort'), h.deps);
    expect(report.result).toBe('rolled-back');
    expect(h.alb.calls.filter((c) => c.startsWith('writeWeights'))).toEqual(['writeWeights 100/0']);
    expect(h.ecs.services.get('router-green')?.desiredCount).toBe(0);
  });

  it('promote with nothing in progress says there is nothing to promote', async () => {
    const h = harness();
    await expect(runCanary(controlInputs('promote'), h.deps)).rejects.toThrow(/nothing to promote/);
  });
});

describe('checkpoints for the post step', () => {
  it('names the live side as safe while shifting, and the new side once promoted', async () => {
    const h = harness();
    await runCanary(inputs({ steps: '50%:1m, 100%:1m' }), h.deps);
    expect(h.checkpoints.map((c) => `${c.phase}:${c.safe}`)).toEqual([
      'shifting:blue',
      'promoted:green',
      'finished:green',
    ]);
  });
});

describe('readiness', () => {
  const service = {
    arn: 'a',
    name: 'router-green',
    status: 'ACTIVE',
    taskDefinitionArn: ARN.revision(2),
    desiredCount: 2,
    runningCount: 2,
    deployments: [] as never[],
    events: [],
    tags: {},
    circuitBreaker: { enable: true, rollback: true },
    deploymentController: 'ECS',
  };
  it.each([
    ['ready', service, 2, true],
    ['old revision', { ...service, taskDefinitionArn: ARN.revision(1) }, 2, false],
    ['tasks missing', { ...service, runningCount: 1 }, 2, false],
    ['no healthy targets', service, 0, false],
    ['scaled to zero', { ...service, desiredCount: 0, runningCount: 0 }, 0, false],
  ])('%s', (_name, snapshot, healthy, ready) => {
    expect(assessReadiness(snapshot, healthy, {}, ARN.revision(2), undefined).ready).toBe(ready);
  });
});

describe('deploy windows', () => {
  // The manual clock starts on Monday 2026-11-23 at 14:00 UTC: 09:00 in New York, half an hour
  // before the NYSE opens.
  it('does not start in a closed window, changes nothing, and says when it opens', async () => {
    const h = harness();
    const report = await runCanary(inputs({ 'deploy-window': 'Mon-Fri 18:00-06:00 America/New_York' }), h.deps);
    expect(report.result).toBe('failed');
    expect(report.reason).toMatch(/closed.*opens/);
    expect(report.window?.outcome).toBe('failed');
    expect(h.alb.calls).toEqual([]);
    expect(h.ecs.calls).toEqual([]);
  });

  it('waits for the window when asked, then rolls out', async () => {
    const h = harness();
    const report = await runCanary(
      inputs({ 'deploy-window': 'Mon-Fri 10:00-16:00 America/New_York', 'on-closed-window': 'wait', steps: '100%:5m' }),
      h.deps,
    );
    expect(report.result).toBe('promoted');
    expect(report.window).toMatchObject({ outcome: 'opened-after-wait', waitedMs: 3_600_000 });
  });

  it('an emergency override goes through a closed window and is recorded', async () => {
    const h = harness();
    const report = await runCanary(
      inputs({
        'deploy-window': 'Mon-Fri 18:00-06:00 America/New_York',
        'override-reason': 'INC-4521: rejected orders, approved by the desk head',
        steps: '100%:5m',
      }),
      h.deps,
    );
    expect(report.result).toBe('promoted');
    expect(report.notes.join('\n')).toContain('INC-4521');
    expect(h.logger.messages('warning').join('\n')).toContain('emergency override');
  });

  it('holds at its current step when the market opens mid-rollout, and says why', async () => {
    const h = harness();
    const report = await runCanary(
      inputs({ 'deploy-window': 'outside XNYS regular', steps: '5%:10m, 25%:10m, 50%:10m, 100%:15m' }),
      h.deps,
    );
    expect(report.result).toBe('held');
    expect(report.reason).toMatch(/deploy window \(outside XNYS regular\) closed during the rollout/);
    expect(h.alb.share(ARN.greenTg)).toBe(50);
    expect(h.gates.map((g) => g.share)).toEqual([5, 25, 50]);
  });

  it('or rolls back when on-window-close says so', async () => {
    const h = harness();
    const report = await runCanary(
      inputs({
        'deploy-window': 'outside XNYS regular',
        'on-window-close': 'rollback',
        steps: '5%:10m, 25%:10m, 50%:10m, 100%:15m',
      }),
      h.deps,
    );
    expect(report.result).toBe('rolled-back');
    expect(h.alb.share(ARN.greenTg)).toBe(0);
  });

  it('abort is never held back by a closed window', async () => {
    const h = harness();
    h.alb.weights = new Map([
      [ARN.blueTg, 75],
      [ARN.greenTg, 25],
    ]);
    recorded(h, 'held', 'blue');
    h.ecs.services.set('router-green', { taskDefinitionArn: ARN.revision(1), desiredCount: 2, runningCount: 2 });
    const report = await runCanary(inputs({ mode: 'abort', image: '', checks: '', 'deploy-window': 'never' }), h.deps);
    expect(report.result).toBe('rolled-back');
    expect(h.alb.share(ARN.greenTg)).toBe(0);
  });
});
