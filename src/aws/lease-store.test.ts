import {
  AddTagsCommand,
  CreateTargetGroupCommand,
  DeleteTargetGroupCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DuplicateTargetGroupNameException,
  ElasticLoadBalancingV2Client,
  TargetGroupNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createLeaseStore } from './lease-store.js';

const elbMock = mockClient(ElasticLoadBalancingV2Client);
const store = () => createLeaseStore(new ElasticLoadBalancingV2Client({ region: 'us-east-1' }));

const NAME = 'ta-lease-0123456789abcdef0123456';
const ARN = `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/${NAME}/73e2d6bc24d8a067`;
const OWNER = 'lease-run-41-attempt-1';
const TAGS = { 'trading-actions:lease-id': OWNER, 'trading-actions:lease-purpose': 'deploy' };

const notFound = () =>
  new TargetGroupNotFoundException({ message: 'One or more target groups not found', $metadata: {} });

beforeEach(() => elbMock.reset());

describe('the lease store on Elastic Load Balancing', () => {
  it('creates a lease as a lambda target group that carries its owner in the health-check path and its tags', async () => {
    elbMock.on(CreateTargetGroupCommand).resolves({ TargetGroups: [{ TargetGroupArn: ARN }] });

    expect(await store().create(NAME, OWNER, TAGS)).toEqual({ arn: ARN });

    expect(elbMock.commandCalls(CreateTargetGroupCommand)[0]?.args[0].input).toEqual({
      Name: NAME,
      TargetType: 'lambda',
      HealthCheckEnabled: true,
      HealthCheckPath: `/trading-actions/lease/${OWNER}`,
      Tags: [
        { Key: 'trading-actions:lease-id', Value: OWNER },
        { Key: 'trading-actions:lease-purpose', Value: 'deploy' },
      ],
    });
  });

  it('answers taken when a lease of that name exists already', async () => {
    elbMock
      .on(CreateTargetGroupCommand)
      .rejects(
        new DuplicateTargetGroupNameException({ message: 'A target group with the same name exists', $metadata: {} }),
      );

    expect(await store().create(NAME, OWNER, TAGS)).toBe('taken');
  });

  it('lets any other failure to create a lease through', async () => {
    elbMock.on(CreateTargetGroupCommand).rejects(new Error('AccessDenied: not authorized'));

    await expect(store().create(NAME, OWNER, TAGS)).rejects.toThrow('AccessDenied');
  });

  it('finds no lease when no target group has its name', async () => {
    elbMock.on(DescribeTargetGroupsCommand).rejects(notFound());

    expect(await store().find(NAME)).toBeUndefined();
    expect(elbMock.commandCalls(DescribeTargetGroupsCommand)[0]?.args[0].input).toEqual({ Names: [NAME] });
    expect(elbMock.commandCalls(DescribeTagsCommand)).toHaveLength(0);
  });

  it('finds a lease with its ARN, the owner from its health-check path, and its tags', async () => {
    elbMock
      .on(DescribeTargetGroupsCommand)
      .resolves({ TargetGroups: [{ TargetGroupArn: ARN, HealthCheckPath: `/trading-actions/lease/${OWNER}` }] });
    elbMock.on(DescribeTagsCommand).resolves({
      TagDescriptions: [{ ResourceArn: ARN, Tags: Object.entries(TAGS).map(([Key, Value]) => ({ Key, Value })) }],
    });

    expect(await store().find(NAME)).toEqual({ arn: ARN, ownerId: OWNER, tags: TAGS });
    expect(elbMock.commandCalls(DescribeTagsCommand)[0]?.args[0].input).toEqual({ ResourceArns: [ARN] });
  });

  it('finds no lease when the target group was deleted between reading it and reading its tags', async () => {
    elbMock
      .on(DescribeTargetGroupsCommand)
      .resolves({ TargetGroups: [{ TargetGroupArn: ARN, HealthCheckPath: `/trading-actions/lease/${OWNER}` }] });
    elbMock.on(DescribeTagsCommand).rejects(notFound());

    expect(await store().find(NAME)).toBeUndefined();
  });

  it('rewrites the tags of a lease, and says false when the lease is gone', async () => {
    elbMock.on(AddTagsCommand).resolves({});
    expect(await store().update(ARN, TAGS)).toBe(true);
    expect(elbMock.commandCalls(AddTagsCommand)[0]?.args[0].input).toEqual({
      ResourceArns: [ARN],
      Tags: Object.entries(TAGS).map(([Key, Value]) => ({ Key, Value })),
    });

    elbMock.on(AddTagsCommand).rejects(notFound());
    expect(await store().update(ARN, TAGS)).toBe(false);
  });

  it('removes a lease by its ARN', async () => {
    elbMock.on(DeleteTargetGroupCommand).resolves({});

    await store().remove(ARN);

    expect(elbMock.commandCalls(DeleteTargetGroupCommand)[0]?.args[0].input).toEqual({ TargetGroupArn: ARN });
  });

  it('succeeds in removing a lease that is already gone', async () => {
    elbMock.on(DeleteTargetGroupCommand).rejects(notFound());

    await expect(store().remove(ARN)).resolves.toBeUndefined();
  });

  it('lets any other failure to remove a lease through', async () => {
    elbMock.on(DeleteTargetGroupCommand).rejects(new Error('ResourceInUse: target group is in use'));

    await expect(store().remove(ARN)).rejects.toThrow('ResourceInUse');
  });

  it('says whether this very lease still exists', async () => {
    elbMock.on(DescribeTagsCommand).resolves({ TagDescriptions: [{ ResourceArn: ARN, Tags: [] }] });
    expect(await store().exists(ARN)).toBe(true);

    elbMock.on(DescribeTagsCommand).rejects(notFound());
    expect(await store().exists(ARN)).toBe(false);
  });
});
