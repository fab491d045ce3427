/**
 * What a rollout does when the gate between two steps can neither pass nor fail the new
 * version (no data yet, a judge without enough samples). Shared by canary and the native ECS
 * strategies of ecs-deploy so the input means the same everywhere:
 * - `rollback` (default): treat it as a failure; traffic returns to the version that was live.
 * - `hold`: stop shifting, leave the current weights, and fail the step so a human decides.
 * - `continue`: treat it as a pass and go on to the next step.
 */
export const ON_INCONCLUSIVE_CHOICES = ['rollback', 'hold', 'continue'] as const;
export type OnInconclusive = (typeof ON_INCONCLUSIVE_CHOICES)[number];
export const DEFAULT_ON_INCONCLUSIVE: OnInconclusive = 'rollback';
