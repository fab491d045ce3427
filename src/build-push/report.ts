import type { Finding } from '../aws/ecr.js';
import { formatDuration } from '../runtime/duration.js';
import { SEVERITY_ORDER, type SeverityThreshold, severityRank } from './findings.js';
import type { IgnoreRule } from './ignore.js';
import { capitalise, tableCell as cell, escapeText as text } from '../runtime/markdown.js';

/** A finding as the report lists it, with what was decided about it. */
export interface ReportedFinding extends Finding {
  readonly disposition: 'blocking' | 'ignored' | 'below-threshold';
  readonly ignoredUntil?: string;
}

export type ScanReport =
  | { readonly status: 'skipped'; readonly reason: string }
  | {
      readonly status: 'failed';
      readonly reason: string;
      readonly waitedMs: number;
      readonly threshold: SeverityThreshold;
    }
  | {
      readonly status: 'passed' | 'blocked';
      readonly kind: 'basic' | 'enhanced';
      readonly threshold: SeverityThreshold;
      /** ECR's counts by severity: the `findings` output. */
      readonly counts: Readonly<Record<string, number>>;
      readonly totalFindings: number;
      readonly truncated: boolean;
      /** Ids of the findings that fail the build. */
      readonly blocking: readonly string[];
      readonly ignored: readonly (IgnoreRule & { readonly severity: string })[];
      readonly expiredIgnores: readonly IgnoreRule[];
      readonly unusedIgnores: readonly IgnoreRule[];
      /** The most severe findings, blocking ones first within a severity. */
      readonly findings: readonly ReportedFinding[];
      readonly reusedEarlierScan: boolean;
      readonly waitedMs: number;
    };

/** The `report` output and the source of the job summary. */
export interface BuildPushReport {
  readonly passed: boolean;
  readonly headline: string;
  readonly repository: string;
  readonly repositoryUri: string;
  readonly repositoryCreated: boolean;
  readonly pushed: boolean;
  /** `registry/repo@sha256:…`, or '' when nothing was pushed. */
  readonly image: string;
  readonly digest: string;
  /** Full references, `registry/repo:tag`. */
  readonly tags: readonly string[];
  readonly tagNotes: readonly string[];
  readonly buildDurationMs: number;
  readonly platforms: readonly string[];
  readonly provenance: boolean;
  readonly cache: string;
  readonly scan: ScanReport;
}

const DISPOSITION: Record<ReportedFinding['disposition'], string> = {
  blocking: '❌ blocking',
  ignored: '🔕 ignored',
  'below-threshold': 'below threshold',
};

/** The `findings` output: counts by severity, every severity present (0 when none). */
export function findingCounts(report: BuildPushReport): Record<string, number> {
  if (report.scan.status !== 'passed' && report.scan.status !== 'blocked') return {};
  const counts: Record<string, number> = {};
  for (const severity of SEVERITY_ORDER.slice(0, 5)) counts[severity] = report.scan.counts[severity] ?? 0;
  for (const [severity, count] of Object.entries(report.scan.counts)) counts[severity] ??= count;
  return counts;
}

/** The job summary: what was pushed, then the scan's verdict with the findings that decided it. */
export function renderBuildPushReport(report: BuildPushReport): string {
  const icon = report.passed ? '✅' : '❌';
  const lines = [`## ${icon} build-push: ${report.repository}`, '', text(report.headline), ''];
  lines.push('| | |', '|---|---|');
  if (report.image) lines.push(`| Image | \`${report.image}\` |`);
  lines.push(`| Digest | \`${report.digest}\` |`);
  lines.push(`| Tags | ${report.tags.map((t) => `\`${t.slice(t.lastIndexOf(':') + 1)}\``).join(', ')} |`);
  const platforms = report.platforms.length > 0 ? report.platforms.join(', ') : 'builder default';
  lines.push(
    `| Build | ${formatDuration(report.buildDurationMs)}; platforms: ${platforms}; cache: ${cell(report.cache)} |`,
  );
  lines.push(
    `| Provenance | ${report.provenance ? 'attached (the image is an index)' : 'off (a plain image manifest)'} |`,
  );
  if (report.repositoryCreated)
    lines.push(`| Repository | created by this step: immutable tags, scan-on-push, AES-256 encryption |`);
  lines.push('');
  for (const note of report.tagNotes) lines.push(`> ${text(note)}`, '');
  lines.push(...renderScan(report.scan));
  return lines.join('\n').replace(/\n+$/, '\n');
}

function renderScan(scan: ScanReport): string[] {
  if (scan.status === 'skipped') return ['### Vulnerability scan', '', `Not scanned: ${text(scan.reason)}.`, ''];
  if (scan.status === 'failed')
    return [
      '### ❌ Vulnerability scan',
      '',
      `${text(capitalise(scan.reason))}. Waited ${formatDuration(scan.waitedMs)}.`,
      '',
    ];
  const engine = scan.kind === 'enhanced' ? 'ECR enhanced scanning (Amazon Inspector)' : 'ECR basic scanning';
  const lines = [
    `### ${scan.status === 'passed' ? '✅' : '❌'} Vulnerability scan: ${engine}, failing at ${scan.threshold} and above`,
    '',
  ];
  if (scan.reusedEarlierScan)
    lines.push("This digest had been scanned already today (ECR's one basic scan a day); those findings are used.", '');

  const ignoredBySeverity = countBy(scan.ignored.map((i) => i.severity));
  const severities = [
    ...SEVERITY_ORDER.filter((s) => severityRank(s) > 0 || (scan.counts[s] ?? 0) > 0),
    ...Object.keys(scan.counts).filter((s) => !(SEVERITY_ORDER as readonly string[]).includes(s)),
  ];
  lines.push('| Severity | Findings | Ignored | Fails the build |', '|---|---:|---:|---|');
  for (const severity of severities) {
    const count = scan.counts[severity] ?? 0;
    const ignored = ignoredBySeverity.get(severity) ?? 0;
    const atOrAbove = severityRank(severity) >= severityRank(scan.threshold) && severityRank(severity) > 0;
    const fails = !atOrAbove ? '—' : count - ignored > 0 ? `❌ ${count - ignored}` : '✅ no';
    lines.push(`| ${severity} | ${count} | ${ignored} | ${fails} |`);
  }
  lines.push('');
  // The counts come from ECR and cover every finding, even when the list was cut short.
  if (scan.truncated)
    lines.push(`> Only the first ${scan.totalFindings} findings were read; the counts above cover all of them.`, '');

  if (scan.findings.length > 0) {
    lines.push(
      `#### Top findings (${scan.findings.length} of ${scan.totalFindings})`,
      '',
      '| Severity | Id | Package | Installed | Fixed in | |',
      '|---|---|---|---|---|---|',
    );
    for (const f of scan.findings) {
      const id = f.uri ? `[${cell(f.id)}](${f.uri})` : cell(f.id);
      const until = f.ignoredUntil ? ` until ${f.ignoredUntil}` : '';
      lines.push(
        `| ${f.severity} | ${id} | ${cell(f.packageName ?? '—')} | ${cell(f.installedVersion ?? '—')} | ${cell(f.fixedVersion ?? '—')} | ${DISPOSITION[f.disposition]}${until} |`,
      );
    }
    lines.push('');
  }
  if (scan.ignored.length > 0) {
    lines.push('#### Ignored', '');
    for (const rule of scan.ignored)
      lines.push(`- \`${rule.id}\` (${rule.severity})${rule.until ? ` until ${rule.until}` : ''}${reason(rule)}`);
    lines.push('');
  }
  if (scan.expiredIgnores.length > 0) {
    lines.push('#### Expired ignores (no longer applied)', '');
    for (const rule of scan.expiredIgnores)
      lines.push(`- \`${rule.id}\` expired after ${rule.until ?? ''}${reason(rule)}`);
    lines.push('');
  }
  if (scan.unusedIgnores.length > 0) {
    lines.push(
      `Ignores that matched nothing at or above ${scan.threshold}: ${scan.unusedIgnores.map((r) => `\`${r.id}\``).join(', ')}.`,
      '',
    );
  }
  return lines;
}

function reason(rule: IgnoreRule): string {
  return rule.reason ? `: ${text(rule.reason)}` : '';
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
