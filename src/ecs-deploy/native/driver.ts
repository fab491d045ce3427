/**
 * Drives one native ECS deployment (blue/green, linear, canary): writes the deployment
 * configuration with the new revision in one UpdateService, then follows the service deployment,
 * answers each PAUSE hook with the gate's verdict, and makes sure a failure ends rolled back.
 * ECS moves the traffic; this decides at every pause.
 */
import {
  shortTaskDefinition,
  type EcsPort,
  type LifecycleHookSnapshot,
  type ServiceDeploymentPort,
  type ServiceDeploymentSnapshot,
} from '../../aws/ecs.js';
import { isAwsServiceError } from '../../aws/errors.js';
import type { GateOutcome } from '../../gate/gate.js';
import type { Clock } from '../../runtime/clock.js';
import { formatDuration } from '../../runtime/duration.js';
import { ConfigurationError } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { plannedDurationMs, type EcsDeployInputs, type NativeStrategyInputs } from '../inputs.js';
import type { DeployReport, ReportEvent, TimelineEntry } from '../report.js';
import type { FailureCause } from '../rollout.js';
import { loadFileDefinition, planTaskDefinition } from '../task-definition-plan.js';
import { readVerifiedGood, recordVerifiedGood, VERIFIED_GOOD_TAGS } from '../verified-good.js';
import { buildDeploymentConfiguration, nativeReadinessProblems } from './configuration.js';
import { FORWARD_STATUSES, INITIAL_FOLLOW_STATE, observe, type FollowState } from './follow.js';

/** The pause the gate is asked to judge. */
export interface PauseContext {
  readonly stage: string;
  readonly hook: LifecycleHookSnapshot;
  readonly productionWeight?: number;
  readonly testWeight?: number;
}

export interface NativeDeployDeps {
  readonly ecs: EcsPort;
  readonly deployments: ServiceDeploymentPort;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly readTextFile: (path: string) => string;
  readonly region: string;
  /** Runs the health gate for one pause (a pass when there are no checks and ECS paused for the window). */
  readonly gate: (pause: PauseContext) => Promise<GateOutcome>;
  /** Told the service deployment's ARN as soon as it is known (the entry saves it for the post step). */
  readonly onServiceDeployment?: (arn: string) => void;
  /**
   * Asked at every pause before the gate: a deploy window that closed since the deploy started
   * answers with why and whether to hold or roll back; undefined lets the gate decide.
   */
  readonly windowPause?: () => { readonly reason: string; readonly action: 'hold' | 'rollback' } | undefined;
}

/** Consecutive failed reads of the deployment (after the SDK's retries) before giving up. */
const MAX_READ_FAILURES = 3;
/** How far back ListServiceDeployments looks for ours when UpdateService did not name it. */
const LIST_SLACK_MS = 60_000;

/** Deploys with a native strategy and returns what happened; see the module comment. */
export async function runNativeDeploy(inputs: EcsDeployInputs, deps: NativeDeployDeps): Promise<DeployReport> {
  const native = inputs.native;
  if (!native) throw new Error('runNativeDeploy called without a native strategy');
  const { ecs, clock, logger } = deps;
  const startedAt = clock.now();
  const notes: string[] = [];
  const events: ReportEvent[] = [];
  const elapsed = (): number => clock.now() - startedAt;

  const fileDefinition =
    inputs.taskDefinition?.kind === 'file'
      ? await logger.group('Check task-definition file', async () => loadFileDefinition(inputs, deps))
      : undefined;

  const service = await logger.group('Inspect service', async () => {
    const found = await ecs.describeService(inputs.cluster, inputs.service);
    const problems = nativeReadinessProblems(found, native.strategy);
    if (problems.length > 0) throw new ConfigurationError(problems);
    logger.info(
      `${found.name}: running ${shortTaskDefinition(found.taskDefinitionArn)}, ${found.runningCount}/${found.desiredCount} tasks, currently ${found.deploymentConfiguration?.strategy ?? 'ROLLING'}.`,
    );
    return found;
  });
  const previousArn = service.taskDefinitionArn;
  const plan = await logger.group('Prepare task definition', () => planTaskDefinition(inputs, fileDefinition, deps));
  const configuration = buildDeploymentConfiguration(native, service.deploymentConfiguration);
  logger.info(describeConfiguration(native));
  if (!native.checks && native.pauseForWindow) {
    notes.push(
      'No checks were given: ECS paused only so the deploy window could be re-checked before each shift; traffic was otherwise guarded by its alarms and circuit breaker.',
    );
  } else if (!native.checks) {
    notes.push(
      'No checks were given, so ECS was not paused: it shifted traffic on its own, guarded only by its alarms and circuit breaker.',
    );
  }

  let targetArn = plan.existingArn ?? '';
  if (plan.register) {
    const register = plan.register;
    targetArn = await logger.group('Register task definition', async () => {
      const arn = await ecs.registerTaskDefinition(register);
      logger.info(`Registered ${shortTaskDefinition(arn)}.`);
      return arn;
    });
  }

  let started: { deploymentId: string; serviceDeploymentArn?: string };
  try {
    started = await logger.group('Update service', () =>
      deps.deployments.startDeployment(inputs.cluster, inputs.service, targetArn, configuration),
    );
  } catch (error) {
    // Refused outright: the service did not change, so leave no unused revision behind.
    if (plan.register && isAwsServiceError(error) && error.$fault === 'client') {
      await ecs.deregisterTaskDefinition(targetArn).catch(() => undefined);
    }
    throw error;
  }
  const serviceDeploymentArn = started.serviceDeploymentArn ?? (await findServiceDeployment(inputs, deps, startedAt));

  const common = {
    mode: inputs.mode,
    cluster: inputs.cluster,
    service: inputs.service,
    region: deps.region,
    startedAt: new Date(startedAt).toISOString(),
    notes,
    events,
    taskDefinitionArn: targetArn,
    previousTaskDefinitionArn: previousArn,
    deploymentId: started.deploymentId || undefined,
    image: plan.image,
    source: plan.source,
    registered: plan.register !== undefined,
    strategy: native.strategy,
    serviceDeploymentArn,
  };
  if (!serviceDeploymentArn) {
    notes.push(
      `ECS named no service deployment for ${shortTaskDefinition(targetArn)}; if the service already ran it, nothing was deployed.`,
    );
    return {
      ...common,
      result: 'failed',
      succeeded: false,
      headline: `Deploy of ${shortTaskDefinition(targetArn)}: ECS started no service deployment to follow`,
      waited: false,
      durationMs: elapsed(),
    };
  }
  deps.onServiceDeployment?.(serviceDeploymentArn);
  logger.info(
    `${inputs.service} → ${shortTaskDefinition(targetArn)} (was ${shortTaskDefinition(previousArn)}) with ${native.strategy}; service deployment ${serviceDeploymentArn}.`,
  );

  if (!inputs.wait) {
    notes.push('wait is false: ECS runs the deployment on its own; it was not followed or recorded as verified-good.');
    return {
      ...common,
      result: 'deployed',
      succeeded: true,
      headline: `Started a ${native.strategy} deploy of ${shortTaskDefinition(targetArn)} on ${inputs.service}`,
      waited: false,
      durationMs: elapsed(),
    };
  }

  const followed = await logger.group(`Follow the ${native.strategy} deployment`, () =>
    follow(serviceDeploymentArn, native, inputs, deps),
  );
  const report = {
    ...common,
    waited: true,
    lifecycleStages: followed.stages,
    timeline: followed.timeline,
  };
  notes.push(...followed.notes);

  if (followed.outcome.kind === 'succeeded') {
    const verifiedGood = await recordGood(service, targetArn, deps);
    return {
      ...report,
      result: 'deployed',
      succeeded: true,
      headline: `Deployed ${shortTaskDefinition(targetArn)} on ${inputs.service} with ${native.strategy} in ${formatDuration(elapsed())}`,
      durationMs: elapsed(),
      verifiedGood,
    };
  }
  const { outcome } = followed;
  const failure = { cause: outcome.cause, reason: outcome.reason, stoppedTasks: [] };
  logger.error(`${native.strategy} deploy of ${shortTaskDefinition(targetArn)} failed: ${outcome.reason}`);
  if (outcome.kind === 'held') {
    return {
      ...report,
      result: 'failed',
      succeeded: false,
      headline: `Deploy of ${shortTaskDefinition(targetArn)} is held at ${outcome.stage}: the gate was inconclusive, a person decides`,
      durationMs: elapsed(),
      failure,
    };
  }
  if (outcome.kind === 'rolled-back') {
    return {
      ...report,
      result: 'rolled-back',
      succeeded: false,
      headline: `Deploy of ${shortTaskDefinition(targetArn)} failed (${outcome.cause}); ${inputs.service} is back on ${shortTaskDefinition(previousArn)}`,
      durationMs: elapsed(),
      failure,
      rollback: {
        taskDefinitionArn: previousArn,
        by: outcome.requestedByUs ? 'trading-actions' : 'ecs',
        succeeded: true,
        detail: outcome.rollbackDetail,
      },
    };
  }
  return {
    ...report,
    result: 'failed',
    succeeded: false,
    headline: `Deploy of ${shortTaskDefinition(targetArn)} failed and did not end rolled back: check ${inputs.service} now`,
    durationMs: elapsed(),
    failure,
    ...(outcome.rollbackDetail
      ? {
          rollback: {
            taskDefinitionArn: previousArn,
            by: outcome.requestedByUs ? ('trading-actions' as const) : ('ecs' as const),
            succeeded: false,
            detail: outcome.rollbackDetail,
          },
        }
      : {}),
  };
}

type FollowOutcome =
  | { readonly kind: 'succeeded' }
  | {
      readonly kind: 'rolled-back';
      readonly cause: FailureCause;
      readonly reason: string;
      readonly requestedByUs: boolean;
      readonly rollbackDetail: string;
    }
  | { readonly kind: 'held'; readonly cause: FailureCause; readonly reason: string; readonly stage: string }
  | {
      readonly kind: 'failed';
      readonly cause: FailureCause;
      readonly reason: string;
      readonly requestedByUs: boolean;
      readonly rollbackDetail?: string;
    };

interface Followed {
  readonly outcome: FollowOutcome;
  readonly stages: readonly string[];
  readonly timeline: readonly TimelineEntry[];
  readonly notes: readonly string[];
}

/** Our own reason to roll back, once we have one; ECS's reasons come from the snapshot. */
interface RollbackRequest {
  readonly cause: FailureCause;
  readonly reason: string;
  /** How it was sent; undefined while it still has to be. */
  via?: 'continue' | 'stop';
  sentAt?: number;
  stopSent?: boolean;
}

/**
 * The loop: read the deployment, log what moved, and act. A gate verdict is sent to ECS the moment
 * it is known (no poll interval in between); the loop sleeps only when there is nothing to decide.
 */
async function follow(
  arn: string,
  native: NativeStrategyInputs,
  inputs: EcsDeployInputs,
  deps: NativeDeployDeps,
): Promise<Followed> {
  const { clock, logger, deployments } = deps;
  const timeline: TimelineEntry[] = [];
  const notes: string[] = [];
  let state: FollowState = INITIAL_FOLLOW_STATE;
  // `timeout` is what the deployment may take beyond its known bakes and gate windows.
  const allowedMs = inputs.timeoutMs + plannedDurationMs(native);
  let deadline = clock.now() + allowedMs;
  let readFailures = 0;
  let request: RollbackRequest | undefined;
  const result = (outcome: FollowOutcome): Followed => ({ outcome, stages: state.stages, timeline, notes });
  const sleep = async (): Promise<void> =>
    clock.sleep(Math.max(0, Math.min(inputs.pollIntervalMs, deadline - clock.now())));

  for (;;) {
    let snapshot: ServiceDeploymentSnapshot | undefined;
    try {
      snapshot = await deployments.describeServiceDeployment(arn);
      readFailures = 0;
    } catch (error) {
      readFailures += 1;
      if (readFailures >= MAX_READ_FAILURES) {
        // ECS keeps its own dead-man's switch (the PAUSE hooks' timeout action), so stopping here
        // cannot leave traffic half-shifted for long; a blind rollback request could, if it raced.
        return result({
          kind: 'failed',
          cause: 'error',
          reason: `the service deployment could not be read ${readFailures} times in a row (${messageOf(error)}); the outcome is unknown. Pauses not answered end with the hook-timeout-action (${native.hookTimeoutAction}).`,
          requestedByUs: false,
        });
      }
      logger.warning(`Reading the service deployment failed (${messageOf(error)}); trying again.`);
      await sleep();
      continue;
    }
    if (!snapshot) {
      return result({
        kind: 'failed',
        cause: 'error',
        reason: `ECS no longer knows service deployment ${arn}.`,
        requestedByUs: false,
      });
    }

    const observation = observe(state, snapshot);
    state = observation.state;
    const at = new Date(clock.now()).toISOString();
    for (const line of observation.changes) logger.info(`${at}  ${line}`);
    if (observation.moved) timeline.push(row(at, snapshot, state));
    const next = observation.next;

    if (next.kind === 'succeeded') {
      if (request)
        notes.push(`A rollback was requested (${request.reason}), but ECS had already completed the deployment.`);
      return result(
        request
          ? { kind: 'failed', cause: request.cause, reason: request.reason, requestedByUs: true }
          : { kind: 'succeeded' },
      );
    }
    if (next.kind === 'rolled-back' || next.kind === 'failed') {
      const cause = request?.cause ?? next.explanation.cause;
      const reason = request?.reason ?? next.explanation.reason;
      const byUs = request?.via !== undefined;
      const detail = `${byUs ? `Requested by this step (${request?.via === 'stop' ? 'StopServiceDeployment' : 'ContinueServiceDeployment'} ROLLBACK)` : 'ECS rolled back by itself'}; status ${snapshot.status}${snapshot.rollback?.startedAt ? `, rollback started ${snapshot.rollback.startedAt.toISOString()}` : ''}.`;
      if (next.kind === 'rolled-back') {
        return result({ kind: 'rolled-back', cause, reason, requestedByUs: byUs, rollbackDetail: detail });
      }
      return result({
        kind: 'failed',
        cause,
        reason: request && request.reason !== next.explanation.reason ? `${reason} ${next.explanation.reason}` : reason,
        requestedByUs: byUs,
        rollbackDetail: snapshot.status === 'ROLLBACK_FAILED' ? detail : undefined,
      });
    }
    if (next.kind === 'rolling-back') {
      if (!request) {
        logger.warning(`ECS is rolling back: ${next.explanation.reason}`);
        // From now on the deadline is the rollback's: as long again as the rollout was allowed.
        request = { cause: next.explanation.cause, reason: next.explanation.reason, via: undefined, stopSent: true };
        deadline = clock.now() + inputs.timeoutMs;
        notes.push('ECS started the rollback itself; this step waited for it to finish.');
      }
      if (clock.now() >= deadline) {
        return result({
          kind: 'failed',
          cause: request.cause,
          reason: `${request.reason} The rollback did not finish within ${formatDuration(inputs.timeoutMs)}.`,
          requestedByUs: request.via !== undefined,
          rollbackDetail: `still ${snapshot.status} when this step stopped waiting.`,
        });
      }
      await sleep();
      continue;
    }

    // Forward statuses from here on.
    if (request && FORWARD_STATUSES.has(snapshot.status)) {
      // Our rollback has not taken effect: send (or re-send as a stop) once per poll interval.
      const due = request.sentAt === undefined || clock.now() - request.sentAt >= inputs.pollIntervalMs;
      if (due && !request.stopSent) {
        await requestStop(arn, request, deps);
        deadline = clock.now() + inputs.timeoutMs;
        continue;
      }
      await sleep();
      continue;
    }

    if (next.kind === 'gate') {
      const closed = deps.windowPause?.();
      const outcome: GateOutcome = closed
        ? {
            verdict: closed.action === 'rollback' ? 'fail' : 'inconclusive',
            reason: closed.reason,
            startedAt: new Date(clock.now()).toISOString(),
            durationMs: 0,
            evaluations: [],
          }
        : await logger.group(
            `Gate at ${next.stage} (production ${percent(state.productionWeight)}, test ${percent(state.testWeight)})`,
            () =>
              deps.gate({
                stage: next.stage,
                hook: next.hook,
                productionWeight: state.productionWeight,
                testWeight: state.testWeight,
              }),
          );
      const action = closed ? (closed.action === 'hold' ? 'HOLD' : 'ROLLBACK') : actionFor(outcome.verdict, native);
      state = { ...state, answeredHooks: new Set([...state.answeredHooks, next.hook.hookId]) };
      timeline.push({
        ...row(new Date(clock.now()).toISOString(), snapshot, state),
        gate: { verdict: outcome.verdict, reason: outcome.reason, action },
      });
      const verdictLine = `Gate verdict at ${next.stage}: ${outcome.verdict} — ${outcome.reason}`;
      if (action === 'HOLD') {
        logger.error(verdictLine);
        const expires = next.hook.expiresAt ? ` at ${next.hook.expiresAt.toISOString()}` : '';
        notes.push(
          `${closed ? 'The deploy window closed and on-window-close is hold' : 'on-inconclusive is hold'}: the deployment stays paused at ${next.stage}. Decide with \`aws ecs continue-service-deployment --service-deployment-arn ${arn} --hook-id ${next.hook.hookId} --action CONTINUE\` (or ROLLBACK); otherwise ECS takes the hook's timeout action (${next.hook.timeoutAction ?? native.hookTimeoutAction.toUpperCase()})${expires}.`,
        );
        return result({
          kind: 'held',
          cause: 'gate-inconclusive',
          reason: closed
            ? `${closed.reason}; held at ${next.stage}`
            : `the gate was inconclusive at ${next.stage}: ${outcome.reason}`,
          stage: next.stage,
        });
      }
      if (action === 'ROLLBACK') {
        logger.error(verdictLine);
        request = {
          cause: outcome.verdict === 'fail' ? 'gate-failed' : 'gate-inconclusive',
          reason: `the gate ${outcome.verdict === 'fail' ? 'failed' : 'was inconclusive'} at ${next.stage}: ${outcome.reason}`,
        };
      } else {
        logger.info(verdictLine);
        if (outcome.verdict === 'inconclusive')
          notes.push(`The gate was inconclusive at ${next.stage}; on-inconclusive: continue went on.`);
      }
      try {
        await deployments.continueServiceDeployment(arn, next.hook.hookId, action);
        logger.info(`ContinueServiceDeployment ${action} sent for hook ${next.hook.hookId}.`);
        if (request && action === 'ROLLBACK') {
          request.via = 'continue';
          request.sentAt = clock.now();
          deadline = clock.now() + inputs.timeoutMs;
        }
      } catch (error) {
        // The hook may have expired or been answered by someone else meanwhile; the next read
        // shows what ECS did. A wanted rollback is then sent as StopServiceDeployment.
        logger.warning(`ContinueServiceDeployment ${action} was refused (${messageOf(error)}).`);
      }
      continue;
    }

    if (clock.now() >= deadline) {
      request = {
        cause: 'timed-out',
        reason: `the deployment did not finish within ${formatDuration(allowedMs)} (timeout plus the planned bakes and gate windows; last stage ${state.stage ?? 'unknown'}).`,
      };
      logger.error(`Timed out: ${request.reason}`);
      continue;
    }
    await sleep();
  }
}

async function requestStop(arn: string, request: RollbackRequest, deps: NativeDeployDeps): Promise<void> {
  request.stopSent = true;
  request.sentAt = deps.clock.now();
  try {
    await deps.deployments.stopServiceDeploymentWithRollback(arn);
    request.via = 'stop';
    deps.logger.info('StopServiceDeployment ROLLBACK sent.');
  } catch (error) {
    deps.logger.warning(
      `StopServiceDeployment ROLLBACK was refused (${messageOf(error)}); reading the deployment again.`,
    );
  }
}

/** The gate's verdict as an answer to ECS; inconclusive follows on-inconclusive. */
export function actionFor(
  verdict: GateOutcome['verdict'],
  native: Pick<NativeStrategyInputs, 'onInconclusive'>,
): 'CONTINUE' | 'ROLLBACK' | 'HOLD' {
  if (verdict === 'pass') return 'CONTINUE';
  if (verdict === 'fail') return 'ROLLBACK';
  return native.onInconclusive === 'continue' ? 'CONTINUE' : native.onInconclusive === 'hold' ? 'HOLD' : 'ROLLBACK';
}

async function findServiceDeployment(
  inputs: EcsDeployInputs,
  deps: NativeDeployDeps,
  startedAt: number,
): Promise<string | undefined> {
  const found = await deps.deployments.listServiceDeployments(inputs.cluster, inputs.service, {
    statuses: ['PENDING', 'IN_PROGRESS'],
    createdAfter: new Date(startedAt - LIST_SLACK_MS),
  });
  return found[0]?.arn;
}

async function recordGood(
  service: Awaited<ReturnType<EcsPort['describeService']>>,
  targetArn: string,
  deps: NativeDeployDeps,
): Promise<{ recorded: boolean; detail: string }> {
  const tags = recordVerifiedGood(readVerifiedGood(service.tags), targetArn, undefined);
  const stale = VERIFIED_GOOD_TAGS.filter((key) => !(key in tags) && key in service.tags);
  try {
    await deps.ecs.tagResource(service.arn, tags);
    if (stale.length > 0) await deps.ecs.untagResource(service.arn, stale);
    return {
      recorded: true,
      detail: `${shortTaskDefinition(targetArn)} tagged on the service as the revision to roll back to.`,
    };
  } catch (error) {
    const detail = `could not tag the service (${messageOf(error)}); a later rollback falls back to the previous revision.`;
    deps.logger.warning(detail);
    return { recorded: false, detail };
  }
}

function row(at: string, snapshot: ServiceDeploymentSnapshot, state: FollowState): TimelineEntry {
  return {
    at,
    stage: state.stage,
    status: snapshot.status,
    productionWeight: state.productionWeight,
    testWeight: state.testWeight,
  };
}

function describeConfiguration(native: NativeStrategyInputs): string {
  const steps =
    native.strategy === 'linear'
      ? `${native.linearStepPercent}% per step, ${native.stepBakeMinutes}m between steps, `
      : native.strategy === 'canary'
        ? `canary ${native.canaryPercent}% for ${native.stepBakeMinutes}m, `
        : '';
  const pauses =
    native.checks || native.pauseForWindow
      ? `PAUSE hooks (timeout ${native.hookTimeoutMinutes}m → ${native.hookTimeoutAction})`
      : 'no PAUSE hooks (no checks, no deploy window)';
  const alarms = native.alarms.length > 0 ? `, deployment alarms ${native.alarms.join(', ')} with rollback` : '';
  return `Deployment configuration: ${native.strategy}, ${steps}bake ${native.bakeMinutes}m, ${pauses}${alarms}.`;
}

function percent(value: number | undefined): string {
  return value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
