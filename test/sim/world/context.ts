/**
 * What every part of the simulated world shares: virtual time, one seeded random stream (so a seed
 * replays exactly), the account and region, and ids that look like AWS's.
 */
import { mulberry32 } from '../../support/seeded-random.js';
import { Scheduler } from '../scheduler.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export class WorldContext {
  readonly scheduler: Scheduler;
  readonly random: () => number;
  private counter = 0;

  constructor(
    readonly seed: number,
    /** The virtual instant the world began. */
    readonly startedAt: number,
  ) {
    this.scheduler = new Scheduler(startedAt);
    this.random = mulberry32(seed);
  }

  now(): number {
    return this.scheduler.now();
  }

  /** A uniform draw in [min, max]. */
  between(min: number, max: number): number {
    return min + this.random() * (max - min);
  }

  chance(p: number): boolean {
    return p > 0 && this.random() < p;
  }

  /** A hex id of `length` characters, like the suffix of an ELB or ECS ARN. */
  hexId(length = 16): string {
    this.counter += 1;
    let id = '';
    while (id.length < length)
      id += Math.floor(this.random() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return (this.counter.toString(16) + id).slice(0, length);
  }
}
