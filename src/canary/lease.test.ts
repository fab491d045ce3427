import { describe, expect, it } from 'vitest';
import { decideLease, LEASE_TAGS, leaseTags, readLease } from './lease.js';

const now = Date.parse('2026-11-23T15:00:00Z');
const lease = {
  id: 'r-1',
  holder: 'org/router run 7',
  run: 'org/router/7',
  expiresAt: now + 60_000,
  live: 'blue' as const,
};

describe('the rollout lease', () => {
  it('round-trips through tags', () => {
    expect(readLease(leaseTags(lease))).toEqual(lease);
  });
  it('keeps tag values within the 256 characters ELB allows', () => {
    const tags = leaseTags({ ...lease, holder: 'x'.repeat(400) });
    expect(tags[LEASE_TAGS.holder]).toHaveLength(256);
  });
  it.each([
    ['no tags', {}, 'free'],
    ['a live lease of another run', leaseTags(lease), 'conflict'],
    ['an expired lease', leaseTags({ ...lease, expiresAt: now }), 'take-over'],
    ['a lease of an earlier attempt of this run', leaseTags({ ...lease, run: 'org/router/8' }), 'take-over'],
    ['half a lease (someone removed tags by hand)', { [LEASE_TAGS.id]: 'r-1' }, 'free'],
  ])('%s → %s', (_name, tags, kind) => {
    expect(decideLease(tags, { run: 'org/router/8' }, now).kind).toBe(kind);
  });
  it('a conflict names the holder and how to get out of it', () => {
    const decision = decideLease(leaseTags(lease), { run: 'org/router/8' }, now);
    expect(decision.kind === 'conflict' && decision.message).toMatch(
      /org\/router run 7 \(rollout r-1\), until 2026-11-23T15:01:00.000Z.*post step restores traffic/,
    );
  });
});
