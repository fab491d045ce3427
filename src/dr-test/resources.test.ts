import { describe, expect, it } from 'vitest';
import { Ledger, canaryKey, parseLedger, restoredInstanceId, runTags } from './resources.js';

describe('names and tags of what a drill creates', () => {
  it.each([
    ['1234-1', 'drt-1234-1'],
    ['monthly-2026-11', 'drt-monthly-2026-11'],
  ])('run %s restores into %s', (runId, id) => {
    expect(restoredInstanceId(runId)).toBe(id);
  });

  it('a run id that is not a valid RDS name part is cleaned and made unique with a hash', () => {
    const a = restoredInstanceId('Nightly_Run.7');
    const b = restoredInstanceId('nightly-run-7');
    expect(a).toMatch(/^drt-nightly-run-7-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(restoredInstanceId('x'.repeat(48))).toBe(`drt-${'x'.repeat(48)}`);
    const long = restoredInstanceId('X.'.repeat(24));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^drt-(x-)+[0-9a-f]{8}$/);
  });

  it('tags carry the run and the hard stop; the canary lives under its own prefix', () => {
    expect(runTags('7-1', Date.parse('2026-11-23T14:30:00Z'))).toEqual({
      'trading-actions:dr-test-run-id': '7-1',
      'trading-actions:dr-test-expires': '2026-11-23T14:30:00.000Z',
    });
    expect(canaryKey('7-1')).toBe('trading-actions-dr-test/7-1.json');
  });
});

describe('the ledger', () => {
  it('reports each new resource once, and reads back what it saved', () => {
    const saved: string[] = [];
    const ledger = new Ledger((resources) => saved.push(JSON.stringify(resources)));
    const instance = { kind: 'rds-instance', side: 'recovery', region: 'us-west-2', id: 'drt-7-1' } as const;
    ledger.add(instance);
    ledger.add(instance);
    expect(saved).toHaveLength(1);
    expect(parseLedger(saved[0] ?? '')).toEqual([instance]);
    expect(parseLedger('')).toEqual([]);
    expect(parseLedger('{not json')).toEqual([]);
  });
});
