import {
  parseTaskDefinitionArn,
  shortTaskDefinition,
  type EcsPort,
  type ServiceSnapshot,
  type TaskDefinitionSummary,
} from '../aws/ecs.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { EcsDeployInputs } from './inputs.js';
import type { DeployReport } from './report.js';
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
  const automatic = inputs.toRevision === undefined;
  // Going back to a revision with the same images as the one running changes nothing: a re-run
  // registers the same image again, and a retried RegisterTaskDefinition can register it twice.
  const running = automatic ? imagesOf(await deps.ecs.describeTaskDefinition(service.taskDefinitionArn)) : '';
  const verifiedGood = automatic ? await usableRevisions(readVerifiedGood(service.tags), service, running, deps) : [];
  const needsRevisionList = automatic && !verifiedGood.some((arn) => arn !== service.taskDefinitionArn);
  const familyRevisions =
    needsRevisionList && current
      ? await earlierDistinctRevision(await deps.ecs.listRevisions(current.family), service, running, deps)
      : [];
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

/** What a rollback found when nothing was named and nothing older exists: why it cannot go back. */
export interface NothingToRollBack {
  readonly nothing: string;
}

/**
 * planRollback, except that finding nothing to go back to is an answer, not an error, when no
 * to-revision was named: the rollback still takes the service over (stopping a run that holds it)
 * and then says so. A named to-revision that cannot be used is bad input, refused before anything.
 */
export async function planRollbackOrNothing(
  inputs: Pick<EcsDeployInputs, 'service' | 'toRevision'>,
  service: ServiceSnapshot,
  deps: RollbackTargetDeps,
): Promise<TaskDefinitionPlan | NothingToRollBack> {
  try {
    return await planRollback(inputs, service, deps);
  } catch (error) {
    if (inputs.toRevision !== undefined || !(error instanceof ConfigurationError)) throw error;
    return { nothing: error.problems.map((p) => p.message).join('; ') };
  }
}

/**
 * The recorded verified-good revisions that can still be deployed. One deregistered since (by
 * Terraform or a clean-up job) is skipped with a word in the log, so the emergency rollback falls
 * through to the next candidate instead of stopping.
 */
async function usableRevisions(
  recorded: readonly string[],
  service: ServiceSnapshot,
  running: string,
  deps: RollbackTargetDeps,
): Promise<string[]> {
  const usable: string[] = [];
  for (const arn of recorded.filter((a) => a !== service.taskDefinitionArn)) {
    const found = await deps.ecs.describeTaskDefinition(arn);
    if (found?.status !== 'ACTIVE') {
      deps.logger.info(
        `Skipping verified-good ${shortTaskDefinition(arn)}: it is ${found?.status ?? 'no longer registered'}.`,
      );
    } else if (running !== '' && imagesOf(found) === running) {
      deps.logger.info(
        `Skipping verified-good ${shortTaskDefinition(arn)}: it runs the same images as the service now.`,
      );
    } else {
      usable.push(arn);
    }
  }
  return usable;
}

/** How many earlier revisions to read, newest first, looking for one with other images. */
const EARLIER_REVISIONS_READ = 20;

/**
 * The newest ACTIVE revision of the family, older than the running one, whose images differ from
 * the running ones; an empty list when none of the newest few does.
 */
async function earlierDistinctRevision(
  family: readonly string[],
  service: ServiceSnapshot,
  running: string,
  deps: RollbackTargetDeps,
): Promise<string[]> {
  const current = parseTaskDefinitionArn(service.taskDefinitionArn);
  const earlier = family
    .map((arn) => ({ arn, revision: parseTaskDefinitionArn(arn)?.revision ?? 0 }))
    .filter((r) => current && r.revision < current.revision)
    .sort((a, b) => b.revision - a.revision)
    .slice(0, EARLIER_REVISIONS_READ);
  for (const { arn } of earlier) {
    const found = await deps.ecs.describeTaskDefinition(arn);
    if (found?.status !== 'ACTIVE') continue;
    if (running !== '' && imagesOf(found) === running) {
      deps.logger.info(`Skipping ${shortTaskDefinition(arn)}: it runs the same images as the service now.`);
      continue;
    }
    return [arn];
  }
  return [];
}

/** A revision's containers and images, `name=image` sorted, for comparing what two revisions run. */
function imagesOf(found: TaskDefinitionSummary | undefined): string {
  return (found?.definition.containerDefinitions ?? [])
    .map((c) => `${c.name ?? ''}=${c.image ?? ''}`)
    .sort()
    .join(',');
}

/**
 * A rollback that found nothing older to go back to. It took the service over all the same (a run
 * that held it, a dead one included, no longer does), and claims nothing.
 */
export function nothingToRollBack(
  base: Pick<DeployReport, 'mode' | 'cluster' | 'service' | 'region' | 'startedAt' | 'notes' | 'events'>,
  service: ServiceSnapshot,
  why: string,
  durationMs: number,
): DeployReport {
  return {
    ...base,
    result: 'failed',
    succeeded: false,
    headline: `Nothing rolled back: ${service.name} runs ${shortTaskDefinition(service.taskDefinitionArn)} and ${why}`,
    taskDefinitionArn: service.taskDefinitionArn,
    previousTaskDefinitionArn: service.taskDefinitionArn,
    registered: false,
    waited: false,
    durationMs,
    failure: { cause: 'nothing-to-roll-back', reason: why, stoppedTasks: [] },
  };
}
