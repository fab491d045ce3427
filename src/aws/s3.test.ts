import {
  DeleteObjectCommand,
  GetBucketLocationCommand,
  GetBucketReplicationCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { bucketName, createS3Port } from './s3.js';

const s3Mock = mockClient(S3Client);
const port = () => createS3Port(new S3Client({ region: 'us-east-1' }));

beforeEach(() => s3Mock.reset());

describe('the S3 adapter', () => {
  it('reads replication rules with their destination bucket, metrics and time control', async () => {
    s3Mock.on(GetBucketReplicationCommand).resolves({
      ReplicationConfiguration: {
        Role: 'arn:aws:iam::123456789012:role/replication',
        Rules: [
          {
            ID: 'to-dr',
            Status: 'Enabled',
            Destination: {
              Bucket: 'arn:aws:s3:::trades-dr',
              Metrics: { Status: 'Enabled' },
              ReplicationTime: { Status: 'Enabled', Time: { Minutes: 15 } },
            },
          },
          { Status: 'Disabled', Destination: { Bucket: 'arn:aws:s3:::archive' } },
        ],
      },
    });
    expect(await port().replicationRules('trades')).toEqual([
      { id: 'to-dr', enabled: true, destinationBucket: 'trades-dr', metricsEnabled: true, timeControl: true },
      { id: 'rule-2', enabled: false, destinationBucket: 'archive', metricsEnabled: false, timeControl: false },
    ]);
  });

  it('a bucket without a replication configuration has no rules', async () => {
    s3Mock.on(GetBucketReplicationCommand).rejects(
      new S3ServiceException({
        name: 'ReplicationConfigurationNotFoundError',
        message: 'The replication configuration was not found',
        $fault: 'client',
        $metadata: {},
      }),
    );
    expect(await port().replicationRules('plain')).toEqual([]);
  });

  it.each([
    [undefined, 'us-east-1'],
    ['EU', 'eu-west-1'],
    ['ap-southeast-2', 'ap-southeast-2'],
  ])('a location constraint of %s is the region %s', async (constraint, region) => {
    s3Mock.on(GetBucketLocationCommand).resolves({ LocationConstraint: constraint as never });
    expect(await port().bucketRegion('b')).toBe(region);
  });

  it('writes an object with URL-encoded tags and returns its version', async () => {
    s3Mock.on(PutObjectCommand).resolves({ VersionId: 'v1' });
    const version = await port().putObject('trades', 'dr/1.json', '{}', {
      'trading-actions:dr-test-run-id': '7-1',
      'trading-actions:dr-test-expires': '2026-11-23T14:30:00.000Z',
    });
    expect(version).toBe('v1');
    expect(s3Mock.commandCalls(PutObjectCommand)[0]?.args[0].input.Tagging).toBe(
      'trading-actions%3Adr-test-run-id=7-1&trading-actions%3Adr-test-expires=2026-11-23T14%3A30%3A00.000Z',
    );
  });

  it('an object that is not there (yet) heads as undefined', async () => {
    s3Mock
      .on(HeadObjectCommand)
      .rejectsOnce(new NotFound({ message: 'Not Found', $metadata: {} }))
      .resolvesOnce({ VersionId: 'v9', ReplicationStatus: 'REPLICA' });
    expect(await port().headObject('dr', 'k')).toBeUndefined();
    expect(await port().headObject('dr', 'k')).toEqual({
      versionId: 'v9',
      replicationStatus: 'REPLICA',
      lastModified: undefined,
    });
  });

  it('lists versions across pages, reads their tags and deletes one version at a time', async () => {
    s3Mock
      .on(ListObjectVersionsCommand)
      .resolvesOnce({
        Versions: [{ Key: 'p/a', VersionId: 'v1' }],
        IsTruncated: true,
        NextKeyMarker: 'p/a',
        NextVersionIdMarker: 'v1',
      })
      .resolvesOnce({ Versions: [{ Key: 'p/b', VersionId: 'v2' }], IsTruncated: false });
    s3Mock.on(GetObjectTaggingCommand).resolves({ TagSet: [{ Key: 'k', Value: 'v' }] });
    s3Mock.on(DeleteObjectCommand).resolves({});
    expect(await port().listVersions('b', 'p/')).toEqual([
      { key: 'p/a', versionId: 'v1' },
      { key: 'p/b', versionId: 'v2' },
    ]);
    expect(s3Mock.commandCalls(ListObjectVersionsCommand)[1]?.args[0].input).toMatchObject({
      KeyMarker: 'p/a',
      VersionIdMarker: 'v1',
    });
    expect(await port().objectTags('b', 'p/a', 'v1')).toEqual({ k: 'v' });
    await port().deleteVersion('b', 'p/a', 'v1');
    expect(s3Mock.commandCalls(DeleteObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'b',
      Key: 'p/a',
      VersionId: 'v1',
    });
  });

  it('takes a bucket name out of an ARN', () => {
    expect(bucketName('arn:aws:s3:::trades-dr')).toBe('trades-dr');
    expect(bucketName('trades-dr')).toBe('trades-dr');
  });
});
