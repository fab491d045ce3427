/**
 * The committed dist/cost-alert bundle, run exactly as the GitHub runner runs it: a pull-request
 * delta over two task-definition files, with a local server as the GitHub API. No AWS is needed
 * for the dated price table and an explicit desired count.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/lib/run-action.mjs';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github-server.js';

const taskDefinition = (cpu: string, memory: string) =>
  JSON.stringify({ family: 'order-router', cpu, memory, containerDefinitions: [{ name: 'router', image: 'x' }] });

describe('the cost-alert bundle, run as the GitHub runner runs it', () => {
  let github: FakeGitHub;
  let workspace: string;

  beforeAll(async () => {
    github = await startFakeGitHub('org/trading');
    workspace = mkdtempSync(join(tmpdir(), 'cost-alert-bundle-'));
    mkdirSync(join(workspace, 'base'));
    mkdirSync(join(workspace, 'deploy'));
    writeFileSync(join(workspace, 'base', 'order-router.json'), taskDefinition('512', '1024'));
    writeFileSync(join(workspace, 'deploy', 'order-router.json'), taskDefinition('1024', '2048'));
    writeFileSync(join(workspace, 'event.json'), JSON.stringify({ pull_request: { number: 42 } }));
  });
  afterAll(async () => {
    await github?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  const env = () => ({
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: 'org/trading',
    GITHUB_EVENT_PATH: join(workspace, 'event.json'),
    GITHUB_WORKSPACE: workspace,
  });
  const inputs = {
    mode: 'pr-delta',
    base: 'base/*.json',
    head: 'deploy/*.json',
    'desired-count': '4',
    'github-token': 'ghs_bundle_token',
  };

  it('prices the change, comments once on the pull request and updates that comment on the next run', async () => {
    const first = await runAction('cost-alert', inputs, { env: env() });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs['monthly-delta']).toBe('72.08');
    expect(first.outputs.status).toBe('warning');
    expect(first.summary).toContain('Fargate cost of this change: +$72.08 a month');
    expect(first.stdout).toContain('::add-mask::ghs_bundle_token');
    expect(first.stdout).toContain('comment created on #42');

    const second = await runAction('cost-alert', inputs, { env: env() });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('comment updated on #42');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.issue).toBe(42);
    expect(github.authorizations.every((a) => a === 'Bearer ghs_bundle_token')).toBe(true);
  });

  it('fail-above-usd turns the delta into a gate', async () => {
    const run = await runAction('cost-alert', { ...inputs, 'fail-above-usd': '50' }, { env: env() });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('alert');
    expect(run.stdout).toMatch(/::error::cost-alert pr-delta: \+\$72.08 a month .*Above fail-above-usd 50/);
  });

  it('a configuration problem fails before any call, naming the input', async () => {
    const run = await runAction(
      'cost-alert',
      { mode: 'report', 'slack-webhook-url': 'http://hooks.example/secret-bit' },
      { env: env() },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('budget: report mode needs a budget');
    expect(run.stdout).not.toContain('secret-bit');
  });
});
