/**
 * The dr-test drill against moto_server with two regions: a real RDS snapshot copied into the
 * recovery region and restored there, S3 buckets in both regions with a replication
 * configuration (moto does not replicate, so the test plays the replicator), a standby ECS
 * service behind a target group, tags, teardown, the sweeper, the duration limit, and a local
 * HTTP server as the smoke URL. The drill runs on a manual clock; hooks on its sleeps stand in
 * for the world changing between polls.
 */
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ECRClient } from '@aws-sdk/client-ecr';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeServicesCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import {
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  CopyDBSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DescribeDBInstancesCommand,
  RDSClient,
  RestoreDBInstanceFromDBSnapshotCommand,
} from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  ListObjectVersionsCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudWatchPort } from '../../src/aws/cloudwatch.js';
import { createEcrReplicationPort } from '../../src/aws/ecr-replication.js';
import { createStandbyPort } from '../../src/aws/ecs-standby.js';
import { createRdsPort } from '../../src/aws/rds.js';
import { createS3Port } from '../../src/aws/s3.js';
import { runDrill, type DrillConfig, type DrillDeps } from '../../src/dr-test/drill.js';
import { cleanUpUnfinishedDrill } from '../../src/dr-test/post-cleanup.js';
import { CANARY_PREFIX, EXPIRES_TAG, RUN_ID_TAG } from '../../src/dr-test/resources.js';
import { createSmokeProbe } from '../../src/dr-test/smoke.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { startTestServer, type TestServer } from '../support/http-server.js';
import { ManualClock } from '../support/manual-clock.js';
import { requireMoto, TEST_CREDENTIALS, useMoto, type Moto } from '../support/moto.js';

const PRIMARY = 'us-east-1';
const RECOVERY = 'us-west-2';
const MIN = 60_000;

/** A manual clock that lets the test change the world after the drill's n-th sleep. */
class HookedClock extends ManualClock {
  constructor(private readonly onSleep: (count: number) => Promise<void>) {
    super(Date.now());
  }

  override async sleep(ms: number): Promise<void> {
    await super.sleep(ms);
    await this.onSleep(this.sleeps.length);
  }
}

interface Clients {
  rds: Record<string, RDSClient>;
  s3: Record<string, S3Client>;
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
  ecr: Record<string, ECRClient>;
  cloudwatch: CloudWatchClient;
}

function clientsFor(moto: Moto): Clients {
  const base = (region: string) => ({ region, endpoint: moto.endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
  const both = <T>(make: (region: string) => T): Record<string, T> => ({
    [PRIMARY]: make(PRIMARY),
    [RECOVERY]: make(RECOVERY),
  });
  return {
    rds: both((r) => new RDSClient(base(r))),
    s3: both((r) => new S3Client({ ...base(r), forcePathStyle: true })),
    ecs: new ECSClient(base(RECOVERY)),
    elb: new ElasticLoadBalancingV2Client(base(RECOVERY)),
    ecr: both((r) => new ECRClient(base(r))),
    cloudwatch: new CloudWatchClient(base(PRIMARY)),
  };
}

function portsFor(c: Clients): Pick<DrillDeps, 'primary' | 'recovery' | 'probe'> {
  return {
    primary: {
      rds: createRdsPort(c.rds[PRIMARY]!),
      s3: createS3Port(c.s3[PRIMARY]!),
      ecr: createEcrReplicationPort(c.ecr[PRIMARY]!),
      cloudwatch: createCloudWatchPort(c.cloudwatch),
    },
    recovery: {
      rds: createRdsPort(c.rds[RECOVERY]!),
      s3: createS3Port(c.s3[RECOVERY]!),
      ecr: createEcrReplicationPort(c.ecr[RECOVERY]!),
      standby: createStandbyPort(c.ecs, c.elb),
    },
    probe: createSmokeProbe(fetch, 2_000),
  };
}

const config = (overrides: Partial<DrillConfig>): DrillConfig => ({
  type: 'verify',
  primaryRegion: PRIMARY,
  recoveryRegion: RECOVERY,
  s3Canary: true,
  rtoTargetMs: 15 * MIN,
  rpoTargetMs: 5 * MIN,
  durationMs: 30 * MIN,
  pollIntervalMs: 5_000,
  runId: '4242-1',
  ...overrides,
});

describe.runIf(requireMoto())('the dr-test drill against moto, two regions', () => {
  // 0 running tasks at start-up: a standby at desired 0 then reads as 0 running too (moto's
  // MOTO_ECS_SERVICE_RUNNING would otherwise report phantom tasks); UpdateService sets it.
  const moto = useMoto({ runningCount: 0 });
  let c: Clients;
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    c = clientsFor(moto());
  });

  async function arrangeDatabase(): Promise<void> {
    await c.rds[PRIMARY]!.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders-db',
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        MasterUsername: 'trader',
        MasterUserPassword: 'not-a-real-password',
        AllocatedStorage: 20,
      }),
    );
    const snapshot = await c.rds[PRIMARY]!.send(
      new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-db-nightly' }),
    );
    await c.rds[RECOVERY]!.send(
      new CopyDBSnapshotCommand({
        SourceDBSnapshotIdentifier: snapshot.DBSnapshot?.DBSnapshotArn,
        TargetDBSnapshotIdentifier: 'orders-db-nightly-dr',
      }),
    );
  }

  async function arrangeBuckets(): Promise<void> {
    await c.s3[PRIMARY]!.send(new CreateBucketCommand({ Bucket: 'trades' }));
    await c.s3[RECOVERY]!.send(
      new CreateBucketCommand({ Bucket: 'trades-dr', CreateBucketConfiguration: { LocationConstraint: RECOVERY } }),
    );
    for (const [region, bucket] of [
      [PRIMARY, 'trades'],
      [RECOVERY, 'trades-dr'],
    ] as const) {
      await c.s3[region]!.send(
        new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }),
      );
    }
    await c.s3[PRIMARY]!.send(
      new PutBucketReplicationCommand({
        Bucket: 'trades',
        ReplicationConfiguration: {
          Role: 'arn:aws:iam::123456789012:role/s3-replication',
          Rules: [
            {
              ID: 'to-dr',
              Status: 'Enabled',
              Priority: 1,
              Filter: {},
              DeleteMarkerReplication: { Status: 'Disabled' },
              Destination: { Bucket: 'arn:aws:s3:::trades-dr' },
            },
          ],
        },
      }),
    );
    await c.s3[PRIMARY]!.send(
      new PutObjectCommand({ Bucket: 'trades', Key: 'fills/2026-11-23.csv', Body: 'id,qty\n' }),
    );
  }

  /** What S3 replication would do: copy each new object under the canary prefix, tags included. */
  async function replicate(): Promise<void> {
    const listed = await c.s3[PRIMARY]!.send(
      new ListObjectVersionsCommand({ Bucket: 'trades', Prefix: CANARY_PREFIX }),
    );
    for (const version of listed.Versions ?? []) {
      const object = await c.s3[PRIMARY]!.send(new GetObjectCommand({ Bucket: 'trades', Key: version.Key }));
      const tags = await c.s3[PRIMARY]!.send(new GetObjectTaggingCommand({ Bucket: 'trades', Key: version.Key }));
      await c.s3[RECOVERY]!.send(
        new PutObjectCommand({
          Bucket: 'trades-dr',
          Key: version.Key,
          Body: await object.Body?.transformToString(),
          Tagging: new URLSearchParams(
            (tags.TagSet ?? []).map((t): [string, string] => [t.Key ?? '', t.Value ?? '']),
          ).toString(),
        }),
      );
    }
  }

  async function canaryVersions(): Promise<string[]> {
    const keys: string[] = [];
    for (const [region, bucket] of [
      [PRIMARY, 'trades'],
      [RECOVERY, 'trades-dr'],
    ] as const) {
      const listed = await c.s3[region]!.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: CANARY_PREFIX }));
      keys.push(...(listed.Versions ?? []).map((v) => `${bucket}/${v.Key ?? ''}`));
    }
    return keys;
  }

  async function instances(region: string): Promise<{ id: string; tags: Record<string, string> }[]> {
    const out = await c.rds[region]!.send(new DescribeDBInstancesCommand({}));
    return (out.DBInstances ?? []).map((i) => ({
      id: i.DBInstanceIdentifier ?? '',
      tags: Object.fromEntries((i.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    }));
  }

  /** A standby service at 0 in the recovery region, registered in an ALB target group. */
  async function arrangeStandby(): Promise<string> {
    const vpc = await ec2Query(
      moto().endpoint,
      RECOVERY,
      'Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16',
    );
    const vpcId = /<vpcId>([^<]+)<\/vpcId>/.exec(vpc)?.[1];
    const group = await c.elb.send(
      new CreateTargetGroupCommand({
        Name: 'order-router-dr',
        Protocol: 'HTTP',
        Port: 8080,
        VpcId: vpcId,
        TargetType: 'ip',
      }),
    );
    const targetGroupArn = group.TargetGroups?.[0]?.TargetGroupArn ?? '';
    await c.ecs.send(new CreateClusterCommand({ clusterName: 'trading-dr' }));
    await c.ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'order-router',
        containerDefinitions: [
          { name: 'app', image: 'order-router:v1', memory: 512, portMappings: [{ containerPort: 8080 }] },
        ],
      }),
    );
    await c.ecs.send(
      new CreateServiceCommand({
        cluster: 'trading-dr',
        serviceName: 'order-router',
        taskDefinition: 'order-router',
        desiredCount: 0,
        loadBalancers: [{ targetGroupArn, containerName: 'app', containerPort: 8080 }],
      }),
    );
    return targetGroupArn;
  }

  async function standbyState() {
    const out = await c.ecs.send(
      new DescribeServicesCommand({ cluster: 'trading-dr', services: ['order-router'], include: ['TAGS'] }),
    );
    const s = out.services?.[0];
    return { desired: s?.desiredCount, running: s?.runningCount, tagKeys: (s?.tags ?? []).map((t) => t.key) };
  }

  it('restore: the newest snapshot in the recovery region is restored, tagged, timed and deleted; the canary replicates', async () => {
    await arrangeDatabase();
    await arrangeBuckets();
    let restoredTags: Record<string, string> | undefined;
    const clock = new HookedClock(async (count) => {
      if (count === 1) restoredTags = (await instances(RECOVERY)).find((i) => i.id === 'drt-4242-1')?.tags;
      if (count === 2) await replicate();
    });

    const report = await runDrill(config({ type: 'restore', rdsInstance: 'orders-db', s3Bucket: 'trades' }), {
      ...portsFor(c),
      clock,
      logger: new RecordingLogger(),
    });

    expect(report.result).toBe('pass');
    expect(report.components.map((cmp) => [cmp.component, cmp.pass])).toEqual([
      ['rds', true],
      ['s3', true],
    ]);
    // The replica appeared after the second poll interval.
    expect(report.components[1]?.measurements[0]).toMatchObject({
      name: 'canary object replicated',
      measuredSeconds: 10,
    });
    expect(report.phases.find((p) => p.phase === 'rds-restore')?.status).toBe('done');
    expect(report.rtoSeconds).toBeDefined();
    expect(restoredTags).toMatchObject({ [RUN_ID_TAG]: '4242-1' });
    expect(restoredTags?.[EXPIRES_TAG]).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect(await instances(RECOVERY)).toEqual([]);
    expect((await instances(PRIMARY)).map((i) => i.id)).toEqual(['orders-db']);
    expect(await canaryVersions()).toEqual([]);
    expect(report.created.map((r) => r.resource)).toEqual([
      's3://trades/trading-actions-dr-test/4242-1.json',
      's3://trades-dr/trading-actions-dr-test/4242-1.json',
      'RDS instance drt-4242-1',
    ]);
    expect(report.removed.map((r) => r.outcome)).toEqual(['removed', 'removed', 'removed']);
  });

  it('failover-service: the standby scales from 0, waits for healthy targets, the smoke URL answers, and it scales back', async () => {
    const targetGroupArn = await arrangeStandby();
    let during: Awaited<ReturnType<typeof standbyState>> | undefined;
    const clock = new HookedClock(async (count) => {
      if (count !== 1) return;
      during = await standbyState();
      // ECS in moto starts no tasks and registers no targets: the test does what ECS would.
      await c.elb.send(
        new RegisterTargetsCommand({
          TargetGroupArn: targetGroupArn,
          Targets: [
            { Id: '10.0.1.10', Port: 8080 },
            { Id: '10.0.1.11', Port: 8080 },
          ],
        }),
      );
    });

    const report = await runDrill(
      config({
        type: 'failover-service',
        standby: { cluster: 'trading-dr', service: 'order-router', desiredCount: 2, smokeUrl: server.url('/health') },
      }),
      { ...portsFor(c), clock, logger: new RecordingLogger() },
    );

    expect(report.result).toBe('pass');
    expect(during).toEqual({ desired: 2, running: 2, tagKeys: [RUN_ID_TAG, EXPIRES_TAG] });
    expect(report.phases.map((p) => [p.phase, p.status, p.seconds])).toEqual([
      ['service-scale', 'done', 5],
      ['smoke', 'done', 0],
    ]);
    expect(report.rtoSeconds).toBe(5);
    expect(server.requests).toContain('/health');
    expect(await standbyState()).toEqual({ desired: 0, running: 0, tagKeys: [] });
  });

  it('a smoke URL that never answers 2xx fails the drill at the hard stop, and the standby is scaled back', async () => {
    const targetGroupArn = await arrangeStandby();
    await c.elb.send(
      new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: [{ Id: '10.0.1.10', Port: 8080 }] }),
    );
    const report = await runDrill(
      config({
        type: 'failover-service',
        durationMs: 30_000,
        standby: { cluster: 'trading-dr', service: 'order-router', desiredCount: 1, smokeUrl: server.url('/error') },
      }),
      { ...portsFor(c), clock: new ManualClock(Date.now()), logger: new RecordingLogger() },
    );
    expect(report.result).toBe('aborted');
    expect(report.phases.find((p) => p.phase === 'smoke')).toMatchObject({
      status: 'aborted',
      detail: 'HTTP 503; stopped',
    });
    expect(await standbyState()).toEqual({ desired: 0, running: 0, tagKeys: [] });
  });

  it('the duration aborts a drill whose canary never replicates, and everything is still removed', async () => {
    await arrangeDatabase();
    await arrangeBuckets();
    const clock = new ManualClock(Date.now());
    const report = await runDrill(
      config({
        type: 'restore',
        rdsInstance: 'orders-db',
        s3Bucket: 'trades',
        durationMs: 20_000,
        rpoTargetMs: 10 * MIN,
      }),
      { ...portsFor(c), clock, logger: new RecordingLogger() },
    );
    expect(report.result).toBe('aborted');
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(await instances(RECOVERY)).toEqual([]);
    expect(await canaryVersions()).toEqual([]);
  });

  it('the sweeper removes an expired tagged instance of an earlier drill and leaves the rest', async () => {
    await arrangeDatabase();
    const restore = (id: string, tags: Record<string, string>) =>
      c.rds[RECOVERY]!.send(
        new RestoreDBInstanceFromDBSnapshotCommand({
          DBInstanceIdentifier: id,
          DBSnapshotIdentifier: 'orders-db-nightly-dr',
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
    await restore('drt-4000-1', { [RUN_ID_TAG]: '4000-1', [EXPIRES_TAG]: new Date(Date.now() - MIN).toISOString() });
    await restore('drt-4241-1', {
      [RUN_ID_TAG]: '4241-1',
      [EXPIRES_TAG]: new Date(Date.now() + 10 * MIN).toISOString(),
    });
    await restore('reporting-copy', { team: 'analytics' });

    const report = await runDrill(config({ rdsInstance: 'orders-db' }), {
      ...portsFor(c),
      clock: new ManualClock(Date.now()),
      logger: new RecordingLogger(),
    });

    expect(report.swept.map((r) => `${r.resource}: ${r.outcome}`)).toEqual(['RDS instance drt-4000-1: removed']);
    expect((await instances(RECOVERY)).map((i) => i.id).sort()).toEqual(['drt-4241-1', 'reporting-copy']);
  });

  it('the post step removes everything tagged with an unfinished run, even what its saved list missed', async () => {
    await arrangeDatabase();
    await arrangeBuckets();
    const tags = { [RUN_ID_TAG]: '4242-1', [EXPIRES_TAG]: new Date(Date.now() + 10 * MIN).toISOString() };
    await c.rds[RECOVERY]!.send(
      new RestoreDBInstanceFromDBSnapshotCommand({
        DBInstanceIdentifier: 'drt-4242-1',
        DBSnapshotIdentifier: 'orders-db-nightly-dr',
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    await c.s3[PRIMARY]!.send(
      new PutObjectCommand({
        Bucket: 'trades',
        Key: `${CANARY_PREFIX}4242-1.json`,
        Body: '{}',
        Tagging: new URLSearchParams(tags).toString(),
      }),
    );
    await replicate();
    const ports = portsFor(c);
    const saved = JSON.stringify([
      {
        kind: 's3-object',
        side: 'recovery',
        region: RECOVERY,
        bucket: 'trades-dr',
        key: `${CANARY_PREFIX}4242-1.json`,
      },
    ]);

    const outcome = await cleanUpUnfinishedDrill(
      {
        runId: '4242-1',
        primaryRegion: PRIMARY,
        recoveryRegion: RECOVERY,
        rdsInstance: 'orders-db',
        s3Bucket: 'trades',
      },
      saved,
      {
        primaryRegion: PRIMARY,
        recoveryRegion: RECOVERY,
        rds: ports.recovery.rds,
        s3: { primary: ports.primary.s3, recovery: ports.recovery.s3 },
        standby: ports.recovery.standby,
        protectedInstanceIds: ['orders-db'],
        logger: new RecordingLogger(),
      },
    );

    expect(outcome.removed.map((r) => r.resource)).toEqual(['s3://trades-dr/trading-actions-dr-test/4242-1.json']);
    expect(outcome.swept.map((r) => r.resource)).toEqual([
      'RDS instance drt-4242-1',
      's3://trades/trading-actions-dr-test/4242-1.json',
    ]);
    expect(await instances(RECOVERY)).toEqual([]);
    expect(await canaryVersions()).toEqual([]);
  });
});

/** moto's EC2 over its query protocol (no EC2 SDK client is installed): moto reads the region from the credential scope. */
async function ec2Query(endpoint: string, region: string, body: string): Promise<string> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=testing/20261123/${region}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body,
  });
  if (!response.ok) throw new Error(`EC2 ${body}: HTTP ${response.status}`);
  return response.text();
}
