import { describe, expect, test } from 'vitest';
import type { DeploymentSnapshot, ServiceEventSnapshot, ServiceSnapshot } from '../aws/ecs.js';
import { assessRollout, failedTaskLimit, takeNewEvents, type RolloutTarget } from './rollout.js';

function tdArn(family: string, revision: number): string {
  return `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:${revision}`;
}

const OLD = tdArn('api', 6);
const NEW = tdArn('api', 7);
const OURS = 'ecs-svc/1111111111111111111';
const OLD_DEPLOYMENT = 'ecs-svc/0000000000000000000';
const ECS_ROLLBACK = 'ecs-svc/2222222222222222222';
const SOMEONE_ELSE = 'ecs-svc/3333333333333333333';

function deployment(
  id: string,
  taskDefinitionArn: string,
  overrides: Partial<DeploymentSnapshot> = {},
): DeploymentSnapshot {
  return {
    id,
    status: 'PRIMARY',
    taskDefinitionArn,
    desiredCount: 4,
    runningCount: 4,
    pendingCount: 0,
    failedTasks: 0,
    rolloutState: 'COMPLETED',
    rolloutStateReason: 'ECS deployment ecs-svc/0 completed.',
    ...overrides,
  };
}

/** Ours, just started: PRIMARY, nothing running yet. */
function oursStarting(overrides: Partial<DeploymentSnapshot> = {}): DeploymentSnapshot {
  return deployment(OURS, NEW, {
    runningCount: 0,
    pendingCount: 4,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: 'ECS deployment ecs-svc/1111111111111111111 in progress.',
    ...overrides,
  });
}

/** The deployment that ran before ours, now draining. */
function oldDraining(overrides: Partial<DeploymentSnapshot> = {}): DeploymentSnapshot {
  return deployment(OLD_DEPLOYMENT, OLD, { status: 'ACTIVE', ...overrides });
}

function service(taskDefinitionArn: string, ...deployments: DeploymentSnapshot[]): ServiceSnapshot {
  return {
    arn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/api',
    name: 'api',
    status: 'ACTIVE',
    taskDefinitionArn,
    desiredCount: 4,
    runningCount: deployments.reduce((sum, d) => sum + d.runningCount, 0),
    deployments,
    events: [],
    tags: {},
    circuitBreaker: { enable: true, rollback: true },
    deploymentController: 'ECS',
  };
}

function target(overrides: Partial<RolloutTarget> = {}): RolloutTarget {
  return {
    deploymentId: OURS,
    taskDefinitionArn: NEW,
    previousTaskDefinitionArn: OLD,
    failedTaskLimit: 3,
    circuitBreakerRollsBack: true,
    ...overrides,
  };
}

/** ECS's circuit breaker marked ours FAILED and started a PRIMARY deployment of the old revision. */
const circuitBreakerReason = 'tasks failed to start.';
function oursFailed(overrides: Partial<DeploymentSnapshot> = {}): DeploymentSnapshot {
  return oursStarting({
    status: 'ACTIVE',
    runningCount: 0,
    pendingCount: 0,
    failedTasks: 3,
    rolloutState: 'FAILED',
    rolloutStateReason: `ECS deployment circuit breaker: ${circuitBreakerReason}`,
    ...overrides,
  });
}

describe('assessRollout', () => {
  describe('still going', () => {
    test('the new deployment starting while the old one drains is in progress, with counts', () => {
      const assessment = assessRollout(service(NEW, oursStarting(), oldDraining()), target());
      expect(assessment).toEqual({ state: 'in-progress', progress: 'new 0/4 running, 4 pending, old 4 still running' });
    });

    test('half-way with a failed task is in progress and mentions the failure', () => {
      const ours = oursStarting({ runningCount: 2, pendingCount: 1, failedTasks: 1 });
      const assessment = assessRollout(service(NEW, ours, oldDraining({ runningCount: 2 })), target());
      expect(assessment).toEqual({
        state: 'in-progress',
        progress: 'new 2/4 running, 1 pending, 1 failed, old 2 still running',
      });
    });

    test('a read from before our update (ECS reads lag behind writes) is not taken for a rollback', () => {
      // Seconds after UpdateService, DescribeServices can still show the old deployment alone.
      const stale = service(OLD, deployment(OLD_DEPLOYMENT, OLD));
      expect(assessRollout(stale, target({ earlierDeploymentIds: [OLD_DEPLOYMENT] }))).toEqual({
        state: 'in-progress',
        progress: `ECS does not list deployment ${OURS} yet (its reads lag behind writes)`,
      });
      // Without knowing which deployments came before, the same read looks like ECS rolled back.
      expect(assessRollout(stale, target()).state).toBe('failed');
    });

    test('all tasks running but ECS has not yet called it COMPLETED is still in progress', () => {
      const ours = oursStarting({ runningCount: 4, pendingCount: 0 });
      expect(assessRollout(service(NEW, ours), target()).state).toBe('in-progress');
    });

    test('a single deployment that is still short of its desired count is in progress', () => {
      const ours = oursStarting({ runningCount: 3, pendingCount: 1, rolloutState: undefined });
      expect(assessRollout(service(NEW, ours), target()).state).toBe('in-progress');
    });
  });

  describe('succeeded', () => {
    test('one PRIMARY deployment at the desired count with rollout COMPLETED is a success', () => {
      const ours = deployment(OURS, NEW);
      expect(assessRollout(service(NEW, ours), target())).toEqual({ state: 'succeeded' });
    });

    test('without a rolloutState (no circuit breaker data) a steady single deployment is a success', () => {
      const ours = deployment(OURS, NEW, { rolloutState: undefined, rolloutStateReason: undefined });
      expect(assessRollout(service(NEW, ours), target())).toEqual({ state: 'succeeded' });
    });

    test('not while the old deployment is still listed', () => {
      const ours = deployment(OURS, NEW);
      expect(assessRollout(service(NEW, ours, oldDraining({ runningCount: 0 })), target()).state).toBe('in-progress');
    });
  });

  describe('ECS rolled back', () => {
    test('the circuit breaker rolling back is a failure naming the revision ECS went back to', () => {
      const snapshot = service(
        OLD,
        deployment(ECS_ROLLBACK, OLD, { runningCount: 2, pendingCount: 2, rolloutState: 'IN_PROGRESS' }),
        oursFailed(),
        oldDraining({ runningCount: 2 }),
      );
      const assessment = assessRollout(snapshot, target());
      expect(assessment).toMatchObject({
        state: 'failed',
        cause: 'ecs-rolled-back',
        ecsRollback: { deploymentId: ECS_ROLLBACK, taskDefinitionArn: OLD },
      });
      if (assessment.state !== 'failed') return;
      expect(assessment.reason).toContain(
        `ECS rolled the service back to api:6 (deployment ${ECS_ROLLBACK}) instead of api:7`,
      );
      expect(assessment.reason).toContain(circuitBreakerReason);
    });

    test('a rollback is still a failure once the service is steady again on the old revision', () => {
      const steadyAgain = service(OLD, deployment(ECS_ROLLBACK, OLD), oursFailed());
      expect(assessRollout(steadyAgain, target())).toMatchObject({
        state: 'failed',
        cause: 'ecs-rolled-back',
        ecsRollback: { deploymentId: ECS_ROLLBACK, taskDefinitionArn: OLD },
      });
    });

    test('a rollback is still a failure after our deployment has gone from the list', () => {
      const onlyRollbackLeft = service(OLD, deployment(ECS_ROLLBACK, OLD));
      expect(assessRollout(onlyRollbackLeft, target())).toMatchObject({
        state: 'failed',
        cause: 'ecs-rolled-back',
        ecsRollback: { deploymentId: ECS_ROLLBACK, taskDefinitionArn: OLD },
      });
    });
  });

  describe("watching ECS's own rollback", () => {
    const watchingRollback = (): RolloutTarget =>
      target({ deploymentId: ECS_ROLLBACK, taskDefinitionArn: OLD, previousTaskDefinitionArn: NEW });

    test('is in progress while our failed deployment is still listed', () => {
      const snapshot = service(OLD, deployment(ECS_ROLLBACK, OLD), oursFailed());
      expect(assessRollout(snapshot, watchingRollback()).state).toBe('in-progress');
    });

    test('succeeds once only the rollback deployment is left, steady', () => {
      const snapshot = service(OLD, deployment(ECS_ROLLBACK, OLD));
      expect(assessRollout(snapshot, watchingRollback())).toEqual({ state: 'succeeded' });
    });
  });

  describe('ECS marked the rollout failed', () => {
    test('FAILED without a rollback deployment is a failure quoting ECS', () => {
      const ours = oursFailed({ status: 'PRIMARY' });
      const assessment = assessRollout(service(NEW, ours, oldDraining()), target());
      expect(assessment).toMatchObject({ state: 'failed', cause: 'rollout-failed' });
      expect(assessment).not.toHaveProperty('ecsRollback');
      if (assessment.state !== 'failed') return;
      expect(assessment.reason).toBe(
        `ECS marked deployment ${OURS} FAILED. ECS says: ECS deployment circuit breaker: ${circuitBreakerReason}`,
      );
    });

    test('FAILED while a new PRIMARY of the same revision exists is rollout-failed, not a rollback', () => {
      // ECS "rolled back" to what we deployed: the service was already on this revision.
      const snapshot = service(NEW, deployment(ECS_ROLLBACK, NEW, { rolloutState: 'IN_PROGRESS' }), oursFailed());
      expect(assessRollout(snapshot, target())).toMatchObject({ state: 'failed', cause: 'rollout-failed' });
    });
  });

  describe('someone else deployed', () => {
    test('a newer deployment of the same revision took over: replaced', () => {
      const snapshot = service(
        NEW,
        deployment(SOMEONE_ELSE, NEW, { runningCount: 0, pendingCount: 4, rolloutState: 'IN_PROGRESS' }),
        oursStarting({ status: 'ACTIVE', runningCount: 2, pendingCount: 0 }),
      );
      const assessment = assessRollout(snapshot, target());
      expect(assessment).toMatchObject({ state: 'failed', cause: 'replaced' });
      expect(assessment).not.toHaveProperty('ecsRollback');
      if (assessment.state !== 'failed') return;
      expect(assessment.reason).toContain(SOMEONE_ELSE);
    });

    // How the two are told apart: a new PRIMARY on another revision is ECS's rollback when it
    // is on the revision that ran before ours, or when ECS marked ours FAILED; otherwise it is
    // somebody else's deploy.
    test('a deploy of a different revision while ours is still rolling out is replaced, not an ECS rollback', () => {
      const theirs = tdArn('api', 8);
      const snapshot = service(
        theirs,
        deployment(SOMEONE_ELSE, theirs, { runningCount: 0, pendingCount: 4, rolloutState: 'IN_PROGRESS' }),
        oursStarting({ status: 'ACTIVE', runningCount: 2, pendingCount: 0 }),
        oldDraining({ runningCount: 2 }),
      );
      const assessment = assessRollout(snapshot, target());
      expect(assessment).toMatchObject({ state: 'failed', cause: 'replaced' });
      expect(assessment).not.toHaveProperty('ecsRollback');
      if (assessment.state !== 'failed') return;
      expect(assessment.reason).toContain(`${SOMEONE_ELSE}, api:8`);
    });

    test('a deploy of a different revision after ours left the list is replaced', () => {
      const theirs = tdArn('api', 8);
      const snapshot = service(theirs, deployment(SOMEONE_ELSE, theirs));
      expect(assessRollout(snapshot, target())).toMatchObject({ state: 'failed', cause: 'replaced' });
    });

    test('a deploy of yet another revision after ECS marked ours FAILED counts as ECS rolling back', () => {
      // ECS rolls back to the last COMPLETED deployment, which need not be what ran before us.
      const older = tdArn('api', 5);
      const snapshot = service(older, deployment(ECS_ROLLBACK, older, { rolloutState: 'IN_PROGRESS' }), oursFailed());
      expect(assessRollout(snapshot, target())).toMatchObject({
        state: 'failed',
        cause: 'ecs-rolled-back',
        ecsRollback: { deploymentId: ECS_ROLLBACK, taskDefinitionArn: older },
      });
    });

    test('someone putting back the previous revision by hand looks the same as an ECS rollback', () => {
      // Ours not (yet) FAILED, but the new PRIMARY runs what ran before: taken as ECS's rollback.
      const snapshot = service(
        OLD,
        deployment(SOMEONE_ELSE, OLD, { runningCount: 0, pendingCount: 4, rolloutState: 'IN_PROGRESS' }),
        oursStarting({ status: 'ACTIVE' }),
      );
      expect(assessRollout(snapshot, target())).toMatchObject({
        state: 'failed',
        cause: 'ecs-rolled-back',
        ecsRollback: { deploymentId: SOMEONE_ELSE, taskDefinitionArn: OLD },
      });
    });

    test('the service pointing at another revision with no PRIMARY listed is replaced', () => {
      const snapshot = service(tdArn('api', 8), oursStarting({ status: 'ACTIVE' }));
      const assessment = assessRollout(snapshot, target());
      expect(assessment).toMatchObject({ state: 'failed', cause: 'replaced' });
      if (assessment.state !== 'failed') return;
      expect(assessment.reason).toContain('now runs api:8 instead of api:7');
    });

    test('our deployment missing from the list is replaced', () => {
      const assessment = assessRollout(service(NEW), target());
      expect(assessment).toMatchObject({ state: 'failed', cause: 'replaced' });
      if (assessment.state !== 'failed') return;
      expect(assessment.reason).toContain(`deployment ${OURS} is no longer listed`);
    });
  });

  describe('tasks keep failing', () => {
    const crashLooping = (): ServiceSnapshot =>
      service(NEW, oursStarting({ runningCount: 0, pendingCount: 1, failedTasks: 3 }), oldDraining());

    test('reaching the failed-task limit fails the rollout when ECS will not roll back by itself', () => {
      const assessment = assessRollout(crashLooping(), target({ circuitBreakerRollsBack: false, failedTaskLimit: 3 }));
      expect(assessment).toMatchObject({ state: 'failed', cause: 'tasks-failing' });
      if (assessment.state !== 'failed') return;
      expect(assessment.reason).toBe('3 tasks of api:7 failed (limit 3); the new revision is not staying up.');
    });

    test('below the limit it keeps waiting', () => {
      const assessment = assessRollout(crashLooping(), target({ circuitBreakerRollsBack: false, failedTaskLimit: 4 }));
      expect(assessment.state).toBe('in-progress');
    });

    test("when ECS's circuit breaker will roll back, it waits for ECS instead of racing it", () => {
      const assessment = assessRollout(crashLooping(), target({ circuitBreakerRollsBack: true, failedTaskLimit: 3 }));
      expect(assessment.state).toBe('in-progress');
    });
  });
});

describe('failedTaskLimit', () => {
  test.each([
    [0, 3],
    [1, 3],
    [2, 3],
    [6, 3],
    [7, 4],
    [10, 5],
    [399, 200],
    [400, 200],
    [1000, 200],
  ])('a service of %d tasks stops waiting after %d failed tasks', (desired, limit) => {
    expect(failedTaskLimit(desired)).toBe(limit);
  });
});

describe('takeNewEvents', () => {
  function event(id: string, at: string, message: string): ServiceEventSnapshot {
    return { id, at: new Date(at), message };
  }

  // ECS lists events newest first.
  const started = event('e1', '2026-11-23T14:00:00Z', '(service api) has started 2 tasks: (task a) (task b).');
  const registered = event('e2', '2026-11-23T14:00:30Z', '(service api) registered 2 targets in (target-group tg).');
  const steady = event('e3', '2026-11-23T14:01:00Z', '(service api) has reached a steady state.');

  test('unseen events come back oldest first', () => {
    const { fresh } = takeNewEvents(new Set(), [steady, registered, started]);
    expect(fresh.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  test('events already shown are not shown again', () => {
    const first = takeNewEvents(new Set(['e1']), [registered, started]);
    expect(first.fresh.map((e) => e.id)).toEqual(['e2']);
    expect([...first.seen].sort()).toEqual(['e1', 'e2']);

    const second = takeNewEvents(first.seen, [steady, registered, started]);
    expect(second.fresh.map((e) => e.id)).toEqual(['e3']);
    expect([...second.seen].sort()).toEqual(['e1', 'e2', 'e3']);
  });

  test('the seen set passed in is left alone', () => {
    const seen = new Set(['e1']);
    takeNewEvents(seen, [steady, started]);
    expect([...seen]).toEqual(['e1']);
  });

  test('nothing new gives nothing and the same ids', () => {
    const { fresh, seen } = takeNewEvents(new Set(['e1', 'e2']), [registered, started]);
    expect(fresh).toEqual([]);
    expect([...seen].sort()).toEqual(['e1', 'e2']);
  });
});
