import { describe, expect, it } from 'vitest';
import { compare } from './measurements.js';
import { renderDrillReport, renderJunitReport, type DrillReport } from './report.js';

const report: DrillReport = {
  runId: '7-1',
  type: 'restore',
  primaryRegion: 'us-east-1',
  recoveryRegion: 'us-west-2',
  startedAt: '2026-11-23T14:00:00.000Z',
  endedAt: '2026-11-23T14:09:00.000Z',
  result: 'fail',
  reason: 'Missed: s3 RPO canary object replicated. RTO 8m 5s (target 15m), worst RPO 2m (target 5m).',
  targets: { rtoSeconds: 900, rpoSeconds: 300, durationSeconds: 1800 },
  rtoSeconds: 485,
  rpoSeconds: 120,
  totalRto: compare('rto', 'critical path of the timed phases', 485_000, 900_000),
  components: [
    {
      component: 'rds',
      pass: true,
      measurements: [
        compare('rpo', 'newest recovery point in us-west-2', 120_000, 300_000),
        compare('rto', 'restore of the newest snapshot until available', 480_000, 900_000),
      ],
      evidence: [
        { label: 'newest recovery point', value: 'snapshot orders-copy (manual) at 2026-11-23T13:58:00.000Z' },
      ],
    },
    {
      component: 's3',
      pass: false,
      measurements: [compare('rpo', 'canary object replicated', undefined, 300_000, 'not within 5m: no replica yet')],
      evidence: [],
    },
    { component: 'ecr', pass: false, measurements: [], evidence: [], error: 'AccessDenied: not authorized | ecr' },
  ],
  phases: [
    {
      phase: 'rds-restore',
      after: [],
      status: 'done',
      startedAt: '2026-11-23T14:00:05.000Z',
      endedAt: '2026-11-23T14:08:05.000Z',
      seconds: 480,
      detail: 'drt-7-1 available',
    },
    { phase: 'smoke', after: ['rds-restore'], status: 'done', seconds: 5, detail: 'HTTP 200' },
  ],
  created: [
    { resource: 's3://trades/trading-actions-dr-test/7-1.json', region: 'us-east-1' },
    { resource: 'RDS instance drt-7-1', region: 'us-west-2' },
  ],
  removed: [
    {
      resource: 'RDS instance drt-7-1',
      region: 'us-west-2',
      outcome: 'removed',
      detail: 'deletion started (no final snapshot)',
    },
    {
      resource: 's3://trades/trading-actions-dr-test/7-1.json',
      region: 'us-east-1',
      outcome: 'removed',
      detail: 'deleted 1 version',
    },
  ],
  swept: [],
};

describe('the job summary', () => {
  it('shows the verdict, every measurement with target, measured and margin, phases, and what was created and removed', () => {
    expect(renderDrillReport(report)).toMatchInlineSnapshot(`
      "## DR drill ❌ fail: restore, us-east-1 → us-west-2

      Missed: s3 RPO canary object replicated. RTO 8m 5s (target 15m), worst RPO 2m (target 5m).

      Run \`7-1\`, 2026-11-23T14:00:00.000Z to 2026-11-23T14:09:00.000Z. Targets: RTO 15m, RPO 5m, hard stop after 30m.

      | Component | Measurement | Target | Measured | Margin | Result |
      | --- | --- | --- | --- | --- | --- |
      | rds | RPO: newest recovery point in us-west-2 | 5m | 2m | +3m | ✅ |
      | rds | RTO: restore of the newest snapshot until available | 15m | 8m | +7m | ✅ |
      | s3 | RPO: canary object replicated | 5m | — (not within 5m: no replica yet) | — | ❌ |
      | ecr | — | — | — | — | ❌ AccessDenied: not authorized \\| ecr |
      | **total** | RTO: critical path of the timed phases | 15m | 8m 5s | +6m 55s | ✅ |

      ### Phases

      | Phase | After | Status | Took | Detail |
      | --- | --- | --- | --- | --- |
      | rds-restore | — | done | 8m | drt-7-1 available |
      | smoke | rds-restore | done | 5s | HTTP 200 |

      <details><summary>Evidence</summary>

      **rds**

      - newest recovery point: snapshot orders-copy (manual) at 2026-11-23T13:58:00.000Z

      **s3**

      - none

      **ecr**

      - none

      </details>

      ### Created and removed

      | Created | Region |
      | --- | --- |
      | s3://trades/trading-actions-dr-test/7-1.json | us-east-1 |
      | RDS instance drt-7-1 | us-west-2 |

      | Teardown | Region | Outcome | Detail |
      | --- | --- | --- | --- |
      | RDS instance drt-7-1 | us-west-2 | removed | deletion started (no final snapshot) |
      | s3://trades/trading-actions-dr-test/7-1.json | us-east-1 | removed | deleted 1 version |

      Swept from earlier drills: nothing to remove.
      "
    `);
  });

  it('a drill that created nothing says so', () => {
    const text = renderDrillReport({ ...report, created: [], removed: [], phases: [], totalRto: undefined });
    expect(text).toContain('The drill created nothing.');
    expect(text).toContain('Teardown: nothing to remove.');
    expect(text).not.toContain('### Phases');
  });
});

describe('the JUnit file', () => {
  it('has a case per measurement with its seconds as time, failures with the figures, and teardown', () => {
    expect(renderJunitReport(report)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="dr-test" tests="6" failures="2" time="540">
        <testsuite name="dr-test restore us-east-1 to us-west-2" tests="6" failures="2" errors="0" skipped="0" time="540" timestamp="2026-11-23T14:00:00.000Z">
          <properties><property name="run-id" value="7-1"/><property name="result" value="fail"/></properties>
          <testcase classname="dr-test.rds" name="rpo newest recovery point in us-west-2" time="120"/>
          <testcase classname="dr-test.rds" name="rto restore of the newest snapshot until available" time="480"/>
          <testcase classname="dr-test.s3" name="rpo canary object replicated" time="0">
            <failure message="RPO canary object replicated: measured — (not within 5m: no replica yet), target 5m, margin —">RPO canary object replicated: measured — (not within 5m: no replica yet), target 5m, margin —</failure>
          </testcase>
          <testcase classname="dr-test.ecr" name="measured" time="0">
            <failure message="AccessDenied: not authorized | ecr">AccessDenied: not authorized | ecr</failure>
          </testcase>
          <testcase classname="dr-test.total" name="rto critical path of the timed phases" time="485"/>
          <testcase classname="dr-test.teardown" name="everything created was removed" time="0"/>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it('marks an aborted drill and a teardown that left something behind', () => {
    const xml = renderJunitReport({
      ...report,
      result: 'aborted',
      reason: 'Aborted: the duration limit was reached <30m>',
      removed: [{ resource: 'RDS instance drt-7-1', region: 'us-west-2', outcome: 'failed', detail: 'Throttling' }],
    });
    expect(xml).toContain('<failure message="Aborted: the duration limit was reached &lt;30m&gt;">');
    expect(xml).toContain('<failure message="RDS instance drt-7-1: failed (Throttling)">');
  });
});
