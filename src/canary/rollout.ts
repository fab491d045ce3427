import { shortTaskDefinition, type ServiceSnapshot } from '../aws/ecs.js';
import type { RouteSnapshot } from '../aws/elbv2.js';
import { evaluateWindow } from '../deploy-window/evaluate.js';
import type { DeployWindowDecision } from '../deploy-window/check.js';
import type { TaskDefinitionPlan } from '../ecs-deploy/task-definition-plan.js';
import type { ChecksDocument } from '../gate/checks.js';
import { DEFAULT_METRICS_DELAY_MS, type GatePolicy } from '../gate/gate.js';
import { formatDuration } from '../runtime/duration.js';
import type { HeldLease } from '../rollout/lease.js';
import { describe, pairOf, type Checkpoint } from './checkpoint.js';
import { weightsFor, weightsMatch, type Color } from './colors.js';
import type { CanaryDeps } from './driver.js';
import type { CanaryInputs } from './inputs.js';
import type { Ending, Journal } from './journal.js';
import { initialPhase, transition, type Event, type MachineConfig, type Phase, type Start } from './machine.js';
import { readRecord, recordTags, staleRecordTags, type PairRecord } from './pair-record.js';
import type { PairView } from './pair.js';
import type { StepRecord } from './report.js';

/** Everything a rollout reads before it starts; nothing here changes while it runs. */
export interface RolloutContext {
  readonly inputs: CanaryInputs;
  readonly deps: CanaryDeps;
  readonly journal: Journal;
  readonly lease: HeldLease;
  readonly view: PairView;
  readonly document: ChecksDocument | undefined;
  readonly plan: TaskDefinitionPlan | undefined;
  readonly start: Start;
  readonly desiredCount: number;
  readonly windowDecision: DeployWindowDecision | undefined;
}

/** The lease was broken (an abort) or expired and taken: this run must stop changing anything. */
export class LeaseLostError extends Error {
  constructor(readonly during: string) {
    super(`another run took over this pair while this run was ${during}`);
    this.name = 'LeaseLostError';
  }
}

/** Margin on every lease beyond the work it covers, so a slow API never lets it lapse mid-step. */
const LEASE_MARGIN_MS = 10 * 60_000;
/** How often readiness is polled while the canary side scales up. */
const READY_POLL_MS = 5_000;
/** Keep-previous waits in slices this long, checking its lease between them. */
const KEEP_SLICE_MS = 5 * 60_000;
/** Waits between tries to scale a side in, after the SDK's own retries of each. */
const SCALE_IN_WAITS_MS = [2_000, 10_000];
const RESTORE_ATTEMPTS = 3;

/**
 * Carries a deploy or a promote out: performs what each phase of the pure machine asks
 * (machine.ts) and reports back an event. `from` is the side that was live when the rollout began,
 * `to` the side it moves to. Before every change the lease is confirmed; a run that finds it broken
 * stops, undoing only a weight write of its own that raced the run that broke it.
 */
export class Rollout {
  private readonly from: Color;
  private readonly to: Color;
  private route: RouteSnapshot;
  private targetArn: string | undefined;
  /** When this run first gave the new release traffic: its gates judge periods from then on. */
  private firstShiftAt: number | undefined;
  private checkpoint: Checkpoint;
  /** Why scaling the previous side in after keep-previous failed, when it did. */
  private retireFailure: string | undefined;
  /** Why scaling the canary side in after a rollback failed, when it did. */
  private scaleInFailure: string | undefined;

  constructor(private readonly ctx: RolloutContext) {
    const { view, start } = ctx;
    this.from = start.kind === 'already-live' ? view.canary : view.live;
    this.to = start.kind === 'already-live' ? view.live : view.canary;
    this.route = view.route;
    if (start.kind !== 'fresh' && start.kind !== 'replace') this.targetArn = view.services[this.to].taskDefinitionArn;
    ctx.journal.liveBefore = view.live;
    ctx.journal.liveNow = view.live;
    ctx.journal.previousTaskDefinitionArn = view.services[this.from].taskDefinitionArn;
    ctx.journal.taskDefinitionArn = this.targetArn;
    this.checkpoint = {
      rolloutId: ctx.deps.identity.rolloutId,
      cluster: ctx.inputs.cluster,
      route: ctx.inputs.route,
      targetGroups: ctx.inputs.targetGroups,
      services: ctx.inputs.services,
      safe: start.kind === 'already-live' ? this.to : this.from,
      phase: start.kind === 'already-live' ? 'promoted' : 'shifting',
      leaseArn: ctx.lease.arn,
      by: ctx.deps.identity.holder,
      previous: view.record?.previous,
    };
  }

  async run(): Promise<Ending> {
    const { inputs, deps } = this.ctx;
    const config: MachineConfig = { steps: inputs.steps, onInconclusive: inputs.onInconclusive, mode: inputs.mode };
    if (this.ctx.start.kind !== 'already-live') await this.writeRecord({ state: 'shifting', live: this.from });
    deps.saveCheckpoint(this.checkpoint);
    let phase: Phase = initialPhase(config, this.ctx.start);
    while (phase.kind !== 'done') phase = transition(phase, await this.perform(phase), config);
    return this.ending(phase.result, phase.reason);
  }

  private perform(phase: Exclude<Phase, { kind: 'done' }>): Promise<Event> {
    const { logger } = this.ctx.deps;
    const { inputs } = this.ctx;
    switch (phase.kind) {
      case 'deploy':
        return logger.group(`Deploy the new revision to ${this.to} (${inputs.services[this.to]})`, () => this.deploy());
      case 'shift':
        return logger.group(
          `Step ${phase.step + 1}: shift ${inputs.steps[phase.step]?.percent ?? 100}% to ${this.to}`,
          () => this.shift(phase.step),
        );
      case 'observe':
        return logger.group(
          `Step ${phase.step + 1}: observe for ${formatDuration(inputs.steps[phase.step]?.observeMs ?? 0)}`,
          () => this.observe(phase.step),
        );
      case 'keep-previous':
        return this.keepPrevious();
      case 'retire':
        return this.retire();
      case 'restore':
        return this.restore(phase.reason);
      case 'scale-in':
        return this.scaleIn();
    }
  }

  // ---- Phases.

  private async deploy(): Promise<Event> {
    const { deps, inputs, plan, journal } = this.ctx;
    if (!plan) throw new Error('deploy phase without a task-definition plan');
    await this.guard('deploying the new revision');
    let arn = plan.existingArn;
    if (plan.register) {
      arn = await deps.ecs.registerTaskDefinition(plan.register);
      journal.note(`Registered ${shortTaskDefinition(arn)}.`);
    }
    if (!arn) throw new Error('no task definition to deploy');
    this.targetArn = journal.taskDefinitionArn = arn;
    const count = this.ctx.desiredCount;
    try {
      await deps.scaling.updateService(inputs.cluster, inputs.services[this.to], {
        taskDefinitionArn: arn,
        desiredCount: count,
      });
    } catch (error) {
      if (plan.register) await deps.ecs.deregisterTaskDefinition(arn).catch(() => undefined);
      return { kind: 'not-ready', reason: `updating ${inputs.services[this.to]} failed: ${messageOf(error)}` };
    }
    journal.note(
      `${inputs.services[this.to]} → ${shortTaskDefinition(arn)} with ${count} task${count === 1 ? '' : 's'}.`,
    );
    return this.waitReady(arn, count);
  }

  private async waitReady(arn: string, count: number): Promise<Event> {
    const { deps, inputs, journal } = this.ctx;
    const deadline = deps.clock.now() + inputs.readyTimeoutMs;
    for (;;) {
      const readiness = await this.readiness(this.to, arn, count);
      if (readiness.ready) {
        journal.note(`${inputs.services[this.to]} is ready: ${readiness.detail}.`);
        return { kind: 'ready' };
      }
      if (readiness.failed) return { kind: 'not-ready', reason: readiness.detail };
      if (deps.clock.now() >= deadline) {
        return {
          kind: 'not-ready',
          reason: `not ready after ${formatDuration(inputs.readyTimeoutMs)} (ready-timeout): ${readiness.detail}`,
        };
      }
      deps.logger.info(`Waiting for ${inputs.services[this.to]}: ${readiness.detail}.`);
      await deps.clock.sleep(Math.min(READY_POLL_MS, Math.max(0, deadline - deps.clock.now())));
    }
  }

  private async shift(step: number): Promise<Event> {
    const { deps, inputs, journal } = this.ctx;
    const percent = inputs.steps[step]?.percent ?? 100;
    const pause = this.windowPause();
    if (pause) return { kind: 'paused', ...pause };
    // Weight only for a side that can take it (Argo #2864: weight before healthy targets is 503s).
    const readiness = await this.readiness(
      this.to,
      this.targetArn ?? this.ctx.view.services[this.to].taskDefinitionArn,
      undefined,
    );
    if (!readiness.ready) {
      return {
        kind: 'shift-failed',
        reason: `${inputs.services[this.to]} is not ready for traffic: ${readiness.detail}`,
      };
    }
    await this.guard(`about to shift ${percent}%`, this.stepLeaseMs(step));
    try {
      await deps.traffic.writeWeights(this.route, weightsFor(inputs.targetGroups, this.from, percent));
      this.firstShiftAt ??= deps.clock.now();
      await this.readBack();
    } catch (error) {
      return { kind: 'shift-failed', reason: messageOf(error) };
    }
    // A run that broke our lease may have restored the pair while our write was in flight.
    if (!(await this.ctx.lease.stillHeld())) await this.yieldAfterRace(`shifting ${percent}%`);
    const weights = pairOf(this.route.weights, inputs.targetGroups);
    journal.steps.push({
      index: step,
      percent,
      observeMs: inputs.steps[step]?.observeMs ?? 0,
      shiftedAt: new Date(deps.clock.now()).toISOString(),
      weights,
    });
    if (!weightsMatch(this.route.weights, inputs.targetGroups, this.from, percent)) {
      return {
        kind: 'shift-failed',
        reason: `the route reads ${describe(weights)} after setting ${percent}% on ${this.to}; someone else may be changing it`,
      };
    }
    journal.note(`Shifted ${percent}% to ${this.to}: ${describe(weights)} (read back).`);
    return { kind: 'shifted' };
  }

  private async observe(step: number): Promise<Event> {
    const { deps, inputs, journal, document } = this.ctx;
    const observeMs = inputs.steps[step]?.observeMs ?? 0;
    if (!document) return { kind: 'gate', verdict: 'pass', reason: 'no checks configured' };
    const policy: GatePolicy = {
      ...inputs.gate,
      windowMs: observeMs,
      notBefore: this.firstShiftAt,
      metricsDelayMs: inputs.gate.metricsDelayMs ?? DEFAULT_METRICS_DELAY_MS,
    };
    // The lease must outlive the gate's warm-up and window.
    await this.guard(`observing step ${step + 1}`, this.stepLeaseMs(step));
    const outcome = await deps.runGate(document, policy);
    const record = journal.steps.findLast((s) => s.index === step);
    const withGate: StepRecord = {
      ...(record ?? { index: step, percent: inputs.steps[step]?.percent ?? 0, observeMs }),
      gate: { ...outcome, policy },
    };
    if (record) journal.steps[journal.steps.indexOf(record)] = withGate;
    else journal.steps.push(withGate);
    journal.note(`Step ${step + 1} gate: ${outcome.verdict} — ${outcome.reason}`);
    if (outcome.verdict === 'pass' && step === inputs.steps.length - 1) await this.promote();
    return { kind: 'gate', verdict: outcome.verdict, reason: outcome.reason };
  }

  /** The new side carries all traffic and passed: from now on it is the side to keep. */
  private async promote(): Promise<void> {
    const { deps, inputs, journal } = this.ctx;
    const now = deps.clock.now();
    const previous = this.ctx.view.services[this.from];
    const keepUntil = now + inputs.keepPreviousMs;
    this.checkpoint = {
      ...this.checkpoint,
      safe: this.to,
      phase: 'promoted',
      previous: {
        color: this.from,
        revision: shortTaskDefinition(previous.taskDefinitionArn),
        desiredCount: Math.max(1, previous.desiredCount),
        keepUntil,
      },
    };
    deps.saveCheckpoint(this.checkpoint);
    await this.writeRecord({ state: 'promoted', live: this.to, previous: this.checkpoint.previous });
    journal.liveNow = this.to;
    journal.liveSince = now;
  }

  private async keepPrevious(): Promise<Event> {
    const { deps, inputs, journal } = this.ctx;
    if (this.checkpoint.phase !== 'promoted') await this.promote(); // promote mode reaches here without a gate
    const keepUntil = this.checkpoint.previous?.keepUntil ?? deps.clock.now();
    const remaining = Math.max(0, keepUntil - deps.clock.now());
    journal.note(
      `Promoted: ${this.to} (${inputs.services[this.to]}) is live. Keeping ${inputs.services[this.from]} at full size for ${formatDuration(remaining)}; a rollback until then flips traffic back to it at once.`,
    );
    while (deps.clock.now() < keepUntil) {
      await this.guard('keeping the previous side warm', keepUntil - deps.clock.now());
      await deps.clock.sleep(Math.min(KEEP_SLICE_MS, keepUntil - deps.clock.now()));
    }
    return { kind: 'kept' };
  }

  /**
   * Scales the previous side in, but never a side that carries traffic: the route is read right
   * before, and again right after in case a flip raced the scale-in (then the side is scaled back).
   */
  private async retire(): Promise<Event> {
    const { deps, inputs, journal } = this.ctx;
    const service = inputs.services[this.from];
    try {
      await this.guard('retiring the previous side');
      if (this.weightOn(this.from, await this.readBack()) > 0) {
        return { kind: 'retire-failed', reason: `${service} carries traffic again, so it was not scaled in` };
      }
      await deps.scaling.updateService(inputs.cluster, service, { desiredCount: 0 });
      if (this.weightOn(this.from, await this.readBack()) > 0) {
        await deps.scaling.updateService(inputs.cluster, service, {
          desiredCount: this.checkpoint.previous?.desiredCount ?? 1,
        });
        return {
          kind: 'retire-failed',
          reason: `${service} took traffic while being scaled in; it was scaled back up`,
        };
      }
      // The promotion stays recorded with the side it replaced: a later abort brings that side back.
      await this.writeRecord({ state: 'promoted', live: this.to, previous: this.checkpoint.previous });
      this.finishCheckpoint();
      journal.note(`Scaled ${service} (previous, ${this.from}) in to 0 tasks.`);
      return { kind: 'retired' };
    } catch (error) {
      if (error instanceof LeaseLostError) throw error;
      this.retireFailure = messageOf(error);
      return { kind: 'retire-failed', reason: this.retireFailure };
    }
  }

  private async restore(reason: string): Promise<Event> {
    const { deps } = this.ctx;
    deps.logger.warning(`Rolling back: ${reason}`);
    const restored = await this.restoreTraffic();
    if (!restored.ok) return { kind: 'restore-failed', reason: restored.reason };
    // The record stays `shifting` (all traffic on `from`) until the canary side is scaled in, so a
    // later abort or the post step finishes the job if scaling in fails.
    return { kind: 'restored' };
  }

  /** One weight write putting everything on the side that was live, retried, then read back. */
  private async restoreTraffic(): Promise<{ ok: true } | { ok: false; reason: string }> {
    const { deps, inputs, journal } = this.ctx;
    let lastError = '';
    for (let attempt = 1; attempt <= RESTORE_ATTEMPTS; attempt++) {
      try {
        if (!weightsMatch(this.route.weights, inputs.targetGroups, this.from, 0)) {
          await deps.traffic.writeWeights(this.route, weightsFor(inputs.targetGroups, this.from, 0));
        }
        await this.readBack();
        if (weightsMatch(this.route.weights, inputs.targetGroups, this.from, 0)) {
          journal.note(
            `All traffic is back on ${this.from}: ${describe(pairOf(this.route.weights, inputs.targetGroups))} (read back).`,
          );
          return { ok: true };
        }
        lastError = `read back ${describe(pairOf(this.route.weights, inputs.targetGroups))}`;
      } catch (error) {
        lastError = messageOf(error);
      }
      deps.logger.warning(`Restoring traffic, attempt ${attempt}: ${lastError}`);
      await deps.clock.sleep(1000 * 2 ** (attempt - 1));
    }
    return { ok: false, reason: lastError };
  }

  private async scaleIn(): Promise<Event> {
    const { deps, inputs, journal } = this.ctx;
    let failure = '';
    for (let attempt = 0; attempt <= SCALE_IN_WAITS_MS.length; attempt++) {
      try {
        await deps.scaling.updateService(inputs.cluster, inputs.services[this.to], { desiredCount: 0 });
        await this.writeRecord({ state: 'settled', live: this.from });
        this.finishCheckpoint();
        journal.note(`Scaled ${inputs.services[this.to]} (${this.to}) in to 0 tasks.`);
        return { kind: 'scaled-in' };
      } catch (error) {
        failure = messageOf(error);
        const wait = SCALE_IN_WAITS_MS[attempt];
        if (wait !== undefined) await deps.clock.sleep(wait);
      }
    }
    this.scaleInFailure = failure;
    return { kind: 'scale-in-failed', reason: failure };
  }

  // ---- The lease, the record, the checkpoint.

  /**
   * Confirms (and extends) the lease before a change. Throws LeaseLostError when another run broke
   * or took it: from then on that run is in charge.
   */
  private async guard(during: string, forMs = 0): Promise<void> {
    const until = this.ctx.deps.clock.now() + forMs + LEASE_MARGIN_MS;
    if (!(await this.ctx.lease.extend(until))) throw new LeaseLostError(during);
  }

  /**
   * Our weight write may have landed after the run that broke our lease restored the pair: put the
   * pair where that run's record says, then stop.
   */
  private async yieldAfterRace(during: string): Promise<never> {
    const { deps, inputs } = this.ctx;
    const record = await this.readRecordNow();
    const safe = record?.live ?? this.from;
    const route = await deps.traffic.readRoute(inputs.route.kind, inputs.route.arn);
    if (!weightsMatch(route.weights, inputs.targetGroups, safe, 0)) {
      await deps.traffic.writeWeights(route, weightsFor(inputs.targetGroups, safe, 0));
      deps.logger.warning(
        `Another run took over while this one was ${during}; put all traffic back on ${safe}, as its record says.`,
      );
    }
    await this.readBack();
    throw new LeaseLostError(during);
  }

  private async readRecordNow(): Promise<PairRecord | undefined> {
    return readRecord(await this.ctx.deps.traffic.readTags(this.ctx.inputs.route.arn));
  }

  private async writeRecord(fields: Pick<PairRecord, 'state' | 'live' | 'previous'>): Promise<void> {
    const { deps, inputs } = this.ctx;
    const record: PairRecord = {
      ...fields,
      rolloutId: deps.identity.rolloutId,
      by: deps.identity.holder,
      at: deps.clock.now(),
    };
    await deps.traffic.addTags(inputs.route.arn, recordTags(record));
    const stale = staleRecordTags(this.ctx.view.tags);
    if (stale.length > 0) await deps.traffic.removeTags(inputs.route.arn, stale);
  }

  private finishCheckpoint(): void {
    this.checkpoint = { ...this.checkpoint, phase: 'finished' };
    this.ctx.deps.saveCheckpoint(this.checkpoint);
  }

  // ---- Reading the world.

  private async readBack(): Promise<RouteSnapshot> {
    const { deps, inputs, journal } = this.ctx;
    this.route = await deps.traffic.readRoute(inputs.route.kind, inputs.route.arn);
    journal.weights = pairOf(this.route.weights, inputs.targetGroups);
    return this.route;
  }

  private weightOn(color: Color, route: RouteSnapshot): number {
    return route.weights.get(this.ctx.inputs.targetGroups[color]) ?? 0;
  }

  private async readiness(
    color: Color,
    arn: string,
    expectedCount: number | undefined,
  ): Promise<{ ready: boolean; failed: boolean; detail: string }> {
    const { deps, inputs } = this.ctx;
    const service = await deps.ecs.describeService(inputs.cluster, inputs.services[color]);
    const health = await deps.traffic.targetHealth(inputs.targetGroups[color]);
    return assessReadiness(service, health.healthy, health.byState, arn, expectedCount);
  }

  /** A deploy window that closed since the start stops further shifting (an override covers the run). */
  private windowPause(): { reason: string; action: 'hold' | 'rollback' } | undefined {
    const { inputs, deps, windowDecision } = this.ctx;
    const policy = inputs.window.policy;
    if (
      !policy ||
      !windowDecision ||
      windowDecision.outcome === 'overridden' ||
      windowDecision.outcome === 'unrestricted'
    ) {
      return undefined;
    }
    const now = evaluateWindow(policy, deps.clock.now());
    if (now.open) return undefined;
    return {
      reason: `the deploy window (${policy.text}) closed during the rollout: ${now.reason}`,
      action: inputs.onWindowClose,
    };
  }

  /** How long a step may take: readiness, the gate's warm-up and its window. */
  private stepLeaseMs(step: number): number {
    const { inputs } = this.ctx;
    return (
      inputs.readyTimeoutMs +
      2 * 60_000 +
      (inputs.gate.metricsDelayMs ?? DEFAULT_METRICS_DELAY_MS) +
      (inputs.steps[step]?.observeMs ?? 0)
    );
  }

  // ---- The ending.

  private ending(result: Ending['result'], machineReason: string): Ending {
    const { inputs, journal } = this.ctx;
    const waved = journal.steps.filter((s) => s.gate && s.gate.verdict !== 'pass').map((s) => `step ${s.index + 1}`);
    const reason =
      result === 'promoted' && waved.length > 0
        ? `${machineReason}, or was inconclusive and went on because on-inconclusive is continue (${waved.join(', ')})`
        : machineReason;
    if (result === 'rolled-back') journal.liveNow = this.from;
    const headline = {
      promoted: `Promoted ${this.targetArn ? shortTaskDefinition(this.targetArn) : inputs.services[this.to]} on ${this.to} (${inputs.services[this.to]})`,
      'rolled-back': `Rolled back: all traffic is on ${this.from} (${inputs.services[this.from]})`,
      held: `Held at ${describe(pairOf(this.route.weights, inputs.targetGroups))}`,
      failed: 'The rollout failed and traffic could not be confirmed on a healthy side',
    }[result];
    // A failed ending is a restore that could not be confirmed: the post step retries under this
    // lease; so is a promotion whose previous side could not be scaled in.
    const leftOver = this.retireFailure
      ? `${inputs.services[this.from]} (previous, ${this.from}) still runs at full size: scaling it in failed (${this.retireFailure}); the post step tries again, else scale it in or run mode: abort to go back to it`
      : this.scaleInFailure
        ? `${inputs.services[this.to]} (${this.to}) still runs without traffic: scaling it in failed (${this.scaleInFailure}); the post step tries again, else run mode: abort`
        : undefined;
    return { result, headline, reason, keepLease: result === 'failed' || leftOver !== undefined, leftOver };
  }

  /** The checkpoint as it stands, for the error path's restore. */
  current(): Checkpoint {
    return this.checkpoint;
  }

  /** Sides, for the driver's reports on endings outside the machine. */
  sides(): { from: Color; to: Color } {
    return { from: this.from, to: this.to };
  }

  /** Marks a held ending in the record, so promote or abort continue from these weights. */
  async recordHeld(): Promise<void> {
    await this.writeRecord({ state: 'held', live: this.from });
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
  if (service.taskDefinitionArn !== arn) {
    return {
      ready: false,
      failed: false,
      detail: `still on ${shortTaskDefinition(service.taskDefinitionArn)}; ${detail}`,
    };
  }
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
