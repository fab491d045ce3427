import { ApplicationAutoScalingClient, DescribeScalableTargetsCommand } from '@aws-sdk/client-application-auto-scaling';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppAutoScalingPort } from './app-autoscaling.js';

const aas = mockClient(ApplicationAutoScalingClient);
beforeEach(() => aas.reset());

describe('the Application Auto Scaling adapter', () => {
  it("reads each ECS service's min and max desired count", async () => {
    aas.on(DescribeScalableTargetsCommand).resolves({
      ScalableTargets: [
        {
          ServiceNamespace: 'ecs',
          ResourceId: 'service/prod/order-router',
          ScalableDimension: 'ecs:service:DesiredCount',
          MinCapacity: 2,
          MaxCapacity: 10,
          RoleARN: 'arn:aws:iam::123456789012:role/x',
          CreationTime: new Date(),
        },
      ],
    });
    const ranges = await createAppAutoScalingPort(
      new ApplicationAutoScalingClient({ region: 'us-east-1' }),
    ).serviceCapacity('prod', ['order-router', 'risk']);
    expect(Object.fromEntries(ranges)).toEqual({ 'order-router': { min: 2, max: 10 } });
    expect(aas.commandCalls(DescribeScalableTargetsCommand)[0]?.args[0].input).toMatchObject({
      ServiceNamespace: 'ecs',
      ScalableDimension: 'ecs:service:DesiredCount',
      ResourceIds: ['service/prod/order-router', 'service/prod/risk'],
    });
  });

  it('asks for at most 50 services per request', async () => {
    aas.on(DescribeScalableTargetsCommand).resolves({ ScalableTargets: [] });
    const names = Array.from({ length: 51 }, (_, i) => `svc-${i}`);
    await createAppAutoScalingPort(new ApplicationAutoScalingClient({ region: 'us-east-1' })).serviceCapacity(
      'prod',
      names,
    );
    expect(aas.commandCalls(DescribeScalableTargetsCommand).map((c) => c.args[0].input.ResourceIds?.length)).toEqual([
      50, 1,
    ]);
  });
});
