/**
 * The committed dist/dr-test bundles (main and post), run exactly as the GitHub runner runs them
 * against moto through AWS_ENDPOINT_URL, on the real clock: a drill that passes and writes its
 * files, a cancellation (SIGTERM) mid-drill followed by the post step, and a killed main step
 * (SIGKILL: no chance to tear down) whose post step removes everything tagged with the run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CopyDBSnapshotCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DescribeDBInstancesCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import {
  CreateBucketCommand,
  ListObjectVersionsCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/lib/run-action.mjs';
import type { DrillReport } from '../../src/dr-test/report.js';
import { CANARY_PREFIX } from '../../src/dr-test/resources.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';

const PRIMARY = 'us-east-1';
const RECOVERY = 'us-west-2';

describe.runIf(requireMoto())('the dr-test bundle, run as the GitHub runner runs it', () => {
  const moto = useMoto({ runningCount: 0 });
  const clients: { destroy(): void }[] = [];
  let work: string;

  const rds = (region: string) => {
    const client = new RDSClient({ region, endpoint: moto().endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    clients.push(client);
    return client;
  };
  const s3 = (region: string) => {
    const client = new S3Client({
      region,
      endpoint: moto().endpoint,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
      forcePathStyle: true,
    });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    work = mkdtempSync(join(tmpdir(), 'dr-test-bundle-'));
    const primary = rds(PRIMARY);
    await primary.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders-db',
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        MasterUsername: 'trader',
        MasterUserPassword: 'not-a-real-password',
        AllocatedStorage: 20,
      }),
    );
    const snapshot = await primary.send(
      new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-db-nightly' }),
    );
    await rds(RECOVERY).send(
      new CopyDBSnapshotCommand({
        SourceDBSnapshotIdentifier: snapshot.DBSnapshot?.DBSnapshotArn,
        TargetDBSnapshotIdentifier: 'orders-db-nightly-dr',
      }),
    );
    await s3(PRIMARY).send(new CreateBucketCommand({ Bucket: 'trades' }));
    await s3(RECOVERY).send(
      new CreateBucketCommand({ Bucket: 'trades-dr', CreateBucketConfiguration: { LocationConstraint: RECOVERY } }),
    );
    for (const [region, bucket] of [
      [PRIMARY, 'trades'],
      [RECOVERY, 'trades-dr'],
    ] as const) {
      await s3(region).send(
        new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: 'Enabled' } }),
      );
    }
    await s3(PRIMARY).send(
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
              Destination: { Bucket: 'arn:aws:s3:::trades-dr' },
            },
          ],
        },
      }),
    );
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  const env = () => ({ ...moto().env(), GITHUB_RUN_ID: '777', GITHUB_RUN_ATTEMPT: '2' });

  /** Everything in moto that carries a drill's tag or lives under the canary prefix. */
  async function leftovers(): Promise<string[]> {
    const found: string[] = [];
    const described = await rds(RECOVERY).send(new DescribeDBInstancesCommand({}));
    for (const instance of described.DBInstances ?? []) found.push(`rds ${instance.DBInstanceIdentifier ?? ''}`);
    for (const [region, bucket] of [
      [PRIMARY, 'trades'],
      [RECOVERY, 'trades-dr'],
    ] as const) {
      const listed = await s3(region).send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: CANARY_PREFIX }));
      for (const v of listed.Versions ?? []) found.push(`s3 ${bucket}/${v.Key ?? ''}`);
    }
    return found;
  }

  const RESTORE = {
    type: 'restore',
    'primary-region': PRIMARY,
    'recovery-region': RECOVERY,
    'rds-instance': 'orders-db',
    's3-bucket': 'trades',
    'rpo-target': '1m',
    'poll-interval': '1s',
  };

  it('a verify drill without S3 evidence fails honestly: exit 1, outputs, a summary, the JSON and JUnit files', async () => {
    const result = await runAction(
      'dr-test',
      {
        'primary-region': PRIMARY,
        'recovery-region': RECOVERY,
        'rds-instance': 'orders-db',
        's3-bucket': 'trades',
        's3-canary': 'false',
      },
      { env: env(), cwd: work },
    );
    // Without a canary and without replication metrics, S3 has no evidence: an honest fail.
    expect(result.exitCode, result.stdout + result.stderr).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.stdout).toContain('::error::DR drill fail: Missed: s3 RPO replication lag');
    const report = JSON.parse(result.outputs.report ?? '{}') as DrillReport;
    expect(report.runId).toBe('777-2');
    expect(report.components.find((c) => c.component === 'rds')?.pass).toBe(true);
    expect(Number(result.outputs['rpo-seconds'])).toBeGreaterThanOrEqual(0);
    expect(result.outputs['rto-seconds']).toBe('');
    expect(result.outputs['report-file']).toBe(join(work, 'dr-test-report', 'dr-test-report.json'));
    expect(JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8'))).toEqual(report);
    expect(readFileSync(result.outputs['junit-file'] ?? '', 'utf8')).toContain(
      '<testcase classname="dr-test.rds" name="rpo newest recovery point in us-west-2"',
    );
    expect(result.summary).toMatch(/^## DR drill ❌ fail: verify, us-east-1 → us-west-2\n/);
    expect(result.summary).toContain('| rds | RPO: newest recovery point in us-west-2 | 5m |');
    expect(result.summary).toContain('The drill created nothing.');
    expect(await leftovers()).toEqual([]);
  });

  it('an invalid input fails before any AWS call, naming the input', async () => {
    const result = await runAction('dr-test', { ...RESTORE, 'rds-instance': '' }, { env: env(), cwd: work });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('rds-instance: is required when type is restore');
    expect(result.state).toEqual({});
  });

  it('cancelled mid-drill (SIGTERM): it tears down and reports aborted; the post step then finds nothing to do', async () => {
    const main = await runAction('dr-test', RESTORE, {
      env: env(),
      cwd: work,
      signalWhen: { stdoutIncludes: 'Restore of snapshot', signal: 'SIGTERM' },
    });
    expect(main.exitCode, main.stdout + main.stderr).toBe(143);
    expect(main.stdout).toContain('Received SIGTERM');
    expect(main.outputs.result).toBe('aborted');
    expect(main.summary).toContain('⛔ aborted');
    expect(main.state['dr-test-finished']).toBe('true');
    expect(await leftovers()).toEqual([]);

    const post = await runAction('dr-test', RESTORE, { env: env(), cwd: work, post: true, state: main.state });
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain('Drill 777-2 finished its own teardown; nothing to clean up.');
    expect(await leftovers()).toEqual([]);
  });

  it('killed mid-drill (SIGKILL): the post step removes everything tagged with the run', async () => {
    const main = await runAction('dr-test', RESTORE, {
      env: env(),
      cwd: work,
      signalWhen: { stdoutIncludes: 'Restore of snapshot', signal: 'SIGKILL' },
    });
    expect(main.exitCode).toBeNull();
    expect(main.state['dr-test-finished']).toBeUndefined();
    expect((await leftovers()).sort()).toEqual(['rds drt-777-2', `s3 trades/${CANARY_PREFIX}777-2.json`]);

    const post = await runAction('dr-test', RESTORE, { env: env(), cwd: work, post: true, state: main.state });
    expect(post.exitCode, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain('Drill 777-2 did not finish: removing everything tagged with its run id.');
    expect(post.summary).toContain('| RDS instance drt-777-2 | us-west-2 | removed |');
    expect(await leftovers()).toEqual([]);
  });
});
