import { describe, expect, it } from 'vitest';
import { compare, criticalPathMs, newestRecoveryPoint, rpoMs, worstMeasured } from './measurements.js';

describe('a measurement against its target', () => {
  it.each([
    [240_000, 300_000, { measuredSeconds: 240, marginSeconds: 60, pass: true }],
    [300_000, 300_000, { measuredSeconds: 300, marginSeconds: 0, pass: true }],
    [300_100, 300_000, { measuredSeconds: 300.1, marginSeconds: -0.1, pass: false }],
    [-5, 300_000, { measuredSeconds: 0, marginSeconds: 300, pass: true }],
  ])('%d ms against %d ms', (measured, target, expected) => {
    expect(compare('rpo', 'x', measured, target)).toMatchObject({ targetSeconds: target / 1000, ...expected });
  });

  it('nothing measured fails and keeps the reason', () => {
    expect(compare('rto', 'restore', undefined, 900_000, 'the drill stopped first')).toEqual({
      kind: 'rto',
      name: 'restore',
      targetSeconds: 900,
      pass: false,
      note: 'the drill stopped first',
    });
  });
});

describe('recovery points', () => {
  it('the newest point wins, and RPO is the time since it', () => {
    const newest = newestRecoveryPoint([
      { source: 'snapshot', at: 1_000 },
      { source: 'replicated backup', at: 5_000 },
      { source: 'older snapshot', at: 500 },
    ]);
    expect(newest).toEqual({ source: 'replicated backup', at: 5_000 });
    expect(rpoMs(65_000, newest)).toBe(60_000);
  });

  it('no point, no RPO; a point in the future (clock skew) is an RPO of 0', () => {
    expect(rpoMs(1_000, newestRecoveryPoint([]))).toBeUndefined();
    expect(rpoMs(1_000, { source: 's', at: 2_000 })).toBe(0);
  });
});

describe('the critical path', () => {
  it('counts side-by-side phases once, by the longer, then what waits for both', () => {
    expect(
      criticalPathMs([
        { name: 'rds-restore', after: [], durationMs: 400_000 },
        { name: 'service-scale', after: [], durationMs: 120_000 },
        { name: 'smoke', after: ['service-scale', 'rds-restore'], durationMs: 5_000 },
      ]),
    ).toBe(405_000);
  });

  it('a chain adds up', () => {
    expect(
      criticalPathMs([
        { name: 'a', after: [], durationMs: 1 },
        { name: 'b', after: ['a'], durationMs: 2 },
        { name: 'c', after: ['b'], durationMs: 3 },
      ]),
    ).toBe(6);
  });

  it('is unknown when a phase did not finish, or there are no phases', () => {
    expect(criticalPathMs([{ name: 'a', after: [] }])).toBeUndefined();
    expect(criticalPathMs([])).toBeUndefined();
  });

  it('names a dependency cycle instead of looping', () => {
    expect(() =>
      criticalPathMs([
        { name: 'a', after: ['b'], durationMs: 1 },
        { name: 'b', after: ['a'], durationMs: 1 },
      ]),
    ).toThrow('phase dependency cycle: a → b → a');
  });
});

it('the worst RPO is the largest measured one', () => {
  expect(
    worstMeasured(
      [
        compare('rpo', 'a', 10_000, 1),
        compare('rpo', 'b', undefined, 1),
        compare('rto', 'c', 99_000, 1),
        compare('rpo', 'd', 30_000, 1),
      ],
      'rpo',
    ),
  ).toBe(30);
});
