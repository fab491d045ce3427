import type { TrafficPort } from '../aws/elbv2.js';

/**
 * A cancelled job restores traffic while the rollout may still be mid-way through its own weight
 * write. ELB applies writes in the order they arrive, so a shift that lands after the restore
 * would undo it. This wrapper puts every weight write of the process in one queue and, once
 * `freeze` is called, refuses the rollout's further writes: the restore then writes after
 * whatever was in flight, and nothing writes after it.
 */
export interface LockedTraffic {
  /** What the rollout uses: its writes fail once frozen. */
  readonly traffic: TrafficPort;
  /** What the restore uses: writes queued behind any write in flight, allowed after freezing. */
  readonly restoreTraffic: TrafficPort;
  /** Stops the rollout's writes; resolves when a write in flight has finished. */
  freeze(): Promise<void>;
}

export class RolloutStoppedError extends Error {
  constructor() {
    super('the rollout was stopped (the job is being cancelled); this weight change was not made');
    this.name = 'RolloutStoppedError';
  }
}

export function lockTraffic(port: TrafficPort): LockedTraffic {
  let queue: Promise<unknown> = Promise.resolve();
  let frozen = false;
  const enqueue = (write: () => Promise<void>): Promise<void> => {
    const next = queue.then(write);
    queue = next.catch(() => undefined);
    return next;
  };
  const wrap = (allowedWhenFrozen: boolean): TrafficPort => ({
    readRoute: (kind, arn) => port.readRoute(kind, arn),
    targetHealth: (arn) => port.targetHealth(arn),
    describeTargetGroups: (arns) => port.describeTargetGroups(arns),
    readTags: (arn) => port.readTags(arn),
    addTags: (arn, tags) => port.addTags(arn, tags),
    removeTags: (arn, keys) => port.removeTags(arn, keys),
    // Judged when the write is asked for: one asked for before the freeze is in flight and goes
    // ahead (the restore queues behind it); one asked for after is refused.
    writeWeights: (route, weights) =>
      frozen && !allowedWhenFrozen
        ? Promise.reject(new RolloutStoppedError())
        : enqueue(() => port.writeWeights(route, weights)),
  });
  return {
    traffic: wrap(false),
    restoreTraffic: wrap(true),
    freeze: async () => {
      frozen = true;
      await queue;
    },
  };
}
