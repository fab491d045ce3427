/**
 * The two ways back that were known broken, each reproduced as a person would meet it:
 * - `ecs-deploy` with `mode: rollback` on a service that ECS deploys with its own blue/green
 *   strategy (the rollback workflow after every native deploy);
 * - the canary's `mode: abort` after a promotion: while the deploy job still keeps the previous
 *   side warm, and after keep-previous has expired.
 * These tests failed on the code before the fix (see the closing note of "Every way back works");
 * the matrix in test/sim/matrix.test.ts covers the same paths in the simulated world.
 */
import { ECSClient, RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEcsPort, createServiceDeploymentPort } from '../../src/aws/ecs.js';
import { runCanary, type CanaryDeps } from '../../src/canary/driver.js';
import { parseCanaryInputs } from '../../src/canary/inputs.js';
import { runEcsDeploy } from '../../src/ecs-deploy/deploy.js';
import { parseEcsDeployInputs } from '../../src/ecs-deploy/inputs.js';
import type { GateOutcome } from '../../src/gate/gate.js';
import type { Clock } from '../../src/runtime/clock.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { ARN, FakeAlb, FakeEcs, FakeLeaseStore } from '../support/canary-fakes.js';
import { CLUSTER, EcsDeploymentFake, revisionArn, SERVICE } from '../support/ecs-deployment-fake.js';
import { ManualClock } from '../support/manual-clock.js';

describe('rolling back a service that ECS deploys blue/green', () => {
  const ecsMock = mockClient(ECSClient);
  let clock: ManualClock;
  let fake: EcsDeploymentFake;
  beforeEach(() => {
    ecsMock.reset();
    clock = new ManualClock();
    fake = new EcsDeploymentFake(ecsMock, clock, {
      deploymentConfiguration: {
        strategy: 'BLUE_GREEN',
        bakeTimeInMinutes: 5,
        maximumPercent: 200,
        minimumHealthyPercent: 100,
      },
    });
  });

  it('goes back to the previous revision by the blue/green strategy, instead of refusing', async () => {
    // Revision 2 went out blue/green and completed; the desk wants revision 1 back.
    const client = new ECSClient({ region: 'us-east-1' });
    await client.send(
      new RegisterTaskDefinitionCommand({
        family: 'order-router',
        containerDefinitions: [{ name: 'router', image: 'registry.example/order-router:2.0.0' }],
      }),
    );
    await client.send(new UpdateServiceCommand({ cluster: CLUSTER, service: SERVICE, taskDefinition: revisionArn(2) }));
    clock.advance(60 * 60_000);
    expect(fake.currentRevision).toBe(revisionArn(2));

    const inputs = parseEcsDeployInputs(
      (name) => ({ cluster: CLUSTER, service: SERVICE, mode: 'rollback' })[name] ?? '',
    );
    const report = await runEcsDeploy(inputs, {
      ecs: createEcsPort(client),
      deployments: createServiceDeploymentPort(client),
      leases: new FakeLeaseStore(),
      identity: { id: 'rollback-1', run: 'org/router/7', holder: 'run 7' },
      clock,
      logger: new RecordingLogger(),
      readTextFile: () => '',
      region: 'us-east-1',
    });

    expect(report).toMatchObject({ result: 'rolled-back', succeeded: true, taskDefinitionArn: revisionArn(1) });
    expect(fake.currentRevision).toBe(revisionArn(1));
    const update = fake.calls.filter((c) => c.command === 'UpdateService').at(-1);
    expect(update?.input).toMatchObject({
      taskDefinition: revisionArn(1),
      deploymentConfiguration: { strategy: 'BLUE_GREEN' },
    });
  });
});

describe("the canary's abort after a promotion", () => {
  const image = `registry.example/router@sha256:${'a'.repeat(64)}`;
  const pair = {
    cluster: 'prod',
    'listener-arn': ARN.listener,
    'blue-service': 'router-blue',
    'green-service': 'router-green',
    'blue-target-group': ARN.blueTg,
    'green-target-group': ARN.greenTg,
  };
  const checks = 'alarms:\n  - names: [orders]\n';
  const deployInputs = (keepPrevious: string) =>
    parseCanaryInputs(
      (name) => ({ ...pair, image, checks, steps: '100%:1m', 'keep-previous': keepPrevious })[name] ?? '',
    );
  const abortInputs = parseCanaryInputs((name) => ({ ...pair, mode: 'abort' })[name] ?? '');

  function world() {
    const alb = new FakeAlb();
    const ecs = new FakeEcs();
    const leases = new FakeLeaseStore();
    const clock = new ManualClock();
    const deps = (run: string, onPromoted?: () => void, runClock: Clock = clock): CanaryDeps => ({
      ecs: ecs.port,
      scaling: ecs,
      traffic: alb,
      leases,
      clock: runClock,
      logger: new RecordingLogger(),
      readTextFile: () => '',
      runGate: async (_document, policy): Promise<GateOutcome> => {
        await clock.sleep(policy.windowMs);
        return { verdict: 'pass', reason: 'scripted', startedAt: '', durationMs: policy.windowMs, evaluations: [] };
      },
      identity: { rolloutId: `rollout-${run}`, run, holder: `run ${run}` },
      saveCheckpoint: (checkpoint) => {
        if (checkpoint.phase === 'promoted') onPromoted?.();
      },
    });
    return { alb, ecs, clock, deps };
  }

  it('while the deploy job keeps the previous side warm: traffic goes back to it at once, and the job never scales it in', async () => {
    const w = world();
    let aborted: Promise<Awaited<ReturnType<typeof runCanary>>> | undefined;
    // The person aborts while the deploy job waits out keep-previous: its waits end after the abort.
    const deployClock: Clock = {
      now: () => w.clock.now(),
      sleep: async (ms) => {
        await aborted;
        await w.clock.sleep(ms);
      },
    };
    const startAbort = () => {
      aborted ??= runCanary(abortInputs, w.deps('org/router/2'));
    };
    const deployed = await runCanary(deployInputs('15m'), w.deps('org/router/1', startAbort, deployClock));
    const abort = await aborted;

    expect(abort?.result).toBe('rolled-back');
    expect(w.alb.share(ARN.blueTg)).toBe(100);
    expect(w.ecs.services.get('router-blue')?.desiredCount).toBe(2);
    expect(w.ecs.calls).not.toContain('updateService router-blue {"desiredCount":0}');
    expect(deployed.result).toBe('rolled-back');
    expect(deployed.headline).toContain('another run');
  });

  it('after keep-previous has expired: the previous side is brought back before traffic moves, and the abort says so', async () => {
    const w = world();
    const deployed = await runCanary(deployInputs('0'), w.deps('org/router/1'));
    expect(deployed.result).toBe('promoted');
    expect(w.ecs.services.get('router-blue')?.desiredCount).toBe(0);

    const abort = await runCanary(abortInputs, w.deps('org/router/2'));

    expect(abort.result).toBe('rolled-back');
    expect(w.alb.share(ARN.blueTg)).toBe(100);
    expect(w.ecs.services.get('router-blue')).toMatchObject({ taskDefinitionArn: ARN.revision(1), desiredCount: 2 });
    expect(w.ecs.services.get('router-green')?.desiredCount).toBe(0);
    expect(abort.reason).toContain('brought back');
  });
});
