import {
  ContinueServiceDeploymentCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ECSServiceException,
  ListTaskDefinitionsCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  StopServiceDeploymentCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { deployment, service, stoppedTask, tdArn } from '../../test/support/ecs-fixtures.js';
import { ConfigurationError } from '../runtime/errors.js';
import { createEcsPort, createServiceDeploymentPort, parseTaskDefinitionArn, shortTaskDefinition } from './ecs.js';

const ecsMock = mockClient(ECSClient);
const port = () => createEcsPort(new ECSClient({ region: 'us-east-1' }));

beforeEach(() => ecsMock.reset());

describe('the ECS adapter', () => {
  it('reads a service with its tags and circuit-breaker settings in one call', async () => {
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [
        service({
          taskDefinition: tdArn('api', 4),
          deployments: [deployment('ecs-svc/1', tdArn('api', 4))],
          tags: { team: 'execution' },
          circuitBreaker: { enable: true, rollback: true },
        }),
      ],
    });

    const snapshot = await port().describeService('prod', 'api');

    expect(snapshot).toMatchObject({
      taskDefinitionArn: tdArn('api', 4),
      tags: { team: 'execution' },
      circuitBreaker: { enable: true, rollback: true },
      deploymentController: 'ECS',
    });
    expect(ecsMock.commandCalls(DescribeServicesCommand)[0]?.args[0].input).toEqual({
      cluster: 'prod',
      services: ['api'],
      include: ['TAGS'],
    });
  });

  it.each([
    [
      'missing',
      { services: [], failures: [{ arn: 'arn:aws:ecs:us-east-1:1:service/api', reason: 'MISSING' }] },
      'MISSING',
    ],
    ['being deleted', { services: [{ serviceName: 'api', status: 'INACTIVE' }] }, 'INACTIVE'],
  ])('reports a %s service as a configuration error naming the service and cluster', async (_state, answer, reason) => {
    ecsMock.on(DescribeServicesCommand).resolves(answer);
    const read = port().describeService('prod', 'api');
    await expect(read).rejects.toBeInstanceOf(ConfigurationError);
    await expect(read).rejects.toThrow(`service 'api' was not found in cluster 'prod' (${reason})`);
  });

  it('answers "no such revision" with undefined, and passes other AWS errors on', async () => {
    const missing = new ECSServiceException({
      name: 'ClientException',
      message: 'Unable to describe task definition.',
      $fault: 'client',
      $metadata: {},
    });
    ecsMock.on(DescribeTaskDefinitionCommand).rejectsOnce(missing);
    expect(await port().describeTaskDefinition('api:99')).toBeUndefined();

    const denied = new ECSServiceException({
      name: 'AccessDeniedException',
      message: 'no',
      $fault: 'client',
      $metadata: {},
    });
    ecsMock.on(DescribeTaskDefinitionCommand).rejectsOnce(denied);
    await expect(port().describeTaskDefinition('api:1')).rejects.toThrow('no');
  });

  it('lists every page of revisions and drops families that only share the prefix', async () => {
    ecsMock
      .on(ListTaskDefinitionsCommand)
      .resolvesOnce({ taskDefinitionArns: [tdArn('api', 1), tdArn('api-worker', 7)], nextToken: 'page-2' })
      .resolvesOnce({ taskDefinitionArns: [tdArn('api', 2)] });

    expect(await port().listRevisions('api')).toEqual([tdArn('api', 1), tdArn('api', 2)]);
    expect(ecsMock.commandCalls(ListTaskDefinitionsCommand)[1]?.args[0].input.nextToken).toBe('page-2');
  });

  it("finds a deployment's stopped tasks by startedBy, newest first, with each container's exit code", async () => {
    const older = {
      ...stoppedTask('t1', tdArn('api', 5), 'Essential container in task exited', 1),
      stoppedAt: new Date('2026-11-23T14:00:00Z'),
    };
    const newer = {
      ...stoppedTask('t2', tdArn('api', 5), 'Task failed ELB health checks', 143),
      stoppedAt: new Date('2026-11-23T14:02:00Z'),
    };
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [older.taskArn ?? '', newer.taskArn ?? ''] });
    ecsMock.on(DescribeTasksCommand).resolves({ tasks: [older, newer] });

    const tasks = await port().listStoppedTasks('prod', { deploymentId: 'ecs-svc/5' }, 5);

    expect(tasks.map((t) => [t.stoppedReason, t.containers[0]?.exitCode])).toEqual([
      ['Task failed ELB health checks', 143],
      ['Essential container in task exited', 1],
    ]);
    expect(ecsMock.commandCalls(ListTasksCommand)[0]?.args[0].input).toEqual({
      cluster: 'prod',
      startedBy: 'ecs-svc/5',
      desiredStatus: 'STOPPED',
      maxResults: 5,
    });
  });

  it('makes no DescribeTasks call when nothing has stopped', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });
    expect(await port().listStoppedTasks('prod', { service: 'api' }, 5)).toEqual([]);
    expect(ecsMock.commandCalls(ListTasksCommand)[0]?.args[0].input).toMatchObject({ serviceName: 'api' });
    expect(ecsMock.commandCalls(DescribeTasksCommand)).toHaveLength(0);
  });
});

describe('task-definition ARNs', () => {
  it('split into family and revision, and shorten to family:revision for people', () => {
    expect(parseTaskDefinitionArn(tdArn('order-router', 12))).toEqual({ family: 'order-router', revision: 12 });
    expect(parseTaskDefinitionArn('arn:aws-us-gov:ecs:us-gov-west-1:123456789012:task-definition/x:3')).toEqual({
      family: 'x',
      revision: 3,
    });
    expect(parseTaskDefinitionArn('order-router:12')).toBeUndefined();
    expect(shortTaskDefinition(tdArn('order-router', 12))).toBe('order-router:12');
    expect(shortTaskDefinition('not-an-arn')).toBe('not-an-arn');
  });
});

describe('the service-deployment adapter', () => {
  const deployments = () => createServiceDeploymentPort(new ECSClient({ region: 'us-east-1' }));
  const SD = 'arn:aws:ecs:us-east-1:123456789012:service-deployment/prod/api/abc';

  it('starts a deployment with its configuration in one UpdateService and returns the service deployment ARN', async () => {
    ecsMock.on(UpdateServiceCommand).resolves({
      service: {
        ...service({ taskDefinition: tdArn('api', 5), deployments: [deployment('ecs-svc/2', tdArn('api', 5))] }),
        currentServiceDeployment: SD,
      },
    });

    const started = await deployments().startDeployment('prod', 'api', tdArn('api', 5), { strategy: 'CANARY' });

    expect(started).toEqual({ deploymentId: 'ecs-svc/2', serviceDeploymentArn: SD });
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0]?.args[0].input).toEqual({
      cluster: 'prod',
      service: 'api',
      taskDefinition: tdArn('api', 5),
      deploymentConfiguration: { strategy: 'CANARY' },
    });
  });

  it('reads stage, weights, hooks, alarms and rollback from DescribeServiceDeployments', async () => {
    ecsMock.on(DescribeServiceDeploymentsCommand).resolves({
      serviceDeployments: [
        {
          serviceDeploymentArn: SD,
          status: 'ROLLBACK_IN_PROGRESS',
          statusReason: 'alarm',
          lifecycleStage: 'BAKE_TIME',
          targetServiceRevision: { arn: 'rev', requestedProductionTrafficWeight: 100, requestedTestTrafficWeight: 100 },
          lifecycleHookDetails: [
            {
              hookId: 'h',
              targetType: 'PAUSE',
              status: 'SUCCEEDED',
              expiresAt: new Date(0),
              timeoutAction: 'ROLLBACK',
            },
          ],
          alarms: { status: 'TRIGGERED', alarmNames: ['5xx'], triggeredAlarmNames: ['5xx'] },
          rollback: { reason: 'alarm', startedAt: new Date(1000), serviceRevisionArn: 'old' },
        },
      ],
    });

    expect(await deployments().describeServiceDeployment(SD)).toMatchObject({
      arn: SD,
      status: 'ROLLBACK_IN_PROGRESS',
      lifecycleStage: 'BAKE_TIME',
      productionWeight: 100,
      testWeight: 100,
      hooks: [{ hookId: 'h', targetType: 'PAUSE', status: 'SUCCEEDED', timeoutAction: 'ROLLBACK' }],
      alarms: { status: 'TRIGGERED', triggered: ['5xx'] },
      rollback: { reason: 'alarm', serviceRevisionArn: 'old' },
    });
  });

  it('lists every page of service deployments, newest first', async () => {
    ecsMock
      .on(ListServiceDeploymentsCommand)
      .resolvesOnce({
        serviceDeployments: [{ serviceDeploymentArn: 'old', status: 'SUCCESSFUL', createdAt: new Date(1000) }],
        nextToken: 't',
      })
      .resolvesOnce({
        serviceDeployments: [{ serviceDeploymentArn: 'new', status: 'IN_PROGRESS', createdAt: new Date(2000) }],
      });

    const found = await deployments().listServiceDeployments('prod', 'api', { statuses: ['IN_PROGRESS'] });

    expect(found.map((d) => d.arn)).toEqual(['new', 'old']);
    expect(ecsMock.commandCalls(ListServiceDeploymentsCommand)[1]?.args[0].input).toMatchObject({
      cluster: 'prod',
      service: 'api',
      status: ['IN_PROGRESS'],
      nextToken: 't',
    });
  });

  it('answers a hook and stops with a rollback', async () => {
    ecsMock.on(ContinueServiceDeploymentCommand).resolves({});
    ecsMock.on(StopServiceDeploymentCommand).resolves({});

    await deployments().continueServiceDeployment(SD, 'h1', 'ROLLBACK');
    await deployments().stopServiceDeploymentWithRollback(SD);

    expect(ecsMock.commandCalls(ContinueServiceDeploymentCommand)[0]?.args[0].input).toEqual({
      serviceDeploymentArn: SD,
      hookId: 'h1',
      action: 'ROLLBACK',
    });
    expect(ecsMock.commandCalls(StopServiceDeploymentCommand)[0]?.args[0].input).toEqual({
      serviceDeploymentArn: SD,
      stopType: 'ROLLBACK',
    });
  });
});
