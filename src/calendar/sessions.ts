import { addDays, civilDateAt, formatLocal } from './dates.js';
import type { ExchangeCalendar, Session } from './exchanges.js';

const DAY_MS = 86_400_000;
/** Far enough to cross any run of holidays and weekends (the longest is four days). */
const SEARCH_DAYS = 30;

/** Every session that overlaps [from, to), in order. */
export function sessionsBetween(calendar: ExchangeCalendar, from: number, to: number): Session[] {
  // A CME session is booked under the day it ends, so start a day early to catch the one that
  // began yesterday evening.
  let date = addDays(civilDateAt(from, calendar.zone), -1);
  const last = addDays(civilDateAt(to, calendar.zone), 1);
  const sessions: Session[] = [];
  for (; !isAfter(date, last); date = addDays(date, 1)) {
    const session = calendar.tradingDay(date).session;
    if (session && session.close > from && session.open < to) sessions.push(session);
  }
  return sessions;
}

function isAfter(a: { year: number; month: number; day: number }, b: typeof a): boolean {
  return a.year * 10_000 + a.month * 100 + a.day > b.year * 10_000 + b.month * 100 + b.day;
}

/** The session in progress at an instant (open ≤ instant < close), if any. */
export function sessionAt(calendar: ExchangeCalendar, instant: number): Session | undefined {
  return sessionsBetween(calendar, instant, instant + 1).find((s) => s.open <= instant && instant < s.close);
}

/** The first session that opens after an instant. */
export function nextSession(calendar: ExchangeCalendar, instant: number): Session | undefined {
  return sessionsBetween(calendar, instant, instant + SEARCH_DAYS * DAY_MS).find((s) => s.open > instant);
}

/** The last session that closed at or before an instant. */
export function previousSession(calendar: ExchangeCalendar, instant: number): Session | undefined {
  return sessionsBetween(calendar, instant - SEARCH_DAYS * DAY_MS, instant)
    .filter((s) => s.close <= instant)
    .at(-1);
}

/**
 * One sentence on what an exchange is doing at an instant, in its own time zone, for reasons
 * and summaries: `XNYS is closed today (Good Friday); it last closed Thu 2026-04-02 16:00 EDT
 * and next opens Mon 2026-04-06 09:30 EDT.`
 */
export function describeMarketAt(calendar: ExchangeCalendar, instant: number): string {
  const zone = calendar.zone;
  const current = sessionAt(calendar, instant);
  if (current) {
    const early = current.note ? ` (${current.note})` : '';
    return `${calendar.code} is in session until ${formatLocal(current.close, zone)}${early}.`;
  }
  const previous = previousSession(calendar, instant);
  const next = nextSession(calendar, instant);
  const today = calendar.tradingDay(civilDateAt(instant, zone));
  const closedToday = today.session === undefined && today.note ? ` today (${today.note})` : '';
  const last = previous
    ? `it last closed ${formatLocal(previous.close, zone)}${previous.note ? ` (${previous.note})` : ''}`
    : undefined;
  const reopens = next ? `next opens ${formatLocal(next.open, zone)}` : undefined;
  const breakNote =
    calendar.code === 'CME' && previous && next && next.open - previous.close <= 3_600_000
      ? ' for the daily maintenance break'
      : '';
  return `${calendar.code} is closed${closedToday}${breakNote}; ${[last, reopens].filter(Boolean).join(' and ')}.`;
}
