import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { describeFailure } from '../aws/errors.js';
import { shortTaskDefinition, type EcsPort, type ServiceSnapshot } from '../aws/ecs.js';
import type { ServiceScalingPort } from '../aws/ecs-services.js';
import type { TrafficPort } from '../aws/elbv2.js';
import type { LeaseStore } from '../aws/lease-store.js';
import { loadFileDefinition, planTaskDefinition, type TaskDefinitionPlan } from '../ecs-deploy/task-definition-plan.js';
import type { ChecksDocument } from '../gate/checks.js';
import { parseChecks } from '../gate/checks-schema.js';
import type { GateOutcome, GatePolicy } from '../gate/gate.js';
import type { Clock } from '../runtime/clock.js';
import { checkDeployWindow, DeployWindowClosedError, type DeployWindowDecision } from '../deploy-window/check.js';
import { reportFromDecision, reportFromFailure } from '../deploy-window/report.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { acquireLease, releaseLease, type Claimant, type HeldLease } from '../rollout/lease.js';
import { runAbort } from './abort.js';
import { describe, pairOf, restoreFromCheckpoint } from './checkpoint.js';
import type { Checkpoint } from './checkpoint.js';
import type { CanaryInputs } from './inputs.js';
import { Journal, type Ending } from './journal.js';
import type { Start } from './machine.js';
import { readPair, type PairView } from './pair.js';
import { fillPlaceholders } from '../gate/placeholders.js';
import type { CanaryReport } from './report.js';
import { LeaseLostError, Rollout } from './rollout.js';

export { assessReadiness } from './rollout.js';

export interface CanaryDeps {
  readonly ecs: Pick<
    EcsPort,
    'describeService' | 'describeTaskDefinition' | 'registerTaskDefinition' | 'deregisterTaskDefinition'
  >;
  readonly scaling: ServiceScalingPort;
  readonly traffic: TrafficPort;
  /** Where the one-controller-at-a-time lease on the route lives. */
  readonly leases: LeaseStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly readTextFile: (path: string) => string;
  /** The health gate for one step, with real ports behind it. */
  readonly runGate: (document: ChecksDocument, policy: GatePolicy) => Promise<GateOutcome>;
  /** Who is rolling out: a fresh id, the workflow run (for re-run take-over) and a label for people. */
  readonly identity: { readonly rolloutId: string; readonly run: string; readonly holder: string };
  /** Keeps the latest checkpoint where a SIGTERM handler and the post step find it. */
  readonly saveCheckpoint: (checkpoint: Checkpoint) => void;
}

/** The lease a run takes first: long enough to read, plan and reach its first step. */
const FIRST_LEASE_MS = 15 * 60_000;

/**
 * Runs one canary rollout (or a promote, or an abort) to the end and returns its report.
 * Everything is read and checked before the first change; the lease on the route is taken before
 * the first change (an abort breaks any other's: it is the way back); every path that leaves early
 * restores traffic to the safe side and says what truly happened.
 */
export async function runCanary(inputs: CanaryInputs, deps: CanaryDeps): Promise<CanaryReport> {
  const journal = new Journal(deps.clock, deps.logger, inputs, deps.identity.rolloutId);
  const fileDefinition = await deps.logger.group('Check task definition', async () =>
    inputs.mode === 'deploy' ? loadFileDefinition(inputs.request, deps) : undefined,
  );
  // First the deploy window, since waiting for it may take a while and everything below must be
  // read fresh. An abort returns traffic to the live side: never held back by a window.
  const window = inputs.mode === 'abort' ? undefined : await checkWindow(inputs, deps, journal);
  if (window && 'ending' in window) return journal.report(window.ending);
  const view = await readPair(inputs, deps);
  journal.liveBefore = journal.liveNow = view.live;
  journal.weights = pairOf(view.route.weights, inputs.targetGroups);
  journal.previousTaskDefinitionArn = view.services[view.live].taskDefinitionArn;
  deps.logger.info(
    `Live: ${view.live} (${inputs.services[view.live]}); idle side: ${view.canary} (${inputs.services[view.canary]}), now at ${view.canaryPercent}%.`,
  );
  const prepared = inputs.mode === 'abort' ? undefined : await prepare(inputs, deps, view, fileDefinition);

  const acquired = await acquireLease(deps.leases, inputs.route.arn, claimant(inputs, deps), {
    now: deps.clock.now(),
    durationMs: FIRST_LEASE_MS + inputs.readyTimeoutMs,
    breakLive: inputs.mode === 'abort',
  });
  if (acquired.kind === 'refused') {
    journal.remark(acquired.message);
    return journal.report({ result: 'failed', headline: 'Another rollout holds this route', reason: acquired.message });
  }
  const lease = acquired.lease;
  if (acquired.replaced) {
    journal.remark(
      `Took over from ${acquired.replaced.record.holder} (${acquired.replaced.record.purpose}): ${acquired.replaced.why}.`,
    );
  }
  journal.note(`Took the rollout lease on the ${inputs.route.kind} as ${deps.identity.holder}.`);
  let ending: Ending;
  try {
    ending = prepared
      ? await roll(inputs, deps, journal, lease, view, prepared, window?.decision)
      : await runAbort({ inputs, deps, journal, lease, view });
  } catch (error) {
    const problem = await releaseLease(lease, deps.clock);
    if (problem) deps.logger.warning(problem);
    throw error;
  }
  // Kept when traffic or a side is left for the post step: it works under this same lease.
  const problem = ending.keepLease ? undefined : await releaseLease(lease, deps.clock);
  if (problem) {
    deps.logger.warning(problem);
    journal.note(problem);
  }
  return journal.report(ending);
}

interface Prepared {
  readonly document: ChecksDocument | undefined;
  readonly plan: TaskDefinitionPlan | undefined;
  readonly start: Start;
  readonly desiredCount: number;
}

/** Everything a deploy or promote decides before its first change: checks, revision, where to start. */
async function prepare(
  inputs: CanaryInputs,
  deps: CanaryDeps,
  view: PairView,
  fileDefinition: Awaited<ReturnType<typeof loadFileDefinition>> | undefined,
): Promise<Prepared> {
  const document =
    inputs.checksTemplate === undefined
      ? undefined
      : parseChecks(fillPlaceholders(inputs.checksTemplate, view.placeholders));
  const liveService = view.services[view.live];
  let plan: TaskDefinitionPlan | undefined;
  if (inputs.mode === 'deploy') {
    // Without a task-definition input the new revision is the live side's, with the new image.
    const request =
      inputs.request.taskDefinition === undefined
        ? { ...inputs.request, taskDefinition: { kind: 'revision' as const, reference: liveService.taskDefinitionArn } }
        : inputs.request;
    plan = await deps.logger.group('Prepare task definition', () => planTaskDefinition(request, fileDefinition, deps));
    const liveHealth = await deps.traffic.targetHealth(inputs.targetGroups[view.live]);
    if (liveHealth.healthy === 0 && view.canaryPercent === 0) {
      throw new ConfigurationError([
        {
          input: `${view.live}-target-group`,
          message: `the live side (${view.live}) has no healthy targets (${JSON.stringify(liveHealth.byState)}), so a rollback would have nowhere healthy to go. Fix the live service first.`,
        },
      ]);
    }
  }
  if (inputs.mode === 'promote' && view.canaryPercent === 0) {
    throw new ConfigurationError([
      { input: 'mode', message: `there is nothing to promote: ${view.canary} has no traffic. Run with mode: deploy.` },
    ]);
  }
  const start = await decideStart(inputs, deps, view, plan);
  const desiredCount = inputs.desiredCount ?? Math.max(1, liveService.desiredCount);
  return { document, plan, start, desiredCount };
}

/** Drives a deploy or promote; any way it ends leaves traffic on a safe side and a true report. */
async function roll(
  inputs: CanaryInputs,
  deps: CanaryDeps,
  journal: Journal,
  lease: HeldLease,
  view: PairView,
  prepared: Prepared,
  windowDecision: DeployWindowDecision | undefined,
): Promise<Ending> {
  const rollout = new Rollout({ inputs, deps, journal, lease, view, ...prepared, windowDecision });
  try {
    const ending = await rollout.run();
    if (ending.result === 'held') {
      await rollout.recordHeld();
      journal.note('Holding: the pair records which side was live, for promote or abort.');
    }
    // Ended on its own terms (a hold included): the post step must leave the pair as it is.
    if (!ending.keepLease && rollout.current().phase !== 'finished') {
      deps.saveCheckpoint({ ...rollout.current(), phase: 'finished' });
    }
    return ending;
  } catch (error) {
    if (error instanceof LeaseLostError) return takenOver(inputs, deps, journal, rollout, error);
    return unexpectedFailure(inputs, deps, journal, rollout, error);
  }
}

/** Another run (an abort) broke the lease: this one stopped; the report says where traffic is. */
async function takenOver(
  inputs: CanaryInputs,
  deps: CanaryDeps,
  journal: Journal,
  rollout: Rollout,
  error: LeaseLostError,
): Promise<Ending> {
  const { from, to } = rollout.sides();
  // This run ended on its own: its post step has nothing to restore, the run that took over is in charge.
  deps.saveCheckpoint({ ...rollout.current(), phase: 'finished' });
  const route = await deps.traffic.readRoute(inputs.route.kind, inputs.route.arn).catch(() => undefined);
  const weights = route ? pairOf(route.weights, inputs.targetGroups) : undefined;
  journal.weights = weights;
  journal.remark(`${error.message}; it stopped there and changed nothing after that.`);
  if (weights && weights[from] > 0 && weights[to] === 0) {
    journal.liveNow = from;
    return {
      result: 'rolled-back',
      headline: `Rolled back by another run: all traffic is on ${from} (${inputs.services[from]})`,
      reason: `another run (an abort) took over while this run was ${error.during}`,
    };
  }
  journal.liveNow = weights && weights[to] > 0 && weights[from] === 0 ? to : undefined;
  return {
    result: 'failed',
    headline: 'Another run took over this rollout',
    reason: `another run (an abort) took over while this run was ${error.during}; traffic is now ${describe(weights)}. See that run for what it did`,
  };
}

/**
 * An error outside the machine's events (AWS or the network after the SDK's retries, or a bug): put traffic on
 * the safe side first, then report what happened like any other ending.
 */
async function unexpectedFailure(
  inputs: CanaryInputs,
  deps: CanaryDeps,
  journal: Journal,
  rollout: Rollout,
  error: unknown,
): Promise<Ending> {
  const reason = describeFailure(error).replace(/\.$/, '');
  const checkpoint = rollout.current();
  const { from, to } = rollout.sides();
  deps.logger.error(
    `The rollout stopped on an error: ${reason.replace(/\.?$/, '.')} Restoring traffic to ${checkpoint.safe}.`,
  );
  if (error instanceof Error && error.stack) deps.logger.debug(error.stack);
  const restored = await restoreFromCheckpoint(checkpoint, deps);
  for (const action of restored.actions) journal.note(action);
  const route = await deps.traffic.readRoute(inputs.route.kind, inputs.route.arn).catch(() => undefined);
  if (route) journal.weights = pairOf(route.weights, inputs.targetGroups);
  if (!restored.trafficSafe) {
    // The checkpoint stays open: the post step tries again, under the same lease.
    return {
      result: 'failed',
      headline: 'The rollout failed and traffic could not be confirmed on a healthy side',
      reason: `the rollout stopped on an error: ${reason}`,
      keepLease: true,
    };
  }
  // Scaling the idle side in failed too: the checkpoint stays open for the post step to finish it.
  const leftOver = restored.idleLeftRunning
    ? `${restored.idleLeftRunning} still runs without traffic (scaling it in failed); the post step tries again, else run mode: abort`
    : undefined;
  if (!restored.idleLeftRunning) deps.saveCheckpoint({ ...checkpoint, phase: 'finished' });
  if (checkpoint.phase === 'promoted') {
    journal.liveNow = to;
    return {
      result: 'promoted',
      headline: `Promoted on ${to} (${inputs.services[to]}), with an error afterwards`,
      reason: `an error after promotion: ${reason}; traffic stays on ${to}`,
      keepLease: leftOver !== undefined,
      leftOver,
    };
  }
  journal.liveNow = from;
  return {
    result: 'rolled-back',
    headline: `Rolled back: all traffic is on ${from} (${inputs.services[from]})`,
    reason: `the rollout stopped on an error: ${reason}`,
    keepLease: leftOver !== undefined,
    leftOver,
  };
}

async function checkWindow(
  inputs: CanaryInputs,
  deps: CanaryDeps,
  journal: Journal,
): Promise<{ decision: DeployWindowDecision } | { ending: Ending }> {
  try {
    const decision = await checkDeployWindow(
      { ...inputs.window, waitTimeoutMs: inputs.windowTimeoutMs },
      { clock: deps.clock, logger: deps.logger },
    );
    journal.window = reportFromDecision(inputs.window.policy, decision);
    if (decision.outcome === 'overridden') {
      journal.remark(
        `Deployed through a closed deploy window under an emergency override: "${decision.overrideReason}".`,
      );
    }
    return { decision };
  } catch (error) {
    if (!(error instanceof DeployWindowClosedError) || !inputs.window.policy) throw error;
    journal.window = reportFromFailure(inputs.window.policy, error);
    return {
      ending: { result: 'failed', headline: 'Not started: the deploy window is closed', reason: error.message },
    };
  }
}

function claimant(inputs: CanaryInputs, deps: CanaryDeps): Claimant {
  return {
    id: deps.identity.rolloutId,
    holder: deps.identity.holder,
    run: deps.identity.run,
    purpose: inputs.mode === 'deploy' ? 'deploy' : inputs.mode,
  };
}

/**
 * Where a deploy begins, from what it finds on the pair: traffic on the idle side running this
 * release (a rollout interrupted before its post step could restore) resumes; running another
 * release is rolled back first; this release already live after a promotion (an earlier attempt
 * promoted it) finishes keeping the previous side and retires it.
 */
async function decideStart(
  inputs: CanaryInputs,
  deps: CanaryDeps,
  view: PairView,
  plan: TaskDefinitionPlan | undefined,
): Promise<Start> {
  if (inputs.mode !== 'deploy' || !plan) return { kind: 'fresh' };
  const liveRuns = await runsRelease(plan, view.services[view.live], deps);
  if (view.canaryPercent === 0 && view.record?.state === 'promoted' && view.record.live === view.live && liveRuns) {
    deps.logger.info('This release is already live: an earlier attempt promoted it. Finishing its keep-previous.');
    return { kind: 'already-live' };
  }
  if (view.canaryPercent === 0) return { kind: 'fresh' };
  const same = await runsRelease(plan, view.services[view.canary], deps);
  const step = inputs.steps.findLastIndex((s) => s.percent <= view.canaryPercent);
  if (same && step >= 0) {
    deps.logger.info(
      `Found ${view.canaryPercent}% on the canary side running this release: resuming at step ${step + 1}.`,
    );
    return { kind: 'resume', step };
  }
  return {
    kind: 'replace',
    reason: `found ${view.canaryPercent}% of traffic on the canary side running ${shortTaskDefinition(view.services[view.canary].taskDefinitionArn)}, not this release`,
  };
}

/** Whether a service runs what this plan would deploy (the same revision, or the same images). */
async function runsRelease(plan: TaskDefinitionPlan, service: ServiceSnapshot, deps: CanaryDeps): Promise<boolean> {
  if (plan.existingArn) return plan.existingArn === service.taskDefinitionArn;
  return plan.register !== undefined && sameImages(plan.register, service.taskDefinitionArn, deps);
}

async function sameImages(
  planned: RegisterTaskDefinitionCommandInput,
  runningArn: string,
  deps: CanaryDeps,
): Promise<boolean> {
  const running = await deps.ecs.describeTaskDefinition(runningArn);
  if (!running) return false;
  const images = (containers: readonly { name?: string; image?: string }[] | undefined): string =>
    JSON.stringify((containers ?? []).map((c) => [c.name, c.image]).sort());
  return images(planned.containerDefinitions) === images(running.definition.containerDefinitions);
}
