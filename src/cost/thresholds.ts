/** One budget the spend is held against. */
export interface BudgetStatus {
  /** `budget input` for the amount given directly, otherwise the AWS Budget's name. */
  readonly name: string;
  readonly source: 'input' | 'aws-budget';
  readonly limitUsd: number;
  readonly timeUnit: string;
  readonly actualUsd: number;
  readonly forecastUsd?: number;
  readonly crossings: readonly Crossing[];
}

/** A threshold that actual or forecast spend has reached. */
export interface Crossing {
  readonly kind: 'actual' | 'forecast';
  readonly threshold: number;
  /** The stable identity under which it is announced once a month. */
  readonly key: string;
}

/** Every threshold that `actual` and `forecast` have reached, as percentages of `limit`. */
export function checkBudget(budget: Omit<BudgetStatus, 'crossings'>, thresholds: readonly number[]): BudgetStatus {
  const crossings: Crossing[] = [];
  const percent = (value: number): number => (budget.limitUsd > 0 ? (value / budget.limitUsd) * 100 : 0);
  for (const threshold of thresholds) {
    if (percent(budget.actualUsd) >= threshold) {
      crossings.push({ kind: 'actual', threshold, key: `${budget.name}:actual:${threshold}` });
    }
    if (budget.forecastUsd !== undefined && percent(budget.forecastUsd) >= threshold) {
      crossings.push({ kind: 'forecast', threshold, key: `${budget.name}:forecast:${threshold}` });
    }
  }
  return { ...budget, crossings };
}

export type CostStatus = 'ok' | 'warning' | 'alert';

/**
 * `alert` when actual spend has reached the whole budget or the highest threshold; `warning` for
 * any other crossing (forecast included) or an anomaly; `ok` otherwise.
 */
export function costStatus(
  budgets: readonly BudgetStatus[],
  thresholds: readonly number[],
  anomalies: number,
): CostStatus {
  const top = thresholds.length > 0 ? Math.max(...thresholds) : 100;
  const overspent = budgets.some(
    (b) => b.actualUsd >= b.limitUsd || b.crossings.some((c) => c.kind === 'actual' && c.threshold >= top),
  );
  if (overspent) return 'alert';
  if (budgets.some((b) => b.crossings.length > 0) || anomalies > 0) return 'warning';
  return 'ok';
}

export function percentOf(value: number, limit: number): number {
  return limit > 0 ? (value / limit) * 100 : 0;
}
