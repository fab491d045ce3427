import { describe, expect, it } from 'vitest';
import { checkBudget, costStatus } from './thresholds.js';

const budget = (actualUsd: number, forecastUsd?: number) => ({
  name: 'budget input',
  source: 'input' as const,
  limitUsd: 1000,
  timeUnit: 'MONTHLY',
  actualUsd,
  forecastUsd,
});

describe('budget thresholds', () => {
  it('applies each threshold to actual and to forecast spend', () => {
    const status = checkBudget(budget(520, 1050), [50, 80, 100]);
    expect(status.crossings.map((c) => c.key)).toEqual([
      'budget input:actual:50',
      'budget input:forecast:50',
      'budget input:forecast:80',
      'budget input:forecast:100',
    ]);
  });

  it('status: ok below every threshold, warning for a forecast or partial crossing, alert at the top', () => {
    expect(costStatus([checkBudget(budget(100, 300), [50, 80, 100])], [50, 80, 100], 0)).toBe('ok');
    expect(costStatus([checkBudget(budget(100, 300), [50, 80, 100])], [50, 80, 100], 1)).toBe('warning');
    expect(costStatus([checkBudget(budget(400, 900), [50, 80, 100])], [50, 80, 100], 0)).toBe('warning');
    expect(costStatus([checkBudget(budget(850, 1100), [50, 80, 100])], [50, 80, 100], 0)).toBe('warning');
    expect(costStatus([checkBudget(budget(1000), [50, 80, 100])], [50, 80, 100], 0)).toBe('alert');
    // With 80 as the highest threshold, reaching it is the alert.
    expect(costStatus([checkBudget(budget(850), [50, 80])], [50, 80], 0)).toBe('alert');
  });
});
