import type { RouteKind, TrafficPort } from '../aws/elbv2.js';
import type { ServiceScalingPort } from '../aws/ecs-services.js';
import type { LeaseStore } from '../aws/lease-store.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import { other, weightsFor, weightsMatch, type Color, type Pair } from './colors.js';
import { recordTags, type PairRecord } from './pair-record.js';

/**
 * What a rollout has saved about where it is, so that a SIGTERM handler or the post step can put
 * production right without the main step's memory. Saved before the first change and again
 * whenever it changes what "safe" means (after promotion the new side is the safe one).
 */
export interface Checkpoint {
  readonly rolloutId: string;
  readonly cluster: string;
  readonly route: { readonly kind: RouteKind; readonly arn: string };
  readonly targetGroups: Pair<string>;
  readonly services: Pair<string>;
  /** The side that must carry all traffic if the rollout stops now. */
  readonly safe: Color;
  /**
   * `shifting`: the other side may have traffic and should be scaled in after a restore.
   * `promoted`: traffic is already all on `safe`; the previous side is kept warm until the job
   * ends (a restore then retires it). `finished`: the main step ended on its own; nothing to do.
   */
  readonly phase: 'shifting' | 'promoted' | 'finished';
  /** The lease the rollout holds: a restore acts only while it is still the rollout's. */
  readonly leaseArn?: string;
  /** Who is rolling out, for the record a restore writes. */
  readonly by?: string;
  /** After promotion: the side kept warm. */
  readonly previous?: PairRecord['previous'];
}

export interface RestoreDeps {
  readonly traffic: TrafficPort;
  readonly scaling: ServiceScalingPort;
  readonly leases: LeaseStore;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface RestoreOutcome {
  /** True when all traffic is on the safe side, read back from the route (or another run is in charge). */
  readonly trafficSafe: boolean;
  /** Another run broke or took over the lease: it is in charge, and traffic was left as it set it. */
  readonly handedOver?: boolean;
  readonly weights: Pair<number> | undefined;
  readonly actions: readonly string[];
  /**
   * The side left running without traffic because scaling it in failed: the lease and the record
   * stay as they were, so the post step (or an abort) finishes the job.
   */
  readonly idleLeftRunning?: string;
}

const RESTORE_ATTEMPTS = 3;

/**
 * Puts all traffic on the checkpoint's safe side in one weight write (retried, then read back),
 * scales the other side in (the canary; after promotion, the previous side whose keep-previous ends
 * with the job), records the pair as settled and releases the lease. Used by the post step, by the
 * SIGTERM handler and by the driver's own error path; safe to run twice. Does nothing to traffic
 * when another run has taken the lease over: that run is in charge now.
 */
export async function restoreFromCheckpoint(checkpoint: Checkpoint, deps: RestoreDeps): Promise<RestoreOutcome> {
  const actions: string[] = [];
  if (checkpoint.phase === 'finished') {
    return { trafficSafe: true, weights: undefined, actions: ['The rollout had finished; nothing to restore.'] };
  }
  if (checkpoint.leaseArn && !(await stillOurs(checkpoint.leaseArn, deps, actions))) {
    const message = 'Another run took this pair over (its lease is gone): traffic was left as that run set it.';
    deps.logger.warning(message);
    return { trafficSafe: true, handedOver: true, weights: undefined, actions: [message] };
  }
  const { trafficSafe, weights } = await putTrafficOnSafeSide(checkpoint, deps, actions);
  if (!trafficSafe) {
    deps.logger.error(
      'Could not confirm that traffic is back on the safe side; the lease is kept so no rollout starts blind.',
    );
    for (const action of actions) deps.logger.info(action);
    return { trafficSafe, weights, actions };
  }
  deps.logger.info(`Traffic is on ${checkpoint.safe}: ${describe(weights)}.`);
  const idle = checkpoint.phase === 'shifting' ? other(checkpoint.safe) : checkpoint.previous?.color;
  const idleLeftRunning = idle ? await scaleIn(checkpoint, checkpoint.services[idle], deps, actions) : undefined;
  if (idleLeftRunning) {
    deps.logger.warning(
      `${idleLeftRunning} still runs without traffic: the lease and the pair's record are kept, so the post step (or mode: abort) scales it in.`,
    );
    for (const action of actions) deps.logger.info(action);
    return { trafficSafe, weights, actions, idleLeftRunning };
  }
  await settleRecord(checkpoint, deps, actions);
  if (checkpoint.leaseArn) await removeLeaseByArn(checkpoint.leaseArn, deps.leases, actions);
  for (const action of actions) deps.logger.info(action);
  return { trafficSafe, weights, actions };
}

/** Scales the side without traffic in, with the same retries as traffic; its name if that failed. */
async function scaleIn(
  checkpoint: Checkpoint,
  service: string,
  deps: RestoreDeps,
  actions: string[],
): Promise<string | undefined> {
  for (let attempt = 1; attempt <= RESTORE_ATTEMPTS; attempt++) {
    try {
      await deps.scaling.updateService(checkpoint.cluster, service, { desiredCount: 0 });
      actions.push(
        checkpoint.phase === 'shifting'
          ? `Scaled ${service} in to 0 tasks.`
          : `Scaled ${service} in to 0 tasks: keeping the previous side warm ends with the job.`,
      );
      return undefined;
    } catch (error) {
      actions.push(`Attempt ${attempt} to scale ${service} in failed: ${messageOf(error)}`);
      if (attempt < RESTORE_ATTEMPTS) await deps.clock.sleep(1000 * 2 ** (attempt - 1));
    }
  }
  return service;
}

async function stillOurs(leaseArn: string, deps: RestoreDeps, actions: string[]): Promise<boolean> {
  try {
    return await deps.leases.exists(leaseArn);
  } catch (error) {
    // Not knowing is no reason to leave traffic half-shifted: restore as if it were ours.
    actions.push(`Could not read the lease (${messageOf(error)}); restoring anyway.`);
    return true;
  }
}

async function putTrafficOnSafeSide(
  checkpoint: Checkpoint,
  deps: RestoreDeps,
  actions: string[],
): Promise<{ trafficSafe: boolean; weights: Pair<number> | undefined }> {
  const wanted = weightsFor(checkpoint.targetGroups, checkpoint.safe, 0);
  let weights: Pair<number> | undefined;
  for (let attempt = 1; attempt <= RESTORE_ATTEMPTS; attempt++) {
    try {
      const route = await deps.traffic.readRoute(checkpoint.route.kind, checkpoint.route.arn);
      if (!weightsMatch(route.weights, checkpoint.targetGroups, checkpoint.safe, 0)) {
        await deps.traffic.writeWeights(route, wanted);
        actions.push(`Set 100% of traffic on ${checkpoint.safe} (${checkpoint.services[checkpoint.safe]}).`);
      }
      const after = await deps.traffic.readRoute(checkpoint.route.kind, checkpoint.route.arn);
      weights = pairOf(after.weights, checkpoint.targetGroups);
      if (weightsMatch(after.weights, checkpoint.targetGroups, checkpoint.safe, 0))
        return { trafficSafe: true, weights };
      actions.push(`Read back ${describe(weights)} after writing; trying again.`);
    } catch (error) {
      actions.push(`Attempt ${attempt} to restore traffic failed: ${messageOf(error)}`);
      if (attempt < RESTORE_ATTEMPTS) await deps.clock.sleep(1000 * 2 ** (attempt - 1));
    }
  }
  return { trafficSafe: false, weights };
}

/**
 * Records that no rollout is in progress any more: settled on the safe side, or, after a
 * promotion, still promoted with the side it replaced (a later abort can bring that side back).
 */
async function settleRecord(checkpoint: Checkpoint, deps: RestoreDeps, actions: string[]): Promise<void> {
  const promoted = checkpoint.phase === 'promoted' && checkpoint.previous !== undefined;
  try {
    await deps.traffic.addTags(
      checkpoint.route.arn,
      recordTags({
        state: promoted ? 'promoted' : 'settled',
        live: checkpoint.safe,
        ...(promoted ? { previous: checkpoint.previous } : {}),
        rolloutId: checkpoint.rolloutId,
        by: checkpoint.by ?? 'trading-actions',
        at: deps.clock.now(),
      }),
    );
  } catch (error) {
    actions.push(`Recording the pair as settled failed: ${messageOf(error)}`);
  }
}

/** Deletes our lease (only ours: by its ARN). */
export async function removeLeaseByArn(leaseArn: string, leases: LeaseStore, actions: string[]): Promise<void> {
  try {
    await leases.remove(leaseArn);
    actions.push('Released the rollout lease.');
  } catch (error) {
    actions.push(`Releasing the lease failed (it expires by itself): ${messageOf(error)}`);
  }
}

export function pairOf(weights: ReadonlyMap<string, number>, targetGroups: Pair<string>): Pair<number> {
  return { blue: weights.get(targetGroups.blue) ?? 0, green: weights.get(targetGroups.green) ?? 0 };
}

export function describe(weights: Pair<number> | undefined): string {
  return weights ? `blue ${weights.blue} / green ${weights.green}` : 'unknown weights';
}

/** Parses a checkpoint saved as JSON; undefined when there is none or it is unreadable. */
export function parseCheckpoint(text: string): Checkpoint | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Checkpoint;
    return value.route?.arn && (value.safe === 'blue' || value.safe === 'green') ? value : undefined;
  } catch {
    return undefined;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
