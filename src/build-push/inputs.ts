import { REGION_PATTERN } from '../aws/client-config.js';
import { InputReader, type ReadInput } from '../runtime/inputs.js';
import { THRESHOLDS, type SeverityThreshold } from './findings.js';
import { parseIgnoreList, type IgnoreRule } from './ignore.js';
import { LABEL_KEY_PATTERN, OCI_LABELS } from './labels.js';
import { TAG_PATTERN } from './tags.js';

export interface BuildPushInputs {
  readonly repository: string;
  readonly createRepository: boolean;
  readonly context: string;
  readonly dockerfile: string | undefined;
  readonly target: string | undefined;
  readonly platforms: readonly string[];
  readonly buildArgs: ReadonlyMap<string, string>;
  readonly labels: ReadonlyMap<string, string>;
  readonly cache: 'gha' | 'none';
  /** Tags as given; empty means the defaults (commit SHA and branch or tag name). */
  readonly tags: readonly string[];
  readonly push: boolean;
  readonly provenance: boolean;
  readonly scan: 'ecr' | 'none';
  readonly scanTimeoutMs: number;
  readonly severityThreshold: SeverityThreshold;
  readonly ignore: readonly IgnoreRule[];
  readonly awsRegion: string | undefined;
}

/** An ECR repository name (a path of lowercase components), 2 to 256 characters. */
const REPOSITORY_PATTERN = /^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const PLATFORM_PATTERN = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const TARGET_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Reads and validates every build-push input; all problems at once, before anything runs. */
export function parseBuildPushInputs(read: ReadInput): BuildPushInputs {
  const reader = new InputReader(read);
  const inputs = readBuildPushInputs(reader);
  reader.throwIfProblems();
  return inputs;
}

/** The reading half, exposed so a test can compare the inputs read with action.yml. */
export function readBuildPushInputs(reader: InputReader): BuildPushInputs {
  const repository = reader.string('repository', { required: true }) ?? '';
  if (repository && /\.amazonaws\.com|:|@/.test(repository)) {
    reader.problem(
      'repository',
      `'${repository}' looks like an image reference; give the repository name alone, like orders-api or team/orders-api.`,
    );
  } else if (repository && !REPOSITORY_PATTERN.test(repository)) {
    reader.problem(
      'repository',
      `'${repository}' is not an ECR repository name: 2 to 256 lowercase letters, digits and . _ - /, like team/orders-api.`,
    );
  }
  const createRepository = reader.boolean('create-repository', false);
  const context = reader.string('context', { default: '.' }) ?? '.';
  const dockerfile = reader.string('dockerfile');
  const target = reader.string('target');
  if (target !== undefined && !TARGET_PATTERN.test(target)) {
    reader.problem('target', `'${target}' is not a build stage name (letters, digits, . _ -).`);
  }
  const platforms = list(reader.string('platforms'));
  for (const platform of platforms.filter((p) => !PLATFORM_PATTERN.test(p))) {
    reader.problem('platforms', `'${platform}' is not a platform; write os/arch like linux/amd64 or linux/arm64.`);
  }
  const buildArgs = reader.keyValues('build-args');
  const labels = reader.keyValues('labels', LABEL_KEY_PATTERN);
  for (const key of Object.values(OCI_LABELS).filter((k) => labels.has(k))) {
    reader.problem('labels', `'${key}' is set from the GitHub context on every build; remove it from labels.`);
  }
  const cache = reader.choice('cache', ['gha', 'none'] as const, 'gha');
  const tags = list(reader.string('tags'));
  for (const tag of tags.filter((t) => !TAG_PATTERN.test(t))) {
    reader.problem(
      'tags',
      `'${tag}' is not a valid tag: up to 128 letters, digits and . _ -, not starting with . or -. Give tags alone, without the repository.`,
    );
  }
  const push = reader.boolean('push', true);
  const provenance = reader.boolean('provenance', false);
  const scan = reader.choice('scan', ['ecr', 'none'] as const, 'ecr');
  const scanTimeoutMs = reader.duration('scan-timeout', '10m', { min: 10_000, max: 3_600_000 });
  const severityThreshold = reader.choice('severity-threshold', THRESHOLDS, 'CRITICAL');
  const ignored = parseIgnoreList(reader.string('ignore') ?? '');
  for (const message of ignored.problems) reader.problem('ignore', message);
  const awsRegion = reader.string('aws-region');
  if (awsRegion !== undefined && !REGION_PATTERN.test(awsRegion)) {
    reader.problem('aws-region', `'${awsRegion}' is not an AWS region name; expected something like us-east-1.`);
  }
  return {
    repository,
    createRepository,
    context,
    dockerfile,
    target,
    platforms,
    buildArgs,
    labels,
    cache,
    tags,
    push,
    provenance,
    scan,
    scanTimeoutMs,
    severityThreshold,
    ignore: ignored.rules,
    awsRegion,
  };
}

/** One value per line or comma; blank lines and `#` comments skipped; duplicates dropped. */
function list(text: string | undefined): string[] {
  const items = (text ?? '')
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}
