/**
 * Proves ECS's native blue/green, linear and canary service deployments as the API shows them:
 * stages come in the documented order and the production listener's weights step with them; PAUSE
 * hooks wait (AWAITING_ACTION, expiresAt) for ContinueServiceDeployment, whose CONTINUE proceeds
 * and ROLLBACK moves traffic back and ends ROLLBACK_SUCCESSFUL on the old revision; an unanswered
 * hook takes its timeout action at expiry; a finished deployment cannot be stopped; a deployment
 * alarm and the circuit breaker roll back; success stops the old tasks and flips the live group.
 */
import {
  ConflictException,
  ContinueServiceDeploymentCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  InvalidParameterException,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  DescribeTasksCommand,
  RegisterTaskDefinitionCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
  type DeploymentConfiguration,
  type DeploymentLifecycleHook,
  type ServiceDeployment,
} from '@aws-sdk/client-ecs';
import { DescribeListenersCommand, DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { clientsOf, rejection, settle, watch, type SimClients } from '../sim-api.js';
import { CONTAINER, FAMILY, release, serviceStack, type ServiceStack } from '../scenarios.js';
import { World } from './index.js';
import { CRASHING, FAULTY, HEALTHY, type VersionProfile } from './versions.js';

const SECOND = 1_000;
const MINUTE = 60_000;

function configuration(
  strategy: 'BLUE_GREEN' | 'LINEAR' | 'CANARY',
  extra: Partial<DeploymentConfiguration> = {},
): DeploymentConfiguration {
  return {
    maximumPercent: 200,
    minimumHealthyPercent: 100,
    deploymentCircuitBreaker: { enable: true, rollback: true },
    strategy,
    bakeTimeInMinutes: 3,
    ...(strategy === 'LINEAR' ? { linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 2 } } : {}),
    ...(strategy === 'CANARY' ? { canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 3 } } : {}),
    ...extra,
  };
}

function pause(
  stages: DeploymentLifecycleHook['lifecycleStages'],
  timeoutInMinutes: number,
  action: 'CONTINUE' | 'ROLLBACK',
): DeploymentLifecycleHook {
  return { targetType: 'PAUSE', lifecycleStages: stages, timeoutConfiguration: { timeoutInMinutes, action } };
}

interface Native {
  readonly world: World;
  readonly stack: ServiceStack;
  readonly api: SimClients;
}

function nativeWorld(seed: number, deploymentConfiguration: DeploymentConfiguration): Native {
  const world = new World({ seed });
  const stack = serviceStack(world, {
    native: deploymentConfiguration.strategy,
    deploymentConfiguration,
    desiredCount: 2,
  });
  return { world, stack, api: clientsOf(world) };
}

/** Registers a revision of `profile` and starts a service deployment to it; its ARN. */
async function deploy(
  { world, stack, api }: Native,
  name: string,
  profile: VersionProfile,
): Promise<{ arn: string; revision: string }> {
  const registered = await settle(
    world,
    api.ecs.send(
      new RegisterTaskDefinitionCommand({
        family: FAMILY,
        containerDefinitions: [{ name: CONTAINER, image: release(world, name, profile), essential: true }],
      }),
    ),
  );
  const revision = registered.taskDefinition?.taskDefinitionArn ?? '';
  const updated = await settle(
    world,
    api.ecs.send(
      new UpdateServiceCommand({ cluster: stack.cluster, service: stack.service, taskDefinition: revision }),
    ),
  );
  const arn = updated.service?.currentServiceDeployment ?? '';
  expect(arn).toMatch(/:service-deployment\//);
  return { arn, revision };
}

function deploymentCall(api: SimClients, arn: string): Promise<ServiceDeployment> {
  return api.ecs
    .send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }))
    .then((answer) => answer.serviceDeployments?.[0] ?? {});
}

/** Target group → weight on the production listener. */
function listenerCall(api: SimClients, stack: ServiceStack): Promise<Map<string, number>> {
  return api.elb
    .send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] }))
    .then(
      (answer) =>
        new Map(
          (answer.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? []).map((g) => [
            g.TargetGroupArn ?? '',
            g.Weight ?? 1,
          ]),
        ),
    );
}

interface Sample {
  readonly deployment: ServiceDeployment;
  readonly weights: Map<string, number>;
}

const FINISHED = ['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED'];

/** Samples the deployment and the production listener every second until `done` (default: finished). */
async function follow(
  { world, stack, api }: Native,
  arn: string,
  done: (sample: Sample) => boolean = (s) => FINISHED.includes(s.deployment.status ?? ''),
  withinMs = 90 * MINUTE,
): Promise<(Sample & { at: number })[]> {
  const samples = await watch(
    world,
    async (): Promise<Sample> => {
      const [deployment, weights] = await Promise.all([deploymentCall(api, arn), listenerCall(api, stack)]);
      return { deployment, weights };
    },
    { everyMs: SECOND, withinMs, done },
  );
  return samples.map(({ at, value }) => ({ at, ...value }));
}

/** Consecutive duplicates dropped. */
function runs<T>(values: T[]): T[] {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

function awaitingHook(deployment: ServiceDeployment) {
  return deployment.lifecycleHookDetails?.find((h) => h.status === 'AWAITING_ACTION');
}

const PREFIX = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
];
const SUFFIX = ['POST_PRODUCTION_TRAFFIC_SHIFT', 'BAKE_TIME', 'CLEAN_UP'];
const SHIFT = ['PRE_PRODUCTION_TRAFFIC_SHIFT', 'PRODUCTION_TRAFFIC_SHIFT'];

describe('ECS native deployments: stages and traffic', () => {
  it.each([
    { strategy: 'BLUE_GREEN' as const, shares: [100], stepBakeMs: 0 },
    { strategy: 'LINEAR' as const, shares: [25, 50, 75, 100], stepBakeMs: 2 * MINUTE },
    { strategy: 'CANARY' as const, shares: [10, 100], stepBakeMs: 3 * MINUTE },
  ])(
    'goes through the stages in order, stepping production weights $shares ($strategy)',
    async ({ strategy, shares, stepBakeMs }) => {
      const native = nativeWorld(71, configuration(strategy));
      const { stack } = native;
      const { arn } = await deploy(native, 'v2', HEALTHY);
      const samples = await follow(native, arn);
      expect(samples.at(-1)?.deployment.status).toBe('SUCCESSFUL');

      const stages = runs(samples.map((s) => s.deployment.lifecycleStage ?? 'none').filter((s) => s !== 'none'));
      expect(stages).toEqual([...PREFIX, ...shares.flatMap(() => SHIFT), ...SUFFIX]);

      // The listener's weights really move, and always agree with what the deployment requests.
      const green = samples.map((s) => s.weights.get(stack.greenTargetGroup) ?? 0);
      expect(runs(green)).toEqual([0, ...shares]);
      for (const { deployment, weights } of samples) {
        expect((weights.get(stack.blueTargetGroup) ?? 0) + (weights.get(stack.greenTargetGroup) ?? 0)).toBe(100);
        if (deployment.lifecycleStage === 'PRODUCTION_TRAFFIC_SHIFT') {
          expect(weights.get(stack.greenTargetGroup)).toBe(
            deployment.targetServiceRevision?.requestedProductionTrafficWeight,
          );
        }
      }
      // Each step bakes before the next one.
      const shiftedAt = shares.map(
        (share) => samples.find((s) => s.weights.get(stack.greenTargetGroup) === share)?.at ?? 0,
      );
      for (let i = 1; i < shiftedAt.length; i++) {
        const gap = (shiftedAt[i] ?? 0) - (shiftedAt[i - 1] ?? 0);
        expect(gap).toBeGreaterThanOrEqual(stepBakeMs);
        expect(gap).toBeLessThan(stepBakeMs + 20 * SECOND);
      }
      // While it scales up, the reads show the new revision's tasks being asked for and starting.
      const scalingUp = samples.filter((s) => s.deployment.lifecycleStage === 'SCALE_UP');
      expect(scalingUp.every((s) => s.deployment.targetServiceRevision?.requestedTaskCount === 2)).toBe(true);
      expect(runs(scalingUp.map((s) => s.deployment.targetServiceRevision?.runningTaskCount))).toEqual([0, 1, 2]);
      expect(scalingUp.every((s) => s.deployment.sourceServiceRevisions?.[0]?.runningTaskCount === 2)).toBe(true);
      const baking = samples.filter((s) => s.deployment.lifecycleStage === 'BAKE_TIME');
      expect((baking.at(-1)?.at ?? 0) - (baking[0]?.at ?? 0)).toBeGreaterThanOrEqual(3 * MINUTE - 2 * SECOND);
    },
  );

  it('stops the old tasks after SUCCESSFUL and flips the live group, so the next deployment uses the other one', async () => {
    const native = nativeWorld(72, configuration('BLUE_GREEN'));
    const { world, stack, api } = native;
    const healthyIn = async (group: string) => {
      const answer = await settle(world, api.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: group })));
      return (answer.TargetHealthDescriptions ?? []).map((d) => d.TargetHealth?.State);
    };
    const runningRevisions = async () => {
      const listed = await settle(
        world,
        api.ecs.send(new ListTasksCommand({ cluster: stack.cluster, serviceName: stack.service })),
      );
      const described = await settle(
        world,
        api.ecs.send(new DescribeTasksCommand({ cluster: stack.cluster, tasks: listed.taskArns ?? [] })),
      );
      return (described.tasks ?? []).map((t) => t.taskDefinitionArn);
    };

    const first = await deploy(native, 'v2', HEALTHY);
    expect((await follow(native, first.arn)).at(-1)?.deployment.status).toBe('SUCCESSFUL');
    expect(await runningRevisions()).toEqual([first.revision, first.revision]);
    expect(await healthyIn(stack.blueTargetGroup)).toEqual([]);
    expect(await healthyIn(stack.greenTargetGroup)).toEqual(['healthy', 'healthy']);
    expect(await settle(world, listenerCall(api, stack))).toEqual(
      new Map([
        [stack.blueTargetGroup, 0],
        [stack.greenTargetGroup, 100],
      ]),
    );

    const second = await deploy(native, 'v3', HEALTHY);
    const samples = await follow(native, second.arn);
    expect(samples.at(-1)?.deployment.status).toBe('SUCCESSFUL');
    // This time the new tasks came up in blue and traffic moved from green to blue.
    expect(runs(samples.map((s) => s.weights.get(stack.blueTargetGroup)))).toEqual([0, 100]);
    expect(await runningRevisions()).toEqual([second.revision, second.revision]);
    expect(await healthyIn(stack.greenTargetGroup)).toEqual([]);
    expect(await healthyIn(stack.blueTargetGroup)).toEqual(['healthy', 'healthy']);

    const listed = await settle(
      world,
      api.ecs.send(new ListServiceDeploymentsCommand({ cluster: stack.cluster, service: stack.service })),
    );
    expect(listed.serviceDeployments?.map((d) => [d.serviceDeploymentArn, d.status])).toEqual([
      [second.arn, 'SUCCESSFUL'],
      [first.arn, 'SUCCESSFUL'],
    ]);
  });
});

describe('ECS native deployments: PAUSE hooks', () => {
  it('waits at a PAUSE hook until CONTINUE, then rolls back traffic and revision on ROLLBACK', async () => {
    const native = nativeWorld(
      73,
      configuration('LINEAR', {
        linearConfiguration: { stepPercent: 50, stepBakeTimeInMinutes: 1 },
        lifecycleHooks: [pause(['POST_TEST_TRAFFIC_SHIFT', 'PRE_PRODUCTION_TRAFFIC_SHIFT'], 60, 'ROLLBACK')],
      }),
    );
    const { world, stack, api } = native;
    const { arn } = await deploy(native, 'v2', HEALTHY);
    const paused = (s: Sample) => awaitingHook(s.deployment) !== undefined;

    // 1. Paused after test traffic moved, before any production traffic.
    let samples = await follow(native, arn, paused);
    let deployment = samples.at(-1)?.deployment ?? {};
    const firstHook = awaitingHook(deployment);
    expect(deployment).toMatchObject({ status: 'IN_PROGRESS', lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT' });
    expect(firstHook).toMatchObject({ targetType: 'PAUSE', timeoutAction: 'ROLLBACK' });
    const pausedAt = samples.findIndex(paused);
    const hookStarted = samples[pausedAt - 1]?.at ?? 0;
    expect(firstHook?.expiresAt?.getTime()).toBeGreaterThan(hookStarted + 60 * MINUTE - 2 * SECOND);
    expect(firstHook?.expiresAt?.getTime()).toBeLessThanOrEqual((samples[pausedAt]?.at ?? 0) + 60 * MINUTE);
    // It waits: ten minutes later nothing has moved.
    await world.scheduler.advanceTo(world.now() + 10 * MINUTE);
    deployment = await settle(world, deploymentCall(api, arn));
    expect(deployment).toMatchObject({ status: 'IN_PROGRESS', lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT' });
    expect((await settle(world, listenerCall(api, stack))).get(stack.greenTargetGroup)).toBe(0);
    // Only the hook awaiting action can be answered.
    const wrong = await rejection(
      world,
      api.ecs.send(
        new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId: 'nope', action: 'CONTINUE' }),
      ),
    );
    expect(wrong).toBeInstanceOf(InvalidParameterException);

    // 2. CONTINUE: on to the first production step, which pauses before it shifts.
    await settle(
      world,
      api.ecs.send(
        new ContinueServiceDeploymentCommand({
          serviceDeploymentArn: arn,
          hookId: firstHook?.hookId,
          action: 'CONTINUE',
        }),
      ),
    );
    samples = await follow(native, arn, paused);
    deployment = samples.at(-1)?.deployment ?? {};
    expect(deployment.lifecycleStage).toBe('PRE_PRODUCTION_TRAFFIC_SHIFT');
    expect(deployment.lifecycleHookDetails?.find((h) => h.hookId === firstHook?.hookId)?.status).toBe('SUCCEEDED');
    const secondHook = awaitingHook(deployment);
    expect(secondHook?.hookId).not.toBe(firstHook?.hookId);
    await settle(
      world,
      api.ecs.send(
        new ContinueServiceDeploymentCommand({
          serviceDeploymentArn: arn,
          hookId: secondHook?.hookId,
          action: 'CONTINUE',
        }),
      ),
    );

    // 3. Half the production traffic on green, paused before the next step.
    samples = await follow(native, arn, (s) => paused(s) && awaitingHook(s.deployment)?.hookId !== secondHook?.hookId);
    const thirdHook = awaitingHook(samples.at(-1)?.deployment ?? {});
    expect(samples.at(-1)?.weights.get(stack.greenTargetGroup)).toBe(50);
    expect(samples.at(-1)?.deployment.targetServiceRevision?.requestedProductionTrafficWeight).toBe(50);

    // 4. ROLLBACK: traffic back on blue, the old revision serving, the new tasks gone.
    await settle(
      world,
      api.ecs.send(
        new ContinueServiceDeploymentCommand({
          serviceDeploymentArn: arn,
          hookId: thirdHook?.hookId,
          action: 'ROLLBACK',
        }),
      ),
    );
    samples = await follow(native, arn);
    deployment = samples.at(-1)?.deployment ?? {};
    expect(deployment.status).toBe('ROLLBACK_SUCCESSFUL');
    expect(runs(samples.map((s) => s.deployment.status))).toEqual([
      'ROLLBACK_REQUESTED',
      'ROLLBACK_IN_PROGRESS',
      'ROLLBACK_SUCCESSFUL',
    ]);
    expect(deployment.lifecycleHookDetails?.find((h) => h.hookId === thirdHook?.hookId)?.status).toBe('FAILED');
    expect(deployment.targetServiceRevision?.requestedProductionTrafficWeight).toBe(0);
    expect(deployment.rollback?.reason).toMatch(/ContinueServiceDeployment ROLLBACK/);
    expect(samples.at(-1)?.weights).toEqual(
      new Map([
        [stack.blueTargetGroup, 100],
        [stack.greenTargetGroup, 0],
      ]),
    );
    const service = (
      await settle(
        world,
        api.ecs.send(new DescribeServicesCommand({ cluster: stack.cluster, services: [stack.service] })),
      )
    ).services?.[0];
    expect(service?.taskDefinition).toBe(stack.liveRevision);
    expect(service?.deployments).toMatchObject([
      { status: 'PRIMARY', taskDefinition: stack.liveRevision, rolloutState: 'COMPLETED' },
    ]);
    await world.scheduler.advanceTo(world.now() + 2 * MINUTE);
    const green = await settle(
      world,
      api.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: stack.greenTargetGroup })),
    );
    expect(green.TargetHealthDescriptions).toEqual([]);
  });

  it.each([
    { action: 'ROLLBACK' as const, ends: 'ROLLBACK_SUCCESSFUL' },
    { action: 'CONTINUE' as const, ends: 'SUCCESSFUL' },
  ])('takes an unanswered hook’s timeout action ($action) when it expires', async ({ action, ends }) => {
    const native = nativeWorld(
      74,
      configuration('BLUE_GREEN', { lifecycleHooks: [pause(['POST_SCALE_UP'], 5, action)] }),
    );
    const { world, api } = native;
    const { arn } = await deploy(native, 'v2', HEALTHY);
    const samples = await follow(native, arn, (s) => awaitingHook(s.deployment) !== undefined);
    const hook = awaitingHook(samples.at(-1)?.deployment ?? {});
    const expiresAt = hook?.expiresAt?.getTime() ?? 0;
    await world.scheduler.advanceTo(expiresAt - SECOND);
    expect(await settle(world, deploymentCall(api, arn))).toMatchObject({
      status: 'IN_PROGRESS',
      lifecycleStage: 'POST_SCALE_UP',
    });
    await world.scheduler.advanceTo(expiresAt + SECOND);
    const expired = await settle(world, deploymentCall(api, arn));
    expect(expired.lifecycleHookDetails?.find((h) => h.hookId === hook?.hookId)?.status).toBe('TIMED_OUT');
    if (action === 'ROLLBACK') {
      expect(expired.status).toBe('ROLLBACK_REQUESTED');
      expect(expired.statusReason).toMatch(/lifecycle hook timed out/);
    } else {
      expect(expired.status).toBe('IN_PROGRESS');
    }
    expect((await follow(native, arn)).at(-1)?.deployment.status).toBe(ends);
  });
});

describe('ECS native deployments: stopping and failure detection', () => {
  it('answers StopServiceDeployment on a finished deployment with ConflictException, and rolls back a running one', async () => {
    const native = nativeWorld(75, configuration('BLUE_GREEN'));
    const { world, stack, api } = native;
    const first = await deploy(native, 'v2', HEALTHY);
    await follow(native, first.arn);
    const conflict = await rejection(
      world,
      api.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: first.arn, stopType: 'ROLLBACK' })),
    );
    expect(conflict).toBeInstanceOf(ConflictException);

    const second = await deploy(native, 'v3', HEALTHY);
    await follow(native, second.arn, (s) => s.deployment.lifecycleStage === 'BAKE_TIME');
    await settle(
      world,
      api.ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: second.arn, stopType: 'ROLLBACK' })),
    );
    const samples = await follow(native, second.arn);
    expect(samples.at(-1)?.deployment).toMatchObject({
      status: 'ROLLBACK_SUCCESSFUL',
      rollback: { reason: 'Service deployment rolled back because of StopServiceDeployment request.' },
    });
    // Traffic went back to the revision of the first deployment, in green.
    expect(samples.at(-1)?.weights.get(stack.greenTargetGroup)).toBe(100);
  });

  it('rolls back when a deployment alarm goes into ALARM, naming it', async () => {
    const native = nativeWorld(
      76,
      configuration('CANARY', {
        canaryConfiguration: { canaryPercent: 20, canaryBakeTimeInMinutes: 15 },
        alarms: { alarmNames: ['router-green-5xx'], enable: true, rollback: true },
      }),
    );
    const { world, stack } = native;
    const suffix = (arn: string, marker: string) => arn.slice(arn.indexOf(marker) + marker.length);
    world.cloudwatch.putAlarm({
      name: 'router-green-5xx',
      namespace: 'AWS/ApplicationELB',
      metricName: 'HTTPCode_Target_5XX_Count',
      dimensions: [
        { Name: 'LoadBalancer', Value: suffix(stack.loadBalancerArn, ':loadbalancer/') },
        { Name: 'TargetGroup', Value: suffix(stack.greenTargetGroup, ':') },
      ],
      statistic: 'Sum',
      periodSeconds: 60,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: 100,
      comparison: 'GreaterThanThreshold',
    });
    const { arn } = await deploy(native, 'v2', FAULTY);
    const samples = await follow(native, arn);
    const last = samples.at(-1)?.deployment ?? {};
    expect(last.status).toBe('ROLLBACK_SUCCESSFUL');
    expect(last.alarms).toMatchObject({
      status: 'TRIGGERED',
      alarmNames: ['router-green-5xx'],
      triggeredAlarmNames: ['router-green-5xx'],
    });
    expect(last.rollback?.reason).toMatch(
      /^Service deployment rolled back because alarm router-green-5xx was triggered/,
    );
    // It rolled back during the canary's bake, with 20 % of production on the faulty revision.
    const rollingBack = samples.find((s) => s.deployment.status === 'ROLLBACK_REQUESTED');
    expect(rollingBack?.deployment.lifecycleStage).toBe('PRODUCTION_TRAFFIC_SHIFT');
    expect(rollingBack?.weights.get(stack.greenTargetGroup)).toBe(20);
    expect(samples.at(-1)?.weights.get(stack.greenTargetGroup)).toBe(0);
  });

  it('trips the circuit breaker on a crashing revision during SCALE_UP, before any production traffic moves', async () => {
    const native = nativeWorld(77, configuration('LINEAR'));
    const { stack } = native;
    const { arn } = await deploy(native, 'v2', CRASHING);
    const samples = await follow(native, arn);
    const last = samples.at(-1)?.deployment ?? {};
    expect(last.status).toBe('ROLLBACK_SUCCESSFUL');
    expect(last.deploymentCircuitBreaker).toMatchObject({ status: 'TRIGGERED', threshold: 3 });
    expect(last.deploymentCircuitBreaker?.failureCount).toBeGreaterThanOrEqual(3);
    expect(last.rollback?.reason).toBe(
      'Service deployment rolled back because the circuit breaker threshold was exceeded.',
    );
    const rollingBack = samples.find((s) => s.deployment.status === 'ROLLBACK_REQUESTED');
    expect(rollingBack?.deployment.lifecycleStage).toBe('SCALE_UP');
    expect(samples.every((s) => s.weights.get(stack.greenTargetGroup) === 0)).toBe(true);
  });
});
