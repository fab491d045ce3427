import type { Color } from './colors.js';

/**
 * One rollout at a time per listener (or rule): a lease written as tags on the route itself, so
 * every run that could shift its traffic sees it, whatever repository or workflow it comes from.
 * ELB tags have no compare-and-set, so a run writes its lease and reads it back: of two runs that
 * raced, the one whose id is not read back stops before shifting anything.
 */
export const LEASE_TAGS = {
  id: 'trading-actions:rollout-id',
  holder: 'trading-actions:rollout-holder',
  run: 'trading-actions:rollout-run',
  expires: 'trading-actions:rollout-expires',
  live: 'trading-actions:rollout-live',
} as const;

export interface Lease {
  readonly id: string;
  /** For people: `org/repo run 123 attempt 2 (deploy.yml)`. */
  readonly holder: string;
  /** `org/repo/123`: a re-run of the same workflow run may take its own lease over. */
  readonly run: string;
  readonly expiresAt: number;
  /** The side that was live when the rollout began. */
  readonly live: Color;
}

export type LeaseDecision =
  | { readonly kind: 'free' }
  | { readonly kind: 'take-over'; readonly previous: Lease; readonly why: string }
  | { readonly kind: 'conflict'; readonly holder: Lease; readonly message: string };

/** The lease recorded in these tags, if a complete one is there. */
export function readLease(tags: Readonly<Record<string, string>>): Lease | undefined {
  const id = tags[LEASE_TAGS.id];
  const expires = Date.parse(tags[LEASE_TAGS.expires] ?? '');
  const live = tags[LEASE_TAGS.live];
  if (!id || Number.isNaN(expires) || (live !== 'blue' && live !== 'green')) return undefined;
  return {
    id,
    holder: tags[LEASE_TAGS.holder] ?? 'unknown',
    run: tags[LEASE_TAGS.run] ?? '',
    expiresAt: expires,
    live,
  };
}

export function leaseTags(lease: Lease): Record<string, string> {
  return {
    [LEASE_TAGS.id]: lease.id,
    // Tag values hold at most 256 characters.
    [LEASE_TAGS.holder]: lease.holder.slice(0, 256),
    [LEASE_TAGS.run]: lease.run.slice(0, 256),
    [LEASE_TAGS.expires]: new Date(lease.expiresAt).toISOString(),
    [LEASE_TAGS.live]: lease.live,
  };
}

/**
 * May a run (`run`) start a rollout on a route carrying these tags? A live lease held by another
 * run is a conflict; an expired one, or one left by an earlier attempt of the same workflow run,
 * is taken over, together with whatever half-shifted state it left.
 */
export function decideLease(
  tags: Readonly<Record<string, string>>,
  me: { readonly run: string },
  now: number,
): LeaseDecision {
  const held = readLease(tags);
  if (!held) return { kind: 'free' };
  if (held.expiresAt <= now) {
    return { kind: 'take-over', previous: held, why: `its lease expired at ${new Date(held.expiresAt).toISOString()}` };
  }
  if (held.run !== '' && held.run === me.run) {
    return { kind: 'take-over', previous: held, why: 'it was started by an earlier attempt of this workflow run' };
  }
  return {
    kind: 'conflict',
    holder: held,
    message: `another rollout holds this route: ${held.holder} (rollout ${held.id}), until ${new Date(held.expiresAt).toISOString()}. Wait for it to finish, or cancel it (its post step restores traffic); an abandoned lease expires by itself.`,
  };
}
