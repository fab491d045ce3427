/**
 * For tests: a local HTTP server that answers the GitHub REST calls of ./client.ts from memory
 * (issues, issue comments, Link-header pages) and records Slack webhook posts, so the client,
 * the cost report and the bundle can be run against something that behaves like GitHub.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  created_at: string;
  html_url: string;
  pull_request?: object;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  html_url: string;
}

export interface FakeGitHub {
  readonly url: string;
  readonly issues: FakeIssue[];
  readonly comments: FakeComment[];
  /** `METHOD /path?query` of every request, in order. */
  readonly requests: string[];
  /** Authorization headers seen. */
  readonly authorizations: string[];
  /** Bodies posted to /slack/... */
  readonly slackMessages: { path: string; text: string }[];
  /** Page size the server uses, so tests can exercise pagination with few items. */
  perPage: number;
  close(): Promise<void>;
}

export async function startFakeGitHub(repository = 'org/trading'): Promise<FakeGitHub> {
  const issues: FakeIssue[] = [];
  const comments: FakeComment[] = [];
  const requests: string[] = [];
  const authorizations: string[] = [];
  const slackMessages: { path: string; text: string }[] = [];
  const sockets = new Set<Socket>();
  let nextId = 1000;
  const state = { perPage: 100 };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(text);
  };

  const page = <T>(req: URL, res: ServerResponse, all: T[]): void => {
    const perPage = Math.min(Number(req.searchParams.get('per_page') ?? 30), state.perPage);
    const number = Number(req.searchParams.get('page') ?? 1);
    const items = all.slice((number - 1) * perPage, number * perPage);
    const headers: Record<string, string> = {};
    if (number * perPage < all.length) {
      const next = new URL(req.toString());
      next.searchParams.set('page', String(number + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(res, 200, items, headers);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const url = new URL(req.url ?? '/', base);
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body =
      chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>) : {};

    if (url.pathname.startsWith('/slack/')) {
      slackMessages.push({ path: url.pathname, text: body.text ?? '' });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    authorizations.push(req.headers.authorization ?? '');
    const prefix = `/repos/${repository}`;
    if (!url.pathname.startsWith(prefix)) return send(res, 404, { message: 'Not Found' });
    const path = url.pathname.slice(prefix.length);
    let match: RegExpExecArray | null;

    if (path === '/issues' && req.method === 'GET') {
      const sorted = [...issues].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.number - a.number);
      return page(url, res, sorted);
    }
    if (path === '/issues' && req.method === 'POST') {
      const number = issues.length + comments.length + 1;
      const issue: FakeIssue = {
        number,
        title: body.title ?? '',
        body: body.body ?? '',
        created_at: new Date().toISOString(),
        html_url: `${base}/${repository}/issues/${number}`,
      };
      issues.push(issue);
      return send(res, 201, issue);
    }
    if ((match = /^\/issues\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const issue = issues.find((i) => i.number === Number(match?.[1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      if (body.body !== undefined) issue.body = body.body;
      return send(res, 200, issue);
    }
    if ((match = /^\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(match[1]);
      if (req.method === 'GET')
        return page(
          url,
          res,
          comments.filter((c) => c.issue === issue),
        );
      const comment: FakeComment = {
        id: nextId++,
        issue,
        body: body.body ?? '',
        html_url: `${base}/${repository}/issues/${issue}#comment`,
      };
      comments.push(comment);
      return send(res, 201, comment);
    }
    if ((match = /^\/issues\/comments\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(match?.[1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      comment.body = body.body ?? comment.body;
      return send(res, 200, comment);
    }
    return send(res, 404, { message: 'Not Found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    comments,
    requests,
    authorizations,
    slackMessages,
    get perPage() {
      return state.perPage;
    },
    set perPage(value: number) {
      state.perPage = value;
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
