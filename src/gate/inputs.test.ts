import { describe, expect, test } from 'vitest';
import { loadManifest, manifestUrl, parserDefaults } from '../../test/support/action-manifest.js';
import { ConfigurationError } from '../runtime/errors.js';
import { parseHealthGateInputs, readHealthGateInputs } from './inputs.js';

const HTTP_ONLY = 'http:\n  - url: https://order-router.internal/health\n';
const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('health-gate inputs', () => {
  test('defaults evaluate once, now, and fail the step on anything but a pass', () => {
    const inputs = parseHealthGateInputs(read({ checks: HTTP_ONLY }));
    expect(inputs.policy).toEqual({
      windowMs: 0,
      intervalMs: 30_000,
      failureLimit: 0,
      inconclusiveLimit: 0,
      notBefore: undefined,
      metricsDelayMs: 300_000,
    });
    expect(inputs).toMatchObject({ onFailure: 'fail', dryRun: false, awsRegion: undefined });
    expect(inputs.checks.http[0]?.url).toBe('https://order-router.internal/health');
  });

  test('not-before must be an instant with a zone, named in the error', () => {
    expect(() => parseHealthGateInputs(read({ checks: HTTP_ONLY, 'not-before': '14:05' }))).toThrow(
      /not-before: '14:05' is not an ISO 8601 time with a zone/,
    );
  });

  test('a window with limits is read as milliseconds and counts', () => {
    const inputs = parseHealthGateInputs(
      read({
        checks: HTTP_ONLY,
        window: '30m',
        interval: '1m',
        'failure-limit': '2',
        'inconclusive-limit': '3',
        'on-failure': 'warn',
        'dry-run': 'true',
        'not-before': '2026-11-23T14:05:00Z',
        'metrics-delay': '2m',
      }),
    );
    expect(inputs.policy).toEqual({
      windowMs: 1_800_000,
      intervalMs: 60_000,
      failureLimit: 2,
      inconclusiveLimit: 3,
      notBefore: Date.parse('2026-11-23T14:05:00Z'),
      metricsDelayMs: 120_000,
    });
    expect(inputs).toMatchObject({ onFailure: 'warn', dryRun: true });
  });

  test('problems in the inputs and in the checks document are reported together', () => {
    const run = () =>
      parseHealthGateInputs(
        read({ checks: 'http:\n  - url: https://x\n    timout: 5s\n', interval: 'often', 'on-failure': 'ignore' }),
      );
    expect(run).toThrow(ConfigurationError);
    expect(run).toThrow(/interval: 'often' is not a duration/);
    expect(run).toThrow(/on-failure: 'ignore' is not valid. Valid values are: fail, warn./);
    expect(run).toThrow(/checks: line 3, column 5 \(http\[0\]\.timout\): unknown key 'timout'/);
  });

  test('checks is required', () => {
    expect(() => parseHealthGateInputs(read({}))).toThrow(/checks: is required/);
  });
});

describe('health-gate action.yml agrees with the parser', () => {
  const manifest = loadManifest(manifestUrl('health-gate'));
  const defaults = parserDefaults((reader) => readHealthGateInputs(reader));

  test('it declares exactly the inputs the parser reads', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...defaults.keys()].sort());
  });

  test("every default in action.yml is the parser's default", () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect({ name, default: input.default }).toEqual({ name, default: defaults.get(name) });
    }
  });

  test('only checks is required', () => {
    expect(
      Object.entries(manifest.inputs)
        .filter(([, i]) => i.required)
        .map(([n]) => n),
    ).toEqual(['checks']);
  });
});
