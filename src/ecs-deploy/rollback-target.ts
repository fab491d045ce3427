import { parseTaskDefinitionArn, shortTaskDefinition, type EcsPort, type ServiceSnapshot } from '../aws/ecs.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { EcsDeployInputs } from './inputs.js';
import { describeRegistered, type TaskDefinitionPlan } from './task-definition-plan.js';
import { chooseRollbackTarget, readVerifiedGood } from './verified-good.js';

/** What choosing a rollback target reads. */
export interface RollbackTargetDeps {
  readonly ecs: Pick<EcsPort, 'describeTaskDefinition' | 'listRevisions'>;
  readonly logger: Logger;
}

/**
 * What `mode: rollback` deploys: to-revision, else the newest verified-good revision that is still
 * ACTIVE, else the previous ACTIVE revision of the family. Says which one and why; refuses (before
 * any change) when there is nothing to go back to or it is what the service runs already.
 */
export async function planRollback(
  inputs: Pick<EcsDeployInputs, 'service' | 'toRevision'>,
  service: ServiceSnapshot,
  deps: RollbackTargetDeps,
): Promise<TaskDefinitionPlan> {
  const current = parseTaskDefinitionArn(service.taskDefinitionArn);
  const verifiedGood =
    inputs.toRevision === undefined ? await usableRevisions(readVerifiedGood(service.tags), service, deps) : [];
  const needsRevisionList =
    inputs.toRevision === undefined && !verifiedGood.some((arn) => arn !== service.taskDefinitionArn);
  const familyRevisions = needsRevisionList && current ? await deps.ecs.listRevisions(current.family) : [];
  const choice = chooseRollbackTarget({
    currentArn: service.taskDefinitionArn,
    requested: inputs.toRevision,
    verifiedGood,
    familyRevisions,
  });
  if (!choice) {
    throw new ConfigurationError([
      {
        input: 'to-revision',
        message: `there is nothing to roll back to: no verified-good revision is recorded on ${inputs.service} and no earlier ACTIVE revision of its family exists. Name one with to-revision.`,
      },
    ]);
  }
  const resolved = await describeRegistered(deps.ecs, choice.taskDefinition, 'to-revision');
  if (resolved.arn === service.taskDefinitionArn) {
    throw new ConfigurationError([
      {
        input: 'to-revision',
        message: `${inputs.service} already runs ${shortTaskDefinition(resolved.arn)}; choose another revision.`,
      },
    ]);
  }
  deps.logger.info(`Rolling back to ${shortTaskDefinition(resolved.arn)}: ${choice.why}`);
  return { existingArn: resolved.arn, source: { kind: 'rollback', detail: choice.why } };
}

/**
 * The recorded verified-good revisions that can still be deployed. One deregistered since (by
 * Terraform or a clean-up job) is skipped with a word in the log, so the emergency rollback falls
 * through to the next candidate instead of stopping.
 */
async function usableRevisions(
  recorded: readonly string[],
  service: ServiceSnapshot,
  deps: RollbackTargetDeps,
): Promise<string[]> {
  const usable: string[] = [];
  for (const arn of recorded.filter((a) => a !== service.taskDefinitionArn)) {
    const found = await deps.ecs.describeTaskDefinition(arn);
    if (found?.status === 'ACTIVE') usable.push(arn);
    else
      deps.logger.info(
        `Skipping verified-good ${shortTaskDefinition(arn)}: it is ${found?.status ?? 'no longer registered'}.`,
      );
  }
  return usable;
}
