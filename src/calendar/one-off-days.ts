/**
 * Closures and shortened sessions that no rule predicts: national days of mourning, storms,
 * attacks. Each is an explicit, dated exception with its reason and where it was announced,
 * so a reader can check it and a maintainer knows where to add the next one. Rule-based
 * holidays (Good Friday, observed Christmas, …) never belong here.
 *
 * England and Wales bank holidays moved or added by royal proclamation (jubilees, the Queen's
 * funeral, the coronation) are in ./uk-holidays.ts, because the LSE observes them as bank
 * holidays.
 */

export interface OneOffDay {
  /** The exchange's local date, `YYYY-MM-DD`. */
  readonly date: string;
  /** `closed` for the whole day, or a session that ends early at `closeMinutes` past local midnight. */
  readonly kind: 'closed' | 'early-close';
  readonly closeMinutes?: number;
  readonly name: string;
  readonly source: string;
}

/** NYSE and Nasdaq close together on these days (both announced each one). */
export const US_EQUITY_ONE_OFF_DAYS: readonly OneOffDay[] = [
  ...['2001-09-11', '2001-09-12', '2001-09-13', '2001-09-14'].map((date): OneOffDay => ({
    date,
    kind: 'closed',
    name: 'closed after the September 11 attacks',
    source: 'NYSE and Nasdaq market notices, September 2001',
  })),
  {
    date: '2004-06-11',
    kind: 'closed',
    name: 'National Day of Mourning for President Ronald Reagan',
    source: 'NYSE announcement, June 2004',
  },
  {
    date: '2007-01-02',
    kind: 'closed',
    name: 'National Day of Mourning for President Gerald Ford',
    source: 'NYSE announcement, December 2006',
  },
  ...['2012-10-29', '2012-10-30'].map((date): OneOffDay => ({
    date,
    kind: 'closed',
    name: 'closed for Hurricane Sandy',
    source: 'NYSE and Nasdaq market notices, October 2012',
  })),
  {
    date: '2018-12-05',
    kind: 'closed',
    name: 'National Day of Mourning for President George H. W. Bush',
    source: 'NYSE and Nasdaq announcements, December 2018',
  },
  {
    date: '2025-01-09',
    kind: 'closed',
    name: 'National Day of Mourning for President Jimmy Carter',
    source: 'NYSE and Nasdaq announcements, 23 December 2024',
  },
];

/**
 * CME Globex equity-index and interest-rate futures. On a day of mourning CME shortens the
 * session instead of closing; the calendar keeps the later of the two product groups' halts,
 * because a deploy window must treat the market as trading while either still trades.
 */
export const CME_ONE_OFF_DAYS: readonly OneOffDay[] = [
  {
    date: '2025-01-09',
    kind: 'early-close',
    // Equity futures halted at 08:30 CT, interest-rate futures at 12:15 CT; reopened 17:00 CT.
    closeMinutes: 12 * 60 + 15,
    name: 'National Day of Mourning for President Jimmy Carter',
    source: 'CME Group announcement, 30 December 2024',
  },
];
