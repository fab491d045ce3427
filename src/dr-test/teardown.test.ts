import { describe, expect, it } from 'vitest';
import { RecordingLogger } from '../runtime/logger.js';
import { FakeAws, PRIMARY, RECOVERY } from '../../test/support/dr-test-fake-aws.js';
import { EXPIRES_TAG, RUN_ID_TAG, type DrillResource } from './resources.js';
import { sweepable, teardown, type CleanupDeps } from './teardown.js';

const NOW = Date.parse('2026-11-23T14:00:00Z');
const ours = { [RUN_ID_TAG]: '7-1', [EXPIRES_TAG]: new Date(NOW + 60_000).toISOString() };

function deps(aws: FakeAws): CleanupDeps {
  const ports = aws.ports();
  return {
    primaryRegion: PRIMARY,
    recoveryRegion: RECOVERY,
    rds: ports.recovery.rds,
    s3: { primary: ports.primary.s3, recovery: ports.recovery.s3 },
    standby: ports.recovery.standby,
    protectedInstanceIds: ['orders-db'],
    logger: new RecordingLogger(),
  };
}

describe('which tags allow a removal', () => {
  it.each([
    [{ kind: 'run' as const, runId: '7-1' }, ours, true],
    [{ kind: 'run' as const, runId: '7-1' }, { ...ours, [RUN_ID_TAG]: '8-1' }, false],
    [{ kind: 'run' as const, runId: '7-1' }, {}, false],
    [{ kind: 'expired' as const, exceptRunId: '9-1', now: NOW + 120_000 }, ours, true],
    [{ kind: 'expired' as const, exceptRunId: '9-1', now: NOW }, ours, false],
    [{ kind: 'expired' as const, exceptRunId: '7-1', now: NOW + 120_000 }, ours, false],
    [{ kind: 'expired' as const, exceptRunId: '9-1', now: NOW + 120_000 }, { [RUN_ID_TAG]: '7-1' }, false],
  ])('%j with tags %j: %s', (selector, tags, expected) => {
    expect(sweepable(tags, selector)).toBe(expected);
  });
});

describe('teardown', () => {
  it('refuses an instance that does not carry the run tag, and deletes nothing', async () => {
    const aws = new FakeAws();
    aws.addInstance(RECOVERY, { id: 'drt-7-1', tags: { team: 'someone-else' } });
    const records = await teardown(
      [{ kind: 'rds-instance', side: 'recovery', region: RECOVERY, id: 'drt-7-1' }],
      '7-1',
      deps(aws),
    );
    expect(records).toEqual([
      {
        resource: 'RDS instance drt-7-1',
        region: RECOVERY,
        outcome: 'refused',
        detail: `it does not carry the tag ${RUN_ID_TAG} of run 7-1; left alone`,
      },
    ]);
    expect(aws.mutations).toEqual([]);
  });

  it('refuses anything but a canary object in the primary region before making a call', async () => {
    const aws = new FakeAws();
    aws.addInstance(PRIMARY, { id: 'drt-7-1', tags: ours });
    const forged = {
      kind: 'rds-instance',
      side: 'primary',
      region: PRIMARY,
      id: 'drt-7-1',
    } as unknown as DrillResource;
    const records = await teardown([forged], '7-1', deps(aws));
    expect(records[0]?.outcome).toBe('refused');
    expect(aws.mutations).toEqual([]);
  });

  it('deletes only the canary versions carrying the run tag, and says what it left', async () => {
    const aws = new FakeAws();
    aws.addBucket('trades', PRIMARY);
    aws.putVersion('trades', 'trading-actions-dr-test/7-1.json', ours);
    aws.putVersion('trades', 'trading-actions-dr-test/7-1.json', {});
    const records = await teardown(
      [
        {
          kind: 's3-object',
          side: 'primary',
          region: PRIMARY,
          bucket: 'trades',
          key: 'trading-actions-dr-test/7-1.json',
        },
      ],
      '7-1',
      deps(aws),
    );
    expect(records[0]).toMatchObject({
      outcome: 'refused',
      detail: "deleted 1 version; 1 without the run's tag left alone",
    });
    expect(aws.mutations).toEqual([`${PRIMARY} s3 delete trades/trading-actions-dr-test/7-1.json@v1`]);
  });

  it('never deletes an object outside the canary prefix, whatever its tags', async () => {
    const aws = new FakeAws();
    aws.addBucket('trades', PRIMARY);
    aws.putVersion('trades', 'orders.csv', ours);
    const records = await teardown(
      [{ kind: 's3-object', side: 'primary', region: PRIMARY, bucket: 'trades', key: 'orders.csv' }],
      '7-1',
      deps(aws),
    );
    expect(records[0]?.outcome).toBe('refused');
    expect(aws.mutations).toEqual([]);
  });

  it('keeps going after a failure and reports each resource', async () => {
    const aws = new FakeAws();
    aws.addInstance(RECOVERY, { id: 'drt-7-1', tags: ours });
    const d = deps(aws);
    const failing: CleanupDeps = {
      ...d,
      standby: { ...d.standby, describeService: () => Promise.reject(new Error('ECS unavailable')) },
    };
    const records = await teardown(
      [
        { kind: 'rds-instance', side: 'recovery', region: RECOVERY, id: 'drt-7-1' },
        {
          kind: 'ecs-service-scale',
          side: 'recovery',
          region: RECOVERY,
          cluster: 'dr',
          service: 'api',
          arn: 'arn:svc',
          restoreDesiredCount: 0,
        },
      ],
      '7-1',
      failing,
    );
    expect(records.map((r) => r.outcome)).toEqual(['failed', 'removed']);
    expect(aws.instances[RECOVERY].size).toBe(0);
  });
});
