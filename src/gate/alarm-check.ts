import type { AlarmSnapshot, CloudWatchPort } from '../aws/cloudwatch.js';
import type { AlarmCheck } from './checks.js';
import type { CheckResult } from './result.js';

/**
 * Any alarm in ALARM fails the check and its reason is shown. An alarm that does not exist, a
 * prefix that matches nothing, or an alarm in INSUFFICIENT_DATA is inconclusive: no data is
 * never a pass.
 */
export async function evaluateAlarmCheck(check: AlarmCheck, cloudwatch: CloudWatchPort): Promise<CheckResult> {
  const alarms = await cloudwatch.describeAlarms({ names: check.names, prefix: check.prefix });
  return judgeAlarms(check, alarms);
}

export function judgeAlarms(check: AlarmCheck, alarms: readonly AlarmSnapshot[]): CheckResult {
  const found = new Set(alarms.map((a) => a.name));
  const missing = check.names.filter((name) => !found.has(name));
  const firing = alarms.filter((a) => a.state === 'ALARM');
  const noData = alarms.filter((a) => a.state === 'INSUFFICIENT_DATA');
  const evidence = { kind: 'alarms' as const, alarms, missing };
  const selector = [...check.names, ...(check.prefix ? [`${check.prefix}*`] : [])].join(', ');
  const base = { id: check.id, kind: 'alarms' as const, expected: 'no alarm in ALARM', evidence };

  if (firing.length > 0) {
    return {
      ...base,
      status: 'fail',
      observed: `${firing.length} in ALARM`,
      reason: firing.map((a) => `${a.name} is in ALARM: ${a.reason}`).join(' '),
    };
  }
  if (missing.length > 0 || (check.prefix && alarms.length === 0)) {
    const what = missing.length > 0 ? `no alarm named ${missing.join(', ')}` : `no alarm starts with '${check.prefix}'`;
    return {
      ...base,
      status: 'inconclusive',
      observed: 'not found',
      reason: `${what}; check the names and the region.`,
    };
  }
  if (noData.length > 0) {
    return {
      ...base,
      status: 'inconclusive',
      observed: `${noData.length} without data`,
      reason: `${noData.map((a) => a.name).join(', ')} ${noData.length === 1 ? 'has' : 'have'} insufficient data, so ${noData.length === 1 ? 'it says' : 'they say'} nothing yet.`,
    };
  }
  return {
    ...base,
    status: 'pass',
    observed: `${alarms.length} OK`,
    reason: `all ${alarms.length} alarms (${selector}) are OK.`,
  };
}
