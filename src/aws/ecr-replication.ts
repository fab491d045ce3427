import { DescribeImageReplicationStatusCommand, DescribeImagesCommand, type ECRClient } from '@aws-sdk/client-ecr';

/** An image in one region's repository, found by tag or digest. */
export interface ImageRecord {
  readonly digest: string;
  readonly pushedAt?: Date;
}

/** Where ECR says one digest has been replicated to. */
export interface ReplicationDestinationStatus {
  readonly region: string;
  readonly registryId?: string;
  /** IN_PROGRESS, COMPLETE or FAILED. */
  readonly status: string;
  readonly failureCode?: string;
}

/** The ECR operations of the DR drill, through a client of one region. Read-only. */
export interface EcrReplicationPort {
  /** The image a tag or a `sha256:` digest names; undefined when the repository does not hold it. */
  findImage(repository: string, tagOrDigest: string): Promise<ImageRecord | undefined>;
  /** ECR's replication status of a digest, per destination. */
  replicationStatus(repository: string, digest: string): Promise<ReplicationDestinationStatus[]>;
}

export function createEcrReplicationPort(client: ECRClient): EcrReplicationPort {
  return {
    async findImage(repository, tagOrDigest) {
      const imageId = tagOrDigest.startsWith('sha256:') ? { imageDigest: tagOrDigest } : { imageTag: tagOrDigest };
      try {
        const out = await client.send(new DescribeImagesCommand({ repositoryName: repository, imageIds: [imageId] }));
        const image = out.imageDetails?.[0];
        return image?.imageDigest ? { digest: image.imageDigest, pushedAt: image.imagePushedAt } : undefined;
      } catch (error) {
        // A replica repository that was never created answers RepositoryNotFound: the image is
        // just as absent from the recovery region.
        if (error instanceof Error && ['ImageNotFoundException', 'RepositoryNotFoundException'].includes(error.name)) {
          return undefined;
        }
        throw error;
      }
    },
    async replicationStatus(repository, digest) {
      const out = await client.send(
        new DescribeImageReplicationStatusCommand({ repositoryName: repository, imageId: { imageDigest: digest } }),
      );
      return (out.replicationStatuses ?? []).map((s) => ({
        region: s.region ?? '',
        registryId: s.registryId,
        status: s.status ?? 'UNKNOWN',
        failureCode: s.failureCode,
      }));
    },
  };
}
