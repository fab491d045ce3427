import { shortTaskDefinition, type ServiceSnapshot } from '../aws/ecs.js';
import type { RouteSnapshot } from '../aws/elbv2.js';
import { formatDuration } from '../runtime/duration.js';
import type { HeldLease } from '../rollout/lease.js';
import { describe, pairOf } from './checkpoint.js';
import { other, weightsFor, weightsMatch, type Color } from './colors.js';
import type { CanaryDeps } from './driver.js';
import type { CanaryInputs } from './inputs.js';
import type { Ending, Journal } from './journal.js';
import { recordTags, staleRecordTags, type PairRecord } from './pair-record.js';
import type { PairView } from './pair.js';
import { assessReadiness } from './rollout.js';

/** What an abort works with: the pair as read, and the lease it took (breaking any other). */
export interface AbortContext {
  readonly inputs: CanaryInputs;
  readonly deps: CanaryDeps;
  readonly journal: Journal;
  readonly lease: HeldLease;
  readonly view: PairView;
}

const READY_POLL_MS = 5_000;

/**
 * `mode: abort`, the way back. What it does depends on what the pair's record says:
 * - a rollout in progress or held: all traffic back on the side it started from, the other side
 *   scaled in;
 * - a promotion: all traffic back on the previous side, which is why keep-previous keeps it warm;
 *   if it has been scaled in since, it is brought back first (or the abort says why it cannot,
 *   and claims nothing);
 * - nothing: it says so and changes nothing.
 * A deploy job still running (keeping the previous side warm, say) finds its lease broken at its
 * next step and stops without touching traffic.
 */
export async function runAbort(ctx: AbortContext): Promise<Ending> {
  const { view } = ctx;
  const record = view.record;
  if (record?.state === 'shifting' || record?.state === 'held') return stopRollout(ctx, record.live);
  if (record?.state === 'promoted' && record.previous) {
    const onNew = view.canaryPercent === 0 && view.live === record.live;
    if (onNew) return backToPrevious(ctx, record.previous);
  }
  const live = view.live;
  ctx.journal.liveNow = live;
  const last = record ? ` The last rollout (by ${record.by}) ended ${record.state}.` : '';
  return {
    result: 'failed',
    headline: 'Nothing to abort',
    reason: `all traffic is on ${live} (${ctx.inputs.services[live]}) and no rollout or promotion of ours is in progress or kept warm.${last} To go back further, deploy the version you want`,
  };
}

/** A rollout in progress: all traffic back on the side it started from, the other side scaled in. */
async function stopRollout(ctx: AbortContext, safe: Color): Promise<Ending> {
  const { inputs, journal } = ctx;
  const moved = await putAllTrafficOn(ctx, safe);
  if (!moved.ok) return failedRestore(ctx, safe, moved.reason);
  const scaled = await scaleIn(ctx, other(safe));
  await writeRecord(ctx, safe, scaled);
  const scaledIn = scaled === 'scaled';
  journal.liveNow = safe;
  journal.taskDefinitionArn = ctx.view.services[safe].taskDefinitionArn;
  if (!moved.changed && scaled === 'none') {
    return {
      result: 'failed',
      headline: 'Nothing to abort',
      reason: `all traffic was already on ${safe} (${inputs.services[safe]}) and ${inputs.services[other(safe)]} ran no tasks`,
    };
  }
  return {
    result: 'rolled-back',
    headline: `Rolled back: all traffic is on ${safe} (${inputs.services[safe]})`,
    reason: moved.changed
      ? `the rollout in progress was aborted; traffic went back to ${safe} at once`
      : scaledIn
        ? `all traffic was already on ${safe}; ${inputs.services[other(safe)]}, which still ran the rollout's revision, was scaled in`
        : `all traffic was already on ${safe}`,
    leftOver: leftRunning(ctx, other(safe), scaled),
  };
}

/** The ending's word for a side that could not be scaled in. */
function leftRunning(ctx: AbortContext, side: Color, scaled: ScaleIn): string | undefined {
  if (typeof scaled !== 'object') return undefined;
  return `${ctx.inputs.services[side]} (${side}) still runs without traffic: scaling it in failed (${scaled.failed}); run mode: abort again to finish`;
}

/**
 * After a promotion: back to the side kept warm. A side scaled in since (keep-previous over) is
 * brought back at its recorded size and revision before any traffic moves.
 */
async function backToPrevious(ctx: AbortContext, previous: NonNullable<PairRecord['previous']>): Promise<Ending> {
  const { inputs, journal, view } = ctx;
  const side = previous.color;
  const service = view.services[side];
  let revisionArn = service.taskDefinitionArn;
  const warm = await readiness(ctx, side, service.taskDefinitionArn);
  // An unrecorded revision (too long for the tag): the side runs what it ran, unless it was redeployed.
  const runsPrevious = previous.revision === '' || shortTaskDefinition(service.taskDefinitionArn) === previous.revision;
  if (!warm.ready || !runsPrevious) {
    journal.note(
      `${inputs.services[side]} (${side}, previous) is not warm: ${runsPrevious ? warm.detail : `it runs ${shortTaskDefinition(service.taskDefinitionArn)}`}. Bringing ${previous.revision} back before moving traffic.`,
    );
    const back = await bringBack(ctx, previous);
    if (back.ok) revisionArn = back.arn;
    else {
      journal.liveNow = view.live;
      return {
        result: 'failed',
        headline: `Could not go back to ${side} (${inputs.services[side]}): nothing was rolled back`,
        reason: `${back.reason}. All traffic stays on ${view.live} (${inputs.services[view.live]}, ${shortTaskDefinition(view.services[view.live].taskDefinitionArn)})`,
      };
    }
  } else {
    journal.note(`${inputs.services[side]} (${side}) is still warm: ${warm.detail}.`);
  }
  const moved = await putAllTrafficOn(ctx, side);
  if (!moved.ok) return failedRestore(ctx, side, moved.reason);
  const scaled = await scaleIn(ctx, view.live);
  await writeRecord(ctx, side, scaled);
  journal.liveNow = side;
  journal.taskDefinitionArn = revisionArn;
  return {
    result: 'rolled-back',
    headline: `Rolled back: all traffic is on ${side} (${inputs.services[side]}), running ${previous.revision} again`,
    reason: `the promoted release on ${view.live} was aborted; ${warm.ready && runsPrevious ? 'the previous side was still warm, so traffic went back at once' : 'the previous side was brought back first'}`,
    leftOver: leftRunning(ctx, view.live, scaled),
  };
}

/** Scales the previous side back up to its recorded size and revision, and waits until it is ready. */
async function bringBack(
  ctx: AbortContext,
  previous: NonNullable<PairRecord['previous']>,
): Promise<{ ok: true; arn: string } | { ok: false; reason: string }> {
  const { inputs, deps, journal } = ctx;
  const side = previous.color;
  // Without a recorded revision, the side comes back on the revision it kept when scaled in.
  const revision = previous.revision || shortTaskDefinition(ctx.view.services[side].taskDefinitionArn);
  const definition = await deps.ecs.describeTaskDefinition(revision);
  if (definition?.status !== 'ACTIVE') {
    return {
      ok: false,
      reason: `${revision} is ${definition?.status ?? 'no longer registered'}, so ${inputs.services[side]} cannot run it again`,
    };
  }
  const count = Math.max(1, previous.desiredCount);
  try {
    await deps.scaling.updateService(inputs.cluster, inputs.services[side], {
      taskDefinitionArn: definition.arn,
      desiredCount: count,
    });
  } catch (error) {
    return { ok: false, reason: `scaling ${inputs.services[side]} up failed: ${messageOf(error)}` };
  }
  journal.note(`${inputs.services[side]} → ${revision} with ${count} task${count === 1 ? '' : 's'}.`);
  const deadline = deps.clock.now() + inputs.readyTimeoutMs;
  for (;;) {
    const readiness = await readinessOf(ctx, side, definition.arn, count);
    if (readiness.ready) {
      journal.note(`${inputs.services[side]} is ready: ${readiness.detail}.`);
      return { ok: true, arn: definition.arn };
    }
    if (readiness.failed || deps.clock.now() >= deadline) {
      // Leave nothing half-started behind: the side goes back to zero.
      await deps.scaling
        .updateService(inputs.cluster, inputs.services[side], { desiredCount: 0 })
        .catch(() => undefined);
      const why = readiness.failed
        ? readiness.detail
        : `not ready after ${formatDuration(inputs.readyTimeoutMs)}: ${readiness.detail}`;
      return { ok: false, reason: `${inputs.services[side]} did not come back (${why}); it was scaled in again` };
    }
    await deps.clock.sleep(Math.min(READY_POLL_MS, Math.max(0, deadline - deps.clock.now())));
  }
}

/** One weight write (retried, read back) putting all traffic on `side`. */
async function putAllTrafficOn(
  ctx: AbortContext,
  side: Color,
): Promise<{ ok: true; changed: boolean } | { ok: false; reason: string }> {
  const { inputs, deps, journal } = ctx;
  let route: RouteSnapshot = ctx.view.route;
  let changed = false;
  let reason = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      route = await deps.traffic.readRoute(inputs.route.kind, inputs.route.arn);
      if (!weightsMatch(route.weights, inputs.targetGroups, side, 0)) {
        await deps.traffic.writeWeights(route, weightsFor(inputs.targetGroups, side, 0));
        changed = true;
        route = await deps.traffic.readRoute(inputs.route.kind, inputs.route.arn);
      }
      journal.weights = pairOf(route.weights, inputs.targetGroups);
      if (weightsMatch(route.weights, inputs.targetGroups, side, 0)) {
        if (changed) journal.note(`All traffic is on ${side}: ${describe(journal.weights)} (read back).`);
        return { ok: true, changed };
      }
      reason = `read back ${describe(journal.weights)}`;
    } catch (error) {
      reason = messageOf(error);
    }
    deps.logger.warning(`Moving traffic to ${side}, attempt ${attempt}: ${reason}`);
    await deps.clock.sleep(1000 * 2 ** (attempt - 1));
  }
  return { ok: false, reason };
}

/** `scaled`; `none` when it ran no tasks; or why scaling it in failed after a few tries. */
type ScaleIn = 'scaled' | 'none' | { readonly failed: string };

const SCALE_IN_WAITS_MS = [2_000, 10_000];

async function scaleIn(ctx: AbortContext, side: Color): Promise<ScaleIn> {
  const { inputs, deps, journal, view } = ctx;
  const service = await deps.ecs
    .describeService(inputs.cluster, inputs.services[side])
    .catch(() => view.services[side]);
  if (service.desiredCount === 0) return 'none';
  let failed = '';
  for (let attempt = 0; attempt <= SCALE_IN_WAITS_MS.length; attempt++) {
    try {
      await deps.scaling.updateService(inputs.cluster, inputs.services[side], { desiredCount: 0 });
      journal.note(`Scaled ${inputs.services[side]} (${side}) in to 0 tasks.`);
      return 'scaled';
    } catch (error) {
      failed = messageOf(error);
      const wait = SCALE_IN_WAITS_MS[attempt];
      if (wait !== undefined) await deps.clock.sleep(wait);
    }
  }
  journal.remark(
    `Scaling ${inputs.services[side]} in failed (${failed}); it still runs ${service.desiredCount} tasks without traffic.`,
  );
  return { failed };
}

/**
 * Records where traffic is. Settled once the other side is scaled in; while it still runs, the
 * record says a rollout is unfinished with all traffic on `live`, so the next abort finishes it.
 */
async function writeRecord(ctx: AbortContext, live: Color, scaled: ScaleIn): Promise<void> {
  const { inputs, deps } = ctx;
  await deps.traffic.addTags(
    inputs.route.arn,
    recordTags({
      state: typeof scaled === 'object' ? 'shifting' : 'settled',
      live,
      rolloutId: deps.identity.rolloutId,
      by: deps.identity.holder,
      at: deps.clock.now(),
    }),
  );
  const stale = staleRecordTags(ctx.view.tags);
  if (stale.length > 0) await deps.traffic.removeTags(inputs.route.arn, stale);
}

function failedRestore(ctx: AbortContext, side: Color, reason: string): Ending {
  ctx.journal.liveNow = undefined;
  return {
    result: 'failed',
    headline: 'The abort could not confirm traffic on a healthy side',
    reason: `moving all traffic to ${side} (${ctx.inputs.services[side]}) FAILED (${reason}). Check the listener now`,
  };
}

function readiness(
  ctx: AbortContext,
  side: Color,
  arn: string,
): Promise<{ ready: boolean; failed: boolean; detail: string }> {
  return readinessOf(ctx, side, arn, undefined);
}

async function readinessOf(
  ctx: AbortContext,
  side: Color,
  arn: string,
  expectedCount: number | undefined,
): Promise<{ ready: boolean; failed: boolean; detail: string }> {
  const { inputs, deps } = ctx;
  const service: ServiceSnapshot = await deps.ecs.describeService(inputs.cluster, inputs.services[side]);
  const health = await deps.traffic.targetHealth(inputs.targetGroups[side]);
  return assessReadiness(service, health.healthy, health.byState, arn, expectedCount);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
