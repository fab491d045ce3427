import { describe, expect, it } from 'vitest';
import type { CloudWatchPort, MetricQuery } from '../aws/cloudwatch.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import { RecordingLogger } from '../runtime/logger.js';
import type { EcsInventoryPort, ServiceInventory } from './ecs-inventory.js';
import { tablePriceBook, type TaskSize } from './fargate.js';
import { percentile, recommendSize, rightSizeServices, type Utilisation } from './right-size.js';

const book = tablePriceBook('us-east-1');
const tag = { key: 'criticality', value: 'non-critical' };
const size = (vcpu: number, memoryGb: number, architecture: TaskSize['architecture'] = 'X86_64'): TaskSize => ({
  vcpu,
  memoryGb,
  architecture,
  ephemeralGb: 20,
});
const service = (extra: Partial<ServiceInventory> = {}) => ({
  name: 'order-router',
  desiredCount: 4,
  strategy: [],
  tags: {},
  ...extra,
});
const util = (cpuP95: number, cpuMax: number, memoryP95: number, memoryMax: number, hours = 336): Utilisation => ({
  cpuP95,
  cpuMax,
  memoryP95,
  memoryMax,
  hours,
});

describe('right-sizing one service', () => {
  it('recommends the cheapest valid size that keeps p95 and peak headroom, with the monthly saving', () => {
    // 2 vCPU / 8 GB at p95 15 % CPU (0.3 vCPU), peak 30 % (0.6), memory p95 20 % (1.6 GB), peak 25 % (2 GB).
    const result = recommendSize(service(), size(2, 8), util(15, 30, 20, 25), book, tag);
    expect(result.verdict).toBe('downsize');
    expect(result.recommended).toEqual({ vcpu: 1, memoryGb: 3 });
    // (2×0.04048 + 8×0.004445) − (1×0.04048 + 3×0.004445) = 0.062705 per task-hour; × 4 × 730.
    expect(result.monthlySavingUsd).toBeCloseTo(0.062705 * 4 * 730, 2);
    expect(result.armSavingUsd).toBeGreaterThan(0);
    expect(result.spotSavingUsd).toBeUndefined();
  });

  it('a busy service is told to grow, a well-sized one is left alone', () => {
    expect(recommendSize(service(), size(1, 2), util(95, 100, 50, 60), book, tag).verdict).toBe('upsize');
    expect(recommendSize(service(), size(0.5, 1), util(60, 80, 70, 80), book, tag)).toMatchObject({
      verdict: 'right-sized',
      monthlySavingUsd: 0,
    });
  });

  it('offers Spot only to services tagged non-critical, and ARM only to x86 services', () => {
    const tagged = recommendSize(
      service({ tags: { criticality: 'non-critical' } }),
      size(1, 2, 'ARM64'),
      util(60, 80, 70, 80),
      book,
      tag,
    );
    expect(tagged.spotSavingUsd).toBeCloseTo(0.7 * (0.03238 + 2 * 0.00356) * 4 * 730, 2);
    expect(tagged.armSavingUsd).toBeUndefined();
  });

  it('says so when utilisation data is too thin', () => {
    expect(recommendSize(service(), size(1, 2), util(1, 1, 1, 1, 5), book, tag)).toMatchObject({
      verdict: 'no-data',
      note: 'only 5 hours of utilisation data; at least 24 are needed',
    });
  });

  it('p95 by nearest rank', () => {
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('right-sizing a cluster through its ports', () => {
  it('reads 14 days of hourly average and maximum CPU and memory per service in one call', async () => {
    const queries: MetricQuery[][] = [];
    const cloudwatch: CloudWatchPort = {
      getMetricData: async (q, start, end) => {
        queries.push([...q]);
        expect(end.getTime() - start.getTime()).toBe(14 * 86_400_000);
        const series = (value: number) =>
          Array.from({ length: 48 }, (_, i) => ({ at: new Date(start.getTime() + i * 3_600_000), value }));
        return new Map(q.map((query) => [query.id, series(query.id.includes('cpu') ? 10 : 20)]));
      },
      describeAlarms: async () => [],
    };
    const ecs: EcsInventoryPort = {
      listServices: async () => ['order-router'],
      describeServices: async () => [
        {
          name: 'order-router',
          desiredCount: 2,
          taskDefinitionArn: 'td:1',
          tags: {},
          strategy: [],
          launchType: 'FARGATE',
        },
      ],
      describeTaskDefinition: async () => ({ family: 'order-router', size: size(2, 8) }),
    };
    const [result] = await rightSizeServices('prod', [], book, tag, {
      ecs,
      cloudwatch,
      clock: new ManualClock(),
      logger: new RecordingLogger(),
    });
    expect(queries).toHaveLength(1);
    expect(queries[0]?.map((q) => `${q.metric.metric}/${q.metric.stat}/${q.metric.periodSeconds}`)).toEqual([
      'CPUUtilization/Average/3600',
      'CPUUtilization/Maximum/3600',
      'MemoryUtilization/Average/3600',
      'MemoryUtilization/Maximum/3600',
    ]);
    expect(queries[0]?.[0]?.metric.dimensions).toEqual([
      { name: 'ClusterName', value: 'prod' },
      { name: 'ServiceName', value: 'order-router' },
    ]);
    expect(result).toMatchObject({
      service: 'order-router',
      verdict: 'downsize',
      utilisation: { cpuP95: 10, hours: 48 },
    });
  });
});
