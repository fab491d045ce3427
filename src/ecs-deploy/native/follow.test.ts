import { describe, expect, it } from 'vitest';
import type { ServiceDeploymentSnapshot } from '../../aws/ecs.js';
import { explainFailure, INITIAL_FOLLOW_STATE, observe } from './follow.js';

function snapshot(overrides: Partial<ServiceDeploymentSnapshot> = {}): ServiceDeploymentSnapshot {
  return { arn: 'arn:sd', status: 'IN_PROGRESS', lifecycleStage: 'SCALE_UP', hooks: [], ...overrides };
}
const awaiting = { hookId: 'h1', targetType: 'PAUSE', status: 'AWAITING_ACTION' };

describe('observing a service deployment', () => {
  it('logs stage, status and weight changes once, and remembers each stage passed', () => {
    const first = observe(INITIAL_FOLLOW_STATE, snapshot({ productionWeight: 0, testWeight: 0 }));
    expect(first.changes).toEqual([
      'Status — → IN_PROGRESS.',
      'Stage — → SCALE_UP.',
      "New revision's requested traffic: production 0%, test 0%.",
    ]);
    const same = observe(first.state, snapshot({ productionWeight: 0, testWeight: 0 }));
    expect(same).toMatchObject({ changes: [], moved: false, next: { kind: 'wait' } });
    const shifted = observe(
      same.state,
      snapshot({ lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT', productionWeight: 12.5, testWeight: 100 }),
    );
    expect(shifted.changes).toEqual([
      'Stage SCALE_UP → PRODUCTION_TRAFFIC_SHIFT.',
      "New revision's requested traffic: production 12.5%, test 100%.",
    ]);
    expect(shifted.state.stages).toEqual(['SCALE_UP', 'PRODUCTION_TRAFFIC_SHIFT']);
  });

  it.each([
    [{ status: 'SUCCESSFUL' }, 'succeeded'],
    [{ status: 'ROLLBACK_SUCCESSFUL' }, 'rolled-back'],
    [{ status: 'ROLLBACK_FAILED' }, 'failed'],
    [{ status: 'STOPPED' }, 'failed'],
    [{ status: 'ROLLBACK_REQUESTED' }, 'rolling-back'],
    [{ status: 'ROLLBACK_IN_PROGRESS', hooks: [awaiting] }, 'rolling-back'],
    [{ status: 'STOP_REQUESTED' }, 'rolling-back'],
    [{ status: 'IN_PROGRESS', hooks: [awaiting] }, 'gate'],
    [{ status: 'IN_PROGRESS', hooks: [{ ...awaiting, targetType: 'AWS_LAMBDA' }] }, 'wait'],
    [{ status: 'IN_PROGRESS', hooks: [{ ...awaiting, status: 'SUCCEEDED' }] }, 'wait'],
    [{ status: 'PENDING' }, 'wait'],
  ] as const)('%o → %s', (overrides, kind) => {
    expect(observe(INITIAL_FOLLOW_STATE, snapshot(overrides)).next.kind).toBe(kind);
  });

  it('asks for the gate once per hook: an answered hook still shown AWAITING_ACTION is not judged again', () => {
    const state = { ...INITIAL_FOLLOW_STATE, answeredHooks: new Set(['h1']) };
    expect(observe(state, snapshot({ hooks: [awaiting] })).next.kind).toBe('wait');
    expect(observe(state, snapshot({ hooks: [awaiting, { ...awaiting, hookId: 'h2' }] })).next).toMatchObject({
      kind: 'gate',
      hook: { hookId: 'h2' },
      stage: 'SCALE_UP',
    });
  });
});

describe('why ECS rolled back', () => {
  it.each([
    [{ alarms: { status: 'TRIGGERED', triggered: ['5xx'] } }, 'alarm', 'deployment alarm 5xx went into ALARM'],
    [{ circuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 } }, 'circuit-breaker', '3 failed tasks'],
    [
      { hooks: [{ hookId: 'h9', targetType: 'PAUSE', status: 'TIMED_OUT', timeoutAction: 'ROLLBACK' }] },
      'hook-timed-out',
      'h9',
    ],
    [{ status: 'STOPPED' }, 'stopped', 'without a rollback'],
    [{ statusReason: 'tasks failed health checks' }, 'rollout-failed', 'ECS says: tasks failed health checks'],
  ] as const)('%o → %s', (overrides, cause, text) => {
    const explanation = explainFailure(snapshot({ status: 'ROLLBACK_SUCCESSFUL', ...overrides }));
    expect(explanation.cause).toBe(cause);
    expect(explanation.reason).toContain(text);
  });
});
