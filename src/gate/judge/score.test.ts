import { describe, expect, it } from 'vitest';
import { judgeMetric, type MetricInput, type MetricJudgement } from './classify.js';
import { scoreJudgements } from './score.js';

const flat = (value: number, points = 60): number[] => Array.from({ length: points }, () => value);

/** A real judgement of a metric with a canned outcome against a baseline at 100. */
function judged(
  id: string,
  outcome: 'pass' | 'high' | 'low' | 'no-data',
  options: Partial<MetricInput> = {},
): MetricJudgement {
  const canary = { pass: flat(100), high: flat(200), low: flat(50), 'no-data': flat(100, 3) }[outcome];
  return judgeMetric({
    id,
    canary,
    baseline: flat(100),
    direction: 'increase',
    tolerance: 0.25,
    mustHaveData: false,
    critical: false,
    ...options,
  });
}

const passing = (count: number, prefix = 'ok') =>
  Array.from({ length: count }, (_, i) => judged(`${prefix}-${i}`, 'pass'));

describe('scoreJudgements', () => {
  it('passes with 100 when every metric passes', () => {
    const result = scoreJudgements(passing(3));
    expect(result).toMatchObject({ score: 100, verdict: 'pass', failed: [], notScored: [] });
    expect(result.reason).toBe('score 100 reaches pass 95: 3 of 3 scored metrics passed');
  });

  it('weighs groups equally by default, one group per metric unless grouped', () => {
    const result = scoreJudgements([...passing(3), judged('p99', 'high')]);
    expect(result).toMatchObject({ score: 75, verdict: 'marginal', failed: ['p99'] });
    expect(result.reason).toBe(
      'score 75 is below pass 95 but reaches marginal 75: 3 of 4 scored metrics passed; failed: p99',
    );
  });

  it('applies group weights to group scores', () => {
    const result = scoreJudgements(
      [
        judged('p50', 'pass', { group: 'latency' }),
        judged('p99', 'high', { group: 'latency' }),
        judged('5xx', 'pass', { group: 'errors' }),
      ],
      { groupWeights: { latency: 3, errors: 1 } },
    );
    // (3 × 50 + 1 × 100) / 4 = 62.5
    expect(result).toMatchObject({ score: 62.5, verdict: 'fail' });
    expect(result.groups).toEqual([
      { group: 'latency', weight: 3, score: 50, passed: ['p50'], failed: ['p99'], notScored: [] },
      { group: 'errors', weight: 1, score: 100, passed: ['5xx'], failed: [], notScored: [] },
    ]);
    expect(result.reason).toBe('score 62.5 is below marginal 75: 2 of 3 scored metrics passed; failed: p99');
  });

  it('passes at exactly the pass threshold and is marginal just below it', () => {
    expect(scoreJudgements([...passing(19), judged('p99', 'high')])).toMatchObject({ score: 95, verdict: 'pass' });
    expect(scoreJudgements([...passing(18), judged('a', 'high'), judged('b', 'high')])).toMatchObject({
      score: 90,
      verdict: 'marginal',
    });
  });

  it('honours custom thresholds', () => {
    const judgements = [...passing(3), judged('p99', 'high')];
    expect(scoreJudgements(judgements, { pass: 70, marginal: 50 }).verdict).toBe('pass');
    expect(scoreJudgements(judgements, { pass: 100, marginal: 80 }).verdict).toBe('fail');
  });

  it('fails with score 0 when a critical metric fails, however good the rest', () => {
    const result = scoreJudgements([...passing(19), judged('error-rate', 'high', { critical: true })]);
    expect(result).toMatchObject({ score: 0, verdict: 'fail', criticalFailures: ['error-rate'] });
    expect(result.reason).toBe(
      'critical metric error-rate failed: canary error-rate is 100 % higher than baseline (tolerance 25 %)',
    );
  });

  it('does not let a passing critical metric change the score', () => {
    const result = scoreJudgements([...passing(3), judged('error-rate', 'pass', { critical: true })]);
    expect(result).toMatchObject({ score: 100, verdict: 'pass', criticalFailures: [] });
  });

  it('counts a change in the harmless direction as passed', () => {
    const result = scoreJudgements([judged('throughput', 'high', { direction: 'decrease' }), judged('p99', 'low')]);
    expect(result).toMatchObject({ score: 100, verdict: 'pass' });
  });

  it('leaves metrics without data out of the score and says so', () => {
    const result = scoreJudgements([...passing(3), judged('sparse', 'no-data')]);
    expect(result).toMatchObject({ score: 100, verdict: 'pass', notScored: ['sparse'] });
    expect(result.reason).toBe(
      'score 100 reaches pass 95: 3 of 3 scored metrics passed; not scored for lack of data: sparse',
    );
  });

  it('counts no data as a failure for a metric that must have data', () => {
    const result = scoreJudgements([...passing(3), judged('requests', 'no-data', { mustHaveData: true })]);
    expect(result).toMatchObject({ score: 75, verdict: 'marginal', failed: ['requests'], notScored: [] });
  });

  it('fails when a critical metric that must have data has none', () => {
    const result = scoreJudgements([
      ...passing(3),
      judged('requests', 'no-data', { mustHaveData: true, critical: true }),
    ]);
    expect(result).toMatchObject({ score: 0, verdict: 'fail', criticalFailures: ['requests'] });
  });

  it('is inconclusive, never a pass, when no metric could be scored', () => {
    const result = scoreJudgements([judged('a', 'no-data'), judged('b', 'no-data')]);
    expect(result).toMatchObject({ score: null, verdict: 'inconclusive', notScored: ['a', 'b'] });
    expect(result.reason).toMatch(/^no metric could be scored: a \(no data to judge a: canary has 3 points/);
    expect(scoreJudgements([])).toMatchObject({ score: null, verdict: 'inconclusive', reason: 'no metric was judged' });
  });

  it('ignores a group weighted 0 and is inconclusive when only such groups were scored', () => {
    const informational = judged('cpu', 'high', { group: 'info' });
    const weights = { info: 0, latency: 1 };
    expect(
      scoreJudgements([informational, judged('p99', 'pass', { group: 'latency' })], { groupWeights: weights }),
    ).toMatchObject({
      score: 100,
      verdict: 'pass',
    });
    expect(scoreJudgements([informational], { groupWeights: weights })).toMatchObject({
      score: null,
      verdict: 'inconclusive',
      reason: 'every group with a scored metric has weight 0',
    });
  });

  it('rejects weights that miss a judged group or are negative, and thresholds out of order', () => {
    const judgements = [judged('p99', 'pass', { group: 'latency' }), judged('5xx', 'pass', { group: 'errors' })];
    expect(() => scoreJudgements(judgements, { groupWeights: { latency: 1, eror: 1 } })).toThrow(
      "no weight for group 'errors' (weighted: latency, eror)",
    );
    expect(() => scoreJudgements(judgements, { groupWeights: { latency: -1, errors: 1 } })).toThrow(
      "group 'latency' has weight -1",
    );
    expect(() => scoreJudgements(judgements, { pass: 70, marginal: 80 })).toThrow(
      'Thresholds must satisfy 0 ≤ marginal ≤ pass ≤ 100, got marginal 80 and pass 70.',
    );
  });
});
