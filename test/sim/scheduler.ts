/**
 * Virtual time for the simulated AWS world. Everything that waits — a rollout polling ECS, ECS
 * starting a task, a PAUSE hook expiring, CloudWatch delivering a late datapoint — waits here, so
 * a 45-minute rollout runs in milliseconds and the same seed replays the same interleaving.
 *
 * The scheduler is a discrete-event loop: it lets every piece of running code go as far as it can
 * without time passing (until the microtask queue is empty), then jumps the clock to the earliest
 * pending wake-up. Nothing in the simulation may use real timers or I/O: the loop would not know
 * to wait for them.
 */
import type { Clock } from '../../src/runtime/clock.js';

interface Wakeup {
  readonly at: number;
  /** Ties at one instant fire in the order they were scheduled. */
  readonly seq: number;
  readonly fire: () => void;
  cancelled: boolean;
}

/** A handle on a scheduled world event, so it can be called off. */
export interface Scheduled {
  cancel(): void;
}

/** How much virtual time one run may take before it is called stuck: no rollout lasts a day. */
const RUN_LIMIT_MS = 24 * 3_600_000;

export class Scheduler {
  private time: number;
  private seq = 0;
  private readonly heap: Wakeup[] = [];
  /** Events fired so far: a cheap measure of how much a run simulated. */
  fired = 0;
  /** Processes that used this scheduler's clocks since the last run ended: what a run waits for. */
  private readonly waitingOn = new Set<SimProcess>();
  private looping = false;

  constructor(start: number) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  /** Runs `fire` at `at` (not before now). World events are synchronous. */
  at(at: number, fire: () => void): Scheduled {
    const wakeup: Wakeup = { at: Math.max(at, this.time), seq: this.seq++, fire, cancelled: false };
    this.push(wakeup);
    return { cancel: () => (wakeup.cancelled = true) };
  }

  after(ms: number, fire: () => void): Scheduled {
    return this.at(this.time + Math.max(0, ms), fire);
  }

  /** A clock for one process: its sleeps end when the scheduler reaches them, unless it dies. */
  clockFor(process: SimProcess): Clock {
    this.waitingOn.add(process);
    return {
      now: () => this.time,
      sleep: (ms) =>
        new Promise<void>((resolve) => {
          if (process.dead) return; // a dead process never wakes up
          this.waitingOn.add(process);
          this.after(ms, () => {
            if (!process.dead) resolve();
          });
        }),
    };
  }

  /**
   * Runs the world until `done` settles (or every process it waits for has died), firing events
   * in time order. Fails loudly when nothing is scheduled but the work is not finished: something
   * waits on a real timer or on I/O, which a simulation must never do. The processes it waits for
   * are those that took a clock or slept since the previous run ended.
   */
  async run(done: Promise<unknown>, options: { readonly until?: number } = {}): Promise<void> {
    await this.loop(done, options.until, true);
  }

  /** Lets the world's own events play until `until` (nobody waits on anything). */
  async advanceTo(until: number): Promise<void> {
    await this.loop(undefined, until, false);
  }

  private async loop(done: Promise<unknown> | undefined, until: number | undefined, waits: boolean): Promise<void> {
    // Two loops at once would each fire events past the other's end: a wait inside a wait is a bug.
    if (this.looping) throw new Error('the scheduler is already running: run and advanceTo do not nest');
    this.looping = true;
    let settled = false;
    done?.then(
      () => (settled = true),
      () => (settled = true),
    );
    // The world has events of its own for ever (alarms evaluate every minute), so work that never
    // ends would never be noticed without a limit.
    const limit = this.time + RUN_LIMIT_MS;
    try {
      for (;;) {
        await drainMicrotasks();
        if (settled) return;
        if (waits && this.time > limit) {
          throw new Error(
            `the simulation ran for ${RUN_LIMIT_MS / 3_600_000} hours of virtual time and the work has not finished`,
          );
        }
        if (waits && this.waitingOn.size > 0 && [...this.waitingOn].every((p) => p.dead)) return;
        const next = this.pop();
        if (!next && !waits && until !== undefined) {
          // Nothing more happens before `until`: the clock simply gets there.
          this.time = Math.max(this.time, until);
          return;
        }
        if (!next)
          throw new Error(`the simulation is stuck at ${new Date(this.time).toISOString()}: nothing is scheduled`);
        if (until !== undefined && next.at > until) {
          this.push(next);
          this.time = Math.max(this.time, until);
          return;
        }
        this.time = next.at;
        this.fired++;
        next.fire();
      }
    } finally {
      this.waitingOn.clear();
      this.looping = false;
    }
  }

  private push(wakeup: Wakeup): void {
    const heap = this.heap;
    heap.push(wakeup);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!earlier(heap[index] as Wakeup, heap[parent] as Wakeup)) break;
      [heap[index], heap[parent]] = [heap[parent] as Wakeup, heap[index] as Wakeup];
      index = parent;
    }
  }

  private pop(): Wakeup | undefined {
    for (;;) {
      const heap = this.heap;
      const top = heap[0];
      if (!top) return undefined;
      const last = heap.pop() as Wakeup;
      if (heap.length > 0) {
        heap[0] = last;
        let index = 0;
        for (;;) {
          const left = index * 2 + 1;
          const right = left + 1;
          let smallest = index;
          if (left < heap.length && earlier(heap[left] as Wakeup, heap[smallest] as Wakeup)) smallest = left;
          if (right < heap.length && earlier(heap[right] as Wakeup, heap[smallest] as Wakeup)) smallest = right;
          if (smallest === index) break;
          [heap[index], heap[smallest]] = [heap[smallest] as Wakeup, heap[index] as Wakeup];
          index = smallest;
        }
      }
      if (!top.cancelled) return top;
    }
  }
}

function earlier(a: Wakeup, b: Wakeup): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/**
 * setImmediate runs after the microtask queue is empty, so awaiting it lets every promise chain
 * that can move without time passing do so.
 */
function drainMicrotasks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * One running program in the simulation: a GitHub job's step, a person at the console. Killing it
 * is what the runner does on SIGKILL or when the machine is lost: its sleeps never end and its
 * AWS calls never return, so it does nothing more, mid-way through whatever it was doing.
 */
export class SimProcess {
  dead = false;
  /** Why it stopped, for reports: `exit 143`, `killed at call 7`. */
  ending: string | undefined;
  /** Settles when the process dies, so whoever waits for it is not left waiting for ever. */
  readonly stopped: Promise<'stopped'>;
  private markStopped: () => void = () => undefined;

  constructor(readonly name: string) {
    this.stopped = new Promise((resolve) => (this.markStopped = () => resolve('stopped')));
  }

  kill(why: string): void {
    if (this.dead) return;
    this.dead = true;
    this.ending = why;
    this.markStopped();
  }
}
