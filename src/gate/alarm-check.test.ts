import { describe, expect, it } from 'vitest';
import type { AlarmSnapshot } from '../aws/cloudwatch.js';
import { judgeAlarms } from './alarm-check.js';
import type { AlarmCheck } from './checks.js';

const alarm = (name: string, state: string, reason = ''): AlarmSnapshot => ({ name, type: 'metric', state, reason });
const byNames = (...names: string[]): AlarmCheck => ({ kind: 'alarms', id: 'alarms', names });

describe('alarm checks', () => {
  it.each([
    ['all OK passes', byNames('a', 'b'), [alarm('a', 'OK'), alarm('b', 'OK')], 'pass', 'all 2 alarms (a, b) are OK.'],
    [
      'one in ALARM fails with its reason',
      byNames('a', 'b'),
      [alarm('a', 'ALARM', 'Threshold Crossed'), alarm('b', 'OK')],
      'fail',
      'a is in ALARM: Threshold Crossed',
    ],
    [
      'a missing alarm is inconclusive',
      byNames('a', 'typo'),
      [alarm('a', 'OK')],
      'inconclusive',
      'no alarm named typo; check the names and the region.',
    ],
    [
      'a prefix matching nothing is inconclusive',
      { kind: 'alarms', id: 'alarms', names: [], prefix: 'router-' },
      [],
      'inconclusive',
      "no alarm starts with 'router-'; check the names and the region.",
    ],
    [
      'insufficient data is inconclusive, never a pass',
      byNames('a'),
      [alarm('a', 'INSUFFICIENT_DATA')],
      'inconclusive',
      'a has insufficient data, so it says nothing yet.',
    ],
  ] as const)('%s', (_name, check, alarms, status, reason) => {
    const result = judgeAlarms(check, alarms);
    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
  });

  it('a firing alarm outweighs a missing one', () => {
    expect(judgeAlarms(byNames('a', 'missing'), [alarm('a', 'ALARM', 'x')]).status).toBe('fail');
  });
});
