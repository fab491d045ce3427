import type { RouteKind, TrafficPort } from '../aws/elbv2.js';
import type { ServiceScalingPort } from '../aws/ecs-services.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import { other, weightsFor, weightsMatch, type Color, type Pair } from './colors.js';
import { LEASE_TAGS, readLease } from './lease.js';

/**
 * What a rollout has saved about where it is, so that a SIGTERM handler or the post step can put
 * production right without the main step's memory. Saved before the first weight change and
 * again whenever it changes what "safe" means (after promotion the new side is the safe one).
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
   * `promoted`: traffic is already all on `safe`; the previous side is kept warm, leave it.
   * `finished`: the main step ended on its own; nothing to do.
   */
  readonly phase: 'shifting' | 'promoted' | 'finished';
}

export interface RestoreDeps {
  readonly traffic: TrafficPort;
  readonly scaling: ServiceScalingPort;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface RestoreOutcome {
  /** True when all traffic is on the safe side, read back from the route. */
  readonly trafficSafe: boolean;
  readonly weights: Pair<number> | undefined;
  readonly actions: readonly string[];
}

const RESTORE_ATTEMPTS = 3;

/**
 * Puts all traffic on the checkpoint's safe side in one weight write (retried, then read back),
 * scales the other side in when it was a canary, and releases our lease. Used by the post step,
 * by the SIGTERM handler and by the driver's own error path; safe to run twice.
 */
export async function restoreFromCheckpoint(checkpoint: Checkpoint, deps: RestoreDeps): Promise<RestoreOutcome> {
  const actions: string[] = [];
  if (checkpoint.phase === 'finished') {
    return { trafficSafe: true, weights: undefined, actions: ['The rollout had finished; nothing to restore.'] };
  }
  const wanted = weightsFor(checkpoint.targetGroups, checkpoint.safe, 0);
  let weights: Pair<number> | undefined;
  let trafficSafe = false;
  for (let attempt = 1; attempt <= RESTORE_ATTEMPTS && !trafficSafe; attempt++) {
    try {
      const route = await deps.traffic.readRoute(checkpoint.route.kind, checkpoint.route.arn);
      if (!weightsMatch(route.weights, checkpoint.targetGroups, checkpoint.safe, 0)) {
        await deps.traffic.writeWeights(route, wanted);
        actions.push(`Set 100% of traffic on ${checkpoint.safe} (${checkpoint.services[checkpoint.safe]}).`);
      }
      const after = await deps.traffic.readRoute(checkpoint.route.kind, checkpoint.route.arn);
      weights = pairOf(after.weights, checkpoint.targetGroups);
      trafficSafe = weightsMatch(after.weights, checkpoint.targetGroups, checkpoint.safe, 0);
      if (!trafficSafe) actions.push(`Read back ${describe(weights)} after writing; trying again.`);
    } catch (error) {
      actions.push(
        `Attempt ${attempt} to restore traffic failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (attempt < RESTORE_ATTEMPTS) await deps.clock.sleep(1000 * 2 ** (attempt - 1));
    }
  }
  if (trafficSafe) {
    deps.logger.info(`Traffic is on ${checkpoint.safe}: ${describe(weights)}.`);
    if (checkpoint.phase === 'shifting') {
      const canary = checkpoint.services[other(checkpoint.safe)];
      try {
        await deps.scaling.updateService(checkpoint.cluster, canary, { desiredCount: 0 });
        actions.push(`Scaled ${canary} in to 0 tasks.`);
      } catch (error) {
        actions.push(`Scaling ${canary} in failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else {
      actions.push(`Left ${checkpoint.services[other(checkpoint.safe)]} running: it was kept warm after promotion.`);
    }
    await releaseLease(checkpoint, deps.traffic, actions);
  } else {
    deps.logger.error(
      'Could not confirm that traffic is back on the safe side; the lease is kept so no rollout starts blind.',
    );
  }
  for (const action of actions) deps.logger.info(action);
  return { trafficSafe, weights, actions };
}

/** Removes our lease tags, but only if the lease on the route is still ours. */
export async function releaseLease(checkpoint: Checkpoint, traffic: TrafficPort, actions: string[]): Promise<void> {
  try {
    const lease = readLease(await traffic.readTags(checkpoint.route.arn));
    if (lease?.id !== checkpoint.rolloutId) return;
    await traffic.removeTags(checkpoint.route.arn, Object.values(LEASE_TAGS));
    actions.push('Released the rollout lease on the route.');
  } catch (error) {
    actions.push(
      `Releasing the lease failed (it expires by itself): ${error instanceof Error ? error.message : String(error)}`,
    );
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
