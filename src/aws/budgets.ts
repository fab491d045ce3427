import { DescribeBudgetCommand, type BudgetsClient } from '@aws-sdk/client-budgets';
import { ConfigurationError } from '../runtime/errors.js';

/** Re-exported so an entry that loads this adapter lazily gets client and port in one chunk. */
export { BudgetsClient } from '@aws-sdk/client-budgets';

/** An AWS Budget as the cost report needs it. */
export interface BudgetSnapshot {
  readonly name: string;
  readonly limitUsd: number;
  /** MONTHLY, QUARTERLY, ANNUALLY… the period its spend covers. */
  readonly timeUnit: string;
  /** Spend AWS Budgets attributes to this budget (its own filters), this period. */
  readonly actualUsd: number;
  readonly forecastUsd?: number;
}

export interface BudgetsPort {
  describeBudget(accountId: string, name: string): Promise<BudgetSnapshot>;
}

export function createBudgetsPort(client: BudgetsClient): BudgetsPort {
  return {
    async describeBudget(accountId, name) {
      let out;
      try {
        out = await client.send(new DescribeBudgetCommand({ AccountId: accountId, BudgetName: name }));
      } catch (error) {
        if (error instanceof Error && error.name === 'NotFoundException') {
          throw new ConfigurationError([
            {
              input: 'budget-name',
              message: `no budget '${name}' in account ${accountId}; check the name and account-id.`,
            },
          ]);
        }
        throw error;
      }
      const budget = out.Budget;
      const limit = budget?.BudgetLimit;
      if (!budget || !limit || (limit.Unit ?? 'USD') !== 'USD') {
        throw new ConfigurationError([
          {
            input: 'budget-name',
            message: `budget '${name}' has no limit in USD; only cost budgets in USD can be checked.`,
          },
        ]);
      }
      const forecast = budget.CalculatedSpend?.ForecastedSpend?.Amount;
      return {
        name,
        limitUsd: Number(limit.Amount),
        timeUnit: budget.TimeUnit ?? 'MONTHLY',
        actualUsd: Number(budget.CalculatedSpend?.ActualSpend?.Amount ?? 0),
        forecastUsd: forecast === undefined ? undefined : Number(forecast),
      };
    },
  };
}
