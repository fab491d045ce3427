import { describe, expect, test } from 'vitest';
import {
  chooseRollbackTarget,
  readVerifiedGood,
  recordVerifiedGood,
  VERIFIED_GOOD_TAGS,
  type RollbackFacts,
} from './verified-good.js';

const [NEWEST_TAG, PREVIOUS_TAG] = VERIFIED_GOOD_TAGS;

function api(revision: number, family = 'api'): string {
  return `arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:${revision}`;
}

function facts(overrides: Partial<RollbackFacts> = {}): RollbackFacts {
  return { currentArn: api(7), requested: undefined, verifiedGood: [], familyRevisions: [], ...overrides };
}

describe('readVerifiedGood', () => {
  test('returns the recorded revisions newest first', () => {
    const tags = { [PREVIOUS_TAG]: api(5), [NEWEST_TAG]: api(6), team: 'execution' };
    expect(readVerifiedGood(tags)).toEqual([api(6), api(5)]);
  });

  test('a service that was never deployed by this suite has none', () => {
    expect(readVerifiedGood({ team: 'execution' })).toEqual([]);
  });

  test.each(['api:6', 'latest', '', 'arn:aws:ecs:us-east-1:123456789012:service/prod/api'])(
    'a hand-edited tag value that is not a task-definition ARN (%j) is ignored',
    (value) => {
      expect(readVerifiedGood({ [NEWEST_TAG]: value, [PREVIOUS_TAG]: api(5) })).toEqual([api(5)]);
    },
  );
});

describe('recordVerifiedGood', () => {
  test('the new good revision goes first and the last one becomes the previous', () => {
    expect(recordVerifiedGood([api(6), api(5)], api(7))).toEqual({
      [NEWEST_TAG]: api(7),
      [PREVIOUS_TAG]: api(6),
    });
  });

  test('only two are kept', () => {
    const tags = recordVerifiedGood([api(6), api(5)], api(7));
    expect(Object.values(tags)).not.toContain(api(5));
  });

  test('deploying the same good revision again does not fill both tags with it', () => {
    expect(recordVerifiedGood([api(7), api(6)], api(7))).toEqual({
      [NEWEST_TAG]: api(7),
      [PREVIOUS_TAG]: api(6),
    });
  });

  test('a revision that was good before moves to the front when it is good again', () => {
    expect(recordVerifiedGood([api(7), api(6)], api(6))).toEqual({
      [NEWEST_TAG]: api(6),
      [PREVIOUS_TAG]: api(7),
    });
  });

  test('the revision a manual rollback moved away from is never offered again', () => {
    // api:7 was verified good, then turned out bad in production and was rolled back to api:6.
    expect(recordVerifiedGood([api(7), api(6)], api(6), api(7))).toEqual({ [NEWEST_TAG]: api(6) });
  });

  test('the first recorded revision sets only the newest tag', () => {
    expect(recordVerifiedGood([], api(1))).toEqual({ [NEWEST_TAG]: api(1) });
  });
});

describe('chooseRollbackTarget', () => {
  describe('to-revision', () => {
    test('a bare number means that revision of the family the service runs', () => {
      const choice = chooseRollbackTarget(facts({ currentArn: api(7, 'trading-engine'), requested: '42' }));
      expect(choice?.taskDefinition).toBe('trading-engine:42');
      expect(choice?.why).toContain('to-revision (42)');
    });

    test.each(['api:5', api(5), 'api-worker:3'])('%s is used as given', (requested) => {
      const choice = chooseRollbackTarget(facts({ requested, verifiedGood: [api(6)], familyRevisions: [api(6)] }));
      expect(choice?.taskDefinition).toBe(requested);
    });
  });

  describe('verified-good', () => {
    test('the newest verified-good revision is chosen, and the reason says so', () => {
      const choice = chooseRollbackTarget(facts({ verifiedGood: [api(5), api(4)], familyRevisions: [api(6)] }));
      expect(choice?.taskDefinition).toBe(api(5));
      expect(choice?.why).toContain('api:5');
      expect(choice?.why).toContain('verified healthy');
    });

    test('when the current revision is the newest verified-good one, the one before it is chosen', () => {
      const choice = chooseRollbackTarget(facts({ verifiedGood: [api(7), api(5)] }));
      expect(choice?.taskDefinition).toBe(api(5));
    });

    // Right after a good deploy the current revision is the newest record, so the choice comes
    // from the older record; the reason must not claim it is the newest.
    test('the reason is true when the revision comes from the older record', () => {
      const choice = chooseRollbackTarget(facts({ verifiedGood: [api(7), api(5)] }));
      expect(choice?.why).toBe(
        'api:5 is the most recent revision, other than the current one, that trading-actions verified healthy on this service (recorded in its trading-actions:verified-good* tags).',
      );
    });
  });

  describe('previous ACTIVE revision', () => {
    test('without a usable verified-good revision, the highest lower revision of the same family is chosen', () => {
      const choice = chooseRollbackTarget(
        facts({
          verifiedGood: [api(7)],
          familyRevisions: [api(3), api(9), api(5), api(7), api(6, 'api-worker'), api(8)],
        }),
      );
      expect(choice?.taskDefinition).toBe(api(5));
      expect(choice?.why).toContain('previous ACTIVE revision of api (api:5)');
      expect(choice?.why).toContain('no verified-good revision');
    });

    test('revisions of other families that share the prefix are ignored', () => {
      const choice = chooseRollbackTarget(facts({ familyRevisions: [api(6, 'api-worker'), api(2)] }));
      expect(choice?.taskDefinition).toBe(api(2));
    });

    test('there is nothing to roll back to when the current revision is the oldest', () => {
      expect(chooseRollbackTarget(facts({ currentArn: api(1), familyRevisions: [api(1), api(2)] }))).toBeUndefined();
    });

    test('there is nothing to roll back to without verified-good or other revisions', () => {
      expect(chooseRollbackTarget(facts())).toBeUndefined();
    });
  });
});
