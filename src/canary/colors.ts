/**
 * Which side of a blue/green pair is live. The listener's weights say it when all traffic is on
 * one side; in between (a rollout that was interrupted) only the marker the rollout left on the
 * listener can say which side it started from, because 60/40 looks the same either way round.
 */
export type Color = 'blue' | 'green';

export const other = (color: Color): Color => (color === 'blue' ? 'green' : 'blue');

export interface Pair<T> {
  readonly blue: T;
  readonly green: T;
}

export type LiveSide =
  | { readonly ok: true; readonly live: Color; readonly canaryPercent: number; readonly settled: boolean }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the live colour from the weights (target group → weight) and the colour recorded by an
 * unfinished rollout, if any. `canaryPercent` is the idle side's share of traffic now.
 */
export function readLiveSide(
  weights: ReadonlyMap<string, number>,
  targetGroups: Pair<string>,
  recordedLive: Color | undefined,
): LiveSide {
  const unknown = [...weights.keys()].filter((arn) => arn !== targetGroups.blue && arn !== targetGroups.green);
  const withWeight = unknown.filter((arn) => (weights.get(arn) ?? 0) > 0);
  if (withWeight.length > 0) {
    return {
      ok: false,
      message: `the route also forwards to ${withWeight.join(', ')}, which is neither blue-target-group nor green-target-group. Give it weight 0 or remove it before a canary rollout.`,
    };
  }
  const blue = weights.get(targetGroups.blue);
  const green = weights.get(targetGroups.green);
  if (blue === undefined && green === undefined) {
    return {
      ok: false,
      message: `the route forwards to neither ${targetGroups.blue} nor ${targetGroups.green}. Point its forward action at both target groups (one with weight 100, the other 0).`,
    };
  }
  const total = (blue ?? 0) + (green ?? 0);
  if (total === 0)
    return { ok: false, message: 'both target groups have weight 0: the route sends no traffic to either.' };
  const share = (color: Color): number => Math.round((((color === 'blue' ? blue : green) ?? 0) / total) * 100);

  if (recordedLive) {
    const canary = other(recordedLive);
    return { ok: true, live: recordedLive, canaryPercent: share(canary), settled: share(canary) === 0 };
  }
  if (share('blue') === 100) return { ok: true, live: 'blue', canaryPercent: 0, settled: true };
  if (share('green') === 100) return { ok: true, live: 'green', canaryPercent: 0, settled: true };
  return {
    ok: false,
    message: `traffic is split ${share('blue')}% blue / ${share('green')}% green and no rollout of ours recorded which side was live. Put all traffic on the side you trust (for example with mode: abort after tagging, or in the console) and run again.`,
  };
}

/** Weights giving the canary `percent` of traffic and the live side the rest. */
export function weightsFor(targetGroups: Pair<string>, live: Color, canaryPercent: number): Map<string, number> {
  const canary = other(live);
  return new Map([
    [targetGroups[live], 100 - canaryPercent],
    [targetGroups[canary], canaryPercent],
  ]);
}

/** True when the weights read back give the canary exactly `percent` of traffic. */
export function weightsMatch(
  read: ReadonlyMap<string, number>,
  targetGroups: Pair<string>,
  live: Color,
  canaryPercent: number,
): boolean {
  const liveWeight = read.get(targetGroups[live]) ?? 0;
  const canaryWeight = read.get(targetGroups[other(live)]) ?? 0;
  const others = [...read].some(
    ([arn, weight]) => arn !== targetGroups.blue && arn !== targetGroups.green && weight > 0,
  );
  const total = liveWeight + canaryWeight;
  return !others && total > 0 && Math.round((canaryWeight / total) * 100) === canaryPercent;
}
