import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support/manual-clock.js';
import { RecordingLogger } from '../runtime/logger.js';
import { runDrill, type DrillConfig, type DrillDeps } from './drill.js';
import { FakeAws, PRIMARY, RECOVERY, awsError } from '../../test/support/dr-test-fake-aws.js';
import type { DrillReport } from './report.js';
import { EXPIRES_TAG, RUN_ID_TAG } from './resources.js';

const T0 = Date.parse('2026-11-23T14:00:00Z');
const MIN = 60_000;
const DIGEST = `sha256:${'b'.repeat(64)}`;

function world(): FakeAws {
  const aws = new FakeAws();
  aws.addInstance(PRIMARY, { id: 'orders-db', resourceId: 'db-1', latestRestorableTime: new Date(T0 - MIN) });
  aws.snapshots.push({
    id: 'orders-db-copy-1',
    arn: `arn:aws:rds:${RECOVERY}:123456789012:snapshot:orders-db-copy-1`,
    status: 'available',
    type: 'manual',
    createdAt: new Date(T0 - 2 * MIN),
  });
  aws.addBucket('trades', PRIMARY, [
    { id: 'to-dr', enabled: true, destinationBucket: 'trades-dr', metricsEnabled: false, timeControl: false },
  ]);
  aws.addBucket('trades-dr', RECOVERY);
  aws.addService('dr', 'order-router', { targetGroups: ['tg-1'] });
  return aws;
}

const config = (overrides: Partial<DrillConfig> = {}): DrillConfig => ({
  type: 'verify',
  primaryRegion: PRIMARY,
  recoveryRegion: RECOVERY,
  rdsInstance: 'orders-db',
  s3Bucket: 'trades',
  s3Canary: true,
  rtoTargetMs: 15 * MIN,
  rpoTargetMs: 5 * MIN,
  durationMs: 30 * MIN,
  pollIntervalMs: 5000,
  runId: '100-1',
  ...overrides,
});

const STANDBY = { cluster: 'dr', service: 'order-router', desiredCount: 2, smokeUrl: 'http://dr.example/health' };

async function drill(aws: FakeAws, cfg: DrillConfig, extra: Partial<DrillDeps> = {}) {
  const clock = (extra.clock as ManualClock | undefined) ?? new ManualClock(T0);
  const logger = new RecordingLogger();
  const report = await runDrill(cfg, { ...aws.ports(), clock, logger, ...extra });
  return { report, clock, logger };
}

const measurement = (report: DrillReport, component: string, name: string) =>
  report.components.find((c) => c.component === component)?.measurements.find((m) => m.name.includes(name));

describe('verify: replication and backup freshness', () => {
  it('passes with RPOs from the newest recovery-region snapshot and the canary, changing only the canary', async () => {
    const aws = world();
    aws.replicationPolls = 3;
    const { report } = await drill(aws, config());

    expect(report.result).toBe('pass');
    expect(measurement(report, 'rds', 'newest recovery point')).toMatchObject({
      measuredSeconds: 120,
      targetSeconds: 300,
      marginSeconds: 180,
      pass: true,
    });
    // Two polls without a replica, found on the third: 10 s on the drill's own clock.
    expect(measurement(report, 's3', 'canary')).toMatchObject({ measuredSeconds: 10, pass: true });
    expect(report.rpoSeconds).toBe(120);
    expect(report.rtoSeconds).toBeUndefined();
    expect(aws.mutations).toEqual([
      `${PRIMARY} s3 put trades/trading-actions-dr-test/100-1.json`,
      `${RECOVERY} s3 delete trades-dr/trading-actions-dr-test/100-1.json@v2`,
      `${PRIMARY} s3 delete trades/trading-actions-dr-test/100-1.json@v1`,
    ]);
    expect(aws.buckets.get('trades')?.objects.size).toBe(0);
    expect(aws.buckets.get('trades-dr')?.objects.size).toBe(0);
    expect(report.created.map((c) => c.resource)).toEqual([
      's3://trades/trading-actions-dr-test/100-1.json',
      's3://trades-dr/trading-actions-dr-test/100-1.json',
    ]);
    expect(report.removed.map((r) => r.outcome)).toEqual(['removed', 'removed']);
  });

  it('takes the newest of snapshots and replicated backups as the recovery point', async () => {
    const aws = world();
    aws.backups.push({ arn: 'arn:backup', status: 'replicating', latestTime: new Date(T0 - 30_000) });
    const { report } = await drill(aws, config({ s3Bucket: undefined }));
    expect(measurement(report, 'rds', 'newest recovery point')?.measuredSeconds).toBe(30);
    expect(report.components[0]?.evidence.at(-1)?.value).toMatch(/^replicated automated backup \(replicating\)/);
  });

  it('fails when the newest recovery point in the recovery region is older than the RPO target', async () => {
    const aws = world();
    aws.snapshots[0] = { ...aws.snapshots[0]!, createdAt: new Date(T0 - 26 * 3_600_000) };
    const { report } = await drill(aws, config({ s3Bucket: undefined }));
    expect(report.result).toBe('fail');
    expect(measurement(report, 'rds', 'newest recovery point')).toMatchObject({ measuredSeconds: 93_600, pass: false });
    expect(report.reason).toMatch(/^Missed: rds RPO newest recovery point in us-west-2/);
  });

  it('fails with no recovery point at all, saying so', async () => {
    const aws = world();
    aws.snapshots.length = 0;
    const { report } = await drill(aws, config({ s3Bucket: undefined }));
    expect(measurement(report, 'rds', 'newest recovery point')).toMatchObject({
      pass: false,
      note: 'no available snapshot or replicated backup in the recovery region',
    });
  });

  it('fails S3 when the canary has no replica within the RPO target, and still removes it', async () => {
    const aws = world();
    aws.replicationPolls = Number.POSITIVE_INFINITY;
    const { report } = await drill(aws, config({ rdsInstance: undefined, rpoTargetMs: MIN }));
    expect(report.result).toBe('fail');
    expect(measurement(report, 's3', 'canary')).toMatchObject({ pass: false });
    expect(measurement(report, 's3', 'canary')?.note).toMatch(/^not within 1m: no replica yet/);
    expect(aws.buckets.get('trades')?.objects.size).toBe(0);
  });

  it('reads the replication metrics when the rule publishes them', async () => {
    const aws = world();
    aws.buckets.get('trades')!.rules[0] = { ...aws.buckets.get('trades')!.rules[0]!, metricsEnabled: true };
    aws.metrics = new Map([
      ['latency', [{ at: new Date(T0 - MIN), value: 420 }]],
      ['pending', [{ at: new Date(T0 - MIN), value: 12 }]],
    ]);
    const { report } = await drill(aws, config({ rdsInstance: undefined }));
    expect(measurement(report, 's3', 'ReplicationLatency')).toMatchObject({ measuredSeconds: 420, pass: false });
    expect(report.components[0]?.evidence).toContainEqual({
      label: 'OperationsPendingReplication (maximum, latest minute)',
      value: '12 at 2026-11-23T13:59:00.000Z',
    });
  });

  it('with s3-canary off it writes nothing to the primary region', async () => {
    const aws = world();
    const { report } = await drill(aws, config({ rdsInstance: undefined, s3Canary: false }));
    expect(aws.mutations).toEqual([]);
    expect(measurement(report, 's3', 'replication lag')?.note).toMatch(/^no evidence/);
    expect(report.result).toBe('fail');
  });

  it('an AWS refusal is a finding in the report, the rest is still measured', async () => {
    const aws = world();
    const ports = aws.ports();
    ports.primary.s3.replicationRules = () =>
      Promise.reject(awsError('AccessDenied', 'not authorized: s3:GetReplicationConfiguration'));
    const report = await runDrill(config(), { ...ports, clock: new ManualClock(T0), logger: new RecordingLogger() });
    expect(report.components.find((c) => c.component === 's3')).toMatchObject({
      pass: false,
      error: 'AccessDenied: not authorized: s3:GetReplicationConfiguration',
    });
    expect(report.components.find((c) => c.component === 'rds')?.pass).toBe(true);
    expect(report.result).toBe('fail');
  });
});

describe('ECR: the deployed digest in the recovery region', () => {
  const ecrWorld = () => {
    const aws = world();
    aws.images[PRIMARY].set('v1.4.2', { digest: DIGEST, pushedAt: new Date(T0 - 10 * MIN) });
    aws.images[PRIMARY].set(DIGEST, { digest: DIGEST, pushedAt: new Date(T0 - 10 * MIN) });
    return aws;
  };
  const ecrConfig = config({
    rdsInstance: undefined,
    s3Bucket: undefined,
    ecr: { repository: 'order-router', image: 'v1.4.2' },
  });

  it('passes a complete replication, measuring the lag between the two pushes', async () => {
    const aws = ecrWorld();
    aws.replicationStatuses = [{ region: RECOVERY, status: 'COMPLETE' }];
    aws.images[RECOVERY].set(DIGEST, { digest: DIGEST, pushedAt: new Date(T0 - 10 * MIN + 40_000) });
    const { report } = await drill(aws, ecrConfig);
    expect(measurement(report, 'ecr', 'deployed image')).toMatchObject({ measuredSeconds: 40, pass: true });
  });

  it('fails a FAILED replication with its failure code', async () => {
    const aws = ecrWorld();
    aws.replicationStatuses = [{ region: RECOVERY, status: 'FAILED', failureCode: 'KMS_ACCESS_DENIED' }];
    const { report } = await drill(aws, ecrConfig);
    expect(measurement(report, 'ecr', 'deployed image')).toMatchObject({
      pass: false,
      note: 'FAILED (KMS_ACCESS_DENIED)',
    });
  });

  it('fails an image still replicating after longer than the RPO target', async () => {
    const aws = ecrWorld();
    aws.replicationStatuses = [{ region: RECOVERY, status: 'IN_PROGRESS' }];
    const { report } = await drill(aws, ecrConfig);
    expect(measurement(report, 'ecr', 'deployed image')).toMatchObject({ measuredSeconds: 600, pass: false });
  });

  it('fails when the repository does not replicate to the recovery region at all', async () => {
    const aws = ecrWorld();
    aws.replicationStatuses = [{ region: 'eu-west-1', status: 'COMPLETE' }];
    const { report } = await drill(aws, ecrConfig);
    expect(measurement(report, 'ecr', 'deployed image')?.note).toBe('ECR does not replicate order-router to us-west-2');
  });
});

describe('restore and failover-service: timed phases', () => {
  it('times the restore of the newest snapshot with its own polling, then deletes the copy', async () => {
    const aws = world();
    aws.restorePolls = 4;
    const { report, clock } = await drill(aws, config({ type: 'restore', s3Bucket: undefined }));
    expect(report.result).toBe('pass');
    expect(measurement(report, 'rds', 'restore')).toMatchObject({ kind: 'rto', measuredSeconds: 15, pass: true });
    expect(report.totalRto).toMatchObject({ measuredSeconds: 15, targetSeconds: 900, marginSeconds: 885 });
    expect(report.rtoSeconds).toBe(15);
    expect(clock.sleeps).toEqual([5000, 5000, 5000]);
    expect(aws.mutations).toEqual([
      `${RECOVERY} rds restore orders-db-copy-1 -> drt-100-1`,
      `${RECOVERY} rds delete drt-100-1`,
    ]);
    expect(aws.instances[RECOVERY].size).toBe(0);
    expect(aws.instances[PRIMARY].has('orders-db')).toBe(true);
  });

  it('runs the restore and the standby side by side; total RTO is the critical path plus the smoke probe', async () => {
    const aws = world();
    aws.restorePolls = 2;
    aws.smokeAnswers = [false, true];
    const { report } = await drill(aws, config({ type: 'restore', s3Bucket: undefined, standby: STANDBY }));
    const took = Object.fromEntries(report.phases.map((p) => [p.phase, p.seconds]));
    // Restore: available on the 2nd poll (5 s). Standby: 2 running at 5 s, targets healthy at 10 s.
    // Smoke starts when both are done (10 s), fails once, answers at 15 s.
    expect(took).toEqual({ 'rds-restore': 5, 'service-scale': 10, smoke: 5 });
    expect(report.totalRto?.measuredSeconds).toBe(15);
    expect(aws.smokeCalls).toEqual([STANDBY.smokeUrl, STANDBY.smokeUrl]);
    expect(aws.services.get('dr/order-router')).toMatchObject({ desiredCount: 0, tags: {} });
    // Undone newest first.
    expect(report.removed.map((r) => `${r.resource}: ${r.outcome}`)).toEqual([
      'ECS service dr/order-router (scaled up from 0): restored',
      'RDS instance drt-100-1: removed',
    ]);
  });

  it('failover-service fails when the standby misses the RTO target, and still scales it back', async () => {
    const aws = world();
    aws.smokeAnswers = [false, false, false, true];
    const { report } = await drill(
      aws,
      config({
        type: 'failover-service',
        rdsInstance: undefined,
        s3Bucket: undefined,
        standby: STANDBY,
        rtoTargetMs: 20_000,
      }),
    );
    expect(report.result).toBe('fail');
    expect(report.totalRto).toMatchObject({ measuredSeconds: 25, marginSeconds: -5, pass: false });
    expect(aws.services.get('dr/order-router')?.desiredCount).toBe(0);
  });

  it('refuses to scale a standby that is not at zero, and changes nothing', async () => {
    const aws = world();
    aws.addService('dr', 'order-router', { desiredCount: 3, runningCount: 3 });
    const { report } = await drill(
      aws,
      config({ type: 'failover-service', rdsInstance: undefined, s3Bucket: undefined, standby: STANDBY }),
    );
    expect(report.result).toBe('fail');
    expect(report.components.find((c) => c.component === 'ecs-standby')?.error).toMatch(
      /has a desired count of 3, not 0.*Left untouched/,
    );
    expect(aws.mutations).toEqual([]);
  });

  it('the duration is a hard stop: aborted, torn down, and no sleep past it', async () => {
    const aws = world();
    aws.restorePolls = Number.POSITIVE_INFINITY;
    const { report, clock } = await drill(aws, config({ type: 'restore', s3Bucket: undefined, durationMs: MIN }));
    expect(report.result).toBe('aborted');
    expect(report.reason).toMatch(/^Aborted: the duration limit was reached \(duration 1m\)/);
    expect(clock.now()).toBe(T0 + MIN);
    expect(report.phases[0]).toMatchObject({ phase: 'rds-restore', status: 'aborted' });
    expect(aws.instances[RECOVERY].size).toBe(0);
    expect(report.removed).toEqual([
      {
        resource: 'RDS instance drt-100-1',
        region: RECOVERY,
        outcome: 'removed',
        detail: 'deletion started (no final snapshot)',
      },
    ]);
  });

  it('a cancellation stops the drill at its next step and tears down', async () => {
    const aws = world();
    aws.restorePolls = Number.POSITIVE_INFINITY;
    const controller = new AbortController();
    const clock = new (class extends ManualClock {
      override async sleep(ms: number): Promise<void> {
        await super.sleep(ms);
        if (this.sleeps.length === 2) controller.abort();
      }
    })(T0);
    const { report } = await drill(aws, config({ type: 'restore', standby: STANDBY }), {
      clock,
      signal: controller.signal,
    });
    expect(report.result).toBe('aborted');
    expect(report.reason).toMatch(/the job was cancelled/);
    expect(aws.instances[RECOVERY].size).toBe(0);
    expect(aws.services.get('dr/order-router')).toMatchObject({ desiredCount: 0, tags: {} });
    expect(aws.buckets.get('trades')?.objects.size).toBe(0);
    expect(aws.mutations.filter((m) => m.startsWith(PRIMARY))).toEqual([
      `${PRIMARY} s3 put trades/trading-actions-dr-test/100-1.json`,
      `${PRIMARY} s3 delete trades/trading-actions-dr-test/100-1.json@v1`,
    ]);
  });

  it('records every resource before creating it, so a killed drill can be undone from the saved list', async () => {
    const aws = world();
    const saved: string[] = [];
    await drill(aws, config({ type: 'restore', standby: STANDBY }), {
      onResourcesChange: (resources) => saved.push(resources.map((r) => r.kind).join(',')),
    });
    expect(saved.at(-1)).toBe('s3-object,s3-object,rds-instance,ecs-service-scale');
  });
});

describe('the sweeper', () => {
  it('removes expired leftovers of earlier drills and nothing else', async () => {
    const aws = world();
    const expired = { [RUN_ID_TAG]: '90-1', [EXPIRES_TAG]: new Date(T0 - MIN).toISOString() };
    const running = { [RUN_ID_TAG]: '99-1', [EXPIRES_TAG]: new Date(T0 + 10 * MIN).toISOString() };
    aws.addInstance(RECOVERY, { id: 'drt-90-1', tags: expired });
    aws.addInstance(RECOVERY, { id: 'drt-99-1', tags: running });
    aws.addInstance(RECOVERY, { id: 'analytics-replica', tags: { team: 'data' } });
    aws.addInstance(RECOVERY, { id: 'no-expiry', tags: { [RUN_ID_TAG]: '80-1' } });
    aws.putVersion('trades-dr', 'trading-actions-dr-test/90-1.json', expired);
    aws.putVersion('trades-dr', 'trading-actions-dr-test/user-file.json', {});
    aws.putVersion('trades', 'orders/2026-11-23.csv', expired);
    aws.addService('dr', 'order-router', { desiredCount: 2, runningCount: 2, tags: expired });

    const { report } = await drill(aws, config({ type: 'failover-service', rdsInstance: undefined, standby: STANDBY }));

    expect(report.swept.map((r) => `${r.resource}: ${r.outcome}`)).toEqual([
      'RDS instance drt-90-1: removed',
      's3://trades-dr/trading-actions-dr-test/90-1.json: removed',
      'ECS service dr/order-router (scaled up from 0): restored',
    ]);
    expect([...aws.instances[RECOVERY].keys()].sort()).toEqual(['analytics-replica', 'drt-99-1', 'no-expiry']);
    expect([...aws.buckets.get('trades-dr')!.objects.keys()]).toEqual(['trading-actions-dr-test/user-file.json']);
    expect([...aws.buckets.get('trades')!.objects.keys()]).toEqual(['orders/2026-11-23.csv']);
    // Swept back to 0 first, the standby could then be drilled.
    expect(report.result).toBe('pass');
  });

  it('never deletes the primary database, even carrying a drill tag', async () => {
    const aws = world();
    aws.addInstance(RECOVERY, {
      id: 'orders-db',
      tags: { [RUN_ID_TAG]: '90-1', [EXPIRES_TAG]: new Date(T0 - MIN).toISOString() },
    });
    await drill(aws, config({ s3Bucket: undefined }));
    expect(aws.instances[RECOVERY].has('orders-db')).toBe(true);
    expect(aws.mutations).toEqual([]);
  });
});
