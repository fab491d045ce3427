import {
  DeleteDBInstanceCommand,
  DescribeDBInstanceAutomatedBackupsCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  RestoreDBInstanceFromDBSnapshotCommand,
  type DBInstance,
  type RDSClient,
} from '@aws-sdk/client-rds';

/** A DB instance as the disaster-recovery drill sees it. */
export interface DbInstanceSnapshot {
  readonly id: string;
  readonly arn: string;
  /** available, creating, backing-up, deleting, failed, incompatible-restore, … */
  readonly status: string;
  /** The region-independent resource id, which replicated automated backups are keyed by. */
  readonly resourceId?: string;
  /** The newest point in time this instance can be restored to, in its own region. */
  readonly latestRestorableTime?: Date;
  readonly tags: Readonly<Record<string, string>>;
}

/** A DB snapshot in one region, manual or automated, copied or local. */
export interface DbSnapshotSummary {
  readonly id: string;
  readonly arn: string;
  readonly status: string;
  /** manual, automated, awsbackup, … */
  readonly type: string;
  readonly createdAt?: Date;
}

/** An automated backup replicated into this region (cross-region automated backups). */
export interface ReplicatedBackupSummary {
  readonly arn: string;
  readonly status: string;
  /** The newest point in time the replicated backup can restore to. */
  readonly latestTime?: Date;
}

export interface RestoreRequest {
  readonly instanceId: string;
  readonly snapshotId: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly instanceClass?: string;
  readonly subnetGroup?: string;
}

/** The RDS operations of the DR drill, in one region. */
export interface RdsPort {
  /** Undefined when no instance has that identifier in this region. */
  describeInstance(id: string): Promise<DbInstanceSnapshot | undefined>;
  /** Every instance in this region (pages followed), with its tags; the sweeper filters them. */
  listInstances(): Promise<DbInstanceSnapshot[]>;
  /** Snapshots of an instance held in this region (copies keep the source instance's identifier). */
  listSnapshots(instanceId: string): Promise<DbSnapshotSummary[]>;
  /** Automated backups of an instance (by its resource id) replicated into this region. */
  listReplicatedBackups(resourceId: string): Promise<ReplicatedBackupSummary[]>;
  /** Starts restoring a snapshot to a new, private, unprotected instance; does not wait. */
  restoreFromSnapshot(request: RestoreRequest): Promise<void>;
  /** Starts deleting an instance without a final snapshot; does not wait. */
  deleteInstance(id: string): Promise<void>;
}

export function createRdsPort(client: RDSClient): RdsPort {
  return {
    async describeInstance(id) {
      try {
        const out = await client.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }));
        const instance = out.DBInstances?.[0];
        return instance ? toInstance(instance) : undefined;
      } catch (error) {
        if (isNamed(error, 'DBInstanceNotFoundFault', 'DBInstanceNotFound')) return undefined;
        throw error;
      }
    },
    async listInstances() {
      const instances: DbInstanceSnapshot[] = [];
      let marker: string | undefined;
      do {
        const out = await client.send(new DescribeDBInstancesCommand({ Marker: marker }));
        instances.push(...(out.DBInstances ?? []).map(toInstance));
        marker = out.Marker;
      } while (marker);
      return instances;
    },
    async listSnapshots(instanceId) {
      const snapshots: DbSnapshotSummary[] = [];
      let marker: string | undefined;
      do {
        const out = await client.send(
          new DescribeDBSnapshotsCommand({ DBInstanceIdentifier: instanceId, Marker: marker }),
        );
        for (const s of out.DBSnapshots ?? []) {
          snapshots.push({
            id: s.DBSnapshotIdentifier ?? '',
            arn: s.DBSnapshotArn ?? '',
            status: s.Status ?? 'unknown',
            type: s.SnapshotType ?? 'unknown',
            createdAt: s.SnapshotCreateTime,
          });
        }
        marker = out.Marker;
      } while (marker);
      return snapshots;
    },
    async listReplicatedBackups(resourceId) {
      const backups: ReplicatedBackupSummary[] = [];
      let marker: string | undefined;
      do {
        const out = await client.send(
          new DescribeDBInstanceAutomatedBackupsCommand({ DbiResourceId: resourceId, Marker: marker }),
        );
        for (const b of out.DBInstanceAutomatedBackups ?? []) {
          backups.push({
            arn: b.DBInstanceAutomatedBackupsArn ?? '',
            status: b.Status ?? 'unknown',
            latestTime: b.RestoreWindow?.LatestTime,
          });
        }
        marker = out.Marker;
      } while (marker);
      return backups;
    },
    async restoreFromSnapshot(request) {
      await client.send(
        new RestoreDBInstanceFromDBSnapshotCommand({
          DBInstanceIdentifier: request.instanceId,
          DBSnapshotIdentifier: request.snapshotId,
          DBInstanceClass: request.instanceClass,
          DBSubnetGroupName: request.subnetGroup,
          // A drill copy must never be reachable from outside, never block its own teardown,
          // and never cost a standby replica.
          PubliclyAccessible: false,
          DeletionProtection: false,
          MultiAZ: false,
          Tags: Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
    },
    async deleteInstance(id) {
      await client.send(
        new DeleteDBInstanceCommand({
          DBInstanceIdentifier: id,
          SkipFinalSnapshot: true,
          DeleteAutomatedBackups: true,
        }),
      );
    },
  };
}

function toInstance(instance: DBInstance): DbInstanceSnapshot {
  return {
    id: instance.DBInstanceIdentifier ?? '',
    arn: instance.DBInstanceArn ?? '',
    status: instance.DBInstanceStatus ?? 'unknown',
    resourceId: instance.DbiResourceId,
    latestRestorableTime: instance.LatestRestorableTime,
    tags: Object.fromEntries((instance.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
  };
}

function isNamed(error: unknown, ...names: string[]): boolean {
  return error instanceof Error && names.includes(error.name);
}
