/**
 * The matrix of every way a rollout ends: every deploy shape × every ending, played through the
 * reusable workflows in the simulated world with real ALB timing. After each: traffic on a version
 * that was healthy, no half-shifted weights, nothing orphaned, and every step's claim true.
 */
import { describe, expect, it } from 'vitest';
import {
  ENDINGS,
  EXPECTED_RESULTS,
  EXPECTED_RESULTS_BY_SHAPE,
  NOT_APPLICABLE,
  play,
  type Played,
} from './matrix/endings.js';
import { violations } from './matrix/invariants.js';
import { SHAPES } from './matrix/shapes.js';

const cells = SHAPES.flatMap((shape) =>
  ENDINGS.filter((ending) => NOT_APPLICABLE[`${shape} × ${ending}`] === undefined).map((ending) => ({ shape, ending })),
);

describe('every way back works', () => {
  it.each(cells)('$shape × $ending', async ({ shape, ending }) => {
    const played = await play(shape, ending, { seed: 1 });
    const problems = [...violations(played.world, played.built, played.end), ...played.untruths];
    expect(problems, explain(played)).toEqual([]);
    const expected = EXPECTED_RESULTS_BY_SHAPE[`${shape} × ${ending}`] ?? EXPECTED_RESULTS[ending];
    expect(played.results, explain(played)).toEqual(expected);
  });
});

/** A failing cell's story: each step, its outcome and what it said. */
function explain(played: Played): string {
  return played.steps
    .map((s) => `${s.action} ${s.kind}: ${s.outcome} ${s.outputs.result ?? ''} ${s.failure ?? ''}`.trim())
    .join('\n');
}
