import {
  DeleteObjectCommand,
  GetBucketLocationCommand,
  GetBucketReplicationCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

/** One replication rule of a bucket, reduced to what the drill measures. */
export interface ReplicationRuleSummary {
  readonly id: string;
  readonly enabled: boolean;
  readonly destinationBucket: string;
  /** Replication metrics (ReplicationLatency, OperationsPendingReplication) are published. */
  readonly metricsEnabled: boolean;
  /** Replication Time Control is on. */
  readonly timeControl: boolean;
}

export interface ObjectHead {
  readonly versionId?: string;
  /** COMPLETED, PENDING, FAILED or REPLICA; undefined when the object takes no part in replication. */
  readonly replicationStatus?: string;
  readonly lastModified?: Date;
}

export interface ObjectVersion {
  readonly key: string;
  readonly versionId: string;
}

/** The S3 operations of the DR drill, through a client of one region. */
export interface S3Port {
  /** The bucket's replication rules; none when it has no replication configuration. */
  replicationRules(bucket: string): Promise<ReplicationRuleSummary[]>;
  /** The region a bucket lives in. */
  bucketRegion(bucket: string): Promise<string>;
  /** Writes an object with tags; returns its version id when the bucket is versioned. */
  putObject(
    bucket: string,
    key: string,
    body: string,
    tags: Readonly<Record<string, string>>,
  ): Promise<string | undefined>;
  /** Undefined when the object does not exist (yet). */
  headObject(bucket: string, key: string): Promise<ObjectHead | undefined>;
  /** Every version of every object under the prefix (pages followed; delete markers left out). */
  listVersions(bucket: string, prefix: string): Promise<ObjectVersion[]>;
  /** The tags of one object version; empty when it has none. */
  objectTags(bucket: string, key: string, versionId: string): Promise<Record<string, string>>;
  /** Permanently deletes one version (a versioned delete is not replicated and leaves no marker). */
  deleteVersion(bucket: string, key: string, versionId: string): Promise<void>;
}

export function createS3Port(client: S3Client): S3Port {
  return {
    async replicationRules(bucket) {
      try {
        const out = await client.send(new GetBucketReplicationCommand({ Bucket: bucket }));
        return (out.ReplicationConfiguration?.Rules ?? []).map((rule, index) => ({
          id: rule.ID ?? `rule-${index + 1}`,
          enabled: rule.Status === 'Enabled',
          destinationBucket: bucketName(rule.Destination?.Bucket ?? ''),
          metricsEnabled: rule.Destination?.Metrics?.Status === 'Enabled',
          timeControl: rule.Destination?.ReplicationTime?.Status === 'Enabled',
        }));
      } catch (error) {
        if (isNamed(error, 'ReplicationConfigurationNotFoundError')) return [];
        throw error;
      }
    },
    async bucketRegion(bucket) {
      const out = await client.send(new GetBucketLocationCommand({ Bucket: bucket }));
      // S3 reports us-east-1 as an empty constraint and the oldest EU buckets as 'EU'.
      const constraint = out.LocationConstraint as string | undefined;
      if (!constraint) return 'us-east-1';
      return constraint === 'EU' ? 'eu-west-1' : constraint;
    },
    async putObject(bucket, key, body, tags) {
      const out = await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: 'application/json',
          Tagging: new URLSearchParams(Object.entries(tags)).toString(),
        }),
      );
      return out.VersionId;
    },
    async headObject(bucket, key) {
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { versionId: out.VersionId, replicationStatus: out.ReplicationStatus, lastModified: out.LastModified };
      } catch (error) {
        if (isNamed(error, 'NotFound', 'NoSuchKey')) return undefined;
        throw error;
      }
    },
    async listVersions(bucket, prefix) {
      const versions: ObjectVersion[] = [];
      let keyMarker: string | undefined;
      let versionMarker: string | undefined;
      for (;;) {
        const out = await client.send(
          new ListObjectVersionsCommand({
            Bucket: bucket,
            Prefix: prefix,
            KeyMarker: keyMarker,
            VersionIdMarker: versionMarker,
          }),
        );
        for (const v of out.Versions ?? []) {
          if (v.Key) versions.push({ key: v.Key, versionId: v.VersionId ?? 'null' });
        }
        if (!out.IsTruncated) return versions;
        keyMarker = out.NextKeyMarker;
        versionMarker = out.NextVersionIdMarker;
      }
    },
    async objectTags(bucket, key, versionId) {
      const out = await client.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
      return Object.fromEntries((out.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    },
    async deleteVersion(bucket, key, versionId) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }));
    },
  };
}

/** `arn:aws:s3:::name` → `name`; a bare name stays as it is. */
export function bucketName(arnOrName: string): string {
  return arnOrName.startsWith('arn:') ? arnOrName.slice(arnOrName.lastIndexOf(':') + 1) : arnOrName;
}

function isNamed(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}
