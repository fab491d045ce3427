import { DateTime } from 'luxon';
import { addDays, civilDateAt, instantAt, weekday } from '../calendar/dates.js';
import {
  describeMarketAt,
  exchangeCalendar,
  sessionsBetween,
  type ExchangeCode,
  type Session,
} from '../calendar/index.js';
import type { Clause, CustomRange, DeployWindowPolicy } from './policy.js';

/** How far ahead an evaluation looks for the next opening or closing. */
export const HORIZON_DAYS = 14;
const DAY_MS = 86_400_000;
const HORIZON_MS = HORIZON_DAYS * DAY_MS;

/** A stretch of time in which the window is closed, with every reason that closes it. */
export interface ClosedPeriod {
  readonly start: number;
  readonly end: number;
  /** Short labels: `XNYS session`, `30m around XNYS open and close`. */
  readonly reasons: readonly string[];
}

/** The window at one instant. */
export interface WindowEvaluation {
  readonly at: number;
  readonly open: boolean;
  /** Why it is open or closed, in words a person can check against the exchange's site. */
  readonly reason: string;
  /** When closed: when it opens; undefined when that is not within HORIZON_DAYS (or never). */
  readonly nextOpen: number | undefined;
  /** When open: when it next closes; undefined when not within HORIZON_DAYS. */
  readonly closesAt: number | undefined;
  /** The closed periods from now on (the current one first when closed), at most five. */
  readonly upcoming: readonly ClosedPeriod[];
}

interface Blocked {
  readonly start: number;
  readonly end: number;
  /** A sentence for the moment it blocks: `the XNYS session Mon 2026-11-23 09:30–16:00 EST is in progress`. */
  readonly why: string;
  /** A few words for a table of closed periods: `XNYS session`. */
  readonly label: string;
}

/**
 * Evaluates a policy at an instant. Pure: the same policy and instant always give the same
 * answer, so a rollout can re-check between steps and a test can pin any moment.
 */
export function evaluateWindow(policy: DeployWindowPolicy, instant: number): WindowEvaluation {
  const from = instant - DAY_MS;
  const to = instant + HORIZON_MS;
  const blocked = policy.clauses.flatMap((clause) => blockedBy(clause, from, to + DAY_MS));
  const periods = mergePeriods(blocked);
  const current = periods.find((p) => p.start <= instant && instant < p.end);
  const ahead = periods.filter((p) => p.end > instant).slice(0, 5);
  if (current) {
    const reasons = blocked.filter((b) => b.start <= instant && instant < b.end).map((b) => b.why);
    return {
      at: instant,
      open: false,
      reason: unique(reasons).join('; '),
      nextOpen: current.end < to ? current.end : undefined,
      closesAt: undefined,
      upcoming: ahead,
    };
  }
  const next = periods.find((p) => p.start > instant);
  return {
    at: instant,
    open: true,
    reason: openReason(policy, instant),
    nextOpen: undefined,
    closesAt: next && next.start < to ? next.start : undefined,
    upcoming: ahead,
  };
}

/** Whether a deploy may proceed at an instant: for a rollout re-checking between steps. */
export function isWindowOpen(policy: DeployWindowPolicy, instant: number): boolean {
  return evaluateWindow(policy, instant).open;
}

/** The zone people reading about this policy most likely think in: its first exchange's or range's. */
export function policyZone(policy: DeployWindowPolicy): string {
  for (const clause of policy.clauses) {
    if ((clause.kind === 'outside' || clause.kind === 'not-near') && clause.exchanges[0]) {
      return exchangeCalendar(clause.exchanges[0]).zone;
    }
    if (clause.kind === 'custom' && clause.ranges[0]) return clause.ranges[0].zone;
  }
  return 'UTC';
}

function blockedBy(clause: Clause, from: number, to: number): Blocked[] {
  switch (clause.kind) {
    case 'always':
      return [];
    case 'never':
      return [{ start: from, end: to, why: "the policy is 'never' (a deploy freeze)", label: 'freeze (never)' }];
    case 'outside':
      return clause.exchanges.flatMap((code) =>
        sessionsBetween(exchangeCalendar(code), from, to).map((s) => ({
          start: s.open,
          end: s.close,
          why: `${describeSession(code, s)} is in progress`,
          label: `${code} session${s.note ? ` (${s.note})` : ''}`,
        })),
      );
    case 'not-near':
      return clause.exchanges.flatMap((code) => edgesOf(code, clause, from, to));
    case 'custom':
      return complement(allowedRanges(clause.ranges, from, to), from, to).map((gap) => ({
        ...gap,
        why: `outside the window ${clause.ranges.map((r) => r.text).join(' or ')}`,
        label: `outside ${clause.ranges.map((r) => r.text).join(' or ')}`,
      }));
  }
}

function edgesOf(
  code: ExchangeCode,
  clause: Extract<Clause, { kind: 'not-near' }>,
  from: number,
  to: number,
): Blocked[] {
  const calendar = exchangeCalendar(code);
  const margin = clause.marginMs;
  const minutes = `${Math.round(margin / 60_000)}m`;
  const edges = [clause.open ? 'open' : '', clause.close ? 'close' : ''].filter(Boolean).join(' and ');
  const label = `${minutes} around ${code} ${edges}`;
  const blocked: Blocked[] = [];
  for (const s of sessionsBetween(calendar, from - margin, to + margin)) {
    if (clause.open) {
      blocked.push({
        start: s.open - margin,
        end: s.open + margin,
        why: `within ${minutes} of the ${code} open at ${local(s.open, calendar.zone)}`,
        label,
      });
    }
    if (clause.close) {
      const early = s.note ? ` (${s.note})` : '';
      blocked.push({
        start: s.close - margin,
        end: s.close + margin,
        why: `within ${minutes} of the ${code} close at ${local(s.close, calendar.zone)}${early}`,
        label,
      });
    }
  }
  return blocked;
}

function describeSession(code: ExchangeCode, s: Session): string {
  const zone = exchangeCalendar(code).zone;
  const open = DateTime.fromMillis(s.open, { zone });
  const close = DateTime.fromMillis(s.close, { zone });
  const closeText = open.hasSame(close, 'day') ? close.toFormat('HH:mm ZZZZ') : local(s.close, zone);
  const note = s.note ? ` (${s.note})` : '';
  return `the ${code} session ${open.toFormat('ccc yyyy-MM-dd HH:mm')}–${closeText}${note}`;
}

function local(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('ccc yyyy-MM-dd HH:mm ZZZZ');
}

/** The instants a custom clause allows, as sorted, merged intervals. */
function allowedRanges(ranges: readonly CustomRange[], from: number, to: number): { start: number; end: number }[] {
  const allowed: { start: number; end: number }[] = [];
  for (const range of ranges) {
    // A range that runs past midnight started on the previous local date.
    let date = addDays(civilDateAt(from, range.zone), -1);
    const last = civilDateAt(to, range.zone);
    for (let guard = 0; guard < HORIZON_DAYS + 10 && !isAfter(date, last); guard++, date = addDays(date, 1)) {
      if (!range.days.includes(weekday(date))) continue;
      const start = instantAt(date, range.start, range.zone);
      const end = instantAt(range.end > range.start ? date : addDays(date, 1), range.end, range.zone);
      if (end > start) allowed.push({ start, end });
    }
  }
  return mergePeriods(allowed.map((a) => ({ ...a, why: '', label: '' }))).map(({ start, end }) => ({ start, end }));
}

function isAfter(a: { year: number; month: number; day: number }, b: typeof a): boolean {
  return a.year * 10_000 + a.month * 100 + a.day > b.year * 10_000 + b.month * 100 + b.day;
}

function complement(
  allowed: readonly { start: number; end: number }[],
  from: number,
  to: number,
): { start: number; end: number }[] {
  const gaps: { start: number; end: number }[] = [];
  let cursor = from;
  for (const a of allowed) {
    if (a.end <= cursor) continue;
    if (a.start > cursor) gaps.push({ start: cursor, end: Math.min(a.start, to) });
    cursor = Math.max(cursor, a.end);
    if (cursor >= to) break;
  }
  if (cursor < to) gaps.push({ start: cursor, end: to });
  return gaps.filter((g) => g.end > g.start);
}

/** Sorts and merges overlapping or touching intervals: back-to-back closures are one closure. */
function mergePeriods(blocked: readonly Blocked[]): ClosedPeriod[] {
  const sorted = [...blocked].sort((a, b) => a.start - b.start);
  const periods: { start: number; end: number; reasons: string[] }[] = [];
  for (const b of sorted) {
    const last = periods.at(-1);
    if (last && b.start <= last.end) {
      last.end = Math.max(last.end, b.end);
      if (b.label && !last.reasons.includes(b.label)) last.reasons.push(b.label);
    } else {
      periods.push({ start: b.start, end: b.end, reasons: b.label ? [b.label] : [] });
    }
  }
  return periods;
}

function openReason(policy: DeployWindowPolicy, instant: number): string {
  const parts: string[] = [];
  const exchanges = unique(
    policy.clauses.flatMap((c) => (c.kind === 'outside' || c.kind === 'not-near' ? c.exchanges : [])),
  );
  for (const code of exchanges) parts.push(describeMarketAt(exchangeCalendar(code), instant));
  for (const clause of policy.clauses) {
    if (clause.kind === 'custom') {
      const inside = clause.ranges.map((r) => r.text).join(' or ');
      parts.push(`Inside the window ${inside}.`);
    }
  }
  if (parts.length === 0) parts.push("The policy is 'always': no restriction.");
  return parts.join(' ');
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
