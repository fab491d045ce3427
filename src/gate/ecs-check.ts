import type { EcsPort } from '../aws/ecs.js';
import { isFailedStop } from '../aws/task-stops.js';
import type { EcsCheck } from './checks.js';
import type { CheckResult } from './result.js';

/** ListTasks' page size: a rollout's normal replacements must not push a failure off the page. */
const STOPPED_TASKS_READ = 100;

/** Running equals desired, and no task stopped with a failure since `since`. */
export async function evaluateEcsCheck(check: EcsCheck, ecs: EcsPort, since: Date): Promise<CheckResult> {
  const service = await ecs.describeService(check.cluster, check.service);
  const stopped = await ecs.listStoppedTasks(check.cluster, { service: check.service }, STOPPED_TASKS_READ);
  const failedTasks = stopped.filter((t) => (t.stoppedAt?.getTime() ?? 0) >= since.getTime() && isFailedStop(t));
  const evidence = {
    kind: 'ecs' as const,
    running: service.runningCount,
    desired: service.desiredCount,
    deployments: service.deployments.length,
    failedTasks,
  };
  const base = {
    id: check.id,
    kind: 'ecs' as const,
    expected: `running = desired, no failed tasks since ${since.toISOString().slice(11, 16)}Z`,
    observed: `${service.runningCount}/${service.desiredCount} running, ${failedTasks.length} failed`,
    evidence,
  };
  if (failedTasks.length > 0) {
    const reasons = [...new Set(failedTasks.map((t) => t.stoppedReason))].join('; ');
    return { ...base, status: 'fail', reason: `${failedTasks.length} task(s) stopped with a failure: ${reasons}.` };
  }
  if (service.runningCount !== service.desiredCount) {
    return {
      ...base,
      status: 'fail',
      reason: `${check.service} runs ${service.runningCount} of ${service.desiredCount} desired tasks.`,
    };
  }
  return {
    ...base,
    status: 'pass',
    reason: `${check.service} runs all ${service.desiredCount} desired tasks and none failed.`,
  };
}
