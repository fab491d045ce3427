/**
 * Drives one native ECS deployment (blue/green, linear, canary): writes the deployment
 * configuration with the new revision in one UpdateService, then follows the service deployment,
 * answers each PAUSE hook with the gate's verdict, and makes sure a failure ends rolled back.
 * ECS moves the traffic; this decides at every pause. One run at a time holds the service's lease;
 * a re-run finds the deployment an earlier attempt left and follows it instead of starting another.
 */
import { shortTaskDefinition, type EcsPort, type ServiceDeploymentPort, type ServiceSnapshot } from '../../aws/ecs.js';
import { isAwsServiceError } from '../../aws/errors.js';
import type { LeaseStore } from '../../aws/lease-store.js';
import { parseChecks } from '../../gate/checks-schema.js';
import { usesPlaceholders } from '../../gate/placeholders.js';
import type { ChecksDocument } from '../../gate/checks.js';
import type { GateOutcome, GatePolicy } from '../../gate/gate.js';
import type { Clock } from '../../runtime/clock.js';
import { formatDuration } from '../../runtime/duration.js';
import { ConfigurationError } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { acquireLease, withLease, type HeldLease, type Replaceable } from '../../rollout/lease.js';
import { plannedDurationMs, type EcsDeployInputs, type NativeStrategyInputs } from '../inputs.js';
import type { DeployReport } from '../report.js';
import {
  loadFileDefinition,
  planTaskDefinition,
  runsPlannedRelease,
  type TaskDefinitionPlan,
} from '../task-definition-plan.js';
import { readVerifiedGood, recordVerifiedGood, VERIFIED_GOOD_TAGS } from '../verified-good.js';
import { buildDeploymentConfiguration, describeConfiguration, nativeReadinessProblems } from './configuration.js';
import { diagnose } from './diagnosis.js';
import { FORWARD_STATUSES } from './follow.js';
import { follow, type Followed, type PauseContext } from './follow-loop.js';
import { fillSides, readSides, type NewRevisionShare, type SidesPort } from './sides.js';

export type { PauseContext } from './follow-loop.js';
export { actionFor } from './follow-loop.js';

export interface NativeDeployDeps {
  readonly ecs: EcsPort;
  readonly deployments: ServiceDeploymentPort;
  /** Reads the production route and target groups, to tell which group the new revision goes to. */
  readonly traffic: SidesPort;
  readonly leases: LeaseStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly readTextFile: (path: string) => string;
  readonly region: string;
  /** The health gate at one pause, with real ports behind it; undefined when there are no checks. */
  readonly runGate?: (document: ChecksDocument, policy: GatePolicy, pause: PauseContext) => Promise<GateOutcome>;
  /** Told the service deployment's ARN as soon as it is known (the entry saves it for the post step). */
  readonly onServiceDeployment?: (arn: string) => void;
  /** Told the lease's ARN once held, for the post step. */
  readonly onLease?: (arn: string) => void;
  /** Who is deploying, for the lease: a fresh id, the workflow run and a label for people. */
  readonly identity: { readonly id: string; readonly run: string; readonly holder: string };
  /**
   * Asked at every pause before the gate: a deploy window that closed since the deploy started
   * answers with why and whether to hold or roll back; undefined lets the gate decide.
   */
  readonly windowPause?: () => { readonly reason: string; readonly action: 'hold' | 'rollback' } | undefined;
}

/** How far back ListServiceDeployments looks for ours when UpdateService did not name it. */
const LIST_SLACK_MS = 60_000;
const LEASE_MARGIN_MS = 10 * 60_000;

/** Deploys with a native strategy and returns what happened; see the module comment. */
export async function runNativeDeploy(inputs: EcsDeployInputs, deps: NativeDeployDeps): Promise<DeployReport> {
  const native = inputs.native;
  if (!native) throw new Error('runNativeDeploy called without a native strategy');
  const { clock, logger } = deps;
  const startedAt = clock.now();
  const fileDefinition =
    inputs.taskDefinition?.kind === 'file'
      ? await logger.group('Check task-definition file', async () => loadFileDefinition(inputs, deps))
      : undefined;
  const service = await logger.group('Inspect service', () => inspect(inputs, native, deps));
  const plan = await logger.group('Prepare task definition', () => planTaskDefinition(inputs, fileDefinition, deps));
  const template = native.checksTemplate;
  const sides =
    template && usesPlaceholders(template)
      ? await readSides(service, inputs.cluster, deps.traffic, await newRevisionShare(service, deps))
      : undefined;
  const document = template ? parseChecks(fillSides(template, sides, service.name)) : undefined;
  const acquired = await acquireLease(
    deps.leases,
    service.arn,
    { ...deps.identity, purpose: 'deploy' },
    { now: clock.now(), durationMs: inputs.timeoutMs + plannedDurationMs(native) + LEASE_MARGIN_MS, breakLive: false },
  );
  const report = new NativeReport(inputs, native, deps, service, plan, startedAt);
  if (acquired.kind === 'refused') return report.refused(acquired.message);
  if (acquired.replaced)
    report.notes.push(`Took over from ${acquired.replaced.record.holder}: ${acquired.replaced.why}.`);
  deps.onLease?.(acquired.lease.arn);
  return withLease(acquired.lease, deps, async () => {
    const started = await startOrResume(
      inputs,
      native,
      deps,
      service,
      plan,
      report,
      acquired.lease,
      acquired.replaced?.because,
    );
    if ('report' in started) return started.report;
    if (!inputs.wait) return report.notWaited();
    const followed = await logger.group(`Follow the ${native.strategy} deployment`, () =>
      follow(
        {
          arn: started.arn,
          native,
          timeoutMs: inputs.timeoutMs,
          allowedMs: inputs.timeoutMs + plannedDurationMs(native),
          pollIntervalMs: inputs.pollIntervalMs,
          judge: pauseJudge(inputs, native, deps, document),
          windowPause: deps.windowPause,
          lease: acquired.lease,
        },
        deps,
      ),
    );
    return await report.followed(followed, started.deploymentId);
  });
}

async function inspect(
  inputs: EcsDeployInputs,
  native: NativeStrategyInputs,
  deps: NativeDeployDeps,
): Promise<ServiceSnapshot> {
  const found = await deps.ecs.describeService(inputs.cluster, inputs.service);
  const problems = nativeReadinessProblems(found, native.strategy);
  if (problems.length > 0) throw new ConfigurationError(problems);
  deps.logger.info(
    `${found.name}: running ${shortTaskDefinition(found.taskDefinitionArn)}, ${found.runningCount}/${found.desiredCount} tasks, currently ${found.deploymentConfiguration?.strategy ?? 'ROLLING'}.`,
  );
  return found;
}

/** The gate for one pause: the checks, judged on periods since the share it judges began to flow. */
function pauseJudge(
  inputs: EcsDeployInputs,
  native: NativeStrategyInputs,
  deps: NativeDeployDeps,
  document: ChecksDocument | undefined,
): (pause: PauseContext) => Promise<GateOutcome> {
  return (pause) => {
    if (!document || !deps.runGate) {
      // Without checks ECS pauses only when a deploy window is set: the window decides, the gate passes.
      return Promise.resolve({
        verdict: 'pass',
        reason: 'no checks; paused only to re-check the deploy window, which is open',
        startedAt: new Date(deps.clock.now()).toISOString(),
        durationMs: 0,
        evaluations: [],
      });
    }
    return deps.runGate(document, { ...native.gatePolicy, notBefore: pause.judgeSince }, pause);
  };
}

/**
 * Starts the deployment, or follows the one an earlier attempt left in progress: the same release
 * is followed from where it is; another is rolled back first (its holder is gone: we hold the lease).
 */
async function startOrResume(
  inputs: EcsDeployInputs,
  native: NativeStrategyInputs,
  deps: NativeDeployDeps,
  service: ServiceSnapshot,
  plan: TaskDefinitionPlan,
  report: NativeReport,
  lease: HeldLease,
  tookOver: Replaceable | undefined,
): Promise<{ arn: string; deploymentId?: string } | { report: DeployReport }> {
  const tookOverLease = tookOver !== undefined;
  const running = await inProgress(service, deps);
  // The earlier attempt died after every pause was answered (an unanswered one times out into a
  // rollback, unless hook-timeout-action says continue), and ECS finished its deployment: the
  // service's revision is the release (a deployment ECS rolled back leaves the one before).
  if (
    !running &&
    tookOver === 'earlier-attempt' &&
    (await runsPlannedRelease(plan, service.taskDefinitionArn, deps.ecs))
  ) {
    return { report: report.alreadyLive(service.taskDefinitionArn) };
  }
  if (running && (await runsPlannedRelease(plan, service.taskDefinitionArn, deps.ecs))) {
    report.notes.push(
      `An earlier attempt's ${native.strategy} deployment of this release was in progress (${running}); this run followed it.`,
    );
    report.resumed(service.taskDefinitionArn, running);
    deps.onServiceDeployment?.(running);
    return { arn: running };
  }
  if (running && !tookOverLease) {
    // Not left by a run of ours whose lease we took over: someone else's, not ours to undo.
    return {
      report: report.busy(
        `a deployment of ${shortTaskDefinition(service.taskDefinitionArn)} is in progress on ${inputs.service} (${running}) and no run of trading-actions holds it. Wait for it to finish, or stop it, then deploy again.`,
      ),
    };
  }
  if (running) {
    deps.logger.warning(
      `A deployment of ${shortTaskDefinition(service.taskDefinitionArn)} left by an earlier run is still in progress (${running}): rolling it back first.`,
    );
    await deps.deployments.stopServiceDeploymentWithRollback(running).catch(() => undefined);
    await follow(
      {
        arn: running,
        native,
        timeoutMs: inputs.timeoutMs,
        allowedMs: inputs.timeoutMs,
        pollIntervalMs: inputs.pollIntervalMs,
      },
      deps,
    );
    report.notes.push(
      `An unfinished deployment of ${shortTaskDefinition(service.taskDefinitionArn)} was rolled back before this one started.`,
    );
  }
  const targetArn = await register(plan, deps);
  if (!(await lease.stillHeld())) {
    // A rollback took the service over before this run changed it: nothing is deployed.
    if (plan.register) await deps.ecs.deregisterTaskDefinition(targetArn).catch(() => undefined);
    return {
      report: report.takenOver(
        `another run (a rollback) took ${inputs.service} over before this run changed it; nothing was deployed`,
      ),
    };
  }
  const configuration = buildDeploymentConfiguration(native, service.deploymentConfiguration);
  deps.logger.info(describeConfiguration(native));
  let started: { deploymentId: string; serviceDeploymentArn?: string };
  try {
    started = await deps.logger.group('Update service', () =>
      deps.deployments.startDeployment(inputs.cluster, inputs.service, targetArn, configuration),
    );
  } catch (error) {
    // Refused outright: the service did not change, so leave no unused revision behind.
    if (plan.register && isAwsServiceError(error) && error.$fault === 'client') {
      await deps.ecs.deregisterTaskDefinition(targetArn).catch(() => undefined);
    }
    throw error;
  }
  const arn = started.serviceDeploymentArn ?? (await findServiceDeployment(inputs, deps, report.startedAt));
  report.started(targetArn, arn, started.deploymentId || undefined);
  if (!arn) return { report: report.noServiceDeployment() };
  deps.onServiceDeployment?.(arn);
  deps.logger.info(
    `${inputs.service} → ${shortTaskDefinition(targetArn)} (was ${shortTaskDefinition(service.taskDefinitionArn)}) with ${native.strategy}; service deployment ${arn}.`,
  );
  return { arn, deploymentId: started.deploymentId || undefined };
}

async function register(plan: TaskDefinitionPlan, deps: NativeDeployDeps): Promise<string> {
  const registration = plan.register;
  if (!registration) return plan.existingArn ?? '';
  return deps.logger.group('Register task definition', async () => {
    const arn = await deps.ecs.registerTaskDefinition(registration);
    deps.logger.info(`Registered ${shortTaskDefinition(arn)}.`);
    return arn;
  });
}

/** The service's deployment in progress (PENDING or IN_PROGRESS), if there is one. */
export async function inProgress(
  service: ServiceSnapshot,
  deps: { readonly deployments: Pick<ServiceDeploymentPort, 'describeServiceDeployment'> },
): Promise<string | undefined> {
  const arn = service.currentServiceDeployment;
  if (!arn) return undefined;
  const current = await deps.deployments.describeServiceDeployment(arn);
  return current && FORWARD_STATUSES.has(current.status) ? arn : undefined;
}

/** The traffic ECS requested for the new revision of the deployment in progress, if one is. */
async function newRevisionShare(
  service: ServiceSnapshot,
  deps: NativeDeployDeps,
): Promise<NewRevisionShare | undefined> {
  const arn = service.currentServiceDeployment;
  const current = arn ? await deps.deployments.describeServiceDeployment(arn) : undefined;
  if (!current || !FORWARD_STATUSES.has(current.status)) return undefined;
  return { production: current.productionWeight ?? 0, test: current.testWeight };
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

/** Builds the report of a native deploy as it goes: what was started, then how it ended. */
class NativeReport {
  readonly notes: string[] = [];
  private targetArn = '';
  private serviceDeploymentArn: string | undefined;
  private deploymentId: string | undefined;
  /** What the service ran before this deploy: what a failure returns it to. */
  private previousArn: string;
  private readonly seenEvents: ReadonlySet<string>;

  constructor(
    private readonly inputs: EcsDeployInputs,
    private readonly native: NativeStrategyInputs,
    private readonly deps: NativeDeployDeps,
    private readonly service: ServiceSnapshot,
    private readonly plan: TaskDefinitionPlan,
    readonly startedAt: number,
  ) {
    this.seenEvents = new Set(service.events.map((e) => e.id));
    this.previousArn = service.taskDefinitionArn;
    if (!native.checks && native.pauseForWindow) {
      this.notes.push(
        'No checks were given: ECS paused only so the deploy window could be re-checked before each shift; traffic was otherwise guarded by its alarms and circuit breaker.',
      );
    } else if (!native.checks) {
      this.notes.push(
        'No checks were given, so ECS was not paused: it shifted traffic on its own, guarded only by its alarms and circuit breaker.',
      );
    }
  }

  started(targetArn: string, serviceDeploymentArn: string | undefined, deploymentId: string | undefined): void {
    this.targetArn = targetArn;
    this.serviceDeploymentArn = serviceDeploymentArn;
    this.deploymentId = deploymentId;
  }

  /** Following an earlier attempt's deployment: the revision it replaces is the one still ACTIVE beside it. */
  resumed(targetArn: string, serviceDeploymentArn: string): void {
    this.started(targetArn, serviceDeploymentArn, this.service.deployments.find((d) => d.status === 'PRIMARY')?.id);
    this.previousArn =
      this.service.deployments.find((d) => d.status === 'ACTIVE')?.taskDefinitionArn ?? this.previousArn;
  }

  private common(): DeployReport {
    const { inputs, native } = this;
    return {
      mode: inputs.mode,
      cluster: inputs.cluster,
      service: inputs.service,
      region: this.deps.region,
      startedAt: new Date(this.startedAt).toISOString(),
      notes: this.notes,
      events: [],
      taskDefinitionArn: this.targetArn || undefined,
      previousTaskDefinitionArn: this.previousArn,
      deploymentId: this.deploymentId,
      image: this.plan.image,
      source: this.plan.source,
      registered: this.plan.register !== undefined,
      strategy: native.strategy,
      serviceDeploymentArn: this.serviceDeploymentArn,
      result: 'failed',
      succeeded: false,
      headline: '',
      waited: false,
      durationMs: this.deps.clock.now() - this.startedAt,
    };
  }

  /** A re-run finds the release deployed by an earlier attempt of its run and finished by ECS. */
  alreadyLive(running: string): DeployReport {
    this.notes.push(
      `An earlier attempt of this run deployed ${shortTaskDefinition(running)} and ECS finished it after that attempt stopped; nothing was deployed again. It was not recorded as verified-good by this run.`,
    );
    return {
      ...this.common(),
      taskDefinitionArn: running,
      previousTaskDefinitionArn: undefined,
      registered: false,
      result: 'deployed',
      succeeded: true,
      headline: `Already deployed: ${this.inputs.service} runs ${shortTaskDefinition(running)}, this release`,
    };
  }

  refused(message: string): DeployReport {
    this.notes.push(message);
    return {
      ...this.common(),
      headline: `Not started: another run holds ${this.inputs.service}`,
      failure: { cause: 'replaced', reason: message, stoppedTasks: [] },
    };
  }

  takenOver(message: string): DeployReport {
    this.notes.push(message);
    return {
      ...this.common(),
      headline: `Not deployed: another run took ${this.inputs.service} over`,
      failure: { cause: 'replaced', reason: message, stoppedTasks: [] },
    };
  }

  busy(message: string): DeployReport {
    this.notes.push(message);
    return {
      ...this.common(),
      headline: `Not started: a deployment is already in progress on ${this.inputs.service}`,
      failure: { cause: 'replaced', reason: message, stoppedTasks: [] },
    };
  }

  notWaited(): DeployReport {
    this.notes.push(
      'wait is false: ECS runs the deployment on its own; it was not followed or recorded as verified-good.',
    );
    return {
      ...this.common(),
      result: 'deployed',
      succeeded: true,
      headline: `Started a ${this.native.strategy} deploy of ${shortTaskDefinition(this.targetArn)} on ${this.inputs.service}`,
    };
  }

  noServiceDeployment(): DeployReport {
    this.notes.push(
      `ECS named no service deployment for ${shortTaskDefinition(this.targetArn)}; if the service already ran it, nothing was deployed.`,
    );
    return {
      ...this.common(),
      headline: `Deploy of ${shortTaskDefinition(this.targetArn)}: ECS started no service deployment to follow`,
    };
  }

  async followed(followed: Followed, deploymentId: string | undefined): Promise<DeployReport> {
    const { inputs, native, deps } = this;
    this.notes.push(...followed.notes);
    const report: DeployReport = {
      ...this.common(),
      waited: true,
      lifecycleStages: followed.stages,
      timeline: followed.timeline,
      ...(followed.liveSince !== undefined ? { liveSince: new Date(followed.liveSince).toISOString() } : {}),
    };
    const target = shortTaskDefinition(this.targetArn);
    const { outcome } = followed;
    if (outcome.kind === 'succeeded') {
      return {
        ...report,
        result: 'deployed',
        succeeded: true,
        headline: `Deployed ${target} on ${inputs.service} with ${native.strategy} in ${formatDuration(deps.clock.now() - this.startedAt)}`,
        verifiedGood: await recordGood(this.service, this.targetArn, deps),
        durationMs: deps.clock.now() - this.startedAt,
      };
    }
    deps.logger.error(
      `${native.strategy} deploy of ${target} failed: ${outcome.kind === 'taken-over' ? outcome.reason : outcome.reason}`,
    );
    const diagnosis = await diagnose(
      deps.ecs,
      { cluster: inputs.cluster, service: inputs.service, deploymentId: deploymentId ?? this.deploymentId },
      this.seenEvents,
      deps.logger,
    );
    const base = { ...report, events: diagnosis.events, durationMs: deps.clock.now() - this.startedAt };
    if (outcome.kind === 'taken-over') {
      return {
        ...base,
        headline: `Deploy of ${target} was taken over by another run (a rollback)`,
        failure: { cause: 'replaced', reason: outcome.reason, stoppedTasks: diagnosis.stoppedTasks },
      };
    }
    const failure = { cause: outcome.cause, reason: outcome.reason, stoppedTasks: diagnosis.stoppedTasks };
    if (outcome.kind === 'held') {
      const why = outcome.reason.startsWith('the deploy window')
        ? 'the deploy window closed'
        : 'the gate was inconclusive';
      return {
        ...base,
        result: 'held',
        headline: `Deploy of ${target} is held at ${outcome.stage}: ${why}, a person decides`,
        failure,
      };
    }
    const previous = shortTaskDefinition(this.previousArn);
    const by = outcome.requestedByUs ? ('trading-actions' as const) : ('ecs' as const);
    if (outcome.kind === 'rolled-back') {
      return {
        ...base,
        result: 'rolled-back',
        headline: `Deploy of ${target} failed (${outcome.cause}); ${inputs.service} is back on ${previous}`,
        failure,
        rollback: {
          taskDefinitionArn: this.service.taskDefinitionArn,
          by,
          succeeded: true,
          detail: outcome.rollbackDetail,
        },
      };
    }
    return {
      ...base,
      headline: `Deploy of ${target} failed and did not end rolled back: check ${inputs.service} now`,
      failure,
      ...(outcome.rollbackDetail
        ? {
            rollback: {
              taskDefinitionArn: this.service.taskDefinitionArn,
              by,
              succeeded: false,
              detail: outcome.rollbackDetail,
            },
          }
        : {}),
    };
  }
}

async function recordGood(
  service: ServiceSnapshot,
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
    const detail = `could not tag the service (${error instanceof Error ? error.message : String(error)}); a later rollback falls back to the previous revision.`;
    deps.logger.warning(detail);
    return { recorded: false, detail };
  }
}
