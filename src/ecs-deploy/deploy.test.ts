import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ECSServiceException,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type Service,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { deployment, event, service, stoppedTask, tdArn } from '../../test/support/ecs-fixtures.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import { FakeLeaseStore } from '../../test/support/canary-fakes.js';
import { createEcsPort, createServiceDeploymentPort } from '../aws/ecs.js';
import { ConfigurationError } from '../runtime/errors.js';
import { RecordingLogger } from '../runtime/logger.js';
import { acquireLease } from '../rollout/lease.js';
import { runEcsDeploy, type DeployDeps } from './deploy.js';
import type { EcsDeployInputs } from './inputs.js';

const ecsMock = mockClient(ECSClient);
const OLD = tdArn('api', 4);
const NEW = tdArn('api', 5);
const TASK_DEFINITION_FILE = JSON.stringify({
  family: 'api',
  containerDefinitions: [{ name: 'api', image: 'repo/api:old', essential: true }],
});

let clock: ManualClock;
let logger: RecordingLogger;

beforeEach(() => {
  ecsMock.reset();
  // Any revision asked about is registered and ACTIVE unless a test says otherwise.
  ecsMock.on(DescribeTaskDefinitionCommand).callsFake((input: { taskDefinition?: string }) => ({
    taskDefinition: { taskDefinitionArn: input.taskDefinition, family: 'api', status: 'ACTIVE' },
  }));
  clock = new ManualClock();
  logger = new RecordingLogger();
});

function inputs(overrides: Partial<EcsDeployInputs> = {}): EcsDeployInputs {
  return {
    cluster: 'prod',
    service: 'api',
    awsRegion: 'us-east-1',
    mode: 'deploy',
    taskDefinition: { kind: 'file', path: 'deploy/task-definition.json' },
    image: 'repo/api@sha256:abc',
    containerName: undefined,
    environment: new Map(),
    wait: true,
    timeoutMs: 30 * 60_000,
    pollIntervalMs: 10_000,
    rollbackOnFailure: true,
    toRevision: undefined,
    strategy: 'rolling',
    native: undefined,
    window: { policy: undefined, onClosedWindow: 'fail', overrideReason: undefined },
    windowTimeoutMs: 3_600_000,
    onWindowClose: 'hold',
    ...overrides,
  };
}

function deps(files: Record<string, string> = { 'deploy/task-definition.json': TASK_DEFINITION_FILE }): DeployDeps {
  return {
    ecs: createEcsPort(new ECSClient({ region: 'us-east-1' })),
    deployments: createServiceDeploymentPort(new ECSClient({ region: 'us-east-1' })),
    leases: new FakeLeaseStore(),
    identity: { id: 'deploy-1', run: 'org/router/1', holder: 'run 1' },
    clock,
    logger,
    region: 'us-east-1',
    readTextFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
  };
}

/** DescribeServices answers these, in order; the last one repeats. */
function describeSequence(...services: Service[]): void {
  let chain = ecsMock.on(DescribeServicesCommand);
  for (const s of services) chain = chain.resolvesOnce({ services: [s] });
  const last = services[services.length - 1];
  chain.resolves({ services: last ? [last] : [] });
}

const steadyOnOld = service({ taskDefinition: OLD, deployments: [deployment('ecs-svc/old', OLD)] });

function acceptRegisterAndUpdate(updateDeploymentId = 'ecs-svc/new'): void {
  ecsMock.on(RegisterTaskDefinitionCommand).resolves({ taskDefinition: { taskDefinitionArn: NEW } });
  ecsMock.on(UpdateServiceCommand).callsFake((input: { taskDefinition?: string }) => ({
    service: service({
      taskDefinition: input.taskDefinition ?? '',
      deployments: [
        deployment(input.taskDefinition === OLD ? 'ecs-svc/rollback' : updateDeploymentId, input.taskDefinition ?? '', {
          runningCount: 0,
          rolloutState: 'IN_PROGRESS',
        }),
      ],
    }),
  }));
}

function updatedTaskDefinitions(): (string | undefined)[] {
  return ecsMock.commandCalls(UpdateServiceCommand).map((c) => c.args[0].input.taskDefinition);
}

describe('a successful rolling deploy', () => {
  it('registers the file with the new image, waits until steady, and records the revision as verified-good', async () => {
    describeSequence(
      steadyOnOld,
      service({
        taskDefinition: NEW,
        deployments: [
          deployment('ecs-svc/new', NEW, { runningCount: 1, rolloutState: 'IN_PROGRESS' }),
          deployment('ecs-svc/old', OLD, { status: 'ACTIVE' }),
        ],
        events: [event('(service api) has started 2 tasks: (task a) (task b).', '2026-11-23T14:00:05Z')],
      }),
      service({
        taskDefinition: NEW,
        deployments: [deployment('ecs-svc/new', NEW)],
        events: [
          event('(service api) has reached a steady state.', '2026-11-23T14:00:25Z'),
          event('(service api) has stopped 2 running tasks: (task c) (task d).', '2026-11-23T14:00:20Z'),
        ],
      }),
    );
    acceptRegisterAndUpdate();
    ecsMock.on(TagResourceCommand).resolves({});

    const report = await runEcsDeploy(inputs({ environment: new Map([['LOG_LEVEL', 'debug']]) }), deps());

    expect(report).toMatchObject({
      result: 'deployed',
      succeeded: true,
      taskDefinitionArn: NEW,
      previousTaskDefinitionArn: OLD,
      deploymentId: 'ecs-svc/new',
    });
    const registered = ecsMock.commandCalls(RegisterTaskDefinitionCommand)[0]?.args[0].input;
    expect(registered?.containerDefinitions?.[0]).toMatchObject({
      image: 'repo/api@sha256:abc',
      environment: [{ name: 'LOG_LEVEL', value: 'debug' }],
    });
    expect(updatedTaskDefinitions()).toEqual([NEW]);
    expect(ecsMock.commandCalls(TagResourceCommand)[0]?.args[0].input.tags).toEqual([
      { key: 'trading-actions:verified-good', value: NEW },
    ]);
    // Each event is logged once, oldest first, with its time.
    expect(logger.messages('info').filter((m) => m.includes('(service api)'))).toEqual([
      '2026-11-23T14:00:05.000Z  (service api) has started 2 tasks: (task a) (task b).',
      '2026-11-23T14:00:20.000Z  (service api) has stopped 2 running tasks: (task c) (task d).',
      '2026-11-23T14:00:25.000Z  (service api) has reached a steady state.',
    ]);
    expect(report.events).toHaveLength(3);
    expect(clock.sleeps).toEqual([10_000]);
    // Stopped tasks are looked up while the rollout is in progress (one poll here), not after.
    expect(ecsMock.commandCalls(ListTasksCommand)).toHaveLength(1);
  });

  it('deploys an existing revision without registering anything', async () => {
    describeSequence(steadyOnOld, service({ taskDefinition: NEW, deployments: [deployment('ecs-svc/new', NEW)] }));
    ecsMock.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: {
        taskDefinitionArn: NEW,
        family: 'api',
        revision: 5,
        status: 'ACTIVE',
        containerDefinitions: [{ name: 'api', image: 'x' }],
      },
    });
    acceptRegisterAndUpdate();
    ecsMock.on(TagResourceCommand).resolves({});

    const report = await runEcsDeploy(
      inputs({ taskDefinition: { kind: 'revision', reference: 'api:5' }, image: undefined }),
      deps(),
    );

    expect(report.result).toBe('deployed');
    expect(report.registered).toBe(false);
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(0);
    expect(updatedTaskDefinitions()).toEqual([NEW]);
  });

  it('with wait false, starts the rollout and neither waits nor records it as verified-good', async () => {
    describeSequence(steadyOnOld);
    acceptRegisterAndUpdate();

    const report = await runEcsDeploy(inputs({ wait: false }), deps());

    expect(report).toMatchObject({ result: 'deployed', succeeded: true, waited: false });
    expect(ecsMock.commandCalls(DescribeServicesCommand)).toHaveLength(1);
    expect(ecsMock.commandCalls(TagResourceCommand)).toHaveLength(0);
    expect(report.notes.join(' ')).toMatch(/not recorded as verified-good/);
  });
});

describe('a service set up for a native strategy', () => {
  it('is refused with the rolling strategy before anything is registered, naming the strategy to use', async () => {
    const onLinear = service({ taskDefinition: OLD, deployments: [deployment('ecs-svc/old', OLD)] });
    describeSequence({ ...onLinear, deploymentConfiguration: { strategy: 'LINEAR' } });

    const error = await runEcsDeploy(inputs(), deps()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toContain('set strategy to linear');
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(0);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });
});

describe('a rollout that fails', () => {
  it('reports an ECS circuit-breaker rollback as a failure with the stopped tasks, even though the service is steady again', async () => {
    const crashed = [
      stoppedTask(
        't1',
        NEW,
        'Essential container in task exited',
        1,
        'OutOfMemoryError: Container killed due to memory usage',
      ),
      stoppedTask('t2', NEW, 'Essential container in task exited', 137),
    ];
    describeSequence(
      service({ ...shapeOf(steadyOnOld), circuitBreaker: { enable: true, rollback: true } }),
      service({
        taskDefinition: OLD,
        circuitBreaker: { enable: true, rollback: true },
        deployments: [
          deployment('ecs-svc/ecs-rollback', OLD, { runningCount: 2, rolloutState: 'COMPLETED' }),
          deployment('ecs-svc/new', NEW, {
            status: 'ACTIVE',
            runningCount: 0,
            failedTasks: 4,
            rolloutState: 'FAILED',
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
          }),
        ],
      }),
      service({
        taskDefinition: OLD,
        circuitBreaker: { enable: true, rollback: true },
        deployments: [deployment('ecs-svc/ecs-rollback', OLD)],
      }),
    );
    acceptRegisterAndUpdate();
    ecsMock.on(ListTasksCommand).resolves({ taskArns: crashed.map((t) => t.taskArn ?? '') });
    ecsMock.on(DescribeTasksCommand).resolves({ tasks: crashed });

    const report = await runEcsDeploy(inputs(), deps());

    expect(report.succeeded).toBe(false);
    expect(report.result).toBe('rolled-back');
    expect(report.failure?.cause).toBe('ecs-rolled-back');
    expect(report.failure?.reason).toContain('ECS rolled the service back to api:4');
    expect(report.failure?.reason).toContain('circuit breaker: tasks failed to start');
    expect(report.failure?.stoppedTasks.map((t) => t.containers[0]?.exitCode)).toEqual([1, 137]);
    expect(report.rollback).toMatchObject({ by: 'ecs', succeeded: true, taskDefinitionArn: OLD });
    // ECS already rolled back: we must not issue a second UpdateService over it.
    expect(updatedTaskDefinitions()).toEqual([NEW]);
    expect(ecsMock.commandCalls(ListTasksCommand)[0]?.args[0].input).toMatchObject({
      startedBy: 'ecs-svc/new',
      desiredStatus: 'STOPPED',
    });
    expect(logger.messages('warning').join('\n')).toContain('exit 1 (OutOfMemoryError');
    expect(ecsMock.commandCalls(TagResourceCommand)).toHaveLength(0);
  });

  it('fails fast when tasks keep stopping and no circuit breaker will act, then puts the previous revision back', async () => {
    const crashLooping = (failedTasks: number): Service =>
      service({
        taskDefinition: NEW,
        deployments: [
          deployment('ecs-svc/new', NEW, {
            runningCount: 0,
            pendingCount: 1,
            failedTasks,
            rolloutState: 'IN_PROGRESS',
          }),
          deployment('ecs-svc/old', OLD, { status: 'ACTIVE' }),
        ],
      });
    describeSequence(
      steadyOnOld,
      crashLooping(1),
      crashLooping(3),
      service({ taskDefinition: OLD, deployments: [deployment('ecs-svc/rollback', OLD)] }),
    );
    acceptRegisterAndUpdate();
    ecsMock.on(ListTasksCommand).resolves({ taskArns: ['arn:aws:ecs:us-east-1:123456789012:task/prod/t1'] });
    ecsMock.on(DescribeTasksCommand).resolves({
      tasks: [stoppedTask('t1', NEW, 'Task failed container health checks', 0)],
    });

    const report = await runEcsDeploy(inputs(), deps());

    expect(report).toMatchObject({ result: 'rolled-back', succeeded: false });
    expect(report.failure?.cause).toBe('tasks-failing');
    expect(report.headline).toBe('Deploy of api:5 failed; the service is back on api:4');
    expect(report.rollback).toMatchObject({ by: 'trading-actions', succeeded: true });
    expect(updatedTaskDefinitions()).toEqual([NEW, OLD]);
    // Stopped tasks are fetched when the failure count rises, not on every poll.
    expect(ecsMock.commandCalls(ListTasksCommand)).toHaveLength(2);
    expect(clock.now() - Date.parse('2026-11-23T14:00:00Z')).toBeLessThan(60_000);
  });

  it('gives up at the timeout, rolls back, and says what it last saw', async () => {
    describeSequence(
      steadyOnOld,
      // Polled at 0 s, 10 s, ... 300 s: 31 looks before giving up.
      ...Array.from({ length: 31 }, () =>
        service({
          taskDefinition: NEW,
          deployments: [
            deployment('ecs-svc/new', NEW, { runningCount: 1, pendingCount: 1, rolloutState: 'IN_PROGRESS' }),
            deployment('ecs-svc/old', OLD, { status: 'ACTIVE', runningCount: 1 }),
          ],
        }),
      ),
      service({ taskDefinition: OLD, deployments: [deployment('ecs-svc/rollback', OLD)] }),
    );
    acceptRegisterAndUpdate();
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });

    const report = await runEcsDeploy(inputs({ timeoutMs: 5 * 60_000, pollIntervalMs: 10_000 }), deps());

    expect(report.failure?.cause).toBe('timed-out');
    expect(report.failure?.reason).toBe(
      'the rollout did not finish within 5m (last seen: new 1/2 running, 1 pending, old 1 still running).',
    );
    expect(report.result).toBe('rolled-back');
    expect(clock.sleeps.slice(0, 30).every((ms) => ms === 10_000)).toBe(true);
    expect(clock.sleeps.slice(0, 30).reduce((a, b) => a + b, 0)).toBe(5 * 60_000);
  });

  it('leaves the failed revision in place when rollback-on-failure is false, and says so', async () => {
    describeSequence(
      steadyOnOld,
      service({
        taskDefinition: NEW,
        deployments: [deployment('ecs-svc/new', NEW, { runningCount: 0, failedTasks: 3, rolloutState: 'IN_PROGRESS' })],
      }),
    );
    acceptRegisterAndUpdate();
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });

    const report = await runEcsDeploy(inputs({ rollbackOnFailure: false }), deps());

    expect(report).toMatchObject({ result: 'failed', succeeded: false });
    expect(updatedTaskDefinitions()).toEqual([NEW]);
    expect(report.notes.join(' ')).toContain('the service was left on api:5');
  });

  it('says loudly when the rollback itself does not become steady', async () => {
    const failing = (id: string, td: string): Service =>
      service({
        taskDefinition: td,
        deployments: [deployment(id, td, { runningCount: 0, failedTasks: 5, rolloutState: 'IN_PROGRESS' })],
      });
    describeSequence(steadyOnOld, failing('ecs-svc/new', NEW), failing('ecs-svc/rollback', OLD));
    acceptRegisterAndUpdate();
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });

    const report = await runEcsDeploy(inputs(), deps());

    expect(report).toMatchObject({ result: 'failed', succeeded: false });
    expect(report.rollback).toMatchObject({ succeeded: false, by: 'trading-actions' });
    expect(report.headline).toContain('did not become steady: check the service now');
  });

  it("does not roll back over somebody else's deployment", async () => {
    const OTHER = tdArn('api', 6);
    describeSequence(
      steadyOnOld,
      service({ taskDefinition: OTHER, deployments: [deployment('ecs-svc/other', OTHER)] }),
    );
    acceptRegisterAndUpdate();
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });

    const report = await runEcsDeploy(inputs(), deps());

    expect(report.failure?.cause).toBe('replaced');
    expect(report.result).toBe('failed');
    expect(updatedTaskDefinitions()).toEqual([NEW]);
  });

  it('changes nothing when a rollback takes the service over between its start and its first change', async () => {
    describeSequence(steadyOnOld);
    const leases = new FakeLeaseStore();
    ecsMock.on(RegisterTaskDefinitionCommand).callsFake(() => {
      // The desk dispatches a rollback while this run registers its revision: it breaks the lease.
      for (const arn of [...leases.leases.keys()]) leases.leases.delete(arn);
      return { taskDefinition: { taskDefinitionArn: NEW } };
    });
    ecsMock.on(DeregisterTaskDefinitionCommand).resolves({});

    const report = await runEcsDeploy(inputs(), { ...deps(), leases });

    expect(report).toMatchObject({ result: 'failed', succeeded: false, failure: { cause: 'replaced' } });
    expect(report.headline).toBe('Not deployed: another run took api over');
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
    expect(ecsMock.commandCalls(DeregisterTaskDefinitionCommand)[0]?.args[0].input.taskDefinition).toBe(NEW);
  });

  it('deregisters the revision it registered when UpdateService is refused, so nothing is left behind', async () => {
    describeSequence(steadyOnOld);
    ecsMock.on(RegisterTaskDefinitionCommand).resolves({ taskDefinition: { taskDefinitionArn: NEW } });
    ecsMock.on(UpdateServiceCommand).rejects(
      new ECSServiceException({
        name: 'AccessDeniedException',
        message: 'User is not authorized to perform: iam:PassRole',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    ecsMock.on(DeregisterTaskDefinitionCommand).resolves({});

    await expect(runEcsDeploy(inputs(), deps())).rejects.toThrow(/iam:PassRole/);
    expect(ecsMock.commandCalls(DeregisterTaskDefinitionCommand)[0]?.args[0].input.taskDefinition).toBe(NEW);
  });

  it('keeps the revision when UpdateService timed out, because the update may have gone through', async () => {
    describeSequence(steadyOnOld);
    ecsMock.on(RegisterTaskDefinitionCommand).resolves({ taskDefinition: { taskDefinitionArn: NEW } });
    ecsMock.on(UpdateServiceCommand).rejects(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

    await expect(runEcsDeploy(inputs(), deps())).rejects.toThrow(/socket hang up/);
    expect(ecsMock.commandCalls(DeregisterTaskDefinitionCommand)).toHaveLength(0);
  });
});

describe('what the watch does not mistake for a failure, and what it catches', () => {
  const inProgress = (failedTasks = 0): Service =>
    service({
      taskDefinition: NEW,
      deployments: [
        deployment('ecs-svc/new', NEW, { runningCount: 1, failedTasks, rolloutState: 'IN_PROGRESS' }),
        deployment('ecs-svc/old', OLD, { status: 'ACTIVE' }),
      ],
    });
  const steadyOnNew = service({ taskDefinition: NEW, deployments: [deployment('ecs-svc/new', NEW)] });
  const throttled = () =>
    new ECSServiceException({ name: 'ThrottlingException', message: 'Rate exceeded', $fault: 'client', $metadata: {} });

  it('a read that fails once (after the SDK retries) is retried, not taken for a failed rollout', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [steadyOnOld] })
      .resolvesOnce({ services: [inProgress()] })
      .rejectsOnce(throttled())
      .resolves({ services: [steadyOnNew] });
    acceptRegisterAndUpdate();
    ecsMock.on(TagResourceCommand).resolves({});

    const report = await runEcsDeploy(inputs(), deps());

    expect(report).toMatchObject({ result: 'deployed', succeeded: true });
    expect(updatedTaskDefinitions()).toEqual([NEW]);
    expect(logger.messages('warning')).toContain('Reading the service failed (Rate exceeded); trying again.');
  });

  it('a service that stays unreadable ends as "outcome unknown" without a rollback nobody could watch', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [steadyOnOld] })
      .rejects(throttled());
    acceptRegisterAndUpdate();

    const report = await runEcsDeploy(inputs(), deps());

    expect(report).toMatchObject({ result: 'failed', succeeded: false });
    expect(report.failure?.cause).toBe('error');
    expect(report.headline).toBe('Deploy of api:5: outcome unknown, the service could not be read');
    expect(updatedTaskDefinitions()).toEqual([NEW]);
  });

  it('tasks that start and then crash fail the rollout fast, although ECS stopped counting failedTasks', async () => {
    describeSequence(
      steadyOnOld,
      inProgress(0),
      inProgress(0),
      service({ taskDefinition: OLD, deployments: [deployment('ecs-svc/rollback', OLD)] }),
    );
    acceptRegisterAndUpdate();
    const crashed = ['a', 'b', 'c'].map((id) => stoppedTask(id, NEW, 'Essential container in task exited', 1));
    ecsMock.on(ListTasksCommand).resolves({ taskArns: crashed.map((t) => t.taskArn ?? '') });
    ecsMock.on(DescribeTasksCommand).resolves({ tasks: crashed });

    const report = await runEcsDeploy(inputs(), deps());

    expect(report.failure).toMatchObject({
      cause: 'tasks-failing',
      reason: '3 tasks of api:5 failed (limit 3); the new revision is not staying up.',
    });
    expect(report.result).toBe('rolled-back');
    expect(updatedTaskDefinitions()).toEqual([NEW, OLD]);
  });

  it('reports the revision ECS actually rolled back to when it is not the one that ran before', async () => {
    const OLDER = tdArn('api', 3);
    describeSequence(
      service({ ...shapeOf(steadyOnOld), circuitBreaker: { enable: true, rollback: true } }),
      service({
        taskDefinition: OLDER,
        circuitBreaker: { enable: true, rollback: true },
        deployments: [
          deployment('ecs-svc/ecs-rollback', OLDER),
          deployment('ecs-svc/new', NEW, { status: 'ACTIVE', runningCount: 0, rolloutState: 'FAILED' }),
        ],
      }),
      service({
        taskDefinition: OLDER,
        circuitBreaker: { enable: true, rollback: true },
        deployments: [deployment('ecs-svc/ecs-rollback', OLDER)],
      }),
    );
    acceptRegisterAndUpdate();

    const report = await runEcsDeploy(inputs(), deps());

    expect(report.rollback).toMatchObject({ by: 'ecs', succeeded: true, taskDefinitionArn: OLDER });
    expect(report.headline).toBe('Deploy of api:5 failed; the service is back on api:3');
  });

  it('refuses to deploy when the running revision is INACTIVE, because a failure could not be rolled back', async () => {
    describeSequence(steadyOnOld);
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .resolves({ taskDefinition: { taskDefinitionArn: OLD, family: 'api', revision: 4, status: 'INACTIVE' } });

    await expect(runEcsDeploy(inputs(), deps())).rejects.toThrow(
      /rollback-on-failure: the service runs api:4, which is INACTIVE/,
    );
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(0);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });

  it('does not record a revision as verified-good when the service runs no tasks', async () => {
    const idle = (td: string, id: string) =>
      service({
        taskDefinition: td,
        desiredCount: 0,
        deployments: [deployment(id, td, { desiredCount: 0, runningCount: 0 })],
      });
    describeSequence(idle(OLD, 'ecs-svc/old'), idle(NEW, 'ecs-svc/new'));
    acceptRegisterAndUpdate();

    const report = await runEcsDeploy(inputs(), deps());

    expect(report.succeeded).toBe(true);
    expect(ecsMock.commandCalls(TagResourceCommand)).toHaveLength(0);
    expect(report.notes.join(' ')).toContain('no task of api:5 ran');
  });

  it('a manual rollback that cannot start is a failed rollback, and says where the service is', async () => {
    const GOOD = tdArn('api', 3);
    describeSequence(
      service({ ...shapeOf(steadyOnOld), tags: { 'trading-actions:verified-good-previous': GOOD } }),
      service({
        taskDefinition: GOOD,
        deployments: [
          deployment('ecs-svc/rollback', GOOD, { runningCount: 0, failedTasks: 3, rolloutState: 'IN_PROGRESS' }),
        ],
      }),
      service({ taskDefinition: OLD, deployments: [deployment('ecs-svc/back', OLD)] }),
    );
    ecsMock.on(UpdateServiceCommand).callsFake((input: { taskDefinition?: string }) => ({
      service: service({
        taskDefinition: input.taskDefinition ?? '',
        deployments: [
          deployment(input.taskDefinition === GOOD ? 'ecs-svc/rollback' : 'ecs-svc/back', input.taskDefinition ?? ''),
        ],
      }),
    }));

    const report = await runEcsDeploy(
      inputs({ mode: 'rollback', taskDefinition: undefined, image: undefined }),
      deps(),
    );

    expect(report).toMatchObject({ result: 'failed', succeeded: false });
    expect(report.headline).toBe('Rollback to api:3 failed; the service is back on api:4');
  });
});

describe('bad input changes nothing in AWS', () => {
  it.each<[string, Partial<EcsDeployInputs>, RegExp]>([
    [
      'a missing file',
      { taskDefinition: { kind: 'file', path: 'nope.json' } },
      /task-definition: cannot read 'nope.json' \(no such file\)/,
    ],
    [
      'an unknown container',
      { containerName: 'web' },
      /container-name: no container named 'web'. Containers in this task definition: api/,
    ],
  ])('%s is reported before any call that changes something', async (_name, override, message) => {
    describeSequence(steadyOnOld);
    const run = runEcsDeploy(inputs(override), deps());
    await expect(run).rejects.toBeInstanceOf(ConfigurationError);
    await expect(run).rejects.toThrow(message);
    expect(ecsMock.commandCalls(RegisterTaskDefinitionCommand)).toHaveLength(0);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });

  it('an INACTIVE revision is refused before anything changes', async () => {
    describeSequence(steadyOnOld);
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .resolves({ taskDefinition: { taskDefinitionArn: NEW, family: 'api', revision: 5, status: 'INACTIVE' } });
    await expect(
      runEcsDeploy(inputs({ taskDefinition: { kind: 'revision', reference: 'api:5' }, image: undefined }), deps()),
    ).rejects.toThrow(/task-definition: api:5 is INACTIVE/);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });
});

describe('manual rollback', () => {
  const rollbackInputs = (toRevision?: string): EcsDeployInputs =>
    inputs({ mode: 'rollback', taskDefinition: undefined, image: undefined, toRevision });

  it('goes to the newest verified-good revision that is not the current one, and forgets the abandoned one', async () => {
    const GOOD = tdArn('api', 3);
    describeSequence(
      service({
        taskDefinition: OLD,
        deployments: [deployment('ecs-svc/old', OLD)],
        tags: { 'trading-actions:verified-good': OLD, 'trading-actions:verified-good-previous': GOOD },
      }),
      service({ taskDefinition: GOOD, deployments: [deployment('ecs-svc/rollback', GOOD)] }),
    );
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .resolves({ taskDefinition: { taskDefinitionArn: GOOD, family: 'api', revision: 3, status: 'ACTIVE' } });
    ecsMock
      .on(UpdateServiceCommand)
      .resolves({ service: service({ taskDefinition: GOOD, deployments: [deployment('ecs-svc/rollback', GOOD)] }) });
    ecsMock.on(TagResourceCommand).resolves({});
    ecsMock.on(UntagResourceCommand).resolves({});

    const report = await runEcsDeploy(rollbackInputs(), deps());

    expect(report).toMatchObject({ mode: 'rollback', result: 'rolled-back', succeeded: true, taskDefinitionArn: GOOD });
    expect(report.source?.detail).toContain(
      'most recent revision, other than the current one, that trading-actions verified healthy',
    );
    expect(ecsMock.commandCalls(ListTaskDefinitionsCommand)).toHaveLength(0);
    expect(ecsMock.commandCalls(TagResourceCommand)[0]?.args[0].input.tags).toEqual([
      { key: 'trading-actions:verified-good', value: GOOD },
    ]);
    expect(ecsMock.commandCalls(UntagResourceCommand)[0]?.args[0].input.tagKeys).toEqual([
      'trading-actions:verified-good-previous',
    ]);
  });

  it('falls back to the previous ACTIVE revision of the family when nothing is recorded, and says why', async () => {
    describeSequence(
      steadyOnOld,
      service({ taskDefinition: tdArn('api', 2), deployments: [deployment('ecs-svc/rollback', tdArn('api', 2))] }),
    );
    ecsMock
      .on(ListTaskDefinitionsCommand)
      .resolves({ taskDefinitionArns: [tdArn('api', 1), tdArn('api', 2), tdArn('api-worker', 3), OLD] });
    ecsMock.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: { taskDefinitionArn: tdArn('api', 2), family: 'api', revision: 2, status: 'ACTIVE' },
    });
    ecsMock.on(UpdateServiceCommand).resolves({
      service: service({
        taskDefinition: tdArn('api', 2),
        deployments: [deployment('ecs-svc/rollback', tdArn('api', 2))],
      }),
    });
    ecsMock.on(TagResourceCommand).resolves({});

    const report = await runEcsDeploy(rollbackInputs(), deps());

    expect(updatedTaskDefinitions()).toEqual([tdArn('api', 2)]);
    expect(logger.messages('info').join('\n')).toContain(
      'Rolling back to api:2: no verified-good revision other than the current one is recorded',
    );
    expect(report.result).toBe('rolled-back');
  });

  it('skips an earlier revision that runs the same image (a re-run registered it again), and goes back past it', async () => {
    // api:3 and api:4 both run the release (a re-run registered it twice); api:2 ran before it.
    describeSequence(
      steadyOnOld,
      service({ taskDefinition: tdArn('api', 2), deployments: [deployment('ecs-svc/rollback', tdArn('api', 2))] }),
    );
    ecsMock.on(ListTaskDefinitionsCommand).resolves({ taskDefinitionArns: [tdArn('api', 2), tdArn('api', 3), OLD] });
    ecsMock.on(DescribeTaskDefinitionCommand).callsFake((input: { taskDefinition?: string }) => {
      const revision = Number(input.taskDefinition?.split(':').pop());
      const image = revision >= 3 ? 'repo/api@sha256:release' : 'repo/api@sha256:before';
      return {
        taskDefinition: {
          taskDefinitionArn: input.taskDefinition,
          family: 'api',
          revision,
          status: 'ACTIVE',
          containerDefinitions: [{ name: 'api', image }],
        },
      };
    });
    ecsMock.on(UpdateServiceCommand).resolves({
      service: service({
        taskDefinition: tdArn('api', 2),
        deployments: [deployment('ecs-svc/rollback', tdArn('api', 2))],
      }),
    });
    ecsMock.on(TagResourceCommand).resolves({});

    const report = await runEcsDeploy(rollbackInputs(), deps());

    expect(updatedTaskDefinitions()).toEqual([tdArn('api', 2)]);
    expect(logger.messages('info')).toContain('Skipping api:3: it runs the same images as the service now.');
    expect(report).toMatchObject({ result: 'rolled-back', taskDefinitionArn: tdArn('api', 2) });
  });

  it('skips a verified-good revision that was deregistered since, and falls back to the next', async () => {
    const GONE = tdArn('api', 3);
    const OLDER = tdArn('api', 2);
    describeSequence(
      service({
        ...shapeOf(steadyOnOld),
        tags: { 'trading-actions:verified-good': OLD, 'trading-actions:verified-good-previous': GONE },
      }),
      service({ taskDefinition: OLDER, deployments: [deployment('ecs-svc/rollback', OLDER)] }),
    );
    ecsMock.on(DescribeTaskDefinitionCommand).callsFake((input: { taskDefinition?: string }) => ({
      taskDefinition: {
        taskDefinitionArn: input.taskDefinition,
        family: 'api',
        status: input.taskDefinition === GONE ? 'INACTIVE' : 'ACTIVE',
      },
    }));
    ecsMock.on(ListTaskDefinitionsCommand).resolves({ taskDefinitionArns: [OLDER, OLD] });
    ecsMock
      .on(UpdateServiceCommand)
      .resolves({ service: service({ taskDefinition: OLDER, deployments: [deployment('ecs-svc/rollback', OLDER)] }) });
    ecsMock.on(TagResourceCommand).resolves({});
    ecsMock.on(UntagResourceCommand).resolves({});

    const report = await runEcsDeploy(rollbackInputs(), deps());

    expect(report).toMatchObject({ result: 'rolled-back', succeeded: true, taskDefinitionArn: OLDER });
    expect(logger.messages('info')).toContain('Skipping verified-good api:3: it is INACTIVE.');
  });

  it('with nothing older to go back to, takes the service over from a dead deploy and says nothing was rolled back', async () => {
    // A deploy's runner died after it took the lease and before it changed the service.
    const leases = new FakeLeaseStore();
    const dead = await acquireLease(
      leases,
      steadyOnOld.serviceArn ?? '',
      { id: 'deploy-9', run: 'org/router/9', holder: 'run 9', purpose: 'deploy' },
      { now: clock.now(), durationMs: 70 * 60_000, breakLive: false },
    );
    expect(dead.kind).toBe('acquired');
    describeSequence(steadyOnOld);
    ecsMock.on(ListTaskDefinitionsCommand).resolves({ taskDefinitionArns: [OLD] });

    const report = await runEcsDeploy(rollbackInputs(), { ...deps(), leases });

    expect(report).toMatchObject({
      result: 'failed',
      succeeded: false,
      taskDefinitionArn: OLD,
      failure: { cause: 'nothing-to-roll-back' },
    });
    expect(report.headline).toMatch(/^Nothing rolled back: api runs api:4 and there is nothing to roll back to/);
    expect(report.notes.join('\n')).toContain('Took over from run 9 (deploy)');
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
    // Neither the dead run's lease nor the rollback's own is left to hold up the next deploy.
    expect(leases.held()).toBeUndefined();
  });

  it('refuses to "roll back" to the revision already running', async () => {
    describeSequence(steadyOnOld);
    ecsMock
      .on(DescribeTaskDefinitionCommand)
      .resolves({ taskDefinition: { taskDefinitionArn: OLD, family: 'api', revision: 4, status: 'ACTIVE' } });
    await expect(runEcsDeploy(rollbackInputs('4'), deps())).rejects.toThrow(/to-revision: api already runs api:4/);
    expect(ecsMock.commandCalls(UpdateServiceCommand)).toHaveLength(0);
  });
});

function shapeOf(s: Service): { taskDefinition: string; deployments: NonNullable<Service['deployments']> } {
  return { taskDefinition: s.taskDefinition ?? '', deployments: s.deployments ?? [] };
}
