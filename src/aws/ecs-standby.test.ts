import {
  DescribeServicesCommand,
  ECSClient,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { DescribeTargetHealthCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStandbyPort } from './ecs-standby.js';

const ecsMock = mockClient(ECSClient);
const elbMock = mockClient(ElasticLoadBalancingV2Client);
const port = () =>
  createStandbyPort(new ECSClient({ region: 'us-west-2' }), new ElasticLoadBalancingV2Client({ region: 'us-west-2' }));
const TG = 'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/api/1';

beforeEach(() => {
  ecsMock.reset();
  elbMock.reset();
});

describe('the standby ECS adapter', () => {
  it('reads counts, distinct target groups and tags of the standby service', async () => {
    ecsMock.on(DescribeServicesCommand).resolves({
      services: [
        {
          serviceArn: 'arn:aws:ecs:us-west-2:123456789012:service/dr/api',
          status: 'ACTIVE',
          desiredCount: 2,
          runningCount: 1,
          pendingCount: 1,
          loadBalancers: [{ targetGroupArn: TG }, { targetGroupArn: TG }],
          tags: [{ key: 'trading-actions:dr-test-run-id', value: '9-1' }],
        },
      ],
    });
    expect(await port().describeService('dr', 'api')).toEqual({
      arn: 'arn:aws:ecs:us-west-2:123456789012:service/dr/api',
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 1,
      pendingCount: 1,
      targetGroupArns: [TG],
      tags: { 'trading-actions:dr-test-run-id': '9-1' },
    });
    expect(ecsMock.commandCalls(DescribeServicesCommand)[0]?.args[0].input.include).toEqual(['TAGS']);
  });

  it('a deleted (INACTIVE) or unknown service is undefined', async () => {
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [{ status: 'INACTIVE' }] })
      .resolvesOnce({ services: [] });
    expect(await port().describeService('dr', 'api')).toBeUndefined();
    expect(await port().describeService('dr', 'api')).toBeUndefined();
  });

  it('scales, tags and untags', async () => {
    ecsMock.on(UpdateServiceCommand).resolves({});
    ecsMock.on(TagResourceCommand).resolves({});
    ecsMock.on(UntagResourceCommand).resolves({});
    await port().setDesiredCount('dr', 'api', 3);
    await port().tagResource('arn:svc', { a: '1' });
    await port().untagResource('arn:svc', ['a']);
    expect(ecsMock.commandCalls(UpdateServiceCommand)[0]?.args[0].input).toEqual({
      cluster: 'dr',
      service: 'api',
      desiredCount: 3,
    });
    expect(ecsMock.commandCalls(TagResourceCommand)[0]?.args[0].input.tags).toEqual([{ key: 'a', value: '1' }]);
    expect(ecsMock.commandCalls(UntagResourceCommand)[0]?.args[0].input.tagKeys).toEqual(['a']);
  });

  it('counts targets per health state', async () => {
    elbMock.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [
        { TargetHealth: { State: 'healthy' } },
        { TargetHealth: { State: 'initial' } },
        { TargetHealth: { State: 'healthy' } },
      ],
    });
    expect(await port().targetHealth(TG)).toEqual({ healthy: 2, total: 3, states: { healthy: 2, initial: 1 } });
  });
});
