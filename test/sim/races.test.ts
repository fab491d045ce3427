/**
 * One controller at a time: two deploys started at the same instant, 100 races on one listener's
 * pair and 100 on one service (rolling), each interleaved differently by its seed. Exactly one
 * proceeds; the other is refused before it changes anything, naming the holder.
 */
import { describe, expect, it } from 'vitest';
import { holderOf, race } from './matrix/races.js';

const RACES = 100;
const seeds = Array.from({ length: RACES }, (_, i) => 7_000 + i);

describe.each([
  { shape: 'pair' as const, winner: 'promoted', refusal: 'Another rollout holds this route' },
  { shape: 'rolling' as const, winner: 'deployed', refusal: 'Not started: another run holds order-router' },
])('two deploys at the same instant on one $shape', ({ shape, winner, refusal }) => {
  it(`${RACES} races: exactly one proceeds, the other is refused naming the holder`, async () => {
    const outcomes: string[] = [];
    for (const seed of seeds) {
      const { steps, problems, registered } = await race(shape, seed);
      const results = steps.map((s) => s?.outputs.result ?? s?.outcome ?? 'no step');
      const won = results.indexOf(winner);
      const lost = steps[1 - won];
      const refusedNamingWinner =
        won !== -1 &&
        lost?.outcome === 'failure' &&
        (lost.failure ?? '').includes(refusal) &&
        (lost.failure ?? '').includes(holderOf(500 + won));
      const wrong = [
        ...(refusedNamingWinner ? [] : [`results ${results.join(' / ')}: ${lost?.failure ?? ''}`]),
        ...(registered === 1 ? [] : [`${registered} revisions registered`]),
        ...problems,
      ];
      if (wrong.length > 0) outcomes.push(`seed ${seed}: ${wrong.join('; ')}`);
    }
    expect(outcomes).toEqual([]);
  });
});
