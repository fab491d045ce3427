import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPricingPort } from './pricing.js';

const pricing = mockClient(PricingClient);
beforeEach(() => pricing.reset());

const product = (usagetype: string, usd: string) =>
  JSON.stringify({
    product: { productFamily: 'Compute', attributes: { usagetype, regionCode: 'eu-central-1' } },
    terms: {
      OnDemand: {
        'X.JRTCKXETXF': {
          priceDimensions: { 'X.JRTCKXETXF.6YS6EN2CT7': { unit: 'hours', pricePerUnit: { USD: usd } } },
        },
      },
    },
  });

describe('the Price List adapter', () => {
  it('reads every Fargate rate of a region, across pages, ignoring Windows and Spot usage types', async () => {
    pricing
      .on(GetProductsCommand)
      .resolvesOnce({
        PriceList: [
          product('EUC1-Fargate-vCPU-Hours:perCPU', '0.04656'),
          product('EUC1-Fargate-GB-Hours', '0.00511'),
          product('EUC1-Fargate-Windows-vCPU-Hours:perCPU', '0.09'),
          product('EUC1-SpotUsage-Fargate-vCPU-Hours:perCPU', '0.014'),
        ],
        NextToken: 'n',
      })
      .resolvesOnce({
        PriceList: [
          product('EUC1-Fargate-ARM-vCPU-Hours:perCPU', '0.03725'),
          product('EUC1-Fargate-ARM-GB-Hours', '0.00409'),
          product('EUC1-Fargate-EphemeralStorage-GB-Hours', '0.000122'),
        ],
      });
    const result = await createPricingPort(new PricingClient({ region: 'us-east-1' })).fargateRates('eu-central-1');
    expect(result).toEqual({
      rates: {
        x86VcpuHour: 0.04656,
        x86GbHour: 0.00511,
        armVcpuHour: 0.03725,
        armGbHour: 0.00409,
        storageGbHour: 0.000122,
      },
    });
    expect(pricing.commandCalls(GetProductsCommand)[0]?.args[0].input).toMatchObject({
      ServiceCode: 'AmazonECS',
      Filters: [{ Type: 'TERM_MATCH', Field: 'regionCode', Value: 'eu-central-1' }],
    });
  });

  it('names the rates it could not find', async () => {
    pricing.on(GetProductsCommand).resolves({ PriceList: [product('USE1-Fargate-GB-Hours', '0.004445')] });
    const result = await createPricingPort(new PricingClient({ region: 'us-east-1' })).fargateRates('us-east-1');
    expect(result).toEqual({ missing: ['x86VcpuHour', 'armVcpuHour', 'armGbHour', 'storageGbHour'] });
  });
});
