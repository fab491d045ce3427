/**
 * Proves the virtual clock: events fire in time order (ties in the order they were scheduled),
 * the clock never goes back, a cancelled event never fires, a dead process's sleeps never end,
 * `run` stops when its work settles, at `until`, or when every process has died, and fails loudly
 * when nothing is scheduled but the work is unfinished (it waits on something outside the world).
 */
import { describe, expect, it } from 'vitest';
import { Scheduler, SimProcess } from './scheduler.js';

const T0 = Date.parse('2026-11-23T14:00:00Z');

/** Whether a promise has settled by now (after the microtasks that can run have run). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('Scheduler', () => {
  it('fires events in time order whatever order they were scheduled in, with the clock at each', async () => {
    const scheduler = new Scheduler(T0);
    const fired: [string, number][] = [];
    const offsets = [700, 100, 5_000, 0, 300, 2_500, 50, 9_999, 1_000, 450];
    for (const offset of offsets) scheduler.at(T0 + offset, () => fired.push([`e${offset}`, scheduler.now()]));
    await scheduler.advanceTo(T0 + 10_000);
    const sorted = [...offsets].sort((a, b) => a - b);
    expect(fired).toEqual(sorted.map((offset) => [`e${offset}`, T0 + offset]));
    expect(scheduler.fired).toBe(offsets.length);
  });

  it('fires events scheduled for one instant in the order they were scheduled', async () => {
    const scheduler = new Scheduler(T0);
    const fired: string[] = [];
    // Interleave two instants so the heap has to reorder, and schedule enough to fill several levels.
    for (let i = 0; i < 40; i++) {
      scheduler.at(T0 + (i % 2 === 0 ? 2_000 : 1_000), () => fired.push(`${i % 2 === 0 ? 'b' : 'a'}${i}`));
    }
    await scheduler.advanceTo(T0 + 5_000);
    const a = Array.from({ length: 20 }, (_, k) => `a${2 * k + 1}`);
    const b = Array.from({ length: 20 }, (_, k) => `b${2 * k}`);
    expect(fired).toEqual([...a, ...b]);
  });

  it('runs an event scheduled in the past now, never moving the clock back', async () => {
    const scheduler = new Scheduler(T0);
    await scheduler.advanceTo(T0 + 60_000);
    const seen: number[] = [];
    scheduler.at(T0, () => seen.push(scheduler.now()));
    scheduler.after(-5_000, () => seen.push(scheduler.now()));
    await scheduler.advanceTo(T0 + 60_000);
    expect(seen).toEqual([T0 + 60_000, T0 + 60_000]);
  });

  it('never fires a cancelled event', async () => {
    const scheduler = new Scheduler(T0);
    const fired: string[] = [];
    const cancelled = scheduler.after(1_000, () => fired.push('cancelled'));
    scheduler.after(2_000, () => fired.push('kept'));
    cancelled.cancel();
    await scheduler.advanceTo(T0 + 3_000);
    expect(fired).toEqual(['kept']);
  });

  it('ends a sleep at its time on the virtual clock', async () => {
    const scheduler = new Scheduler(T0);
    const process = new SimProcess('job');
    const clock = scheduler.clockFor(process);
    const woke: number[] = [];
    const done = (async () => {
      await clock.sleep(90_000);
      woke.push(clock.now());
      await clock.sleep(30_000);
      woke.push(clock.now());
    })();
    await scheduler.run(done);
    expect(woke).toEqual([T0 + 90_000, T0 + 120_000]);
  });

  it("never ends a dead process's sleeps, those pending when it died and those it starts after", async () => {
    const scheduler = new Scheduler(T0);
    const doomed = new SimProcess('doomed');
    const survivor = new SimProcess('survivor');
    const pending = scheduler.clockFor(doomed).sleep(10_000);
    const other = scheduler.clockFor(survivor).sleep(10_000);
    scheduler.after(5_000, () => doomed.kill('killed at 5 s'));
    await scheduler.advanceTo(T0 + 60_000);
    expect(await settled(other)).toBe(true);
    expect(await settled(pending)).toBe(false);
    const later = scheduler.clockFor(doomed).sleep(1_000);
    await scheduler.advanceTo(T0 + 120_000);
    expect(await settled(later)).toBe(false);
    expect(doomed.dead).toBe(true);
    expect(doomed.ending).toBe('killed at 5 s');
  });

  it('returns from run as soon as the work settles, leaving later events for later', async () => {
    const scheduler = new Scheduler(T0);
    const fired: number[] = [];
    scheduler.after(10_000, () => fired.push(10));
    scheduler.after(600_000, () => fired.push(600));
    const process = new SimProcess('job');
    const done = scheduler.clockFor(process).sleep(20_000);
    await scheduler.run(done);
    expect(scheduler.now()).toBe(T0 + 20_000);
    expect(fired).toEqual([10]);
  });

  it('returns from run when the work fails too', async () => {
    const scheduler = new Scheduler(T0);
    const process = new SimProcess('job');
    const clock = scheduler.clockFor(process);
    const done = (async () => {
      await clock.sleep(1_000);
      throw new Error('boom');
    })();
    await scheduler.run(done);
    await expect(done).rejects.toThrow('boom');
    expect(scheduler.now()).toBe(T0 + 1_000);
  });

  it('stops at `until` without firing later events, and the clock reads `until`', async () => {
    const scheduler = new Scheduler(T0);
    const fired: number[] = [];
    scheduler.after(1_000, () => fired.push(1));
    scheduler.after(3_000, () => fired.push(3));
    scheduler.after(3_001, () => fired.push(3.001));
    await scheduler.advanceTo(T0 + 3_000);
    expect(fired).toEqual([1, 3]);
    expect(scheduler.now()).toBe(T0 + 3_000);
    await scheduler.advanceTo(T0 + 4_000);
    expect(fired).toEqual([1, 3, 3.001]);
  });

  it('fails loudly when nothing is scheduled but the work is unfinished', async () => {
    const scheduler = new Scheduler(T0);
    await expect(scheduler.run(new Promise(() => undefined))).rejects.toThrow(/stuck at 2026-11-23T14:00:00.000Z/);
    // Work that waits on a real timer is work the simulation cannot see.
    const process = new SimProcess('job');
    const clock = scheduler.clockFor(process);
    const realTimer = (async () => {
      await clock.sleep(1_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    })();
    await expect(scheduler.run(realTimer)).rejects.toThrow(/stuck at 2026-11-23T14:00:01.000Z: nothing is scheduled/);
  });

  it('returns from run once every process has died, although the world goes on and the work never settles', async () => {
    const scheduler = new Scheduler(T0);
    // A world event that recurs for ever, as CloudWatch's alarm evaluation does.
    const tick = (): void => void scheduler.after(60_000, tick);
    tick();
    const job = new SimProcess('job');
    const clock = scheduler.clockFor(job);
    const done = (async () => {
      for (;;) await clock.sleep(10_000);
    })();
    scheduler.after(95_000, () => job.kill('runner lost'));
    await scheduler.run(done);
    expect(job.dead).toBe(true);
    expect(scheduler.now()).toBe(T0 + 95_000);
    expect(await settled(done)).toBe(false);
  }, 5_000);

  it('refuses to run the world from inside a run, where two loops would overshoot each other', async () => {
    const scheduler = new Scheduler(T0);
    const process = new SimProcess('job');
    const outer = scheduler.run(scheduler.clockFor(process).sleep(5_000));
    await expect(scheduler.advanceTo(T0 + 1_000)).rejects.toThrow(/already running/);
    await outer;
    expect(scheduler.now()).toBe(T0 + 5_000);
    await scheduler.advanceTo(T0 + 6_000);
    expect(scheduler.now()).toBe(T0 + 6_000);
  });

  it('keeps running while one of its processes lives', async () => {
    const scheduler = new Scheduler(T0);
    const first = new SimProcess('first');
    const second = new SimProcess('second');
    const firstClock = scheduler.clockFor(first);
    const secondClock = scheduler.clockFor(second);
    void firstClock.sleep(1_000_000);
    scheduler.after(5_000, () => first.kill('killed'));
    const done = secondClock.sleep(30_000);
    await scheduler.run(done);
    expect(scheduler.now()).toBe(T0 + 30_000);
  });
});
