import type { StoppedTask } from './ecs.js';

/**
 * A stop that says the service is unhealthy, as opposed to ECS replacing or scaling in tasks
 * (`ServiceSchedulerInitiated` with "Scaling activity…") or a person stopping one. ECS reports
 * failed health checks under ServiceSchedulerInitiated too, hence the reason text.
 */
export function isFailedStop(task: StoppedTask): boolean {
  if (task.stopCode === 'TaskFailedToStart' || task.stopCode === 'EssentialContainerExited') return true;
  return /health check|OutOfMemory|CannotPull|ResourceInitializationError|failed/i.test(task.stoppedReason);
}
