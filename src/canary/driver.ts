import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { shortTaskDefinition, type EcsPort, type ServiceSnapshot } from '../aws/ecs.js';
import type { ServiceScalingPort } from '../aws/ecs-services.js';
import type { RouteSnapshot, TrafficPort } from '../aws/elbv2.js';
import { loadFileDefinition, planTaskDefinition, type TaskDefinitionPlan } from '../ecs-deploy/task-definition-plan.js';
import type { ChecksDocument } from '../gate/checks.js';
import { parseChecks } from '../gate/checks-schema.js';
import type { GateOutcome, GatePolicy } from '../gate/gate.js';
import type { Clock } from '../runtime/clock.js';
import { formatDuration } from '../runtime/duration.js';
import { checkDeployWindow, DeployWindowClosedError, type DeployWindowDecision } from '../deploy-window/check.js';
import { evaluateWindow } from '../deploy-window/evaluate.js';
import { reportFromDecision, reportFromFailure, type DeployWindowReport } from '../deploy-window/report.js';
import { ConfigurationError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { describe, pairOf, releaseLease, restoreFromCheckpoint, type Checkpoint } from './checkpoint.js';
import { other, readLiveSide, weightsFor, weightsMatch, type Color } from './colors.js';
import type { CanaryInputs } from './inputs.js';
import { decideLease, leaseTags, readLease, type Lease } from './lease.js';
import {
  initialPhase,
  transition,
  type CanaryResult,
  type Event,
  type MachineConfig,
  type Phase,
  type Start,
} from './machine.js';
import { fillPlaceholders, type PlaceholderValues } from './placeholders.js';
import type { CanaryReport, StepRecord, TimelineEntry } from './report.js';

export interface CanaryDeps {
  readonly ecs: Pick<
    EcsPort,
    'describeService' | 'describeTaskDefinition' | 'registerTaskDefinition' | 'deregisterTaskDefinition'
  >;
  readonly scaling: ServiceScalingPort;
  readonly traffic: TrafficPort;
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

/** Margin on every lease beyond the work it covers, so a slow API never lets it lapse mid-step. */
const LEASE_MARGIN_MS = 10 * 60_000;
/** How often readiness is polled while the canary side scales up. */
const READY_POLL_MS = 5_000;

/**
 * Runs one canary rollout (or a promote / abort) to the end and returns its report. Everything
 * is read and checked before the first change; the lease is taken before the first weight
 * change; every path that leaves the machine early restores traffic to the safe side.
 */
export async function runCanary(inputs: CanaryInputs, deps: CanaryDeps): Promise<CanaryReport> {
  const { clock, logger, traffic } = deps;
  const startedAt = clock.now();
  const timeline: TimelineEntry[] = [];
  const notes: string[] = [];
  const steps: StepRecord[] = [];
  const note = (message: string): void => {
    timeline.push({ at: new Date(clock.now()).toISOString(), message });
    logger.info(message);
  };
  const base = {
    mode: inputs.mode,
    rolloutId: deps.identity.rolloutId,
    cluster: inputs.cluster,
    services: inputs.services,
    steps,
    timeline,
    notes,
    startedAt: new Date(startedAt).toISOString(),
  };
  // What the report shows; filled in as they become known, so an early return reports what it can.
  const known: { liveBefore?: Color; previousArn?: string; window?: DeployWindowReport } = {};
  let liveNow: Color | undefined;
  let currentRoute: RouteSnapshot | undefined;
  let targetArn: string | undefined;

  // ---- Read everything first: nothing below changes AWS until the lease is taken.
  const fileDefinition = await logger.group('Check task definition', async () =>
    inputs.mode === 'deploy' ? loadFileDefinition(inputs.request, deps) : undefined,
  );
  // First the deploy window, since waiting for it may take a while and everything below must be
  // read fresh. An abort returns traffic to the live side: never held back by a window.
  let windowDecision: DeployWindowDecision | undefined;
  if (inputs.mode !== 'abort') {
    try {
      windowDecision = await checkDeployWindow(
        { ...inputs.window, waitTimeoutMs: inputs.windowTimeoutMs },
        { clock, logger },
      );
    } catch (error) {
      if (!(error instanceof DeployWindowClosedError) || !inputs.window.policy) throw error;
      known.window = reportFromFailure(inputs.window.policy, error);
      return finish('failed', 'Not started: the deploy window is closed', error.message, {});
    }
    known.window = reportFromDecision(inputs.window.policy, windowDecision);
    if (windowDecision.outcome === 'overridden') {
      notes.push(
        `Deployed through a closed deploy window under an emergency override: "${windowDecision.overrideReason}".`,
      );
    }
  }
  const route = await traffic.readRoute(inputs.route.kind, inputs.route.arn);
  currentRoute = route;
  const tags = await traffic.readTags(inputs.route.arn);
  const lease = decideLease(tags, deps.identity, clock.now());
  if (lease.kind === 'conflict') {
    return finish('failed', `Another rollout holds this route`, lease.message, { notes: [lease.message] });
  }
  const recordedLive = lease.kind === 'take-over' ? lease.previous.live : undefined;
  const side = readLiveSide(route.weights, inputs.targetGroups, recordedLive);
  if (!side.ok)
    throw new ConfigurationError([
      { input: inputs.route.kind === 'listener' ? 'listener-arn' : 'listener-rule-arn', message: side.message },
    ]);
  const live = side.live;
  const canary = other(live);
  known.liveBefore = live;
  liveNow = live;
  if (lease.kind === 'take-over')
    notes.push(`Took over rollout ${lease.previous.id} by ${lease.previous.holder}: ${lease.why}.`);
  logger.info(
    `Live: ${live} (${inputs.services[live]}); canary side: ${canary} (${inputs.services[canary]}), now at ${side.canaryPercent}%.`,
  );

  const [liveService, canaryService] = await Promise.all([
    describeSide(deps, inputs, live),
    describeSide(deps, inputs, canary),
  ]);
  known.previousArn = liveService.taskDefinitionArn;
  const groups = await traffic.describeTargetGroups([inputs.targetGroups[live], inputs.targetGroups[canary]]);
  const liveGroup = groups.find((g) => g.arn === inputs.targetGroups[live]);
  const canaryGroup = groups.find((g) => g.arn === inputs.targetGroups[canary]);
  if (!liveGroup || !canaryGroup) {
    throw new ConfigurationError([
      { input: `${canary}-target-group`, message: 'the target groups were not found in this account and region.' },
    ]);
  }
  const values: PlaceholderValues = {
    canary: canaryGroup.dimension,
    baseline: liveGroup.dimension,
    'load-balancer': liveGroup.loadBalancerDimensions[0] ?? canaryGroup.loadBalancerDimensions[0] ?? '',
    'canary-service': inputs.services[canary],
    'baseline-service': inputs.services[live],
    cluster: inputs.cluster,
  };
  const document =
    inputs.checksTemplate === undefined ? undefined : parseChecks(fillPlaceholders(inputs.checksTemplate, values));

  let plan: TaskDefinitionPlan | undefined;
  if (inputs.mode === 'deploy') {
    // Without a task-definition input the new revision is the live side's, with the new image.
    const request =
      inputs.request.taskDefinition === undefined
        ? { ...inputs.request, taskDefinition: { kind: 'revision' as const, reference: liveService.taskDefinitionArn } }
        : inputs.request;
    plan = await logger.group('Prepare task definition', () => planTaskDefinition(request, fileDefinition, deps));
    const liveHealth = await traffic.targetHealth(inputs.targetGroups[live]);
    if (liveHealth.healthy === 0 && side.settled) {
      throw new ConfigurationError([
        {
          input: `${live}-target-group`,
          message: `the live side (${live}) has no healthy targets (${JSON.stringify(liveHealth.byState)}), so a rollback would have nowhere healthy to go. Fix the live service first.`,
        },
      ]);
    }
  }
  if (inputs.mode === 'promote' && side.canaryPercent === 0) {
    throw new ConfigurationError([
      { input: 'mode', message: `there is nothing to promote: ${canary} has no traffic. Run with mode: deploy.` },
    ]);
  }
  const start = await decideStart(inputs, deps, side.canaryPercent, canaryService, plan);
  // Resuming or promoting shifts what the canary side already runs.
  if (start.kind === 'resume' || inputs.mode === 'promote') targetArn = canaryService.taskDefinitionArn;
  const desiredCount = inputs.desiredCount ?? Math.max(1, liveService.desiredCount);

  // ---- Take the lease, then save where we are before the first change.
  const myLease = (extraMs: number): Lease => ({
    id: deps.identity.rolloutId,
    holder: deps.identity.holder,
    run: deps.identity.run,
    expiresAt: clock.now() + extraMs + LEASE_MARGIN_MS,
    live,
  });
  await traffic.addTags(
    inputs.route.arn,
    leaseTags(myLease(inputs.readyTimeoutMs + (inputs.steps[0]?.observeMs ?? 0))),
  );
  const readBack = readLease(await traffic.readTags(inputs.route.arn));
  if (readBack?.id !== deps.identity.rolloutId) {
    const message = `another rollout took this route at the same moment: ${readBack?.holder ?? 'unknown'} (rollout ${readBack?.id ?? '?'}). Nothing was changed.`;
    return finish('failed', 'Another rollout holds this route', message, { notes: [message] });
  }
  note(`Took the rollout lease on the ${inputs.route.kind} as ${deps.identity.holder}.`);
  let checkpoint: Checkpoint = {
    rolloutId: deps.identity.rolloutId,
    cluster: inputs.cluster,
    route: inputs.route,
    targetGroups: inputs.targetGroups,
    services: inputs.services,
    safe: live,
    phase: 'shifting',
  };
  deps.saveCheckpoint(checkpoint);

  // ---- Drive the state machine.
  const config: MachineConfig = { steps: inputs.steps, onInconclusive: inputs.onInconclusive, mode: inputs.mode };
  let phase: Phase = initialPhase(config, start);
  let registered = false;
  let shiftedRoute: RouteSnapshot = route;
  try {
    while (phase.kind !== 'done') {
      const event: Event = await perform(phase);
      phase = transition(phase, event, config);
    }
  } catch (error) {
    // A bug or an AWS failure outside the machine's events (after the SDK's retries): put traffic
    // on the safe side first, then report what happened like any other ending.
    const reason = error instanceof Error ? error.message : String(error);
    logger.error(`Unexpected failure during the rollout: ${reason}. Restoring traffic to ${checkpoint.safe}.`);
    if (error instanceof Error && error.stack) logger.debug(error.stack);
    const restored = await restoreFromCheckpoint(checkpoint, deps);
    for (const action of restored.actions) note(action);
    currentRoute = await traffic.readRoute(inputs.route.kind, inputs.route.arn).catch(() => currentRoute);
    if (!restored.trafficSafe) {
      // The checkpoint stays open: the post step tries again.
      return finish(
        'failed',
        'The rollout failed and traffic could not be confirmed on a healthy side',
        `unexpected failure: ${reason}`,
        {},
      );
    }
    const promoted = checkpoint.phase === 'promoted';
    checkpoint = { ...checkpoint, phase: 'finished' };
    deps.saveCheckpoint(checkpoint);
    return promoted
      ? finish(
          'promoted',
          `Promoted on ${canary} (${inputs.services[canary]}), with an error afterwards`,
          `unexpected failure after promotion: ${reason}; traffic stays on ${canary}`,
          {},
        )
      : finish(
          'rolled-back',
          `Rolled back: all traffic is on ${live} (${inputs.services[live]})`,
          `unexpected failure: ${reason}`,
          {},
        );
  }

  const done = phase;
  if (done.result === 'held' || done.result === 'failed') {
    // Leave the lease expired, not removed: its record of the live side lets promote, abort or
    // a re-run continue from these weights instead of guessing.
    await traffic.addTags(inputs.route.arn, leaseTags({ ...myLease(0), expiresAt: clock.now() }));
    note(
      done.result === 'held'
        ? 'Holding: the lease is released but keeps which side was live, for promote or abort.'
        : 'The lease is kept (expired) with the record of the live side.',
    );
  } else {
    const actions: string[] = [];
    await releaseLease(checkpoint, traffic, actions);
    for (const action of actions) note(action);
  }
  if (done.result !== 'failed') {
    checkpoint = { ...checkpoint, phase: 'finished' };
    deps.saveCheckpoint(checkpoint);
  }
  const headline = {
    promoted: `Promoted ${targetArn ? shortTaskDefinition(targetArn) : inputs.services[canary]} on ${canary} (${inputs.services[canary]})`,
    'rolled-back': `Rolled back: all traffic is on ${live} (${inputs.services[live]})`,
    held: `Held at ${describe(pairOf(shiftedRoute.weights, inputs.targetGroups))}`,
    failed: 'The rollout failed and traffic could not be confirmed on a healthy side',
  }[done.result];
  const waved = steps.filter((s) => s.gate && s.gate.verdict !== 'pass').map((s) => `step ${s.index + 1}`);
  const reason =
    done.result === 'promoted' && waved.length > 0
      ? `${done.reason}, or was inconclusive and went on because on-inconclusive is continue (${waved.join(', ')})`
      : done.reason;
  return finish(done.result, headline, reason, {});

  function finish(result: CanaryResult, headline: string, reason: string, extra: { notes?: string[] }): CanaryReport {
    for (const extraNote of extra.notes ?? []) if (!notes.includes(extraNote)) notes.push(extraNote);
    return {
      ...base,
      result,
      headline,
      reason,
      liveBefore: known.liveBefore,
      liveColor: liveNow,
      weights: currentRoute ? pairOf(currentRoute.weights, inputs.targetGroups) : undefined,
      taskDefinitionArn: targetArn,
      previousTaskDefinitionArn: known.previousArn,
      window: known.window,
      durationMs: clock.now() - startedAt,
    };
  }

  /** Does what `current` asks and reports how it went, as an event for the machine. */
  async function perform(current: Phase): Promise<Event> {
    switch (current.kind) {
      case 'deploy':
        return logger.group(`Deploy the new revision to ${canary} (${inputs.services[canary]})`, deployCanary);
      case 'shift':
        return logger.group(
          `Step ${current.step + 1}: shift ${inputs.steps[current.step]?.percent ?? 100}% to ${canary}`,
          () => shift(current.step),
        );
      case 'observe':
        return logger.group(
          `Step ${current.step + 1}: observe for ${formatDuration(inputs.steps[current.step]?.observeMs ?? 0)}`,
          () => observe(current.step),
        );
      case 'keep-previous':
        return keepPrevious();
      case 'retire':
        return retire();
      case 'restore':
        return restore(current.reason);
      case 'scale-in':
        return scaleIn();
      case 'done':
        throw new Error('perform called on a finished rollout');
    }
  }

  async function deployCanary(): Promise<Event> {
    if (!plan) throw new Error('deploy phase without a task-definition plan');
    targetArn = plan.existingArn;
    if (plan.register) {
      targetArn = await deps.ecs.registerTaskDefinition(plan.register);
      registered = true;
      note(`Registered ${shortTaskDefinition(targetArn)}.`);
    }
    if (!targetArn) throw new Error('no task definition to deploy');
    try {
      await deps.scaling.updateService(inputs.cluster, inputs.services[canary], {
        taskDefinitionArn: targetArn,
        desiredCount,
      });
    } catch (error) {
      if (registered) await deps.ecs.deregisterTaskDefinition(targetArn).catch(() => undefined);
      return {
        kind: 'not-ready',
        reason: `updating ${inputs.services[canary]} failed: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    note(
      `${inputs.services[canary]} → ${shortTaskDefinition(targetArn)} with ${desiredCount} task${desiredCount === 1 ? '' : 's'}.`,
    );
    const deadline = clock.now() + inputs.readyTimeoutMs;
    for (;;) {
      const readiness = await canaryReadiness(targetArn, desiredCount);
      if (readiness.ready) {
        note(`${inputs.services[canary]} is ready: ${readiness.detail}.`);
        return { kind: 'ready' };
      }
      if (readiness.failed) return { kind: 'not-ready', reason: readiness.detail };
      if (clock.now() >= deadline) {
        return {
          kind: 'not-ready',
          reason: `not ready after ${formatDuration(inputs.readyTimeoutMs)} (ready-timeout): ${readiness.detail}`,
        };
      }
      logger.info(`Waiting for ${inputs.services[canary]}: ${readiness.detail}.`);
      await clock.sleep(Math.min(READY_POLL_MS, Math.max(0, deadline - clock.now())));
    }
  }

  async function shift(step: number): Promise<Event> {
    const percent = inputs.steps[step]?.percent ?? 100;
    const pause = windowPause();
    if (pause) return { kind: 'paused', ...pause };
    // Weight only for a side that can take it (Argo #2864: weight before healthy targets is 503s).
    const readiness = await canaryReadiness(targetArn ?? canaryService.taskDefinitionArn, undefined);
    if (!readiness.ready)
      return {
        kind: 'shift-failed',
        reason: `${inputs.services[canary]} is not ready for traffic: ${readiness.detail}`,
      };
    await traffic.addTags(inputs.route.arn, leaseTags(myLease(inputs.steps[step]?.observeMs ?? 0)));
    try {
      await traffic.writeWeights(shiftedRoute, weightsFor(inputs.targetGroups, live, percent));
      shiftedRoute = currentRoute = await traffic.readRoute(inputs.route.kind, inputs.route.arn);
    } catch (error) {
      return { kind: 'shift-failed', reason: error instanceof Error ? error.message : String(error) };
    }
    const weights = pairOf(shiftedRoute.weights, inputs.targetGroups);
    steps.push({
      index: step,
      percent,
      observeMs: inputs.steps[step]?.observeMs ?? 0,
      shiftedAt: new Date(clock.now()).toISOString(),
      weights,
    });
    if (!weightsMatch(shiftedRoute.weights, inputs.targetGroups, live, percent)) {
      return {
        kind: 'shift-failed',
        reason: `the route reads ${describe(weights)} after setting ${percent}% on ${canary}; someone else may be changing it`,
      };
    }
    note(`Shifted ${percent}% to ${canary}: ${describe(weights)} (read back).`);
    return { kind: 'shifted' };
  }

  /**
   * A deploy window that closed since the rollout began stops further shifting (an override
   * covers the whole run). The first shift follows the start-up check, so it is not asked again.
   */
  function windowPause(): { reason: string; action: 'hold' | 'rollback' } | undefined {
    const policy = inputs.window.policy;
    if (
      !policy ||
      !windowDecision ||
      windowDecision.outcome === 'overridden' ||
      windowDecision.outcome === 'unrestricted'
    ) {
      return undefined;
    }
    const now = evaluateWindow(policy, clock.now());
    if (now.open) return undefined;
    return {
      reason: `the deploy window (${policy.text}) closed during the rollout: ${now.reason}`,
      action: inputs.onWindowClose,
    };
  }

  async function observe(step: number): Promise<Event> {
    const observeMs = inputs.steps[step]?.observeMs ?? 0;
    if (!document) return { kind: 'gate', verdict: 'pass', reason: 'no checks configured' };
    const policy: GatePolicy = { ...inputs.gate, windowMs: observeMs };
    const outcome = await deps.runGate(document, policy);
    const record = steps.findLast((s) => s.index === step);
    const withGate: StepRecord = {
      ...(record ?? { index: step, percent: inputs.steps[step]?.percent ?? 0, observeMs }),
      gate: { ...outcome, policy },
    };
    if (record) steps[steps.indexOf(record)] = withGate;
    else steps.push(withGate);
    note(`Step ${step + 1} gate: ${outcome.verdict} — ${outcome.reason}`);
    if (outcome.verdict === 'pass' && step === inputs.steps.length - 1) promote();
    return { kind: 'gate', verdict: outcome.verdict, reason: outcome.reason };
  }

  /** The canary carries all traffic and passed: from now on it is the side to keep. */
  function promote(): void {
    liveNow = canary;
    checkpoint = { ...checkpoint, safe: canary, phase: 'promoted' };
    deps.saveCheckpoint(checkpoint);
  }

  async function keepPrevious(): Promise<Event> {
    if (liveNow !== canary) promote(); // mode promote reaches here without a gate
    note(
      `Promoted: ${canary} (${inputs.services[canary]}) is live. Keeping ${inputs.services[live]} at full size for ${formatDuration(inputs.keepPreviousMs)}.`,
    );
    if (inputs.keepPreviousMs > 0) {
      await traffic.addTags(inputs.route.arn, leaseTags({ ...myLease(inputs.keepPreviousMs), live: canary }));
      await clock.sleep(inputs.keepPreviousMs);
    }
    return { kind: 'kept' };
  }

  async function retire(): Promise<Event> {
    try {
      await deps.scaling.updateService(inputs.cluster, inputs.services[live], { desiredCount: 0 });
      note(`Scaled ${inputs.services[live]} (previous, ${live}) in to 0 tasks.`);
      return { kind: 'retired' };
    } catch (error) {
      return { kind: 'retire-failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async function restore(reason: string): Promise<Event> {
    logger.warning(`Rolling back: ${reason}`);
    const restored = await restoreTrafficOnly();
    return restored.ok ? { kind: 'restored' } : { kind: 'restore-failed', reason: restored.reason };
  }

  /** One weight write putting everything on the live side, retried, then read back. */
  async function restoreTrafficOnly(): Promise<{ ok: true } | { ok: false; reason: string }> {
    let lastError = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        if (!weightsMatch(shiftedRoute.weights, inputs.targetGroups, live, 0)) {
          await traffic.writeWeights(shiftedRoute, weightsFor(inputs.targetGroups, live, 0));
        }
        shiftedRoute = currentRoute = await traffic.readRoute(inputs.route.kind, inputs.route.arn);
        if (weightsMatch(shiftedRoute.weights, inputs.targetGroups, live, 0)) {
          note(
            `All traffic is back on ${live}: ${describe(pairOf(shiftedRoute.weights, inputs.targetGroups))} (read back).`,
          );
          return { ok: true };
        }
        lastError = `read back ${describe(pairOf(shiftedRoute.weights, inputs.targetGroups))}`;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
      }
      logger.warning(`Restoring traffic, attempt ${attempt}: ${lastError}`);
      await clock.sleep(1000 * 2 ** (attempt - 1));
    }
    return { ok: false, reason: lastError };
  }

  async function scaleIn(): Promise<Event> {
    try {
      await deps.scaling.updateService(inputs.cluster, inputs.services[canary], { desiredCount: 0 });
      note(`Scaled ${inputs.services[canary]} (${canary}) in to 0 tasks.`);
      return { kind: 'scaled-in' };
    } catch (error) {
      return { kind: 'scale-in-failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Ready means: the service runs the revision at its desired count in one settled deployment,
   * nothing failed, and its target group has healthy targets.
   */
  async function canaryReadiness(
    arn: string,
    expectedCount: number | undefined,
  ): Promise<{ ready: boolean; failed: boolean; detail: string }> {
    const service = await deps.ecs.describeService(inputs.cluster, inputs.services[canary]);
    const health = await traffic.targetHealth(inputs.targetGroups[canary]);
    return assessReadiness(service, health.healthy, health.byState, arn, expectedCount);
  }
}

/** Pure: is a side ready for traffic? Exported for its table test. */
export function assessReadiness(
  service: ServiceSnapshot,
  healthy: number,
  byState: Readonly<Record<string, number>>,
  arn: string,
  expectedCount: number | undefined,
): { ready: boolean; failed: boolean; detail: string } {
  const failedDeployment = service.deployments.find((d) => d.rolloutState === 'FAILED');
  if (failedDeployment) {
    return {
      ready: false,
      failed: true,
      detail: `ECS marked the deployment FAILED: ${failedDeployment.rolloutStateReason ?? 'no reason given'}`,
    };
  }
  const counts = `${service.runningCount}/${service.desiredCount} tasks running, ${healthy} healthy target${healthy === 1 ? '' : 's'}`;
  const states = Object.entries(byState)
    .map(([state, n]) => `${n} ${state}`)
    .join(', ');
  const detail = `${counts}${states ? ` (${states})` : ''}`;
  if (service.taskDefinitionArn !== arn)
    return {
      ready: false,
      failed: false,
      detail: `still on ${shortTaskDefinition(service.taskDefinitionArn)}; ${detail}`,
    };
  if (expectedCount !== undefined && service.desiredCount !== expectedCount)
    return { ready: false, failed: false, detail };
  const settled = service.deployments.length <= 1 && service.deployments.every((d) => d.rolloutState !== 'IN_PROGRESS');
  const ready = service.desiredCount > 0 && service.runningCount >= service.desiredCount && settled && healthy > 0;
  return {
    ready,
    failed: false,
    detail: settled ? detail : `${detail}; ${service.deployments.length} deployments still rolling`,
  };
}

async function describeSide(deps: CanaryDeps, inputs: CanaryInputs, color: Color): Promise<ServiceSnapshot> {
  try {
    return await deps.ecs.describeService(inputs.cluster, inputs.services[color]);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(
        error.problems.map((p) => ({ ...p, input: p.input === 'service' ? `${color}-service` : p.input })),
      );
    }
    throw error;
  }
}

/**
 * A run that finds traffic already on the canary side (a rollout interrupted before its post
 * step could restore) resumes when the canary runs what this run would deploy, and otherwise
 * rolls that traffic back before deploying.
 */
async function decideStart(
  inputs: CanaryInputs,
  deps: CanaryDeps,
  canaryPercent: number,
  canaryService: ServiceSnapshot,
  plan: TaskDefinitionPlan | undefined,
): Promise<Start> {
  if (inputs.mode !== 'deploy' || canaryPercent === 0 || !plan) return { kind: 'fresh' };
  const same = plan.existingArn
    ? plan.existingArn === canaryService.taskDefinitionArn
    : plan.register !== undefined && (await sameImages(plan.register, canaryService.taskDefinitionArn, deps));
  const step = inputs.steps.findLastIndex((s) => s.percent <= canaryPercent);
  if (same && step >= 0) {
    deps.logger.info(`Found ${canaryPercent}% on the canary side running this release: resuming at step ${step + 1}.`);
    return { kind: 'resume', step };
  }
  return {
    kind: 'replace',
    reason: `found ${canaryPercent}% of traffic on the canary side running ${shortTaskDefinition(canaryService.taskDefinitionArn)}, not this release`,
  };
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
