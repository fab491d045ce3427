/**
 * Why a native deployment failed, the way a rolling deploy shows it: the service events of the
 * deployment, and the new revision's stopped tasks with their reasons and exit codes.
 */
import type { EcsPort, StoppedTask } from '../../aws/ecs.js';
import type { Logger } from '../../runtime/logger.js';
import type { ReportEvent } from '../report.js';
import { takeNewEvents } from '../rollout.js';
import { describeStoppedTask } from '../watch.js';

export interface Diagnosis {
  readonly events: ReportEvent[];
  readonly stoppedTasks: StoppedTask[];
}

/** ListTasks' page size, as the rolling watcher reads it. */
const STOPPED_TASKS_READ = 100;

/**
 * The service's events not seen before the deploy, oldest first, and the stopped tasks the
 * deployment started. Best effort: a read that fails leaves that part empty, and never changes the
 * outcome it explains.
 */
export async function diagnose(
  ecs: Pick<EcsPort, 'describeService' | 'listStoppedTasks'>,
  where: { readonly cluster: string; readonly service: string; readonly deploymentId?: string },
  seenEventIds: ReadonlySet<string>,
  logger: Logger,
): Promise<Diagnosis> {
  const events: ReportEvent[] = [];
  const stoppedTasks: StoppedTask[] = [];
  try {
    const snapshot = await ecs.describeService(where.cluster, where.service);
    for (const event of takeNewEvents(seenEventIds, snapshot.events).fresh) {
      events.push({ at: event.at.toISOString(), message: event.message });
      logger.info(`${event.at.toISOString()}  ${event.message}`);
    }
  } catch (error) {
    logger.debug(`Reading the service events failed: ${messageOf(error)}`);
  }
  if (where.deploymentId) {
    try {
      const tasks = await ecs.listStoppedTasks(where.cluster, { deploymentId: where.deploymentId }, STOPPED_TASKS_READ);
      for (const task of tasks) {
        stoppedTasks.push(task);
        logger.warning(describeStoppedTask(task));
      }
    } catch (error) {
      logger.debug(`Listing stopped tasks failed: ${messageOf(error)}`);
    }
  }
  return { events, stoppedTasks };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
