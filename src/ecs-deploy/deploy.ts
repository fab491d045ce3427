import { shortTaskDefinition, type EcsPort, type ServiceDeploymentPort, type ServiceSnapshot } from '../aws/ecs.js';
import type { LeaseStore } from '../aws/lease-store.js';
import { acquireLease, withLease, type HeldLease } from '../rollout/lease.js';
import type { Clock } from '../runtime/clock.js';
import { formatDuration } from '../runtime/duration.js';
import { isAwsServiceError } from '../aws/errors.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import type { EcsDeployInputs } from './inputs.js';
import {
  loadFileDefinition,
  planTaskDefinition,
  runsPlannedRelease,
  type TaskDefinitionPlan,
} from './task-definition-plan.js';
import { nothingToRollBack, planRollbackOrNothing } from './rollback-target.js';
import type { DeployReport, ReportEvent } from './report.js';
import { failedTaskLimit, type RolloutTarget } from './rollout.js';
import { readVerifiedGood, recordVerifiedGood, VERIFIED_GOOD_TAGS } from './verified-good.js';
import { describeStoppedTask, watchRollout, type WatchOutcome } from './watch.js';

export interface DeployDeps {
  readonly ecs: EcsPort;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Reads a task-definition file; throws (ENOENT etc.) when it cannot. */
  readonly readTextFile: (path: string) => string;
  readonly region: string;
  /** Where the one-deploy-at-a-time lease on the service lives. */
  readonly leases: LeaseStore;
  /** Who is deploying, for the lease: a fresh id, the workflow run and a label for people. */
  readonly identity: { readonly id: string; readonly run: string; readonly holder: string };
  /** Service deployments, for rolling back a service that ECS deploys with blue/green, linear or canary. */
  readonly deployments: ServiceDeploymentPort;
  /** Told a native rollback's service deployment ARN, for the post step. */
  readonly onServiceDeployment?: (arn: string) => void;
  /** Told the lease's ARN once held, so the post step can give it up if this step cannot. */
  readonly onLease?: (arn: string) => void;
}

/** The lease covers the rollout, its rollback and a margin. */
const LEASE_MARGIN_MS = 10 * 60_000;

/**
 * Deploys (or rolls back) one ECS service with the rolling strategy and returns what happened.
 * Order matters for safety: every input and the task-definition file are checked, and the
 * service and revisions are read, before the first call that changes anything. A rollout that
 * fails is rolled back to what was running before (unless turned off), and the report says so.
 */
export async function runEcsDeploy(inputs: EcsDeployInputs, deps: DeployDeps): Promise<DeployReport> {
  const { ecs, clock, logger } = deps;
  const startedAt = clock.now();
  const notes: string[] = [];
  const events: ReportEvent[] = [];
  const base = {
    mode: inputs.mode,
    cluster: inputs.cluster,
    service: inputs.service,
    region: deps.region,
    startedAt: new Date(startedAt).toISOString(),
    notes,
    events,
  };
  const elapsed = (): number => clock.now() - startedAt;

  const fileDefinition =
    inputs.taskDefinition?.kind === 'file'
      ? await logger.group('Check task-definition file', async () => loadFileDefinition(inputs, deps))
      : undefined;

  const service = await logger.group('Inspect service', async () => {
    const found = await ecs.describeService(inputs.cluster, inputs.service);
    if (found.deploymentController !== 'ECS') {
      throw new ConfigurationError([
        {
          input: 'service',
          message: `'${inputs.service}' uses the ${found.deploymentController} deployment controller; the rolling strategy needs the ECS controller.`,
        },
      ]);
    }
    const configured = found.deploymentConfiguration?.strategy;
    if (configured && configured !== 'ROLLING' && inputs.mode === 'deploy') {
      // UpdateService would run ECS's own strategy, which this rolling watcher cannot follow.
      throw new ConfigurationError([
        {
          input: 'strategy',
          message: `'${inputs.service}' is configured for ECS's ${configured} strategy; set strategy to ${configured.toLowerCase().replace('_', '-')} so this step follows it, or set the service's deploymentConfiguration.strategy back to ROLLING.`,
        },
      ]);
    }
    logger.info(
      `${found.name}: running ${shortTaskDefinition(found.taskDefinitionArn)}, ${found.runningCount}/${found.desiredCount} tasks.`,
    );
    return found;
  });
  const configured = service.deploymentConfiguration?.strategy;
  if (inputs.mode === 'rollback' && configured && configured !== 'ROLLING') {
    // A service ECS deploys with its own strategy goes back by that strategy.
    const native = await import('./native/lazy.js');
    return native.runNativeRollback(inputs, deps, service);
  }
  const previousArn = service.taskDefinitionArn;

  const plan = await logger.group('Prepare task definition', async () => {
    const planned =
      inputs.mode === 'rollback'
        ? await planRollbackOrNothing(inputs, service, deps)
        : await planTaskDefinition(inputs, fileDefinition, deps);
    if ('nothing' in planned) return planned;
    if (inputs.wait && inputs.rollbackOnFailure) await assertRollbackPossible(previousArn, ecs);
    return planned;
  });
  if (service.deployments.length > 1 || service.deployments.some((d) => d.rolloutState === 'IN_PROGRESS')) {
    notes.push(
      `${inputs.service} was still rolling out (${service.deployments.length} deployments) when this step started; a rollback returns it to ${shortTaskDefinition(previousArn)}, which may not have finished rolling out.`,
    );
  }

  const acquired = await acquireLease(
    deps.leases,
    service.arn,
    { ...deps.identity, purpose: inputs.mode },
    { now: clock.now(), durationMs: 2 * inputs.timeoutMs + LEASE_MARGIN_MS, breakLive: inputs.mode === 'rollback' },
  );
  if (acquired.kind === 'refused') {
    notes.push(acquired.message);
    return {
      ...base,
      result: 'failed',
      succeeded: false,
      headline: `Not started: another run holds ${inputs.service}`,
      registered: false,
      waited: false,
      durationMs: elapsed(),
      failure: { cause: 'replaced', reason: acquired.message, stoppedTasks: [] },
    };
  }
  if (acquired.replaced) {
    notes.push(
      `Took over from ${acquired.replaced.record.holder} (${acquired.replaced.record.purpose}): ${acquired.replaced.why}.`,
    );
  }
  deps.onLease?.(acquired.lease.arn);
  const earlierAttempt = acquired.replaced?.because === 'earlier-attempt';
  return withLease(acquired.lease, deps, async () => {
    if ('nothing' in plan) return nothingToRollBack(base, service, plan.nothing, elapsed());
    if (inputs.mode === 'deploy' && earlierAttempt && (await alreadyDeployed(service, plan, deps))) {
      return alreadyLive(base, service, elapsed());
    }
    return rollOut(inputs, deps, { service, plan, lease: acquired.lease, base, elapsed });
  });
}

/**
 * A re-run whose earlier attempt died after starting this release, which ECS then finished: the
 * service runs it, steady. Deploying it again would only make the revision before it this
 * release too, and a rollback would then go nowhere.
 */
async function alreadyDeployed(service: ServiceSnapshot, plan: TaskDefinitionPlan, deps: DeployDeps): Promise<boolean> {
  const steady = service.deployments.length === 1 && service.deployments[0]?.rolloutState !== 'IN_PROGRESS';
  return (
    steady &&
    service.runningCount >= service.desiredCount &&
    runsPlannedRelease(plan, service.taskDefinitionArn, deps.ecs)
  );
}

function alreadyLive(base: Prepared['base'], service: ServiceSnapshot, durationMs: number): DeployReport {
  base.notes.push(
    `An earlier attempt of this run deployed ${shortTaskDefinition(service.taskDefinitionArn)} and ECS finished it after that attempt stopped; nothing was deployed again. It was not recorded as verified-good by this run (the final gate checks it).`,
  );
  return {
    ...base,
    result: 'deployed',
    succeeded: true,
    headline: `Already deployed: ${service.name} runs ${shortTaskDefinition(service.taskDefinitionArn)}, this release`,
    taskDefinitionArn: service.taskDefinitionArn,
    registered: false,
    waited: false,
    durationMs,
  };
}

/** Everything a rolling deploy decided before its first change. */
interface Prepared {
  readonly service: ServiceSnapshot;
  readonly plan: TaskDefinitionPlan;
  readonly lease: HeldLease;
  readonly base: Pick<DeployReport, 'mode' | 'cluster' | 'service' | 'region' | 'startedAt' | 'notes' | 'events'> & {
    readonly notes: string[];
    readonly events: ReportEvent[];
  };
  readonly elapsed: () => number;
}

/**
 * Another run (a rollback) broke the lease between this run's start and its first change to the
 * service: it changes nothing, and removes the revision it registered, which nothing uses.
 */
async function takenOverBeforeUpdate(
  inputs: EcsDeployInputs,
  deps: DeployDeps,
  prepared: Prepared,
  registeredArn: string | undefined,
): Promise<DeployReport> {
  if (registeredArn) await deps.ecs.deregisterTaskDefinition(registeredArn).catch(() => undefined);
  const reason = `another run (a rollback) took ${inputs.service} over before this run changed it; nothing was deployed`;
  return {
    ...prepared.base,
    result: 'failed',
    succeeded: false,
    headline: `Not deployed: another run took ${inputs.service} over`,
    previousTaskDefinitionArn: prepared.service.taskDefinitionArn,
    registered: false,
    waited: false,
    durationMs: prepared.elapsed(),
    failure: { cause: 'replaced', reason, stoppedTasks: [] },
  };
}

/** Registers, updates the service, watches it, and rolls back on failure while this run holds the lease. */
async function rollOut(inputs: EcsDeployInputs, deps: DeployDeps, prepared: Prepared): Promise<DeployReport> {
  const { ecs, logger } = deps;
  const { service, plan, lease, base, elapsed } = prepared;
  const { notes, events } = base;
  const previousArn = service.taskDefinitionArn;
  let targetArn = plan.existingArn ?? '';
  if (plan.register) {
    const register = plan.register;
    targetArn = await logger.group('Register task definition', async () => {
      const arn = await ecs.registerTaskDefinition(register);
      logger.info(`Registered ${shortTaskDefinition(arn)}.`);
      return arn;
    });
  }

  if (!(await lease.stillHeld()))
    return takenOverBeforeUpdate(inputs, deps, prepared, plan.register ? targetArn : undefined);
  let deploymentId: string;
  try {
    deploymentId = await logger.group('Update service', async () => {
      const id = await ecs.updateService(inputs.cluster, inputs.service, targetArn);
      logger.info(
        `${inputs.service} → ${shortTaskDefinition(targetArn)} (was ${shortTaskDefinition(previousArn)}); deployment ${id}.`,
      );
      return id;
    });
  } catch (error) {
    // Refused outright (a 4xx, such as a missing iam:PassRole): the service did not change, so do
    // not leave behind a revision nothing uses. After a timeout or a 5xx the update may have gone
    // through, and the service could be running this revision: keep it.
    const refused = isAwsServiceError(error) && error.$fault === 'client';
    if (plan.register && refused) await ecs.deregisterTaskDefinition(targetArn).catch(() => undefined);
    throw error;
  }
  if (deploymentId && service.deployments.some((d) => d.id === deploymentId)) {
    notes.push(
      `${inputs.service} already ran ${shortTaskDefinition(targetArn)}, so ECS started no new deployment; this step watched the existing one.`,
    );
  }

  const common = {
    ...base,
    taskDefinitionArn: targetArn,
    previousTaskDefinitionArn: previousArn,
    deploymentId,
    image: plan.image,
    source: plan.source,
    registered: plan.register !== undefined,
  };
  const successResult = inputs.mode === 'deploy' ? 'deployed' : 'rolled-back';
  const verb = inputs.mode === 'deploy' ? 'Deployed' : 'Rolled back to';

  if (!inputs.wait) {
    notes.push(
      'wait is false: the rollout was started but not watched, so this revision was not recorded as verified-good.',
    );
    return {
      ...common,
      result: successResult,
      succeeded: true,
      headline: `${inputs.mode === 'deploy' ? 'Started deploying' : 'Started rolling back to'} ${shortTaskDefinition(targetArn)} on ${inputs.service}`,
      waited: false,
      durationMs: elapsed(),
    };
  }

  const circuitBreakerRollsBack = service.circuitBreaker.enable && service.circuitBreaker.rollback;
  const target = (deploymentIdToWatch: string, arn: string): RolloutTarget => ({
    deploymentId: deploymentIdToWatch,
    taskDefinitionArn: arn,
    previousTaskDefinitionArn: arn === targetArn ? previousArn : targetArn,
    failedTaskLimit: failedTaskLimit(service.desiredCount),
    circuitBreakerRollsBack,
    // Our rollback's update comes after our own deployment's.
    earlierDeploymentIds: [
      ...service.deployments.map((d) => d.id),
      ...(deploymentIdToWatch === deploymentId ? [] : [deploymentId]),
    ],
  });
  const watch = (
    title: string,
    deploymentIdToWatch: string,
    arn: string,
    seen: ReadonlySet<string>,
  ): Promise<WatchOutcome> =>
    logger.group(title, async () => {
      const outcome = await watchRollout(
        {
          cluster: inputs.cluster,
          service: inputs.service,
          target: target(deploymentIdToWatch, arn),
          timeoutMs: inputs.timeoutMs,
          pollIntervalMs: inputs.pollIntervalMs,
          seenEventIds: seen,
        },
        deps,
      );
      events.push(...outcome.events.map((e) => ({ at: e.at.toISOString(), message: e.message })));
      if (outcome.state === 'succeeded') {
        logger.info(`${shortTaskDefinition(arn)} is steady after ${formatDuration(outcome.elapsedMs)}.`);
      }
      return outcome;
    });

  const rollout = await watch(
    `Wait for ${shortTaskDefinition(targetArn)} to roll out`,
    deploymentId,
    targetArn,
    new Set(service.events.map((e) => e.id)),
  );

  if (rollout.state === 'succeeded' && service.desiredCount === 0) {
    notes.push(
      `${inputs.service} wants 0 tasks, so no task of ${shortTaskDefinition(targetArn)} ran: it was not recorded as verified-good.`,
    );
    return {
      ...common,
      result: successResult,
      succeeded: true,
      headline: `${verb} ${shortTaskDefinition(targetArn)} on ${inputs.service} (no tasks run)`,
      waited: true,
      durationMs: elapsed(),
    };
  }
  if (rollout.state === 'succeeded') {
    const liveSince = new Date(deps.clock.now()).toISOString();
    const verifiedGood = await logger.group('Record verified-good revision', async () => {
      const tags = recordVerifiedGood(
        readVerifiedGood(service.tags),
        targetArn,
        inputs.mode === 'rollback' ? previousArn : undefined,
      );
      const stale = VERIFIED_GOOD_TAGS.filter((key) => !(key in tags) && key in service.tags);
      try {
        await ecs.tagResource(service.arn, tags);
        if (stale.length > 0) await ecs.untagResource(service.arn, stale);
        const detail = `${shortTaskDefinition(targetArn)} tagged on the service as the revision to roll back to.`;
        logger.info(detail);
        return { recorded: true, detail };
      } catch (error) {
        const detail = `could not tag the service (${(error as Error).message}); a later rollback falls back to the previous revision.`;
        logger.warning(detail);
        return { recorded: false, detail };
      }
    });
    return {
      ...common,
      result: successResult,
      succeeded: true,
      headline: `${verb} ${shortTaskDefinition(targetArn)} on ${inputs.service} in ${formatDuration(elapsed())}`,
      waited: true,
      durationMs: elapsed(),
      liveSince,
      verifiedGood,
    };
  }

  logger.error(`Rollout of ${shortTaskDefinition(targetArn)} failed: ${rollout.reason}`);
  const failure = { cause: rollout.cause, reason: rollout.reason, stoppedTasks: rollout.stoppedTasks };
  const failed = (headline: string, extra: Partial<DeployReport> = {}): DeployReport => ({
    ...common,
    result: 'failed',
    succeeded: false,
    headline,
    waited: true,
    durationMs: elapsed(),
    failure,
    ...extra,
  });

  if (rollout.cause === 'replaced') {
    notes.push('Another deployment took over the service, so no rollback was attempted over it.');
    return failed(`Deploy of ${shortTaskDefinition(targetArn)} was superseded by another deployment`);
  }
  if (rollout.cause === 'error') {
    // We cannot see the service, so we cannot tell a bad rollout from a healthy one, and a
    // rollback we could not watch either would only add a second unknown.
    notes.push(
      `The service could not be read, so no rollback was attempted: check ${inputs.service} now, and roll back with mode: rollback if needed.`,
    );
    return failed(`Deploy of ${shortTaskDefinition(targetArn)}: outcome unknown, the service could not be read`);
  }
  if (!inputs.rollbackOnFailure) {
    notes.push(
      rollout.ecsRollbackDeploymentId
        ? 'rollback-on-failure is false, but ECS itself rolled the service back (circuit breaker).'
        : `rollback-on-failure is false: the service was left on ${shortTaskDefinition(targetArn)}. Roll back with mode: rollback.`,
    );
    return failed(`Deploy of ${shortTaskDefinition(targetArn)} failed: ${rollout.reason}`);
  }
  if (previousArn === targetArn) {
    return failed(`Deploy of ${shortTaskDefinition(targetArn)} failed, and the service was already on that revision`);
  }

  if (!(await lease.stillHeld().catch(() => true))) {
    // A manual rollback broke our lease while we watched: it is in charge of the service now.
    notes.push(
      'Another run (a rollback) took this service over while the rollout was watched, so no rollback was attempted over it.',
    );
    return failed(
      `Deploy of ${shortTaskDefinition(targetArn)} failed, and another run took the service over: check it now`,
    );
  }
  const rollback = await rollBack(previousArn, rollout, watch, deps, inputs);
  const restored = shortTaskDefinition(rollback.taskDefinitionArn);
  // A manual rollback that fails returns the service to the revision it was rolling back from:
  // that is a failed rollback, not a successful one, whatever the previous revision's state.
  const what =
    inputs.mode === 'rollback'
      ? `Rollback to ${shortTaskDefinition(targetArn)}`
      : `Deploy of ${shortTaskDefinition(targetArn)}`;
  if (rollback.succeeded) {
    return {
      ...failed(`${what} failed; the service is back on ${restored}`),
      result: inputs.mode === 'rollback' ? 'failed' : 'rolled-back',
      rollback,
    };
  }
  return failed(`${what} failed and going back to ${restored} did not become steady: check the service now`, {
    rollback,
  });
}

/** Restores the revision that ran before, or waits for ECS's own rollback to finish. */
async function rollBack(
  previousArn: string,
  rollout: Extract<WatchOutcome, { state: 'failed' }>,
  watch: (title: string, deploymentId: string, arn: string, seen: ReadonlySet<string>) => Promise<WatchOutcome>,
  deps: DeployDeps,
  inputs: EcsDeployInputs,
): Promise<NonNullable<DeployReport['rollback']>> {
  const { ecs, logger } = deps;
  // ECS goes back to its last completed deployment, which is not always what ran before us.
  const target = rollout.ecsRollbackTaskDefinitionArn ?? previousArn;
  const title = `Roll back to ${shortTaskDefinition(target)}`;
  let rollbackDeploymentId = rollout.ecsRollbackDeploymentId;
  const by = rollbackDeploymentId ? 'ecs' : 'trading-actions';
  if (rollbackDeploymentId) {
    logger.info(`ECS is already rolling back (deployment ${rollbackDeploymentId}); waiting for it to become steady.`);
  } else {
    try {
      rollbackDeploymentId = await logger.group(title, () =>
        ecs.updateService(inputs.cluster, inputs.service, previousArn),
      );
    } catch (error) {
      const detail = `UpdateService for the rollback failed: ${(error as Error).message}`;
      logger.error(detail);
      return { taskDefinitionArn: target, by, succeeded: false, detail };
    }
  }
  const outcome = await watch(
    `Wait for the rollback to ${shortTaskDefinition(target)}`,
    rollbackDeploymentId,
    target,
    rollout.seenEventIds,
  );
  if (outcome.state === 'succeeded') {
    return {
      taskDefinitionArn: target,
      by,
      succeeded: true,
      detail: `Steady after ${formatDuration(outcome.elapsedMs)}.`,
    };
  }
  for (const task of outcome.stoppedTasks) logger.warning(describeStoppedTask(task));
  logger.error(`The rollback did not become steady: ${outcome.reason}`);
  return { taskDefinitionArn: target, by, succeeded: false, detail: outcome.reason };
}

/**
 * An automatic rollback goes to the revision running now, and ECS refuses to point a service at an
 * INACTIVE revision (deregistered by Terraform or a clean-up job while its tasks kept running).
 * Better to say so before deploying than to find out when the new revision has already failed.
 */
async function assertRollbackPossible(previousArn: string, ecs: EcsPort): Promise<void> {
  const previous = await ecs.describeTaskDefinition(previousArn);
  if (previous?.status === 'ACTIVE') return;
  throw new ConfigurationError([
    {
      input: 'rollback-on-failure',
      message: `the service runs ${shortTaskDefinition(previousArn)}, which is ${previous?.status ?? 'not registered'}, so a failed rollout could not be rolled back to it. Deploy with rollback-on-failure: false, or first re-register and deploy a known-good revision.`,
    },
  ]);
}
