import {
  addDays,
  civil,
  easterSunday,
  isoDate,
  isWeekend,
  lastWeekday,
  MONDAY,
  nthWeekday,
  parseIsoDate,
  type CivilDate,
} from './dates.js';
import type { NamedDay } from './us-holidays.js';

/**
 * Bank holidays changed by royal proclamation: a usual one moved, or an extra one added. These
 * are decided year by year and cannot be derived; each is a dated exception with its reason.
 * Source: GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays) and the proclamations
 * it cites. England and Wales only: the LSE follows those, not Scotland's or Northern Ireland's.
 */
const PROCLAIMED: readonly {
  readonly year: number;
  readonly moves?: readonly [string, string];
  readonly extra?: NamedDay;
}[] = [
  { year: 2011, extra: { date: civil(2011, 4, 29), name: 'Royal Wedding' } },
  // The Diamond Jubilee: the Spring bank holiday moved from 28 May to 4 June, plus 5 June.
  { year: 2012, moves: ['2012-05-28', '2012-06-04'] },
  { year: 2012, extra: { date: civil(2012, 6, 5), name: 'Diamond Jubilee' } },
  // VE Day's 75th anniversary: the Early May bank holiday moved from Monday 4 to Friday 8 May.
  { year: 2020, moves: ['2020-05-04', '2020-05-08'] },
  // The Platinum Jubilee: Spring bank holiday moved from 30 May to 2 June, plus 3 June.
  { year: 2022, moves: ['2022-05-30', '2022-06-02'] },
  { year: 2022, extra: { date: civil(2022, 6, 3), name: 'Platinum Jubilee' } },
  { year: 2022, extra: { date: civil(2022, 9, 19), name: 'State Funeral of Queen Elizabeth II' } },
  { year: 2023, extra: { date: civil(2023, 5, 8), name: 'Coronation of King Charles III' } },
];

/**
 * England and Wales bank holidays in a year, by rule (Banking and Financial Dealings Act 1971
 * and the standing proclamations): New Year's Day, Good Friday, Easter Monday, the first Monday
 * of May, the last Mondays of May and August, Christmas Day and Boxing Day. A holiday on a
 * weekend gets a substitute day: the next weekday not already a holiday, so a Saturday
 * Christmas gives Monday 27 and Tuesday 28 December (2027), and a Sunday one Monday 26 (Boxing
 * Day) and Tuesday 27 (2022).
 */
export function englandBankHolidays(year: number): NamedDay[] {
  const easter = easterSunday(year);
  const days: NamedDay[] = [
    { date: nthWeekday(year, 5, MONDAY, 1), name: 'Early May bank holiday' },
    { date: lastWeekday(year, 5, MONDAY), name: 'Spring bank holiday' },
    { date: lastWeekday(year, 8, MONDAY), name: 'Summer bank holiday' },
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
  ];
  const taken = (date: CivilDate) => days.some((d) => isoDate(d.date) === isoDate(date));
  const substitute = (date: CivilDate, name: string) => {
    let day = date;
    while (isWeekend(day) || taken(day)) day = addDays(day, 1);
    days.push({ date: day, name: day === date ? name : `${name} (substitute day)` });
  };
  substitute(civil(year, 1, 1), "New Year's Day");
  substitute(civil(year, 12, 25), 'Christmas Day');
  substitute(civil(year, 12, 26), 'Boxing Day');

  for (const change of PROCLAIMED.filter((p) => p.year === year)) {
    if (change.moves) {
      const [from, to] = change.moves;
      const moved = days.find((d) => isoDate(d.date) === from);
      if (moved) {
        days.splice(days.indexOf(moved), 1, { date: parseIsoDate(to), name: `${moved.name} (moved by proclamation)` });
      }
    }
    if (change.extra) days.push(change.extra);
  }
  return days.sort((a, b) => isoDate(a.date).localeCompare(isoDate(b.date)));
}
