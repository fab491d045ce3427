import { describe, expect, it } from 'vitest';
import { evaluateWindow, isWindowOpen } from './evaluate.js';
import { parseDeployWindow } from './policy.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString().replace(':00.000Z', 'Z');
const evaluate = (policy: string, instant: string) => {
  const e = evaluateWindow(parseDeployWindow(policy), at(instant));
  return { open: e.open, reason: e.reason, nextOpen: iso(e.nextOpen), closesAt: iso(e.closesAt) };
};

describe('outside XNYS regular', () => {
  const policy = 'outside XNYS regular';

  it('is closed during the session and opens at the close', () => {
    expect(evaluate(policy, '2026-11-23T15:00:00Z')).toEqual({
      open: false,
      reason: 'the XNYS session Mon 2026-11-23 09:30–16:00 EST is in progress',
      nextOpen: '2026-11-23T21:00Z',
      closesAt: undefined,
    });
  });

  it('is open after the close until the next open', () => {
    expect(evaluate(policy, '2026-11-23T22:00:00Z')).toEqual({
      open: true,
      reason: 'XNYS is closed; it last closed Mon 2026-11-23 16:00 EST and next opens Tue 2026-11-24 09:30 EST.',
      nextOpen: undefined,
      closesAt: '2026-11-24T14:30Z',
    });
  });

  it('opens at 13:00 on an early-close day', () => {
    expect(evaluate(policy, '2026-11-27T17:30:00Z')).toMatchObject({
      open: false,
      reason:
        'the XNYS session Fri 2026-11-27 09:30–13:00 EST (early close at 13:00: day after Thanksgiving) is in progress',
      nextOpen: '2026-11-27T18:00Z',
    });
    // 13:30 New York time: open, and it stays open over the weekend.
    expect(evaluate(policy, '2026-11-27T18:30:00Z')).toMatchObject({ open: true, closesAt: '2026-11-30T14:30Z' });
  });

  it('is open all day on a holiday, and says so', () => {
    expect(evaluate(policy, '2026-04-03T15:00:00Z')).toEqual({
      open: true,
      reason:
        'XNYS is closed today (Good Friday); it last closed Thu 2026-04-02 16:00 EDT and next opens Mon 2026-04-06 09:30 EDT.',
      nextOpen: undefined,
      closesAt: '2026-04-06T13:30Z',
    });
  });
});

describe('outside XNYS,XLON regular; not within 30m of open or close', () => {
  const policy = 'outside XNYS,XLON regular; not within 30m of open or close';

  it('is closed from 30m before London opens to 30m after New York closes', () => {
    expect(evaluate(policy, '2026-01-13T07:45:00Z')).toMatchObject({
      open: false,
      reason: 'within 30m of the XLON open at Tue 2026-01-13 08:00 GMT',
      nextOpen: '2026-01-13T21:30Z',
    });
    expect(evaluate(policy, '2026-01-13T21:15:00Z')).toMatchObject({
      open: false,
      reason: 'within 30m of the XNYS close at Tue 2026-01-13 16:00 EST',
      nextOpen: '2026-01-13T21:30Z',
    });
    expect(evaluate(policy, '2026-01-13T21:30:00Z')).toMatchObject({ open: true, closesAt: '2026-01-14T07:30Z' });
  });

  it('follows New York onto summer time three weeks before London', () => {
    // 10 March 2026: New York is on EDT, London still on GMT, so New York closes at 20:00 UTC.
    expect(evaluate(policy, '2026-03-10T20:45:00Z')).toMatchObject({ open: true, closesAt: '2026-03-11T07:30Z' });
    // A week earlier the same UTC instant is inside the session.
    expect(evaluate(policy, '2026-03-03T20:45:00Z')).toMatchObject({ open: false, nextOpen: '2026-03-03T21:30Z' });
    // 30 March: both on summer time; London opens at 07:00 UTC.
    expect(evaluate(policy, '2026-03-31T06:45:00Z')).toMatchObject({ open: false, nextOpen: '2026-03-31T20:30Z' });
  });

  it('follows London back to GMT a week before New York', () => {
    // 27 October 2026: London on GMT (opens 08:00 UTC), New York still on EDT (closes 20:00 UTC).
    expect(evaluate(policy, '2026-10-27T07:15:00Z')).toMatchObject({ open: true, closesAt: '2026-10-27T07:30Z' });
    expect(evaluate(policy, '2026-10-27T20:20:00Z')).toMatchObject({ open: false, nextOpen: '2026-10-27T20:30Z' });
  });
});

describe('custom windows', () => {
  it('runs past midnight in the zone given', () => {
    const policy = 'Mon-Fri 18:00-06:00 America/New_York';
    // Friday 18:30 New York: open until Saturday 06:00.
    expect(evaluate(policy, '2026-11-27T23:30:00Z')).toMatchObject({ open: true, closesAt: '2026-11-28T11:00Z' });
    // Saturday 10:00: closed until Monday 18:00.
    expect(evaluate(policy, '2026-11-28T15:00:00Z')).toEqual({
      open: false,
      reason: 'outside the window Mon-Fri 18:00-06:00 America/New_York',
      nextOpen: '2026-11-30T23:00Z',
      closesAt: undefined,
    });
  });

  it('is an hour shorter on the night the clocks spring forward', () => {
    // 8 March 2026 in New York: 02:00 does not exist, so 01:00–03:00 lasts one hour.
    const policy = 'daily 01:00-03:00 America/New_York';
    expect(evaluate(policy, '2026-03-08T06:30:00Z')).toMatchObject({ open: true, closesAt: '2026-03-08T07:00Z' });
    expect(evaluate(policy, '2026-03-09T05:30:00Z')).toMatchObject({ open: true, closesAt: '2026-03-09T07:00Z' });
  });

  it('combines with an exchange clause: both must allow the deploy', () => {
    const policy = 'outside XNYS regular; weekdays 08:00-18:00 America/New_York';
    expect(evaluate(policy, '2026-11-24T13:00:00Z')).toMatchObject({ open: true, closesAt: '2026-11-24T14:30Z' });
    expect(evaluate(policy, '2026-11-24T15:00:00Z')).toMatchObject({ open: false, nextOpen: '2026-11-24T21:00Z' });
  });
});

describe('CME Globex', () => {
  it('is open only in the daily maintenance break and at the weekend', () => {
    expect(evaluate('outside CME', '2026-01-13T22:30:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-01-13T23:00Z',
    });
    expect(evaluate('outside CME', '2026-01-13T21:30:00Z')).toMatchObject({
      open: false,
      nextOpen: '2026-01-13T22:00Z',
    });
    expect(evaluate('outside CME', '2026-01-17T12:00:00Z')).toMatchObject({
      open: true,
      closesAt: '2026-01-18T23:00Z',
    });
  });
});

describe('always and never', () => {
  it('always is open and never closes; never is closed and never opens', () => {
    expect(evaluate('always', '2026-11-23T15:00:00Z')).toMatchObject({ open: true, closesAt: undefined });
    expect(evaluate('never', '2026-11-23T15:00:00Z')).toMatchObject({
      open: false,
      nextOpen: undefined,
      reason: "the policy is 'never' (a deploy freeze)",
    });
  });
});

describe('isWindowOpen and the closed periods ahead', () => {
  it('agrees with evaluateWindow and lists what closes the window next', () => {
    const policy = parseDeployWindow('outside XNYS regular');
    expect(isWindowOpen(policy, at('2026-11-23T15:00:00Z'))).toBe(false);
    expect(isWindowOpen(policy, at('2026-11-23T21:00:00Z'))).toBe(true);
    const upcoming = evaluateWindow(policy, at('2026-11-25T22:00:00Z')).upcoming.map((p) => [iso(p.start), iso(p.end)]);
    // Thanksgiving is skipped; the day after closes at 13:00.
    expect(upcoming.slice(0, 2)).toEqual([
      ['2026-11-27T14:30Z', '2026-11-27T18:00Z'],
      ['2026-11-30T14:30Z', '2026-11-30T21:00Z'],
    ]);
  });
});
