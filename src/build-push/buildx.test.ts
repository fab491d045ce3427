import { describe, expect, test } from 'vitest';
import { buildxArgs, cacheScope, isImmutableTagRefusal, readBuildDigest, type BuildxPlan } from './buildx.js';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api';
const DIGEST = `sha256:${'a'.repeat(64)}`;

const plan: BuildxPlan = {
  context: 'services/orders',
  platforms: [],
  buildArgs: new Map(),
  labels: new Map(),
  imageRefs: [`${REPO}:abc`],
  provenance: false,
  push: true,
  metadataFile: '/tmp/m.json',
};

describe('the buildx command line', () => {
  test('a minimal build: explicit provenance, the metadata file, --push, the context last', () => {
    expect(buildxArgs(plan)).toEqual([
      'buildx',
      'build',
      '--tag',
      `${REPO}:abc`,
      '--provenance=false',
      '--metadata-file',
      '/tmp/m.json',
      '--push',
      'services/orders',
    ]);
  });

  test('every option in order, each value its own argument (spaces and quotes survive)', () => {
    const args = buildxArgs({
      ...plan,
      dockerfile: 'services/orders/Dockerfile',
      target: 'runtime',
      platforms: ['linux/amd64', 'linux/arm64'],
      buildArgs: new Map([['GREETING', 'hello "trader" & co']]),
      labels: new Map([['org.opencontainers.image.revision', 'abc']]),
      imageRefs: [`${REPO}:abc`, `${REPO}:main`],
      cacheScope: 'orders-api-runtime',
      provenance: true,
      push: false,
    });
    expect(args).toEqual([
      'buildx',
      'build',
      '--file',
      'services/orders/Dockerfile',
      '--target',
      'runtime',
      '--platform',
      'linux/amd64,linux/arm64',
      '--build-arg',
      'GREETING=hello "trader" & co',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--tag',
      `${REPO}:abc`,
      '--tag',
      `${REPO}:main`,
      '--cache-from',
      'type=gha,scope=orders-api-runtime',
      '--cache-to',
      'type=gha,mode=max,scope=orders-api-runtime',
      '--provenance=true',
      '--metadata-file',
      '/tmp/m.json',
      'services/orders',
    ]);
  });

  test('the cache scope is per image: repository and target, made safe', () => {
    expect(cacheScope('desk/orders-api', undefined)).toBe('desk-orders-api');
    expect(cacheScope('orders-api', 'runtime')).toBe('orders-api-runtime');
  });
});

describe("reading buildx's metadata file", () => {
  test('the digest comes from containerimage.digest', () => {
    expect(readBuildDigest(JSON.stringify({ 'containerimage.digest': DIGEST, 'image.name': `${REPO}:abc` }))).toBe(
      DIGEST,
    );
  });

  test('a file without a digest is an error naming what was found', () => {
    expect(() => readBuildDigest('{"buildx.build.ref":"x"}')).toThrow(
      /has no containerimage.digest \(found undefined\)/,
    );
    expect(() => readBuildDigest('{"containerimage.digest":"sha256:short"}')).toThrow(/"sha256:short"/);
    expect(() => readBuildDigest('not json')).toThrow(/not JSON/);
  });
});

test("ECR's refusal to overwrite an immutable tag is recognised in buildx's output", () => {
  expect(
    isImmutableTagRefusal(
      "ERROR: failed to push x: tag invalid: The image tag 'abc' already exists in the 'orders-api' repository and cannot be overwritten because the repository is immutable.",
    ),
  ).toBe(true);
  expect(isImmutableTagRefusal('ERROR: failed to solve: process "/bin/sh -c make" did not complete')).toBe(false);
});
