import type { ContainerDefinition, RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { describe, expect, test } from 'vitest';
import { applyContainerChanges, type AppliedChanges, type ContainerChanges } from './container-changes.js';

const NEW_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/api@sha256:9f86d081884c7d65';

function container(name: string, overrides: Partial<ContainerDefinition> = {}): ContainerDefinition {
  return { name, image: `repo/${name}:1`, essential: name === 'api', ...overrides };
}

function taskDefinition(...containers: ContainerDefinition[]): RegisterTaskDefinitionCommandInput {
  return { family: 'api', networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: containers };
}

function changes(overrides: Partial<ContainerChanges> = {}): ContainerChanges {
  return { image: undefined, containerName: undefined, environment: new Map(), ...overrides };
}

function env(text: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(text));
}

function expectApplied(result: AppliedChanges): Extract<AppliedChanges, { ok: true }> {
  if (!result.ok) throw new Error(`expected the changes to apply, got: ${JSON.stringify(result.problems)}`);
  return result;
}

function containerNamed(result: AppliedChanges, name: string): ContainerDefinition | undefined {
  return expectApplied(result).definition.containerDefinitions?.find((c) => c.name === name);
}

function problemOf(result: AppliedChanges): { input: string; message: string } {
  if (result.ok) throw new Error('expected the changes to be refused');
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  if (!problem) throw new Error('no problem reported');
  return { ...problem };
}

describe('choosing the container', () => {
  test('the only container is chosen when container-name is not given', () => {
    const result = applyContainerChanges(taskDefinition(container('api')), changes({ image: NEW_IMAGE }));
    expect(expectApplied(result).containerName).toBe('api');
    expect(containerNamed(result, 'api')?.image).toBe(NEW_IMAGE);
  });

  test('with several containers and no container-name the error lists every container', () => {
    const definition = taskDefinition(container('api'), container('log-router'), container('datadog-agent'));
    const problem = problemOf(applyContainerChanges(definition, changes({ image: NEW_IMAGE })));
    expect(problem.input).toBe('container-name');
    expect(problem.message).toContain('3 containers: api, log-router, datadog-agent');
  });

  test('container-name picks that container out of several', () => {
    const definition = taskDefinition(container('log-router'), container('api'));
    const result = applyContainerChanges(definition, changes({ image: NEW_IMAGE, containerName: 'api' }));
    expect(expectApplied(result).containerName).toBe('api');
    expect(containerNamed(result, 'api')?.image).toBe(NEW_IMAGE);
  });

  test('an unknown container-name is an error listing the containers there are', () => {
    const definition = taskDefinition(container('api'), container('log-router'));
    const problem = problemOf(applyContainerChanges(definition, changes({ image: NEW_IMAGE, containerName: 'app' })));
    expect(problem.input).toBe('container-name');
    expect(problem.message).toContain("no container named 'app'");
    expect(problem.message).toContain('api, log-router');
  });

  test('a definition without containers cannot take an image', () => {
    const result = applyContainerChanges(taskDefinition(), changes({ image: NEW_IMAGE }));
    expect(result.ok).toBe(false);
  });
});

describe('image', () => {
  test('other containers keep their images and settings', () => {
    const sidecar = container('log-router', { firelensConfiguration: { type: 'fluentbit' } });
    const definition = taskDefinition(container('api'), sidecar);
    const result = applyContainerChanges(definition, changes({ image: NEW_IMAGE, containerName: 'api' }));
    expect(containerNamed(result, 'log-router')).toEqual(sidecar);
  });

  test('everything else in the task definition is kept', () => {
    const definition = taskDefinition(container('api', { cpu: 128, portMappings: [{ containerPort: 8080 }] }));
    const applied = expectApplied(applyContainerChanges(definition, changes({ image: NEW_IMAGE })));
    expect(applied.definition).toEqual({
      ...definition,
      containerDefinitions: [container('api', { cpu: 128, portMappings: [{ containerPort: 8080 }], image: NEW_IMAGE })],
    });
  });

  test('the task definition passed in is not changed', () => {
    const definition = taskDefinition(
      container('api', { environment: [{ name: 'VENUE', value: 'XNYS' }] }),
      container('log-router'),
    );
    const before = structuredClone(definition);
    applyContainerChanges(
      definition,
      changes({ image: NEW_IMAGE, containerName: 'api', environment: env({ A: '1' }) }),
    );
    expect(definition).toEqual(before);
  });
});

describe('environment', () => {
  const existing = [
    { name: 'VENUE', value: 'XNYS' },
    { name: 'MAX_ORDER_SIZE', value: '100' },
    { name: 'LOG_LEVEL', value: 'info' },
  ];

  test('a given variable replaces the one of the same name in place; the others are kept in order', () => {
    const definition = taskDefinition(container('api', { environment: existing }));
    const result = applyContainerChanges(definition, changes({ environment: env({ MAX_ORDER_SIZE: '50' }) }));
    expect(containerNamed(result, 'api')?.environment).toEqual([
      { name: 'VENUE', value: 'XNYS' },
      { name: 'MAX_ORDER_SIZE', value: '50' },
      { name: 'LOG_LEVEL', value: 'info' },
    ]);
  });

  test('new variables are added after the existing ones', () => {
    const definition = taskDefinition(container('api', { environment: existing }));
    const result = applyContainerChanges(definition, changes({ environment: env({ KILL_SWITCH: 'off', A: '1' }) }));
    expect(containerNamed(result, 'api')?.environment?.map((e) => e.name)).toEqual([
      'VENUE',
      'MAX_ORDER_SIZE',
      'LOG_LEVEL',
      'KILL_SWITCH',
      'A',
    ]);
  });

  test('a container without environment gets the given variables', () => {
    const result = applyContainerChanges(taskDefinition(container('api')), changes({ environment: env({ A: '1' }) }));
    expect(containerNamed(result, 'api')?.environment).toEqual([{ name: 'A', value: '1' }]);
  });

  test('environment alone keeps the image', () => {
    const result = applyContainerChanges(taskDefinition(container('api')), changes({ environment: env({ A: '1' }) }));
    expect(containerNamed(result, 'api')?.image).toBe('repo/api:1');
  });

  test('a variable that is already a secret of the container is refused, because ECS rejects both', () => {
    const definition = taskDefinition(
      container('api', {
        secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' }],
      }),
    );
    const problem = problemOf(
      applyContainerChanges(definition, changes({ environment: env({ DB_PASSWORD: 'hunter2', A: '1' }) })),
    );
    expect(problem.input).toBe('environment');
    expect(problem.message).toContain("DB_PASSWORD is already a secret of container 'api'");
    expect(problem.message).not.toContain('hunter2');
  });

  test('several clashing variables are all named', () => {
    const definition = taskDefinition(
      container('api', {
        secrets: [
          { name: 'A', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/a' },
          { name: 'B', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/b' },
        ],
      }),
    );
    const problem = problemOf(applyContainerChanges(definition, changes({ environment: env({ A: '1', B: '2' }) })));
    expect(problem.message).toContain('A, B are already a secret');
  });

  test('a secret of another container does not clash', () => {
    const definition = taskDefinition(
      container('api'),
      container('log-router', {
        secrets: [{ name: 'A', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/a' }],
      }),
    );
    const result = applyContainerChanges(definition, changes({ containerName: 'api', environment: env({ A: '1' }) }));
    expect(result.ok).toBe(true);
  });
});

describe('missing images', () => {
  test('with no image input, a container without an image in the file is an error naming it', () => {
    const definition = taskDefinition(container('api', { image: undefined }));
    const problem = problemOf(applyContainerChanges(definition, changes()));
    expect(problem.input).toBe('image');
    expect(problem.message).toContain("container 'api' has no image");
  });

  test('with no changes at all the definition is used as it is', () => {
    const definition = taskDefinition(container('api'), container('log-router'));
    const applied = expectApplied(applyContainerChanges(definition, changes()));
    expect(applied.definition).toEqual(definition);
    expect(applied.containerName).toBeUndefined();
  });

  test('the image input fills in a container the file left without an image', () => {
    const definition = taskDefinition(container('api', { image: undefined }));
    expect(containerNamed(applyContainerChanges(definition, changes({ image: NEW_IMAGE })), 'api')?.image).toBe(
      NEW_IMAGE,
    );
  });

  test('environment alone on a container without an image is an error asking for the image input', () => {
    const definition = taskDefinition(container('api', { image: undefined }));
    const problem = problemOf(applyContainerChanges(definition, changes({ environment: env({ A: '1' }) })));
    expect(problem.input).toBe('image');
    expect(problem.message).toContain('set the image input');
  });

  test('another container without an image is an error naming it', () => {
    const definition = taskDefinition(container('api'), container('log-router', { image: '' }));
    const problem = problemOf(applyContainerChanges(definition, changes({ image: NEW_IMAGE, containerName: 'api' })));
    expect(problem.input).toBe('task-definition');
    expect(problem.message).toContain("container 'log-router' has no image");
  });
});
