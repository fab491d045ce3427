import type { Clock } from '../../src/runtime/clock.js';

/**
 * A clock whose time moves only when the code under test sleeps: a 30-minute rollout runs in
 * milliseconds, and `sleeps` records every wait for assertions.
 */
export class ManualClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(private time = Date.parse('2026-11-23T14:00:00Z')) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
