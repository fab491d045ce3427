import type { EcsPort, ServiceEventSnapshot, StoppedTask } from '../aws/ecs.js';
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
      readonly elapsedMs: number;
      readonly seenEventIds: ReadonlySet<string>;
      readonly events: ServiceEventSnapshot[];
      readonly stoppedTasks: StoppedTask[];
    };

const STOPPED_TASKS_SHOWN = 5;

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
  let failedTasksSeen = 0;
  let lastProgress = '';

  const fail = (cause: FailureCause, reason: string, ecsRollbackDeploymentId?: string): WatchOutcome => ({
    state: 'failed',
    cause,
    reason,
    ecsRollbackDeploymentId,
    elapsedMs: clock.now() - started,
    seenEventIds: seen,
    events,
    stoppedTasks: [...stoppedTasks.values()],
  });

  const collectStoppedTasks = async (): Promise<void> => {
    const tasks = await ecs.listStoppedTasks(
      options.cluster,
      { deploymentId: options.target.deploymentId },
      STOPPED_TASKS_SHOWN,
    );
    for (const task of tasks) {
      if (stoppedTasks.has(task.taskArn)) continue;
      stoppedTasks.set(task.taskArn, task);
      logger.warning(describeStoppedTask(task));
    }
  };

  for (;;) {
    let assessment;
    try {
      const snapshot = await ecs.describeService(options.cluster, options.service);
      const taken = takeNewEvents(seen, snapshot.events);
      seen = taken.seen;
      for (const event of taken.fresh) {
        events.push(event);
        logger.info(`${event.at.toISOString()}  ${event.message}`);
      }
      const ours = snapshot.deployments.find((d) => d.id === options.target.deploymentId);
      if (ours && ours.failedTasks > failedTasksSeen) {
        failedTasksSeen = ours.failedTasks;
        await collectStoppedTasks();
      }
      assessment = assessRollout(snapshot, options.target);
    } catch (error) {
      return fail('error', `checking the rollout failed: ${(error as Error).message}`);
    }

    if (assessment.state === 'succeeded') {
      return { state: 'succeeded', elapsedMs: clock.now() - started, seenEventIds: seen, events };
    }
    if (assessment.state === 'failed') {
      if (stoppedTasks.size === 0) await collectStoppedTasks().catch(() => undefined);
      return fail(assessment.cause, assessment.reason, assessment.ecsRollbackDeploymentId);
    }
    if (assessment.progress !== lastProgress) {
      logger.info(`… ${assessment.progress}`);
      lastProgress = assessment.progress;
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      await collectStoppedTasks().catch(() => undefined);
      return fail(
        'timed-out',
        `the rollout did not finish within ${formatDuration(options.timeoutMs)} (last seen: ${lastProgress}).`,
      );
    }
    await clock.sleep(Math.min(options.pollIntervalMs, remaining));
  }
}

/** One line per stopped task: why it stopped and each container's exit code and reason. */
export function describeStoppedTask(task: StoppedTask): string {
  const id = task.taskArn.split('/').pop() ?? task.taskArn;
  const containers = task.containers
    .map((c) => `${c.name}: exit ${c.exitCode ?? '—'}${c.reason ? ` (${c.reason})` : ''}`)
    .join('; ');
  return `task ${id} stopped: ${task.stoppedReason}${task.stopCode ? ` [${task.stopCode}]` : ''}${containers ? ` — ${containers}` : ''}`;
}
