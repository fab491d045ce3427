/** Everything `docker buildx build` is told, already resolved (full tag names, every label). */
export interface BuildxPlan {
  readonly context: string;
  readonly dockerfile?: string;
  readonly target?: string;
  readonly platforms: readonly string[];
  readonly buildArgs: ReadonlyMap<string, string>;
  readonly labels: ReadonlyMap<string, string>;
  /** Full references, `123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api:3f2a…`. */
  readonly imageRefs: readonly string[];
  /** The GitHub Actions cache scope, or undefined for no cache. */
  readonly cacheScope?: string;
  readonly provenance: boolean;
  readonly push: boolean;
  /** Where buildx writes its result as JSON, the digest included. */
  readonly metadataFile: string;
}

/**
 * The arguments after `docker`. Every value is its own argument (never a shell string), so a
 * build-arg or label with spaces or quotes reaches buildx unchanged.
 */
export function buildxArgs(plan: BuildxPlan): string[] {
  const args = ['buildx', 'build'];
  if (plan.dockerfile) args.push('--file', plan.dockerfile);
  if (plan.target) args.push('--target', plan.target);
  if (plan.platforms.length > 0) args.push('--platform', plan.platforms.join(','));
  for (const [key, value] of plan.buildArgs) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of plan.labels) args.push('--label', `${key}=${value}`);
  for (const ref of plan.imageRefs) args.push('--tag', ref);
  if (plan.cacheScope !== undefined) {
    args.push('--cache-from', `type=gha,scope=${plan.cacheScope}`);
    args.push('--cache-to', `type=gha,mode=max,scope=${plan.cacheScope}`);
  }
  // Always explicit: buildx adds a provenance attestation by default when pushing, and that
  // turns the pushed image into an index (see the README).
  args.push(`--provenance=${plan.provenance}`);
  args.push('--metadata-file', plan.metadataFile);
  if (plan.push) args.push('--push');
  args.push(plan.context);
  return args;
}

/**
 * The cache scope: one per image (repository and target), so two images built in one workflow
 * do not evict each other's layers. Not per branch: GitHub already keeps caches apart by branch
 * and lets a branch read its default branch's entries, which only works under the same scope.
 */
export function cacheScope(repository: string, target: string | undefined): string {
  return [repository, target]
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9._-]/g, '-');
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * The pushed image's digest from the JSON buildx wrote to --metadata-file. For a multi-platform
 * build it is the index digest, which is what a deploy should pin.
 */
export function readBuildDigest(metadataJson: string): string {
  let metadata: unknown;
  try {
    metadata = JSON.parse(metadataJson);
  } catch {
    throw new Error(`buildx wrote a metadata file that is not JSON: ${metadataJson.slice(0, 200)}`);
  }
  const digest = (metadata as Record<string, unknown> | null)?.['containerimage.digest'];
  if (typeof digest !== 'string' || !DIGEST.test(digest)) {
    throw new Error(
      `buildx's metadata file has no containerimage.digest (found ${JSON.stringify(digest)}); buildx 0.9 or later is needed.`,
    );
  }
  return digest;
}

/**
 * Recognises the registry's refusal to move an immutable tag in buildx's error output. Real ECR
 * says "tag invalid: The image tag 'x' already exists in the 'repo' repository and cannot be
 * overwritten because the repository is immutable"; the API calls it ImageTagAlreadyExistsException.
 */
export function isImmutableTagRefusal(output: string): boolean {
  return /already exists[^\n]*immutable|ImageTagAlreadyExistsException|ImageAlreadyExistsException/i.test(output);
}
