import {
  addDays,
  civil,
  easterSunday,
  FRIDAY,
  lastWeekday,
  MONDAY,
  nthWeekday,
  SATURDAY,
  SUNDAY,
  THURSDAY,
  TUESDAY,
  weekday,
  type CivilDate,
} from './dates.js';

/** A named day on an exchange's calendar. */
export interface NamedDay {
  readonly date: CivilDate;
  readonly name: string;
}

/**
 * A fixed-date holiday as NYSE Rule 7.2 observes it: on a Sunday it moves to the Monday, on a
 * Saturday to the Friday before — except New Year's Day, because the Friday before is the last
 * day of the accounting year (the rule's "unusual business conditions"), so a Saturday New
 * Year's Day is not observed at all (2022, 2028).
 */
function observed(date: CivilDate, name: string, saturdayToFriday = true): NamedDay | undefined {
  const day = weekday(date);
  if (day === SUNDAY) return { date: addDays(date, 1), name: `${name} (observed)` };
  if (day === SATURDAY) return saturdayToFriday ? { date: addDays(date, -1), name: `${name} (observed)` } : undefined;
  return { date, name };
}

/**
 * The full-day holidays of the US equity exchanges (NYSE and Nasdaq publish the same list) in
 * a year, by rule. Juneteenth is a market holiday from 2022. One-off closures (days of
 * mourning, storms) are not rules; they live in ./one-off-days.ts.
 */
export function usEquityHolidays(year: number): NamedDay[] {
  const days: (NamedDay | undefined)[] = [
    observed(civil(year, 1, 1), "New Year's Day", false),
    { date: nthWeekday(year, 1, MONDAY, 3), name: 'Martin Luther King, Jr. Day' },
    { date: nthWeekday(year, 2, MONDAY, 3), name: "Washington's Birthday" },
    { date: addDays(easterSunday(year), -2), name: 'Good Friday' },
    { date: lastWeekday(year, 5, MONDAY), name: 'Memorial Day' },
    year >= 2022 ? observed(civil(year, 6, 19), 'Juneteenth National Independence Day') : undefined,
    observed(civil(year, 7, 4), 'Independence Day'),
    { date: nthWeekday(year, 9, MONDAY, 1), name: 'Labor Day' },
    { date: nthWeekday(year, 11, THURSDAY, 4), name: 'Thanksgiving Day' },
    observed(civil(year, 12, 25), 'Christmas Day'),
  ];
  return days.filter((d): d is NamedDay => d !== undefined);
}

/**
 * The 13:00 early closes of the US equity exchanges in a year, by rule:
 * - the day before Independence Day, when July 4 falls Tuesday to Friday (July 3 is then a
 *   weekday and not itself the observed holiday);
 * - the day after Thanksgiving, always;
 * - Christmas Eve, when Christmas falls Tuesday to Friday. A Saturday Christmas is observed on
 *   the 24th itself, and a Sunday or Monday one leaves the 24th on a weekend: no early close
 *   then, and the Friday before is a full day (2021, 2022, 2023, 2027, 2028).
 */
export function usEquityEarlyCloses(year: number): NamedDay[] {
  const days: NamedDay[] = [];
  const july4 = weekday(civil(year, 7, 4));
  if (july4 >= TUESDAY && july4 <= FRIDAY) days.push({ date: civil(year, 7, 3), name: 'day before Independence Day' });
  days.push({ date: addDays(nthWeekday(year, 11, THURSDAY, 4), 1), name: 'day after Thanksgiving' });
  const christmas = weekday(civil(year, 12, 25));
  if (christmas >= TUESDAY && christmas <= FRIDAY) days.push({ date: civil(year, 12, 24), name: 'Christmas Eve' });
  return days;
}
