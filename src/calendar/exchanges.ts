import {
  addDays,
  civil,
  easterSunday,
  formatMinutes,
  instantAt,
  isoDate,
  isWeekend,
  sameDate,
  weekday,
  SATURDAY,
  type CivilDate,
} from './dates.js';
import { CME_ONE_OFF_DAYS, US_EQUITY_ONE_OFF_DAYS, type OneOffDay } from './one-off-days.js';
import { englandBankHolidays } from './uk-holidays.js';
import { usEquityEarlyCloses, usEquityHolidays, type NamedDay } from './us-holidays.js';

/** The markets a deploy window can know about. */
export type ExchangeCode = 'XNYS' | 'XNAS' | 'XLON' | 'CME';

export const EXCHANGE_CODES: readonly ExchangeCode[] = ['XNYS', 'XNAS', 'XLON', 'CME'];

/** One continuous period of trading. */
export interface Session {
  readonly exchange: ExchangeCode;
  /** The date the exchange books the session's trades under (for CME, the day it ends). */
  readonly tradeDate: CivilDate;
  /** Epoch milliseconds. */
  readonly open: number;
  readonly close: number;
  /** Why the session ends earlier than usual, e.g. `early close: Christmas Eve`. */
  readonly note?: string;
}

/** What an exchange does on one trade date. */
export interface TradingDay {
  readonly date: CivilDate;
  /** Undefined when the exchange does not trade that date. */
  readonly session: Session | undefined;
  /** Why there is no session (`weekend`, `Good Friday`), or why it is short. */
  readonly note?: string;
}

export interface ExchangeCalendar {
  readonly code: ExchangeCode;
  readonly name: string;
  /** IANA zone the exchange's hours are set in. */
  readonly zone: string;
  /** Regular hours as minutes past local midnight, for messages (`09:30–16:00`). */
  readonly regularHours: string;
  tradingDay(date: CivilDate): TradingDay;
}

const NEW_YORK = 'America/New_York';
const LONDON = 'Europe/London';
const CHICAGO = 'America/Chicago';

const hm = (hours: number, minutes = 0) => hours * 60 + minutes;

/** Per-year lookups, computed once: a window evaluation asks about the same days many times. */
function byYear(compute: (year: number) => readonly NamedDay[]): (date: CivilDate) => string | undefined {
  const cache = new Map<number, Map<string, string>>();
  return (date) => {
    let days = cache.get(date.year);
    if (!days) {
      days = new Map(compute(date.year).map((d) => [isoDate(d.date), d.name]));
      cache.set(date.year, days);
    }
    return days.get(isoDate(date));
  };
}

function oneOffLookup(days: readonly OneOffDay[]): (date: CivilDate) => OneOffDay | undefined {
  const map = new Map(days.map((d) => [d.date, d]));
  return (date) => map.get(isoDate(date));
}

const usHoliday = byYear(usEquityHolidays);
const usEarlyClose = byYear(usEquityEarlyCloses);
const usOneOff = oneOffLookup(US_EQUITY_ONE_OFF_DAYS);
const cmeOneOff = oneOffLookup(CME_ONE_OFF_DAYS);
const englandHoliday = byYear(englandBankHolidays);

/** Why a US equity exchange is shut on a date, if it is. */
function usClosure(date: CivilDate): string | undefined {
  if (isWeekend(date)) return 'weekend';
  const oneOff = usOneOff(date);
  if (oneOff?.kind === 'closed') return oneOff.name;
  return usHoliday(date);
}

/**
 * NYSE and Nasdaq: 09:30–16:00 New York time, 13:00 on early-close days. Sources: NYSE
 * "Holidays & Trading Hours" (https://www.nyse.com/markets/hours-calendars) and Nasdaq's
 * "Stock Market Holiday Schedule" (https://www.nasdaq.com/market-activity/stock-market-holiday-schedule).
 */
function usEquityCalendar(code: 'XNYS' | 'XNAS', name: string): ExchangeCalendar {
  return {
    code,
    name,
    zone: NEW_YORK,
    regularHours: '09:30–16:00',
    tradingDay(date) {
      const closed = usClosure(date);
      if (closed) return { date, session: undefined, note: closed };
      const early = usEarlyClose(date);
      const note = early ? `early close at 13:00: ${early}` : undefined;
      const session: Session = {
        exchange: code,
        tradeDate: date,
        open: instantAt(date, hm(9, 30), NEW_YORK),
        close: instantAt(date, early ? hm(13) : hm(16), NEW_YORK),
        ...(note ? { note } : {}),
      };
      return { date, session, ...(note ? { note } : {}) };
    },
  };
}

function londonClosure(date: CivilDate): string | undefined {
  return isWeekend(date) ? 'weekend' : englandHoliday(date);
}

/** The last LSE trading day on or before `date`. */
function lastLondonTradingDay(date: CivilDate): CivilDate {
  let day = date;
  while (londonClosure(day)) day = addDays(day, -1);
  return day;
}

/**
 * The London Stock Exchange: 08:00–16:30 London time on England and Wales business days. The
 * market closes from 12:30 on Christmas Eve and New Year's Eve; when either falls on a weekend
 * the half day moves to the last business day before it (22 and 29 December 2023). Source: LSE
 * "Business days" (https://www.londonstockexchange.com/equities-trading/business-days).
 */
const XLON: ExchangeCalendar = {
  code: 'XLON',
  name: 'London Stock Exchange',
  zone: LONDON,
  regularHours: '08:00–16:30',
  tradingDay(date) {
    const closed = londonClosure(date);
    if (closed) return { date, session: undefined, note: closed };
    const christmasEve = sameDate(date, lastLondonTradingDay(civil(date.year, 12, 24)));
    const newYearsEve = sameDate(date, lastLondonTradingDay(civil(date.year, 12, 31)));
    const note = christmasEve
      ? 'early close at 12:30: Christmas Eve'
      : newYearsEve
        ? "early close at 12:30: New Year's Eve"
        : undefined;
    const session: Session = {
      exchange: 'XLON',
      tradeDate: date,
      open: instantAt(date, hm(8), LONDON),
      close: instantAt(date, note ? hm(12, 30) : hm(16, 30), LONDON),
      ...(note ? { note } : {}),
    };
    return { date, session, ...(note ? { note } : {}) };
  },
};

/**
 * CME Globex equity-index and interest-rate futures (E-mini S&P 500, Treasuries, SOFR): the
 * session for trade date D opens at 17:00 Chicago time on the evening before and runs to 16:00
 * on D; the hour between is the daily maintenance break, and the week runs from Sunday 17:00 to
 * Friday 16:00. Holiday handling, from CME Group's holiday calendar
 * (https://www.cmegroup.com/trading-hours.html#holidays) and its announcements:
 * - New Year's Day and Christmas Day on a weekday, and Good Friday: no session (the market
 *   reopens at 17:00 that day for the next trade date);
 * - any other day the US equity exchanges are shut (MLK Day, Presidents' Day, Memorial Day,
 *   Juneteenth, Independence Day, Labor Day, Thanksgiving, an observed Christmas or New Year):
 *   an abbreviated session that halts at 12:00;
 * - the US equity early-close days: equity futures close at 12:15.
 * CME sets these per product and per year; where equity and rates differ the later time is
 * kept, since a deploy window must count the market as trading while either trades. When the
 * US employment report falls on Good Friday, CME has opened a short interest-rate session that
 * morning (for example 2021 and 2023): add such a year to ./one-off-days.ts once announced.
 */
const CME: ExchangeCalendar = {
  code: 'CME',
  name: 'CME Globex (equity index and interest rate futures)',
  zone: CHICAGO,
  regularHours: '17:00–16:00 (Sunday to Friday)',
  tradingDay(date) {
    if (weekday(date) >= SATURDAY) return { date, session: undefined, note: 'weekend' };
    const goodFriday = sameDate(date, addDays(easterSunday(date.year), -2));
    const fixedHoliday =
      date.month === 1 && date.day === 1
        ? "New Year's Day"
        : date.month === 12 && date.day === 25
          ? 'Christmas Day'
          : undefined;
    const oneOff = cmeOneOff(date);
    const fullClosure = goodFriday ? 'Good Friday' : fixedHoliday;
    if (fullClosure && oneOff?.kind !== 'early-close') return { date, session: undefined, note: fullClosure };
    if (oneOff?.kind === 'closed') return { date, session: undefined, note: oneOff.name };

    let closeMinutes = hm(16);
    let note: string | undefined;
    const usClosed = usClosure(date);
    const usEarly = usEarlyClose(date);
    if (oneOff?.kind === 'early-close' && oneOff.closeMinutes !== undefined) {
      closeMinutes = oneOff.closeMinutes;
      note = `early close at ${formatMinutes(closeMinutes)}: ${oneOff.name}`;
    } else if (usClosed) {
      closeMinutes = hm(12);
      note = `holiday halt at 12:00: ${usClosed}`;
    } else if (usEarly) {
      closeMinutes = hm(12, 15);
      note = `early close at 12:15: ${usEarly}`;
    }
    const session: Session = {
      exchange: 'CME',
      tradeDate: date,
      open: instantAt(addDays(date, -1), hm(17), CHICAGO),
      close: instantAt(date, closeMinutes, CHICAGO),
      ...(note ? { note } : {}),
    };
    return { date, session, ...(note ? { note } : {}) };
  },
};

/**
 * Trading days are pure functions of the date, and a window evaluation (or a wait that
 * re-evaluates every few minutes) asks about the same few weeks again and again; turning wall
 * times into instants through the zone database is the costly part, so each day is computed once.
 */
function memoized(calendar: ExchangeCalendar): ExchangeCalendar {
  const cache = new Map<string, TradingDay>();
  return {
    ...calendar,
    tradingDay(date) {
      const key = isoDate(date);
      let day = cache.get(key);
      if (!day) {
        if (cache.size > 50_000) cache.clear();
        day = calendar.tradingDay(date);
        cache.set(key, day);
      }
      return day;
    },
  };
}

const CALENDARS: Readonly<Record<ExchangeCode, ExchangeCalendar>> = {
  XNYS: memoized(usEquityCalendar('XNYS', 'New York Stock Exchange')),
  XNAS: memoized(usEquityCalendar('XNAS', 'Nasdaq')),
  XLON: memoized(XLON),
  CME: memoized(CME),
};

/** The calendar of an exchange. */
export function exchangeCalendar(code: ExchangeCode): ExchangeCalendar {
  return CALENDARS[code];
}
