import { describe, expect, test } from 'vitest';
import { loadManifest, manifestUrl, parserDefaults as readDefaults } from '../../test/support/action-manifest.js';
import { ConfigurationError } from '../runtime/errors.js';
import { parseEcsDeployInputs, plannedDurationMs, readEcsDeployInputs, type EcsDeployInputs } from './inputs.js';

const TASK_DEFINITION_ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:3';

/** The `with:` block of a deploy step: cluster and service plus whatever the test adds. */
function withBlock(overrides: Record<string, string> = {}): Record<string, string> {
  return { cluster: 'prod', service: 'api', ...overrides };
}

function deployStep(overrides: Record<string, string> = {}): Record<string, string> {
  return withBlock({ 'task-definition': 'deploy/taskdef.json', ...overrides });
}

function rollbackStep(overrides: Record<string, string> = {}): Record<string, string> {
  return withBlock({ mode: 'rollback', ...overrides });
}

function parseStep(values: Record<string, string>): EcsDeployInputs {
  return parseEcsDeployInputs((name) => values[name] ?? '');
}

/** The problems parseEcsDeployInputs reports for these inputs, as `input: message` lines. */
function problemsFor(values: Record<string, string>): { input: string; message: string }[] {
  try {
    parseStep(values);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems.map((p) => ({ ...p }));
    throw error;
  }
  return [];
}

function problemInputs(values: Record<string, string>): string[] {
  return problemsFor(values).map((p) => p.input);
}

describe('defaults', () => {
  test('a step with only cluster, service and task-definition deploys, waits 30m and rolls back on failure', () => {
    const inputs = parseStep(deployStep());
    expect(inputs).toEqual({
      cluster: 'prod',
      service: 'api',
      awsRegion: undefined,
      mode: 'deploy',
      taskDefinition: { kind: 'file', path: 'deploy/taskdef.json' },
      image: undefined,
      containerName: undefined,
      environment: new Map(),
      wait: true,
      timeoutMs: 1_800_000,
      pollIntervalMs: 10_000,
      rollbackOnFailure: true,
      toRevision: undefined,
      strategy: 'rolling',
      native: undefined,
      window: { policy: undefined, onClosedWindow: 'fail', overrideReason: undefined },
      windowTimeoutMs: 3_600_000,
      onWindowClose: 'hold',
    });
  });

  test('given values are used', () => {
    const inputs = parseStep(
      deployStep({
        'aws-region': 'eu-central-1',
        image:
          '123456789012.dkr.ecr.eu-central-1.amazonaws.com/api@sha256:5f1a0c3e9b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d',
        'container-name': 'api',
        environment: 'VENUE=XETR\nMAX_ORDER_SIZE=50',
        wait: 'false',
        timeout: '1h',
        'poll-interval': '30s',
        'rollback-on-failure': 'false',
      }),
    );
    expect(inputs).toMatchObject({
      awsRegion: 'eu-central-1',
      image:
        '123456789012.dkr.ecr.eu-central-1.amazonaws.com/api@sha256:5f1a0c3e9b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d',
      containerName: 'api',
      wait: false,
      timeoutMs: 3_600_000,
      pollIntervalMs: 30_000,
      rollbackOnFailure: false,
    });
    expect(Object.fromEntries(inputs.environment)).toEqual({ VENUE: 'XETR', MAX_ORDER_SIZE: '50' });
  });
});

describe('task-definition', () => {
  test.each([
    ['api:3', { kind: 'revision', reference: 'api:3' }],
    ['trading_engine-v2:118', { kind: 'revision', reference: 'trading_engine-v2:118' }],
    [TASK_DEFINITION_ARN, { kind: 'revision', reference: TASK_DEFINITION_ARN }],
    [
      'arn:aws-us-gov:ecs:us-gov-west-1:123456789012:task-definition/api:3',
      { kind: 'revision', reference: 'arn:aws-us-gov:ecs:us-gov-west-1:123456789012:task-definition/api:3' },
    ],
    ['deploy/taskdef.json', { kind: 'file', path: 'deploy/taskdef.json' }],
    ['td.yaml', { kind: 'file', path: 'td.yaml' }],
    ['ecs/api.yml', { kind: 'file', path: 'ecs/api.yml' }],
    ['./api:3', { kind: 'file', path: './api:3' }],
    ['api', { kind: 'file', path: 'api' }],
  ])('%s is deployed as %o', (given, expected) => {
    expect(parseStep(withBlock({ 'task-definition': given })).taskDefinition).toEqual(expected);
  });

  test('deploy mode without task-definition is an error saying what to give', () => {
    const problems = problemsFor(withBlock());
    expect(problems).toHaveLength(1);
    expect(problems[0]?.input).toBe('task-definition');
    expect(problems[0]?.message).toMatch(/is required when mode is deploy/);
  });

  test('container-name alone with an existing revision is an error, because nothing would change', () => {
    expect(problemInputs(withBlock({ 'task-definition': 'api:3', 'container-name': 'api' }))).toEqual([
      'container-name',
    ]);
  });

  test.each<Record<string, string>>([{ image: 'repo/api:2' }, { environment: 'VENUE=XNYS' }])(
    'container-name with an existing revision and %o is fine',
    (extra) => {
      expect(problemsFor(withBlock({ 'task-definition': 'api:3', 'container-name': 'api', ...extra }))).toEqual([]);
    },
  );
});

describe('mode', () => {
  test.each(['rollback', 'Rollback', 'ROLLBACK'])('%s selects rollback', (mode) => {
    expect(parseStep(withBlock({ mode })).mode).toBe('rollback');
  });

  test('an unknown mode is an error listing deploy and rollback', () => {
    const problems = problemsFor(deployStep({ mode: 'canary' }));
    expect(problems).toEqual([{ input: 'mode', message: expect.stringContaining('deploy, rollback') as string }]);
  });

  test('to-revision in deploy mode is an error pointing at mode: rollback', () => {
    const problems = problemsFor(deployStep({ 'to-revision': '42' }));
    expect(problems).toEqual([{ input: 'to-revision', message: expect.stringContaining('mode: rollback') as string }]);
  });
});

describe('rollback mode', () => {
  test('needs nothing but cluster and service', () => {
    const inputs = parseStep(rollbackStep());
    expect(inputs.mode).toBe('rollback');
    expect(inputs.taskDefinition).toBeUndefined();
    expect(inputs.toRevision).toBeUndefined();
  });

  test.each([
    ['task-definition', 'api:3'],
    ['image', 'repo/api:2'],
    ['container-name', 'api'],
    ['environment', 'VENUE=XNYS'],
  ])('rejects %s, which it would ignore', (input, value) => {
    expect(problemInputs(rollbackStep({ [input]: value }))).toEqual([input]);
  });

  test.each(['42', 'api:7', 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:7'])(
    'accepts to-revision %s',
    (toRevision) => {
      expect(parseStep(rollbackStep({ 'to-revision': toRevision })).toRevision).toBe(toRevision);
    },
  );

  test.each(['banana', 'api:latest', 'api:', ':7', '-3', 'arn:aws:ecs:us-east-1:123:task-definition/api:7'])(
    'rejects to-revision %s with the accepted formats',
    (toRevision) => {
      const problems = problemsFor(rollbackStep({ 'to-revision': toRevision }));
      expect(problems).toHaveLength(1);
      expect(problems[0]?.input).toBe('to-revision');
      expect(problems[0]?.message).toContain(`'${toRevision}' is not a revision`);
      expect(problems[0]?.message).toContain('family:revision');
    },
  );
});

describe('other checks', () => {
  test.each(['us-east-1', 'eu-central-2', 'ap-southeast-4', 'us-gov-west-1', 'cn-north-1'])(
    'aws-region %s is accepted',
    (region) => {
      expect(parseStep(deployStep({ 'aws-region': region })).awsRegion).toBe(region);
    },
  );

  test.each(['us-east', 'US-EAST-1', 'useast1', 'us-east-1a', 'virginia'])(
    'aws-region %s is rejected with an example',
    (region) => {
      const problems = problemsFor(deployStep({ 'aws-region': region }));
      expect(problems).toEqual([{ input: 'aws-region', message: expect.stringContaining('us-east-1') as string }]);
    },
  );

  test.each([
    ['10s', '10s'],
    ['1m', '30s'],
  ])('poll-interval %s with timeout %s is rejected: the rollout would be checked at most once', (poll, timeout) => {
    expect(problemInputs(deployStep({ 'poll-interval': poll, timeout }))).toContain('poll-interval');
  });

  test('a timeout outside 10s..6h is rejected', () => {
    expect(problemInputs(deployStep({ timeout: '7h' }))).toEqual(['timeout']);
    expect(problemInputs(deployStep({ timeout: '5s', 'poll-interval': '1s' }))).toEqual(['timeout']);
  });

  test.each(['repo/api: 2', 'https://registry.example/repo:1', 'Repo/API:1', 'repo/api:', 'repo/api@sha256:abc'])(
    'the image %j is rejected before anything is registered',
    (image) => {
      const problems = problemsFor(deployStep({ image }));
      expect(problems).toEqual([
        { input: 'image', message: expect.stringContaining('is not an image reference') as string },
      ]);
    },
  );

  test('white space around the image is trimmed, not an error', () => {
    expect(
      parseStep(
        deployStep({ image: '  repo/api@sha256:5f1a0c3e9b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d  \n' }),
      ).image,
    ).toBe('repo/api@sha256:5f1a0c3e9b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d');
  });

  test('several mistakes are reported together in one error', () => {
    const values = {
      service: 'api',
      'aws-region': 'mars-1',
      wait: 'yes',
      timeout: '30',
      'poll-interval': '31m',
      image: 'repo/api 2',
      environment: 'not a pair',
    };
    let thrown: unknown;
    try {
      parseStep(values);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    const error = thrown as ConfigurationError;
    expect(new Set(error.problems.map((p) => p.input))).toEqual(
      new Set(['cluster', 'aws-region', 'task-definition', 'wait', 'timeout', 'poll-interval', 'image', 'environment']),
    );
    for (const input of ['cluster', 'aws-region', 'task-definition', 'wait', 'timeout', 'poll-interval', 'image']) {
      expect(error.message).toContain(`- ${input}:`);
    }
    expect(error.message).toContain('nothing was changed in AWS');
  });
});

describe('action.yml agrees with the parser', () => {
  const actionUrl = manifestUrl('ecs-deploy');
  const rootUrl = new URL('../../action.yml', import.meta.url);
  const manifest = loadManifest(actionUrl);
  const parserDefaults = () => readDefaults((reader) => readEcsDeployInputs(reader));

  test('action.yml declares exactly the inputs the parser reads', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...parserDefaults().keys()].sort());
  });

  test("every default in action.yml is the parser's default for that input", () => {
    const defaults = parserDefaults();
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect({ name, default: input.default }).toEqual({ name, default: defaults.get(name) });
    }
  });

  test('the inputs the parser requires are required in action.yml', () => {
    const required = Object.entries(manifest.inputs)
      .filter(([, input]) => input.required === true)
      .map(([name]) => name);
    expect(required.sort()).toEqual(
      problemInputs({})
        .filter((name) => name !== 'task-definition')
        .sort(),
    );
  });

  test('the root action.yml mirrors actions/ecs-deploy/action.yml', () => {
    const root = loadManifest(rootUrl);
    expect(root.name).toBe(manifest.name);
    expect(root.description).toBe(manifest.description);
    expect(root.inputs).toEqual(manifest.inputs);
    expect(root.outputs).toEqual(manifest.outputs);
    expect(root.branding).toEqual(manifest.branding);
    expect(root.runs.using).toBe(manifest.runs.using);
    expect(new URL(root.runs.main, rootUrl).href).toBe(new URL(manifest.runs.main, actionUrl).href);
    const post = (m: object): string | undefined => (m as { runs: { post?: string } }).runs.post;
    expect(post(manifest)).toBe('../../dist/ecs-deploy/post/index.js');
    expect(new URL(post(root) ?? '', rootUrl).href).toBe(new URL(post(manifest) ?? '', actionUrl).href);
  });

  test('the native-only inputs document their default in the description, and the parser applies it', () => {
    const parsed = parseStep(
      deployStep({ strategy: 'linear', checks: 'http:\n  - url: https://router.internal/health\n' }),
    );
    expect(parsed.native).toMatchObject({
      linearStepPercent: 10,
      stepBakeMinutes: 5,
      bakeMinutes: 10,
      hookTimeoutMinutes: 30,
    });
    expect(manifest.inputs['linear-step-percent']?.description).toContain('default 10');
    expect(manifest.inputs['step-bake']?.description).toContain('default 5m');
    expect(manifest.inputs.bake?.description).toContain('default 10m');
    expect(manifest.inputs['hook-timeout']?.description).toContain('default 30m');
    expect(manifest.inputs['canary-percent']?.description).toContain('default 5');
  });
});

describe('native strategies', () => {
  const CHECKS = 'http:\n  - url: https://router.internal/health\n';
  const native = (overrides: Record<string, string>) => deployStep({ checks: CHECKS, ...overrides });

  test('a canary step with every input set reads them in the API units', () => {
    const inputs = parseStep(
      native({
        strategy: 'canary',
        'canary-percent': '2.5%',
        'step-bake': '15m',
        bake: '1h',
        window: '2m',
        interval: '20s',
        'failure-limit': '1',
        'inconclusive-limit': '2',
        'on-inconclusive': 'hold',
        'hook-timeout': '20m',
        'hook-timeout-action': 'continue',
        alarms: 'order-router-5xx\norder-router-latency, order-router-rejects',
      }),
    );
    expect(inputs.strategy).toBe('canary');
    expect(inputs.native).toMatchObject({
      strategy: 'canary',
      canaryPercent: 2.5,
      stepBakeMinutes: 15,
      bakeMinutes: 60,
      gatePolicy: { windowMs: 120_000, intervalMs: 20_000, failureLimit: 1, inconclusiveLimit: 2 },
      onInconclusive: 'hold',
      hookTimeoutMinutes: 20,
      hookTimeoutAction: 'continue',
      alarms: ['order-router-5xx', 'order-router-latency', 'order-router-rejects'],
    });
    expect(inputs.native?.checks?.http[0]?.url).toBe('https://router.internal/health');
  });

  test('defaults: on-inconclusive rollback, hook-timeout 30m with rollback, no alarms', () => {
    expect(parseStep(native({ strategy: 'blue-green' })).native).toMatchObject({
      onInconclusive: 'rollback',
      hookTimeoutMinutes: 30,
      hookTimeoutAction: 'rollback',
      alarms: [],
      gatePolicy: { windowMs: 0, intervalMs: 30_000, failureLimit: 0, inconclusiveLimit: 0 },
    });
  });

  test.each([
    ['canary-percent', '0.05', 'canary'],
    ['canary-percent', '101', 'canary'],
    ['canary-percent', '2.55', 'canary'],
    ['linear-step-percent', '2', 'linear'],
    ['linear-step-percent', 'ten', 'linear'],
    ['step-bake', '1441m', 'linear'],
    ['step-bake', '90s', 'linear'],
    ['bake', '25h', 'blue-green'],
    ['hook-timeout', '0', 'canary'],
    ['hook-timeout-action', 'abort', 'canary'],
    ['on-inconclusive', 'ask', 'canary'],
    ['failure-limit', '-1', 'canary'],
  ])('%s: %s is refused before any call (strategy %s)', (input, value, strategy) => {
    expect(problemInputs(native({ strategy, [input]: value }))).toEqual([input]);
  });

  test('inputs of another strategy are named as mistakes', () => {
    expect(
      problemInputs(native({ strategy: 'blue-green', 'canary-percent': '5', 'linear-step-percent': '20' })),
    ).toEqual(['canary-percent', 'linear-step-percent']);
    expect(problemInputs(native({ strategy: 'blue-green', 'step-bake': '5m' }))).toEqual(['step-bake']);
  });

  test('native inputs with the rolling strategy are mistakes, so a forgotten strategy cannot deploy rolling', () => {
    const problems = problemsFor(deployStep({ 'canary-percent': '5', checks: CHECKS, alarms: 'a' }));
    expect(problems.map((p) => p.input)).toEqual(['canary-percent', 'checks', 'alarms']);
    expect(problems[0]?.message).toContain('set strategy');
  });

  test('gate settings without checks are mistakes', () => {
    expect(problemInputs(deployStep({ strategy: 'canary', window: '1m', 'on-inconclusive': 'hold' }))).toEqual([
      'window',
      'on-inconclusive',
    ]);
  });

  test('a hook timeout that the gate window would outlast is refused', () => {
    const problems = problemsFor(native({ strategy: 'canary', window: '10m', 'hook-timeout': '11m' }));
    expect(problems).toEqual([{ input: 'hook-timeout', message: expect.stringContaining('at least 12m') as string }]);
  });

  test('the default timeout is allowed on top of the planned bakes, so a long linear rollout needs no arithmetic', () => {
    const inputs = parseStep(native({ strategy: 'linear' }));
    // 10 steps: 9 step bakes of 5m, then the final 10m bake.
    expect(inputs.native && plannedDurationMs(inputs.native)).toBe(55 * 60_000);
    expect(inputs.timeoutMs).toBe(30 * 60_000);
  });

  test('a broken checks document is reported with the other problems', () => {
    expect(problemInputs(deployStep({ strategy: 'canary', checks: 'metrics: 3', bake: 'soon' }))).toEqual(
      expect.arrayContaining(['checks', 'bake']),
    );
  });

  test.each([
    [{ 'rollback-on-failure': 'false' }, 'rollback-on-failure'],
    [{ wait: 'false' }, 'wait'],
    [{ mode: 'rollback', 'task-definition': '' }, 'strategy'],
  ])('%o cannot be combined with a native strategy', (overrides, input) => {
    const values = native({ strategy: 'canary', ...overrides });
    if (values['task-definition'] === '') delete values['task-definition'];
    expect(problemInputs(values)).toContain(input);
  });

  test('wait: false without checks is allowed: ECS runs the deployment on its own', () => {
    expect(parseStep(deployStep({ strategy: 'blue-green', wait: 'false' })).native?.checks).toBeUndefined();
  });
});
