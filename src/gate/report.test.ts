import { describe, expect, it } from 'vitest';
import type { Evaluation } from './gate.js';
import { compactReport, renderGateReport, type GateReport } from './report.js';
import type { CheckResult } from './result.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 14, minute));

const errorRate = (status: CheckResult['status'], value: number): CheckResult => ({
  id: 'error-rate',
  kind: 'metric',
  status,
  observed: String(value),
  expected: '< 0.01',
  reason: `latest of 3 datapoints is ${value}, ${status === 'pass' ? 'within' : 'outside'} < 0.01.`,
  evidence: {
    kind: 'metric',
    query:
      '(AWS/ApplicationELB HTTPCode_Target_5XX_Count Sum per 60s {TargetGroup=tg}) ÷ (AWS/ApplicationELB RequestCount Sum per 60s {TargetGroup=tg})',
    points: [
      { at: at(1), value: 0.004 },
      { at: at(2), value: value },
    ],
    value,
  },
});

const alarms: CheckResult = {
  id: 'alarms/router-',
  kind: 'alarms',
  status: 'pass',
  observed: '2 OK',
  expected: 'no alarm in ALARM',
  reason: 'all 2 alarms (router-*) are OK.',
  evidence: { kind: 'alarms', alarms: [], missing: [] },
};

const evaluation = (index: number, status: Evaluation['status'], checks: CheckResult[]): Evaluation => ({
  index,
  at: at(index).toISOString(),
  final: false,
  status,
  checks,
});

const report: GateReport = {
  verdict: 'fail',
  reason: '2 of 3 evaluations failed (failure-limit 1); last failing: error-rate.',
  startedAt: at(0).toISOString(),
  durationMs: 120_000,
  evaluations: [
    evaluation(0, 'pass', [alarms, errorRate('pass', 0.004)]),
    evaluation(1, 'fail', [alarms, errorRate('fail', 0.02)]),
    evaluation(2, 'fail', [alarms, errorRate('fail', 0.023)]),
  ],
  policy: { windowMs: 600_000, intervalMs: 60_000, failureLimit: 1, inconclusiveLimit: 0 },
  dryRun: false,
  onFailure: 'fail',
};

describe('the health-gate job summary', () => {
  it('is a table a person reads in five seconds, then the evidence per check', () => {
    expect(renderGateReport(report)).toMatchInlineSnapshot(`
      "## ❌ health-gate: fail

      2 of 3 evaluations failed (failure-limit 1); last failing: error-rate. 3 evaluations in 2m (window 10m, every 1m, failure-limit 1, inconclusive-limit 0).

      | | Check | Observed | Expected | Failed / inconclusive |
      |---|---|---|---|---|
      | ✅ | alarms \`alarms/router-\` | 2 OK | no alarm in ALARM | 0 / 0 of 3 |
      | ❌ | metric \`error-rate\` | 0.023 | &lt; 0.01 | 2 / 0 of 3 |

      ### Details

      **✅ alarms \`alarms/router-\`**: all 2 alarms (router-*) are OK.

      **❌ metric \`error-rate\`**: latest of 3 datapoints is 0.023, outside &lt; 0.01.

      - Query: \`(AWS/ApplicationELB HTTPCode_Target_5XX_Count Sum per 60s {TargetGroup=tg}) ÷ (AWS/ApplicationELB RequestCount Sum per 60s {TargetGroup=tg})\`
      - Datapoints (newest 2): 14:01Z 0.004 · 14:02Z 0.023
      "
    `);
  });

  it('says when a failing verdict does not fail the step', () => {
    expect(renderGateReport({ ...report, dryRun: true })).toContain(
      '> dry-run: the verdict is reported but does not fail the step.',
    );
    expect(renderGateReport({ ...report, onFailure: 'warn' })).toContain(
      '> on-failure: warn — the step passes with a warning.',
    );
  });

  it('keeps datapoints for the last evaluation only in the JSON output, and the query for all', () => {
    const compact = compactReport(report);
    expect(compact.evaluations[0]?.checks[1]?.evidence).toMatchObject({ kind: 'metric', points: [], value: 0.004 });
    expect(compact.evaluations[0]?.checks[1]?.evidence).toHaveProperty(
      'query',
      expect.stringContaining('RequestCount'),
    );
    expect(compact.evaluations[2]?.checks[1]?.evidence).toEqual(report.evaluations[2]?.checks[1]?.evidence);
    expect(compact.evaluations[0]?.checks[1]?.observed).toBe('0.004');
  });
});
