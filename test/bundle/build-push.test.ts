/**
 * The committed dist/build-push bundle, run exactly as the GitHub runner runs it: ECR in moto
 * through AWS_ENDPOINT_URL (no test-only code path in the action) and the fake docker from
 * test/support/fake-docker first on PATH, recording each command line and "pushing" with ECR's
 * PutImage so the scan is asked about a digest that exists.
 */
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../scripts/lib/run-action.mjs';
import type { BuildPushReport } from '../../src/build-push/report.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';

const runs = requireMoto();

const FAKE_DOCKER = fileURLToPath(new URL('../support/fake-docker/', import.meta.url));
const SHA = '3f2a9c1d0b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b';
const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const MOTO_PASSWORD = '123456789012-auth-token';

const completeScan = (findings: object[]) =>
  JSON.stringify({
    imageScanStatus: { status: 'COMPLETE', description: 'The scan was completed successfully.' },
    imageScanFindings: {
      findings,
      findingSeverityCounts: Object.fromEntries(
        [...new Set(findings.map((f) => (f as { severity: string }).severity))].map((s) => [
          s,
          findings.filter((f) => (f as { severity: string }).severity === s).length,
        ]),
      ),
    },
  });

describe.runIf(runs)('the build-push bundle, run as the GitHub runner runs it', () => {
  const moto = useMoto();
  let work: string;
  let ecr: ECRClient;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'build-push-bundle-'));
    ecr = new ECRClient({
      region: moto().region,
      endpoint: moto().endpoint,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
  });
  afterEach(() => {
    ecr.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  const dockerCalls = (): { argv: string[]; stdin?: { received: boolean } }[] => {
    const log = join(work, 'docker.jsonl');
    return existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { argv: string[] })
      : [];
  };

  const runBuildPush = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction('build-push', inputs, {
      env: {
        ...moto().env(),
        PATH: `${FAKE_DOCKER}:${process.env.PATH ?? ''}`,
        FAKE_DOCKER_LOG: join(work, 'docker.jsonl'),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'org/order-router',
        GITHUB_SHA: SHA,
        GITHUB_REF_NAME: 'Feature/Risk-Limits',
        GITHUB_REF_TYPE: 'branch',
        ...env,
      },
    });

  it('builds, pushes and passes a clean scan: outputs, summary, the exact buildx command line, a masked password', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'desk/orders-api', imageTagMutability: 'MUTABLE' }));
    const result = await runBuildPush(
      {
        repository: 'desk/orders-api',
        context: 'services/orders',
        dockerfile: 'services/orders/Dockerfile',
        target: 'runtime',
        platforms: 'linux/amd64,linux/arm64',
        'build-args': 'NODE_VERSION=24',
        labels: 'com.example.team=execution',
      },
      { ACTIONS_RUNTIME_TOKEN: 'runtime-token', FAKE_DOCKER_SCAN_RESULT: completeScan([]) },
    );

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const image = result.outputs.image ?? '';
    expect(image).toMatch(new RegExp(`^${REGISTRY}/desk/orders-api@sha256:[0-9a-f]{64}$`));
    expect(result.outputs.digest).toBe(image.slice(image.indexOf('@') + 1));
    expect(result.outputs.tags).toBe(
      `${REGISTRY}/desk/orders-api:${SHA}\n${REGISTRY}/desk/orders-api:feature-risk-limits`,
    );
    expect(JSON.parse(result.outputs.findings ?? '')).toEqual({
      CRITICAL: 0,
      HIGH: 0,
      MEDIUM: 0,
      LOW: 0,
      INFORMATIONAL: 0,
    });
    const report = JSON.parse(result.outputs.report ?? '{}') as BuildPushReport;
    expect(report).toMatchObject({ passed: true, image, scan: { status: 'passed', threshold: 'CRITICAL' } });
    expect(result.summary.startsWith('## ✅ build-push: desk/orders-api\n')).toBe(true);
    expect(result.summary).toContain(`| Image | \`${image}\` |`);
    expect(result.summary).toContain(`| Tags | \`${SHA}\`, \`feature-risk-limits\` |`);

    // The password is masked before docker login runs and never printed otherwise.
    const mask = result.stdout.indexOf(`::add-mask::${MOTO_PASSWORD}\n`);
    const login = result.stdout.indexOf('docker login --username AWS --password-stdin');
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(login).toBeGreaterThan(mask);
    expect(result.stdout.split(MOTO_PASSWORD)).toHaveLength(2);
    expect(result.stderr).not.toContain(MOTO_PASSWORD);

    const calls = dockerCalls();
    expect(calls.map((c) => c.argv[0])).toEqual(['login', 'buildx']);
    expect(calls[0]?.stdin?.received).toBe(true);
    const created = calls[1]?.argv.find((arg) => arg.startsWith('org.opencontainers.image.created=')) ?? '';
    expect(calls[1]?.argv).toEqual([
      'buildx',
      'build',
      '--file',
      'services/orders/Dockerfile',
      '--target',
      'runtime',
      '--platform',
      'linux/amd64,linux/arm64',
      '--build-arg',
      'NODE_VERSION=24',
      '--label',
      'org.opencontainers.image.source=https://github.com/org/order-router',
      '--label',
      `org.opencontainers.image.revision=${SHA}`,
      '--label',
      created,
      '--label',
      'com.example.team=execution',
      '--tag',
      `${REGISTRY}/desk/orders-api:${SHA}`,
      '--tag',
      `${REGISTRY}/desk/orders-api:feature-risk-limits`,
      '--cache-from',
      'type=gha,scope=desk-orders-api-runtime',
      '--cache-to',
      'type=gha,mode=max,scope=desk-orders-api-runtime',
      '--provenance=false',
      '--metadata-file',
      expect.stringMatching(/build-push-.*\/metadata\.json$/),
      '--push',
      'services/orders',
    ]);
    expect(Date.parse(created.slice(created.indexOf('=') + 1))).toBeGreaterThan(Date.parse('2026-01-01'));
  });

  it('fails the step on a CRITICAL finding, with the table in the summary and the finding in the error', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'orders-api', imageTagMutability: 'IMMUTABLE' }));
    const result = await runBuildPush(
      { repository: 'orders-api', 'severity-threshold': 'HIGH' },
      {
        FAKE_DOCKER_SCAN_RESULT: completeScan([
          {
            name: 'CVE-2026-1000',
            severity: 'CRITICAL',
            attributes: [
              { key: 'package_name', value: 'openssl' },
              { key: 'package_version', value: '3.0.1' },
            ],
          },
        ]),
      },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error::.*orders-api@sha256:[0-9a-f]{64} has 1 finding at or above HIGH: CVE-2026-1000\./,
    );
    expect(result.stdout).not.toContain('Unexpected error');
    expect(JSON.parse(result.outputs.findings ?? '')).toMatchObject({ CRITICAL: 1, HIGH: 0 });
    expect(result.summary.startsWith('## ❌ build-push: orders-api\n')).toBe(true);
    expect(result.summary).toContain('| CRITICAL | 1 | 0 | ❌ 1 |');
    expect(result.summary).toContain('| CRITICAL | CVE-2026-1000 | openssl | 3.0.1 | — | ❌ blocking |');
    // Immutable repository: the branch tag is left out, and the summary says why.
    expect(result.outputs.tags).toBe(`${REGISTRY}/orders-api:${SHA}`);
    expect(result.summary).toContain("> branch tag 'feature-risk-limits' left out");
  });

  it('a missing repository fails before any docker command, saying how to fix it', async () => {
    const result = await runBuildPush({ repository: 'orders-api' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "::error::1 input problem (nothing was changed in AWS):%0A  - repository: the ECR repository 'orders-api' does not exist in registry",
    );
    expect(result.stdout).toContain('set create-repository: true');
    expect(dockerCalls()).toEqual([]);
  });

  it('without the Actions cache service the build runs uncached with a warning; provenance can be asked for', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'orders-api' }));
    const result = await runBuildPush({ repository: 'orders-api', provenance: 'true', scan: 'none', tags: 'v1.4.0' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('::warning::cache: gha needs the GitHub Actions cache service');
    const build = dockerCalls().find((c) => c.argv[0] === 'buildx')?.argv ?? [];
    expect(build).toContain('--provenance=true');
    expect(build.filter((arg) => arg.startsWith('--cache'))).toEqual([]);
    expect(build.filter((_arg, i) => build[i - 1] === '--tag')).toEqual([`${REGISTRY}/orders-api:v1.4.0`]);
    expect(result.summary).toContain('Not scanned: scan is none.');
    expect(result.outputs.findings).toBe('{}');
  });

  it('invalid inputs fail with every problem listed, before any AWS or docker call', async () => {
    const result = await runBuildPush({ repository: 'Orders', scan: 'trivy', tags: 'latest,-x' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('::error::3 input problems (nothing was changed in AWS):');
    expect(dockerCalls()).toEqual([]);
  });
});
