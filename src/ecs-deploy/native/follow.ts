/**
 * Following one ECS service deployment through its lifecycle, as a pure function of what
 * DescribeServiceDeployments shows: which stage and weights changed (for the log and the
 * timeline), and what the driver must do next. Tested as a table of snapshots.
 */
import type { LifecycleHookSnapshot, ServiceDeploymentSnapshot } from '../../aws/ecs.js';
import type { FailureCause } from '../rollout.js';

/** What the follower remembers between two snapshots. */
export interface FollowState {
  readonly status?: string;
  readonly stage?: string;
  readonly productionWeight?: number;
  readonly testWeight?: number;
  /** Stages passed through, in order, each once. */
  readonly stages: readonly string[];
  /** PAUSE hooks this run has answered (or decided to leave), by hookId. */
  readonly answeredHooks: ReadonlySet<string>;
}

export const INITIAL_FOLLOW_STATE: FollowState = { stages: [], answeredHooks: new Set() };

/** Why a deployment failed, as far as the snapshot tells. */
export interface FailureExplanation {
  readonly cause: FailureCause;
  readonly reason: string;
}

export type NextStep =
  /** Nothing to do until the next poll. */
  | { readonly kind: 'wait' }
  /** A PAUSE hook awaits our verdict. */
  | { readonly kind: 'gate'; readonly hook: LifecycleHookSnapshot; readonly stage: string }
  /** ECS is rolling back (it decided, or we asked); wait for it to finish. */
  | { readonly kind: 'rolling-back'; readonly explanation: FailureExplanation }
  | { readonly kind: 'succeeded' }
  | { readonly kind: 'rolled-back'; readonly explanation: FailureExplanation }
  /** Ended without the new revision and without a completed rollback. */
  | { readonly kind: 'failed'; readonly explanation: FailureExplanation };

export interface Observation {
  readonly state: FollowState;
  /** Lines for the log, in the order they happened. */
  readonly changes: readonly string[];
  /** Whether stage, status or weights moved: worth a row in the timeline. */
  readonly moved: boolean;
  readonly next: NextStep;
}

const ROLLING_BACK = new Set(['ROLLBACK_REQUESTED', 'ROLLBACK_IN_PROGRESS', 'STOP_REQUESTED']);
/** Statuses in which the deployment still moves forward and a rollback can be requested. */
export const FORWARD_STATUSES = new Set(['PENDING', 'IN_PROGRESS']);

/** Compares a snapshot with what was seen before, and decides the next step. */
export function observe(state: FollowState, snapshot: ServiceDeploymentSnapshot): Observation {
  const changes: string[] = [];
  const stage = snapshot.lifecycleStage ?? state.stage;
  if (snapshot.status !== state.status) {
    changes.push(
      `Status ${state.status ?? '—'} → ${snapshot.status}${snapshot.statusReason ? ` (${snapshot.statusReason})` : ''}.`,
    );
  }
  if (stage !== undefined && stage !== state.stage) changes.push(`Stage ${state.stage ?? '—'} → ${stage}.`);
  const production = snapshot.productionWeight ?? state.productionWeight;
  const test = snapshot.testWeight ?? state.testWeight;
  if (production !== state.productionWeight || test !== state.testWeight) {
    changes.push(`New revision's requested traffic: production ${weight(production)}, test ${weight(test)}.`);
  }
  const stages =
    stage !== undefined && state.stages[state.stages.length - 1] !== stage ? [...state.stages, stage] : state.stages;
  const next: FollowState = {
    status: snapshot.status,
    stage,
    productionWeight: production,
    testWeight: test,
    stages,
    answeredHooks: state.answeredHooks,
  };
  return { state: next, changes, moved: changes.length > 0, next: nextStep(next, snapshot) };
}

function nextStep(state: FollowState, snapshot: ServiceDeploymentSnapshot): NextStep {
  switch (snapshot.status) {
    case 'SUCCESSFUL':
      return { kind: 'succeeded' };
    case 'ROLLBACK_SUCCESSFUL':
      return { kind: 'rolled-back', explanation: explainFailure(snapshot) };
    case 'ROLLBACK_FAILED':
      return {
        kind: 'failed',
        explanation: {
          ...explainFailure(snapshot),
          reason: `ECS could not roll back: ${snapshot.statusReason ?? 'no reason given'}`,
        },
      };
    case 'STOPPED':
      return { kind: 'failed', explanation: explainFailure(snapshot) };
    default:
      break;
  }
  if (ROLLING_BACK.has(snapshot.status)) return { kind: 'rolling-back', explanation: explainFailure(snapshot) };
  const hook = snapshot.hooks.find(
    (h) => h.targetType === 'PAUSE' && h.status === 'AWAITING_ACTION' && !state.answeredHooks.has(h.hookId),
  );
  if (hook) return { kind: 'gate', hook, stage: state.stage ?? 'unknown stage' };
  return { kind: 'wait' };
}

/**
 * Why ECS rolled back or stopped, from the most specific evidence: a deployment alarm, the
 * circuit breaker, a PAUSE hook that timed out, then ECS's own words.
 */
export function explainFailure(snapshot: ServiceDeploymentSnapshot): FailureExplanation {
  const ecsSays = snapshot.statusReason ?? snapshot.rollback?.reason;
  const suffix = ecsSays ? ` ECS says: ${ecsSays}` : '';
  const triggered = snapshot.alarms?.triggered ?? [];
  if (triggered.length > 0 || snapshot.alarms?.status === 'TRIGGERED') {
    const names = triggered.length > 0 ? triggered.join(', ') : 'a deployment alarm';
    return { cause: 'alarm', reason: `deployment alarm ${names} went into ALARM, so ECS rolled back.${suffix}` };
  }
  if (snapshot.circuitBreaker?.status === 'TRIGGERED') {
    return {
      cause: 'circuit-breaker',
      reason: `the deployment circuit breaker tripped (${snapshot.circuitBreaker.failureCount ?? '?'} failed tasks, threshold ${snapshot.circuitBreaker.threshold ?? '?'}).${suffix}`,
    };
  }
  const timedOut = snapshot.hooks.find((h) => h.status === 'TIMED_OUT');
  if (timedOut) {
    return {
      cause: 'hook-timed-out',
      reason: `a PAUSE hook (${timedOut.hookId}) was not answered in time, so ECS took its timeout action ${timedOut.timeoutAction ?? 'ROLLBACK'}.${suffix}`,
    };
  }
  if (snapshot.status === 'STOPPED') {
    return { cause: 'stopped', reason: `the service deployment was stopped without a rollback.${suffix}` };
  }
  return { cause: 'rollout-failed', reason: `ECS rolled the deployment back.${suffix}` };
}

function weight(value: number | undefined): string {
  return value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}
