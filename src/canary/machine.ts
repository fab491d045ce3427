import type { Verdict } from '../gate/gate.js';
import type { OnInconclusive } from '../gate/on-inconclusive.js';
import type { Step } from './steps.js';

/**
 * A canary rollout as a pure state machine. The driver (driver.ts) performs what each phase
 * asks for and reports back an event; `transition` decides what comes next. No I/O and no
 * clock here, so every rule is tested as a table (machine.test.ts).
 *
 * deploy → shift(0) → observe(0) → shift(1) → … → observe(last) → keep-previous → retire → done
 *            any failure ──────────→ restore (one weight write) → scale-in → done(rolled-back)
 */
export type CanaryResult = 'promoted' | 'rolled-back' | 'held' | 'failed';

export type Phase =
  /** Put the new revision on the idle side at full size and wait until it is ready. */
  | { readonly kind: 'deploy' }
  /** Give the canary steps[step].percent of traffic (only when it is ready), then read it back. */
  | { readonly kind: 'shift'; readonly step: number }
  /** Run the gate for steps[step].observeMs at that share. */
  | { readonly kind: 'observe'; readonly step: number }
  /** Promoted: the previous side stays at full size until the keep-previous time has passed. */
  | { readonly kind: 'keep-previous' }
  /** Scale the previous side down to zero. */
  | { readonly kind: 'retire' }
  /** All traffic back on the live side in one call; `then` says what follows. */
  | { readonly kind: 'restore'; readonly reason: string; readonly then: 'scale-in' | 'deploy' }
  /** Scale the canary side down to zero after a rollback. */
  | { readonly kind: 'scale-in'; readonly reason: string }
  | { readonly kind: 'done'; readonly result: CanaryResult; readonly reason: string };

export type Event =
  | { readonly kind: 'ready' }
  | { readonly kind: 'not-ready'; readonly reason: string }
  | { readonly kind: 'shifted' }
  | { readonly kind: 'shift-failed'; readonly reason: string }
  | { readonly kind: 'gate'; readonly verdict: Verdict; readonly reason: string }
  /** A deploy window closed (or another rule says stop) before the next shift. */
  | { readonly kind: 'paused'; readonly reason: string; readonly action: 'hold' | 'rollback' }
  | { readonly kind: 'kept' }
  | { readonly kind: 'retired' }
  | { readonly kind: 'retire-failed'; readonly reason: string }
  | { readonly kind: 'restored' }
  | { readonly kind: 'restore-failed'; readonly reason: string }
  | { readonly kind: 'scaled-in' }
  | { readonly kind: 'scale-in-failed'; readonly reason: string };

export interface MachineConfig {
  readonly steps: readonly Step[];
  readonly onInconclusive: OnInconclusive;
  /** `promote` shifts to 100 % without observing; the steps are skipped. */
  readonly mode: 'deploy' | 'promote' | 'abort';
}

export type Start =
  /** A fresh rollout. */
  | { readonly kind: 'fresh' }
  /** A half-shifted rollout of the same revision was found: shift to this step and go on. */
  | { readonly kind: 'resume'; readonly step: number }
  /** A half-shifted rollout of something else was found: roll it back, then deploy. */
  | { readonly kind: 'replace'; readonly reason: string }
  /** An earlier attempt already promoted this release: finish keeping the previous side, then retire it. */
  | { readonly kind: 'already-live' };

/** Where a run begins, from its mode and what it found on the route. */
export function initialPhase(config: MachineConfig, start: Start): Phase {
  if (config.mode === 'abort') return { kind: 'restore', reason: 'mode is abort', then: 'scale-in' };
  if (config.mode === 'promote') return { kind: 'shift', step: config.steps.length - 1 };
  if (start.kind === 'resume') return { kind: 'shift', step: start.step };
  if (start.kind === 'replace') return { kind: 'restore', reason: start.reason, then: 'deploy' };
  if (start.kind === 'already-live') return { kind: 'keep-previous' };
  return { kind: 'deploy' };
}

/** The next phase after `event` in `phase`. An event that does not belong to the phase is a bug. */
export function transition(phase: Phase, event: Event, config: MachineConfig): Phase {
  const last = config.steps.length - 1;
  const rollback = (reason: string): Phase => ({ kind: 'restore', reason, then: 'scale-in' });

  switch (phase.kind) {
    case 'deploy':
      if (event.kind === 'ready') return { kind: 'shift', step: 0 };
      if (event.kind === 'not-ready') return rollback(`the new revision did not become ready: ${event.reason}`);
      break;
    case 'shift':
      if (event.kind === 'shifted') {
        return config.mode === 'promote' && phase.step === last
          ? { kind: 'keep-previous' }
          : { kind: 'observe', step: phase.step };
      }
      if (event.kind === 'shift-failed') return rollback(`shifting to step ${phase.step + 1} failed: ${event.reason}`);
      if (event.kind === 'paused') return paused(event);
      break;
    case 'observe': {
      if (event.kind !== 'gate') break;
      const step = `step ${phase.step + 1} (${config.steps[phase.step]?.percent ?? '?'}%)`;
      const passed: Phase = phase.step === last ? { kind: 'keep-previous' } : { kind: 'shift', step: phase.step + 1 };
      if (event.verdict === 'pass') return passed;
      if (event.verdict === 'fail') return rollback(`the gate failed at ${step}: ${event.reason}`);
      if (config.onInconclusive === 'continue') return passed;
      if (config.onInconclusive === 'hold') {
        return { kind: 'done', result: 'held', reason: `the gate was inconclusive at ${step}: ${event.reason}` };
      }
      return rollback(`the gate was inconclusive at ${step} (on-inconclusive: rollback): ${event.reason}`);
    }
    case 'keep-previous':
      if (event.kind === 'kept') return { kind: 'retire' };
      break;
    case 'retire':
      if (event.kind === 'retired') return { kind: 'done', result: 'promoted', reason: 'every step passed' };
      if (event.kind === 'retire-failed') {
        return {
          kind: 'done',
          result: 'promoted',
          reason: `every step passed, but scaling the previous side down failed (${event.reason}); it still runs at full size`,
        };
      }
      break;
    case 'restore':
      if (event.kind === 'restored') {
        return phase.then === 'deploy' ? { kind: 'deploy' } : { kind: 'scale-in', reason: phase.reason };
      }
      if (event.kind === 'restore-failed') {
        return {
          kind: 'done',
          result: 'failed',
          reason: `${phase.reason}; returning traffic to the live side FAILED (${event.reason}). Check the listener now.`,
        };
      }
      break;
    case 'scale-in':
      if (event.kind === 'scaled-in') return { kind: 'done', result: 'rolled-back', reason: phase.reason };
      if (event.kind === 'scale-in-failed') {
        return {
          kind: 'done',
          result: 'rolled-back',
          reason: `${phase.reason}; traffic is back on the live side, but scaling the canary side in failed (${event.reason})`,
        };
      }
      break;
    case 'done':
      break;
  }
  throw new Error(`event ${event.kind} cannot happen in phase ${phase.kind}`);
}

function paused(event: Extract<Event, { kind: 'paused' }>): Phase {
  return event.action === 'hold'
    ? { kind: 'done', result: 'held', reason: `${event.reason}; holding at the current weights` }
    : { kind: 'restore', reason: event.reason, then: 'scale-in' };
}
