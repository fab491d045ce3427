/**
 * The committed dist/canary bundles (main and post), run exactly as the GitHub runner runs them,
 * against moto through AWS_ENDPOINT_URL: a promotion with its outputs and summary, and the two
 * ways a job ends early — cancelled (SIGTERM: the main step restores at once) and killed (no
 * chance to restore: the post step does it from the saved state).
 */
import { DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { DescribeListenersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlbStack, STACK } from '../../scripts/lib/alb-stack.mjs';
import { runAction } from '../../scripts/lib/run-action.mjs';
import type { CanaryReport } from '../../src/canary/report.js';
import { startTestServer, type TestServer } from '../support/http-server.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';

const runs = requireMoto();

describe.runIf(runs)('the canary bundle, run as the GitHub runner runs it', () => {
  const moto = useMoto();
  let server: TestServer;
  let stack: Awaited<ReturnType<typeof createAlbStack>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(async () => {
    stack = await createAlbStack(moto().endpoint);
  });

  const inputs = (overrides: Record<string, string> = {}): Record<string, string> => ({
    cluster: STACK.cluster,
    'listener-arn': stack.listenerArn,
    'blue-service': STACK.blueService,
    'green-service': STACK.greenService,
    'blue-target-group': stack.blueTargetGroup,
    'green-target-group': stack.greenTargetGroup,
    image: `registry.example/order-router@sha256:${'c'.repeat(64)}`,
    steps: '50%:1s, 100%:1s',
    interval: '1s',
    'keep-previous': '0',
    checks: `http:\n  - url: ${server.url('/health')}\n`,
    ...overrides,
  });
  const env = () => ({ ...moto().env(), GITHUB_REPOSITORY: 'org/router', GITHUB_RUN_ID: '4242' });

  async function weights(): Promise<Record<string, number>> {
    const elb = new ElasticLoadBalancingV2Client({
      region: 'us-east-1',
      endpoint: moto().endpoint,
      credentials: TEST_CREDENTIALS,
    });
    const out = await elb.send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] }));
    elb.destroy();
    const groups = out.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? [];
    return Object.fromEntries(
      groups.map((g) => [g.TargetGroupArn === stack.blueTargetGroup ? 'blue' : 'green', g.Weight ?? 0]),
    );
  }
  async function desiredCount(service: string): Promise<number | undefined> {
    const out = await moto()
      .ecs()
      .send(new DescribeServicesCommand({ cluster: STACK.cluster, services: [service] }));
    return out.services?.[0]?.desiredCount;
  }

  it('promotes, and sets every output and a summary', async () => {
    const run = await runAction('canary', inputs(), { env: env() });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'promoted', 'live-color': 'green', weights: '{"blue":0,"green":100}' });
    expect(run.outputs['task-definition-arn']).toMatch(/task-definition\/order-router:2$/);
    const report = JSON.parse(run.outputs.report ?? '{}') as CanaryReport;
    expect(report.steps.map((s) => s.gate?.verdict)).toEqual(['pass', 'pass']);
    expect(run.summary).toContain('## ✅ canary: promoted');
    expect(run.summary).toContain('| 2 | 100% |');
    expect(JSON.parse(run.state.checkpoint ?? '{}')).toMatchObject({ phase: 'finished' });

    const post = await runAction('canary', {}, { env: env(), post: true, state: run.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('nothing to restore');
    expect(await weights()).toEqual({ blue: 0, green: 100 });
  });

  it('fails the step with the reason when the gate fails, with traffic back on blue', async () => {
    const run = await runAction('canary', inputs({ checks: `http:\n  - url: ${server.url('/error')}\n` }), {
      env: env(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('rolled-back');
    expect(run.stdout).toMatch(/::error::Rolled back: all traffic is on blue .*the gate failed at step 1 /);
    expect(await weights()).toEqual({ blue: 100, green: 0 });
  });

  it('cancelled mid-step (SIGTERM): restores at once, exits, and the post step confirms', async () => {
    const run = await runAction('canary', inputs({ steps: '50%:10m, 100%:10m', interval: '5s' }), {
      env: env(),
      signalWhen: { stdoutIncludes: 'Step 1: observe', signal: 'SIGTERM' },
    });
    expect(run.exitCode).toBe(143);
    expect(run.stdout).toContain('Received SIGTERM');
    expect(await weights()).toEqual({ blue: 100, green: 0 });
    expect(await desiredCount(STACK.greenService)).toBe(0);
    expect(run.state['restored-by']).toMatch(/SIGTERM in the main step: .*Set 100% of traffic on blue/);

    const post = await runAction('canary', {}, { env: env(), post: true, state: run.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain('The main step restored traffic when it was stopped');
    expect(post.summary).toContain('restored when the job was stopped');
  });

  it('killed mid-step (no chance to clean up): the post step restores from the saved state', async () => {
    const run = await runAction('canary', inputs({ steps: '50%:10m, 100%:10m', interval: '5s' }), {
      env: env(),
      signalWhen: { stdoutIncludes: 'Step 1: observe', signal: 'SIGKILL' },
    });
    expect(run.exitCode).toBe(null);
    expect(await weights()).toEqual({ blue: 50, green: 50 });

    const post = await runAction('canary', {}, { env: env(), post: true, state: run.state });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain("The canary's main step did not finish");
    expect(await weights()).toEqual({ blue: 100, green: 0 });
    expect(await desiredCount(STACK.greenService)).toBe(0);
    expect(post.summary).toContain('restored after an unfinished rollout');
    expect(post.summary).toContain('blue 100 / green 0');
  });

  it('masks credentials in the checks before anything is logged', async () => {
    const run = await runAction(
      'canary',
      inputs({
        checks: `http:\n  - url: ${server.url('/health')}\n    headers: { Authorization: Bearer s3cret-token }\n`,
      }),
      { env: env() },
    );
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('::add-mask::Bearer s3cret-token');
    expect(lines.slice(1).join('\n')).not.toContain('s3cret-token');
    expect(run.outputs.result).toBe('promoted');
  });

  it('refuses bad inputs before calling AWS, naming each', async () => {
    const run = await runAction('canary', inputs({ steps: '50%:1m', 'listener-arn': 'nope' }), {
      env: { ...env(), AWS_ENDPOINT_URL: 'http://127.0.0.1:9' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('steps: the last step shifts 50%');
    expect(run.stdout).toContain("listener-arn: 'nope' is not an ALB listener ARN");
  });
});
