/**
 * The crash-at-every-call suite of one shape (see crash.ts): one test per place to stop the
 * deploying step and next step, named by the call, so a failure says where the crash was.
 */
import { describe, expect, it } from 'vitest';
import { crashPoints, expectedResults, playCrash, type NextStep } from './crash.js';
import { violations } from './invariants.js';
import type { ShapeName } from './shapes.js';

const NEXT_STEPS: readonly NextStep[] = ['re-run', 'rollback'];

export async function crashSuite(shape: ShapeName): Promise<void> {
  const points = await crashPoints(shape);
  describe(`${shape}: the deploy step stopped dead at each of its ${points.length} calls`, () => {
    for (const next of NEXT_STEPS) {
      it.each(points)(`killed $when call $atCall ($operation), then ${next}`, async (point) => {
        const played = await playCrash(shape, point, next);
        const story = played.steps
          .map((s) => `${s.action} ${s.kind}: ${s.outcome} ${s.outputs.result ?? ''} ${s.failure ?? ''}`.trim())
          .join('\n');
        expect(played.killed, 'the rollout took another path and never reached this call').toBe(true);
        expect([...violations(played.world, played.built, played.end), ...played.untruths], story).toEqual([]);
        expect(played.results, story).toEqual(expectedResults(shape, next, played));
      });
    }
  });
}
