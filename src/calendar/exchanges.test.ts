/**
 * The calendars against what the exchanges publish. Sources:
 * - NYSE: "NYSE Group Announces 2025, 2026 and 2027 Holiday and Early Closings Calendar"
 *   (8 November 2024) and "… 2026, 2027 and 2028 …" (23 December 2025), also at
 *   https://www.nyse.com/markets/hours-calendars. Nasdaq publishes the same days at
 *   https://www.nasdaq.com/market-activity/stock-market-holiday-schedule.
 * - LSE: "Business days" (https://www.londonstockexchange.com/equities-trading/business-days),
 *   which follows the England and Wales bank holidays at https://www.gov.uk/bank-holidays;
 *   half days from 12:30 on Christmas Eve and New Year's Eve or the last business day before.
 *   GOV.UK lists 2025–2027; 2028 is the same statutory rules (no proclamation yet).
 * - CME Group: holiday calendar (https://www.cmegroup.com/trading-hours.html#holidays), its
 *   Thanksgiving 2024 schedule (equity and interest-rate futures halted 12:00 CT on the
 *   holiday, reopening 17:00 CT) and its 30 December 2024 notice for 9 January 2025.
 */
import { describe, expect, it } from 'vitest';
import { addDays, civil, isoDate, isWeekend, parseIsoDate, weekday, type CivilDate } from './dates.js';
import { exchangeCalendar, type ExchangeCode } from './exchanges.js';
import { englandBankHolidays } from './uk-holidays.js';
import { usEquityHolidays } from './us-holidays.js';
import { describeMarketAt, nextSession, sessionAt, sessionsBetween } from './sessions.js';

const utc = (ms: number) => new Date(ms).toISOString().replace(':00.000Z', 'Z');

function* weekdaysOf(year: number): Generator<CivilDate> {
  for (let d = civil(year, 1, 1); d.year === year; d = addDays(d, 1)) if (!isWeekend(d)) yield d;
}
/** Weekdays without a session. */
const closedWeekdays = (code: ExchangeCode, year: number) =>
  [...weekdaysOf(year)].filter((d) => !exchangeCalendar(code).tradingDay(d).session).map(isoDate);
/** Weekdays whose session closes early, with the local closing time. */
const earlyCloses = (code: ExchangeCode, year: number) =>
  [...weekdaysOf(year)]
    .filter((d) => exchangeCalendar(code).tradingDay(d).session?.note?.startsWith('early close'))
    .map(isoDate);
const session = (code: ExchangeCode, date: string) => {
  const s = exchangeCalendar(code).tradingDay(parseIsoDate(date)).session;
  return s ? [utc(s.open), utc(s.close)] : undefined;
};

describe('XNYS and XNAS against the NYSE and Nasdaq published calendars', () => {
  const published: Record<number, { holidays: string[]; early: string[] }> = {
    2025: {
      holidays: [
        '2025-01-01',
        '2025-01-09', // National Day of Mourning for President Carter (a one-off closure)
        '2025-01-20',
        '2025-02-17',
        '2025-04-18',
        '2025-05-26',
        '2025-06-19',
        '2025-07-04',
        '2025-09-01',
        '2025-11-27',
        '2025-12-25',
      ],
      early: ['2025-07-03', '2025-11-28', '2025-12-24'],
    },
    2026: {
      holidays: [
        '2026-01-01',
        '2026-01-19',
        '2026-02-16',
        '2026-04-03',
        '2026-05-25',
        '2026-06-19',
        '2026-07-03', // Independence Day observed (4 July is a Saturday)
        '2026-09-07',
        '2026-11-26',
        '2026-12-25',
      ],
      early: ['2026-11-27', '2026-12-24'],
    },
    2027: {
      holidays: [
        '2027-01-01',
        '2027-01-18',
        '2027-02-15',
        '2027-03-26',
        '2027-05-31',
        '2027-06-18', // Juneteenth observed (Saturday)
        '2027-07-05', // Independence Day observed (Sunday)
        '2027-09-06',
        '2027-11-25',
        '2027-12-24', // Christmas observed (Saturday): no Christmas Eve early close
      ],
      early: ['2027-11-26'],
    },
    2028: {
      // New Year's Day 2028 is a Saturday and is not observed (NYSE Rule 7.2).
      holidays: [
        '2028-01-17',
        '2028-02-21',
        '2028-04-14',
        '2028-05-29',
        '2028-06-19',
        '2028-07-04',
        '2028-09-04',
        '2028-11-23',
        '2028-12-25',
      ],
      early: ['2028-07-03', '2028-11-24'],
    },
  };

  describe.each(['XNYS', 'XNAS'] as const)('%s', (code) => {
    it.each([2025, 2026, 2027, 2028])('%i: holidays and 13:00 early closes', (year) => {
      expect(closedWeekdays(code, year)).toEqual(published[year]?.holidays);
      expect(earlyCloses(code, year)).toEqual(published[year]?.early);
    });
  });

  it('trades 09:30–16:00 New York time, 13:00 on an early close', () => {
    expect(session('XNYS', '2026-11-25')).toEqual(['2026-11-25T14:30Z', '2026-11-25T21:00Z']);
    expect(session('XNYS', '2026-11-27')).toEqual(['2026-11-27T14:30Z', '2026-11-27T18:00Z']);
    expect(exchangeCalendar('XNYS').tradingDay(civil(2026, 11, 27)).note).toBe(
      'early close at 13:00: day after Thanksgiving',
    );
    expect(exchangeCalendar('XNYS').tradingDay(civil(2026, 4, 3)).note).toBe('Good Friday');
    expect(exchangeCalendar('XNYS').tradingDay(civil(2025, 1, 9)).note).toBe(
      'National Day of Mourning for President Jimmy Carter',
    );
  });

  it('is shut on weekends', () => {
    expect(session('XNYS', '2026-11-28')).toBeUndefined();
    expect(exchangeCalendar('XNAS').tradingDay(civil(2026, 11, 29)).note).toBe('weekend');
  });
});

describe('XLON against the LSE business days and GOV.UK bank holidays', () => {
  const published: Record<number, { holidays: string[]; early: string[] }> = {
    2025: {
      holidays: [
        '2025-01-01',
        '2025-04-18',
        '2025-04-21',
        '2025-05-05',
        '2025-05-26',
        '2025-08-25',
        '2025-12-25',
        '2025-12-26',
      ],
      early: ['2025-12-24', '2025-12-31'],
    },
    2026: {
      // Boxing Day is a Saturday: substitute Monday 28 December.
      holidays: [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-28',
      ],
      early: ['2026-12-24', '2026-12-31'],
    },
    2027: {
      // Christmas on a Saturday, Boxing Day on a Sunday: substitutes Monday 27 and Tuesday 28.
      holidays: [
        '2027-01-01',
        '2027-03-26',
        '2027-03-29',
        '2027-05-03',
        '2027-05-31',
        '2027-08-30',
        '2027-12-27',
        '2027-12-28',
      ],
      early: ['2027-12-24', '2027-12-31'],
    },
    2028: {
      // New Year's Day on a Saturday: substitute Monday 3 January. Christmas Eve and New
      // Year's Eve are Sundays: the half days are the Fridays before, as in 2023.
      holidays: [
        '2028-01-03',
        '2028-04-14',
        '2028-04-17',
        '2028-05-01',
        '2028-05-29',
        '2028-08-28',
        '2028-12-25',
        '2028-12-26',
      ],
      early: ['2028-12-22', '2028-12-29'],
    },
  };

  it.each([2025, 2026, 2027, 2028])('%i: bank holidays and 12:30 half days', (year) => {
    expect(closedWeekdays('XLON', year)).toEqual(published[year]?.holidays);
    expect(earlyCloses('XLON', year)).toEqual(published[year]?.early);
  });

  it('trades 08:00–16:30 London time, to 12:30 on a half day', () => {
    expect(session('XLON', '2026-01-15')).toEqual(['2026-01-15T08:00Z', '2026-01-15T16:30Z']);
    expect(session('XLON', '2026-07-15')).toEqual(['2026-07-15T07:00Z', '2026-07-15T15:30Z']);
    expect(session('XLON', '2026-12-24')).toEqual(['2026-12-24T08:00Z', '2026-12-24T12:30Z']);
  });

  it('observes the proclaimed bank holidays of 2022 and 2023', () => {
    expect(closedWeekdays('XLON', 2022)).toEqual(
      expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']) as unknown,
    );
    expect(closedWeekdays('XLON', 2022)).not.toContain('2022-05-30');
    expect(closedWeekdays('XLON', 2023)).toContain('2023-05-08');
  });
});

describe('CME Globex equity and interest-rate futures', () => {
  const cme = exchangeCalendar('CME');

  it('trades Sunday 17:00 to Friday 16:00 Chicago time with a daily 16:00–17:00 break', () => {
    const week = sessionsBetween(cme, Date.parse('2026-01-10T00:00Z'), Date.parse('2026-01-17T00:00Z'));
    expect(week.map((s) => [utc(s.open), utc(s.close)])).toEqual([
      ['2026-01-11T23:00Z', '2026-01-12T22:00Z'], // Sun 17:00 CST – Mon 16:00 CST
      ['2026-01-12T23:00Z', '2026-01-13T22:00Z'],
      ['2026-01-13T23:00Z', '2026-01-14T22:00Z'],
      ['2026-01-14T23:00Z', '2026-01-15T22:00Z'],
      ['2026-01-15T23:00Z', '2026-01-16T22:00Z'], // … Fri 16:00 CST, then shut for the weekend
    ]);
  });

  it.each([
    ['15:59 CST Tuesday: in session', '2026-01-13T21:59Z', true],
    ['16:00 CST: the maintenance break starts', '2026-01-13T22:00Z', false],
    ['16:30 CST: in the break', '2026-01-13T22:30Z', false],
    ['17:00 CST: the next session opens', '2026-01-13T23:00Z', true],
    ['Saturday noon', '2026-01-17T18:00Z', false],
    ['Sunday 16:59 CST', '2026-01-18T22:59Z', false],
    ['Sunday 17:00 CST', '2026-01-18T23:00Z', true],
  ])('%s', (_label, at, trading) => {
    expect(sessionAt(cme, Date.parse(at)) !== undefined).toBe(trading);
  });

  it('names the maintenance break', () => {
    expect(describeMarketAt(cme, Date.parse('2026-01-13T22:30Z'))).toBe(
      'CME is closed for the daily maintenance break; it last closed Tue 2026-01-13 16:00 CST and next opens Tue 2026-01-13 17:00 CST.',
    );
  });

  it('halts at 12:00 on a US holiday and reopens at 17:00 for the next trade date (Thanksgiving 2025)', () => {
    expect(session('CME', '2025-11-27')).toEqual(['2025-11-26T23:00Z', '2025-11-27T18:00Z']);
    expect(session('CME', '2025-11-28')).toEqual(['2025-11-27T23:00Z', '2025-11-28T18:15Z']); // early close 12:15
    expect(cme.tradingDay(civil(2025, 11, 28)).note).toBe('early close at 12:15: day after Thanksgiving');
    expect(session('CME', '2026-01-19')).toEqual(['2026-01-18T23:00Z', '2026-01-19T18:00Z']); // MLK Day
  });

  it('is shut on Christmas Day, New Year’s Day and Good Friday', () => {
    expect(session('CME', '2025-12-24')).toEqual(['2025-12-23T23:00Z', '2025-12-24T18:15Z']);
    expect(session('CME', '2025-12-25')).toBeUndefined();
    expect(session('CME', '2025-12-26')).toEqual(['2025-12-25T23:00Z', '2025-12-26T22:00Z']);
    expect(session('CME', '2026-01-01')).toBeUndefined();
    expect(session('CME', '2026-04-03')).toBeUndefined();
    // After Thursday's close, the next session is Sunday evening's.
    const next = nextSession(cme, Date.parse('2026-04-02T21:00Z'));
    expect(next && utc(next.open)).toBe('2026-04-05T22:00Z');
  });

  it('closed at 12:15 CT on the day of mourning for President Carter', () => {
    expect(session('CME', '2025-01-09')).toEqual(['2025-01-08T23:00Z', '2025-01-09T18:15Z']);
  });
});

describe('DST weeks: New York and London change on different dates', () => {
  // 2026: New York springs forward on 8 March and London on 29 March; London falls back on
  // 25 October and New York on 1 November. In between, the cities are 4 hours apart.
  it.each([
    [
      'before either change',
      '2026-03-06',
      ['2026-03-06T14:30Z', '2026-03-06T21:00Z'],
      ['2026-03-06T08:00Z', '2026-03-06T16:30Z'],
    ],
    [
      'New York on summer time, London not',
      '2026-03-09',
      ['2026-03-09T13:30Z', '2026-03-09T20:00Z'],
      ['2026-03-09T08:00Z', '2026-03-09T16:30Z'],
    ],
    [
      'both on summer time',
      '2026-03-30',
      ['2026-03-30T13:30Z', '2026-03-30T20:00Z'],
      ['2026-03-30T07:00Z', '2026-03-30T15:30Z'],
    ],
    [
      'London back on GMT, New York not yet',
      '2026-10-26',
      ['2026-10-26T13:30Z', '2026-10-26T20:00Z'],
      ['2026-10-26T08:00Z', '2026-10-26T16:30Z'],
    ],
    [
      'both back on standard time',
      '2026-11-02',
      ['2026-11-02T14:30Z', '2026-11-02T21:00Z'],
      ['2026-11-02T08:00Z', '2026-11-02T16:30Z'],
    ],
  ])('%s (%s)', (_label, date, nyse, lse) => {
    expect(session('XNYS', date)).toEqual(nyse);
    expect(session('XLON', date)).toEqual(lse);
  });

  it('opens CME at 17:00 Chicago time on the Sunday the clocks change', () => {
    expect(session('CME', '2026-03-09')).toEqual(['2026-03-08T22:00Z', '2026-03-09T21:00Z']); // CDT from 8 March
    expect(session('CME', '2026-11-02')).toEqual(['2026-11-01T23:00Z', '2026-11-02T22:00Z']); // CST from 1 November
  });
});

describe('2031, a year nobody wrote down, follows the rules', () => {
  // Worked out from the rules alone: 1 January 2031 is a Wednesday; Easter is 13 April, so
  // Good Friday is 11 April and Easter Monday 14 April; 4 July is a Friday (early close on
  // Thursday 3 July); Thanksgiving is the fourth Thursday of November, the 27th; Christmas is a
  // Thursday (early close on Wednesday 24 December); 19 June is a Thursday.
  it('XNYS', () => {
    expect(closedWeekdays('XNYS', 2031)).toEqual([
      '2031-01-01',
      '2031-01-20',
      '2031-02-17',
      '2031-04-11',
      '2031-05-26',
      '2031-06-19',
      '2031-07-04',
      '2031-09-01',
      '2031-11-27',
      '2031-12-25',
    ]);
    expect(earlyCloses('XNYS', 2031)).toEqual(['2031-07-03', '2031-11-28', '2031-12-24']);
  });

  it('XLON', () => {
    expect(closedWeekdays('XLON', 2031)).toEqual([
      '2031-01-01',
      '2031-04-11',
      '2031-04-14',
      '2031-05-05',
      '2031-05-26',
      '2031-08-25',
      '2031-12-25',
      '2031-12-26',
    ]);
    expect(earlyCloses('XLON', 2031)).toEqual(['2031-12-24', '2031-12-31']);
  });

  it('CME', () => {
    expect(closedWeekdays('CME', 2031)).toEqual(['2031-01-01', '2031-04-11', '2031-12-25']);
    expect(session('CME', '2031-11-27')?.[1]).toBe('2031-11-27T18:00Z');
  });
});

describe('properties that hold every year', () => {
  // From 2024: 2022 and 2023 had proclaimed extra bank holidays (tested above).
  const years = Array.from({ length: 40 }, (_, i) => 2024 + i);

  it.each(years)('%i', (year) => {
    const us = usEquityHolidays(year);
    expect(us.every((h) => !isWeekend(h.date))).toBe(true);
    const named = (name: string) => us.find((h) => h.name === name)?.date;
    const thanksgiving = named('Thanksgiving Day');
    expect(thanksgiving && weekday(thanksgiving)).toBe(4);
    expect(thanksgiving && thanksgiving.day >= 22 && thanksgiving.day <= 28).toBe(true);
    const goodFriday = named('Good Friday');
    expect(goodFriday && weekday(goodFriday)).toBe(5);

    const uk = englandBankHolidays(year);
    expect(uk).toHaveLength(8);
    expect(uk.every((h) => !isWeekend(h.date))).toBe(true);
    expect(new Set(uk.map((h) => isoDate(h.date))).size).toBe(8);

    expect(earlyCloses('XLON', year)).toHaveLength(2);
    // The US early closes never fall on a holiday or a weekend.
    for (const date of earlyCloses('XNYS', year)) expect(closedWeekdays('XNYS', year)).not.toContain(date);
  });
});
