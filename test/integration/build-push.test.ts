/**
 * build-push's library against moto_server: the real ECR adapter over the wire, the real docker
 * runner (@actions/exec) running the fake docker in test/support/fake-docker, which "pushes" with
 * ECR's PutImage so the digest the scan is asked about really exists, and queues the scanner's
 * findings for that digest through moto's API. A manual clock makes scan waits instant.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  CreateRepositoryCommand,
} from '@aws-sdk/client-ecr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEcrPort, type EcrPort } from '../../src/aws/ecr.js';
import { runBuildPush, type BuildPushDeps } from '../../src/build-push/build-push.js';
import { createDockerPort, type DockerPort } from '../../src/build-push/docker.js';
import { parseBuildPushInputs } from '../../src/build-push/inputs.js';
import { renderBuildPushReport, type BuildPushReport } from '../../src/build-push/report.js';
import { ConfigurationError, OutcomeFailedError } from '../../src/runtime/errors.js';
import { RecordingLogger } from '../../src/runtime/logger.js';
import { ManualClock } from '../support/manual-clock.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';

const runs = requireMoto();

const FAKE_DOCKER = fileURLToPath(new URL('../support/fake-docker/', import.meta.url));
const SHA = '3f2a9c1d0b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b';
const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
/** What moto's GetAuthorizationToken hands out as the password. */
const MOTO_PASSWORD = '123456789012-auth-token';
const GITHUB = {
  serverUrl: 'https://github.com',
  repository: 'org/order-router',
  sha: SHA,
  refName: 'main',
  refType: 'branch',
} as const;

interface DockerCall {
  argv: string[];
  stdin?: { received: boolean; sha256: string };
}

/** A DescribeImageScanFindings answer for the fake docker to queue for the pushed digest. */
function scanResult(findings: object[], status = 'COMPLETE'): string {
  const counts: Record<string, number> = {};
  for (const f of findings as { severity: string }[]) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return JSON.stringify({
    imageScanStatus: { status, description: status === 'COMPLETE' ? 'The scan was completed successfully.' : '' },
    ...(status === 'COMPLETE' ? { imageScanFindings: { findings, findingSeverityCounts: counts } } : {}),
  });
}

const finding = (name: string, severity: string, pkg = 'openssl', version = '3.0.1') => ({
  name,
  severity,
  uri: `https://nvd.nist.gov/vuln/detail/${name}`,
  attributes: [
    { key: 'package_name', value: pkg },
    { key: 'package_version', value: version },
  ],
});

describe.runIf(runs)('build-push against moto, with a fake docker', () => {
  const moto = useMoto();
  let work: string;
  let client: ECRClient;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'build-push-it-'));
    client = new ECRClient({
      region: moto().region,
      endpoint: moto().endpoint,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    });
  });
  afterEach(() => {
    client.destroy();
    rmSync(work, { recursive: true, force: true });
  });

  const dockerLog = () => join(work, 'docker.jsonl');
  const dockerCalls = (): DockerCall[] =>
    existsSync(dockerLog())
      ? readFileSync(dockerLog(), 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as DockerCall)
      : [];

  const createRepository = (name: string, imageTagMutability: 'MUTABLE' | 'IMMUTABLE' = 'IMMUTABLE') =>
    client.send(new CreateRepositoryCommand({ repositoryName: name, imageTagMutability }));

  interface Run {
    report?: BuildPushReport;
    error?: unknown;
    events: string[];
    logger: RecordingLogger;
    clock: ManualClock;
  }

  async function run(
    inputs: Record<string, string>,
    options: { scanResult?: string; ecr?: (port: EcrPort) => EcrPort } = {},
  ): Promise<Run> {
    const events: string[] = [];
    const logger = new RecordingLogger();
    const clock = new ManualClock();
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      ...moto().env(),
      PATH: `${FAKE_DOCKER}:${process.env.PATH ?? ''}`,
      FAKE_DOCKER_LOG: dockerLog(),
      ...(options.scanResult ? { FAKE_DOCKER_SCAN_RESULT: options.scanResult } : {}),
    };
    const realDocker = createDockerPort({ executable: join(FAKE_DOCKER, 'docker'), env });
    const docker: DockerPort = {
      login: (...args) => {
        events.push('docker login');
        return realDocker.login(...args);
      },
      run: (args) => {
        events.push('docker buildx');
        return realDocker.run(args);
      },
    };
    const ecr = createEcrPort(client);
    const deps: BuildPushDeps = {
      ecr: options.ecr ? options.ecr(ecr) : ecr,
      docker,
      clock,
      logger,
      github: GITHUB,
      setSecret: (value) => events.push(`mask ${value}`),
      metadataFile: join(work, 'metadata.json'),
      readTextFile: (path) => readFileSync(path, 'utf8'),
      ghaCacheAvailable: true,
    };
    try {
      const report = await runBuildPush(
        parseBuildPushInputs((name) => inputs[name] ?? ''),
        deps,
      );
      return { report, events, logger, clock };
    } catch (error) {
      return { error, events, logger, clock };
    }
  }

  it('creates a missing repository when asked, pushes, and passes a clean scan of exactly the pushed digest', async () => {
    const result = await run(
      { repository: 'orders-api', 'create-repository': 'true', context: 'services/orders' },
      { scanResult: scanResult([]) },
    );
    expect(result.error).toBeUndefined();
    const report = result.report as BuildPushReport;

    const repository = (await client.send(new DescribeRepositoriesCommand({ repositoryNames: ['orders-api'] })))
      .repositories?.[0];
    expect(repository).toMatchObject({
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'AES256' },
    });
    expect(result.logger.messages('info')).toContain(
      `Created the ECR repository ${REGISTRY}/orders-api with immutable tags, scan-on-push and AES-256 encryption.`,
    );

    expect(report).toMatchObject({ passed: true, repositoryCreated: true, pushed: true });
    expect(report.image).toMatch(new RegExp(`^${REGISTRY}/orders-api@sha256:[0-9a-f]{64}$`));
    expect(report.image).toBe(`${REGISTRY}/orders-api@${report.digest}`);
    // Immutable repository: the commit SHA only, and the log says why the branch tag is missing.
    expect(report.tags).toEqual([`${REGISTRY}/orders-api:${SHA}`]);
    expect(report.tagNotes[0]).toContain("branch tag 'main' left out");
    const pushed = await client.send(
      new DescribeImagesCommand({ repositoryName: 'orders-api', imageIds: [{ imageDigest: report.digest }] }),
    );
    expect(pushed.imageDetails?.[0]?.imageTags).toEqual([SHA]);
    expect(report.scan).toMatchObject({ status: 'passed', threshold: 'CRITICAL', totalFindings: 0 });

    const build = dockerCalls().find((call) => call.argv[0] === 'buildx');
    expect(build?.argv).toEqual([
      'buildx',
      'build',
      '--label',
      'org.opencontainers.image.source=https://github.com/org/order-router',
      '--label',
      `org.opencontainers.image.revision=${SHA}`,
      '--label',
      'org.opencontainers.image.created=2026-11-23T14:00:00.000Z',
      '--tag',
      `${REGISTRY}/orders-api:${SHA}`,
      '--cache-from',
      'type=gha,scope=orders-api',
      '--cache-to',
      'type=gha,mode=max,scope=orders-api',
      '--provenance=false',
      '--metadata-file',
      join(work, 'metadata.json'),
      '--push',
      'services/orders',
    ]);
  });

  it('masks the ECR password and token before anything else, and passes the password only through stdin', async () => {
    await createRepository('orders-api');
    const result = await run({ repository: 'orders-api' }, { scanResult: scanResult([]) });
    expect(result.error).toBeUndefined();
    const token = Buffer.from(`AWS:${MOTO_PASSWORD}`).toString('base64');
    expect(result.events).toEqual([`mask ${MOTO_PASSWORD}`, `mask ${token}`, 'docker login', 'docker buildx']);

    const login = dockerCalls().find((call) => call.argv[0] === 'login');
    expect(login?.argv).toEqual(['login', '--username', 'AWS', '--password-stdin', REGISTRY]);
    expect(login?.stdin).toEqual({
      received: true,
      sha256: createHash('sha256').update(MOTO_PASSWORD).digest('hex'),
    });
    expect(JSON.stringify(dockerCalls())).not.toContain(MOTO_PASSWORD);
    expect(JSON.stringify(result.logger.lines)).not.toContain(MOTO_PASSWORD);
  });

  it('a missing repository without create-repository fails before anything is built, saying how to fix it', async () => {
    const result = await run({ repository: 'orders-api' });
    expect(result.error).toBeInstanceOf(ConfigurationError);
    expect((result.error as Error).message).toBe(
      `1 input problem (nothing was changed in AWS):\n  - repository: the ECR repository 'orders-api' does not exist in registry ${REGISTRY}. Create it (immutable tags and scan-on-push recommended), or set create-repository: true to let this step create it.`,
    );
    expect(dockerCalls()).toEqual([]);
    await expect(client.send(new DescribeRepositoriesCommand({ repositoryNames: ['orders-api'] }))).rejects.toThrow(
      /orders-api/,
    );
  });

  it('a CRITICAL finding fails the scan, with the finding in the report and its table', async () => {
    await createRepository('orders-api');
    const result = await run(
      { repository: 'orders-api' },
      {
        scanResult: scanResult([
          finding('CVE-2026-1000', 'CRITICAL'),
          finding('CVE-2026-2000', 'HIGH', 'zlib', '1.2.11'),
        ]),
      },
    );
    const report = result.report as BuildPushReport;
    expect(report.passed).toBe(false);
    expect(report.headline).toBe(`${report.image} has 1 finding at or above CRITICAL: CVE-2026-1000.`);
    expect(report.scan).toMatchObject({
      status: 'blocked',
      blocking: ['CVE-2026-1000'],
      counts: { CRITICAL: 1, HIGH: 1 },
    });
    const summary = renderBuildPushReport(report);
    expect(summary).toContain('| CRITICAL | 1 | 0 | ❌ 1 |');
    expect(summary).toContain('| HIGH | 1 | 0 | — |');
    expect(summary).toContain(
      '| CRITICAL | [CVE-2026-1000](https://nvd.nist.gov/vuln/detail/CVE-2026-1000) | openssl | 3.0.1 | — | ❌ blocking |',
    );
  });

  it('an ignored CVE passes and the report says it was ignored, until when and why', async () => {
    await createRepository('orders-api');
    const result = await run(
      { repository: 'orders-api', ignore: 'CVE-2026-1000 until 2027-01-31 # no fix upstream yet' },
      { scanResult: scanResult([finding('CVE-2026-1000', 'CRITICAL')]) },
    );
    const report = result.report as BuildPushReport;
    expect(report.passed).toBe(true);
    expect(report.scan).toMatchObject({
      status: 'passed',
      ignored: [{ id: 'CVE-2026-1000', until: '2027-01-31', reason: 'no fix upstream yet', severity: 'CRITICAL' }],
    });
    expect(renderBuildPushReport(report)).toContain(
      '- `CVE-2026-1000` (CRITICAL) until 2027-01-31: no fix upstream yet',
    );
  });

  it('an expired ignore no longer applies: the scan fails and the summary says the ignore expired', async () => {
    await createRepository('orders-api');
    const result = await run(
      { repository: 'orders-api', ignore: 'CVE-2026-1000 until 2026-11-01' },
      { scanResult: scanResult([finding('CVE-2026-1000', 'CRITICAL')]) },
    );
    const report = result.report as BuildPushReport;
    expect(report.passed).toBe(false);
    expect(report.scan).toMatchObject({ blocking: ['CVE-2026-1000'], expiredIgnores: [{ id: 'CVE-2026-1000' }] });
    expect(result.logger.messages('warning')).toContain(
      'The ignore for CVE-2026-1000 expired after 2026-11-01; it no longer applies.',
    );
    expect(renderBuildPushReport(report)).toContain(
      '#### Expired ignores (no longer applied)\n\n- `CVE-2026-1000` expired after 2026-11-01',
    );
  });

  it('a scan that never finishes fails at scan-timeout, polling at an explicit interval', async () => {
    await createRepository('orders-api');
    const result = await run(
      { repository: 'orders-api', 'scan-timeout': '30s' },
      { scanResult: scanResult([], 'IN_PROGRESS') },
    );
    const report = result.report as BuildPushReport;
    expect(report.passed).toBe(false);
    expect(report.scan).toEqual({
      status: 'failed',
      reason: 'no scan result within scan-timeout 30s: the scan was still IN_PROGRESS',
      waitedMs: 30_000,
      threshold: 'CRITICAL',
    });
    expect(result.clock.sleeps).toEqual([5_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
  });

  it('a mutable repository also gets the tag-safe branch name', async () => {
    await createRepository('orders-api', 'MUTABLE');
    const result = await run({ repository: 'orders-api', scan: 'none' });
    expect(result.report?.tags).toEqual([`${REGISTRY}/orders-api:${SHA}`, `${REGISTRY}/orders-api:main`]);
    expect(result.report?.scan).toEqual({ status: 'skipped', reason: 'scan is none' });
  });

  it('push: false builds only: no login, no --push, no scan, and no image reference to deploy', async () => {
    const result = await run({ repository: 'orders-api', push: 'false' });
    expect(result.error).toBeUndefined();
    expect(result.events.filter((e) => e.startsWith('docker'))).toEqual(['docker buildx']);
    expect(dockerCalls()[0]?.argv).not.toContain('--push');
    expect(result.report).toMatchObject({
      passed: true,
      pushed: false,
      image: '',
      scan: { status: 'skipped', reason: 'the image was not pushed, so ECR cannot scan it' },
    });
    expect(result.report?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('a tag that already exists in an immutable repository is refused before the build, naming its digest', async () => {
    await createRepository('orders-api');
    const first = await run({ repository: 'orders-api' }, { scanResult: scanResult([]) });
    expect(first.report?.passed).toBe(true);
    const builds = dockerCalls().length;

    const again = await run({ repository: 'orders-api' });
    expect(again.error).toBeInstanceOf(ConfigurationError);
    expect((again.error as Error).message).toContain(
      `tags: '${SHA}' already exists in orders-api, whose tags are immutable (it is ${first.report?.image})`,
    );
    expect(dockerCalls()).toHaveLength(builds);
  });

  it('ECR refusing to overwrite an immutable tag during the push (a concurrent run) gets a clear message', async () => {
    await createRepository('orders-api');
    await run({ repository: 'orders-api', tags: 'v1.4.0', scan: 'none' });
    // As if another run pushed v1.4.0 between this run's check and its push.
    const blind = (port: EcrPort): EcrPort => ({ ...port, findTags: async () => new Map() });
    const result = await run(
      { repository: 'orders-api', tags: 'v1.4.0', scan: 'none', labels: 'rebuilt=yes' },
      { ecr: blind },
    );
    expect(result.error).toBeInstanceOf(OutcomeFailedError);
    expect((result.error as Error).message).toMatch(
      /^ECR refused to overwrite a tag: repository orders-api has immutable tags and one of v1.4.0 already exists \(ImageTagAlreadyExistsException\)/,
    );
  });
});
