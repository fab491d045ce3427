import { describe, expect, it } from 'vitest';
import { parseDeployWindow, PolicySyntaxError } from './policy.js';

const syntaxError = (text: string): PolicySyntaxError => {
  try {
    parseDeployWindow(text);
  } catch (error) {
    if (error instanceof PolicySyntaxError) return error;
    throw error;
  }
  throw new Error(`'${text}' parsed`);
};

describe('parsing a deploy-window policy', () => {
  it('reads exchanges, with aliases and in any case', () => {
    expect(parseDeployWindow('outside XNYS regular').clauses).toEqual([{ kind: 'outside', exchanges: ['XNYS'] }]);
    expect(parseDeployWindow('Outside nyse, lse').clauses).toEqual([{ kind: 'outside', exchanges: ['XNYS', 'XLON'] }]);
  });

  it('widens the outside clause by a margin around open and close', () => {
    expect(parseDeployWindow('outside XNYS,XLON regular; not within 30m of open or close').clauses).toEqual([
      { kind: 'outside', exchanges: ['XNYS', 'XLON'] },
      { kind: 'not-near', marginMs: 1_800_000, open: true, close: true, exchanges: ['XNYS', 'XLON'] },
    ]);
    expect(parseDeployWindow('not within 1h of CME close').clauses).toEqual([
      { kind: 'not-near', marginMs: 3_600_000, open: false, close: true, exchanges: ['CME'] },
    ]);
  });

  it('reads custom weekly windows, across midnight and with alternatives sharing a zone', () => {
    const policy = parseDeployWindow('Mon-Fri 18:00-06:00 or Sat,Sun 00:00-24:00 America/New_York');
    expect(policy.clauses).toEqual([
      {
        kind: 'custom',
        ranges: [
          {
            days: [1, 2, 3, 4, 5],
            start: 1080,
            end: 360,
            zone: 'America/New_York',
            text: 'Mon-Fri 18:00-06:00 America/New_York',
          },
          { days: [6, 7], start: 0, end: 1440, zone: 'America/New_York', text: 'Sat,Sun 00:00-24:00 America/New_York' },
        ],
      },
    ]);
    expect(parseDeployWindow('Fri-Mon 20:00-23:00 UTC').clauses).toMatchObject([{ ranges: [{ days: [1, 5, 6, 7] }] }]);
    expect(parseDeployWindow('weekdays 19:00-21:00 Europe/London; never').clauses).toHaveLength(2);
  });

  it.each([
    ['outside NYSEE regular', "column 9: expected an exchange (XNYS, XNAS, XLON or CME), found 'NYSEE'."],
    ['outside XNYS regular hours', "column 22: expected ';' between clauses, or the end of the policy, found 'hours'."],
    ['outside XNYS; not within 30 of open', "column 26: expected a margin like 30m or 1h, found '30'."],
    [
      'not within 30m of open or close',
      "column 19: expected an exchange after 'of' (no 'outside' clause names one), found 'open'.",
    ],
    [
      'Mon-Fri 18:00-06:00',
      "column 20: expected a time zone like America/New_York, Europe/London or UTC (or 'or' and another range), found the end of the policy.",
    ],
    [
      'Mon-Fri 18:00-06:00 America/NewYork',
      "column 21: expected an IANA time zone like America/New_York, Europe/London, America/Chicago or UTC, found 'America/NewYork'.",
    ],
    [
      'Mon-Fry 18:00-06:00 UTC',
      "column 5: expected a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun), or daily, weekdays or weekends, found 'Fry'.",
    ],
    ['Mon-Fri 25:00-06:00 UTC', "column 9: expected a time from 00:00 to 23:59, found '25:00-06:00'."],
    [
      'Mon-Fri 06:00-06:00 UTC',
      "column 15: expected an end time different from the start (00:00-24:00 is a whole day), found '06:00'.",
    ],
    [
      '',
      "column 1: expected a clause: 'outside <exchanges> regular', 'not within <margin> of open or close', a custom window like 'Mon-Fri 18:00-06:00 America/New_York', 'always' or 'never', found the end of the policy.",
    ],
  ])('%j fails at the right place', (text, message) => {
    expect(syntaxError(text).message).toBe(message);
  });

  it('names the line as well in a multi-line policy', () => {
    const error = syntaxError('outside XNYS regular;\nnot within 30m of opening');
    expect([error.line, error.column]).toEqual([2, 19]);
    expect(error.message).toMatch(
      /^line 2, column 19: expected 'open', 'close' or 'open or close', found 'opening'\.$/,
    );
  });
});
