/**
 * An in-memory primary and recovery region for the drill's unit tests: RDS, S3, ECR, a standby
 * ECS service with its targets, CloudWatch and the smoke probe. Every call that changes something
 * is logged with its region, so a test can prove the primary region was left alone.
 */
import type { CloudWatchPort, MetricData } from '../../src/aws/cloudwatch.js';
import type { EcrReplicationPort, ImageRecord, ReplicationDestinationStatus } from '../../src/aws/ecr-replication.js';
import type { StandbyPort, TargetHealthSummary } from '../../src/aws/ecs-standby.js';
import type { DbInstanceSnapshot, DbSnapshotSummary, RdsPort, ReplicatedBackupSummary } from '../../src/aws/rds.js';
import type { ReplicationRuleSummary, S3Port } from '../../src/aws/s3.js';
import type { DrillDeps } from '../../src/dr-test/drill.js';

export const PRIMARY = 'us-east-1';
export const RECOVERY = 'us-west-2';

interface FakeInstance {
  id: string;
  status: string;
  resourceId?: string;
  latestRestorableTime?: Date;
  tags: Record<string, string>;
  /** Observations left before a restoring instance becomes available. */
  pendingPolls: number;
}

interface FakeVersion {
  versionId: string;
  tags: Record<string, string>;
}

interface FakeBucket {
  region: string;
  rules: ReplicationRuleSummary[];
  objects: Map<string, FakeVersion[]>;
}

/** A service whose tasks come up one per observation once scaled, and whose targets follow. */
interface FakeService {
  arn: string;
  desiredCount: number;
  runningCount: number;
  tags: Record<string, string>;
  targetGroups: string[];
  /** Healthy targets trail running tasks by this many observations. */
  healthLag: number;
  healthy: number;
}

export class FakeAws {
  readonly mutations: string[] = [];
  readonly instances = { [PRIMARY]: new Map<string, FakeInstance>(), [RECOVERY]: new Map<string, FakeInstance>() };
  readonly snapshots: DbSnapshotSummary[] = [];
  readonly backups: ReplicatedBackupSummary[] = [];
  readonly buckets = new Map<string, FakeBucket>();
  /** Observations of the replica before a canary written to a source bucket shows up (Infinity: never). */
  replicationPolls = 1;
  readonly images = { [PRIMARY]: new Map<string, ImageRecord>(), [RECOVERY]: new Map<string, ImageRecord>() };
  replicationStatuses: ReplicationDestinationStatus[] = [];
  metrics: MetricData = new Map();
  readonly services = new Map<string, FakeService>();
  /** How many polls a restore takes to become available. */
  restorePolls = 2;
  /** Smoke answers in order; the last one repeats. */
  smokeAnswers: boolean[] = [true];
  readonly smokeCalls: string[] = [];
  private versionCounter = 0;
  private replicaCountdown = new Map<string, number>();

  addInstance(region: string, instance: Partial<FakeInstance> & { id: string }): void {
    this.instances[region as keyof typeof this.instances].set(instance.id, {
      status: 'available',
      tags: {},
      pendingPolls: 0,
      ...instance,
    });
  }

  addBucket(name: string, region: string, rules: ReplicationRuleSummary[] = []): void {
    this.buckets.set(name, { region, rules, objects: new Map() });
  }

  putVersion(bucket: string, key: string, tags: Record<string, string>): string {
    const versionId = `v${++this.versionCounter}`;
    const b = this.bucket(bucket);
    b.objects.set(key, [...(b.objects.get(key) ?? []), { versionId, tags }]);
    return versionId;
  }

  addService(cluster: string, service: string, fields: Partial<FakeService> = {}): void {
    this.services.set(`${cluster}/${service}`, {
      arn: `arn:aws:ecs:${RECOVERY}:123456789012:service/${cluster}/${service}`,
      desiredCount: 0,
      runningCount: 0,
      tags: {},
      targetGroups: [],
      healthLag: 1,
      healthy: 0,
      ...fields,
    });
  }

  private bucket(name: string): FakeBucket {
    const b = this.buckets.get(name);
    if (!b) throw awsError('NoSuchBucket', `no bucket ${name}`);
    return b;
  }

  private rds(region: string): RdsPort {
    const instances = this.instances[region as keyof typeof this.instances];
    const view = (i: FakeInstance): DbInstanceSnapshot => ({
      id: i.id,
      arn: `arn:aws:rds:${region}:123456789012:db:${i.id}`,
      status: i.status,
      resourceId: i.resourceId,
      latestRestorableTime: i.latestRestorableTime,
      tags: { ...i.tags },
    });
    return {
      describeInstance: async (id) => {
        const i = instances.get(id);
        if (!i) return undefined;
        if (i.status === 'creating' && --i.pendingPolls <= 0) i.status = 'available';
        return view(i);
      },
      listInstances: async () => [...instances.values()].map(view),
      listSnapshots: async (id) => (region === RECOVERY ? this.snapshots.filter((s) => s.id.startsWith(id)) : []),
      listReplicatedBackups: async () => (region === RECOVERY ? this.backups : []),
      restoreFromSnapshot: async (request) => {
        this.mutations.push(`${region} rds restore ${request.snapshotId} -> ${request.instanceId}`);
        instances.set(request.instanceId, {
          id: request.instanceId,
          status: 'creating',
          tags: { ...request.tags },
          pendingPolls: this.restorePolls,
        });
      },
      deleteInstance: async (id) => {
        this.mutations.push(`${region} rds delete ${id}`);
        instances.delete(id);
      },
    };
  }

  private s3(region: string): S3Port {
    return {
      replicationRules: async (bucket) => this.bucket(bucket).rules,
      bucketRegion: async (bucket) => this.bucket(bucket).region,
      putObject: async (bucket, key, _body, tags) => {
        this.mutations.push(`${region} s3 put ${bucket}/${key}`);
        const versionId = this.putVersion(bucket, key, { ...tags });
        for (const rule of this.bucket(bucket).rules) {
          this.replicaCountdown.set(`${rule.destinationBucket}/${key}`, this.replicationPolls);
        }
        return versionId;
      },
      headObject: async (bucket, key) => {
        const pending = this.replicaCountdown.get(`${bucket}/${key}`);
        if (pending !== undefined) {
          if (pending <= 1) {
            this.replicaCountdown.delete(`${bucket}/${key}`);
            const source = [...this.buckets.values()].find((b) => b.objects.has(key) && b !== this.buckets.get(bucket));
            this.putVersion(bucket, key, { ...(source?.objects.get(key)?.at(-1)?.tags ?? {}) });
          } else this.replicaCountdown.set(`${bucket}/${key}`, pending - 1);
        }
        const versions = this.bucket(bucket).objects.get(key);
        return versions?.length ? { versionId: versions.at(-1)?.versionId, replicationStatus: 'PENDING' } : undefined;
      },
      listVersions: async (bucket, prefix) =>
        [...this.bucket(bucket).objects.entries()]
          .filter(([key]) => key.startsWith(prefix))
          .flatMap(([key, versions]) => versions.map((v) => ({ key, versionId: v.versionId }))),
      objectTags: async (bucket, key, versionId) => ({
        ...this.bucket(bucket)
          .objects.get(key)
          ?.find((v) => v.versionId === versionId)?.tags,
      }),
      deleteVersion: async (bucket, key, versionId) => {
        this.mutations.push(`${region} s3 delete ${bucket}/${key}@${versionId}`);
        const b = this.bucket(bucket);
        const left = (b.objects.get(key) ?? []).filter((v) => v.versionId !== versionId);
        if (left.length) b.objects.set(key, left);
        else b.objects.delete(key);
      },
    };
  }

  private ecr(region: string): EcrReplicationPort {
    return {
      findImage: async (_repository, tagOrDigest) => this.images[region as keyof typeof this.images].get(tagOrDigest),
      replicationStatus: async () => this.replicationStatuses,
    };
  }

  private standby(): StandbyPort {
    const find = (arn: string) => [...this.services.values()].find((s) => s.arn === arn);
    return {
      describeService: async (cluster, service) => {
        const s = this.services.get(`${cluster}/${service}`);
        if (!s) return undefined;
        if (s.runningCount < s.desiredCount) s.runningCount += 1;
        else if (s.runningCount > s.desiredCount) s.runningCount = s.desiredCount;
        return {
          arn: s.arn,
          status: 'ACTIVE',
          desiredCount: s.desiredCount,
          runningCount: s.runningCount,
          pendingCount: s.desiredCount - s.runningCount,
          targetGroupArns: s.targetGroups,
          tags: { ...s.tags },
        };
      },
      setDesiredCount: async (cluster, service, desiredCount) => {
        this.mutations.push(`${RECOVERY} ecs scale ${cluster}/${service} to ${desiredCount}`);
        const s = this.services.get(`${cluster}/${service}`);
        if (s) s.desiredCount = desiredCount;
      },
      tagResource: async (arn, tags) => {
        this.mutations.push(`${RECOVERY} ecs tag ${arn}`);
        const s = find(arn);
        if (s) Object.assign(s.tags, tags);
      },
      untagResource: async (arn, keys) => {
        this.mutations.push(`${RECOVERY} ecs untag ${arn}`);
        const s = find(arn);
        if (s) for (const key of keys) delete s.tags[key];
      },
      targetHealth: async (tg): Promise<TargetHealthSummary> => {
        const s = [...this.services.values()].find((x) => x.targetGroups.includes(tg));
        if (!s) return { healthy: 0, total: 0, states: {} };
        if (s.healthLag > 0 && s.runningCount > 0) s.healthLag -= 1;
        else s.healthy = s.runningCount;
        return { healthy: s.healthy, total: s.runningCount, states: { healthy: s.healthy } };
      },
    };
  }

  /** The drill's ports over this fake world. */
  ports(): Pick<DrillDeps, 'primary' | 'recovery' | 'probe'> {
    const cloudwatch: Pick<CloudWatchPort, 'getMetricData'> = { getMetricData: async () => this.metrics };
    return {
      primary: { rds: this.rds(PRIMARY), s3: this.s3(PRIMARY), ecr: this.ecr(PRIMARY), cloudwatch },
      recovery: { rds: this.rds(RECOVERY), s3: this.s3(RECOVERY), ecr: this.ecr(RECOVERY), standby: this.standby() },
      probe: async (url) => {
        this.smokeCalls.push(url);
        const ok = this.smokeAnswers[Math.min(this.smokeCalls.length - 1, this.smokeAnswers.length - 1)] ?? false;
        return { ok, detail: ok ? 'HTTP 200' : 'HTTP 503' };
      },
    };
  }
}

/** An error shaped like one AWS returned, so the drill reports it instead of treating it as a bug. */
export function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $fault: 'client' as const, $metadata: { httpStatusCode: 400 } });
}
