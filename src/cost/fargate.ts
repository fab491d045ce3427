import {
  FREE_EPHEMERAL_GIB,
  HOURS_PER_MONTH,
  PRICE_TABLE_DATE,
  REGION_FACTORS,
  SPOT_DISCOUNT,
  US_EAST_1_RATES,
  type FargateRates,
} from './fargate-prices.js';

export type Architecture = 'X86_64' | 'ARM64';

/** What one Fargate task is billed for. */
export interface TaskSize {
  /** vCPU (0.25 … 16). */
  readonly vcpu: number;
  /** GiB of memory. */
  readonly memoryGb: number;
  readonly architecture: Architecture;
  /** Total ephemeral storage in GiB (20 … 200); only what is above 20 is billed. */
  readonly ephemeralGb: number;
}

/** The prices a run uses, with where they came from (shown in every report). */
export interface PriceBook {
  readonly region: string;
  readonly rates: FargateRates;
  /** Fraction off the on-demand price for Fargate Spot (0.7 = 70 % off). */
  readonly spotDiscount: number;
  readonly source: string;
  /** Caveats the reader should know about (unknown region, estimated Spot discount). */
  readonly notes: readonly string[];
}

/** The repository's dated price table, scaled to `region`. */
export function tablePriceBook(region: string): PriceBook {
  const known = REGION_FACTORS[region];
  const factor = known ?? 1;
  const scale = (value: number): number => value * factor;
  const notes = [`Fargate Spot priced at an estimated ${Math.round(SPOT_DISCOUNT * 100)} % off on-demand.`];
  if (known === undefined) notes.unshift(`${region} is not in the price table; priced as us-east-1.`);
  return {
    region,
    rates: {
      x86VcpuHour: scale(US_EAST_1_RATES.x86VcpuHour),
      x86GbHour: scale(US_EAST_1_RATES.x86GbHour),
      armVcpuHour: scale(US_EAST_1_RATES.armVcpuHour),
      armGbHour: scale(US_EAST_1_RATES.armGbHour),
      // Storage is priced the same in most regions; the factor keeps the table simple and cautious.
      storageGbHour: scale(US_EAST_1_RATES.storageGbHour),
    },
    spotDiscount: SPOT_DISCOUNT,
    source: `price table of ${PRICE_TABLE_DATE} (us-east-1 list prices${region === 'us-east-1' ? '' : `, ×${factor} for ${region}`})`,
    notes,
  };
}

/** On-demand USD per hour for one task. */
export function hourlyTaskPrice(size: TaskSize, rates: FargateRates): number {
  const arm = size.architecture === 'ARM64';
  const compute =
    size.vcpu * (arm ? rates.armVcpuHour : rates.x86VcpuHour) +
    size.memoryGb * (arm ? rates.armGbHour : rates.x86GbHour);
  return compute + Math.max(0, size.ephemeralGb - FREE_EPHEMERAL_GIB) * rates.storageGbHour;
}

/** How many tasks run on Fargate and how many on Fargate Spot (fractions allowed: an average). */
export interface TaskSplit {
  readonly onDemand: number;
  readonly spot: number;
}

/** USD per month for tasks split between Fargate and Fargate Spot. */
export function monthlyCost(size: TaskSize, split: TaskSplit, book: PriceBook): number {
  const hourly = hourlyTaskPrice(size, book.rates);
  return (split.onDemand + split.spot * (1 - book.spotDiscount)) * hourly * HOURS_PER_MONTH;
}

/** One entry of a capacity-provider strategy. */
export interface StrategyItem {
  readonly provider: 'FARGATE' | 'FARGATE_SPOT';
  readonly weight: number;
  readonly base: number;
}

/**
 * Places `count` tasks the way ECS does: the `base` of each provider first, then the rest in
 * proportion to the weights. An empty strategy means plain Fargate.
 */
export function splitTasks(count: number, strategy: readonly StrategyItem[]): TaskSplit {
  if (strategy.length === 0) return { onDemand: count, spot: 0 };
  let remaining = count;
  const placed = { FARGATE: 0, FARGATE_SPOT: 0 };
  for (const item of strategy) {
    const base = Math.min(item.base, remaining);
    placed[item.provider] += base;
    remaining -= base;
  }
  const totalWeight = strategy.reduce((sum, item) => sum + item.weight, 0);
  if (remaining > 0 && totalWeight > 0) {
    for (const item of strategy) placed[item.provider] += (remaining * item.weight) / totalWeight;
  } else if (remaining > 0) {
    placed.FARGATE += remaining;
  }
  return { onDemand: placed.FARGATE, spot: placed.FARGATE_SPOT };
}

/** Memory choices (GiB) Fargate accepts for each vCPU size. */
export const VALID_SIZES: readonly { readonly vcpu: number; readonly memoryGb: readonly number[] }[] = [
  { vcpu: 0.25, memoryGb: [0.5, 1, 2] },
  { vcpu: 0.5, memoryGb: range(1, 4, 1) },
  { vcpu: 1, memoryGb: range(2, 8, 1) },
  { vcpu: 2, memoryGb: range(4, 16, 1) },
  { vcpu: 4, memoryGb: range(8, 30, 1) },
  { vcpu: 8, memoryGb: range(16, 60, 4) },
  { vcpu: 16, memoryGb: range(32, 120, 8) },
];

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

/** Whether Fargate accepts this vCPU / memory pair. */
export function isValidSize(vcpu: number, memoryGb: number): boolean {
  return VALID_SIZES.some((size) => size.vcpu === vcpu && size.memoryGb.includes(memoryGb));
}

/**
 * The cheapest size Fargate accepts that gives at least `vcpu` and `memoryGb` (at the given
 * architecture's prices), or undefined when nothing is large enough.
 */
export function snapToValidSize(
  need: { readonly vcpu: number; readonly memoryGb: number },
  architecture: Architecture,
  rates: FargateRates,
): { vcpu: number; memoryGb: number } | undefined {
  let best: { vcpu: number; memoryGb: number; price: number } | undefined;
  for (const size of VALID_SIZES) {
    if (size.vcpu < need.vcpu) continue;
    const memoryGb = size.memoryGb.find((m) => m >= need.memoryGb);
    if (memoryGb === undefined) continue;
    const price = hourlyTaskPrice({ vcpu: size.vcpu, memoryGb, architecture, ephemeralGb: 0 }, rates);
    if (!best || price < best.price) best = { vcpu: size.vcpu, memoryGb, price };
  }
  return best && { vcpu: best.vcpu, memoryGb: best.memoryGb };
}

/** `1 vCPU / 2 GB` */
export function describeSize(size: Pick<TaskSize, 'vcpu' | 'memoryGb'>): string {
  return `${size.vcpu} vCPU / ${size.memoryGb} GB`;
}
