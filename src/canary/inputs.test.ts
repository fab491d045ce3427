import { describe, expect, test } from 'vitest';
import { loadManifest, manifestUrl, parserDefaults } from '../../test/support/action-manifest.js';
import { ConfigurationError } from '../runtime/errors.js';
import { parseCanaryInputs, readCanaryInputs } from './inputs.js';

const LISTENER =
  'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2';
const RULE =
  'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee';
const TG = (name: string) => `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/${name}/73e2d6bc24d8a067`;
const CHECKS = 'presets:\n  - alb-target-group: { load-balancer: "${load-balancer}", target-group: "${canary}" }\n';

const step = (overrides: Record<string, string> = {}): Record<string, string> => ({
  cluster: 'prod',
  'listener-arn': LISTENER,
  'blue-service': 'router-blue',
  'green-service': 'router-green',
  'blue-target-group': TG('router-blue'),
  'green-target-group': TG('router-green'),
  image: 'registry.example/router:2.0.0',
  checks: CHECKS,
  ...overrides,
});

function problems(values: Record<string, string>): string[] {
  try {
    parseCanaryInputs((name) => values[name] ?? '');
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => `${p.input}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('canary inputs', () => {
  test('a minimal deploy step parses with the documented defaults', () => {
    const inputs = parseCanaryInputs((name) => step()[name] ?? '');
    expect(inputs).toMatchObject({
      route: { kind: 'listener', arn: LISTENER },
      steps: [
        { percent: 10, observeMs: 300_000 },
        { percent: 50, observeMs: 300_000 },
        { percent: 100, observeMs: 600_000 },
      ],
      gate: { intervalMs: 30_000, failureLimit: 0, inconclusiveLimit: 2 },
      onInconclusive: 'rollback',
      keepPreviousMs: 900_000,
      mode: 'deploy',
      desiredCount: undefined,
    });
  });

  test('a listener rule works instead of a listener', () => {
    const inputs = parseCanaryInputs((name) => step({ 'listener-arn': '', 'listener-rule-arn': RULE })[name] ?? '');
    expect(inputs.route).toEqual({ kind: 'rule', arn: RULE });
  });

  test.each([
    [{ 'listener-arn': '' }, 'listener-arn: or listener-rule-arn is required'],
    [{ 'listener-rule-arn': RULE }, 'listener-rule-arn: give either listener-arn or listener-rule-arn, not both'],
    [{ 'listener-arn': 'my-listener' }, "listener-arn: 'my-listener' is not an ALB listener ARN"],
    [{ 'green-target-group': TG('router-blue') }, 'green-target-group: is the same target group as blue-target-group'],
    [{ 'green-service': 'router-blue' }, 'green-service: is the same service'],
    [{ steps: '50%:5m, 10%:5m, 100%:5m' }, 'steps: step 2'],
    [{ image: '', checks: CHECKS }, 'task-definition: or image is required when mode is deploy'],
    [{ checks: '' }, 'checks: is required when mode is deploy'],
    [
      { checks: 'metrics:\n  - id: x\n    dimensions: { TargetGroup: ${canry} }' },
      'checks: uses unknown placeholder ${canry}',
    ],
    [{ 'desired-count': '0' }, "desired-count: '0' is not valid"],
    [{ mode: 'abort' }, 'image: is not used when mode is abort'],
    [
      { 'on-inconclusive': 'pause' },
      "on-inconclusive: 'pause' is not valid. Valid values are: rollback, hold, continue.",
    ],
  ])('%o → %s', (overrides, expected) => {
    expect(problems(step(overrides)).join('\n')).toContain(expected);
  });

  test('a mistake in the checks document names its line and field, before anything changes', () => {
    const found = problems(step({ checks: 'metrics:\n  - id: x\n    treshold: "< 1"\n' }));
    expect(found.join('\n')).toMatch(/line 3/);
  });

  test('every problem is reported at once', () => {
    expect(problems(step({ 'listener-arn': '', checks: '', steps: '5%:5m' }))).toHaveLength(3);
  });
});

describe('canary action.yml agrees with the parser', () => {
  const manifest = loadManifest(manifestUrl('canary'));
  const defaults = parserDefaults((reader) => readCanaryInputs(reader));

  test('it declares exactly the inputs the parser reads', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...defaults.keys()].sort());
  });

  test("every default in action.yml is the parser's default", () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect({ name, default: input.default }).toEqual({ name, default: defaults.get(name) });
    }
  });

  test('it declares the outputs the entry sets, each described', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual([
      'live-color',
      'live-since',
      'report',
      'result',
      'task-definition-arn',
      'weights',
    ]);
  });
});
