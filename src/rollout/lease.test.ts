import { describe, expect, it } from 'vitest';
import { FakeLeaseStore } from '../../test/support/canary-fakes.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import { RecordingLogger } from '../runtime/logger.js';
import {
  acquireLease,
  leaseName,
  readLease,
  releaseLease,
  withLease,
  type AcquireOutcome,
  type Claimant,
  type HeldLease,
} from './lease.js';

const RESOURCE =
  'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2';
const NOW = Date.parse('2026-11-23T14:00:00Z');
const TEN_MINUTES = 600_000;

const first: Claimant = {
  id: 'lease-run-41-attempt-1',
  holder: 'https://github.com/org/router/actions/runs/41 (attempt 1)',
  run: 'org/router/41',
  purpose: 'deploy',
};
const second: Claimant = {
  id: 'lease-run-42-attempt-1',
  holder: 'https://github.com/org/router/actions/runs/42 (attempt 1)',
  run: 'org/router/42',
  purpose: 'deploy',
};

/** A FakeLeaseStore whose removals throw, the next `failRemovals` times (or always). */
class FlakyRemovalStore extends FakeLeaseStore {
  failRemovals = 0;
  removals = 0;

  override remove(arn: string): Promise<void> {
    this.removals += 1;
    if (this.failRemovals > 0) {
      this.failRemovals -= 1;
      return Promise.reject(new Error('ServiceUnavailable: try again later'));
    }
    return super.remove(arn);
  }
}

async function acquire(
  store: FakeLeaseStore,
  me: Claimant,
  options: { now?: number; durationMs?: number; breakLive?: boolean } = {},
): Promise<AcquireOutcome> {
  return acquireLease(store, RESOURCE, me, {
    now: options.now ?? NOW,
    durationMs: options.durationMs ?? TEN_MINUTES,
    breakLive: options.breakLive ?? false,
  });
}

async function held(store: FakeLeaseStore, me: Claimant, now = NOW): Promise<HeldLease> {
  const outcome = await acquire(store, me, { now });
  if (outcome.kind !== 'acquired') throw new Error(`the test could not arrange the lease: ${outcome.message}`);
  return outcome.lease;
}

describe('the lease name', () => {
  it('is a valid target-group name that is the same for the same resource and differs between resources', () => {
    const name = leaseName(RESOURCE);
    expect(name.length).toBeLessThanOrEqual(32);
    expect(name).toMatch(/^[a-zA-Z0-9-]+$/);
    expect(leaseName(RESOURCE)).toBe(name);
    expect(leaseName(`${RESOURCE}-other`)).not.toBe(name);
  });
});

describe('acquiring the lease', () => {
  it('acquires a lease nobody holds, replacing nothing, and records who holds it until when', async () => {
    const store = new FakeLeaseStore();

    const outcome = await acquire(store, first);

    expect(outcome.kind).toBe('acquired');
    if (outcome.kind !== 'acquired') return;
    expect(outcome.replaced).toBeUndefined();
    expect(outcome.lease.expiresAt).toBe(NOW + TEN_MINUTES);
    expect(outcome.lease.arn).toBe(store.held()?.arn);
    expect(await readLease(store, RESOURCE)).toEqual({ ...first, resource: RESOURCE, expiresAt: NOW + TEN_MINUTES });
  });

  it('refuses a second claimant while the lease is live, naming the holder, its purpose and its expiry', async () => {
    const store = new FakeLeaseStore();
    const lease = await held(store, { ...first, purpose: 'promote' });

    const outcome = await acquire(store, second, { now: NOW + 60_000 });

    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.holder).toMatchObject({ id: first.id, holder: first.holder, purpose: 'promote' });
    expect(outcome.message).toContain(first.holder);
    expect(outcome.message).toContain('promote');
    expect(outcome.message).toContain(new Date(NOW + TEN_MINUTES).toISOString());
    expect(store.calls).not.toContain('remove');
    expect(await lease.stillHeld()).toBe(true);
  });

  it('does not treat two runs without a run id as attempts of the same run', async () => {
    const store = new FakeLeaseStore();
    await held(store, { ...first, run: '' });

    const outcome = await acquire(store, { ...second, run: '' });

    expect(outcome.kind).toBe('refused');
  });

  it('takes over a lease that expired, saying it expired, and the old holder no longer holds it', async () => {
    const store = new FakeLeaseStore();
    const dead = await held(store, first);
    const later = NOW + TEN_MINUTES + 1;

    const outcome = await acquire(store, second, { now: later });

    expect(outcome.kind).toBe('acquired');
    if (outcome.kind !== 'acquired') return;
    expect(outcome.replaced?.because).toBe('expired');
    expect(outcome.replaced?.why).toContain('expired');
    expect(outcome.replaced?.why).toContain(new Date(NOW + TEN_MINUTES).toISOString());
    expect(outcome.replaced?.record).toMatchObject({ id: first.id, holder: first.holder });
    expect(await dead.stillHeld()).toBe(false);
    expect(await readLease(store, RESOURCE)).toMatchObject({ id: second.id, expiresAt: later + TEN_MINUTES });
  });

  it('takes over a lease that was left half-written, without a readable expiry, as expired', async () => {
    const store = new FakeLeaseStore();
    await store.create(leaseName(RESOURCE), 'someone', { 'trading-actions:lease-holder': 'a crashed run' });

    const outcome = await acquire(store, second);

    expect(outcome.kind).toBe('acquired');
    if (outcome.kind !== 'acquired') return;
    expect(outcome.replaced?.because).toBe('expired');
    expect(outcome.replaced?.record.holder).toBe('a crashed run');
  });

  it('lets a re-run of the same workflow run take over the lease an earlier attempt left behind', async () => {
    const store = new FakeLeaseStore();
    const earlier = await held(store, first);
    const rerun: Claimant = { ...first, id: 'lease-run-41-attempt-2', holder: `${first.holder} (attempt 2)` };

    const outcome = await acquire(store, rerun, { now: NOW + 60_000 });

    expect(outcome.kind).toBe('acquired');
    if (outcome.kind !== 'acquired') return;
    expect(outcome.replaced?.because).toBe('earlier-attempt');
    expect(outcome.replaced?.why).toContain('earlier attempt');
    expect(await earlier.stillHeld()).toBe(false);
    expect(await readLease(store, RESOURCE)).toMatchObject({ id: rerun.id });
  });

  it('breaks a live lease in an emergency, and the broken holder can neither extend nor keep it', async () => {
    const store = new FakeLeaseStore();
    const broken = await held(store, first);
    const abort: Claimant = { ...second, purpose: 'abort' };

    const outcome = await acquire(store, abort, { now: NOW + 60_000, breakLive: true });

    expect(outcome.kind).toBe('acquired');
    if (outcome.kind !== 'acquired') return;
    expect(outcome.replaced?.because).toBe('emergency');
    expect(outcome.replaced?.why).toBe('an emergency abort does not wait for a deploy in progress');
    expect(await broken.extend(NOW + 2 * TEN_MINUTES)).toBe(false);
    expect(await broken.stillHeld()).toBe(false);
    expect(await outcome.lease.stillHeld()).toBe(true);
    expect(await readLease(store, RESOURCE)).toMatchObject({ id: abort.id, purpose: 'abort' });
  });

  it('gets the lease when its own create was answered after a retry of it was refused', async () => {
    const store = new FakeLeaseStore();
    // The first try of the create succeeded but its answer was lost; the SDK's retry is refused.
    const { arn } = (await store.create(leaseName(RESOURCE), first.id, {})) as { arn: string };

    const outcome = await acquire(store, first);

    expect(outcome.kind).toBe('acquired');
    if (outcome.kind !== 'acquired') return;
    expect(outcome.lease.arn).toBe(arn);
    expect(outcome.replaced).toBeUndefined();
    expect(store.calls).not.toContain('remove');
  });

  it('gives up, asking to try again, when the lease vanishes every time it is read', async () => {
    const store = new FakeLeaseStore();
    store.create = () => Promise.resolve('taken');

    const outcome = await acquire(store, first);

    expect(outcome).toMatchObject({ kind: 'refused', message: 'the lease kept changing hands; try again.' });
  });
});

describe('holding the lease', () => {
  it('extends the lease, and never shortens it', async () => {
    const store = new FakeLeaseStore();
    const lease = await held(store, first);

    expect(await lease.extend(NOW + 2 * TEN_MINUTES)).toBe(true);
    expect(lease.expiresAt).toBe(NOW + 2 * TEN_MINUTES);
    expect(await lease.extend(NOW)).toBe(true);
    expect(lease.expiresAt).toBe(NOW + 2 * TEN_MINUTES);
    expect((await readLease(store, RESOURCE))?.expiresAt).toBe(NOW + 2 * TEN_MINUTES);
  });
});

describe('releasing the lease', () => {
  it('releases the lease at the first try without waiting', async () => {
    const store = new FakeLeaseStore();
    const lease = await held(store, first);
    const clock = new ManualClock();

    expect(await releaseLease(lease, clock)).toBeUndefined();
    expect(store.held()).toBeUndefined();
    expect(clock.sleeps).toEqual([]);
  });

  it('tries again through a short outage, waiting longer each time, until the lease is released', async () => {
    const store = new FlakyRemovalStore();
    const lease = await held(store, first);
    const clock = new ManualClock();
    store.failRemovals = 2;

    expect(await releaseLease(lease, clock)).toBeUndefined();
    expect(store.held()).toBeUndefined();
    expect(store.removals).toBe(3);
    expect(clock.sleeps).toEqual([5_000, 20_000]);
  });

  it('says the lease could not be released, why, and when it expires, after every try failed', async () => {
    const store = new FlakyRemovalStore();
    const lease = await held(store, first);
    const clock = new ManualClock();
    store.failRemovals = Number.POSITIVE_INFINITY;

    const problem = await releaseLease(lease, clock);

    expect(problem).toMatch(/^The lease could not be released/);
    expect(problem).toContain('ServiceUnavailable: try again later');
    expect(problem).toContain(new Date(NOW + TEN_MINUTES).toISOString());
    expect(store.removals).toBe(4);
    expect(clock.sleeps).toEqual([5_000, 20_000, 60_000]);
    expect(store.held()?.arn).toBe(lease.arn);
  });
});

describe('working under the lease', () => {
  const deps = () => ({ clock: new ManualClock(), logger: new RecordingLogger() });

  it('releases the lease after the work and returns its report unchanged', async () => {
    const store = new FakeLeaseStore();
    const lease = await held(store, first);
    const { clock, logger } = deps();
    const report = { result: 'deployed', notes: ['a note'] };

    const returned = await withLease(lease, { clock, logger }, () => {
      expect(store.held()?.arn).toBe(lease.arn);
      return Promise.resolve(report);
    });

    expect(returned).toEqual(report);
    expect(store.held()).toBeUndefined();
    expect(logger.messages('warning')).toEqual([]);
  });

  it('releases the lease when the work throws, and rethrows the error', async () => {
    const store = new FakeLeaseStore();
    const lease = await held(store, first);
    const failure = new Error('UpdateService failed');

    await expect(withLease(lease, deps(), () => Promise.reject(failure))).rejects.toBe(failure);
    expect(store.held()).toBeUndefined();
  });

  it('adds the problem to the report and warns in the log when the lease could not be released', async () => {
    const store = new FlakyRemovalStore();
    const lease = await held(store, first);
    const { clock, logger } = deps();
    store.failRemovals = Number.POSITIVE_INFINITY;

    const returned = await withLease(lease, { clock, logger }, () =>
      Promise.resolve({ result: 'deployed', notes: ['a note'] }),
    );

    expect(returned.result).toBe('deployed');
    expect(returned.notes).toHaveLength(2);
    expect(returned.notes[0]).toBe('a note');
    expect(returned.notes[1]).toMatch(/^The lease could not be released/);
    expect(logger.messages('warning')).toEqual([returned.notes[1]]);
  });
});
