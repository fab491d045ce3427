/**
 * ecs-deploy's domain against moto_server: real ECS wire protocol, real SDK client, our code
 * end to end except the GitHub runner (the bundle suite covers that).
 */
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { createEcsPort, createServiceDeploymentPort } from '../../src/aws/ecs.js';
import { createLeaseStore } from '../../src/aws/lease-store.js';
import { runEcsDeploy, type DeployDeps } from '../../src/ecs-deploy/deploy.js';
import { parseEcsDeployInputs } from '../../src/ecs-deploy/inputs.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import {
  CLUSTER,
  createServiceOnRevisionOne,
  registeredRevisions,
  SERVICE,
  TASK_DEFINITION_YAML,
} from '../support/ecs-stack.js';
import { ManualClock } from '../support/manual-clock.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';

const runs = requireMoto();

describe.runIf(runs)('ecs-deploy against moto', () => {
  const moto = useMoto({ runningCount: 2 });
  let ecs: ECSClient;

  beforeAll(() => {
    ecs = moto().ecs();
  });
  beforeEach(async () => {
    await createServiceOnRevisionOne(ecs);
  });

  function deploy(
    inputs: Record<string, string>,
    files: Record<string, string> = {},
    run: { run: string; holder: string } = { run: 'org/router/1', holder: 'run 1' },
  ) {
    const deps: DeployDeps = {
      ecs: createEcsPort(ecs),
      deployments: createServiceDeploymentPort(ecs),
      leases: createLeaseStore(
        new ElasticLoadBalancingV2Client({
          region: moto().region,
          endpoint: moto().endpoint,
          credentials: TEST_CREDENTIALS,
          maxAttempts: 1,
        }),
      ),
      identity: { id: `deploy-${Math.random().toString(16).slice(2)}`, ...run },
      clock: new ManualClock(),
      logger: new RecordingLogger(),
      region: moto().region,
      readTextFile: (path) => {
        const text = files[path];
        if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return text;
      },
    };
    const parsed = parseEcsDeployInputs(
      (name) => ({ cluster: CLUSTER, service: SERVICE, 'poll-interval': '1s', ...inputs })[name] ?? '',
    );
    return runEcsDeploy(parsed, deps);
  }

  async function serviceTags(): Promise<Record<string, string>> {
    const out = await ecs.send(
      new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE], include: ['TAGS'] }),
    );
    return Object.fromEntries((out.services?.[0]?.tags ?? []).map((t) => [t.key ?? '', t.value ?? '']));
  }

  it('registers a YAML task definition with the new image and environment, and points the service at it', async () => {
    const report = await deploy(
      {
        'task-definition': 'deploy/order-router.yaml',
        image: 'registry.example/order-router@sha256:1111111111111111111111111111111111111111111111111111111111111111',
        'container-name': 'router',
        environment: 'RISK_LIMITS=strict\nVENUE=XNAS',
      },
      { 'deploy/order-router.yaml': TASK_DEFINITION_YAML },
    );

    expect(report).toMatchObject({ result: 'deployed', succeeded: true });
    expect(report.taskDefinitionArn).toMatch(/task-definition\/order-router:2$/);
    expect(report.previousTaskDefinitionArn).toMatch(/order-router:1$/);
    const registered = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'order-router:2' }));
    const router = registered.taskDefinition?.containerDefinitions?.find((c) => c.name === 'router');
    expect(router?.image).toBe(
      'registry.example/order-router@sha256:1111111111111111111111111111111111111111111111111111111111111111',
    );
    expect(router?.environment).toEqual([
      { name: 'VENUE', value: 'XNAS' },
      { name: 'RISK_LIMITS', value: 'strict' },
    ]);
    const sidecar = registered.taskDefinition?.containerDefinitions?.find((c) => c.name === 'log-router');
    expect(sidecar?.image).toBe('public.ecr.aws/aws-observability/aws-for-fluent-bit:stable');
    const described = await ecs.send(new DescribeServicesCommand({ cluster: CLUSTER, services: [SERVICE] }));
    expect(described.services?.[0]?.taskDefinition).toBe(report.taskDefinitionArn);
    expect(await serviceTags()).toEqual({ 'trading-actions:verified-good': report.taskDefinitionArn });
  });

  it('two deploys of one service started at the same instant: exactly one proceeds, the other is refused naming the holder', async () => {
    const files = { 'td.yaml': TASK_DEFINITION_YAML };
    const release = {
      'task-definition': 'td.yaml',
      image: 'registry.example/order-router:2',
      'container-name': 'router',
    };
    const reports = await Promise.all([
      deploy(release, files, { run: 'org/router/40', holder: 'run 40' }),
      deploy(release, files, { run: 'org/router/41', holder: 'run 41' }),
    ]);

    expect(reports.map((r) => r.result).sort()).toEqual(['deployed', 'failed']);
    const refused = reports.find((r) => r.result === 'failed');
    const winner = reports[0]?.result === 'deployed' ? 'run 40' : 'run 41';
    expect(refused?.headline).toBe(`Not started: another run holds ${SERVICE}`);
    expect(refused?.failure?.reason).toContain(`another run holds the lease: ${winner} (deploy`);
    // The refused run changed nothing: one revision registered, by the winner.
    expect(await registeredRevisions(ecs)).toHaveLength(2);
  });

  it('deploys an existing revision without registering a new one', async () => {
    await deploy(
      { 'task-definition': 'deploy/td.yaml', image: 'registry.example/order-router:2', 'container-name': 'router' },
      { 'deploy/td.yaml': TASK_DEFINITION_YAML },
    );
    const before = await registeredRevisions(ecs);

    const report = await deploy({ 'task-definition': 'order-router:1' });

    expect(report).toMatchObject({ result: 'deployed', registered: false });
    expect(report.taskDefinitionArn).toMatch(/order-router:1$/);
    expect(await registeredRevisions(ecs)).toEqual(before);
  });

  it('rolls back on demand to the last verified-good revision, and stops offering the abandoned one', async () => {
    const files = { 'td.yaml': TASK_DEFINITION_YAML };
    const second = await deploy(
      { 'task-definition': 'td.yaml', image: 'registry.example/order-router:2', 'container-name': 'router' },
      files,
    );
    const third = await deploy(
      { 'task-definition': 'td.yaml', image: 'registry.example/order-router:3', 'container-name': 'router' },
      files,
    );
    expect(await serviceTags()).toEqual({
      'trading-actions:verified-good': third.taskDefinitionArn,
      'trading-actions:verified-good-previous': second.taskDefinitionArn,
    });

    const rollback = await deploy({ mode: 'rollback' });

    expect(rollback).toMatchObject({
      mode: 'rollback',
      result: 'rolled-back',
      succeeded: true,
      taskDefinitionArn: second.taskDefinitionArn,
    });
    expect(rollback.source?.detail).toMatch(
      /most recent revision, other than the current one, that trading-actions verified healthy/,
    );
    expect(await serviceTags()).toEqual({ 'trading-actions:verified-good': second.taskDefinitionArn });
  });

  it('rolls back to an explicit revision number', async () => {
    await deploy(
      { 'task-definition': 'td.yaml', image: 'registry.example/order-router:2', 'container-name': 'router' },
      { 'td.yaml': TASK_DEFINITION_YAML },
    );
    const report = await deploy({ mode: 'rollback', 'to-revision': '1' });
    expect(report.taskDefinitionArn).toMatch(/order-router:1$/);
    expect(report.source?.detail).toBe('requested with to-revision (1).');
  });

  it('registers nothing when the container name is wrong', async () => {
    const before = await registeredRevisions(ecs);
    const run = deploy(
      { 'task-definition': 'td.yaml', image: 'x:1', 'container-name': 'routr' },
      { 'td.yaml': TASK_DEFINITION_YAML },
    );
    await expect(run).rejects.toBeInstanceOf(ConfigurationError);
    await expect(run).rejects.toThrow(
      "container-name: no container named 'routr'. Containers in this task definition: router, log-router.",
    );
    expect(await registeredRevisions(ecs)).toEqual(before);
  });

  it('says which service is missing instead of failing obscurely', async () => {
    const run = deploy({ service: 'order-routr', 'task-definition': 'order-router:1' });
    await expect(run).rejects.toThrow(/service 'order-routr' was not found in cluster 'trading-prod' \(MISSING\)/);
  });
});
