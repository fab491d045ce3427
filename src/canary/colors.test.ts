import { describe, expect, it } from 'vitest';
import { readLiveSide, weightsFor, weightsMatch } from './colors.js';

const tgs = { blue: 'tg-blue', green: 'tg-green' };
const w = (entries: [string, number][]) => new Map(entries);

describe('which side is live', () => {
  it.each([
    [
      'all on blue',
      w([
        ['tg-blue', 100],
        ['tg-green', 0],
      ]),
      undefined,
      { live: 'blue', canaryPercent: 0, settled: true },
    ],
    [
      'all on green',
      w([
        ['tg-blue', 0],
        ['tg-green', 1],
      ]),
      undefined,
      { live: 'green', canaryPercent: 0, settled: true },
    ],
    ['green missing from the action', w([['tg-blue', 5]]), undefined, { live: 'blue', canaryPercent: 0 }],
    [
      'half-shifted with a record',
      w([
        ['tg-blue', 75],
        ['tg-green', 25],
      ]),
      'blue' as const,
      { live: 'blue', canaryPercent: 25, settled: false },
    ],
    [
      'past half with a record',
      w([
        ['tg-blue', 20],
        ['tg-green', 80],
      ]),
      'blue' as const,
      { live: 'blue', canaryPercent: 80 },
    ],
    [
      'a weight of 0 to a foreign group is fine',
      w([
        ['tg-blue', 100],
        ['tg-green', 0],
        ['tg-old', 0],
      ]),
      undefined,
      { live: 'blue' },
    ],
  ])('%s', (_name, weights, recorded, expected) => {
    expect(readLiveSide(weights, tgs, recorded)).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    [
      'a split nobody recorded',
      w([
        ['tg-blue', 60],
        ['tg-green', 40],
      ]),
      /60% blue \/ 40% green/,
    ],
    [
      'traffic to a third target group',
      w([
        ['tg-blue', 90],
        ['tg-old', 10],
      ]),
      /also forwards to tg-old/,
    ],
    ['neither group', w([['tg-x', 1]]), /also forwards to tg-x/],
    [
      'nothing forwarded',
      w([
        ['tg-blue', 0],
        ['tg-green', 0],
      ]),
      /no traffic/,
    ],
  ])('refuses %s', (_name, weights, message) => {
    const side = readLiveSide(weights, tgs, undefined);
    expect(side.ok).toBe(false);
    if (!side.ok) expect(side.message).toMatch(message);
  });
});

describe('weights', () => {
  it('gives the canary its share and the live side the rest', () => {
    expect(weightsFor(tgs, 'green', 25)).toEqual(
      w([
        ['tg-green', 75],
        ['tg-blue', 25],
      ]),
    );
  });
  it('compares shares, not raw weights, when reading back', () => {
    expect(
      weightsMatch(
        w([
          ['tg-blue', 150],
          ['tg-green', 50],
        ]),
        tgs,
        'blue',
        25,
      ),
    ).toBe(true);
    expect(
      weightsMatch(
        w([
          ['tg-blue', 70],
          ['tg-green', 30],
        ]),
        tgs,
        'blue',
        25,
      ),
    ).toBe(false);
    expect(
      weightsMatch(
        w([
          ['tg-blue', 75],
          ['tg-green', 25],
          ['tg-x', 1],
        ]),
        tgs,
        'blue',
        25,
      ),
    ).toBe(false);
  });
});
