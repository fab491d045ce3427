import type { StandbyPort } from '../aws/ecs-standby.js';
import type { RdsPort } from '../aws/rds.js';
import type { S3Port } from '../aws/s3.js';
import type { Logger } from '../runtime/logger.js';
import {
  CANARY_PREFIX,
  EXPIRES_TAG,
  RUN_ID_TAG,
  describeResource,
  type DrillResource,
  type RemovalRecord,
  type Side,
} from './resources.js';

/**
 * What teardown and the sweeper may touch. Deliberately narrow: RDS and ECS only in the recovery
 * region; in the primary region nothing but versions of canary objects under CANARY_PREFIX.
 */
export interface CleanupDeps {
  readonly primaryRegion: string;
  readonly recoveryRegion: string;
  readonly rds: Pick<RdsPort, 'describeInstance' | 'listInstances' | 'deleteInstance'>;
  readonly s3: Readonly<Partial<Record<Side, Pick<S3Port, 'listVersions' | 'objectTags' | 'deleteVersion'>>>>;
  readonly standby: Pick<StandbyPort, 'describeService' | 'setDesiredCount' | 'untagResource'>;
  /** Never deleted whatever tags they carry: the primary database, named by the user. */
  readonly protectedInstanceIds: readonly string[];
  readonly logger: Logger;
}

/** Which tagged resources a sweep removes. */
export type SweepSelector =
  /** Everything of one run (the post step, after a drill that did not finish). */
  | { readonly kind: 'run'; readonly runId: string }
  /** Leftovers of other runs whose hard stop has passed, so a drill still running is left alone. */
  | { readonly kind: 'expired'; readonly exceptRunId: string; readonly now: number };

/** Where a sweep looks: the canary buckets and the standby service, besides every RDS instance. */
export interface SweepScope {
  readonly buckets: readonly { readonly side: Side; readonly bucket: string }[];
  readonly standby?: { readonly cluster: string; readonly service: string };
}

/** Does a resource's tag set make it fair game for this selector? Pure. */
export function sweepable(tags: Readonly<Record<string, string>>, selector: SweepSelector): boolean {
  const runId = tags[RUN_ID_TAG];
  if (runId === undefined || runId === '') return false;
  if (selector.kind === 'run') return runId === selector.runId;
  if (runId === selector.exceptRunId) return false;
  const expires = Date.parse(tags[EXPIRES_TAG] ?? '');
  // No readable expiry: we cannot tell whether its drill is still running, so leave it.
  return Number.isFinite(expires) && expires < selector.now;
}

/**
 * Undoes everything a drill recorded, newest first, each only after checking it carries this
 * run's tag. One failure does not stop the rest; every resource gets a record.
 */
export async function teardown(
  resources: readonly DrillResource[],
  runId: string,
  deps: CleanupDeps,
): Promise<RemovalRecord[]> {
  const records: RemovalRecord[] = [];
  for (const resource of [...resources].reverse()) {
    try {
      records.push(...(await undo(resource, { kind: 'run', runId }, deps)));
    } catch (error) {
      records.push({
        resource: describeResource(resource),
        region: resource.region,
        outcome: 'failed',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  for (const r of records) {
    const line = `${r.resource} (${r.region}): ${r.outcome}, ${r.detail}`;
    if (r.outcome === 'failed' || r.outcome === 'refused') deps.logger.warning(line);
    else deps.logger.info(line);
  }
  return records;
}

/** Finds tagged resources in scope and removes those the selector allows. */
export async function sweep(selector: SweepSelector, scope: SweepScope, deps: CleanupDeps): Promise<RemovalRecord[]> {
  const found: DrillResource[] = [];
  for (const instance of await deps.rds.listInstances()) {
    if (deps.protectedInstanceIds.includes(instance.id) || !sweepable(instance.tags, selector)) continue;
    found.push({ kind: 'rds-instance', side: 'recovery', region: deps.recoveryRegion, id: instance.id });
  }
  for (const { side, bucket } of scope.buckets) {
    const s3 = deps.s3[side];
    if (!s3) continue;
    const keys = new Set((await s3.listVersions(bucket, CANARY_PREFIX)).map((v) => v.key));
    for (const key of keys) found.push({ kind: 's3-object', side, region: regionOf(side, deps), bucket, key });
  }
  if (scope.standby) {
    const service = await deps.standby.describeService(scope.standby.cluster, scope.standby.service);
    if (service && sweepable(service.tags, selector)) {
      found.push({
        kind: 'ecs-service-scale',
        side: 'recovery',
        region: deps.recoveryRegion,
        cluster: scope.standby.cluster,
        service: scope.standby.service,
        arn: service.arn,
        restoreDesiredCount: 0,
      });
    }
  }
  const records: RemovalRecord[] = [];
  for (const resource of found) {
    try {
      records.push(...(await undo(resource, selector, deps, true)));
    } catch (error) {
      records.push({
        resource: describeResource(resource),
        region: resource.region,
        outcome: 'failed',
        detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  for (const r of records) deps.logger.info(`Swept ${r.resource} (${r.region}): ${r.outcome}, ${r.detail}`);
  return records;
}

const regionOf = (side: Side, deps: CleanupDeps): string =>
  side === 'primary' ? deps.primaryRegion : deps.recoveryRegion;

/**
 * Undoes one resource if its tags allow it. `quietWhenNotOurs` keeps the sweeper from reporting
 * every canary object of a drill that is still running as "refused".
 */
async function undo(
  resource: DrillResource,
  selector: SweepSelector,
  deps: CleanupDeps,
  quietWhenNotOurs = false,
): Promise<RemovalRecord[]> {
  const name = describeResource(resource);
  const record = (outcome: RemovalRecord['outcome'], detail: string): RemovalRecord[] => [
    { resource: name, region: resource.region, outcome, detail },
  ];
  const notOurs = `it does not carry the tag ${RUN_ID_TAG} of ${selectorText(selector)}; left alone`;

  // The primary region holds nothing of ours but canary objects: anything else there is refused
  // before a single call, whatever the ledger says.
  if (resource.side === 'primary' && resource.kind !== 's3-object') {
    return record('refused', 'the drill never changes anything but its canary object in the primary region');
  }

  switch (resource.kind) {
    case 'rds-instance': {
      if (deps.protectedInstanceIds.includes(resource.id)) return record('refused', 'it is the primary database');
      const instance = await deps.rds.describeInstance(resource.id);
      if (!instance) return record('gone', 'no such instance');
      if (!sweepable(instance.tags, selector)) return quietWhenNotOurs ? [] : record('refused', notOurs);
      if (instance.status === 'deleting') return record('removed', 'already being deleted');
      await deps.rds.deleteInstance(resource.id);
      return record('removed', 'deletion started (no final snapshot)');
    }
    case 's3-object': {
      const s3 = deps.s3[resource.side];
      if (!s3) return record('failed', `no S3 client for the ${resource.side} bucket`);
      if (!resource.key.startsWith(CANARY_PREFIX)) return record('refused', `outside ${CANARY_PREFIX}`);
      const versions = (await s3.listVersions(resource.bucket, resource.key)).filter((v) => v.key === resource.key);
      if (versions.length === 0) return record('gone', 'no object (never written or replicated)');
      let removed = 0;
      let refused = 0;
      for (const version of versions) {
        const tags = await s3.objectTags(resource.bucket, resource.key, version.versionId);
        if (!sweepable(tags, selector)) {
          refused += 1;
          continue;
        }
        await s3.deleteVersion(resource.bucket, resource.key, version.versionId);
        removed += 1;
      }
      if (removed === 0) return quietWhenNotOurs ? [] : record('refused', notOurs);
      const plural = removed === 1 ? 'version' : 'versions';
      return record(
        refused > 0 ? 'refused' : 'removed',
        `deleted ${removed} ${plural}${refused > 0 ? `; ${refused} without the run's tag left alone` : ''}`,
      );
    }
    case 'ecs-service-scale': {
      const service = await deps.standby.describeService(resource.cluster, resource.service);
      if (!service) return record('gone', 'the service no longer exists');
      if (!sweepable(service.tags, selector)) return quietWhenNotOurs ? [] : record('refused', notOurs);
      await deps.standby.setDesiredCount(resource.cluster, resource.service, resource.restoreDesiredCount);
      await deps.standby.untagResource(service.arn, [RUN_ID_TAG, EXPIRES_TAG]);
      return record('restored', `desired count back to ${resource.restoreDesiredCount} (was ${service.desiredCount})`);
    }
  }
}

function selectorText(selector: SweepSelector): string {
  return selector.kind === 'run' ? `run ${selector.runId}` : 'an expired earlier drill';
}
