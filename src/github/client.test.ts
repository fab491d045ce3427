import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closedPort } from '../../test/support/http-server.js';
import { createGitHubClient, GitHubApiError, nextLink, upsertComment, type GitHubPort } from './client.js';
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github-server.js';
import { postSlackMessage } from './slack.js';

describe('the GitHub client against a local server', () => {
  let server: FakeGitHub;
  let github: GitHubPort;
  const since = new Date(Date.now() - 86_400_000);

  beforeAll(async () => {
    server = await startFakeGitHub('org/trading');
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.issues.length = 0;
    server.comments.length = 0;
    server.requests.length = 0;
    server.perPage = 100;
    github = createGitHubClient({ apiUrl: `${server.url}/`, token: 'ghs_secret', repository: 'org/trading' });
  });

  it('creates a pull-request comment once, then updates that same comment', async () => {
    const first = await upsertComment(github, 7, '<!-- cost-delta -->', '<!-- cost-delta -->\n+$72');
    const second = await upsertComment(github, 7, '<!-- cost-delta -->', '<!-- cost-delta -->\n+$80');
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]?.body).toContain('+$80');
    expect(server.authorizations.every((a) => a === 'Bearer ghs_secret')).toBe(true);
  });

  it("finds a comment by its marker on a later page, among other people's comments", async () => {
    server.perPage = 2;
    for (const text of ['LGTM', 'nit', 'ship it']) await github.addComment(7, text);
    await github.addComment(7, '<!-- cost-delta -->\nold');
    await upsertComment(github, 7, '<!-- cost-delta -->', '<!-- cost-delta -->\nnew');
    expect(server.comments.filter((c) => c.body.includes('cost-delta'))).toHaveLength(1);
    expect(server.requests.some((r) => r.includes('page=2'))).toBe(true);
  });

  it('finds the issue of this month by its marker, skipping pull requests and other issues', async () => {
    await github.createIssue('Unrelated', 'no marker here');
    const created = await github.createIssue('Cost 2026-11', 'report\n<!-- cost-alert:2026-11 -->');
    server.issues.push({
      ...server.issues[0]!,
      number: 99,
      body: '<!-- cost-alert:2026-11 --> in a PR',
      pull_request: {},
    });
    const found = await github.findIssue('<!-- cost-alert:2026-11 -->', since);
    expect(found?.number).toBe(created.number);
    expect(await github.findIssue('<!-- cost-alert:2026-12 -->', since)).toBeUndefined();
  });

  it('stops looking at issues created before the month began', async () => {
    await github.createIssue('Cost', '<!-- m -->');
    expect(await github.findIssue('<!-- m -->', new Date(Date.now() + 60_000))).toBeUndefined();
  });

  it('says which permission to check when GitHub refuses', async () => {
    const wrongRepo = createGitHubClient({ apiUrl: server.url, token: 't', repository: 'org/other' });
    await expect(wrongRepo.createIssue('x', 'y')).rejects.toThrow(GitHubApiError);
    await expect(wrongRepo.createIssue('x', 'y')).rejects.toThrow(
      /404 to POST \/repos\/org\/other\/issues: Not Found.*issues: write/,
    );
  });

  it('reads the next page from a Link header', () => {
    expect(
      nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"'),
    ).toBe('https://api.github.com/x?page=2');
    expect(nextLink(null)).toBeUndefined();
  });
});

describe('the Slack webhook poster', () => {
  it('posts the text as JSON', async () => {
    const server = await startFakeGitHub();
    try {
      await postSlackMessage(`${server.url}/slack/T000/B000/XXXX`, 'Budget 80 % reached');
      expect(server.slackMessages).toEqual([{ path: '/slack/T000/B000/XXXX', text: 'Budget 80 % reached' }]);
    } finally {
      await server.close();
    }
  });

  it('never puts the webhook URL into its error', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/slack/T000/B000/very-secret-token`;
    const error = await postSlackMessage(url, 'x').catch((e: unknown) => e as Error);
    expect(error?.message).toMatch(/could not be reached/);
    expect(error?.message).not.toContain('very-secret-token');
    const server = await startFakeGitHub();
    try {
      const refused = await postSlackMessage(`${server.url}/nope/very-secret-token`, 'x').catch(
        (e: unknown) => e as Error,
      );
      expect(refused?.message).toMatch(/answered 404/);
      expect(refused?.message).not.toContain('very-secret-token');
    } finally {
      await server.close();
    }
  });
});
