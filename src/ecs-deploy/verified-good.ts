import { parseTaskDefinitionArn, shortTaskDefinition } from '../aws/ecs.js';

/**
 * Service tags where this suite records the revisions it saw become healthy, newest first.
 * Two are kept so a rollback from the current good revision still has somewhere to go.
 */
export const VERIFIED_GOOD_TAGS = ['trading-actions:verified-good', 'trading-actions:verified-good-previous'] as const;

/** The recorded verified-good revisions, newest first, read from a service's tags. */
export function readVerifiedGood(tags: Readonly<Record<string, string>>): string[] {
  // Tags can be edited by hand; anything that is not a task-definition ARN is ignored.
  return VERIFIED_GOOD_TAGS.map((key) => tags[key]).filter(
    (v): v is string => !!v && parseTaskDefinitionArn(v) !== undefined,
  );
}

/**
 * The history after `good` proved healthy. `abandoned` (the revision a manual rollback moved
 * away from) is dropped, so it is never offered as a rollback target again.
 */
export function recordVerifiedGood(
  history: readonly string[],
  good: string,
  abandoned?: string,
): Record<string, string> {
  const next = [good, ...history.filter((arn) => arn !== good && arn !== abandoned)];
  const tags: Record<string, string> = {};
  VERIFIED_GOOD_TAGS.forEach((key, index) => {
    const value = next[index];
    if (value) tags[key] = value;
  });
  return tags;
}

export interface RollbackChoice {
  readonly taskDefinition: string;
  /** Said in the log and the summary: which revision, and why that one. */
  readonly why: string;
}

export interface RollbackFacts {
  readonly currentArn: string;
  /** to-revision as given: a number, family:revision or an ARN. */
  readonly requested: string | undefined;
  readonly verifiedGood: readonly string[];
  /** ACTIVE revisions of the current family, any order. */
  readonly familyRevisions: readonly string[];
}

/**
 * Chooses what a manual rollback deploys: the requested revision; else the newest revision
 * this suite verified healthy that is not the current one; else the previous ACTIVE revision
 * of the current family. Undefined when there is none of these.
 */
export function chooseRollbackTarget(facts: RollbackFacts): RollbackChoice | undefined {
  const current = parseTaskDefinitionArn(facts.currentArn);
  if (facts.requested !== undefined) {
    const requested =
      /^\d+$/.test(facts.requested) && current ? `${current.family}:${facts.requested}` : facts.requested;
    return { taskDefinition: requested, why: `requested with to-revision (${facts.requested}).` };
  }
  const good = facts.verifiedGood.find((arn) => arn !== facts.currentArn);
  if (good) {
    return {
      taskDefinition: good,
      why: `${shortTaskDefinition(good)} is the most recent revision, other than the current one, that trading-actions verified healthy on this service (recorded in its ${VERIFIED_GOOD_TAGS[0]}* tags).`,
    };
  }
  if (!current) return undefined;
  const previous = facts.familyRevisions
    .map((arn) => ({ arn, parsed: parseTaskDefinitionArn(arn) }))
    .filter((r) => r.parsed && r.parsed.family === current.family && r.parsed.revision < current.revision)
    .sort((a, b) => (b.parsed?.revision ?? 0) - (a.parsed?.revision ?? 0))[0];
  if (!previous) return undefined;
  return {
    taskDefinition: previous.arn,
    why: `no verified-good revision other than the current one is recorded, so the previous ACTIVE revision of ${current.family} (${shortTaskDefinition(previous.arn)}) was chosen.`,
  };
}
