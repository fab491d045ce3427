import type { GitHubContext } from './github-context.js';

/** What Docker and ECR accept as a tag. */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * Turns a branch or tag name into a Docker tag: lowercase, anything outside [a-z0-9_.-] becomes
 * `-`, no leading `.` or `-`, at most 128 characters. `feature/ABC-12` becomes `feature-abc-12`.
 * Returns '' when nothing usable is left.
 */
export function tagSafe(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}

/** The default tags and what was left out, for the log. */
export interface DefaultTags {
  readonly tags: readonly string[];
  readonly notes: readonly string[];
}

/**
 * The commit SHA, plus the branch or tag name made tag-safe. Never `latest`: a tag that moves
 * with every build says nothing about what is deployed; ask for it in `tags` if you want it.
 * In a repository with immutable tags a branch name is left out, because a branch moves and its
 * tag could be pushed only once; a Git tag (a release) is kept.
 */
export function defaultTags(github: GitHubContext, immutable: boolean): DefaultTags {
  const tags: string[] = [];
  const notes: string[] = [];
  if (github.sha) tags.push(tagSafe(github.sha));
  const ref = github.refName ? tagSafe(github.refName) : '';
  if (ref === 'latest') notes.push("the ref name 'latest' is not used as a tag; set tags to push latest on purpose.");
  else if (ref && immutable && github.refType !== 'tag')
    notes.push(
      `branch tag '${ref}' left out: the repository's tags are immutable, so a tag that follows a branch could be pushed only once.`,
    );
  else if (ref && !tags.includes(ref)) tags.push(ref);
  return { tags, notes };
}
