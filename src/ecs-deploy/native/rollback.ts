/**
 * `mode: rollback` for a service that ECS deploys with its own blue/green, linear or canary
 * strategy. Two cases:
 * - a service deployment is in progress (paused at a gate, baking, held by a person): it is
 *   stopped with a rollback, so ECS moves traffic straight back to the revision still running;
 * - otherwise the chosen revision is deployed by the strategy the service uses (a LINEAR service
 *   goes back linearly), without our PAUSE hooks: a rollback is not gated, and an unanswered pause
 *   would time out and undo the rollback itself.
 * The rollback breaks any other run's lease on the service: it is the way back, and never waits.
 */
import type { DeploymentConfiguration } from '@aws-sdk/client-ecs';
import { shortTaskDefinition, type EcsPort, type ServiceDeploymentPort, type ServiceSnapshot } from '../../aws/ecs.js';
import type { LeaseStore } from '../../aws/lease-store.js';
import type { Clock } from '../../runtime/clock.js';
import { formatDuration } from '../../runtime/duration.js';
import type { Logger } from '../../runtime/logger.js';
import { acquireLease, withLease } from '../../rollout/lease.js';
import type { EcsDeployInputs, NativeStrategy, NativeStrategyInputs } from '../inputs.js';
import { plannedDurationMs } from '../inputs.js';
import type { DeployReport } from '../report.js';
import { nothingToRollBack, planRollbackOrNothing } from '../rollback-target.js';
import { readVerifiedGood, recordVerifiedGood, VERIFIED_GOOD_TAGS } from '../verified-good.js';
import { diagnose } from './diagnosis.js';
import { follow, type Followed } from './follow-loop.js';
import { inProgress } from './driver.js';

export interface NativeRollbackDeps {
  readonly ecs: EcsPort;
  readonly deployments: ServiceDeploymentPort;
  readonly leases: LeaseStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly region: string;
  readonly identity: { readonly id: string; readonly run: string; readonly holder: string };
  readonly onServiceDeployment?: (arn: string) => void;
  /** Told the lease's ARN once held, for the post step. */
  readonly onLease?: (arn: string) => void;
}

const STRATEGIES: Readonly<Record<string, NativeStrategy>> = {
  BLUE_GREEN: 'blue-green',
  LINEAR: 'linear',
  CANARY: 'canary',
};
const LEASE_MARGIN_MS = 10 * 60_000;

export async function runNativeRollback(
  inputs: EcsDeployInputs,
  deps: NativeRollbackDeps,
  service: ServiceSnapshot,
): Promise<DeployReport> {
  const native = nativeOf(service);
  const startedAt = deps.clock.now();
  const running = await inProgress(service, deps);
  // Chosen (and refused, if there is nothing to go back to) before anything changes.
  const plan = running
    ? undefined
    : await deps.logger.group('Choose the revision', () => planRollbackOrNothing(inputs, service, deps));
  const acquired = await acquireLease(
    deps.leases,
    service.arn,
    { ...deps.identity, purpose: 'rollback' },
    {
      now: deps.clock.now(),
      durationMs: inputs.timeoutMs + plannedDurationMs(native) + LEASE_MARGIN_MS,
      breakLive: true,
    },
  );
  const notes: string[] = [];
  const common = { inputs, deps, service, native, startedAt, notes };
  if (acquired.kind === 'refused') {
    notes.push(acquired.message);
    return {
      ...base(common, service.taskDefinitionArn),
      headline: `Rollback not started: could not take the lease on ${inputs.service}`,
    };
  }
  if (acquired.replaced)
    notes.push(
      `Took over from ${acquired.replaced.record.holder} (${acquired.replaced.record.purpose}): ${acquired.replaced.why}.`,
    );
  deps.onLease?.(acquired.lease.arn);
  if (running && inputs.toRevision !== undefined) {
    notes.push(
      `to-revision (${inputs.toRevision}) was not used: the deployment in progress was stopped, which returns the service to the revision it ran before; run the rollback again to go further back.`,
    );
  }
  return withLease(acquired.lease, deps, async () => {
    if (plan && 'nothing' in plan) {
      return nothingToRollBack(
        {
          mode: 'rollback',
          cluster: inputs.cluster,
          service: inputs.service,
          region: deps.region,
          startedAt: new Date(startedAt).toISOString(),
          notes,
          events: [],
        },
        service,
        plan.nothing,
        deps.clock.now() - startedAt,
      );
    }
    return running
      ? await stopInProgress(common, running)
      : await deployBack(common, plan?.existingArn ?? '', plan?.source);
  });
}

interface Common {
  readonly inputs: EcsDeployInputs;
  readonly deps: NativeRollbackDeps;
  readonly service: ServiceSnapshot;
  readonly native: NativeStrategyInputs;
  readonly startedAt: number;
  readonly notes: string[];
}

/** A deployment in progress: ECS rolls it back to the revision still running beside it. */
async function stopInProgress(c: Common, arn: string): Promise<DeployReport> {
  const { deps, inputs, native } = c;
  deps.logger.warning(
    `${inputs.service} has a ${native.strategy} deployment in progress (${arn}): stopping it with a rollback.`,
  );
  deps.onServiceDeployment?.(arn);
  try {
    await deps.deployments.stopServiceDeploymentWithRollback(arn);
  } catch (error) {
    deps.logger.warning(
      `StopServiceDeployment ROLLBACK was refused (${messageOf(error)}); following the deployment to see what ECS does.`,
    );
  }
  const followed = await deps.logger.group('Follow the rollback', () => followWithoutPauses(c, arn));
  const rolledBack = followed.outcome.kind === 'rolled-back';
  const after = await serviceAfter(c, rolledBack ? c.service.taskDefinitionArn : undefined);
  const back = shortTaskDefinition(after.taskDefinitionArn);
  c.notes.push(...followed.notes);
  return {
    ...(await report(c, followed, arn, after.taskDefinitionArn)),
    result: rolledBack ? 'rolled-back' : 'failed',
    succeeded: rolledBack,
    headline: rolledBack
      ? `Rolled back: stopped the ${native.strategy} deployment in progress; ${inputs.service} is back on ${back}`
      : `Rollback of the deployment in progress did not complete: ${inputs.service} runs ${back}; check it now`,
  };
}

/** How many times to re-read a service that still shows the revision it left (see serviceAfter). */
const STALE_READS = 6;

/**
 * The service once ECS has finished with it. ECS's reads lag behind its writes: right after a
 * rollback the service can still show the revision it left, so a read that does is repeated a few
 * poll intervals before it is believed.
 */
async function serviceAfter(c: Common, left: string | undefined): Promise<ServiceSnapshot> {
  const { deps, inputs } = c;
  let read = await deps.ecs.describeService(inputs.cluster, inputs.service);
  for (let i = 0; left !== undefined && read.taskDefinitionArn === left && i < STALE_READS; i++) {
    await deps.clock.sleep(inputs.pollIntervalMs);
    read = await deps.ecs.describeService(inputs.cluster, inputs.service);
  }
  return read;
}

/** Nothing in progress: the revision goes out by the service's own strategy, ungated. */
async function deployBack(c: Common, target: string, source: DeployReport['source']): Promise<DeployReport> {
  const { deps, inputs, service, native } = c;
  const configuration = withoutPauseHooks(service.deploymentConfiguration);
  deps.logger.info(
    `Rolling ${inputs.service} back from ${shortTaskDefinition(service.taskDefinitionArn)} to ${shortTaskDefinition(target)} with its ${native.strategy} strategy, without pauses.`,
  );
  const started = await deps.logger.group('Update service', () =>
    deps.deployments.startDeployment(inputs.cluster, inputs.service, target, configuration),
  );
  const arn = started.serviceDeploymentArn;
  if (!arn) {
    return {
      ...base(c, target),
      source,
      headline: `Rollback to ${shortTaskDefinition(target)}: ECS started no service deployment to follow`,
    };
  }
  deps.onServiceDeployment?.(arn);
  const followed = await deps.logger.group(`Follow the ${native.strategy} deployment back`, () =>
    followWithoutPauses(c, arn),
  );
  c.notes.push(...followed.notes);
  const done = followed.outcome.kind === 'succeeded';
  const verifiedGood = done ? await recordGood(c, target) : undefined;
  return {
    ...(await report(c, followed, arn, target, started.deploymentId)),
    source,
    result: done ? 'rolled-back' : 'failed',
    succeeded: done,
    headline: done
      ? `Rolled back ${inputs.service} to ${shortTaskDefinition(target)} with ${native.strategy} in ${formatDuration(deps.clock.now() - c.startedAt)}`
      : `Rollback to ${shortTaskDefinition(target)} failed: ${inputs.service} runs ${shortTaskDefinition(service.taskDefinitionArn)}; check it now`,
    ...(verifiedGood ? { verifiedGood } : {}),
  };
}

function followWithoutPauses(c: Common, arn: string): Promise<Followed> {
  const { inputs, deps, native } = c;
  return follow(
    {
      arn,
      native,
      timeoutMs: inputs.timeoutMs,
      allowedMs: inputs.timeoutMs + plannedDurationMs(native),
      pollIntervalMs: inputs.pollIntervalMs,
    },
    deps,
  );
}

async function report(
  c: Common,
  followed: Followed,
  arn: string,
  target: string,
  deploymentId?: string,
): Promise<DeployReport> {
  const { deps, inputs } = c;
  const failed = followed.outcome.kind !== 'succeeded' && followed.outcome.kind !== 'rolled-back';
  const diagnosis = failed
    ? await diagnose(
        deps.ecs,
        { cluster: inputs.cluster, service: inputs.service, deploymentId },
        new Set(c.service.events.map((e) => e.id)),
        deps.logger,
      )
    : { events: [], stoppedTasks: [] };
  const outcome = followed.outcome;
  return {
    ...base(c, target),
    serviceDeploymentArn: arn,
    deploymentId,
    waited: true,
    lifecycleStages: followed.stages,
    timeline: followed.timeline,
    events: diagnosis.events,
    ...(followed.liveSince !== undefined ? { liveSince: new Date(followed.liveSince).toISOString() } : {}),
    ...(outcome.kind === 'failed' || outcome.kind === 'held' || outcome.kind === 'taken-over'
      ? {
          failure: {
            cause: 'cause' in outcome ? outcome.cause : 'replaced',
            reason: outcome.reason,
            stoppedTasks: diagnosis.stoppedTasks,
          },
        }
      : {}),
  };
}

function base(c: Common, target: string): DeployReport {
  const { inputs, deps, service, native } = c;
  return {
    mode: 'rollback',
    cluster: inputs.cluster,
    service: inputs.service,
    region: deps.region,
    startedAt: new Date(c.startedAt).toISOString(),
    notes: c.notes,
    events: [],
    taskDefinitionArn: target,
    previousTaskDefinitionArn: service.taskDefinitionArn,
    registered: false,
    strategy: native.strategy,
    result: 'failed',
    succeeded: false,
    headline: '',
    waited: false,
    durationMs: deps.clock.now() - c.startedAt,
  };
}

/** The abandoned revision leaves the record; the one rolled back to leads it. */
async function recordGood(c: Common, target: string): Promise<{ recorded: boolean; detail: string }> {
  const { deps, service } = c;
  const tags = recordVerifiedGood(readVerifiedGood(service.tags), target, service.taskDefinitionArn);
  const stale = VERIFIED_GOOD_TAGS.filter((key) => !(key in tags) && key in service.tags);
  try {
    await deps.ecs.tagResource(service.arn, tags);
    if (stale.length > 0) await deps.ecs.untagResource(service.arn, stale);
    return {
      recorded: true,
      detail: `${shortTaskDefinition(target)} tagged on the service as the revision to roll back to.`,
    };
  } catch (error) {
    return { recorded: false, detail: `could not tag the service (${messageOf(error)}).` };
  }
}

/** The service's deployment configuration without PAUSE hooks (ours; nobody would answer them). */
export function withoutPauseHooks(configuration: DeploymentConfiguration | undefined): DeploymentConfiguration {
  return {
    ...configuration,
    lifecycleHooks: (configuration?.lifecycleHooks ?? []).filter((hook) => hook.targetType !== 'PAUSE'),
  };
}

/** The strategy as the service is configured, in the terms the follower uses. */
function nativeOf(service: ServiceSnapshot): NativeStrategyInputs {
  const config = service.deploymentConfiguration;
  const strategy = STRATEGIES[config?.strategy ?? ''] ?? 'blue-green';
  return {
    strategy,
    canaryPercent: config?.canaryConfiguration?.canaryPercent ?? 5,
    linearStepPercent: config?.linearConfiguration?.stepPercent ?? 10,
    stepBakeMinutes:
      (strategy === 'linear'
        ? config?.linearConfiguration?.stepBakeTimeInMinutes
        : config?.canaryConfiguration?.canaryBakeTimeInMinutes) ?? 0,
    bakeMinutes: config?.bakeTimeInMinutes ?? 0,
    checks: undefined,
    gatePolicy: { windowMs: 0, intervalMs: 30_000, failureLimit: 0, inconclusiveLimit: 0 },
    onInconclusive: 'rollback',
    hookTimeoutMinutes: 30,
    hookTimeoutAction: 'rollback',
    alarms: [],
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
