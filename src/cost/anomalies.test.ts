import { describe, expect, it } from 'vitest';
import type { DailyCost } from '../aws/cost-explorer.js';
import { mergeAwsAnomalies, median, robustScore, scanForAnomalies } from './anomalies.js';

/** Days ending the day before `today`, oldest first, each with the given cost per group. */
function history(costs: readonly Record<string, number>[], last = '2026-11-22'): DailyCost[] {
  const end = Date.parse(`${last}T00:00:00Z`);
  return costs.map((byGroup, index) => ({
    date: new Date(end - (costs.length - 1 - index) * 86_400_000).toISOString().slice(0, 10),
    estimated: false,
    byGroup: new Map(Object.entries(byGroup)),
  }));
}

const steady = (ecs: number, s3 = 5) => ({
  'Amazon Elastic Container Service': ecs,
  'Amazon Simple Storage Service': s3,
});
const options = { minScore: 3.5, minIncreaseUsd: 10 };

describe('robust anomaly scoring', () => {
  it('median and MAD ignore one wild day in the history', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const calm = robustScore(120, [100, 102, 98, 101, 99, 100, 103, 97]);
    const withOutlier = robustScore(120, [100, 102, 98, 101, 99, 100, 103, 900]);
    expect(Math.abs(withOutlier.median - calm.median)).toBeLessThanOrEqual(0.5);
    expect(withOutlier.score).toBeGreaterThan(3.5);
  });

  it('flags a service whose newest complete day jumps above its 14-day median', () => {
    const days = [...history([...Array.from({ length: 14 }, (_, i) => steady(100 + (i % 3))), steady(180)])];
    const scan = scanForAnomalies(days, '2026-11-23', options);
    expect(scan.scoredDate).toBe('2026-11-22');
    expect(scan.baselineDays).toBe(14);
    expect(scan.anomalies).toHaveLength(1);
    expect(scan.anomalies[0]).toMatchObject({
      group: 'Amazon Elastic Container Service',
      costUsd: 180,
      medianUsd: 101,
    });
    expect(scan.anomalies[0]?.increaseUsd).toBe(79);
  });

  it('excludes today and estimated days: a half-billed day is neither scored nor baseline', () => {
    const days = history([...Array.from({ length: 14 }, () => steady(100)), steady(400), steady(20)], '2026-11-23');
    // 2026-11-22 is still estimated (billing not settled), 2026-11-23 is today.
    const marked = days.map((d) => (d.date === '2026-11-22' ? { ...d, estimated: true } : d));
    const scan = scanForAnomalies(marked, '2026-11-23', options);
    expect(scan.excludedDays).toEqual(['2026-11-22', '2026-11-23']);
    expect(scan.scoredDate).toBe('2026-11-21');
    expect(scan.anomalies).toEqual([]);
  });

  it('a flat history does not turn a few cents into an anomaly; small increases below min USD are ignored', () => {
    const flat = history([...Array.from({ length: 14 }, () => steady(100)), steady(100.5)]);
    expect(scanForAnomalies(flat, '2026-11-23', options).anomalies).toEqual([]);
    const small = history([...Array.from({ length: 14 }, () => steady(10, 1)), steady(10, 8)]);
    expect(scanForAnomalies(small, '2026-11-23', options).anomalies).toEqual([]);
  });

  it('a group absent from the history (cost 0) that appears with real cost is flagged', () => {
    const days = history([
      ...Array.from({ length: 10 }, () => steady(100)),
      { ...steady(100), 'Amazon SageMaker': 250 },
    ]);
    expect(scanForAnomalies(days, '2026-11-23', options).anomalies.map((a) => a.group)).toEqual(['Amazon SageMaker']);
  });

  it('says so when there is too little history', () => {
    const scan = scanForAnomalies(history([steady(1), steady(1), steady(500)]), '2026-11-23', options);
    expect(scan.anomalies).toEqual([]);
    expect(scan.note).toMatch(/only 2 complete days of history; at least 7/);
  });
});

describe('merging AWS Cost Anomaly Detection', () => {
  const own = [
    {
      group: 'Amazon Elastic Container Service',
      date: '2026-11-22',
      sources: ['own' as const],
      increaseUsd: 79,
      rootCauses: [],
    },
  ];

  it('enriches our anomaly with AWS root causes for the same service, and lists other AWS anomalies', () => {
    const merged = mergeAwsAnomalies(own, [
      {
        id: 'a-1',
        dimensionValue: 'Amazon Elastic Container Service',
        rootCauses: [
          {
            service: 'Amazon Elastic Container Service',
            region: 'us-east-1',
            usageType: 'USE1-Fargate-vCPU-Hours:perCPU',
          },
        ],
        totalImpactUsd: 85,
        maxScore: 0.9,
      },
      {
        id: 'a-2',
        startDate: '2026-11-20T00:00:00Z',
        rootCauses: [{ service: 'AWS Lambda', region: 'eu-west-1' }],
        totalImpactUsd: 42,
        maxScore: 0.7,
      },
    ]);
    expect(merged[0]).toMatchObject({
      sources: ['own', 'aws'],
      awsAnomalyId: 'a-1',
      rootCauses: ['Amazon Elastic Container Service / us-east-1 / USE1-Fargate-vCPU-Hours:perCPU'],
    });
    expect(merged[1]).toMatchObject({ group: 'AWS Lambda', sources: ['aws'], increaseUsd: 42, date: '2026-11-20' });
  });
});
