import type { BudgetsPort } from '../aws/budgets.js';
import type { CostExplorerPort, CostGrouping } from '../aws/cost-explorer.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import { mergeAwsAnomalies, scanForAnomalies, type Anomaly, type AnomalyScan } from './anomalies.js';
import { addDays, isoDay, monthStart, nextMonthStart } from './days.js';
import type { PriceBook } from './fargate.js';
import type { GroupBy, ReportInputs } from './inputs.js';
import { rightSizeServices, type RightSizeDeps, type RightSizing } from './right-size.js';
import { checkBudget, costStatus, type BudgetStatus, type CostStatus } from './thresholds.js';

/** Cost Explorer requests a report run may make at most (each is billed $0.01). */
export const MAX_COST_EXPLORER_REQUESTS = 10;

/** The report mode's result: the `report` output and the source of the summary and the issue. */
export interface CostReport {
  readonly mode: 'report';
  readonly status: CostStatus;
  /** YYYY-MM-DD (UTC) the report was made on, and its month. */
  readonly today: string;
  readonly month: string;
  readonly monthToDateUsd: number;
  /** Actual spend before today plus AWS's forecast for the rest of the month. */
  readonly forecastUsd?: number;
  readonly groupBy: string;
  /** Month-to-date spend per group, largest first. */
  readonly groups: readonly { readonly group: string; readonly monthToDateUsd: number }[];
  readonly thresholds: readonly number[];
  readonly budgets: readonly BudgetStatus[];
  readonly anomalyScan: Omit<AnomalyScan, 'anomalies'>;
  readonly anomalies: readonly Anomaly[];
  /** Whether AWS Cost Anomaly Detection was asked (false when the request budget ran out). */
  readonly awsAnomaliesChecked: boolean;
  readonly rightSizing?: {
    readonly cluster: string;
    readonly priceSource: string;
    readonly services: readonly RightSizing[];
    readonly monthlySavingUsd: number;
  };
  readonly costExplorerRequests: number;
  readonly maxCostExplorerRequests: number;
  readonly notes: readonly string[];
}

export interface CostReportDeps {
  readonly costExplorer: CostExplorerPort;
  readonly budgets?: BudgetsPort;
  /** Present when a cluster is to be right-sized. */
  readonly rightSize?: { readonly deps: RightSizeDeps; readonly book: PriceBook };
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface CostReportOptions extends ReportInputs {
  readonly cluster?: string;
  readonly services: readonly string[];
}

/**
 * The scheduled spend check. Cost Explorer is asked three things — daily cost per group since
 * the start of the month or 15 days back, whichever is earlier (month-to-date and the anomaly
 * history in one query), the forecast for the rest of the month, and AWS's own anomalies — so a
 * run stays within its request budget even with a few pages.
 */
export async function runCostReport(options: CostReportOptions, deps: CostReportDeps): Promise<CostReport> {
  const { costExplorer, logger } = deps;
  const today = isoDay(deps.clock.now());
  const month = today.slice(0, 7);
  const first = monthStart(today);
  const historyStart = addDays(today, -15);
  const start = historyStart < first ? historyStart : first;
  const notes: string[] = [];

  const grouping = toGrouping(options.groupBy);
  const daily = await logger.group('Cost Explorer: daily cost', () =>
    costExplorer.dailyCost(start, addDays(today, 1), grouping),
  );
  if (!daily.complete)
    notes.push('Cost Explorer request budget ran out while paging daily cost; figures may be partial.');
  const label = (key: string): string => groupLabel(key, options.groupBy);
  const days = daily.days.map((d) => ({
    ...d,
    byGroup: new Map([...d.byGroup].map(([key, usd]) => [label(key), usd])),
  }));

  const byGroup = new Map<string, number>();
  let monthToDateUsd = 0;
  let beforeToday = 0;
  for (const day of days.filter((d) => d.date >= first && d.date <= today)) {
    for (const [group, usd] of day.byGroup) {
      byGroup.set(group, (byGroup.get(group) ?? 0) + usd);
      monthToDateUsd += usd;
      if (day.date < today) beforeToday += usd;
    }
  }

  const remaining = await costExplorer.forecast(today, nextMonthStart(today));
  const forecastUsd = remaining === undefined ? undefined : beforeToday + remaining;
  if (remaining === undefined)
    notes.push('AWS has no forecast for this month (too little history, or the request budget ran out).');

  const scan = scanForAnomalies(days, today, { minScore: options.anomalyScore, minIncreaseUsd: options.anomalyMinUsd });
  const aws = await costExplorer.anomalies(addDays(today, -14), today);
  const anomalies = mergeAwsAnomalies(scan.anomalies, aws ?? []);

  const budgets: BudgetStatus[] = [];
  if (options.budget !== undefined) {
    budgets.push(
      checkBudget(
        {
          name: 'budget input',
          source: 'input',
          limitUsd: options.budget,
          timeUnit: 'MONTHLY',
          actualUsd: monthToDateUsd,
          forecastUsd,
        },
        options.thresholds,
      ),
    );
  }
  if (options.budgetName !== undefined && options.accountId !== undefined && deps.budgets) {
    const budget = await deps.budgets.describeBudget(options.accountId, options.budgetName);
    budgets.push(
      checkBudget(
        {
          name: budget.name,
          source: 'aws-budget',
          limitUsd: budget.limitUsd,
          timeUnit: budget.timeUnit,
          actualUsd: budget.actualUsd,
          forecastUsd: budget.forecastUsd,
        },
        options.thresholds,
      ),
    );
  }

  let rightSizing: CostReport['rightSizing'];
  if (options.cluster && deps.rightSize) {
    const { book } = deps.rightSize;
    const cluster = options.cluster;
    const services = await logger.group(`Right-sizing ${cluster}`, () =>
      rightSizeServices(cluster, options.services, book, options.nonCriticalTag, deps.rightSize!.deps),
    );
    rightSizing = {
      cluster,
      priceSource: book.source,
      services,
      monthlySavingUsd: services.reduce((sum, s) => sum + s.monthlySavingUsd, 0),
    };
  }

  const anomalyScan = {
    scoredDate: scan.scoredDate,
    baselineDays: scan.baselineDays,
    excludedDays: scan.excludedDays,
    note: scan.note,
  };
  return {
    mode: 'report',
    status: costStatus(budgets, options.thresholds, anomalies.length),
    today,
    month,
    monthToDateUsd,
    forecastUsd,
    groupBy: options.groupBy.type === 'SERVICE' ? 'SERVICE' : `tag ${options.groupBy.key}`,
    groups: [...byGroup]
      .map(([group, usd]) => ({ group, monthToDateUsd: usd }))
      .sort((a, b) => b.monthToDateUsd - a.monthToDateUsd),
    thresholds: options.thresholds,
    budgets,
    anomalyScan,
    anomalies,
    awsAnomaliesChecked: aws !== undefined,
    rightSizing,
    costExplorerRequests: costExplorer.requests,
    maxCostExplorerRequests: MAX_COST_EXPLORER_REQUESTS,
    notes,
  };
}

function toGrouping(groupBy: GroupBy): CostGrouping {
  return groupBy.type === 'SERVICE' ? { type: 'DIMENSION', key: 'SERVICE' } : { type: 'TAG', key: groupBy.key };
}

/** Cost Explorer names tag groups `key$value`, and `key$` for spend without the tag. */
export function groupLabel(key: string, groupBy: GroupBy): string {
  if (groupBy.type === 'SERVICE') return key;
  const value = key.startsWith(`${groupBy.key}$`) ? key.slice(groupBy.key.length + 1) : key;
  return value === '' ? '(untagged)' : value;
}
