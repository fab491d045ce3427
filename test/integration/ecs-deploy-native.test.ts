/**
 * ecs-deploy's native strategies (blue/green, linear, canary) end to end against a faithful fake
 * of ECS's service-deployment lifecycle (moto implements none of it): the real inputs parser, the
 * real ECS adapter over the SDK client, the real driver and the real health gate over an
 * in-memory CloudWatch, all on a manual clock.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEcsPort, createServiceDeploymentPort } from '../../src/aws/ecs.js';
import { runNativeDeploy, type NativeDeployDeps, type PauseContext } from '../../src/ecs-deploy/native/driver.js';
import { rollBackUnfinished } from '../../src/ecs-deploy/native/post.js';
import { parseEcsDeployInputs } from '../../src/ecs-deploy/inputs.js';
import { renderDeployReport } from '../../src/ecs-deploy/report.js';
import type { ChecksDocument } from '../../src/gate/checks.js';
import { runGate, type GateOutcome, type GatePolicy } from '../../src/gate/gate.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import {
  BLUE_GREEN_LOAD_BALANCER,
  CLUSTER,
  EcsDeploymentFake,
  revisionArn,
  SERVICE,
  type FakeOptions,
} from '../support/ecs-deployment-fake.js';
import { FakeLeaseStore } from '../support/canary-fakes.js';
import { FakeCloudWatch, perMinute } from '../support/gate-fakes.js';
import { ManualClock } from '../support/manual-clock.js';

const ecsMock = mockClient(ECSClient);
const IMAGE = 'registry.example/order-router@sha256:2222222222222222222222222222222222222222222222222222222222222222';
const CHECKS = `
metrics:
  - id: green-5xx
    namespace: AWS/ApplicationELB
    metric: HTTPCode_Target_5XX_Count
    stat: Sum
    dimensions:
      LoadBalancer: app/trading/50dc6c495c0c9188
      TargetGroup: targetgroup/router-green/8b7a6f5e4d3c2b1a
    threshold: '< 5'
    lookback: 3m
`;
const ALL_PAUSE_STAGES = ['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT'];

let clock: ManualClock;
let logger: RecordingLogger;
let fake: EcsDeploymentFake;
/** 5xx per minute of the green target group, as a function of the new revision's production share. */
let errorsAt: (productionWeight: number) => number;

function setUp(options: FakeOptions = {}): void {
  ecsMock.reset();
  clock = new ManualClock();
  logger = new RecordingLogger();
  fake = new EcsDeploymentFake(ecsMock, clock, options);
  errorsAt = () => 0;
}
beforeEach(() => setUp());

interface Run {
  readonly inputs: Record<string, string>;
  /** Replaces the real gate (default: runGate over the fake CloudWatch). */
  readonly gate?: (pause: PauseContext, real: () => Promise<GateOutcome>) => Promise<GateOutcome>;
}

function deps(run: Run, saved: { arn?: string }): NativeDeployDeps {
  const parsed = parse(run.inputs);
  const cloudwatch = new FakeCloudWatch((_metric, start, end) =>
    perMinute(start, end, () => errorsAt(fake.latest()?.production ?? 0)),
  );
  const client = new ECSClient({ region: 'us-east-1' });
  const ecs = createEcsPort(client);
  const real = (document: ChecksDocument, policy: GatePolicy): Promise<GateOutcome> => {
    return runGate(document, policy, {
      cloudwatch,
      ecs,
      clock,
      logger,
      probeHttp: () => Promise.reject(new Error('no http checks here')),
      judgeCompare: () => {
        throw new Error('no compare here');
      },
    });
  };
  return {
    ecs,
    deployments: createServiceDeploymentPort(client),
    clock,
    logger,
    region: 'us-east-1',
    readTextFile: () => {
      throw new Error('no files in these tests');
    },
    traffic: {
      readRoute: () => Promise.reject(new Error('no routes here')),
      describeTargetGroups: () => Promise.resolve([]),
    },
    leases: new FakeLeaseStore(),
    identity: { id: 'deploy-1', run: 'org/router/1', holder: 'run 1' },
    runGate: parsed.native?.checks
      ? (document, policy, pause) => (run.gate ? run.gate(pause, () => real(document, policy)) : real(document, policy))
      : undefined,
    onServiceDeployment: (arn) => {
      saved.arn = arn;
    },
  };
}

function parse(inputs: Record<string, string>) {
  const values: Record<string, string> = {
    cluster: CLUSTER,
    service: SERVICE,
    'task-definition': 'order-router:1',
    image: IMAGE,
    'poll-interval': '15s',
    timeout: '2h',
    checks: CHECKS,
    ...inputs,
  };
  return parseEcsDeployInputs((name) => values[name] ?? '');
}

async function deploy(run: Run) {
  const saved: { arn?: string } = {};
  const report = await runNativeDeploy(parse(run.inputs), deps(run, saved));
  return { report, saved };
}

function continues(): { action: unknown; at: number }[] {
  return fake.calls
    .filter((c) => c.command === 'ContinueServiceDeployment')
    .map((c) => ({ action: c.input.action, at: c.at }));
}

describe('a clean canary', () => {
  it('configures CANARY with PAUSE hooks, continues at every pause, and ends deployed on the new revision', async () => {
    const { report, saved } = await deploy({
      inputs: { strategy: 'canary', 'canary-percent': '10', 'step-bake': '5m', bake: '10m' },
    });

    expect(report).toMatchObject({ result: 'deployed', succeeded: true, strategy: 'canary' });
    expect(report.serviceDeploymentArn).toBe(saved.arn);
    expect(fake.currentRevision).toBe(revisionArn(2));
    const update = fake.calls.find((c) => c.command === 'UpdateService');
    expect(update?.input).toMatchObject({
      taskDefinition: revisionArn(2),
      deploymentConfiguration: {
        strategy: 'CANARY',
        bakeTimeInMinutes: 10,
        canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
        lifecycleHooks: [
          {
            targetType: 'PAUSE',
            lifecycleStages: ALL_PAUSE_STAGES,
            timeoutConfiguration: { timeoutInMinutes: 30, action: 'ROLLBACK' },
          },
        ],
        // What the service had before survives.
        deploymentCircuitBreaker: { enable: true, rollback: true },
        maximumPercent: 200,
      },
    });
    // After the test shift, before the 10 % and the 100 % shifts, and after the last one.
    expect(continues().map((c) => c.action)).toEqual(['CONTINUE', 'CONTINUE', 'CONTINUE', 'CONTINUE']);
    expect(report.lifecycleStages).toEqual([
      'PRE_SCALE_UP',
      'SCALE_UP',
      'POST_SCALE_UP',
      'TEST_TRAFFIC_SHIFT',
      'POST_TEST_TRAFFIC_SHIFT',
      'PRE_PRODUCTION_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'PRE_PRODUCTION_TRAFFIC_SHIFT',
      'PRODUCTION_TRAFFIC_SHIFT',
      'POST_PRODUCTION_TRAFFIC_SHIFT',
      'BAKE_TIME',
      'CLEAN_UP',
    ]);
    const weights = (report.timeline ?? []).map((t) => t.productionWeight);
    expect(weights).toContain(10);
    expect(weights[weights.length - 1]).toBe(100);
    expect(report.verifiedGood?.recorded).toBe(true);
    expect(logger.messages('info').some((m) => m.includes("New revision's requested traffic: production 10%"))).toBe(
      true,
    );
    const summary = renderDeployReport(report);
    expect(summary).toContain('### Timeline');
    expect(summary).toContain(
      '| PRE_PRODUCTION_TRAFFIC_SHIFT | IN_PROGRESS | 10% | 100% | ✅ pass → CONTINUE: every check passed. |',
    );
  });
});

describe('linear', () => {
  it('a clean rollout in 25 % steps passes the gate before each of the four shifts', async () => {
    const { report } = await deploy({
      inputs: { strategy: 'linear', 'linear-step-percent': '25', 'step-bake': '3m', bake: '5m' },
    });

    expect(report).toMatchObject({ result: 'deployed', succeeded: true });
    expect(continues()).toHaveLength(6);
    expect(continues().every((c) => c.action === 'CONTINUE')).toBe(true);
    const gated = (report.timeline ?? []).filter((t) => t.gate).map((t) => [t.stage, t.productionWeight]);
    expect(gated).toEqual([
      ['POST_TEST_TRAFFIC_SHIFT', 0],
      ['PRE_PRODUCTION_TRAFFIC_SHIFT', 0],
      ['PRE_PRODUCTION_TRAFFIC_SHIFT', 25],
      ['PRE_PRODUCTION_TRAFFIC_SHIFT', 50],
      ['PRE_PRODUCTION_TRAFFIC_SHIFT', 75],
      ['POST_PRODUCTION_TRAFFIC_SHIFT', 100],
    ]);
    expect(fake.latest()?.status).toBe('SUCCESSFUL');
  });

  it('a gate failure at the second step rolls back at once: ContinueServiceDeployment ROLLBACK is the very next call', async () => {
    // The new revision throws 5xx as soon as it takes production traffic.
    errorsAt = (production) => (production > 0 ? 40 : 0);
    let verdict: { at: number; calls: number } | undefined;
    const { report } = await deploy({
      inputs: {
        strategy: 'linear',
        'linear-step-percent': '25',
        'step-bake': '3m',
        bake: '5m',
        window: '1m',
        interval: '20s',
      },
      gate: async (_pause, real) => {
        const outcome = await real();
        if (outcome.verdict === 'fail') {
          verdict = { at: clock.now(), calls: fake.calls.length };
        }
        return outcome;
      },
    });

    expect(report).toMatchObject({ result: 'rolled-back', succeeded: false, failure: { cause: 'gate-failed' } });
    expect(report.failure?.reason).toContain('PRE_PRODUCTION_TRAFFIC_SHIFT');
    expect(report.failure?.reason).toContain('green-5xx (40; expected < 5)');
    expect(report.rollback).toMatchObject({
      taskDefinitionArn: revisionArn(1),
      by: 'trading-actions',
      succeeded: true,
    });
    expect(continues().map((c) => c.action)).toEqual(['CONTINUE', 'CONTINUE', 'ROLLBACK']);
    // The figure: from the failing verdict to the ROLLBACK, one call and no time, no poll in between.
    // The read that found the pause, then the gate, then the answer: nothing else, and no sleep
    // (the clock has not moved between the verdict and the call).
    const at = verdict?.calls ?? -1;
    expect(fake.calls[at - 1]?.command).toBe('DescribeServiceDeployments');
    expect(fake.calls[at]).toMatchObject({
      command: 'ContinueServiceDeployment',
      input: { action: 'ROLLBACK' },
      at: verdict?.at,
    });
    // It never shifted past 25 %, and production is back on the old revision.
    expect(Math.max(...(report.timeline ?? []).map((t) => t.productionWeight ?? 0))).toBe(25);
    expect(fake.latest()?.status).toBe('ROLLBACK_SUCCESSFUL');
    expect(fake.currentRevision).toBe(revisionArn(1));
    expect(fake.commands()).not.toContain('StopServiceDeployment');
    expect(renderDeployReport(report)).toContain('❌ fail → ROLLBACK');
  });
});

describe('when ECS rolls back by itself', () => {
  it('an alarm firing during the bake fails the step as rolled-back by ECS, without a second rollback request', async () => {
    const { report } = await deploy({
      inputs: { strategy: 'blue-green', bake: '10m', alarms: 'order-router-5xx\norder-router-latency' },
      gate: async (pause, real) => {
        const outcome = await real();
        // The last pause passes; one minute into the bake that follows it, the 5xx alarm goes off.
        if (pause.stage === 'POST_PRODUCTION_TRAFFIC_SHIFT') fake.fireAlarm('order-router-5xx', clock.now() + 60_000);
        return outcome;
      },
    });

    expect(report).toMatchObject({ result: 'rolled-back', succeeded: false, failure: { cause: 'alarm' } });
    expect(report.failure?.reason).toContain('order-router-5xx');
    expect(report.rollback).toMatchObject({ by: 'ecs', succeeded: true });
    expect(report.lifecycleStages).toContain('BAKE_TIME');
    expect(fake.calls.find((c) => c.command === 'UpdateService')?.input).toMatchObject({
      deploymentConfiguration: {
        strategy: 'BLUE_GREEN',
        alarms: { alarmNames: ['order-router-5xx', 'order-router-latency'], enable: true, rollback: true },
      },
    });
    expect(fake.commands()).not.toContain('StopServiceDeployment');
    expect(fake.currentRevision).toBe(revisionArn(1));
  });

  it('a pause left unanswered past hook-timeout ends rolled back by ECS, and the step says why', async () => {
    const { report } = await deploy({
      inputs: { strategy: 'blue-green', bake: '5m', 'hook-timeout': '10m' },
      gate: async (pause, real) => {
        // A gate that hangs (an HTTP probe to a black hole, say) past the hook's expiry.
        if (pause.stage === 'PRE_PRODUCTION_TRAFFIC_SHIFT') await clock.sleep(11 * 60_000);
        return real();
      },
    });

    expect(report).toMatchObject({ result: 'rolled-back', failure: { cause: 'hook-timed-out' } });
    expect(report.rollback?.by).toBe('ecs');
    expect(logger.messages('warning').some((m) => m.includes('ContinueServiceDeployment CONTINUE was refused'))).toBe(
      true,
    );
    expect(fake.currentRevision).toBe(revisionArn(1));
  });
});

describe('timeout', () => {
  it('a deployment stuck scaling up past timeout (plus its bakes) is stopped with ROLLBACK and ends rolled back', async () => {
    setUp({ scaleUpSeconds: 3 * 3600 });

    const { report } = await deploy({ inputs: { strategy: 'blue-green', bake: '5m', timeout: '20m' } });

    expect(report).toMatchObject({ result: 'rolled-back', failure: { cause: 'timed-out' } });
    // 20m of timeout, the 5m bake, and three pauses that may each wait 7m for late metrics.
    expect(report.failure?.reason).toContain('within 46m');
    expect(report.rollback).toMatchObject({ by: 'trading-actions', succeeded: true });
    expect(fake.calls.filter((c) => c.command === 'StopServiceDeployment').map((c) => c.input.stopType)).toEqual([
      'ROLLBACK',
    ]);
    expect(fake.currentRevision).toBe(revisionArn(1));
  });
});

describe('cancellation', () => {
  it('a main step that dies mid-way leaves the post step to request the rollback, which ECS carries out', async () => {
    const saved: { arn?: string } = {};
    const run: Run = {
      inputs: { strategy: 'linear', 'linear-step-percent': '20', 'step-bake': '2m', bake: '5m' },
      gate: async (pause, real) => {
        if (pause.productionWeight === 40) throw new Error('runner lost communication with the job');
        return real();
      },
    };
    await expect(runNativeDeploy(parse(run.inputs), deps(run, saved))).rejects.toThrow(/runner lost/);
    expect(fake.latest()).toMatchObject({ status: 'IN_PROGRESS', production: 40 });

    const outcome = await rollBackUnfinished(
      { serviceDeploymentArn: saved.arn ?? '', finished: false },
      createServiceDeploymentPort(new ECSClient({ region: 'us-east-1' })),
      logger,
    );

    expect(outcome).toBe('rollback-requested');
    expect(fake.calls.filter((c) => c.command === 'StopServiceDeployment').map((c) => c.input)).toEqual([
      { serviceDeploymentArn: saved.arn, stopType: 'ROLLBACK' },
    ]);
    clock.advance(2 * 60_000);
    expect(fake.latest()).toMatchObject({ status: 'ROLLBACK_SUCCESSFUL', production: 0 });
    expect(fake.currentRevision).toBe(revisionArn(1));
  });

  it('a main step that finished leaves the post step nothing to do', async () => {
    const { saved } = await deploy({ inputs: { strategy: 'blue-green', bake: '1m' } });
    const before = fake.calls.length;
    const port = createServiceDeploymentPort(new ECSClient({ region: 'us-east-1' }));

    expect(await rollBackUnfinished({ serviceDeploymentArn: saved.arn ?? '', finished: true }, port, logger)).toBe(
      'main-step-finished',
    );
    expect(await rollBackUnfinished({ serviceDeploymentArn: saved.arn ?? '', finished: false }, port, logger)).toBe(
      'already-ended',
    );
    expect(fake.calls.slice(before).map((c) => c.command)).toEqual(['DescribeServiceDeployments']);
  });
});

describe('a misconfigured service', () => {
  it('without advancedConfiguration on its load balancer: says what to add, and changes nothing', async () => {
    setUp({ loadBalancers: [{ ...BLUE_GREEN_LOAD_BALANCER, advancedConfiguration: undefined }] });

    const error = await deploy({ inputs: { strategy: 'canary' } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as ConfigurationError).message;
    expect(message).toContain('- strategy:');
    expect(message).toContain('loadBalancers[].advancedConfiguration');
    expect(message).toContain('alternateTargetGroupArn');
    expect(message).toContain('productionListenerRule');
    expect(message).toContain('roleArn');
    expect(fake.commands()).toEqual(['DescribeServices']);
  });

  it('on the CODE_DEPLOY controller: says to switch controllers, and changes nothing', async () => {
    setUp({ deploymentController: 'CODE_DEPLOY' });

    const error = await deploy({ inputs: { strategy: 'blue-green' } }).catch((e: unknown) => e);

    expect((error as ConfigurationError).message).toContain('CODE_DEPLOY deployment controller');
    expect(fake.commands()).toEqual(['DescribeServices']);
  });
});

describe('a deploy window that closes mid-rollout', () => {
  /** The window closes after the gate has answered `openPauses` pauses. */
  async function deployUntilWindowCloses(openPauses: number, action: 'hold' | 'rollback') {
    const saved: { arn?: string } = {};
    let pauses = 0;
    const run: Run = { inputs: { strategy: 'linear', 'linear-step-percent': '25', 'step-bake': '3m', bake: '5m' } };
    const report = await runNativeDeploy(parse(run.inputs), {
      ...deps(run, saved),
      windowPause: () =>
        pauses++ < openPauses ? undefined : { reason: 'the deploy window (outside XNYS regular) closed', action },
    });
    return report;
  }

  it('holds: the pause is left unanswered for a person, and the step says why', async () => {
    const report = await deployUntilWindowCloses(3, 'hold');
    expect(report.result).not.toBe('deployed');
    expect(report.headline + report.notes.join(' ')).toContain('The deploy window closed and on-window-close is hold');
    expect(continues()).toHaveLength(3);
    expect(continues().every((c) => c.action === 'CONTINUE')).toBe(true);
  });

  it('without checks, a deploy window still makes ECS pause, so a closing window holds the rollout', async () => {
    const saved: { arn?: string } = {};
    let pauses = 0;
    const passing = (): Promise<GateOutcome> =>
      Promise.resolve({ verdict: 'pass', reason: 'no checks', startedAt: '', durationMs: 0, evaluations: [] });
    const run: Run = {
      inputs: {
        strategy: 'linear',
        'linear-step-percent': '25',
        'step-bake': '3m',
        bake: '5m',
        checks: '',
        'deploy-window': 'outside XNYS regular',
      },
      gate: passing,
    };
    const inputs = parse(run.inputs);
    expect(inputs.native?.pauseForWindow).toBe(true);
    const report = await runNativeDeploy(inputs, {
      ...deps(run, saved),
      windowPause: () =>
        pauses++ < 2 ? undefined : { reason: 'the deploy window (outside XNYS regular) closed', action: 'hold' },
    });
    expect(report.result).not.toBe('deployed');
    expect(continues().map((c) => c.action)).toEqual(['CONTINUE', 'CONTINUE']);
    expect(report.notes.join(' ')).toContain('paused only so the deploy window could be re-checked');
  });

  it('rolls back when on-window-close says so', async () => {
    const report = await deployUntilWindowCloses(3, 'rollback');
    expect(report.result).toBe('rolled-back');
    expect(continues().at(-1)?.action).toBe('ROLLBACK');
  });
});
