/**
 * The few GitHub REST calls the cost report and the pull-request check make, over fetch: find,
 * create and update one issue by a hidden marker, and one comment by a hidden marker. Finding
 * by marker (not by title) means a renamed issue or an edited comment is still found, so a run
 * updates what is there instead of adding a duplicate.
 */

export interface GitHubIssue {
  readonly number: number;
  readonly body: string;
  readonly url: string;
}

export interface GitHubComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

/** What the cost domain needs from GitHub; tests hand in the real client on a local server. */
export interface GitHubPort {
  /** The newest issue (open or closed) created at or after `since` whose body contains `marker`. */
  findIssue(marker: string, since: Date): Promise<GitHubIssue | undefined>;
  createIssue(title: string, body: string): Promise<GitHubIssue>;
  updateIssue(number: number, body: string): Promise<GitHubIssue>;
  addComment(issueNumber: number, body: string): Promise<GitHubComment>;
  findComment(issueNumber: number, marker: string): Promise<GitHubComment | undefined>;
  updateComment(id: number, body: string): Promise<GitHubComment>;
}

export interface GitHubClientOptions {
  /** GITHUB_API_URL; https://api.github.com when unset. */
  readonly apiUrl?: string;
  readonly token: string;
  /** owner/name */
  readonly repository: string;
  readonly fetch?: typeof fetch;
}

/** A GitHub answer other than success, with what GitHub said. */
export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    detail: string,
  ) {
    super(`GitHub answered ${status} to ${method} ${path}${detail ? `: ${detail}` : ''}${hint(status)}`);
    this.name = 'GitHubApiError';
  }
}

function hint(status: number): string {
  if (status === 401) return ' (the github-token is not valid)';
  if (status === 403 || status === 404)
    return ' (does the job grant the permission? issues: write for the monthly issue, pull-requests: write for the comment)';
  return '';
}

const PER_PAGE = 100;
/** Pages of issues scanned at most; the search stops earlier at the first issue older than `since`. */
const MAX_ISSUE_PAGES = 10;
const MAX_COMMENT_PAGES = 30;

export function createGitHubClient(options: GitHubClientOptions): GitHubPort {
  const apiUrl = (options.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const repo = `/repos/${options.repository}`;

  async function call<T>(method: string, pathOrUrl: string, body?: unknown): Promise<{ data: T; next?: string }> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${apiUrl}${pathOrUrl}`;
    const response = await doFetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'trading-actions-cost-alert',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      let detail = text.slice(0, 200);
      try {
        detail = String((JSON.parse(text) as { message?: string }).message ?? detail);
      } catch {
        // not JSON: keep the text
      }
      throw new GitHubApiError(response.status, method, new URL(url).pathname, detail);
    }
    return { data: (text ? JSON.parse(text) : undefined) as T, next: nextLink(response.headers.get('link')) };
  }

  const toIssue = (raw: RawIssue): GitHubIssue => ({
    number: raw.number,
    body: raw.body ?? '',
    url: raw.html_url ?? '',
  });
  const toComment = (raw: RawComment): GitHubComment => ({ id: raw.id, body: raw.body ?? '', url: raw.html_url ?? '' });

  return {
    async findIssue(marker, since) {
      let url: string | undefined = `${repo}/issues?state=all&sort=created&direction=desc&per_page=${PER_PAGE}`;
      for (let page = 0; url && page < MAX_ISSUE_PAGES; page++) {
        const { data, next }: { data: RawIssue[]; next?: string } = await call<RawIssue[]>('GET', url);
        for (const issue of data) {
          if (issue.created_at && Date.parse(issue.created_at) < since.getTime()) return undefined;
          // The issues list includes pull requests.
          if (issue.pull_request || !(issue.body ?? '').includes(marker)) continue;
          return toIssue(issue);
        }
        url = next;
      }
      return undefined;
    },
    async createIssue(title, body) {
      return toIssue((await call<RawIssue>('POST', `${repo}/issues`, { title, body })).data);
    },
    async updateIssue(number, body) {
      return toIssue((await call<RawIssue>('PATCH', `${repo}/issues/${number}`, { body })).data);
    },
    async addComment(issueNumber, body) {
      return toComment((await call<RawComment>('POST', `${repo}/issues/${issueNumber}/comments`, { body })).data);
    },
    async findComment(issueNumber, marker) {
      let url: string | undefined = `${repo}/issues/${issueNumber}/comments?per_page=${PER_PAGE}`;
      for (let page = 0; url && page < MAX_COMMENT_PAGES; page++) {
        const { data, next }: { data: RawComment[]; next?: string } = await call<RawComment[]>('GET', url);
        const found = data.find((comment) => (comment.body ?? '').includes(marker));
        if (found) return toComment(found);
        url = next;
      }
      return undefined;
    },
    async updateComment(id, body) {
      return toComment((await call<RawComment>('PATCH', `${repo}/issues/comments/${id}`, { body })).data);
    },
  };
}

interface RawIssue {
  number: number;
  body?: string | null;
  html_url?: string;
  created_at?: string;
  pull_request?: unknown;
}

interface RawComment {
  id: number;
  body?: string | null;
  html_url?: string;
}

/** The `rel="next"` URL of a Link header. */
export function nextLink(header: string | null): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/**
 * Creates the comment carrying `marker`, or updates it when one exists, so a pull request has
 * exactly one. Returns whether it was created.
 */
export async function upsertComment(
  github: GitHubPort,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<{ comment: GitHubComment; created: boolean }> {
  const existing = await github.findComment(issueNumber, marker);
  if (existing) return { comment: await github.updateComment(existing.id, body), created: false };
  return { comment: await github.addComment(issueNumber, body), created: true };
}
