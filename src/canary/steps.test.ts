import { describe, expect, it } from 'vitest';
import { describeSteps, parseSteps } from './steps.js';

describe('the steps plan', () => {
  it('reads shares and observation times, with commas or new lines between steps', () => {
    expect(parseSteps('5%:5m, 25%:5m,\n50%:10m\n100%:15m')).toEqual({
      ok: true,
      steps: [
        { percent: 5, observeMs: 300_000 },
        { percent: 25, observeMs: 300_000 },
        { percent: 50, observeMs: 600_000 },
        { percent: 100, observeMs: 900_000 },
      ],
    });
    expect(parseSteps('100%:15m')).toMatchObject({ ok: true, steps: [{ percent: 100 }] });
  });

  it.each([
    ['', /is empty/],
    ['5%:5m, 5%:5m, 100%:1m', /step 2 .* increase strictly; 5% follows 5%/],
    ['50%:5m, 25%:5m, 100%:1m', /increase strictly/],
    ['5%:5m, 50%:5m', /must end at 100%/],
    ['5%:0, 100%:1m', /longer than 0/],
    ['5%:soon, 100%:1m', /'soon' is not a duration/],
    ['5:5m, 100%:1m', /step 1 \('5:5m'\) is not <percent>%:<duration>/],
    ['0%:5m, 100%:1m', /from 1% to 100%/],
    ['5%:5m, 120%:1m', /from 1% to 100%/],
  ])('%j is refused: %s', (text, message) => {
    const parsed = parseSteps(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('describes a plan for people', () => {
    const parsed = parseSteps('10%:90s, 100%:1h');
    expect(parsed.ok && describeSteps(parsed.steps)).toBe('10% for 1m 30s → 100% for 1h');
  });
});
