import { BudgetsClient, DescribeBudgetCommand } from '@aws-sdk/client-budgets';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../runtime/errors.js';
import { createBudgetsPort } from './budgets.js';

const budgets = mockClient(BudgetsClient);
const port = () => createBudgetsPort(new BudgetsClient({ region: 'us-east-1' }));
beforeEach(() => budgets.reset());

describe('the Budgets adapter', () => {
  it("reads the limit and the budget's own actual and forecast spend", async () => {
    budgets.on(DescribeBudgetCommand).resolves({
      Budget: {
        BudgetName: 'trading-monthly',
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        BudgetLimit: { Amount: '5000.0', Unit: 'USD' },
        CalculatedSpend: {
          ActualSpend: { Amount: '4100', Unit: 'USD' },
          ForecastedSpend: { Amount: '5300', Unit: 'USD' },
        },
      },
    });
    expect(await port().describeBudget('123456789012', 'trading-monthly')).toEqual({
      name: 'trading-monthly',
      limitUsd: 5000,
      timeUnit: 'MONTHLY',
      actualUsd: 4100,
      forecastUsd: 5300,
    });
    expect(budgets.commandCalls(DescribeBudgetCommand)[0]?.args[0].input).toEqual({
      AccountId: '123456789012',
      BudgetName: 'trading-monthly',
    });
  });

  it('a missing budget is a configuration error naming budget-name', async () => {
    budgets.on(DescribeBudgetCommand).rejects(Object.assign(new Error('not found'), { name: 'NotFoundException' }));
    const error = await port()
      .describeBudget('123456789012', 'nope')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String(error)).toMatch(/budget-name: no budget 'nope' in account 123456789012/);
  });

  it('refuses a usage budget (its limit is not in USD)', async () => {
    budgets.on(DescribeBudgetCommand).resolves({
      Budget: { BudgetName: 'gb', BudgetType: 'USAGE', TimeUnit: 'MONTHLY', BudgetLimit: { Amount: '10', Unit: 'GB' } },
    });
    await expect(port().describeBudget('123456789012', 'gb')).rejects.toThrow(/only cost budgets in USD/);
  });
});
