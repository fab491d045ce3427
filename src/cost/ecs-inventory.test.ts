import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListServicesCommand,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEcsInventoryPort, taskSizeOf } from './ecs-inventory.js';

const ecs = mockClient(ECSClient);
const port = () => createEcsInventoryPort(new ECSClient({ region: 'us-east-1' }));
beforeEach(() => ecs.reset());

describe('the ECS inventory adapter', () => {
  it('lists services across pages and describes them ten at a time with tags and Spot share', async () => {
    ecs
      .on(ListServicesCommand)
      .resolvesOnce({ serviceArns: ['arn:aws:ecs:us-east-1:123456789012:service/prod/risk'], nextToken: 't' })
      .resolvesOnce({ serviceArns: ['arn:aws:ecs:us-east-1:123456789012:service/prod/order-router'] });
    expect(await port().listServices('prod')).toEqual(['order-router', 'risk']);

    ecs.on(DescribeServicesCommand).resolves({
      services: [
        {
          serviceName: 'risk',
          status: 'ACTIVE',
          desiredCount: 3,
          taskDefinition: 'arn:td/risk:4',
          tags: [{ key: 'criticality', value: 'non-critical' }],
          capacityProviderStrategy: [
            { capacityProvider: 'FARGATE', weight: 1, base: 1 },
            { capacityProvider: 'FARGATE_SPOT', weight: 2 },
          ],
        },
      ],
    });
    const names = Array.from({ length: 11 }, (_, i) => `s${i}`);
    const services = await port().describeServices('prod', names);
    expect(ecs.commandCalls(DescribeServicesCommand).map((c) => c.args[0].input.services?.length)).toEqual([10, 1]);
    expect(services[0]).toEqual({
      name: 'risk',
      desiredCount: 3,
      taskDefinitionArn: 'arn:td/risk:4',
      tags: { criticality: 'non-critical' },
      strategy: [
        { provider: 'FARGATE', weight: 1, base: 1 },
        { provider: 'FARGATE_SPOT', weight: 2, base: 0 },
      ],
      launchType: 'CAPACITY_PROVIDER',
    });
  });

  it('reads the task size from the task definition', async () => {
    ecs.on(DescribeTaskDefinitionCommand).resolves({
      taskDefinition: { family: 'risk', cpu: '1024', memory: '2048', runtimePlatform: { cpuArchitecture: 'ARM64' } },
    });
    expect(await port().describeTaskDefinition('arn:td/risk:4')).toEqual({
      family: 'risk',
      size: { vcpu: 1, memoryGb: 2, architecture: 'ARM64', ephemeralGb: 20 },
    });
  });

  it('understands both unit styles ECS accepts', () => {
    expect(taskSizeOf({ cpu: '0.5 vCPU', memory: '1 GB' })).toMatchObject({ vcpu: 0.5, memoryGb: 1 });
    expect(taskSizeOf({ cpu: 256, memory: 512 })).toMatchObject({ vcpu: 0.25, memoryGb: 0.5 });
    expect(taskSizeOf({ memory: '512' })).toBeUndefined();
  });
});
