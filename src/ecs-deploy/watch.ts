import type { EcsPort, ServiceEventSnapshot, ServiceSnapshot, StoppedTask } from '../aws/ecs.js';
import { isFailedStop } from '../aws/task-stops.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Clock } from '../runtime/clock.js';
import { formatDuration } from '../runtime/duration.js';
import type { Logger } from '../runtime/logger.js';
import { assessRollout, takeNewEvents, type FailureCause, type RolloutTarget } from './rollout.js';

export interface WatchOptions {
  readonly cluster: string;
  readonly service: string;
  readonly target: RolloutTarget;
  readonly timeoutMs: number;
  readonly pollIntervalMs: number;
  /** Event ids already shown (from before the deploy or an earlier phase). */
  readonly seenEventIds: ReadonlySet<string>;
}

export interface WatchDeps {
  readonly ecs: EcsPort;
  readonly clock: Clock;
  readonly logger: Logger;
}

export type WatchOutcome =
  | {
      readonly state: 'succeeded';
      readonly elapsedMs: number;
      readonly seenEventIds: ReadonlySet<string>;
      readonly events: ServiceEventSnapshot[];
    }
  | {
      readonly state: 'failed';
      readonly cause: FailureCause;
      readonly reason: string;
      readonly ecsRollbackDeploymentId?: string;
      /** The revision ECS rolled back to: not always the one that ran before this deploy. */
      readonly ecsRollbackTaskDefinitionArn?: string;
      readonly elapsedMs: number;
      readonly seenEventIds: ReadonlySet<string>;
      readonly events: ServiceEventSnapshot[];
      readonly stoppedTasks: StoppedTask[];
    };

/** One ListTasks page of a deployment's stopped tasks. */
const STOPPED_TASKS_READ = 100;
/** Consecutive failed reads of the service (after the SDK's retries) before giving up. */
const MAX_READ_FAILURES = 3;

/**
 * Polls the service until the rollout succeeds, fails or times out. Each new service event
 * is logged once with its time, and each newly stopped task of our deployment with its reason
 * and exit codes, so the log shows *why* while it happens rather than after 30 minutes.
 */
export async function watchRollout(options: WatchOptions, deps: WatchDeps): Promise<WatchOutcome> {
  const { ecs, clock, logger } = deps;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  let seen: ReadonlySet<string> = options.seenEventIds;
  const events: ServiceEventSnapshot[] = [];
  const stoppedTasks = new Map<string, StoppedTask>();
  let lastProgress = '';
  let readFailures = 0;

  const fail = (
    cause: FailureCause,
    reason: string,
    ecsRollback?: { deploymentId: string; taskDefinitionArn: string },
  ): WatchOutcome => ({
    state: 'failed',
    cause,
    reason,
    ecsRollbackDeploymentId: ecsRollback?.deploymentId,
    ecsRollbackTaskDefinitionArn: ecsRollback?.taskDefinitionArn,
    elapsedMs: clock.now() - started,
    seenEventIds: seen,
    events,
    stoppedTasks: [...stoppedTasks.values()],
  });

  /**
   * Best effort: the stopped tasks explain a failure, but a failure to list them (a missing
   * ecs:ListTasks permission, throttling) must never decide the rollout's outcome.
   */
  const collectStoppedTasks = async (): Promise<void> => {
    try {
      const tasks = await ecs.listStoppedTasks(
        options.cluster,
        { deploymentId: options.target.deploymentId },
        STOPPED_TASKS_READ,
      );
      for (const task of tasks) {
        if (stoppedTasks.has(task.taskArn)) continue;
        stoppedTasks.set(task.taskArn, task);
        logger.warning(describeStoppedTask(task));
      }
    } catch (error) {
      logger.debug(`Listing stopped tasks failed: ${messageOf(error)}`);
    }
  };

  for (;;) {
    let snapshot: ServiceSnapshot;
    try {
      snapshot = await ecs.describeService(options.cluster, options.service);
      readFailures = 0;
    } catch (error) {
      // One failed read after the SDK's own retries is not a failed rollout: try again, and only
      // give up (outcome unknown, nothing rolled back) when the service stays unreadable.
      readFailures += 1;
      if (readFailures >= MAX_READ_FAILURES || clock.now() >= deadline) {
        return fail(
          'error',
          `the service could not be read ${readFailures} times in a row (${messageOf(error)}); the outcome of the rollout is unknown.`,
        );
      }
      logger.warning(`Reading the service failed (${messageOf(error)}); trying again.`);
      await clock.sleep(Math.min(options.pollIntervalMs, Math.max(0, deadline - clock.now())));
      continue;
    }

    const taken = takeNewEvents(seen, snapshot.events);
    seen = taken.seen;
    for (const event of taken.fresh) {
      events.push(event);
      logger.info(`${event.at.toISOString()}  ${event.message}`);
    }
    const assessment = assessRollout(snapshot, options.target, failedStops(stoppedTasks));

    if (assessment.state === 'succeeded') {
      return { state: 'succeeded', elapsedMs: clock.now() - started, seenEventIds: seen, events };
    }
    if (assessment.state === 'failed') {
      await collectStoppedTasks();
      return fail(assessment.cause, assessment.reason, assessment.ecsRollback);
    }
    if (assessment.progress !== lastProgress) {
      logger.info(`… ${assessment.progress}`);
      lastProgress = assessment.progress;
    }
    // ECS's failedTasks stops counting once one task of the deployment has run, so tasks that
    // start and then crash are watched here too, and counted toward the fast-fail limit.
    await collectStoppedTasks();
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      return fail(
        'timed-out',
        `the rollout did not finish within ${formatDuration(options.timeoutMs)} (last seen: ${lastProgress}).`,
      );
    }
    await clock.sleep(Math.min(options.pollIntervalMs, remaining));
  }
}

/** Stopped tasks of our deployment that stopped because something was wrong. */
function failedStops(tasks: ReadonlyMap<string, StoppedTask>): number {
  return [...tasks.values()].filter(isFailedStop).length;
}

function messageOf(error: unknown): string {
  if (error instanceof ConfigurationError) return error.problems.map((p) => p.message).join(' ') || error.message;
  return error instanceof Error ? error.message : String(error);
}

/** One line per stopped task: why it stopped and each container's exit code and reason. */
export function describeStoppedTask(task: StoppedTask): string {
  const id = task.taskArn.split('/').pop() ?? task.taskArn;
  const containers = task.containers
    .map((c) => `${c.name}: exit ${c.exitCode ?? '—'}${c.reason ? ` (${c.reason})` : ''}`)
    .join('; ');
  return `task ${id} stopped: ${task.stoppedReason}${task.stopCode ? ` [${task.stopCode}]` : ''}${containers ? ` — ${containers}` : ''}`;
}
