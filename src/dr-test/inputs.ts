import { REGION_PATTERN } from '../aws/client-config.js';
import { ConfigurationError } from '../runtime/errors.js';
import { InputReader, type ReadInput } from '../runtime/inputs.js';

/** verify reads only; restore times a database restore; failover-service times a standby service. */
export const DRILL_TYPES = ['verify', 'restore', 'failover-service'] as const;
export type DrillType = (typeof DRILL_TYPES)[number];

/** The standby ECS service a drill scales up from zero in the recovery region. */
export interface StandbyTarget {
  readonly cluster: string;
  readonly service: string;
  readonly desiredCount: number;
  readonly smokeUrl: string;
}

export interface DrTestInputs {
  readonly type: DrillType;
  readonly primaryRegion: string;
  readonly recoveryRegion: string;
  readonly rdsInstance?: string;
  readonly dbSubnetGroup?: string;
  readonly dbInstanceClass?: string;
  readonly s3Bucket?: string;
  /** Write a tagged canary object to the source bucket to time replication end to end. */
  readonly s3Canary: boolean;
  readonly ecr?: { readonly repository: string; readonly image: string };
  readonly standby?: StandbyTarget;
  readonly rtoTargetMs: number;
  readonly rpoTargetMs: number;
  readonly durationMs: number;
  readonly pollIntervalMs: number;
  /** Undefined when the input is empty: the entry point takes the GitHub run (see resolveRunId). */
  readonly runId?: string;
  readonly reportDirectory: string;
}

/** Letters, digits, `-`, `_` and `.`: a valid tag value everywhere, and short enough for an RDS name. */
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,47}$/;
/** An RDS instance identifier (also the form of a subnet group name we accept). */
const DB_IDENTIFIER = /^[A-Za-z](?!.*--)[A-Za-z0-9-]{0,62}(?<!-)$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Reads and validates every dr-test input; throws one error listing all problems. */
export function parseDrTestInputs(read: ReadInput): DrTestInputs {
  const reader = new InputReader(read);
  const inputs = readDrTestInputs(reader);
  reader.throwIfProblems();
  return inputs;
}

/** The reading half of parseDrTestInputs, exposed so a test can compare it with action.yml. */
export function readDrTestInputs(reader: InputReader): DrTestInputs {
  const type = reader.choice('type', DRILL_TYPES, 'verify');
  const primaryRegion = region(reader, 'primary-region');
  const recoveryRegion = region(reader, 'recovery-region');
  if (primaryRegion && primaryRegion === recoveryRegion) {
    reader.problem('recovery-region', `must differ from primary-region (both are '${primaryRegion}').`);
  }

  const rdsInstance = matching(reader, 'rds-instance', DB_IDENTIFIER, 'an RDS DB instance identifier');
  const dbSubnetGroup = matching(reader, 'db-subnet-group', /^[A-Za-z0-9 ._-]{1,255}$/, 'a DB subnet group name');
  const dbInstanceClass = matching(reader, 'db-instance-class', /^db\.[a-z0-9-]+\.[a-z0-9]+$/, 'like db.t3.medium');
  const s3Bucket = matching(reader, 's3-bucket', BUCKET, 'an S3 bucket name');
  const s3Canary = reader.boolean('s3-canary', true);

  const repository = matching(reader, 'ecr-repository', REPOSITORY, 'an ECR repository name like team/api');
  const image = reader.string('image');
  const imageRef = image === undefined ? undefined : imageReference(reader, image);
  if ((repository === undefined) !== (image === undefined)) {
    reader.problem(
      repository === undefined ? 'ecr-repository' : 'image',
      'ecr-repository and image go together: set both to check the deployed image is replicated, or neither.',
    );
  }

  const standbyCluster = reader.string('standby-cluster');
  const standbyService = reader.string('standby-service');
  const desiredCount = reader.integer('standby-desired-count', 2, { min: 1, max: 100 });
  const smokeUrl = reader.string('smoke-url');
  if (smokeUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(smokeUrl)) {
    reader.problem('smoke-url', `'${smokeUrl}' is not an http:// or https:// URL.`);
  }
  const standbyGiven = [standbyCluster, standbyService, smokeUrl].filter((v) => v !== undefined).length;
  if (standbyGiven > 0 && standbyGiven < 3) {
    reader.problem(
      'standby-cluster',
      'standby-cluster, standby-service and smoke-url go together: set all three to drill the standby service.',
    );
  }

  const rtoTargetMs = reader.duration('rto-target', '15m', { min: 1000, max: 24 * 3_600_000 });
  const rpoTargetMs = reader.duration('rpo-target', '5m', { min: 1000, max: 7 * 24 * 3_600_000 });
  // A GitHub job runs at most 6 hours; the drill must finish its teardown inside it.
  const durationMs = reader.duration('duration', '30m', { min: 1000, max: 5 * 3_600_000 });
  const pollIntervalMs = reader.duration('poll-interval', '5s', { min: 100, max: 300_000 });
  const runId = reader.string('run-id');
  if (runId !== undefined && !RUN_ID.test(runId)) {
    reader.problem('run-id', `'${runId}' is not valid. Use up to 48 letters, digits, '.', '_' or '-'.`);
  }
  const reportDirectory = reader.string('report-directory', { default: 'dr-test-report' }) ?? 'dr-test-report';

  if (type === 'restore' && rdsInstance === undefined) {
    reader.problem(
      'rds-instance',
      'is required when type is restore: it names the database whose snapshot is restored.',
    );
  }
  if (type === 'failover-service' && standbyGiven === 0) {
    reader.problem(
      'standby-cluster',
      'standby-cluster, standby-service and smoke-url are required when type is failover-service.',
    );
  }
  if (type === 'verify' && rdsInstance === undefined && s3Bucket === undefined && repository === undefined) {
    reader.problem('type', 'verify needs something to check: set rds-instance, s3-bucket or ecr-repository and image.');
  }
  if (durationMs > 0 && pollIntervalMs >= durationMs) {
    reader.problem('poll-interval', 'must be shorter than duration, or the drill could not poll even once.');
  }

  return {
    type,
    primaryRegion: primaryRegion ?? '',
    recoveryRegion: recoveryRegion ?? '',
    rdsInstance,
    dbSubnetGroup,
    dbInstanceClass,
    s3Bucket,
    s3Canary,
    ecr: repository !== undefined && imageRef !== undefined ? { repository, image: imageRef } : undefined,
    standby:
      standbyCluster !== undefined && standbyService !== undefined && smokeUrl !== undefined
        ? { cluster: standbyCluster, service: standbyService, desiredCount, smokeUrl }
        : undefined,
    rtoTargetMs,
    rpoTargetMs,
    durationMs,
    pollIntervalMs,
    runId,
    reportDirectory,
  };
}

/**
 * The run id that tags everything a drill creates: the input when given, else the GitHub run and
 * its attempt (a re-run is a new drill whose leftovers must not be mistaken for the first's).
 */
export function resolveRunId(input: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  if (input) return input;
  if (env.GITHUB_RUN_ID) return `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`;
  throw new ConfigurationError([
    { input: 'run-id', message: 'is required outside GitHub Actions (there is no GITHUB_RUN_ID to default to).' },
  ]);
}

function region(reader: InputReader, name: string): string | undefined {
  const value = reader.string(name, { required: true });
  if (value !== undefined && !REGION_PATTERN.test(value)) {
    reader.problem(name, `'${value}' is not an AWS region name; expected something like us-east-1.`);
    return undefined;
  }
  return value;
}

function matching(reader: InputReader, name: string, pattern: RegExp, expected: string): string | undefined {
  const value = reader.string(name);
  if (value !== undefined && !pattern.test(value)) {
    reader.problem(name, `'${value}' is not valid; expected ${expected}.`);
    return undefined;
  }
  return value;
}

/** `sha256:…`, `repo@sha256:…` or `repo:tag`, reduced to the digest or the tag. */
function imageReference(reader: InputReader, image: string): string | undefined {
  const at = image.lastIndexOf('@');
  if (at !== -1) {
    const digest = image.slice(at + 1);
    if (DIGEST.test(digest)) return digest;
  } else if (DIGEST.test(image)) {
    return image;
  } else {
    const lastSlash = image.lastIndexOf('/');
    const colon = image.lastIndexOf(':');
    const tag = colon > lastSlash ? image.slice(colon + 1) : image;
    if (TAG.test(tag) && (colon > lastSlash || !image.includes('/'))) return tag;
  }
  reader.problem(
    'image',
    `'${image}' is not valid. Use the deployed digest (sha256:…, or repository@sha256:…) or a tag (repository:tag).`,
  );
  return undefined;
}
