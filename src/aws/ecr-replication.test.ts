import {
  DescribeImageReplicationStatusCommand,
  DescribeImagesCommand,
  ECRClient,
  ImageNotFoundException,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEcrReplicationPort } from './ecr-replication.js';

const ecrMock = mockClient(ECRClient);
const port = () => createEcrReplicationPort(new ECRClient({ region: 'us-east-1' }));
const DIGEST = `sha256:${'a'.repeat(64)}`;

beforeEach(() => ecrMock.reset());

describe('the ECR replication adapter', () => {
  it('finds an image by tag or by digest', async () => {
    ecrMock.on(DescribeImagesCommand).resolves({
      imageDetails: [{ imageDigest: DIGEST, imagePushedAt: new Date('2026-11-23T12:00:00Z') }],
    });
    expect(await port().findImage('order-router', 'v1.4.2')).toEqual({
      digest: DIGEST,
      pushedAt: new Date('2026-11-23T12:00:00Z'),
    });
    await port().findImage('order-router', DIGEST);
    const calls = ecrMock.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input.imageIds);
    expect(calls).toEqual([[{ imageTag: 'v1.4.2' }], [{ imageDigest: DIGEST }]]);
  });

  it('an image missing from the repository is undefined', async () => {
    ecrMock.on(DescribeImagesCommand).rejects(new ImageNotFoundException({ message: 'nope', $metadata: {} }));
    expect(await port().findImage('order-router', DIGEST)).toBeUndefined();
  });

  it('reads the replication status of a digest per destination region', async () => {
    ecrMock.on(DescribeImageReplicationStatusCommand).resolves({
      replicationStatuses: [
        { region: 'us-west-2', registryId: '123456789012', status: 'COMPLETE' },
        { region: 'eu-west-1', registryId: '123456789012', status: 'FAILED', failureCode: 'KMS_ACCESS_DENIED' },
      ],
    });
    expect(await port().replicationStatus('order-router', DIGEST)).toEqual([
      { region: 'us-west-2', registryId: '123456789012', status: 'COMPLETE', failureCode: undefined },
      { region: 'eu-west-1', registryId: '123456789012', status: 'FAILED', failureCode: 'KMS_ACCESS_DENIED' },
    ]);
    expect(ecrMock.commandCalls(DescribeImageReplicationStatusCommand)[0]?.args[0].input).toEqual({
      repositoryName: 'order-router',
      imageId: { imageDigest: DIGEST },
    });
  });
});
