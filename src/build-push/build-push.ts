import type { EcrPort, Finding, RepositoryInfo } from '../aws/ecr.js';
import type { Clock } from '../runtime/clock.js';
import { ConfigurationError, OutcomeFailedError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { buildxArgs, cacheScope, isImmutableTagRefusal, readBuildDigest } from './buildx.js';
import type { DockerPort } from './docker.js';
import { evaluateFindings, severityRank } from './findings.js';
import type { GitHubContext } from './github-context.js';
import type { BuildPushInputs } from './inputs.js';
import { imageLabels } from './labels.js';
import type { BuildPushReport, ReportedFinding, ScanReport } from './report.js';
import { waitForScan } from './scan.js';
import { defaultTags } from './tags.js';

export interface BuildPushDeps {
  readonly ecr: EcrPort;
  readonly docker: DockerPort;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly github: GitHubContext;
  /** Masks a value in every later log line; called before the value can reach any log. */
  readonly setSecret: (value: string) => void;
  /** A path buildx may write its metadata JSON to. */
  readonly metadataFile: string;
  readonly readTextFile: (path: string) => string;
  /** Whether the runner gave this step access to the Actions cache (ACTIONS_RUNTIME_TOKEN). */
  readonly ghaCacheAvailable: boolean;
  /** Milliseconds between scan polls; the default is scan.ts's SCAN_POLL_MS. */
  readonly scanPollMs?: number;
}

/** How many findings the report lists one by one; the counts cover all of them. */
export const TOP_FINDINGS = 20;

/**
 * Logs in to ECR, builds and pushes with buildx, reads the pushed digest from buildx's metadata
 * file, and waits for ECR's scan of exactly that digest. Configuration problems and refusals
 * before or during the build throw; a pushed image always yields a report, clean or not.
 */
export async function runBuildPush(inputs: BuildPushInputs, deps: BuildPushDeps): Promise<BuildPushReport> {
  const { ecr, docker, clock, logger } = deps;
  if (inputs.tags.length === 0 && !deps.github.sha) {
    throw new ConfigurationError([
      { input: 'tags', message: 'no tags given and GITHUB_SHA is not set, so there is no default tag; set tags.' },
    ]);
  }

  const login = await ecr.getLogin();
  // Before anything else can print them: the password, and the token that contains it.
  deps.setSecret(login.password);
  deps.setSecret(login.token);

  const { repository, created } = await resolveRepository(inputs, ecr, login.registry, logger);
  const immutable = repository.tagMutability.startsWith('IMMUTABLE');
  const tags = inputs.tags.length > 0 ? { tags: inputs.tags, notes: [] } : defaultTags(deps.github, immutable);
  for (const note of tags.notes) logger.info(note);
  if (tags.tags.length === 0) {
    throw new ConfigurationError([{ input: 'tags', message: 'no usable default tag could be made; set tags.' }]);
  }
  if (inputs.push && repository.tagMutability === 'IMMUTABLE' && !created) {
    await refuseExistingTags(ecr, repository, tags.tags);
  }

  if (inputs.push) {
    const loggedIn = await docker.login(login.registry, login.username, login.password);
    if (loggedIn.exitCode !== 0) {
      throw new OutcomeFailedError(
        `docker login to ${login.registry} failed (exit code ${loggedIn.exitCode}): ${loggedIn.stderrTail.trim()}`,
      );
    }
  }

  const imageRefs = tags.tags.map((tag) => `${repository.uri}:${tag}`);
  let scope: string | undefined;
  if (inputs.cache === 'gha') {
    if (deps.ghaCacheAvailable) scope = cacheScope(inputs.repository, inputs.target);
    else
      logger.warning(
        'cache: gha needs the GitHub Actions cache service, which this run does not offer; building without a cache.',
      );
  }
  const args = buildxArgs({
    context: inputs.context,
    ...(inputs.dockerfile ? { dockerfile: inputs.dockerfile } : {}),
    ...(inputs.target ? { target: inputs.target } : {}),
    platforms: inputs.platforms,
    buildArgs: inputs.buildArgs,
    labels: imageLabels(deps.github, clock.now(), inputs.labels),
    imageRefs,
    ...(scope !== undefined ? { cacheScope: scope } : {}),
    provenance: inputs.provenance,
    push: inputs.push,
    metadataFile: deps.metadataFile,
  });
  const buildStarted = clock.now();
  const built = await logger.group(`docker buildx build (${imageRefs.length} tags)`, () => docker.run(args));
  const buildDurationMs = clock.now() - buildStarted;
  if (built.exitCode !== 0) {
    if (inputs.push && isImmutableTagRefusal(built.stderrTail)) {
      throw new OutcomeFailedError(
        `ECR refused to overwrite a tag: repository ${inputs.repository} has immutable tags and one of ${tags.tags.join(', ')} already exists (ImageTagAlreadyExistsException). An immutable tag is pushed once: choose other tags, or deploy the existing image by its digest.`,
      );
    }
    throw new OutcomeFailedError(
      `docker buildx build failed with exit code ${built.exitCode}; the build output is above.`,
    );
  }
  const digest = readBuildDigest(deps.readTextFile(deps.metadataFile));
  const image = inputs.push ? `${repository.uri}@${digest}` : '';
  logger.info(inputs.push ? `Pushed ${image} in ${buildDurationMs} ms.` : `Built ${digest} (not pushed).`);

  const scan = await scanImage(inputs, deps, repository.name, digest);
  const base = {
    repository: inputs.repository,
    repositoryUri: repository.uri,
    repositoryCreated: created,
    pushed: inputs.push,
    image,
    digest,
    tags: imageRefs,
    tagNotes: tags.notes,
    buildDurationMs,
    platforms: inputs.platforms,
    provenance: inputs.provenance,
    cache:
      scope !== undefined ? `gha (scope ${scope})` : inputs.cache === 'gha' ? 'gha unavailable, none used' : 'none',
    scan,
  };
  return { ...base, ...verdict(base.image || digest, scan) };
}

async function resolveRepository(
  inputs: BuildPushInputs,
  ecr: EcrPort,
  registry: string,
  logger: Logger,
): Promise<{ repository: RepositoryInfo; created: boolean }> {
  const found = await ecr.findRepository(inputs.repository);
  if (found) return { repository: found, created: false };
  if (!inputs.push) {
    // Nothing is pushed, so a missing repository only shapes the tag names.
    const registryId = registry.split('.')[0] ?? '';
    const uri = `${registry}/${inputs.repository}`;
    return {
      repository: { name: inputs.repository, uri, registryId, tagMutability: 'MUTABLE', scanOnPush: false },
      created: false,
    };
  }
  if (!inputs.createRepository) {
    throw new ConfigurationError([
      {
        input: 'repository',
        message: `the ECR repository '${inputs.repository}' does not exist in registry ${registry}. Create it (immutable tags and scan-on-push recommended), or set create-repository: true to let this step create it.`,
      },
    ]);
  }
  const repository = await ecr.createRepository(inputs.repository);
  logger.info(`Created the ECR repository ${repository.uri} with immutable tags, scan-on-push and AES-256 encryption.`);
  return { repository, created: true };
}

async function refuseExistingTags(ecr: EcrPort, repository: RepositoryInfo, tags: readonly string[]): Promise<void> {
  const existing = await ecr.findTags(repository.name, tags);
  if (existing.size === 0) return;
  throw new ConfigurationError(
    [...existing].map(([tag, digest]) => ({
      input: 'tags',
      message: `'${tag}' already exists in ${repository.name}, whose tags are immutable (it is ${repository.uri}@${digest}). An immutable tag is pushed once; if this is a re-run of the same commit, deploy that digest, otherwise set other tags.`,
    })),
  );
}

async function scanImage(
  inputs: BuildPushInputs,
  deps: BuildPushDeps,
  repository: string,
  digest: string,
): Promise<ScanReport> {
  if (inputs.scan === 'none') return { status: 'skipped', reason: 'scan is none' };
  if (!inputs.push) return { status: 'skipped', reason: 'the image was not pushed, so ECR cannot scan it' };
  const outcome = await deps.logger.group(`ECR scan of ${digest}`, () =>
    waitForScan(
      deps.ecr,
      { repository, digest },
      { timeoutMs: inputs.scanTimeoutMs, ...(deps.scanPollMs !== undefined ? { pollMs: deps.scanPollMs } : {}) },
      deps.clock,
      deps.logger,
    ),
  );
  if (outcome.result === 'failed') {
    return {
      status: 'failed',
      reason: outcome.reason,
      waitedMs: outcome.waitedMs,
      threshold: inputs.severityThreshold,
    };
  }
  const { findings } = outcome;
  const judged = evaluateFindings(findings.findings, inputs.ignore, inputs.severityThreshold, deps.clock.now());
  const blocking = new Set(judged.blocking);
  const ignoredBy = new Map(judged.ignored.map((i) => [i.finding, i.rule]));
  const reported: ReportedFinding[] = [...findings.findings]
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || rankOf(a) - rankOf(b))
    .slice(0, TOP_FINDINGS)
    .map((finding) => {
      const rule = ignoredBy.get(finding);
      if (blocking.has(finding)) return { ...finding, disposition: 'blocking' };
      if (rule) return { ...finding, disposition: 'ignored', ...(rule.until ? { ignoredUntil: rule.until } : {}) };
      return { ...finding, disposition: 'below-threshold' };
    });
  function rankOf(finding: Finding): number {
    return blocking.has(finding) ? 0 : ignoredBy.has(finding) ? 1 : 2;
  }
  for (const rule of judged.expiredRules)
    deps.logger.warning(`The ignore for ${rule.id} expired after ${rule.until}; it no longer applies.`);
  return {
    status: judged.passed ? 'passed' : 'blocked',
    kind: findings.kind,
    threshold: inputs.severityThreshold,
    counts: findings.counts,
    totalFindings: findings.findings.length,
    truncated: findings.truncated,
    blocking: judged.blocking.map((f) => f.id),
    ignored: judged.ignored.map((i) => ({ ...i.rule, severity: i.finding.severity })),
    expiredIgnores: judged.expiredRules,
    unusedIgnores: judged.unusedRules,
    findings: reported,
    reusedEarlierScan: outcome.reusedEarlierScan,
    waitedMs: outcome.waitedMs,
  };
}

function verdict(image: string, scan: ScanReport): { passed: boolean; headline: string } {
  switch (scan.status) {
    case 'skipped':
      return { passed: true, headline: `Built ${image}; not scanned (${scan.reason}).` };
    case 'failed':
      return { passed: false, headline: `${image} is not known to be clean: ${scan.reason}.` };
    case 'passed':
      return {
        passed: true,
        headline: `${image} has no findings at or above ${scan.threshold}${scan.ignored.length > 0 ? ` (${scan.ignored.length} ignored)` : ''}.`,
      };
    case 'blocked': {
      const shown = scan.blocking.slice(0, 5).join(', ') + (scan.blocking.length > 5 ? ', …' : '');
      const noun = scan.blocking.length === 1 ? 'finding' : 'findings';
      return {
        passed: false,
        headline: `${image} has ${scan.blocking.length} ${noun} at or above ${scan.threshold}: ${shown}.`,
      };
    }
  }
}
