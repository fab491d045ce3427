import type { Color } from './colors.js';

/**
 * What the pair's route remembers about its rollouts, written as tags on the listener (or rule)
 * itself: which side must carry all traffic if a rollout stops, and after a promotion which side
 * was live before and is kept warm, until when. Every run — deploy, re-run, promote, abort, a post
 * step — reads it, so none has to guess from weights (60/40 looks the same either way round). It
 * is a record, not a lock: the lease (src/rollout/lease.ts) decides who may write it.
 */
export interface PairRecord {
  /**
   * `shifting`: a rollout is moving traffic to the other side. `held`: it stopped part-way for a
   * person (promote or abort). `promoted`: all traffic moved to `live`; `previous` is the side that
   * was live before (kept warm until `keepUntil`, then scaled in), which an abort goes back to, so
   * the record stays `promoted` after the retirement. `settled`: nothing in progress, nothing to
   * go back to (after a rollback).
   */
  readonly state: 'shifting' | 'held' | 'promoted' | 'settled';
  /** The side that gets all traffic if the rollout stops now. */
  readonly live: Color;
  /** After a promotion: the side that was live before it, and what it ran, at what size. */
  readonly previous?: {
    readonly color: Color;
    /** `family:revision`; '' when it did not fit in the tag (see recordTags). */
    readonly revision: string;
    readonly desiredCount: number;
    /** Kept warm until then; after that it may already be scaled in. */
    readonly keepUntil: number;
  };
  readonly rolloutId: string;
  /** Who wrote it, for people: the run's URL. */
  readonly by: string;
  readonly at: number;
}

export const RECORD_TAG = 'trading-actions:pair';
export const RECORD_BY_TAG = 'trading-actions:pair-by';
/** The marker an earlier version of this action left for an unfinished rollout. */
const LEGACY_LIVE_TAG = 'trading-actions:rollout-live';
const LEGACY_TAGS = [
  'trading-actions:rollout-id',
  'trading-actions:rollout-holder',
  'trading-actions:rollout-run',
  'trading-actions:rollout-expires',
  LEGACY_LIVE_TAG,
];

/** Elastic Load Balancing tag values hold at most 256 characters. */
const TAG_VALUE_LIMIT = 256;

/**
 * Tag values hold at most 256 characters: the record is compact JSON, the author a tag of its own.
 * A task-definition family may be 255 characters long: when the previous side's `family:revision`
 * does not fit, it is left out (read back as ''), and an abort then goes back to whatever that
 * side still runs, or says it cannot bring it back.
 */
export function recordTags(record: PairRecord): Record<string, string> {
  const full = compactRecord(record);
  const fits = full.length <= TAG_VALUE_LIMIT;
  const value = fits
    ? full
    : compactRecord({ ...record, previous: record.previous && { ...record.previous, revision: '' } });
  return { [RECORD_TAG]: value, [RECORD_BY_TAG]: record.by.slice(0, TAG_VALUE_LIMIT) };
}

function compactRecord(record: PairRecord): string {
  const compact = {
    s: record.state,
    l: record.live,
    ...(record.previous
      ? {
          p: record.previous.color,
          r: record.previous.revision,
          n: record.previous.desiredCount,
          k: new Date(record.previous.keepUntil).toISOString(),
        }
      : {}),
    id: record.rolloutId,
    at: new Date(record.at).toISOString(),
  };
  return JSON.stringify(compact);
}

/** Tags to remove when a record is written: the markers of earlier versions. */
export function staleRecordTags(tags: Readonly<Record<string, string>>): string[] {
  return LEGACY_TAGS.filter((key) => key in tags);
}

/** The record in these tags; an earlier version's marker reads as a rollout in progress. */
export function readRecord(tags: Readonly<Record<string, string>>): PairRecord | undefined {
  const text = tags[RECORD_TAG];
  if (text) {
    const parsed = parseCompact(text, tags[RECORD_BY_TAG] ?? 'unknown');
    if (parsed) return parsed;
  }
  const legacy = tags[LEGACY_LIVE_TAG];
  if (legacy === 'blue' || legacy === 'green') {
    return {
      state: 'shifting',
      live: legacy,
      rolloutId: tags['trading-actions:rollout-id'] ?? 'unknown',
      by: tags['trading-actions:rollout-holder'] ?? 'an earlier version of trading-actions',
      at: 0,
    };
  }
  return undefined;
}

function parseCompact(text: string, by: string): PairRecord | undefined {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const str = (key: string): string => {
    const field = value[key];
    return typeof field === 'string' ? field : '';
  };
  const state = value.s;
  const live = value.l;
  if (state !== 'shifting' && state !== 'held' && state !== 'promoted' && state !== 'settled') return undefined;
  if (live !== 'blue' && live !== 'green') return undefined;
  const previousColor = value.p;
  const keepUntil = Date.parse(str('k'));
  const previous: PairRecord['previous'] =
    (previousColor === 'blue' || previousColor === 'green') && !Number.isNaN(keepUntil)
      ? {
          color: previousColor,
          revision: str('r'),
          desiredCount: typeof value.n === 'number' ? value.n : 0,
          keepUntil,
        }
      : undefined;
  const at = Date.parse(str('at'));
  return {
    state,
    live,
    ...(previous ? { previous } : {}),
    rolloutId: str('id'),
    by,
    at: Number.isNaN(at) ? 0 : at,
  };
}
