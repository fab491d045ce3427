import { COST_EXPLORER_REQUEST_PRICE_USD } from '../aws/cost-explorer.js';
import type { Anomaly } from './anomalies.js';
import { describeSize } from './fargate.js';
import type { PrDeltaReport } from './pr-delta.js';
import type { CostReport } from './report.js';
import { describeChange } from './right-size.js';
import { percentOf, type CostStatus } from './thresholds.js';

const STATUS_ICON: Record<CostStatus, string> = { ok: '✅', warning: '⚠️', alert: '🚨' };
const GROUPS_SHOWN = 10;

/** `$1,234.56`, `-$3.10` */
export function usd(value: number): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}$${Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** `+$72.08` */
export function signedUsd(value: number): string {
  return value > 0 ? `+${usd(value)}` : usd(value);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function pct(value: number): string {
  return `${value.toFixed(value >= 10 ? 0 : 1)} %`;
}

/** The job summary and the body of the monthly issue: spend, budgets, anomalies, savings. */
export function renderCostReport(report: CostReport): string {
  const lines: string[] = [`## ${STATUS_ICON[report.status]} cost-alert: ${report.status}`, ''];
  const forecast =
    report.forecastUsd === undefined ? 'no forecast' : `forecast ${usd(report.forecastUsd)} for the month`;
  lines.push(
    `Month-to-date (${report.month}, through ${report.today} UTC): **${usd(report.monthToDateUsd)}**, ${forecast}.`,
    '',
  );

  if (report.budgets.length > 0) {
    lines.push(
      '### Budgets',
      '',
      '| Budget | Limit | Actual | Forecast | Thresholds reached |',
      '|---|---|---|---|---|',
    );
    for (const b of report.budgets) {
      const reached = b.crossings.map((c) => `${c.kind} ${c.threshold} %`).join(', ') || '—';
      const fc =
        b.forecastUsd === undefined ? '—' : `${usd(b.forecastUsd)} (${pct(percentOf(b.forecastUsd, b.limitUsd))})`;
      const unit = b.timeUnit === 'MONTHLY' ? '' : ` ${b.timeUnit.toLowerCase()}`;
      lines.push(
        `| ${cell(b.source === 'input' ? 'budget input' : `AWS Budget \`${b.name}\``)} | ${usd(b.limitUsd)}${unit} | ${usd(b.actualUsd)} (${pct(percentOf(b.actualUsd, b.limitUsd))}) | ${fc} | ${reached} |`,
      );
    }
    lines.push(
      '',
      `Thresholds: ${report.thresholds.map((t) => `${t} %`).join(', ')} of budget, on actual and on forecast spend.`,
      '',
    );
  }

  lines.push('### Anomalies', '');
  const scan = report.anomalyScan;
  const scored = scan.scoredDate
    ? `Scored ${scan.scoredDate} against the median of ${scan.baselineDays} complete days`
    : 'No complete day to score';
  const excluded =
    scan.excludedDays.length > 0 ? `; left out as partial or estimated: ${scan.excludedDays.join(', ')}` : '';
  lines.push(
    `${scored}${excluded}.${scan.note ? ` ${scan.note}.` : ''}${report.awsAnomaliesChecked ? ' AWS Cost Anomaly Detection checked.' : ''}`,
    '',
  );
  if (report.anomalies.length === 0) lines.push('None found.', '');
  else {
    lines.push(
      '| Group | Day | Cost | Median | Score | Increase | Found by | Root causes |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const a of report.anomalies) lines.push(anomalyRow(a));
    lines.push('');
  }

  lines.push(`### Spend by ${report.groupBy} this month`, '');
  if (report.groups.length === 0) lines.push('No cost recorded yet.', '');
  else {
    lines.push('| Group | Month-to-date |', '|---|---|');
    for (const g of report.groups.slice(0, GROUPS_SHOWN)) lines.push(`| ${cell(g.group)} | ${usd(g.monthToDateUsd)} |`);
    if (report.groups.length > GROUPS_SHOWN) lines.push(`| ${report.groups.length - GROUPS_SHOWN} more | |`);
    lines.push('');
  }

  if (report.rightSizing) {
    const rs = report.rightSizing;
    lines.push(`### Right-sizing \`${rs.cluster}\``, '');
    lines.push(
      `14 days of CPU and memory utilisation (p95 of hourly averages, peak of hourly maxima). Possible saving: **${usd(rs.monthlySavingUsd)} a month**. Prices: ${rs.priceSource}.`,
      '',
    );
    lines.push(
      '| Service | Tasks | CPU p95 / max | Memory p95 / max | Size | Verdict | Saving / month | ARM saving | Spot saving |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const s of rs.services) {
      const u = s.utilisation;
      const util = (p95?: number, max?: number): string =>
        u && u.hours > 0 && p95 !== undefined && max !== undefined ? `${p95.toFixed(0)} % / ${max.toFixed(0)} %` : '—';
      const verdict = s.note ? `${s.verdict} (${s.note})` : s.verdict;
      lines.push(
        `| ${cell(s.service)} | ${s.tasks} | ${util(u?.cpuP95, u?.cpuMax)} | ${util(u?.memoryP95, u?.memoryMax)} | ${describeChange(s) || '—'} | ${cell(verdict)} | ${s.monthlySavingUsd > 0 ? usd(s.monthlySavingUsd) : '—'} | ${s.armSavingUsd ? usd(s.armSavingUsd) : '—'} | ${s.spotSavingUsd ? usd(s.spotSavingUsd) : '—'} |`,
      );
    }
    lines.push(
      '',
      "ARM savings need arm64 (or multi-arch) images. Spot savings are shown only for services tagged non-critical: Spot tasks can be stopped with two minutes' notice.",
      '',
    );
  }

  const cost = usd(report.costExplorerRequests * COST_EXPLORER_REQUEST_PRICE_USD);
  lines.push(
    `Cost Explorer requests: ${report.costExplorerRequests} of at most ${report.maxCostExplorerRequests} (${cost}).`,
  );
  for (const note of report.notes) lines.push('', `> ${note}`);
  return `${lines.join('\n')}\n`;
}

function anomalyRow(a: Anomaly): string {
  const money = (v?: number): string => (v === undefined ? '—' : usd(v));
  const score =
    a.score !== undefined ? a.score.toFixed(1) : a.awsScore !== undefined ? `AWS ${a.awsScore.toFixed(2)}` : '—';
  const found = a.sources.map((s) => (s === 'own' ? 'median/MAD' : 'AWS')).join(' + ');
  return `| ${cell(a.group)} | ${a.date ?? '—'} | ${money(a.costUsd)} | ${money(a.medianUsd)} | ${score} | ${signedUsd(a.increaseUsd)} | ${found} | ${cell(a.rootCauses.join('; ') || '—')} |`;
}

/** The pull-request comment and the job summary of pr-delta. */
export function renderPrDelta(report: PrDeltaReport): string {
  const lines: string[] = [
    `## ${STATUS_ICON[report.status]} Fargate cost of this change: ${rangeUsd(report.deltaMin, report.deltaMax, true)} a month`,
    '',
  ];
  lines.push(
    `From ${rangeUsd(report.baseMin, report.baseMax)} to ${rangeUsd(report.headMin, report.headMax)} a month${report.percent === undefined ? '' : ` (${report.percent >= 0 ? '+' : ''}${report.percent.toFixed(1)} %)`}, at 730 hours a month.`,
    '',
  );
  lines.push(
    '| Service | Tasks | Base | Head | Base / month | Head / month | Change / month |',
    '|---|---|---|---|---|---|---|',
  );
  for (const s of report.services) {
    const size = (value?: { vcpu: number; memoryGb: number; architecture: string; ephemeralGb: number }): string =>
      value
        ? `${describeSize(value)}${value.architecture === 'ARM64' ? ' ARM' : ''}${value.ephemeralGb > 20 ? `, ${value.ephemeralGb} GB disk` : ''}`
        : 'none';
    const tasks = s.count.min === s.count.max ? `${s.count.min}` : `${s.count.min}–${s.count.max}`;
    lines.push(
      `| ${cell(s.family)} | ${tasks} (${s.count.source}) | ${size(s.base)} | ${size(s.head)} | ${rangeUsd(s.baseMin, s.baseMax)} | ${rangeUsd(s.headMin, s.headMax)} | ${rangeUsd(s.deltaMin, s.deltaMax, true)} |`,
    );
  }
  lines.push('', `Capacity providers: ${report.strategy}. Prices: ${report.priceSource}.`);
  for (const note of report.notes) lines.push('', `> ${note}`);
  if (report.failAboveUsd !== undefined) {
    lines.push(
      '',
      report.failed
        ? `❌ The increase exceeds the limit of ${usd(report.failAboveUsd)} a month.`
        : `The limit of ${usd(report.failAboveUsd)} a month is respected.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function rangeUsd(min: number, max: number, signed = false): string {
  const format = signed ? signedUsd : usd;
  return Math.abs(max - min) < 0.005 ? format(max) : `${format(min)} to ${format(max)}`;
}
