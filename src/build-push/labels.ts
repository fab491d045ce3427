import type { GitHubContext } from './github-context.js';

/** The OCI labels this action always sets from the GitHub context; users cannot override them. */
export const OCI_LABELS = {
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created',
} as const;

/** What a label key may look like (Docker's own rule is looser; this keeps keys readable). */
export const LABEL_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * The OCI source, revision and created labels, followed by the user's labels. A part of the
 * GitHub context that is missing (a run outside Actions) leaves its label out rather than
 * writing an empty one.
 */
export function imageLabels(
  github: GitHubContext,
  createdMs: number,
  userLabels: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  const labels = new Map<string, string>();
  if (github.serverUrl && github.repository)
    labels.set(OCI_LABELS.source, `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}`);
  if (github.sha) labels.set(OCI_LABELS.revision, github.sha);
  labels.set(OCI_LABELS.created, new Date(createdMs).toISOString());
  for (const [key, value] of userLabels) labels.set(key, value);
  return labels;
}
