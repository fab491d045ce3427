import {
  GetAnomaliesCommand,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
  type CostExplorerClient,
  type GroupDefinition,
} from '@aws-sdk/client-cost-explorer';

/** Cost Explorer bills $0.01 per request, so a run is given a fixed number of them. */
export const COST_EXPLORER_REQUEST_PRICE_USD = 0.01;

/** One day of unblended cost, per group key (a service name, or `tagKey$value`). */
export interface DailyCost {
  /** YYYY-MM-DD (UTC). */
  readonly date: string;
  /** Cost Explorer has not finished the day (the day in progress, or one still being billed). */
  readonly estimated: boolean;
  readonly byGroup: ReadonlyMap<string, number>;
}

/** An anomaly found by AWS Cost Anomaly Detection. */
export interface AwsAnomaly {
  readonly id: string;
  readonly startDate?: string;
  readonly endDate?: string;
  /** What the monitor watches (a service name for a service monitor). */
  readonly dimensionValue?: string;
  readonly rootCauses: readonly {
    readonly service?: string;
    readonly region?: string;
    readonly usageType?: string;
    readonly linkedAccount?: string;
  }[];
  readonly totalImpactUsd: number;
  readonly maxScore: number;
}

export type CostGrouping =
  { readonly type: 'DIMENSION'; readonly key: 'SERVICE' } | { readonly type: 'TAG'; readonly key: string };

/** The Cost Explorer reads the report makes, each counted against the run's request budget. */
export interface CostExplorerPort {
  /**
   * Daily cost per group from `start` to `end` (exclusive), following pages while the request
   * budget lasts; `complete` is false when it ran out first.
   */
  dailyCost(start: string, end: string, grouping: CostGrouping): Promise<{ days: DailyCost[]; complete: boolean }>;
  /**
   * AWS's forecast of unblended cost from `start` to `end` (exclusive). Undefined when AWS has
   * too little history to forecast, or the request budget is spent.
   */
  forecast(start: string, end: string): Promise<number | undefined>;
  /** Anomalies whose dates fall between start and end, or undefined when the budget is spent. */
  anomalies(start: string, end: string): Promise<AwsAnomaly[] | undefined>;
  /** Requests sent so far (each is billed). */
  readonly requests: number;
}

/** Builds the port; it never sends more than `maxRequests` requests in its lifetime. */
export function createCostExplorerPort(client: CostExplorerClient, maxRequests: number): CostExplorerPort {
  let requests = 0;
  const take = (): boolean => {
    if (requests >= maxRequests) return false;
    requests += 1;
    return true;
  };
  return {
    get requests() {
      return requests;
    },

    async dailyCost(start, end, grouping) {
      const groupBy: GroupDefinition[] = [{ Type: grouping.type, Key: grouping.key }];
      const byDate = new Map<string, { estimated: boolean; byGroup: Map<string, number> }>();
      let token: string | undefined;
      do {
        if (!take()) return { days: toDays(byDate), complete: false };
        const out = await client.send(
          new GetCostAndUsageCommand({
            TimePeriod: { Start: start, End: end },
            Granularity: 'DAILY',
            Metrics: ['UnblendedCost'],
            GroupBy: groupBy,
            NextPageToken: token,
          }),
        );
        for (const result of out.ResultsByTime ?? []) {
          const date = result.TimePeriod?.Start ?? '';
          const day = byDate.get(date) ?? { estimated: false, byGroup: new Map<string, number>() };
          day.estimated ||= result.Estimated === true;
          for (const group of result.Groups ?? []) {
            const key = group.Keys?.join('|') ?? '';
            const amount = Number(group.Metrics?.UnblendedCost?.Amount ?? 0);
            if (Number.isFinite(amount)) day.byGroup.set(key, (day.byGroup.get(key) ?? 0) + amount);
          }
          byDate.set(date, day);
        }
        token = out.NextPageToken;
      } while (token);
      return { days: toDays(byDate), complete: true };
    },

    async forecast(start, end) {
      if (!take()) return undefined;
      try {
        const out = await client.send(
          new GetCostForecastCommand({
            TimePeriod: { Start: start, End: end },
            Granularity: 'MONTHLY',
            Metric: 'UNBLENDED_COST',
          }),
        );
        const amount = Number(out.Total?.Amount);
        return Number.isFinite(amount) ? amount : undefined;
      } catch (error) {
        // A new account, or one with too little history: AWS cannot forecast; not a failure.
        if (error instanceof Error && error.name === 'DataUnavailableException') return undefined;
        throw error;
      }
    },

    async anomalies(start, end) {
      const found: AwsAnomaly[] = [];
      let token: string | undefined;
      do {
        if (!take()) return found.length > 0 ? found : undefined;
        const out = await client.send(
          new GetAnomaliesCommand({ DateInterval: { StartDate: start, EndDate: end }, NextPageToken: token }),
        );
        for (const anomaly of out.Anomalies ?? []) {
          found.push({
            id: anomaly.AnomalyId ?? '',
            startDate: anomaly.AnomalyStartDate,
            endDate: anomaly.AnomalyEndDate,
            dimensionValue: anomaly.DimensionValue,
            rootCauses: (anomaly.RootCauses ?? []).map((cause) => ({
              service: cause.Service,
              region: cause.Region,
              usageType: cause.UsageType,
              linkedAccount: cause.LinkedAccount,
            })),
            totalImpactUsd: anomaly.Impact?.TotalImpact ?? anomaly.Impact?.MaxImpact ?? 0,
            maxScore: anomaly.AnomalyScore?.MaxScore ?? 0,
          });
        }
        token = out.NextPageToken;
      } while (token);
      return found;
    },
  };
}

function toDays(byDate: Map<string, { estimated: boolean; byGroup: Map<string, number> }>): DailyCost[] {
  return [...byDate.entries()]
    .filter(([date]) => date !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => ({ date, ...day }));
}
