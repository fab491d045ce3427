import { describe, expect, test } from 'vitest';
import { loadManifest, manifestUrl, parserDefaults } from '../../test/support/action-manifest.js';
import { ConfigurationError } from '../runtime/errors.js';
import { parseDrTestInputs, readDrTestInputs, resolveRunId } from './inputs.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const REGIONS = { 'primary-region': 'us-east-1', 'recovery-region': 'us-west-2' };
const thrown = (values: Record<string, string>): string => {
  try {
    parseDrTestInputs(read(values));
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
  return '';
};

describe('dr-test inputs', () => {
  test('defaults: a verify drill with 15m RTO, 5m RPO, a 30m hard stop and a canary', () => {
    const inputs = parseDrTestInputs(read({ ...REGIONS, 'rds-instance': 'orders-db' }));
    expect(inputs).toEqual({
      type: 'verify',
      primaryRegion: 'us-east-1',
      recoveryRegion: 'us-west-2',
      rdsInstance: 'orders-db',
      dbSubnetGroup: undefined,
      dbInstanceClass: undefined,
      s3Bucket: undefined,
      s3Canary: true,
      ecr: undefined,
      standby: undefined,
      rtoTargetMs: 900_000,
      rpoTargetMs: 300_000,
      durationMs: 1_800_000,
      pollIntervalMs: 5_000,
      runId: undefined,
      reportDirectory: 'dr-test-report',
    });
  });

  test('a full failover-service drill', () => {
    const inputs = parseDrTestInputs(
      read({
        ...REGIONS,
        type: 'failover-service',
        'standby-cluster': 'dr',
        'standby-service': 'order-router',
        'standby-desired-count': '3',
        'smoke-url': 'https://dr.example.com/health',
        'ecr-repository': 'trading/order-router',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/trading/order-router:v1.4.2',
        'run-id': 'monthly-2026-11',
      }),
    );
    expect(inputs.standby).toEqual({
      cluster: 'dr',
      service: 'order-router',
      desiredCount: 3,
      smokeUrl: 'https://dr.example.com/health',
    });
    expect(inputs.ecr).toEqual({ repository: 'trading/order-router', image: 'v1.4.2' });
    expect(inputs.runId).toBe('monthly-2026-11');
  });

  test.each([
    [`sha256:${'a'.repeat(64)}`, `sha256:${'a'.repeat(64)}`],
    [`trading/api@sha256:${'c'.repeat(64)}`, `sha256:${'c'.repeat(64)}`],
    ['v1.4.2', 'v1.4.2'],
  ])('image %s is looked up as %s', (image, expected) => {
    const inputs = parseDrTestInputs(read({ ...REGIONS, 'ecr-repository': 'trading/api', image }));
    expect(inputs.ecr?.image).toBe(expected);
  });

  test('every problem at once, each naming its input and the fix', () => {
    const message = thrown({
      'primary-region': 'us-east-1',
      'recovery-region': 'us-east-1',
      type: 'restore',
      'standby-cluster': 'dr',
      'rto-target': 'soon',
      'run-id': 'has spaces',
      image: 'not a ref',
    });
    expect(message).toContain('recovery-region: must differ from primary-region');
    expect(message).toContain('rds-instance: is required when type is restore');
    expect(message).toContain('standby-cluster: standby-cluster, standby-service and smoke-url go together');
    expect(message).toContain("rto-target: 'soon' is not a duration");
    expect(message).toContain("run-id: 'has spaces' is not valid");
    expect(message).toContain("image: 'not a ref' is not valid");
    expect(message).toContain('ecr-repository: ecr-repository and image go together');
  });

  test.each([
    [{ type: 'verify' }, 'type: verify needs something to check'],
    [
      { type: 'failover-service' },
      'standby-cluster, standby-service and smoke-url are required when type is failover-service',
    ],
    [{ type: 'drill' }, "type: 'drill' is not valid. Valid values are: verify, restore, failover-service."],
    [{ 'rds-instance': 'x', duration: '10s', 'poll-interval': '10s' }, 'poll-interval: must be shorter than duration'],
    [
      { 'rds-instance': 'x', 'smoke-url': 'dr.example.com' },
      "smoke-url: 'dr.example.com' is not an http:// or https:// URL.",
    ],
    [{ 'rds-instance': '1-bad--id' }, "rds-instance: '1-bad--id' is not valid"],
  ])('%j is refused: %s', (values, expected) => {
    expect(thrown({ ...REGIONS, ...values })).toContain(expected);
  });

  test('regions are required', () => {
    expect(thrown({ 'rds-instance': 'x' })).toMatch(/primary-region: is required[\s\S]*recovery-region: is required/);
  });
});

describe('the run id', () => {
  test('the input wins; else the GitHub run and attempt; else a configuration error', () => {
    expect(resolveRunId('drill-1', { GITHUB_RUN_ID: '5' })).toBe('drill-1');
    expect(resolveRunId(undefined, { GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '2' })).toBe('5-2');
    expect(resolveRunId(undefined, { GITHUB_RUN_ID: '5' })).toBe('5-1');
    expect(() => resolveRunId(undefined, {})).toThrow(/run-id: is required outside GitHub Actions/);
  });
});

describe('dr-test action.yml agrees with the parser', () => {
  const manifest = loadManifest(manifestUrl('dr-test'));
  const defaults = parserDefaults((reader) => readDrTestInputs(reader));

  test('it declares exactly the inputs the parser reads', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...defaults.keys()].sort());
  });

  test("every default in action.yml is the parser's default", () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect({ name, default: input.default }).toEqual({ name, default: defaults.get(name) });
    }
  });

  test('the outputs the entry point sets are declared', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(
      ['junit-file', 'report', 'report-file', 'result', 'rpo-seconds', 'rto-seconds'].sort(),
    );
  });
});
