import { describe, expect, it } from 'vitest';
import {
  addDays,
  civil,
  civilDateAt,
  easterSunday,
  instantAt,
  isoDate,
  lastWeekday,
  MONDAY,
  nthWeekday,
  THURSDAY,
  weekday,
} from './dates.js';

describe('civil date arithmetic', () => {
  // Easter dates from the Astronomical Society of South Australia's Easter Sunday table
  // (https://www.assa.org.au/edm) — an independent source for the computus in dates.ts,
  // including the latest (25 April) and earliest (22 March) possible dates.
  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, expected) => {
    expect(isoDate(easterSunday(year))).toBe(expected);
    expect(weekday(easterSunday(year))).toBe(7);
  });

  it('finds n-th and last weekdays of a month', () => {
    expect(isoDate(nthWeekday(2026, 1, MONDAY, 3))).toBe('2026-01-19');
    expect(isoDate(nthWeekday(2026, 11, THURSDAY, 4))).toBe('2026-11-26');
    expect(isoDate(nthWeekday(2026, 9, MONDAY, 1))).toBe('2026-09-07');
    expect(isoDate(lastWeekday(2026, 5, MONDAY))).toBe('2026-05-25');
    expect(isoDate(lastWeekday(2027, 12, MONDAY))).toBe('2027-12-27');
  });

  it('crosses month and year ends', () => {
    expect(isoDate(addDays(civil(2027, 12, 31), 1))).toBe('2028-01-01');
    expect(isoDate(addDays(civil(2028, 3, 1), -1))).toBe('2028-02-29');
  });

  it('turns a wall time into an instant in the zone, across DST', () => {
    // New York springs forward on 8 March 2026; London on 29 March.
    expect(new Date(instantAt(civil(2026, 3, 6), 570, 'America/New_York')).toISOString()).toBe(
      '2026-03-06T14:30:00.000Z',
    );
    expect(new Date(instantAt(civil(2026, 3, 9), 570, 'America/New_York')).toISOString()).toBe(
      '2026-03-09T13:30:00.000Z',
    );
    expect(new Date(instantAt(civil(2026, 3, 30), 480, 'Europe/London')).toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    // 24:00 is the next midnight.
    expect(new Date(instantAt(civil(2026, 3, 9), 1440, 'UTC')).toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(isoDate(civilDateAt(Date.parse('2026-03-10T03:00:00Z'), 'America/New_York'))).toBe('2026-03-09');
  });
});
