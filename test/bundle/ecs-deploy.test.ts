/**
 * The committed dist/ecs-deploy bundle, run exactly as the GitHub runner runs it, against
 * moto through AWS_ENDPOINT_URL (no test-only code path in the action).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CLUSTER,
  createServiceOnRevisionOne,
  registeredRevisions,
  SERVICE,
  TASK_DEFINITION_YAML,
} from '../support/ecs-stack.js';
import { requireMoto, useMoto } from '../support/moto.js';
import { runAction } from '../../scripts/lib/run-action.mjs';

const runs = requireMoto();

describe.runIf(runs)('the ecs-deploy bundle, run as the GitHub runner runs it', () => {
  const moto = useMoto({ runningCount: 2 });
  let ecs: ECSClient;
  let workspace: string;

  beforeAll(() => {
    ecs = moto().ecs();
    workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
    // Exported the way `aws ecs describe-task-definition` prints it, read-only fields and all.
    writeFileSync(
      join(workspace, 'exported.json'),
      JSON.stringify({
        taskDefinition: {
          taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/order-router:1',
          family: 'order-router',
          revision: 1,
          status: 'ACTIVE',
          containerDefinitions: [{ name: 'router', image: 'registry.example/order-router:1.0.0', memory: 512 }],
          requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
          compatibilities: ['EC2'],
          registeredAt: '2026-11-20T10:00:00.000Z',
          registeredBy: 'arn:aws:iam::123456789012:role/deployer',
        },
        tags: [{ key: 'team', value: 'execution' }],
      }),
    );
    writeFileSync(join(workspace, 'order-router.yaml'), TASK_DEFINITION_YAML);
  });
  afterAll(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await createServiceOnRevisionOne(ecs);
  });

  const run = (inputs: Record<string, string>) =>
    runAction(
      'ecs-deploy',
      { cluster: CLUSTER, service: SERVICE, 'poll-interval': '1s', ...inputs },
      { cwd: workspace, env: moto().env() },
    );

  it('deploys an exported task-definition file: exit 0, outputs, and a job summary', async () => {
    const result = await run({
      'task-definition': 'exported.json',
      image: 'registry.example/order-router@sha256:2222222222222222222222222222222222222222222222222222222222222222',
    });

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.result).toBe('deployed');
    expect(result.outputs['task-definition-arn']).toMatch(/task-definition\/order-router:2$/);
    expect(result.outputs['previous-task-definition-arn']).toMatch(/order-router:1$/);
    expect(result.outputs['deployment-id']).toMatch(/^ecs-svc\//);
    const report = JSON.parse(result.outputs.report ?? '{}') as { result: string; image: string };
    expect(report).toMatchObject({
      result: 'deployed',
      image: 'registry.example/order-router@sha256:2222222222222222222222222222222222222222222222222222222222222222',
    });
    expect(result.summary).toContain('## ✅ ecs-deploy: Deployed order-router:2 on order-router');
    expect(result.summary).toContain('| Previous revision | `order-router:1` |');
    expect(result.stdout).toContain('::group::Wait for order-router:2 to roll out');
    expect(result.stdout).toContain('Ignoring read-only fields from describe-task-definition');
  });

  it('deploys an existing revision without registering one', async () => {
    const result = await run({ 'task-definition': 'order-router:1' });

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['task-definition-arn']).toMatch(/order-router:1$/);
    expect(await registeredRevisions(ecs)).toHaveLength(1);
    expect(result.summary).toContain('existing revision, not re-registered');
  });

  it('rolls back on demand and says which revision it chose and why', async () => {
    const first = await run({
      'task-definition': 'order-router.yaml',
      image: 'registry.example/order-router:2',
      'container-name': 'router',
    });
    expect(first.exitCode, first.stdout).toBe(0);

    const result = await run({ mode: 'rollback' });

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.result).toBe('rolled-back');
    expect(result.outputs['task-definition-arn']).toMatch(/order-router:1$/);
    expect(result.outputs['previous-task-definition-arn']).toMatch(/order-router:2$/);
    expect(result.stdout).toContain(
      'Rolling back to order-router:1: no verified-good revision other than the current one is recorded',
    );
    expect(result.summary).toContain('## ↩️ ecs-deploy: Rolled back to order-router:1 on order-router');
  });

  it('a deploy in a closed window fails before touching AWS and says so; a rollback is never held back', async () => {
    const frozen = await run({ 'task-definition': 'order-router:1', 'deploy-window': 'never' });
    expect(frozen.exitCode).toBe(1);
    expect(frozen.stdout).toMatch(/::error::The deploy window \(never\) is closed/);
    expect(frozen.outputs.result).toBe('failed');
    expect(frozen.summary).toContain('never');

    const first = await run({
      'task-definition': 'order-router.yaml',
      image: 'registry.example/order-router:2',
      'container-name': 'router',
    });
    expect(first.exitCode, first.stdout).toBe(0);
    const rollback = await run({ mode: 'rollback', 'deploy-window': 'never' });
    expect(rollback.exitCode, rollback.stdout).toBe(0);
    expect(rollback.outputs.result).toBe('rolled-back');
  });

  it('an emergency override deploys through a closed window, with a warning annotation and the reason in the summary', async () => {
    const result = await run({
      'task-definition': 'order-router:1',
      'deploy-window': 'never',
      'override-reason': 'INC-4521: rejected orders at the open, approved by the desk head',
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::Deploying through a closed deploy window under an emergency override: "INC-4521/,
    );
    expect(result.summary).toContain('INC-4521');
  });

  it('rejects bad input with a non-zero exit, names each input, and registers nothing', async () => {
    const result = await run({
      'task-definition': 'order-router.yaml',
      image: 'x:1',
      timeout: '30',
      'rollback-on-failure': 'yes',
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::2 input problems (nothing was changed in AWS):');
    expect(result.stdout).toContain(
      "timeout: '30' is not a duration. Use a number with a unit, like 90s, 15m, 1h or 1h30m.",
    );
    expect(result.stdout).toContain("rollback-on-failure: 'yes' is not valid. Valid values are: true, false.");
    expect(await registeredRevisions(ecs)).toHaveLength(1);
  });

  it('reports an error AWS returned as what AWS said and what to check, not as a bug', async () => {
    const result = await run({ cluster: 'trading-prd', 'task-definition': 'order-router:1' });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::AWS rejected a request: ClusterNotFoundException: Cluster not found.');
    expect(result.stdout).toContain('Check the cluster name and the region.');
    expect(result.stdout).not.toContain('a bug in trading-actions');
  });

  it('names the container choices when a multi-container file is deployed without container-name', async () => {
    const result = await run({ 'task-definition': 'order-router.yaml', image: 'x:1' });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'container-name: is required because the task definition has 2 containers: router, log-router.',
    );
    expect(await registeredRevisions(ecs)).toHaveLength(1);
  });

  it('refuses a canary on a service without a blue/green load balancer: says what to add, registers nothing', async () => {
    const result = await run({
      'task-definition': 'order-router:1',
      image: 'registry.example/order-router@sha256:3333333333333333333333333333333333333333333333333333333333333333',
      strategy: 'canary',
      checks: 'http:\n  - url: http://127.0.0.1:9/health\n',
    });

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('strategy: canary shifts traffic between two target groups');
    expect(result.stdout).toContain('advancedConfiguration');
    expect(result.stdout).not.toContain('a bug in trading-actions');
    expect(result.state).toEqual({});
    expect(await registeredRevisions(ecs)).toHaveLength(1);
  });

  it('the post step does nothing, without AWS, after a rolling deploy or a native one the main step finished', async () => {
    const afterRolling = await runAction('ecs-deploy', {}, { post: true, env: { PATH: process.env.PATH ?? '' } });
    expect(afterRolling.exitCode, afterRolling.stdout + afterRolling.stderr).toBe(0);
    expect(afterRolling.stdout).toContain('The main step started no service deployment; nothing to clean up.');

    const arn = 'arn:aws:ecs:us-east-1:123456789012:service-deployment/trading-prod/order-router/x1';
    const afterNative = await runAction(
      'ecs-deploy',
      {},
      { post: true, state: { 'service-deployment-arn': arn, finished: 'true' } },
    );
    expect(afterNative.exitCode, afterNative.stdout + afterNative.stderr).toBe(0);
    expect(afterNative.stdout).toContain(`The main step followed ${arn} to its end; nothing to clean up.`);
  });
});
