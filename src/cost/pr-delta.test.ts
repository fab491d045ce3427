import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github-server.js';
import { ConfigurationError } from '../runtime/errors.js';
import { RecordingLogger } from '../runtime/logger.js';
import { tablePriceBook } from './fargate.js';
import type { PrDeltaInputs } from './inputs.js';
import { computePrDelta, publishPrComment, PR_COMMENT_MARKER, type SourceFile } from './pr-delta.js';
import { renderPrDelta } from './render.js';

const book = tablePriceBook('us-east-1');
const file = (path: string, body: object): SourceFile => ({ path, text: JSON.stringify(body) });
const td = (family: string, cpu: string, memory: string, extra: object = {}) => ({
  family,
  cpu,
  memory,
  containerDefinitions: [{ name: 'app', image: 'x' }],
  ...extra,
});
const inputs = (extra: Partial<PrDeltaInputs> = {}): PrDeltaInputs => ({
  base: 'base/*.json',
  head: 'deploy/*.json',
  capacityProviderStrategy: [],
  livePrices: false,
  minChangeUsd: 10,
  minChangePercent: 10,
  ...extra,
});

describe('pr-delta', () => {
  it('four tasks from 0.5 vCPU / 1 GB to 1 vCPU / 2 GB add about $72 a month', async () => {
    const report = await computePrDelta(
      inputs({ desiredCount: 4 }),
      {
        base: [file('base/order-router.json', td('order-router', '512', '1024'))],
        head: [file('deploy/order-router.json', td('order-router', '1024', '2048'))],
      },
      book,
      {},
      new RecordingLogger(),
    );
    expect(report.deltaMax).toBeCloseTo(72.08, 2);
    expect(report.percent).toBeCloseTo(100, 6);
    expect(report).toMatchObject({ significant: true, status: 'warning', failed: false });
    const markdown = renderPrDelta(report);
    expect(markdown).toContain('Fargate cost of this change: +$72.08 a month');
    expect(markdown).toContain(
      '| order-router | 4 (desired-count) | 0.5 vCPU / 1 GB | 1 vCPU / 2 GB | $72.08 | $144.16 | +$72.08 |',
    );
  });

  it('prices the autoscaling range, the Spot share, ARM, extra storage, new and removed services', async () => {
    const report = await computePrDelta(
      inputs({
        capacityProviderStrategy: [
          { provider: 'FARGATE', weight: 1, base: 1 },
          { provider: 'FARGATE_SPOT', weight: 1, base: 0 },
        ],
        failAboveUsd: 50,
      }),
      {
        base: [file('base/a.json', td('risk', '1024', '2048')), file('base/b.json', td('legacy', '256', '512'))],
        head: [
          file(
            'deploy/a.json',
            td('risk', '1 vCPU', '2 GB', {
              runtimePlatform: { cpuArchitecture: 'ARM64' },
              ephemeralStorage: { sizeInGiB: 50 },
            }),
          ),
          file('deploy/c.json', td('pricer', '2048', '4096')),
        ],
      },
      book,
      {
        cluster: 'prod',
        autoscaling: { serviceCapacity: async () => new Map([['risk', { min: 1, max: 5 }]]) },
        ecs: {
          listServices: async () => [],
          describeServices: async () => [
            { name: 'pricer', desiredCount: 3, taskDefinitionArn: '', tags: {}, strategy: [], launchType: 'FARGATE' },
          ],
          describeTaskDefinition: async () => ({ family: '' }),
        },
      },
      new RecordingLogger(),
    );
    const byFamily = Object.fromEntries(report.services.map((s) => [s.family, s]));
    expect(byFamily.risk?.count).toEqual({ min: 1, max: 5, source: 'autoscaling' });
    expect(byFamily.pricer?.count).toEqual({ min: 3, max: 3, source: 'service' });
    expect(byFamily.legacy?.count.source).toBe('assumed');
    expect(byFamily.legacy?.deltaMax).toBeLessThan(0);
    // At 5 tasks: 1 base on Fargate, then 2 + 2: three on-demand, two on Spot at 30 %.
    const armHourly = 0.03238 + 2 * 0.00356 + 30 * 0.000111;
    expect(byFamily.risk?.headMax).toBeCloseTo((3 + 2 * 0.3) * armHourly * 730, 4);
    expect(report.failed).toBe(true);
    expect(report.status).toBe('alert');
    expect(renderPrDelta(report)).toContain('exceeds the limit of $50.00 a month');
    expect(report.notes.join(' ')).toMatch(/priced at one task/);
  });

  it('a tiny change is not significant; an unchanged one is zero', async () => {
    const report = await computePrDelta(
      inputs({ desiredCount: 1 }),
      {
        base: [file('base/x.json', td('x', '1024', '2048'))],
        head: [file('deploy/x.json', td('x', '1024', '3072'))],
      },
      book,
      {},
      new RecordingLogger(),
    );
    expect(report.deltaMax).toBeCloseTo(0.004445 * 730, 4);
    expect(report).toMatchObject({ significant: false, status: 'ok' });
  });

  it('refuses files it cannot price, naming the input and the file', async () => {
    const run = computePrDelta(
      inputs(),
      {
        base: [{ path: 'base/x.json', text: '{ nope' }],
        head: [
          file('deploy/x.json', td('x', '1024', '9216')),
          file('deploy/y.json', { family: 'y', containerDefinitions: [] }),
        ],
      },
      book,
      {},
      new RecordingLogger(),
    );
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow(/base \(base\/x.json\): is not valid JSON or YAML/);
    await expect(run).rejects.toThrow(/head \(deploy\/x.json\): 1 vCPU with 9 GB is not a size Fargate runs/);
    await expect(run).rejects.toThrow(/head \(deploy\/y.json\): needs task-level "cpu" and "memory"/);
  });
});

describe('the pull-request comment', () => {
  let server: FakeGitHub;
  beforeAll(async () => {
    server = await startFakeGitHub('org/trading');
  });
  afterAll(() => server.close());

  it('is created once when the change matters, updated after, and never created for a small change', async () => {
    const github = createGitHubClient({ apiUrl: server.url, token: 't', repository: 'org/trading' });
    const priced = (memory: string, desiredCount = 1) =>
      computePrDelta(
        inputs({ desiredCount }),
        { base: [file('b.json', td('x', '1024', '2048'))], head: [file('h.json', td('x', '1024', memory))] },
        book,
        {},
        new RecordingLogger(),
      );
    const small = await priced('3072');
    expect(await publishPrComment(github, 12, small, renderPrDelta(small))).toBe('skipped');
    const big = await priced('8192', 4);
    expect(await publishPrComment(github, 12, big, renderPrDelta(big))).toBe('created');
    expect(await publishPrComment(github, 12, big, renderPrDelta(big))).toBe('updated');
    expect(await publishPrComment(github, 12, small, renderPrDelta(small))).toBe('updated');
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]?.body).toContain(PR_COMMENT_MARKER);
    expect(server.comments[0]?.body).toContain('Below min-change-usd and min-change-percent');
  });
});
