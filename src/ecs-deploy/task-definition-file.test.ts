import type { ContainerDefinition, TaskDefinition } from '@aws-sdk/client-ecs';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseTaskDefinitionFile, registrableCopy, type ParsedTaskDefinition } from './task-definition-file.js';

/** The YAML tail of a minimal valid file. */
const CONTAINERS = 'containerDefinitions:\n  - name: api\n    image: repo/api:1\n';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:3';

function container(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}:1.4.2`,
    essential: true,
    portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
    environment: [{ name: 'VENUE', value: 'XNYS' }],
    ...overrides,
  };
}

/** The registrable part of a Fargate task definition, as someone would write it by hand. */
function definition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    family: 'api',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [container('api')],
    ...overrides,
  };
}

/** What `aws ecs describe-task-definition --include TAGS` prints for a registered revision. */
function describeOutput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    taskDefinition: {
      ...definition(),
      taskDefinitionArn: ARN,
      revision: 3,
      status: 'ACTIVE',
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.ecr-auth' }],
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: '2026-11-20T09:15:00.000000+00:00',
      registeredBy: 'arn:aws:sts::123456789012:assumed-role/deployer/gha',
      deregisteredAt: '2026-11-21T09:15:00.000000+00:00',
      ...overrides,
    },
    tags: [{ key: 'team', value: 'execution' }],
  };
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function expectOk(result: ParsedTaskDefinition): Extract<ParsedTaskDefinition, { ok: true }> {
  if (!result.ok) throw new Error(`expected the file to be accepted, got: ${json(result.problems)}`);
  return result;
}

function messagesOf(result: ParsedTaskDefinition): string[] {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems.map((p) => p.message);
}

describe('accepted files', () => {
  test('an exported describe-task-definition file registers without edits', () => {
    const result = expectOk(parseTaskDefinitionFile('deploy/taskdef.json', json(describeOutput())));
    expect(result.definition).toEqual({ ...definition(), tags: [{ key: 'team', value: 'execution' }] });
    expect([...result.droppedFields].sort()).toEqual(
      [
        'compatibilities',
        'deregisteredAt',
        'registeredAt',
        'registeredBy',
        'requiresAttributes',
        'revision',
        'status',
        'taskDefinitionArn',
      ].sort(),
    );
  });

  test('tags inside the definition win over the wrapper tags', () => {
    const file = describeOutput({ tags: [{ key: 'team', value: 'risk' }] });
    const result = expectOk(parseTaskDefinitionFile('td.json', json(file)));
    expect(result.definition.tags).toEqual([{ key: 'team', value: 'risk' }]);
  });

  test('an export without tags registers without tags', () => {
    const file = { ...describeOutput(), tags: [] };
    const result = expectOk(parseTaskDefinitionFile('td.json', json(file)));
    expect(result.definition.tags).toBeUndefined();
  });

  test('a bare task definition registers as written, with nothing dropped', () => {
    const result = expectOk(parseTaskDefinitionFile('td.json', json(definition())));
    expect(result.definition).toEqual(definition());
    expect(result.droppedFields).toEqual([]);
  });

  test.each(['td.yaml', 'td.yml', 'TD.YAML'])('the same export written as YAML (%s) registers the same', (path) => {
    const fromJson = expectOk(parseTaskDefinitionFile('td.json', json(describeOutput())));
    const fromYaml = expectOk(parseTaskDefinitionFile(path, stringify(describeOutput())));
    expect(fromYaml).toEqual(fromJson);
  });

  test('a hand-written YAML file registers', () => {
    const text = [
      'family: api',
      'networkMode: awsvpc',
      'containerDefinitions:',
      '  - name: api',
      '    image: repo/api:1',
      '    essential: true',
    ].join('\n');
    const result = expectOk(parseTaskDefinitionFile('ecs/api.yaml', text));
    expect(result.definition).toEqual({
      family: 'api',
      networkMode: 'awsvpc',
      containerDefinitions: [{ name: 'api', image: 'repo/api:1', essential: true }],
    });
  });

  test('cpu and memory written as numbers are sent as the strings ECS expects', () => {
    const fromJson = expectOk(parseTaskDefinitionFile('td.json', json(definition({ cpu: 1024, memory: 2048 }))));
    expect(fromJson.definition.cpu).toBe('1024');
    expect(fromJson.definition.memory).toBe('2048');

    const fromYaml = expectOk(parseTaskDefinitionFile('td.yaml', 'family: api\ncpu: 256\nmemory: 512\n' + CONTAINERS));
    expect(fromYaml.definition.cpu).toBe('256');
    expect(fromYaml.definition.memory).toBe('512');
  });

  test('a container without an image is accepted here (the image input may supply it)', () => {
    const file = definition({ containerDefinitions: [{ name: 'api', essential: true }] });
    expect(parseTaskDefinitionFile('td.json', json(file)).ok).toBe(true);
  });
});

describe('rejected files', () => {
  test('invalid JSON names the file and the JSON problem', () => {
    const result = parseTaskDefinitionFile('deploy/taskdef.json', '{\n  "family": "api",\n}\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.input).toBe('task-definition (deploy/taskdef.json)');
    expect(result.problems[0]?.message).toMatch(/^is not valid JSON: .*position \d+/);
  });

  test('invalid YAML reports the line and column', () => {
    const text = 'family: api\nfamily: api-v2\n' + CONTAINERS;
    const [message] = messagesOf(parseTaskDefinitionFile('td.yaml', text));
    expect(message).toMatch(/^is not valid YAML at line 2, column 1: /);
    expect(message).not.toContain('\n');
  });

  test('badly indented YAML reports where', () => {
    const text = 'family: api\ncontainerDefinitions:\n  - name: api\n    image: [repo/api:1\n';
    expect(messagesOf(parseTaskDefinitionFile('td.yml', text))[0]).toMatch(
      /^is not valid YAML at line \d+, column \d+/,
    );
  });

  test.each([
    ['td.json', '[]'],
    ['td.json', '"api"'],
    ['td.yaml', ''],
    ['td.yaml', '- family: api'],
  ])('%s containing %j is rejected as not a task definition', (path, text) => {
    expect(messagesOf(parseTaskDefinitionFile(path, text))).toEqual([
      'must contain a JSON or YAML object (the task definition).',
    ]);
  });

  test('a misspelt field is named, with the fields ECS accepts', () => {
    const { containerDefinitions, ...rest } = definition();
    const file = { ...rest, containerDefinition: containerDefinitions };
    const messages = messagesOf(parseTaskDefinitionFile('td.json', json(file)));
    const unknown = messages.find((m) => m.startsWith('has fields ECS does not accept'));
    expect(unknown).toContain('does not accept: containerDefinition.');
    expect(unknown).toContain('Allowed fields: family,');
    expect(unknown).toContain('containerDefinitions');
    // The real field is then missing, which is reported too.
    expect(messages).toContain('needs "containerDefinitions": a non-empty list of containers.');
  });

  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['with a dot', 'api.v2'],
    ['a number', 42],
  ])('a family that is %s is rejected', (_label, family) => {
    const file = { ...definition(), family };
    expect(messagesOf(parseTaskDefinitionFile('td.json', json(file)))).toEqual([
      'needs "family": up to 255 letters, digits, hyphens and underscores.',
    ]);
  });

  test.each([
    ['missing', undefined],
    ['empty', []],
    ['not a list', { name: 'api' }],
  ])('containerDefinitions that are %s are rejected', (_label, containerDefinitions) => {
    const file = { ...definition(), containerDefinitions };
    expect(messagesOf(parseTaskDefinitionFile('td.json', json(file)))).toEqual([
      'needs "containerDefinitions": a non-empty list of containers.',
    ]);
  });

  test('a container without a name is pointed out by position', () => {
    const file = definition({ containerDefinitions: [container('api'), { image: 'repo/sidecar:1' }] });
    expect(messagesOf(parseTaskDefinitionFile('td.json', json(file)))).toEqual([
      'containerDefinitions[1] needs a "name".',
    ]);
  });

  test('two containers with the same name are rejected', () => {
    const file = definition({ containerDefinitions: [container('api'), container('log-router'), container('api')] });
    expect(messagesOf(parseTaskDefinitionFile('td.json', json(file)))).toEqual(["container name 'api' is used twice."]);
  });

  test('an image that is not a string is rejected', () => {
    const file = definition({ containerDefinitions: [container('api', { image: ['repo/api:1'] })] });
    expect(messagesOf(parseTaskDefinitionFile('td.json', json(file)))).toEqual([
      `container 'api': "image" must be a string.`,
    ]);
  });

  test.each([
    ['a map', { team: 'execution' }],
    ['missing value', [{ key: 'team' }]],
    ['number value', [{ key: 'cost-centre', value: 42 }]],
    ['capitalised keys', [{ Key: 'team', Value: 'execution' }]],
  ])('tags given as %s are rejected', (_label, tags) => {
    const file = definition({ tags });
    expect(messagesOf(parseTaskDefinitionFile('td.json', json(file)))).toEqual([
      '"tags" must be a list of {"key": ..., "value": ...} with string values.',
    ]);
  });

  test('every problem in a file is reported at once', () => {
    const file = { containerDefinition: [], containerDefinitions: [container('api'), container('api')], tags: {} };
    const messages = messagesOf(parseTaskDefinitionFile('td.json', json(file)));
    expect(messages).toEqual([
      expect.stringMatching(/^has fields ECS does not accept: containerDefinition\./),
      'needs "family": up to 255 letters, digits, hyphens and underscores.',
      "container name 'api' is used twice.",
      '"tags" must be a list of {"key": ..., "value": ...} with string values.',
    ]);
  });
});

describe('registrableCopy', () => {
  /** A DescribeTaskDefinition result as the SDK returns it. */
  function described(overrides: Partial<TaskDefinition> = {}): TaskDefinition {
    const containers: ContainerDefinition[] = [{ name: 'api', image: 'repo/api:1', essential: true }];
    return {
      taskDefinitionArn: ARN,
      family: 'api',
      revision: 3,
      status: 'ACTIVE',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      compatibilities: ['EC2', 'FARGATE'],
      requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.ecr-auth' }],
      cpu: '256',
      memory: '512',
      containerDefinitions: containers,
      registeredAt: new Date('2026-11-20T09:15:00Z'),
      registeredBy: 'arn:aws:sts::123456789012:assumed-role/deployer/gha',
      ...overrides,
    };
  }

  test('a registered revision becomes a request ECS accepts', () => {
    expect(registrableCopy(described())).toEqual({
      family: 'api',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'api', image: 'repo/api:1', essential: true }],
    });
  });

  test('tags given alongside are carried over', () => {
    const tags = [{ key: 'team', value: 'execution' }];
    expect(registrableCopy(described(), tags).tags).toEqual(tags);
  });

  test('fields a newer API returns that RegisterTaskDefinition does not take are left out', () => {
    const fromNewerApi = { ...described(), someFutureField: 'x' } as TaskDefinition;
    expect(registrableCopy(fromNewerApi)).not.toHaveProperty('someFutureField');
  });

  test('the described revision is not changed', () => {
    const original = described();
    const snapshot = structuredClone(original);
    registrableCopy(original, [{ key: 'team', value: 'execution' }]);
    expect(original).toEqual(snapshot);
  });
});

describe('environment values', () => {
  test.each([
    ['value: 0123456789', 'number 123456789'],
    ['value: 1.10', 'number 1.1'],
    ['value: true', 'boolean true'],
  ])('an unquoted YAML %s is refused instead of reaching the container changed', (line, shown) => {
    const yaml = `family: api\ncontainerDefinitions:\n  - name: api\n    image: x\n    environment:\n      - name: ACCOUNT\n        ${line}\n`;
    const parsed = parseTaskDefinitionFile('td.yaml', yaml);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.message).toBe(
      `container 'api': environment variable 'ACCOUNT' has the ${shown}; quote it ("...") so it reaches the container exactly as written.`,
    );
  });

  test('a quoted value is kept exactly', () => {
    const yaml = `family: api\ncontainerDefinitions:\n  - name: api\n    image: x\n    environment:\n      - { name: ACCOUNT, value: '0123456789' }\n`;
    const parsed = parseTaskDefinitionFile('td.yaml', yaml);
    expect(parsed.ok && parsed.definition.containerDefinitions?.[0]?.environment).toEqual([
      { name: 'ACCOUNT', value: '0123456789' },
    ]);
  });
});
