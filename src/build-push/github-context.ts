/** The parts of the GitHub run that name and label an image. */
export interface GitHubContext {
  /** `https://github.com` */
  readonly serverUrl?: string;
  /** `org/order-router` */
  readonly repository?: string;
  /** The commit being built. */
  readonly sha?: string;
  /** The branch or tag name, `main` or `v1.4.0` (`123/merge` for a pull request). */
  readonly refName?: string;
  readonly refType?: 'branch' | 'tag';
}

/** Reads the variables the runner sets for every step; anything missing stays undefined. */
export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext {
  const value = (name: string) => env[name]?.trim() || undefined;
  const refType = value('GITHUB_REF_TYPE');
  return {
    serverUrl: value('GITHUB_SERVER_URL'),
    repository: value('GITHUB_REPOSITORY'),
    sha: value('GITHUB_SHA'),
    refName: value('GITHUB_REF_NAME'),
    refType: refType === 'branch' || refType === 'tag' ? refType : undefined,
  };
}
