import { describe, expect, it } from 'vitest';
import { RECORD_BY_TAG, RECORD_TAG, readRecord, recordTags, staleRecordTags, type PairRecord } from './pair-record.js';

const AT = Date.parse('2026-11-23T14:00:00Z');

const promoted: PairRecord = {
  state: 'promoted',
  live: 'green',
  previous: { color: 'blue', revision: 'router:41', desiredCount: 4, keepUntil: AT + 600_000 },
  rolloutId: 'rollout-7f3a',
  by: 'https://github.com/org/router/actions/runs/41 (attempt 1)',
  at: AT,
};

const LEGACY = {
  'trading-actions:rollout-id': 'rollout-legacy',
  'trading-actions:rollout-holder': 'org/router run 12 (deploy.yml / production)',
  'trading-actions:rollout-run': 'org/router/12',
  'trading-actions:rollout-expires': '2026-11-23T14:30:00.000Z',
  'trading-actions:rollout-live': 'blue',
};

describe('the pair record', () => {
  it('reads back a promoted record, with the side it keeps warm, exactly as it was written', () => {
    expect(readRecord(recordTags(promoted))).toEqual(promoted);
  });

  it('reads back a record without a previous side without inventing one', () => {
    const shifting: PairRecord = { state: 'shifting', live: 'blue', rolloutId: 'r1', by: 'a run', at: AT };

    const read = readRecord(recordTags(shifting));

    expect(read).toEqual(shifting);
    expect(read).not.toHaveProperty('previous');
  });

  it('keeps every tag value within 256 characters, even for a very long author', () => {
    const tags = recordTags({ ...promoted, by: 'x'.repeat(1_000), rolloutId: 'r'.repeat(36) });

    for (const value of Object.values(tags)) expect(value.length).toBeLessThanOrEqual(256);
    expect(readRecord(tags)?.by).toBe('x'.repeat(256));
  });

  // ECS allows a task-definition family of 255 characters: the previous side's `family:revision`
  // cannot always fit beside the rest of the record in one 256-character tag value.
  it('keeps every tag value within 256 characters, even for the longest task-definition family ECS allows', () => {
    const longest = `${'router-'.padEnd(255, 'x')}:41`;
    const tags = recordTags({
      ...promoted,
      previous: { ...promoted.previous!, revision: longest },
      rolloutId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    });

    for (const value of Object.values(tags)) expect(value.length).toBeLessThanOrEqual(256);
    // The side kept warm is still recorded; only its revision is left out (an abort reads it from the service).
    expect(readRecord(tags)?.previous).toMatchObject({ color: promoted.previous!.color, revision: '' });
  });

  it.each([
    ['is not JSON', '{not json'],
    ['has an unknown state', JSON.stringify({ s: 'paused', l: 'blue', id: 'r1', at: '2026-11-23T14:00:00.000Z' })],
    ['has no live side', JSON.stringify({ s: 'held', id: 'r1', at: '2026-11-23T14:00:00.000Z' })],
    ['names a side that is not blue or green', JSON.stringify({ s: 'held', l: 'red', id: 'r1' })],
  ])('ignores a record that %s', (_case, text) => {
    expect(readRecord({ [RECORD_TAG]: text, [RECORD_BY_TAG]: 'a run' })).toBeUndefined();
  });

  it('finds no record on a route without one', () => {
    expect(readRecord({ team: 'execution' })).toBeUndefined();
  });

  it("reads an earlier version's marker as a rollout in progress by that version's holder", () => {
    expect(readRecord(LEGACY)).toEqual({
      state: 'shifting',
      live: 'blue',
      rolloutId: 'rollout-legacy',
      by: 'org/router run 12 (deploy.yml / production)',
      at: 0,
    });
  });

  it("prefers the record to an earlier version's marker left beside it", () => {
    expect(readRecord({ ...LEGACY, ...recordTags(promoted) })).toEqual(promoted);
  });

  it('lists exactly the tags of earlier versions present, to be removed', () => {
    const tags = {
      ...recordTags(promoted),
      team: 'execution',
      'trading-actions:rollout-id': 'rollout-legacy',
      'trading-actions:rollout-live': 'green',
    };

    expect(staleRecordTags(tags).sort()).toEqual(['trading-actions:rollout-id', 'trading-actions:rollout-live']);
    expect(staleRecordTags(LEGACY).sort()).toEqual(Object.keys(LEGACY).sort());
    expect(staleRecordTags(recordTags(promoted))).toEqual([]);
  });
});
