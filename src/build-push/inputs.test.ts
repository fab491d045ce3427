import { describe, expect, test } from 'vitest';
import { loadManifest, manifestUrl, parserDefaults } from '../../test/support/action-manifest.js';
import { ConfigurationError } from '../runtime/errors.js';
import { parseBuildPushInputs, readBuildPushInputs } from './inputs.js';

const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('build-push inputs', () => {
  test('defaults: push, gha cache, no provenance, ECR scan failing at CRITICAL within 10 minutes', () => {
    const inputs = parseBuildPushInputs(read({ repository: 'orders-api' }));
    expect(inputs).toMatchObject({
      repository: 'orders-api',
      createRepository: false,
      context: '.',
      dockerfile: undefined,
      target: undefined,
      platforms: [],
      cache: 'gha',
      tags: [],
      push: true,
      provenance: false,
      scan: 'ecr',
      scanTimeoutMs: 600_000,
      severityThreshold: 'CRITICAL',
      ignore: [],
    });
  });

  test('multi-line inputs are read line by line; platforms and tags also by comma', () => {
    const inputs = parseBuildPushInputs(
      read({
        repository: 'desk/orders-api',
        platforms: 'linux/amd64,linux/arm64',
        tags: 'v1.4.0\nstable, latest\n# comment',
        'build-args': 'NODE_VERSION=24\nGIT_DESCRIBE=v1.4.0-3-gabc',
        labels: 'com.example.team=execution',
        ignore: 'CVE-2026-1234 until 2027-01-31 # no fix upstream\nGHSA-abcd-efgh-ijkl',
        'severity-threshold': 'high',
      }),
    );
    expect(inputs.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(inputs.tags).toEqual(['v1.4.0', 'stable', 'latest']);
    expect(Object.fromEntries(inputs.buildArgs)).toEqual({ NODE_VERSION: '24', GIT_DESCRIBE: 'v1.4.0-3-gabc' });
    expect(Object.fromEntries(inputs.labels)).toEqual({ 'com.example.team': 'execution' });
    expect(inputs.ignore).toEqual([
      { id: 'CVE-2026-1234', until: '2027-01-31', reason: 'no fix upstream' },
      { id: 'GHSA-abcd-efgh-ijkl' },
    ]);
    expect(inputs.severityThreshold).toBe('HIGH');
  });

  test('every problem is reported at once, naming the input and how to fix it', () => {
    const run = () =>
      parseBuildPushInputs(
        read({
          repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api',
          platforms: 'amd64',
          tags: '-bad',
          labels: 'org.opencontainers.image.revision=abc',
          cache: 'registry',
          'scan-timeout': '2h',
          'severity-threshold': 'SEVERE',
          ignore: 'CVE-2026-1 until 31.01.2027',
        }),
      );
    expect(run).toThrow(ConfigurationError);
    const error = (() => {
      try {
        run();
      } catch (e) {
        return e as ConfigurationError;
      }
      throw new Error('no error');
    })();
    expect(error.problems.map((p) => p.input)).toEqual([
      'repository',
      'platforms',
      'labels',
      'cache',
      'tags',
      'scan-timeout',
      'severity-threshold',
      'ignore',
    ]);
    expect(error.message).toContain('give the repository name alone');
    expect(error.message).toContain("'amd64' is not a platform; write os/arch like linux/amd64");
    expect(error.message).toContain('is set from the GitHub context on every build; remove it from labels');
    expect(error.message).toContain("'-bad' is not a valid tag");
    expect(error.message).toContain("'31.01.2027' (for CVE-2026-1) is not a date; write it as YYYY-MM-DD");
    expect(error.message).toContain('Valid values are: CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL.');
  });

  test.each(['Orders', 'a', 'orders//api', '-orders'])('%j is not a repository name', (repository) => {
    expect(() => parseBuildPushInputs(read({ repository }))).toThrow(/is not an ECR repository name/);
  });

  test('repository is required', () => {
    expect(() => parseBuildPushInputs(read({}))).toThrow(/repository: is required/);
  });
});

describe('build-push action.yml agrees with the parser', () => {
  const manifest = loadManifest(manifestUrl('build-push'));
  const defaults = parserDefaults((reader) => readBuildPushInputs(reader));

  test('it declares exactly the inputs the parser reads', () => {
    expect(Object.keys(manifest.inputs).sort()).toEqual([...defaults.keys()].sort());
  });

  test("every default in action.yml is the parser's default", () => {
    for (const [name, input] of Object.entries(manifest.inputs)) {
      expect({ name, default: input.default }).toEqual({ name, default: defaults.get(name) });
    }
  });

  test('only repository is required', () => {
    const required = Object.entries(manifest.inputs).filter(([, input]) => input.required);
    expect(required.map(([name]) => name)).toEqual(['repository']);
  });

  test('it declares the outputs the entry sets', () => {
    expect(Object.keys(manifest.outputs).sort()).toEqual(['digest', 'findings', 'image', 'report', 'tags']);
  });
});
