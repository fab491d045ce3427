/**
 * Follows one native service deployment to its end: reads it every poll interval, logs what moved,
 * answers each PAUSE hook with the gate's verdict the moment it is known, and makes sure a failure
 * ends rolled back (requesting the rollback itself when ECS has not started one).
 */
import type { LifecycleHookSnapshot, ServiceDeploymentPort, ServiceDeploymentSnapshot } from '../../aws/ecs.js';
import type { GateOutcome } from '../../gate/gate.js';
import type { Clock } from '../../runtime/clock.js';
import { formatDuration } from '../../runtime/duration.js';
import type { Logger } from '../../runtime/logger.js';
import type { HeldLease } from '../../rollout/lease.js';
import type { NativeStrategyInputs } from '../inputs.js';
import type { TimelineEntry } from '../report.js';
import type { FailureCause } from '../rollout.js';
import { FORWARD_STATUSES, INITIAL_FOLLOW_STATE, observe, type FollowState, type NextStep } from './follow.js';

/** The pause the gate is asked to judge. */
export interface PauseContext {
  readonly stage: string;
  readonly hook: LifecycleHookSnapshot;
  readonly productionWeight?: number;
  readonly testWeight?: number;
  /**
   * Since when the share being judged has flowed, as this run saw it: the latest production shift,
   * or the test shift before the first production one. The gate judges only periods after it.
   */
  readonly judgeSince?: number;
}

export type FollowOutcome =
  | { readonly kind: 'succeeded' }
  | {
      readonly kind: 'rolled-back';
      readonly cause: FailureCause;
      readonly reason: string;
      readonly requestedByUs: boolean;
      readonly rollbackDetail: string;
    }
  | { readonly kind: 'held'; readonly cause: FailureCause; readonly reason: string; readonly stage: string }
  /** Another run (a rollback) broke this run's lease: it answers for the deployment now. */
  | { readonly kind: 'taken-over'; readonly reason: string }
  | {
      readonly kind: 'failed';
      readonly cause: FailureCause;
      readonly reason: string;
      readonly requestedByUs: boolean;
      readonly rollbackDetail?: string;
    };

export interface Followed {
  readonly outcome: FollowOutcome;
  readonly stages: readonly string[];
  readonly timeline: readonly TimelineEntry[];
  readonly notes: readonly string[];
  /** When the new revision first carried all production traffic (undefined if it never did). */
  readonly liveSince?: number;
}

export interface FollowSettings {
  readonly arn: string;
  readonly native: NativeStrategyInputs;
  /** What the deployment may take on top of its planned bakes and gate windows, and again for a rollback. */
  readonly timeoutMs: number;
  readonly allowedMs: number;
  readonly pollIntervalMs: number;
  /**
   * Judges one pause. Undefined: this run does not answer pauses (it follows a rollback it asked
   * for, or a deployment it is not gating).
   */
  readonly judge?: (pause: PauseContext) => Promise<GateOutcome>;
  /** A deploy window that closed since the start: hold or roll back at the next pause. */
  readonly windowPause?: () => { readonly reason: string; readonly action: 'hold' | 'rollback' } | undefined;
  /** Confirmed before every CONTINUE: a run that lost it must not move traffic any further. */
  readonly lease?: HeldLease;
}

export interface FollowDeps {
  readonly deployments: ServiceDeploymentPort;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Consecutive failed reads of the deployment (after the SDK's retries) before giving up. */
const MAX_READ_FAILURES = 3;

/** Our own reason to roll back, once we have one; ECS's reasons come from the snapshot. */
interface RollbackRequest {
  readonly cause: FailureCause;
  readonly reason: string;
  /** How it was sent; undefined while it still has to be. */
  via?: 'continue' | 'stop';
  sentAt?: number;
  stopSent?: boolean;
}

/** See the module comment. A gate verdict is sent the moment it is known: no poll interval in between. */
export function follow(settings: FollowSettings, deps: FollowDeps): Promise<Followed> {
  return new Follower(settings, deps).run();
}

class Follower {
  private state: FollowState = INITIAL_FOLLOW_STATE;
  private readonly timeline: TimelineEntry[] = [];
  private readonly notes: string[] = [];
  private deadline: number;
  private readFailures = 0;
  private request: RollbackRequest | undefined;
  private judgeSince: number | undefined;
  private liveSince: number | undefined;

  constructor(
    private readonly settings: FollowSettings,
    private readonly deps: FollowDeps,
  ) {
    this.deadline = deps.clock.now() + settings.allowedMs;
  }

  async run(): Promise<Followed> {
    for (;;) {
      const snapshot = await this.read();
      if (snapshot === 'retry') continue;
      if ('outcome' in snapshot) return this.result(snapshot.outcome);
      const next = this.observe(snapshot);
      const ended = this.ended(next, snapshot);
      if (ended) return this.result(ended);
      if (next.kind === 'rolling-back') {
        const late = this.whileRollingBack(next, snapshot);
        if (late) return this.result(late);
        await this.sleep();
        continue;
      }
      if (this.request && FORWARD_STATUSES.has(snapshot.status)) {
        if (await this.resendRollback()) continue;
        await this.sleep();
        continue;
      }
      if (next.kind === 'gate' && this.settings.judge) {
        const paused = await this.atPause(next, snapshot);
        if (paused) return this.result(paused);
        continue;
      }
      if (this.deps.clock.now() >= this.deadline) {
        this.timedOut();
        continue;
      }
      await this.sleep();
    }
  }

  private async read(): Promise<ServiceDeploymentSnapshot | 'retry' | { outcome: FollowOutcome }> {
    const { deployments, logger } = this.deps;
    try {
      const snapshot = await deployments.describeServiceDeployment(this.settings.arn);
      this.readFailures = 0;
      if (snapshot) return snapshot;
      return {
        outcome: {
          kind: 'failed',
          cause: 'error',
          reason: `ECS no longer knows service deployment ${this.settings.arn}.`,
          requestedByUs: false,
        },
      };
    } catch (error) {
      this.readFailures += 1;
      if (this.readFailures >= MAX_READ_FAILURES) {
        // ECS keeps its own dead-man's switch (the PAUSE hooks' timeout action), so stopping here
        // cannot leave traffic half-shifted for long; a blind rollback request could, if it raced.
        return {
          outcome: {
            kind: 'failed',
            cause: 'error',
            reason: `the service deployment could not be read ${this.readFailures} times in a row (${messageOf(error)}); the outcome is unknown. Pauses not answered end with the hook-timeout-action (${this.settings.native.hookTimeoutAction}).`,
            requestedByUs: false,
          },
        };
      }
      logger.warning(`Reading the service deployment failed (${messageOf(error)}); trying again.`);
      await this.sleep();
      return 'retry';
    }
  }

  private observe(snapshot: ServiceDeploymentSnapshot): NextStep {
    const { clock, logger } = this.deps;
    const before = this.state;
    const observation = observe(this.state, snapshot);
    this.state = observation.state;
    const now = clock.now();
    const shifted =
      (this.state.productionWeight ?? 0) > (before.productionWeight ?? 0) ||
      (this.state.testWeight ?? 0) > (before.testWeight ?? 0);
    if (shifted) this.judgeSince = now;
    if (this.liveSince === undefined && (this.state.productionWeight ?? 0) >= 100) this.liveSince = now;
    const at = new Date(now).toISOString();
    for (const line of observation.changes) logger.info(`${at}  ${line}`);
    if (observation.moved) this.timeline.push(row(at, snapshot, this.state));
    return observation.next;
  }

  /** The deployment reached an end state: what that means, with our own request's reason if we made one. */
  private ended(next: NextStep, snapshot: ServiceDeploymentSnapshot): FollowOutcome | undefined {
    const request = this.request;
    if (next.kind === 'succeeded') {
      if (!request) return { kind: 'succeeded' };
      this.notes.push(`A rollback was requested (${request.reason}), but ECS had already completed the deployment.`);
      return { kind: 'failed', cause: request.cause, reason: request.reason, requestedByUs: true };
    }
    if (next.kind !== 'rolled-back' && next.kind !== 'failed') return undefined;
    const cause = request?.cause ?? next.explanation.cause;
    const reason = request?.reason ?? next.explanation.reason;
    const byUs = request?.via !== undefined;
    const how = byUs
      ? `Requested by this step (${request?.via === 'stop' ? 'StopServiceDeployment' : 'ContinueServiceDeployment'} ROLLBACK)`
      : 'ECS rolled back by itself';
    const detail = `${how}; status ${snapshot.status}${snapshot.rollback?.startedAt ? `, rollback started ${snapshot.rollback.startedAt.toISOString()}` : ''}.`;
    if (next.kind === 'rolled-back')
      return { kind: 'rolled-back', cause, reason, requestedByUs: byUs, rollbackDetail: detail };
    return {
      kind: 'failed',
      cause,
      reason: request && request.reason !== next.explanation.reason ? `${reason} ${next.explanation.reason}` : reason,
      requestedByUs: byUs,
      rollbackDetail: snapshot.status === 'ROLLBACK_FAILED' ? detail : undefined,
    };
  }

  /** ECS is rolling back: from now on the deadline is the rollback's, as long again as the rollout was allowed. */
  private whileRollingBack(
    next: Extract<NextStep, { kind: 'rolling-back' }>,
    snapshot: ServiceDeploymentSnapshot,
  ): FollowOutcome | undefined {
    const { clock, logger } = this.deps;
    if (!this.request) {
      logger.warning(`ECS is rolling back: ${next.explanation.reason}`);
      this.request = { cause: next.explanation.cause, reason: next.explanation.reason, via: undefined, stopSent: true };
      this.deadline = clock.now() + this.settings.timeoutMs;
      this.notes.push('ECS started the rollback itself; this step waited for it to finish.');
    }
    if (clock.now() < this.deadline) return undefined;
    return {
      kind: 'failed',
      cause: this.request.cause,
      reason: `${this.request.reason} The rollback did not finish within ${formatDuration(this.settings.timeoutMs)}.`,
      requestedByUs: this.request.via !== undefined,
      rollbackDetail: `still ${snapshot.status} when this step stopped waiting.`,
    };
  }

  /** Our rollback has not taken effect: send (or re-send as a stop) once per poll interval. True when sent now. */
  private async resendRollback(): Promise<boolean> {
    const request = this.request;
    if (!request) return false;
    const due = request.sentAt === undefined || this.deps.clock.now() - request.sentAt >= this.settings.pollIntervalMs;
    if (!due || request.stopSent) return false;
    request.stopSent = true;
    request.sentAt = this.deps.clock.now();
    try {
      await this.deps.deployments.stopServiceDeploymentWithRollback(this.settings.arn);
      request.via = 'stop';
      this.deps.logger.info('StopServiceDeployment ROLLBACK sent.');
    } catch (error) {
      this.deps.logger.warning(
        `StopServiceDeployment ROLLBACK was refused (${messageOf(error)}); reading the deployment again.`,
      );
    }
    this.deadline = this.deps.clock.now() + this.settings.timeoutMs;
    return true;
  }

  /** A PAUSE hook awaits our verdict: judge, then answer at once. Returns an ending for a hold or a lost lease. */
  private async atPause(
    next: Extract<NextStep, { kind: 'gate' }>,
    snapshot: ServiceDeploymentSnapshot,
  ): Promise<FollowOutcome | undefined> {
    const { clock, logger, deployments } = this.deps;
    const { native } = this.settings;
    const closed = this.settings.windowPause?.();
    const outcome = closed ? windowVerdict(closed, clock.now()) : await this.judge(next);
    const action = closed ? (closed.action === 'hold' ? 'HOLD' : 'ROLLBACK') : actionFor(outcome.verdict, native);
    this.state = { ...this.state, answeredHooks: new Set([...this.state.answeredHooks, next.hook.hookId]) };
    this.timeline.push({
      ...row(new Date(clock.now()).toISOString(), snapshot, this.state),
      gate: { verdict: outcome.verdict, reason: outcome.reason, action },
    });
    const verdictLine = `Gate verdict at ${next.stage}: ${outcome.verdict} — ${outcome.reason}`;
    if (action === 'HOLD') return this.hold(next, verdictLine, outcome, closed);
    if (action === 'CONTINUE' && this.settings.lease && !(await this.settings.lease.stillHeld())) {
      logger.warning(`${verdictLine}. Not answering: another run (a rollback) took this service over.`);
      return { kind: 'taken-over', reason: `another run took this service over while it was paused at ${next.stage}` };
    }
    if (action === 'ROLLBACK') {
      logger.error(verdictLine);
      this.request = {
        cause: outcome.verdict === 'fail' ? 'gate-failed' : 'gate-inconclusive',
        reason: `the gate ${outcome.verdict === 'fail' ? 'failed' : 'was inconclusive'} at ${next.stage}: ${outcome.reason}`,
      };
    } else {
      logger.info(verdictLine);
      if (outcome.verdict === 'inconclusive')
        this.notes.push(`The gate was inconclusive at ${next.stage}; on-inconclusive: continue went on.`);
    }
    try {
      await deployments.continueServiceDeployment(this.settings.arn, next.hook.hookId, action);
      logger.info(`ContinueServiceDeployment ${action} sent for hook ${next.hook.hookId}.`);
      if (this.request && action === 'ROLLBACK') {
        this.request.via = 'continue';
        this.request.sentAt = clock.now();
        this.deadline = clock.now() + this.settings.timeoutMs;
      }
    } catch (error) {
      // The hook may have expired or been answered by someone else meanwhile; the next read
      // shows what ECS did. A wanted rollback is then sent as StopServiceDeployment.
      logger.warning(`ContinueServiceDeployment ${action} was refused (${messageOf(error)}).`);
    }
    return undefined;
  }

  private judge(next: Extract<NextStep, { kind: 'gate' }>): Promise<GateOutcome> {
    const judge = this.settings.judge;
    if (!judge) throw new Error('a pause reached without a judge');
    return this.deps.logger.group(
      `Gate at ${next.stage} (production ${percent(this.state.productionWeight)}, test ${percent(this.state.testWeight)})`,
      () =>
        judge({
          stage: next.stage,
          hook: next.hook,
          productionWeight: this.state.productionWeight,
          testWeight: this.state.testWeight,
          judgeSince: this.judgeSince,
        }),
    );
  }

  private hold(
    next: Extract<NextStep, { kind: 'gate' }>,
    verdictLine: string,
    outcome: GateOutcome,
    closed: { reason: string } | undefined,
  ): FollowOutcome {
    const { native } = this.settings;
    this.deps.logger.error(verdictLine);
    const expires = next.hook.expiresAt ? ` at ${next.hook.expiresAt.toISOString()}` : '';
    this.notes.push(
      `${closed ? 'The deploy window closed and on-window-close is hold' : 'on-inconclusive is hold'}: the deployment stays paused at ${next.stage}. Decide with \`aws ecs continue-service-deployment --service-deployment-arn ${this.settings.arn} --hook-id ${next.hook.hookId} --action CONTINUE\` (or ROLLBACK); otherwise ECS takes the hook's timeout action (${next.hook.timeoutAction ?? native.hookTimeoutAction.toUpperCase()})${expires}.`,
    );
    return {
      kind: 'held',
      cause: 'gate-inconclusive',
      reason: closed
        ? `${closed.reason}; held at ${next.stage}`
        : `the gate was inconclusive at ${next.stage}: ${outcome.reason}`,
      stage: next.stage,
    };
  }

  private timedOut(): void {
    const reason = `the deployment did not finish within ${formatDuration(this.settings.allowedMs)} (timeout plus the planned bakes and gate windows; last stage ${this.state.stage ?? 'unknown'}).`;
    this.request = { cause: 'timed-out', reason };
    this.deps.logger.error(`Timed out: ${reason}`);
  }

  private sleep(): Promise<void> {
    const { clock } = this.deps;
    return clock.sleep(Math.max(0, Math.min(this.settings.pollIntervalMs, this.deadline - clock.now())));
  }

  private result(outcome: FollowOutcome): Followed {
    return {
      outcome,
      stages: this.state.stages,
      timeline: this.timeline,
      notes: this.notes,
      liveSince: this.liveSince,
    };
  }
}

/** A closed deploy window answers a pause like a gate would: fail for rollback, inconclusive for hold. */
function windowVerdict(closed: { reason: string; action: 'hold' | 'rollback' }, now: number): GateOutcome {
  return {
    verdict: closed.action === 'rollback' ? 'fail' : 'inconclusive',
    reason: closed.reason,
    startedAt: new Date(now).toISOString(),
    durationMs: 0,
    evaluations: [],
  };
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

function row(at: string, snapshot: ServiceDeploymentSnapshot, state: FollowState): TimelineEntry {
  return {
    at,
    stage: state.stage,
    status: snapshot.status,
    productionWeight: state.productionWeight,
    testWeight: state.testWeight,
  };
}

function percent(value: number | undefined): string {
  return value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
