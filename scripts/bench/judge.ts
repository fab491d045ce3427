/**
 * Benchmark of the health gate's statistical judge. Prints one JSON object:
 *   judgeMs            time to judge and score 10 metrics × 1,000 canary and 1,000 baseline points
 *   falseFailureRate   share of 1,000 simulated canaries from the SAME distribution as their
 *                      baseline that the error-rate metric fails (target ≤ 0.02)
 *   detectionRate      share of 1,000 simulated canaries with a 2 % error rate against a 0.5 %
 *                      baseline that it fails (target ≥ 0.95)
 * plus the same two rates for a continuous, log-normal latency metric.
 *
 * Built with ncc and run with node by the project's bench:
 *   npx ncc build scripts/bench/judge.ts -o /tmp/judge-bench -q && node /tmp/judge-bench/index.js
 * so it imports only the judge and node builtins. Every simulation uses a fixed seed.
 */
import { judgeMetric, scoreJudgements, type MetricInput } from '../../src/gate/judge/index.js';
import { mulberry32, normalSampler } from '../../test/support/seeded-random.js';

const SETTINGS = {
  timing: { metrics: 10, pointsPerSeries: 1_000, repeats: 20, warmups: 1 },
  simulation: {
    runs: 1_000,
    points: 60,
    requestsPerPoint: 200,
    baselineErrorRate: 0.005,
    canaryErrorRate: 0.02,
    latency: { medianMs: 40, sigma: 0.5, degradedFactor: 1.5 },
    direction: 'increase',
    tolerance: 0.25,
    confidence: 0.98,
    seed: 20_260_601,
  },
} as const;

const sim = SETTINGS.simulation;

function errorRateSeries(uniform: () => number, rate: number): number[] {
  const series: number[] = [];
  for (let point = 0; point < sim.points; point++) {
    let errors = 0;
    for (let request = 0; request < sim.requestsPerPoint; request++) if (uniform() < rate) errors++;
    series.push(errors / sim.requestsPerPoint);
  }
  return series;
}

function latencySeries(normal: () => number, points: number, medianMs: number): number[] {
  return Array.from({ length: points }, () => medianMs * Math.exp(sim.latency.sigma * normal()));
}

function metric(id: string, canary: number[], baseline: number[]): MetricInput {
  return {
    id,
    canary,
    baseline,
    direction: sim.direction,
    tolerance: sim.tolerance,
    confidence: sim.confidence,
    mustHaveData: false,
    critical: false,
  };
}

/** Share of runs whose metric the judge fails. */
function failureRate(makeRun: (run: number) => MetricInput): number {
  let failures = 0;
  for (let run = 0; run < sim.runs; run++) if (judgeMetric(makeRun(run)).failed) failures++;
  return failures / sim.runs;
}

function errorRateScenario(canaryRate: number, seedOffset: number): number {
  const uniform = mulberry32(sim.seed + seedOffset);
  return failureRate(() =>
    metric('error-rate', errorRateSeries(uniform, canaryRate), errorRateSeries(uniform, sim.baselineErrorRate)),
  );
}

function latencyScenario(canaryFactor: number, seedOffset: number): number {
  const normal = normalSampler(mulberry32(sim.seed + seedOffset));
  return failureRate(() =>
    metric(
      'latency',
      latencySeries(normal, sim.points, sim.latency.medianMs * canaryFactor),
      latencySeries(normal, sim.points, sim.latency.medianMs),
    ),
  );
}

function timeJudging(): { median: number; runs: number; first: number; max: number } {
  const { metrics, pointsPerSeries, repeats, warmups } = SETTINGS.timing;
  const normal = normalSampler(mulberry32(sim.seed));
  // Continuous values: no ties, the slowest case for selecting order statistics of differences.
  const inputs = Array.from({ length: metrics }, (_, i) =>
    metric(
      `metric-${i}`,
      latencySeries(normal, pointsPerSeries, 40 * (1 + i / 20)),
      latencySeries(normal, pointsPerSeries, 40),
    ),
  );
  const samples: number[] = [];
  let sink = 0;
  for (let run = 0; run < warmups + repeats; run++) {
    const started = process.hrtime.bigint();
    const score = scoreJudgements(inputs.map(judgeMetric));
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    sink += score.score ?? 0;
    samples.push(elapsed);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the judged results alive');
  const timed = samples.slice(warmups);
  const sorted = [...timed].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median: round(median), runs: repeats, first: round(samples[0]!), max: round(sorted[sorted.length - 1]!) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const judgeMs = timeJudging();
const result = {
  judgeMs,
  falseFailureRate: errorRateScenario(sim.baselineErrorRate, 1),
  detectionRate: errorRateScenario(sim.canaryErrorRate, 2),
  falseFailureRateLatency: latencyScenario(1, 3),
  detectionRateLatency: latencyScenario(sim.latency.degradedFactor, 4),
  targets: { judgeMs: 50, falseFailureRate: 0.02, detectionRate: 0.95 },
  settings: SETTINGS,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
