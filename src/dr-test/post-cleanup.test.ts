import { describe, expect, it } from 'vitest';
import { parsePlan, planOf, renderCleanup } from './post-cleanup.js';
import { parseDrTestInputs } from './inputs.js';

describe('what the main step saves for the post step', () => {
  it('the plan names the run, the regions and where to look, and reads back the same', () => {
    const inputs = parseDrTestInputs(
      (name) =>
        ({
          type: 'restore',
          'primary-region': 'us-east-1',
          'recovery-region': 'us-west-2',
          'rds-instance': 'orders-db',
          's3-bucket': 'trades',
          'standby-cluster': 'dr',
          'standby-service': 'api',
          'smoke-url': 'https://dr.example/health',
        })[name] ?? '',
    );
    const plan = planOf(inputs, '9-1');
    expect(plan).toEqual({
      runId: '9-1',
      primaryRegion: 'us-east-1',
      recoveryRegion: 'us-west-2',
      rdsInstance: 'orders-db',
      s3Bucket: 'trades',
      standby: { cluster: 'dr', service: 'api' },
    });
    expect(parsePlan(JSON.stringify(plan))).toEqual(plan);
  });

  it('no plan means the drill never started; a broken one is a bug worth seeing', () => {
    expect(parsePlan('')).toBeUndefined();
    expect(() => parsePlan('{"runId":"9-1"}')).toThrow(/the saved drill plan is incomplete/);
  });

  it('the cleanup summary lists every removal', () => {
    const text = renderCleanup(
      { runId: '9-1', primaryRegion: 'us-east-1', recoveryRegion: 'us-west-2' },
      {
        removed: [
          { resource: 'RDS instance drt-9-1', region: 'us-west-2', outcome: 'removed', detail: 'deletion started' },
        ],
        swept: [],
      },
    );
    expect(text).toContain('| RDS instance drt-9-1 | us-west-2 | removed | deletion started |');
    expect(
      renderCleanup({ runId: '9-1', primaryRegion: 'a', recoveryRegion: 'b' }, { removed: [], swept: [] }),
    ).toContain('Nothing tagged with this run was left.');
  });
});
