import { createHash } from 'node:crypto';
import type { LeaseStore, StoredLease } from '../aws/lease-store.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';

/**
 * One controller at a time for one thing that can be rolled out: a blue/green pair's route, or an
 * ECS service. The lease is created atomically (see LeaseStore): of two runs starting at the same
 * moment exactly one holds it, and the other is refused with the holder's name. A lease that
 * expired (its holder died) or that an earlier attempt of the same workflow run left behind is
 * taken over; an emergency (abort, rollback) breaks even a live one, and the run that held it
 * notices at its next check and stops. Every takeover deletes exactly the lease it read, by ARN.
 */
export interface Claimant {
  /** Unique per run of an action. */
  readonly id: string;
  /** For people: the run's URL and attempt. */
  readonly holder: string;
  /** `org/repo/run-id`: a re-run of the same workflow run may take its own lease over. */
  readonly run: string;
  /** What the holder is doing: shown to the run it refuses. */
  readonly purpose: 'deploy' | 'promote' | 'abort' | 'rollback';
}

export interface LeaseRecord extends Claimant {
  readonly expiresAt: number;
  /** The route or service it guards. */
  readonly resource: string;
}

export type AcquireOutcome =
  | {
      readonly kind: 'acquired';
      readonly lease: HeldLease;
      /** The lease it replaced, and why it could: expired, an earlier attempt, or broken in an emergency. */
      readonly replaced?: { readonly record: LeaseRecord; readonly why: string; readonly because: Replaceable };
    }
  | { readonly kind: 'refused'; readonly holder: LeaseRecord; readonly message: string };

const TAG = {
  id: 'trading-actions:lease-id',
  holder: 'trading-actions:lease-holder',
  run: 'trading-actions:lease-run',
  purpose: 'trading-actions:lease-purpose',
  expires: 'trading-actions:lease-expires',
  resource: 'trading-actions:lease-resource',
} as const;

/** A target-group name (at most 32 characters) that is the same for the same resource. */
export function leaseName(resource: string): string {
  return `ta-lease-${createHash('sha256').update(resource).digest('hex').slice(0, 23)}`;
}

export interface AcquireOptions {
  readonly now: number;
  readonly durationMs: number;
  /** Break a live lease held by someone else: only for the ways back (abort, rollback). */
  readonly breakLive: boolean;
}

/**
 * Takes the lease on `resource`, or says who holds it. At most three rounds: a round ends when a
 * create fails and the lease found is taken over (deleted) or has vanished meanwhile.
 */
export async function acquireLease(
  store: LeaseStore,
  resource: string,
  me: Claimant,
  options: AcquireOptions,
): Promise<AcquireOutcome> {
  const name = leaseName(resource);
  const record: LeaseRecord = { ...me, resource, expiresAt: options.now + options.durationMs };
  let replaced: { record: LeaseRecord; why: string; because: Replaceable } | undefined;
  let lastHolder: LeaseRecord | undefined;
  for (let round = 0; round < 3; round++) {
    const created = await store.create(name, me.id, toTags(record));
    if (created !== 'taken') return { kind: 'acquired', lease: new HeldLease(store, created.arn, record), replaced };
    const found = await store.find(name);
    if (!found) continue;
    // Our own create, answered before a retry of it was refused: the lease is ours.
    if (found.ownerId === me.id) return { kind: 'acquired', lease: new HeldLease(store, found.arn, record), replaced };
    const held = fromStored(found);
    lastHolder = held;
    const because = replaceable(held, me, options);
    if (!because) return refused(held);
    await store.remove(found.arn);
    replaced = { record: held, why: REPLACED_WHY[because](held, me), because };
  }
  return lastHolder
    ? refused(lastHolder)
    : { kind: 'refused', holder: record, message: 'the lease kept changing hands; try again.' };
}

/** Why a lease may be taken over: its holder died, it is our own run's, or an emergency. */
export type Replaceable = 'expired' | 'earlier-attempt' | 'emergency';

const REPLACED_WHY: Readonly<Record<Replaceable, (held: LeaseRecord, me: Claimant) => string>> = {
  expired: (held) => `its lease expired at ${new Date(held.expiresAt).toISOString()}`,
  'earlier-attempt': () => 'it was started by an earlier attempt of this workflow run',
  emergency: (held, me) => `an emergency ${me.purpose} does not wait for a ${held.purpose} in progress`,
};

/** Why this lease may be replaced, or undefined when it must be respected. */
function replaceable(held: LeaseRecord, me: Claimant, options: AcquireOptions): Replaceable | undefined {
  if (held.expiresAt <= options.now) return 'expired';
  if (held.run !== '' && held.run === me.run) return 'earlier-attempt';
  if (options.breakLive) return 'emergency';
  return undefined;
}

function refused(holder: LeaseRecord): AcquireOutcome {
  return {
    kind: 'refused',
    holder,
    message: `another run holds the lease: ${holder.holder} (${holder.purpose}, lease ${holder.id}), until ${new Date(holder.expiresAt).toISOString()}. Wait for it to finish; a lease whose holder died expires by itself.`,
  };
}

/** A lease this run holds. */
export class HeldLease {
  private record: LeaseRecord;

  constructor(
    private readonly store: LeaseStore,
    readonly arn: string,
    record: LeaseRecord,
  ) {
    this.record = record;
  }

  get expiresAt(): number {
    return this.record.expiresAt;
  }

  /**
   * Extends the lease to `until`; false when it was broken (deleted by an emergency run or taken
   * over after it expired). Whoever gets false must stop changing anything.
   */
  async extend(until: number): Promise<boolean> {
    const next = { ...this.record, expiresAt: Math.max(until, this.record.expiresAt) };
    const kept = await this.store.update(this.arn, toTags(next));
    if (kept) this.record = next;
    return kept;
  }

  /** Whether the lease still exists (a check right after a change, to catch a race with a takeover). */
  async stillHeld(): Promise<boolean> {
    return this.store.exists(this.arn);
  }

  async release(): Promise<void> {
    await this.store.remove(this.arn);
  }
}

/** The lease that guards a resource now, if any (for a refused run's report, and for tests). */
export async function readLease(store: LeaseStore, resource: string): Promise<LeaseRecord | undefined> {
  const found = await store.find(leaseName(resource));
  return found ? fromStored(found) : undefined;
}

function toTags(record: LeaseRecord): Record<string, string> {
  return {
    [TAG.id]: record.id,
    // Tag values hold at most 256 characters.
    [TAG.holder]: record.holder.slice(0, 256),
    [TAG.run]: record.run.slice(0, 256),
    [TAG.purpose]: record.purpose,
    [TAG.expires]: new Date(record.expiresAt).toISOString(),
    [TAG.resource]: record.resource.slice(0, 256),
  };
}

function fromStored(found: StoredLease): LeaseRecord {
  const tags = found.tags;
  const expires = Date.parse(tags[TAG.expires] ?? '');
  const purpose = tags[TAG.purpose];
  return {
    id: tags[TAG.id] ?? found.ownerId,
    holder: tags[TAG.holder] ?? 'unknown',
    run: tags[TAG.run] ?? '',
    purpose: purpose === 'promote' || purpose === 'abort' || purpose === 'rollback' ? purpose : 'deploy',
    // A lease without a readable expiry was left half-written: treat it as expired.
    expiresAt: Number.isNaN(expires) ? 0 : expires,
    resource: tags[TAG.resource] ?? '',
  };
}

/** Waits between attempts to give a lease up, after the SDK's own retries of each. */
const RELEASE_WAITS_MS = [5_000, 20_000, 60_000];

/**
 * Gives the lease up, trying again through a short outage: a lease left behind holds up every
 * other run until it expires. Undefined when released; else a sentence for the log and the report.
 */
export async function releaseLease(lease: HeldLease, clock: Clock): Promise<string | undefined> {
  let last = '';
  for (let attempt = 0; attempt <= RELEASE_WAITS_MS.length; attempt++) {
    try {
      await lease.release();
      return undefined;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
      const wait = RELEASE_WAITS_MS[attempt];
      if (wait !== undefined) await clock.sleep(wait);
    }
  }
  return `The lease could not be released (${last}): it expires at ${new Date(lease.expiresAt).toISOString()}. Until then other runs are refused; a re-run of this run is not.`;
}

/**
 * Runs `work` while holding the lease, then gives it up (also when `work` throws). A lease that
 * could not be given up is said in the log and in the report's notes.
 */
export async function withLease<R extends { readonly notes: readonly string[] }>(
  lease: HeldLease,
  deps: { readonly clock: Clock; readonly logger: Logger },
  work: () => Promise<R>,
): Promise<R> {
  let report: R;
  try {
    report = await work();
  } catch (error) {
    const problem = await releaseLease(lease, deps.clock);
    if (problem) deps.logger.warning(problem);
    throw error;
  }
  const problem = await releaseLease(lease, deps.clock);
  if (!problem) return report;
  deps.logger.warning(problem);
  return { ...report, notes: [...report.notes, problem] };
}
