/**
 * The post step's half of the dead-man's switch: when the main step did not finish (the job was
 * cancelled, the runner lost it, a bug threw), a service deployment it started may be paused or
 * still shifting traffic. Ask ECS to roll it back now rather than wait for the hook timeout.
 */
import type { ServiceDeploymentPort } from '../../aws/ecs.js';
import type { Logger } from '../../runtime/logger.js';
import { FORWARD_STATUSES } from './follow.js';

export type PostOutcome =
  'no-deployment' | 'main-step-finished' | 'already-ended' | 'rollback-requested' | 'rollback-refused';

/** Requests the rollback when needed and says what it did. Never throws for an AWS refusal. */
export async function rollBackUnfinished(
  state: { readonly serviceDeploymentArn: string; readonly finished: boolean },
  deployments: Pick<ServiceDeploymentPort, 'describeServiceDeployment' | 'stopServiceDeploymentWithRollback'>,
  logger: Logger,
): Promise<PostOutcome> {
  if (!state.serviceDeploymentArn) {
    logger.info('The main step started no service deployment; nothing to clean up.');
    return 'no-deployment';
  }
  if (state.finished) {
    logger.info(`The main step followed ${state.serviceDeploymentArn} to its end; nothing to clean up.`);
    return 'main-step-finished';
  }
  const snapshot = await deployments.describeServiceDeployment(state.serviceDeploymentArn);
  if (!snapshot || !FORWARD_STATUSES.has(snapshot.status)) {
    logger.info(
      `The main step did not finish, but ${state.serviceDeploymentArn} is already ${snapshot?.status ?? 'gone'}; nothing to do.`,
    );
    return 'already-ended';
  }
  logger.warning(
    `The main step did not finish and ${state.serviceDeploymentArn} is ${snapshot.status} at ${snapshot.lifecycleStage ?? 'an unknown stage'} (production ${snapshot.productionWeight ?? '—'}%): requesting a rollback.`,
  );
  try {
    await deployments.stopServiceDeploymentWithRollback(state.serviceDeploymentArn);
  } catch (error) {
    logger.error(
      `StopServiceDeployment ROLLBACK was refused (${error instanceof Error ? error.message : String(error)}); check the service now. Unanswered pauses end with the hook timeout action.`,
    );
    return 'rollback-refused';
  }
  logger.info('Rollback requested: ECS returns production to the previous revision.');
  return 'rollback-requested';
}
