import type { DeploymentSnapshot, ServiceEventSnapshot, ServiceSnapshot } from '../aws/ecs.js';
import { shortTaskDefinition } from '../aws/ecs.js';

/** What the rollout is expected to reach. */
export interface RolloutTarget {
  readonly deploymentId: string;
  readonly taskDefinitionArn: string;
  /** What ran before: a new PRIMARY on this revision means ECS rolled back. */
  readonly previousTaskDefinitionArn: string;
  /** Failed tasks in our deployment at which we stop waiting (see failedTaskLimit). */
  readonly failedTaskLimit: number;
  /** When ECS's circuit breaker will roll back by itself, we wait for it instead of racing it. */
  readonly circuitBreakerRollsBack: boolean;
  /**
   * The deployments the service listed before the UpdateService that started this one. ECS's reads
   * lag behind its writes (eventual consistency): a read that still shows one of these as PRIMARY
   * and does not list ours yet predates our update, and is no sign of a rollback or a takeover.
   */
  readonly earlierDeploymentIds?: readonly string[];
}

export type FailureCause =
  /** ECS rolled the service back to an earlier revision (circuit breaker or alarm). */
  | 'ecs-rolled-back'
  /** ECS marked our deployment FAILED. */
  | 'rollout-failed'
  /** Somebody else deployed while we were waiting. */
  | 'replaced'
  /** A rollback found no older revision to go back to (it changed nothing). */
  | 'nothing-to-roll-back'
  /** Tasks keep stopping before they become healthy. */
  | 'tasks-failing'
  | 'timed-out'
  /** An AWS call failed while waiting, so the outcome is unknown. */
  | 'error'
  /** Native strategies: the workflow's gate failed at a pause. */
  | 'gate-failed'
  /** Native strategies: the gate was inconclusive and on-inconclusive said roll back or hold. */
  | 'gate-inconclusive'
  /** Native strategies: a deployment alarm went into ALARM and ECS rolled back. */
  | 'alarm'
  /** Native strategies: ECS's circuit breaker rolled the deployment back. */
  | 'circuit-breaker'
  /** Native strategies: a PAUSE hook expired and ECS took its timeout action. */
  | 'hook-timed-out'
  /** Native strategies: the service deployment was stopped without a rollback. */
  | 'stopped';

export type RolloutAssessment =
  | { readonly state: 'in-progress'; readonly progress: string }
  | { readonly state: 'succeeded' }
  | {
      readonly state: 'failed';
      readonly cause: FailureCause;
      readonly reason: string;
      /** The deployment ECS created to roll back, and the revision it went to, when it did. */
      readonly ecsRollback?: { readonly deploymentId: string; readonly taskDefinitionArn: string };
    };

/**
 * The failed-task count at which to stop waiting when ECS's circuit breaker will not: the
 * threshold ECS itself uses (half the desired count, at least 3, at most 200), so a crash
 * loop fails in a minute or two instead of after the whole timeout.
 */
export function failedTaskLimit(desiredCount: number): number {
  return Math.min(200, Math.max(3, Math.ceil(desiredCount / 2)));
}

/**
 * Decides from one DescribeServices snapshot whether the rollout has finished, failed or is
 * still going. A deployment that ECS rolled back is a failure even when the service is stable
 * again afterwards: that is the bug that made other tools report success.
 */
export function assessRollout(service: ServiceSnapshot, target: RolloutTarget, failedStops = 0): RolloutAssessment {
  const ours = service.deployments.find((d) => d.id === target.deploymentId);
  const primary = service.deployments.find((d) => d.status === 'PRIMARY');
  const wanted = shortTaskDefinition(target.taskDefinitionArn);

  if (!ours && primary && target.earlierDeploymentIds?.includes(primary.id)) {
    return {
      state: 'in-progress',
      progress: `ECS does not list deployment ${target.deploymentId} yet (its reads lag behind writes)`,
    };
  }
  if (ours?.rolloutState === 'FAILED' || (primary && primary.id !== target.deploymentId)) {
    // ECS's own rollbacks (circuit breaker, deployment alarms) restore the previous revision and
    // mark ours FAILED; any other new PRIMARY is somebody else's deployment.
    const replacedBy = primary && primary.id !== target.deploymentId ? primary : undefined;
    const rolledBackTo =
      replacedBy &&
      replacedBy.taskDefinitionArn !== target.taskDefinitionArn &&
      (replacedBy.taskDefinitionArn === target.previousTaskDefinitionArn || ours?.rolloutState === 'FAILED')
        ? replacedBy
        : undefined;
    const ecsReason = ours?.rolloutStateReason ? ` ECS says: ${ours.rolloutStateReason}` : '';
    if (rolledBackTo) {
      return {
        state: 'failed',
        cause: 'ecs-rolled-back',
        reason: `ECS rolled the service back to ${shortTaskDefinition(rolledBackTo.taskDefinitionArn)} (deployment ${rolledBackTo.id}) instead of ${wanted}.${ecsReason}`,
        ecsRollback: { deploymentId: rolledBackTo.id, taskDefinitionArn: rolledBackTo.taskDefinitionArn },
      };
    }
    if (ours?.rolloutState === 'FAILED') {
      return {
        state: 'failed',
        cause: 'rollout-failed',
        reason: `ECS marked deployment ${ours.id} FAILED.${ecsReason}`,
      };
    }
    return {
      state: 'failed',
      cause: 'replaced',
      reason: `another deployment (${primary?.id ?? 'unknown'}, ${shortTaskDefinition(primary?.taskDefinitionArn ?? '')}) replaced ours while we waited; someone else deployed.`,
    };
  }
  if (service.taskDefinitionArn !== target.taskDefinitionArn) {
    return {
      state: 'failed',
      cause: 'replaced',
      reason: `the service now runs ${shortTaskDefinition(service.taskDefinitionArn)} instead of ${wanted}; someone else changed it while we waited.`,
    };
  }
  if (!ours) {
    return {
      state: 'failed',
      cause: 'replaced',
      reason: `deployment ${target.deploymentId} is no longer listed on the service.`,
    };
  }
  const failures = Math.max(ours.failedTasks, failedStops);
  if (!target.circuitBreakerRollsBack && failures >= target.failedTaskLimit) {
    return {
      state: 'failed',
      cause: 'tasks-failing',
      reason: `${failures} tasks of ${wanted} failed (limit ${target.failedTaskLimit}); the new revision is not staying up.`,
    };
  }
  if (isSteady(service, ours)) return { state: 'succeeded' };
  return { state: 'in-progress', progress: describeProgress(service, ours) };
}

function isSteady(service: ServiceSnapshot, ours: DeploymentSnapshot): boolean {
  return (
    service.deployments.length === 1 &&
    ours.runningCount === ours.desiredCount &&
    ours.pendingCount === 0 &&
    ours.rolloutState !== 'IN_PROGRESS'
  );
}

function describeProgress(service: ServiceSnapshot, ours: DeploymentSnapshot): string {
  const others = service.deployments.filter((d) => d.id !== ours.id);
  const draining = others.reduce((sum, d) => sum + d.runningCount, 0);
  const parts = [`new ${ours.runningCount}/${ours.desiredCount} running`];
  if (ours.pendingCount > 0) parts.push(`${ours.pendingCount} pending`);
  if (ours.failedTasks > 0) parts.push(`${ours.failedTasks} failed`);
  if (others.length > 0) parts.push(`old ${draining} still running`);
  return parts.join(', ');
}

/**
 * The events not seen before, oldest first, and the updated set of seen ids. ECS returns
 * the newest 100 events newest first; each is shown once.
 */
export function takeNewEvents(
  seen: ReadonlySet<string>,
  events: readonly ServiceEventSnapshot[],
): { fresh: ServiceEventSnapshot[]; seen: Set<string> } {
  const fresh = events.filter((e) => !seen.has(e.id)).sort((a, b) => a.at.getTime() - b.at.getTime());
  const next = new Set(seen);
  for (const e of fresh) next.add(e.id);
  return { fresh, seen: next };
}
