import {
  DeleteDBInstanceCommand,
  DescribeDBInstanceAutomatedBackupsCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  DBInstanceNotFoundFault,
  RDSClient,
  RestoreDBInstanceFromDBSnapshotCommand,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRdsPort } from './rds.js';

const rdsMock = mockClient(RDSClient);
const port = () => createRdsPort(new RDSClient({ region: 'eu-west-1' }));

beforeEach(() => rdsMock.reset());

describe('the RDS adapter', () => {
  it('reads an instance with its latest restorable time, resource id and tags', async () => {
    rdsMock.on(DescribeDBInstancesCommand, { DBInstanceIdentifier: 'orders-db' }).resolves({
      DBInstances: [
        {
          DBInstanceIdentifier: 'orders-db',
          DBInstanceArn: 'arn:aws:rds:eu-west-1:123456789012:db:orders-db',
          DBInstanceStatus: 'available',
          DbiResourceId: 'db-ABC',
          LatestRestorableTime: new Date('2026-11-23T13:58:00Z'),
          TagList: [{ Key: 'team', Value: 'trading' }],
        },
      ],
    });
    expect(await port().describeInstance('orders-db')).toEqual({
      id: 'orders-db',
      arn: 'arn:aws:rds:eu-west-1:123456789012:db:orders-db',
      status: 'available',
      resourceId: 'db-ABC',
      latestRestorableTime: new Date('2026-11-23T13:58:00Z'),
      tags: { team: 'trading' },
    });
  });

  it('answers undefined for an instance that does not exist, and rethrows anything else', async () => {
    rdsMock
      .on(DescribeDBInstancesCommand)
      .rejectsOnce(new DBInstanceNotFoundFault({ message: 'not found', $metadata: {} }))
      .rejectsOnce(new Error('throttled'));
    expect(await port().describeInstance('gone')).toBeUndefined();
    await expect(port().describeInstance('gone')).rejects.toThrow('throttled');
  });

  it('follows every page of instances, snapshots and replicated backups', async () => {
    rdsMock
      .on(DescribeDBInstancesCommand)
      .resolvesOnce({ DBInstances: [{ DBInstanceIdentifier: 'a' }], Marker: 'm1' })
      .resolvesOnce({ DBInstances: [{ DBInstanceIdentifier: 'b' }] });
    rdsMock
      .on(DescribeDBSnapshotsCommand)
      .resolvesOnce({
        DBSnapshots: [{ DBSnapshotIdentifier: 's1', Status: 'available', SnapshotType: 'manual' }],
        Marker: 'x',
      })
      .resolvesOnce({ DBSnapshots: [{ DBSnapshotIdentifier: 's2', Status: 'copying', SnapshotType: 'manual' }] });
    rdsMock.on(DescribeDBInstanceAutomatedBackupsCommand).resolves({
      DBInstanceAutomatedBackups: [
        {
          DBInstanceAutomatedBackupsArn: 'arn:aws:rds:eu-west-1:123456789012:auto-backup:ab-1',
          Status: 'replicating',
          RestoreWindow: { LatestTime: new Date('2026-11-23T13:55:00Z') },
        },
      ],
    });
    expect((await port().listInstances()).map((i) => i.id)).toEqual(['a', 'b']);
    expect((await port().listSnapshots('orders-db')).map((s) => [s.id, s.status])).toEqual([
      ['s1', 'available'],
      ['s2', 'copying'],
    ]);
    expect(rdsMock.commandCalls(DescribeDBSnapshotsCommand)[1]?.args[0].input).toEqual({
      DBInstanceIdentifier: 'orders-db',
      Marker: 'x',
    });
    expect(await port().listReplicatedBackups('db-ABC')).toEqual([
      {
        arn: 'arn:aws:rds:eu-west-1:123456789012:auto-backup:ab-1',
        status: 'replicating',
        latestTime: new Date('2026-11-23T13:55:00Z'),
      },
    ]);
    expect(rdsMock.commandCalls(DescribeDBInstanceAutomatedBackupsCommand)[0]?.args[0].input.DbiResourceId).toBe(
      'db-ABC',
    );
  });

  it('restores a private, unprotected, single-AZ copy with the tags, and deletes without a final snapshot', async () => {
    rdsMock.on(RestoreDBInstanceFromDBSnapshotCommand).resolves({});
    rdsMock.on(DeleteDBInstanceCommand).resolves({});
    await port().restoreFromSnapshot({
      instanceId: 'drt-42',
      snapshotId: 'orders-copy',
      tags: { 'trading-actions:dr-test-run-id': '42' },
      subnetGroup: 'dr-private',
    });
    await port().deleteInstance('drt-42');
    expect(rdsMock.commandCalls(RestoreDBInstanceFromDBSnapshotCommand)[0]?.args[0].input).toEqual({
      DBInstanceIdentifier: 'drt-42',
      DBSnapshotIdentifier: 'orders-copy',
      DBInstanceClass: undefined,
      DBSubnetGroupName: 'dr-private',
      PubliclyAccessible: false,
      DeletionProtection: false,
      MultiAZ: false,
      Tags: [{ Key: 'trading-actions:dr-test-run-id', Value: '42' }],
    });
    expect(rdsMock.commandCalls(DeleteDBInstanceCommand)[0]?.args[0].input).toEqual({
      DBInstanceIdentifier: 'drt-42',
      SkipFinalSnapshot: true,
      DeleteAutomatedBackups: true,
    });
  });
});
