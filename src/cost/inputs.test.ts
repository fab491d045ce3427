import { describe, expect, test } from 'vitest';
import { loadManifest, manifestUrl, parserDefaults } from '../../test/support/action-manifest.js';
import { parseCostAlertInputs, readCostAlertInputs } from './inputs.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('cost-alert inputs', () => {
  test('report mode defaults: thresholds 50/80/100, grouped by service, no notifications', () => {
    const inputs = parseCostAlertInputs(read({ budget: '5000' }));
    expect(inputs.mode).toBe('report');
    expect(inputs.report).toMatchObject({
      budget: 5000,
      thresholds: [50, 80, 100],
      groupBy: { type: 'SERVICE' },
      anomalyScore: 3.5,
      anomalyMinUsd: 10,
      nonCriticalTag: { key: 'criticality', value: 'non-critical' },
      githubIssue: false,
    });
  });

  test('a tag key groups by that tag; thresholds are sorted and de-duplicated', () => {
    const inputs = parseCostAlertInputs(read({ budget: '10', 'group-by': 'team', thresholds: '100, 80%,80' }));
    expect(inputs.report.groupBy).toEqual({ type: 'TAG', key: 'team' });
    expect(inputs.report.thresholds).toEqual([80, 100]);
  });

  test('report mode needs a budget; budget-name needs the account id', () => {
    expect(() => parseCostAlertInputs(read({}))).toThrow(/budget: report mode needs a budget/);
    expect(() => parseCostAlertInputs(read({ 'budget-name': 'monthly' }))).toThrow(/account-id: is required/);
  });

  test('pr-delta reads files, counts and the Spot share', () => {
    const inputs = parseCostAlertInputs(
      read({
        mode: 'pr-delta',
        base: 'base/*.json',
        head: 'deploy/*.json',
        'desired-count': '4',
        'capacity-provider-strategy': 'FARGATE=1 base=2, FARGATE_SPOT=3',
        'fail-above-usd': '250.5',
      }),
    );
    expect(inputs.prDelta).toMatchObject({
      base: 'base/*.json',
      head: 'deploy/*.json',
      desiredCount: 4,
      capacityProviderStrategy: [
        { provider: 'FARGATE', weight: 1, base: 2 },
        { provider: 'FARGATE_SPOT', weight: 3, base: 0 },
      ],
      failAboveUsd: 250.5,
      minChangeUsd: 10,
      minChangePercent: 10,
      livePrices: false,
    });
  });

  test('every problem at once, naming the input, and never quoting the Slack URL', () => {
    const run = () =>
      parseCostAlertInputs(
        read({
          mode: 'pr-delta',
          thresholds: '80,lots',
          'capacity-provider-strategy': 'EC2=1',
          'min-change-usd': '-3',
          'slack-webhook-url': 'http://hooks.example/T000/secret-part',
          services: 'order-router',
        }),
      );
    expect(run).toThrow(/base: is required/);
    expect(run).toThrow(/head: is required/);
    expect(run).toThrow(/thresholds: 'lots' is not a percentage/);
    expect(run).toThrow(/capacity-provider-strategy: 'EC2=1' is not PROVIDER=WEIGHT/);
    expect(run).toThrow(/min-change-usd: '-3' is not valid/);
    expect(run).toThrow(/services: needs cluster/);
    expect(run).toThrow(/slack-webhook-url: is not an https:\/\/ URL/);
    expect(run).not.toThrow(/secret-part/);
  });
});

describe('cost-alert action.yml agrees with the parser', () => {
  const manifest = loadManifest(manifestUrl('cost-alert'));
  const defaults = parserDefaults((reader) => readCostAlertInputs(reader));

  test('it declares exactly the inputs the parser reads', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...defaults.keys()].sort());
  });

  test("every default in action.yml is the parser's default", () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      // The runner evaluates `${{ github.token }}` before the action reads it.
      const expected = name === 'github-token' ? '${{ github.token }}' : defaults.get(name);
      expect({ name, default: input.default }).toEqual({ name, default: expected });
    }
  });

  test('no input is required by the manifest: each mode checks its own', () => {
    expect(Object.values(manifest.inputs).filter((i) => i.required)).toEqual([]);
  });
});
