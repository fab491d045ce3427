import type { ServiceSnapshot } from '../aws/ecs.js';
import type { RouteSnapshot, TargetGroupSummary } from '../aws/elbv2.js';
import { ConfigurationError } from '../runtime/errors.js';
import { other, readLiveSide, type Color, type Pair } from './colors.js';
import type { CanaryDeps } from './driver.js';
import type { CanaryInputs } from './inputs.js';
import { readRecord, type PairRecord } from './pair-record.js';
import type { PlaceholderValues } from '../gate/placeholders.js';

/** Everything a run reads about the pair before it changes anything. */
export interface PairView {
  readonly route: RouteSnapshot;
  readonly tags: Readonly<Record<string, string>>;
  readonly record: PairRecord | undefined;
  /** The side that carries traffic, or that the record says must get it back. */
  readonly live: Color;
  readonly canary: Color;
  /** The idle side's share of traffic now (0 when settled). */
  readonly canaryPercent: number;
  readonly services: Pair<ServiceSnapshot>;
  readonly groups: Pair<TargetGroupSummary>;
  /** Values of the checks' placeholders for this pair. */
  readonly placeholders: PlaceholderValues;
}

/**
 * Reads the route, its record, both services and both target groups, and works out which side is
 * live. A split nobody recorded is refused rather than guessed (ConfigurationError, nothing changed).
 */
export async function readPair(inputs: CanaryInputs, deps: CanaryDeps): Promise<PairView> {
  const { traffic } = deps;
  const route = await traffic.readRoute(inputs.route.kind, inputs.route.arn);
  const tags = await traffic.readTags(inputs.route.arn);
  const record = readRecord(tags);
  const side = readLiveSide(route.weights, inputs.targetGroups, recordedLive(record));
  if (!side.ok) {
    throw new ConfigurationError([
      { input: inputs.route.kind === 'listener' ? 'listener-arn' : 'listener-rule-arn', message: side.message },
    ]);
  }
  const live = side.live;
  const canary = other(live);
  const [liveService, canaryService] = await Promise.all([
    describeSide(deps, inputs, live),
    describeSide(deps, inputs, canary),
  ]);
  const found = await traffic.describeTargetGroups([inputs.targetGroups[live], inputs.targetGroups[canary]]);
  const liveGroup = found.find((g) => g.arn === inputs.targetGroups[live]);
  const canaryGroup = found.find((g) => g.arn === inputs.targetGroups[canary]);
  if (!liveGroup || !canaryGroup) {
    throw new ConfigurationError([
      { input: `${canary}-target-group`, message: 'the target groups were not found in this account and region.' },
    ]);
  }
  return {
    route,
    tags,
    record,
    live,
    canary,
    canaryPercent: side.canaryPercent,
    services:
      live === 'blue' ? { blue: liveService, green: canaryService } : { blue: canaryService, green: liveService },
    groups: live === 'blue' ? { blue: liveGroup, green: canaryGroup } : { blue: canaryGroup, green: liveGroup },
    placeholders: {
      canary: canaryGroup.dimension,
      baseline: liveGroup.dimension,
      'load-balancer': liveGroup.loadBalancerDimensions[0] ?? canaryGroup.loadBalancerDimensions[0] ?? '',
      'canary-service': inputs.services[canary],
      'baseline-service': inputs.services[live],
      cluster: inputs.cluster,
    },
  };
}

/**
 * The side the record says is live while traffic is split: during a rollout (or a held one) the
 * side it started from. A settled or promoted pair carries all traffic on one side, and the
 * weights say which.
 */
function recordedLive(record: PairRecord | undefined): Color | undefined {
  return record && (record.state === 'shifting' || record.state === 'held') ? record.live : undefined;
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
