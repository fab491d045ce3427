import { describe, expect, it } from 'vitest';
import {
  hourlyTaskPrice,
  isValidSize,
  monthlyCost,
  snapToValidSize,
  splitTasks,
  tablePriceBook,
  type TaskSize,
} from './fargate.js';
import { PRICE_TABLE_DATE } from './fargate-prices.js';

const book = tablePriceBook('us-east-1');
const task = (vcpu: number, memoryGb: number, extra: Partial<TaskSize> = {}): TaskSize => ({
  vcpu,
  memoryGb,
  architecture: 'X86_64',
  ephemeralGb: 20,
  ...extra,
});

describe('Fargate prices (known answers)', () => {
  it('prices 1 vCPU / 2 GB x86 at $0.04937 per hour, about $36.04 a month', () => {
    expect(hourlyTaskPrice(task(1, 2), book.rates)).toBeCloseTo(0.04937, 6);
    expect(monthlyCost(task(1, 2), { onDemand: 1, spot: 0 }, book)).toBeCloseTo(36.04, 2);
  });

  it('four tasks moving from 0.5 vCPU / 1 GB to 1 vCPU / 2 GB add about $72 a month', () => {
    const before = monthlyCost(task(0.5, 1), { onDemand: 4, spot: 0 }, book);
    const after = monthlyCost(task(1, 2), { onDemand: 4, spot: 0 }, book);
    expect(after - before).toBeCloseTo(72.08, 2);
  });

  it('prices ARM lower, bills only ephemeral storage above 20 GB, and discounts Spot', () => {
    expect(hourlyTaskPrice(task(1, 2, { architecture: 'ARM64' }), book.rates)).toBeCloseTo(0.03238 + 2 * 0.00356, 6);
    expect(hourlyTaskPrice(task(1, 2, { ephemeralGb: 120 }), book.rates)).toBeCloseTo(0.04937 + 100 * 0.000111, 6);
    expect(monthlyCost(task(1, 2), { onDemand: 0, spot: 1 }, book)).toBeCloseTo(36.04 * 0.3, 1);
  });

  it('names its date and scales other regions, flagging one it does not know', () => {
    expect(book.source).toContain(PRICE_TABLE_DATE);
    expect(tablePriceBook('eu-central-1').rates.x86VcpuHour).toBeGreaterThan(book.rates.x86VcpuHour);
    const unknown = tablePriceBook('xx-nowhere-9');
    expect(unknown.rates).toEqual(book.rates);
    expect(unknown.notes[0]).toMatch(/not in the price table; priced as us-east-1/);
  });
});

describe('capacity-provider placement', () => {
  it('places base tasks first, then by weight', () => {
    expect(
      splitTasks(6, [
        { provider: 'FARGATE', weight: 1, base: 2 },
        { provider: 'FARGATE_SPOT', weight: 3, base: 0 },
      ]),
    ).toEqual({ onDemand: 3, spot: 3 });
    expect(splitTasks(4, [])).toEqual({ onDemand: 4, spot: 0 });
    expect(splitTasks(1, [{ provider: 'FARGATE', weight: 0, base: 2 }])).toEqual({ onDemand: 1, spot: 0 });
  });
});

describe('valid Fargate sizes', () => {
  it.each([
    [0.25, 0.5, true],
    [0.25, 3, false],
    [1, 2, true],
    [1, 9, false],
    [8, 20, true],
    [8, 18, false],
    [16, 120, true],
  ])('%s vCPU with %s GB valid: %s', (vcpu, memory, valid) => {
    expect(isValidSize(vcpu, memory)).toBe(valid);
  });

  it('snaps a need to the cheapest size that covers it', () => {
    expect(snapToValidSize({ vcpu: 0.3, memoryGb: 0.7 }, 'X86_64', book.rates)).toEqual({ vcpu: 0.5, memoryGb: 1 });
    expect(snapToValidSize({ vcpu: 0.1, memoryGb: 0.4 }, 'X86_64', book.rates)).toEqual({ vcpu: 0.25, memoryGb: 0.5 });
    // 5 GB fits 1 vCPU; no need to jump to 2 vCPU.
    expect(snapToValidSize({ vcpu: 0.6, memoryGb: 5 }, 'X86_64', book.rates)).toEqual({ vcpu: 1, memoryGb: 5 });
    expect(snapToValidSize({ vcpu: 9, memoryGb: 61 }, 'X86_64', book.rates)).toEqual({ vcpu: 16, memoryGb: 64 });
    expect(snapToValidSize({ vcpu: 17, memoryGb: 1 }, 'X86_64', book.rates)).toBeUndefined();
  });
});
