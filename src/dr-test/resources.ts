import { createHash } from 'node:crypto';

/** Tag on everything a drill creates: the run that created it. Nothing without it is deleted. */
export const RUN_ID_TAG = 'trading-actions:dr-test-run-id';
/** When the creating drill's hard stop passed: after that the sweeper may remove the resource. */
export const EXPIRES_TAG = 'trading-actions:dr-test-expires';
/** Where canary objects live in both buckets; the sweeper lists nothing outside it. */
export const CANARY_PREFIX = 'trading-actions-dr-test/';

/** The two tags a drill puts on what it creates. */
export function runTags(runId: string, expiresAt: number): Record<string, string> {
  return { [RUN_ID_TAG]: runId, [EXPIRES_TAG]: new Date(expiresAt).toISOString() };
}

/** The canary object's key for a run. */
export function canaryKey(runId: string): string {
  return `${CANARY_PREFIX}${runId}.json`;
}

/**
 * The temporary instance a restore drill creates: a valid RDS identifier (a letter first, at most
 * 63 characters, no double or trailing hyphen) that is unique per run id.
 */
export function restoredInstanceId(runId: string): string {
  const cleaned = runId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = `drt-${cleaned}`;
  if (id.length <= 63 && cleaned === runId.toLowerCase()) return id;
  // Cleaning or cutting could map two run ids to one name; a hash of the original keeps them apart.
  const hash = createHash('sha256').update(runId).digest('hex').slice(0, 8);
  return `${id.slice(0, 54).replace(/-+$/, '')}-${hash}`;
}

/** Which side of the drill a resource is on. The primary side only ever holds canary objects. */
export type Side = 'primary' | 'recovery';

/** Something a drill created or changed, recorded before teardown so teardown can undo it. */
export type DrillResource =
  | { readonly kind: 'rds-instance'; readonly side: 'recovery'; readonly region: string; readonly id: string }
  | {
      readonly kind: 's3-object';
      readonly side: Side;
      readonly region: string;
      readonly bucket: string;
      readonly key: string;
    }
  | {
      readonly kind: 'ecs-service-scale';
      readonly side: 'recovery';
      readonly region: string;
      readonly cluster: string;
      readonly service: string;
      readonly arn: string;
      /** What teardown scales the service back to (always 0: only a service at 0 is drilled). */
      readonly restoreDesiredCount: number;
    };

/** What teardown or the sweeper did with one resource. */
export interface RemovalRecord {
  readonly resource: string;
  readonly region: string;
  /** removed, restored (a scaled service back at its count), gone (already), refused, failed. */
  readonly outcome: 'removed' | 'restored' | 'gone' | 'refused' | 'failed';
  readonly detail: string;
}

/** A one-line name for a resource, as the report shows it. */
export function describeResource(resource: DrillResource): string {
  switch (resource.kind) {
    case 'rds-instance':
      return `RDS instance ${resource.id}`;
    case 's3-object':
      return `s3://${resource.bucket}/${resource.key}`;
    case 'ecs-service-scale':
      return `ECS service ${resource.cluster}/${resource.service} (scaled up from ${resource.restoreDesiredCount})`;
  }
}

/**
 * The list of what a drill created, kept in step with the post step's saved state: the entry
 * point passes `onChange` to save it, so a drill killed half-way can still be undone.
 */
export class Ledger {
  private readonly items: DrillResource[] = [];

  constructor(private readonly onChange: (resources: readonly DrillResource[]) => void = () => undefined) {}

  /** Records a resource about to be created (recorded first: a crash after the call still knows it). */
  add(resource: DrillResource): void {
    const key = JSON.stringify(resource);
    if (this.items.some((item) => JSON.stringify(item) === key)) return;
    this.items.push(resource);
    this.onChange(this.items);
  }

  get resources(): readonly DrillResource[] {
    return this.items;
  }
}

/** The ledger as the post step reads it back from state; anything unreadable is an empty list. */
export function parseLedger(text: string): DrillResource[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed) ? (parsed as DrillResource[]) : [];
  } catch {
    return [];
  }
}
