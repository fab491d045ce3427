/**
 * Proves simulated ECS rolling deployments as the API shows them: a healthy revision completes in
 * the time its tasks take to start, pass health checks and drain the old ones, with one deployment
 * and a steady-state event left; minimumHealthyPercent and maximumPercent hold throughout; the
 * circuit breaker fails a crashing revision at max(3, ceil(desired / 2)) consecutive failures and
 * rolls back to the last revision that completed; stopped tasks tell why (reason, stop code, exit
 * code) for an hour; images that cannot be pulled and tasks that fail ELB health checks are told
 * apart; and DescribeServices lags behind writes by at most readLagMs.
 */
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type DeploymentConfiguration,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { clientsOf, settle, watch, type SimClients } from '../sim-api.js';
import { CONTAINER, FAMILY, release, serviceStack, type ServiceStack } from '../scenarios.js';
import { World } from './index.js';
import { CRASHING, HEALTHY, UNHEALTHY, UNPULLABLE, type VersionProfile } from './versions.js';

const SECOND = 1_000;
const MINUTE = 60_000;

async function registerRevision(world: World, api: SimClients, name: string, profile: VersionProfile): Promise<string> {
  const answer = await settle(
    world,
    api.ecs.send(
      new RegisterTaskDefinitionCommand({
        family: FAMILY,
        containerDefinitions: [
          {
            name: CONTAINER,
            image: release(world, name, profile),
            essential: true,
            portMappings: [{ containerPort: 8080 }],
          },
        ],
        cpu: '1024',
        memory: '2048',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
      }),
    ),
  );
  return answer.taskDefinition?.taskDefinitionArn ?? '';
}

function describeCall(api: SimClients, stack: ServiceStack): Promise<Service> {
  return api.ecs
    .send(new DescribeServicesCommand({ cluster: stack.cluster, services: [stack.service] }))
    .then((answer) => answer.services?.[0] ?? {});
}

function update(world: World, api: SimClients, stack: ServiceStack, taskDefinition: string): Promise<unknown> {
  return settle(
    world,
    api.ecs.send(new UpdateServiceCommand({ cluster: stack.cluster, service: stack.service, taskDefinition })),
  );
}

/** Polls DescribeServices until one COMPLETED deployment remains; every sample taken. */
function untilSteady(world: World, api: SimClients, stack: ServiceStack, everyMs = 5 * SECOND) {
  return watch(world, () => describeCall(api, stack), {
    everyMs,
    withinMs: 60 * MINUTE,
    done: (service) => service.deployments?.length === 1 && service.deployments[0]?.rolloutState === 'COMPLETED',
  });
}

async function stoppedTasks(world: World, api: SimClients, stack: ServiceStack, startedBy: string): Promise<Task[]> {
  const listed = await settle(
    world,
    api.ecs.send(new ListTasksCommand({ cluster: stack.cluster, desiredStatus: 'STOPPED', startedBy })),
  );
  if (!listed.taskArns?.length) return [];
  const described = await settle(
    world,
    api.ecs.send(new DescribeTasksCommand({ cluster: stack.cluster, tasks: listed.taskArns })),
  );
  return described.tasks ?? [];
}

describe('ECS rolling deployments', () => {
  it('completes a healthy revision in the time its tasks take to start, pass health checks and drain the old ones', async () => {
    const world = new World({ seed: 61 });
    const stack = serviceStack(world, { desiredCount: 2 });
    const api = clientsOf(world);
    const revision = await registerRevision(world, api, 'v2', HEALTHY);
    const before = await settle(world, describeCall(api, stack));
    const oldDeployment = before.deployments?.[0]?.id ?? '';
    const started = world.now();
    await update(world, api, stack, revision);
    const samples = await untilSteady(world, api, stack);
    const last = samples.at(-1);
    const service = last?.value ?? {};
    expect(service.taskDefinition).toBe(revision);
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments?.[0]).toMatchObject({ status: 'PRIMARY', taskDefinition: revision, runningCount: 2 });
    expect(service.runningCount).toBe(2);
    const messages = (service.events ?? []).map((e) => e.message ?? '');
    expect(messages[0]).toBe('(service order-router) has reached a steady state.');
    expect(messages[1]).toBe(
      `(service order-router) (deployment ${service.deployments?.[0]?.id ?? ''}) deployment completed.`,
    );
    // Start: 3–10 s provisioning + 20–45 s pulling and starting; health checks: 3 × 10 s, the first
    // within one interval; the old tasks then drain for the 30-second deregistration delay.
    const elapsed = (last?.at ?? 0) - started;
    expect(elapsed).toBeGreaterThanOrEqual((3 + 20 + 2 * 10 + 30) * SECOND);
    expect(elapsed).toBeLessThanOrEqual((10 + 45 + 3 * 10 + 30 + 10) * SECOND);
    // In between, both deployments were listed, the new one PRIMARY and IN_PROGRESS.
    expect(
      samples.some((s) => s.value.deployments?.length === 2 && s.value.deployments[0]?.rolloutState === 'IN_PROGRESS'),
    ).toBe(true);

    const old = await stoppedTasks(world, api, stack, oldDeployment);
    expect(old).toHaveLength(2);
    for (const task of old) {
      expect(task).toMatchObject({
        lastStatus: 'STOPPED',
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${service.deployments?.[0]?.id ?? ''})`,
      });
    }
    // Stopped tasks stay listed for an hour, then no more.
    await world.scheduler.advanceTo(world.now() + 61 * MINUTE);
    expect(await stoppedTasks(world, api, stack, oldDeployment)).toEqual([]);
  });

  it.each([
    { maximumPercent: 200, minimumHealthyPercent: 100, desiredCount: 2 },
    { maximumPercent: 100, minimumHealthyPercent: 50, desiredCount: 4 },
  ])(
    'keeps healthy targets at minimumHealthyPercent and tasks under maximumPercent ($minimumHealthyPercent–$maximumPercent %)',
    async ({ maximumPercent, minimumHealthyPercent, desiredCount }) => {
      const world = new World({ seed: 62 });
      const deploymentConfiguration: DeploymentConfiguration = {
        maximumPercent,
        minimumHealthyPercent,
        deploymentCircuitBreaker: { enable: true, rollback: true },
        strategy: 'ROLLING',
      };
      const stack = serviceStack(world, { desiredCount, deploymentConfiguration });
      const api = clientsOf(world);
      const revision = await registerRevision(world, api, 'v2', HEALTHY);
      await update(world, api, stack, revision);
      const samples = await watch(
        world,
        async () => {
          const [health, service, live] = await Promise.all([
            api.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: stack.blueTargetGroup })),
            describeCall(api, stack),
            api.ecs.send(new ListTasksCommand({ cluster: stack.cluster, serviceName: stack.service })),
          ]);
          return {
            healthy: (health.TargetHealthDescriptions ?? []).filter((d) => d.TargetHealth?.State === 'healthy').length,
            tasks: live.taskArns?.length ?? 0,
            steady: service.deployments?.length === 1 && service.taskDefinition === revision,
          };
        },
        { everyMs: SECOND, withinMs: 30 * MINUTE, done: (sample) => sample.steady },
      );
      expect(samples.at(-1)?.value.steady).toBe(true);
      const healthy = samples.map((s) => s.value.healthy);
      const tasks = samples.map((s) => s.value.tasks);
      expect(Math.min(...healthy)).toBe(Math.ceil((desiredCount * minimumHealthyPercent) / 100));
      expect(Math.max(...tasks)).toBe(Math.floor((desiredCount * maximumPercent) / 100));
    },
  );

  it.each([
    { desiredCount: 2, threshold: 3 },
    { desiredCount: 10, threshold: 5 },
  ])(
    'fails a crashing revision at $threshold consecutive failures (desired $desiredCount) and rolls back to the last completed revision',
    async ({ desiredCount, threshold }) => {
      const world = new World({ seed: 63 });
      const stack = serviceStack(world, { desiredCount });
      const api = clientsOf(world);
      const good = await registerRevision(world, api, 'v2', HEALTHY);
      await update(world, api, stack, good);
      await untilSteady(world, api, stack);
      const crashing = await registerRevision(world, api, 'v3', CRASHING);
      await update(world, api, stack, crashing);
      const samples = await untilSteady(world, api, stack, 2 * SECOND);

      const failedSample = samples.find((s) => s.value.deployments?.some((d) => d.rolloutState === 'FAILED'));
      const failed = failedSample?.value.deployments?.find((d) => d.rolloutState === 'FAILED');
      expect(failed).toMatchObject({
        status: 'ACTIVE',
        taskDefinition: crashing,
        rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
      });
      // A new PRIMARY deployment goes back to v2, the last revision that completed (not v1, the first).
      expect(failedSample?.value.deployments?.[0]).toMatchObject({ status: 'PRIMARY', taskDefinition: good });
      const final = samples.at(-1)?.value ?? {};
      expect(final.taskDefinition).toBe(good);
      expect(final.deployments).toMatchObject([{ status: 'PRIMARY', taskDefinition: good, rolloutState: 'COMPLETED' }]);

      const stopped = await stoppedTasks(world, api, stack, failed?.id ?? '');
      const crashed = stopped.filter((t) => t.stopCode === 'EssentialContainerExited');
      expect(crashed.length).toBeGreaterThanOrEqual(threshold);
      for (const task of crashed) {
        expect(task).toMatchObject({
          lastStatus: 'STOPPED',
          taskDefinitionArn: crashing,
          stoppedReason: 'Essential container in task exited',
          containers: [{ exitCode: 1, reason: CRASHING.exitReason }],
        });
      }
      // Its tasks still starting when it failed are scaled in by the rollback.
      const rollback = failedSample?.value.deployments?.[0]?.id ?? '';
      for (const task of stopped.filter((t) => t.stopCode !== 'EssentialContainerExited')) {
        expect(task).toMatchObject({
          stopCode: 'ServiceSchedulerInitiated',
          stoppedReason: `Scaling activity initiated by (deployment ${rollback})`,
        });
        if (task.startedAt === undefined) expect(task.containers?.[0]?.exitCode).toBeUndefined();
      }
      // The breaker trips on the failure that reaches the threshold, not before and not later.
      const failedAt =
        (final.events ?? []).find((e) => e.message?.includes('deployment failed'))?.createdAt?.getTime() ?? 0;
      const stoppedBy = crashed.filter((t) => (t.stoppedAt?.getTime() ?? Infinity) <= failedAt);
      expect(stoppedBy).toHaveLength(threshold);
    },
  );

  it('rolls back to the last completed revision, not to the one before the failed one', async () => {
    const world = new World({ seed: 64 });
    const stack = serviceStack(world, { desiredCount: 2 });
    const api = clientsOf(world);
    for (const name of ['v2', 'v3']) {
      const crashing = await registerRevision(world, api, name, CRASHING);
      await update(world, api, stack, crashing);
      const final = (await untilSteady(world, api, stack)).at(-1)?.value ?? {};
      expect(final.taskDefinition).toBe(stack.liveRevision);
    }
  });

  it('stops tasks whose image cannot be pulled with TaskFailedToStart, before they ever run', async () => {
    const world = new World({ seed: 65 });
    const stack = serviceStack(world, { desiredCount: 2 });
    const api = clientsOf(world);
    const unpullable = await registerRevision(world, api, 'v2', UNPULLABLE);
    await update(world, api, stack, unpullable);
    const samples = await untilSteady(world, api, stack);
    const failed = samples.flatMap((s) => s.value.deployments ?? []).find((d) => d.taskDefinition === unpullable);
    const stopped = await stoppedTasks(world, api, stack, failed?.id ?? '');
    const failedToStart = stopped.filter((t) => t.stopCode === 'TaskFailedToStart');
    expect(failedToStart.length).toBeGreaterThanOrEqual(3);
    for (const task of stopped) {
      if (task.stopCode !== 'TaskFailedToStart') {
        // Still pulling when the deployment failed: scaled in by the rollback, never started either.
        expect(task.stoppedReason).toMatch(/^Scaling activity initiated by \(deployment /);
      }
      expect(task.startedAt).toBeUndefined();
      expect(task.containers?.[0]?.exitCode).toBeUndefined();
    }
    for (const task of failedToStart) {
      expect(task).toMatchObject({
        lastStatus: 'STOPPED',
        stopCode: 'TaskFailedToStart',
        stoppedReason: UNPULLABLE.failsToStart?.reason,
      });
    }
    expect(samples.at(-1)?.value.taskDefinition).toBe(stack.liveRevision);
  });

  it('stops tasks that fail ELB health checks, saying so, and rolls back once enough have failed', async () => {
    const world = new World({ seed: 66 });
    const stack = serviceStack(world, { desiredCount: 2 });
    const api = clientsOf(world);
    const unhealthy = await registerRevision(world, api, 'v2', UNHEALTHY);
    await update(world, api, stack, unhealthy);
    const samples = await untilSteady(world, api, stack);
    const final = samples.at(-1)?.value ?? {};
    expect(final.taskDefinition).toBe(stack.liveRevision);
    const failed = samples.flatMap((s) => s.value.deployments ?? []).find((d) => d.taskDefinition === unhealthy);
    const stopped = await stoppedTasks(world, api, stack, failed?.id ?? '');
    const failedChecks = stopped.filter((t) => t.stoppedReason?.startsWith('Task failed ELB health checks'));
    expect(failedChecks.length).toBeGreaterThanOrEqual(3);
    for (const task of failedChecks) {
      expect(task).toMatchObject({
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Task failed ELB health checks in (target-group ${stack.blueTargetGroup})`,
      });
      // It ran: it started, then was stopped by ECS.
      expect(task.startedAt).toBeDefined();
    }
    const messages = (final.events ?? []).map((e) => e.message ?? '');
    expect(messages.some((m) => m.includes(`is unhealthy in (target-group ${stack.blueTargetGroup})`))).toBe(true);
  });
});

describe('ECS eventual consistency', () => {
  it('shows a write to a read only up to readLagMs later, and never a state older than that', async () => {
    const lagMs = 5_000;
    const seen = { immediately: [] as boolean[], halfway: [] as boolean[], afterLag: [] as boolean[] };
    for (let seed = 1; seed <= 8; seed++) {
      const world = new World({ seed, ecsReadLagMs: lagMs });
      const stack = serviceStack(world, { desiredCount: 2 });
      const api = clientsOf(world);
      await world.scheduler.advanceTo(world.now() + MINUTE);
      const revision = await registerRevision(world, api, 'v2', HEALTHY);
      await update(world, api, stack, revision);
      const written = world.calls.find((c) => c.operation === 'UpdateService')?.at ?? 0;
      const isNew = async () => (await settle(world, describeCall(api, stack))).taskDefinition === revision;
      for (let i = 0; i < 3; i++) seen.immediately.push(await isNew());
      await world.scheduler.advanceTo(written + lagMs / 2);
      for (let i = 0; i < 3; i++) seen.halfway.push(await isNew());
      await world.scheduler.advanceTo(written + lagMs);
      for (let i = 0; i < 20; i++) seen.afterLag.push(await isNew());
    }
    expect(seen.immediately).toContain(false);
    expect(seen.halfway).toContain(false);
    expect(seen.halfway).toContain(true);
    expect(seen.afterLag.every(Boolean)).toBe(true);
  });

  it('shows every write at once with no lag', async () => {
    const world = new World({ seed: 9 });
    const stack = serviceStack(world, { desiredCount: 2 });
    const api = clientsOf(world);
    const revision = await registerRevision(world, api, 'v2', HEALTHY);
    await update(world, api, stack, revision);
    for (let i = 0; i < 10; i++) expect((await settle(world, describeCall(api, stack))).taskDefinition).toBe(revision);
  });
});
