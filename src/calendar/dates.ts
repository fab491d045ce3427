import { DateTime } from 'luxon';

/**
 * A date on a wall calendar, without a time or a zone: what an exchange's holiday rules talk
 * about. Holiday arithmetic stays in civil dates so it cannot be bent by a DST change; only
 * turning a date and a wall-clock time into an instant needs a zone (see `instantAt`).
 */
export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** ISO weekday numbers, as luxon uses them. */
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;
export const SUNDAY = 7;

const DAY_MS = 86_400_000;

export function civil(year: number, month: number, day: number): CivilDate {
  return { year, month, day };
}

/** `2026-04-03` */
export function isoDate(date: CivilDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses `2026-04-03`; throws on anything else (it is only fed literals and our own output). */
export function parseIsoDate(text: string): CivilDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`not an ISO date: ${text}`);
  return civil(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Days since 1970-01-01. Date.UTC does the calendar arithmetic; no zone is involved. */
function dayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

function fromDayNumber(days: number): CivilDate {
  const d = new Date(days * DAY_MS);
  return civil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function sameDate(a: CivilDate, b: CivilDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: CivilDate): number {
  const jsDay = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return jsDay === 0 ? SUNDAY : jsDay;
}

export function isWeekend(date: CivilDate): boolean {
  return weekday(date) >= SATURDAY;
}

/** The n-th (1-based) given weekday of a month: the third Monday of January is MLK Day. */
export function nthWeekday(year: number, month: number, isoWeekday: number, n: number): CivilDate {
  const first = civil(year, month, 1);
  const offset = (isoWeekday - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The last given weekday of a month: the last Monday of May is Memorial Day. */
export function lastWeekday(year: number, month: number, isoWeekday: number): CivilDate {
  const last = addDays(civil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1), -1);
  const offset = (weekday(last) - isoWeekday + 7) % 7;
  return addDays(last, -offset);
}

/**
 * Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus published in Nature
 * in 1876 (the Meeus/Jones/Butcher algorithm). Good Friday and Easter Monday follow from it,
 * which is why they move between 20 March and 26 April.
 */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civil(year, month, day);
}

/**
 * The instant at which the wall clocks of `zone` show `minutes` past midnight on `date`.
 * `minutes` may be 1440 (24:00, the next midnight). A wall time skipped by a DST change
 * (02:30 on the spring-forward night in New York) resolves to the instant luxon picks, one
 * hour later on the wall clock; no exchange session starts inside such a gap.
 */
export function instantAt(date: CivilDate, minutes: number, zone: string): number {
  const day = minutes >= 1440 ? addDays(date, Math.floor(minutes / 1440)) : date;
  const rest = minutes % 1440;
  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: Math.floor(rest / 60), minute: rest % 60 },
    { zone },
  ).toMillis();
}

/** The wall-calendar date in `zone` at an instant. */
export function civilDateAt(instant: number, zone: string): CivilDate {
  const local = DateTime.fromMillis(instant, { zone });
  return civil(local.year, local.month, local.day);
}

/** `09:30` from minutes past midnight. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `Fri 2026-11-27 13:00 EST`: an instant as people in `zone` read it. */
export function formatLocal(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('ccc yyyy-MM-dd HH:mm ZZZZ');
}

/** `2026-11-27T18:00:00Z`: an instant for machines (outputs, logs that get parsed). */
export function formatUtc(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
