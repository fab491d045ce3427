import { formatDuration } from '../runtime/duration.js';
import type { DrillType } from './inputs.js';
import type { Measurement } from './measurements.js';
import type { RemovalRecord } from './resources.js';

export type DrillResult = 'pass' | 'fail' | 'aborted';
export type ComponentName = 'rds' | 's3' | 'ecr' | 'ecs-standby' | 'smoke';
export type PhaseName = 's3-replication' | 'rds-restore' | 'service-scale' | 'smoke';
export type PhaseStatus = 'done' | 'failed' | 'aborted' | 'skipped' | 'not started';

/** A fact behind a measurement, shown as it was observed. */
export interface Evidence {
  readonly label: string;
  readonly value: string;
}

/** One part of the stack and how its recovery measured up. */
export interface ComponentReport {
  readonly component: ComponentName;
  readonly pass: boolean;
  readonly measurements: readonly Measurement[];
  readonly evidence: readonly Evidence[];
  /** What went wrong when the component could not be measured at all. */
  readonly error?: string;
}

/** One timed phase of the drill. */
export interface PhaseReport {
  readonly phase: PhaseName;
  readonly after: readonly PhaseName[];
  readonly status: PhaseStatus;
  readonly startedAt?: string;
  readonly endedAt?: string;
  readonly seconds?: number;
  readonly detail: string;
}

export interface CreatedResource {
  readonly resource: string;
  readonly region: string;
}

/** Everything a drill did and measured; the JSON output, the summary and the JUnit file come from it. */
export interface DrillReport {
  readonly runId: string;
  readonly type: DrillType;
  readonly primaryRegion: string;
  readonly recoveryRegion: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly result: DrillResult;
  readonly reason: string;
  readonly targets: { readonly rtoSeconds: number; readonly rpoSeconds: number; readonly durationSeconds: number };
  /** Total RTO along the critical path of the timed phases; absent in verify or when unfinished. */
  readonly rtoSeconds?: number;
  /** The worst RPO measured across components. */
  readonly rpoSeconds?: number;
  /** The total RTO against its target (present when the drill had timed phases). */
  readonly totalRto?: Measurement;
  readonly components: readonly ComponentReport[];
  readonly phases: readonly PhaseReport[];
  readonly created: readonly CreatedResource[];
  readonly removed: readonly RemovalRecord[];
  /** Leftovers of earlier drills the sweeper removed before this one began. */
  readonly swept: readonly RemovalRecord[];
}

const MARK: Record<DrillResult, string> = { pass: '✅ pass', fail: '❌ fail', aborted: '⛔ aborted' };
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const secondsText = (value: number | undefined): string => (value === undefined ? '—' : formatDuration(value * 1000));

function measuredText(m: Measurement): string {
  if (m.measuredSeconds === undefined) return m.note ? `— (${m.note})` : '—';
  return `${formatDuration(m.measuredSeconds * 1000)}${m.note ? ` (${m.note})` : ''}`;
}

function marginText(m: Measurement): string {
  if (m.marginSeconds === undefined) return '—';
  const sign = m.marginSeconds < 0 ? '−' : '+';
  return `${sign}${formatDuration(Math.abs(m.marginSeconds) * 1000)}`;
}

/** The job summary: verdict, targets, a row per measurement, phases, and what was created and removed. */
export function renderDrillReport(report: DrillReport): string {
  const lines: string[] = [
    `## DR drill ${MARK[report.result]}: ${report.type}, ${report.primaryRegion} → ${report.recoveryRegion}`,
    '',
    report.reason,
    '',
    `Run \`${report.runId}\`, ${report.startedAt} to ${report.endedAt}. Targets: RTO ${secondsText(report.targets.rtoSeconds)}, RPO ${secondsText(report.targets.rpoSeconds)}, hard stop after ${secondsText(report.targets.durationSeconds)}.`,
    '',
    '| Component | Measurement | Target | Measured | Margin | Result |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const rows = report.components.flatMap((c) =>
    c.measurements.length === 0
      ? [`| ${c.component} | — | — | — | — | ❌ ${cell(c.error ?? 'not measured')} |`]
      : c.measurements.map(
          (m) =>
            `| ${c.component} | ${m.kind.toUpperCase()}: ${cell(m.name)} | ${secondsText(m.targetSeconds)} | ${cell(measuredText(m))} | ${marginText(m)} | ${m.pass ? '✅' : '❌'} |`,
        ),
  );
  lines.push(...rows);
  if (report.totalRto) {
    const m = report.totalRto;
    lines.push(
      `| **total** | RTO: ${cell(m.name)} | ${secondsText(m.targetSeconds)} | ${cell(measuredText(m))} | ${marginText(m)} | ${m.pass ? '✅' : '❌'} |`,
    );
  }
  const errors = report.components.filter((c) => c.error && c.measurements.length > 0);
  for (const c of errors) lines.push('', `**${c.component}**: ${c.error ?? ''}`);

  if (report.phases.length > 0) {
    lines.push('', '### Phases', '', '| Phase | After | Status | Took | Detail |', '| --- | --- | --- | --- | --- |');
    for (const p of report.phases) {
      lines.push(
        `| ${p.phase} | ${p.after.join(', ') || '—'} | ${p.status} | ${secondsText(p.seconds)} | ${cell(p.detail)} |`,
      );
    }
  }

  lines.push('', '<details><summary>Evidence</summary>', '');
  for (const c of report.components) {
    lines.push(`**${c.component}**`, '');
    if (c.evidence.length === 0) lines.push('- none');
    for (const e of c.evidence) lines.push(`- ${e.label}: ${e.value}`);
    lines.push('');
  }
  lines.push('</details>');

  lines.push('', '### Created and removed', '');
  if (report.created.length === 0) lines.push('The drill created nothing.');
  else {
    lines.push('| Created | Region |', '| --- | --- |');
    for (const c of report.created) lines.push(`| ${cell(c.resource)} | ${c.region} |`);
  }
  lines.push('');
  lines.push(...removalTable('Teardown', report.removed), '');
  lines.push(...removalTable('Swept from earlier drills', report.swept));
  return `${lines.join('\n')}\n`;
}

function removalTable(title: string, records: readonly RemovalRecord[]): string[] {
  if (records.length === 0) return [`${title}: nothing to remove.`];
  return [
    `| ${title} | Region | Outcome | Detail |`,
    '| --- | --- | --- | --- |',
    ...records.map((r) => `| ${cell(r.resource)} | ${r.region} | ${r.outcome} | ${cell(r.detail)} |`),
  ];
}

const xml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/**
 * JUnit XML, one test case per measurement (plus teardown), so CI test-report tools chart RTO and
 * RPO per component over time: the case's `time` is the measured value in seconds.
 */
export function renderJunitReport(report: DrillReport): string {
  interface Case {
    readonly classname: string;
    readonly name: string;
    readonly time: number;
    readonly failure?: string;
  }
  const cases: Case[] = [];
  for (const c of report.components) {
    if (c.measurements.length === 0) {
      cases.push({
        classname: `dr-test.${c.component}`,
        name: 'measured',
        time: 0,
        failure: c.error ?? 'not measured',
      });
    }
    for (const m of c.measurements) {
      const summary = `${m.kind.toUpperCase()} ${m.name}: measured ${measuredText(m)}, target ${secondsText(m.targetSeconds)}, margin ${marginText(m)}`;
      cases.push({
        classname: `dr-test.${c.component}`,
        name: `${m.kind} ${m.name}`,
        time: m.measuredSeconds ?? 0,
        ...(m.pass ? {} : { failure: report.result === 'aborted' ? `aborted: ${summary}` : summary }),
      });
    }
  }
  if (report.totalRto) {
    const m = report.totalRto;
    cases.push({
      classname: 'dr-test.total',
      name: `rto ${m.name}`,
      time: m.measuredSeconds ?? 0,
      ...(m.pass ? {} : { failure: `RTO ${measuredText(m)}, target ${secondsText(m.targetSeconds)}` }),
    });
  }
  const leftBehind = report.removed.filter((r) => r.outcome === 'failed' || r.outcome === 'refused');
  cases.push({
    classname: 'dr-test.teardown',
    name: 'everything created was removed',
    time: 0,
    ...(leftBehind.length > 0
      ? { failure: leftBehind.map((r) => `${r.resource}: ${r.outcome} (${r.detail})`).join('\n') }
      : {}),
  });
  if (report.result === 'aborted') {
    cases.push({ classname: 'dr-test.drill', name: 'finished within duration', time: 0, failure: report.reason });
  }

  const failures = cases.filter((c) => c.failure !== undefined).length;
  const started = Date.parse(report.startedAt);
  const total = Number.isFinite(started) ? Math.max(0, (Date.parse(report.endedAt) - started) / 1000) : 0;
  const body = cases.map((c) => {
    const open = `    <testcase classname="${xml(c.classname)}" name="${xml(c.name)}" time="${c.time}"`;
    if (c.failure === undefined) return `${open}/>`;
    return `${open}>\n      <failure message="${xml(c.failure.split('\n')[0] ?? '')}">${xml(c.failure)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dr-test" tests="${cases.length}" failures="${failures}" time="${total}">`,
    `  <testsuite name="dr-test ${xml(report.type)} ${xml(report.primaryRegion)} to ${xml(report.recoveryRegion)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${total}" timestamp="${xml(report.startedAt)}">`,
    `    <properties><property name="run-id" value="${xml(report.runId)}"/><property name="result" value="${report.result}"/></properties>`,
    ...body,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
