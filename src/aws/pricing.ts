import { GetProductsCommand, type PricingClient } from '@aws-sdk/client-pricing';
import type { FargateRates } from '../cost/fargate-prices.js';

/** Re-exported so an entry that loads this adapter lazily gets client and port in one chunk. */
export { PricingClient } from '@aws-sdk/client-pricing';

/** The Price List API answers only in a few regions; us-east-1 serves every region's prices. */
export const PRICING_API_REGION = 'us-east-1';

export interface PricingPort {
  /**
   * Linux Fargate on-demand rates in `region` from the AWS Price List API, or the names of the
   * rates it could not find.
   */
  fargateRates(region: string): Promise<{ rates: FargateRates } | { missing: string[] }>;
}

/**
 * Fargate usage types are prefixed with a region code (`USE1-`, `EUC1-`) that differs from the
 * region name, so they are matched by what follows the prefix.
 */
const USAGE_TYPES: Record<keyof FargateRates, RegExp> = {
  x86VcpuHour: /^(?:[A-Z0-9]+-)?Fargate-vCPU-Hours:perCPU$/,
  x86GbHour: /^(?:[A-Z0-9]+-)?Fargate-GB-Hours$/,
  armVcpuHour: /^(?:[A-Z0-9]+-)?Fargate-ARM-vCPU-Hours:perCPU$/,
  armGbHour: /^(?:[A-Z0-9]+-)?Fargate-ARM-GB-Hours$/,
  storageGbHour: /^(?:[A-Z0-9]+-)?Fargate-EphemeralStorage-GB-Hours$/,
};

interface PriceListProduct {
  product?: { attributes?: { usagetype?: string } };
  terms?: { OnDemand?: Record<string, { priceDimensions?: Record<string, { pricePerUnit?: { USD?: string } }> }> };
}

export function createPricingPort(client: PricingClient): PricingPort {
  return {
    async fargateRates(region) {
      const found: Partial<Record<keyof FargateRates, number>> = {};
      let token: string | undefined;
      do {
        const out = await client.send(
          new GetProductsCommand({
            ServiceCode: 'AmazonECS',
            Filters: [{ Type: 'TERM_MATCH', Field: 'regionCode', Value: region }],
            FormatVersion: 'aws_v1',
            MaxResults: 100,
            NextToken: token,
          }),
        );
        for (const entry of priceListEntries(out.PriceList)) {
          const usageType = entry.product?.attributes?.usagetype ?? '';
          const rate = (Object.keys(USAGE_TYPES) as (keyof FargateRates)[]).find((name) =>
            USAGE_TYPES[name].test(usageType),
          );
          if (!rate) continue;
          const usd = onDemandUsd(entry);
          if (usd !== undefined) found[rate] = usd;
        }
        token = out.NextToken;
      } while (token);
      const missing = (Object.keys(USAGE_TYPES) as (keyof FargateRates)[]).filter((name) => found[name] === undefined);
      if (missing.length > 0) return { missing };
      return { rates: found as FargateRates };
    },
  };
}

function priceListEntries(list: unknown): PriceListProduct[] {
  const items = Array.isArray(list) ? (list as unknown[]) : [];
  return items.flatMap((item) => {
    try {
      return [(typeof item === 'string' ? JSON.parse(item) : item) as PriceListProduct];
    } catch {
      return [];
    }
  });
}

function onDemandUsd(entry: PriceListProduct): number | undefined {
  for (const term of Object.values(entry.terms?.OnDemand ?? {})) {
    for (const dimension of Object.values(term.priceDimensions ?? {})) {
      const usd = Number(dimension.pricePerUnit?.USD);
      if (Number.isFinite(usd) && usd > 0) return usd;
    }
  }
  return undefined;
}
