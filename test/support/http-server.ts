import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

/**
 * A real HTTP(S) server on 127.0.0.1 with the answers a health endpoint can give:
 *
 * - `/health` — 200 with `{"status":"ok"}`
 * - `/slow?ms=300` — the same, after `ms` milliseconds (default 300)
 * - `/error` — 503 with `{"status":"degraded"}`
 * - `/hang` — accepts the request and never answers
 * - `/redirect` — 302 to `/health`
 * - `/reset` — drops the connection without answering
 * - `/big` — 200 with 100 KiB of filler and then `{"status":"ok"}`
 * - `/flaky` — 503 on odd-numbered requests to it (the 1st, 3rd, …), 200 on even ones
 *
 * `close()` destroys every open socket (hanging requests included) and cancels pending slow
 * answers, so a test run never waits on them.
 */
export interface TestServer {
  readonly port: number;
  /** `http(s)://127.0.0.1:<port><path>`. */
  url(path: string): string;
  /** Paths requested so far, in order, with their query strings. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** PEM key and certificate: serve HTTPS instead of HTTP. */
  readonly tls?: { readonly key: string; readonly cert: string };
}

const HEALTHY = JSON.stringify({ status: 'ok' });

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const requests: string[] = [];
  let flakyHits = 0;

  const json = (res: ServerResponse, status: number, body: string): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    switch (url.pathname) {
      case '/health':
        return json(res, 200, HEALTHY);
      case '/slow': {
        const timer = setTimeout(
          () => {
            timers.delete(timer);
            json(res, 200, HEALTHY);
          },
          Number(url.searchParams.get('ms') ?? 300),
        );
        timers.add(timer);
        return;
      }
      case '/error':
        return json(res, 503, JSON.stringify({ status: 'degraded' }));
      case '/hang':
        return;
      case '/redirect':
        res.writeHead(302, { location: '/health' });
        res.end();
        return;
      case '/reset':
        req.socket.destroy();
        return;
      case '/big':
        return json(res, 200, 'x'.repeat(100 * 1024) + HEALTHY);
      case '/flaky':
        flakyHits += 1;
        return flakyHits % 2 === 1 ? json(res, 503, '{}') : json(res, 200, HEALTHY);
      default:
        return json(res, 404, '{}');
    }
  };

  const server = options.tls ? createHttpsServer(options.tls, handle) : createHttpServer(handle);
  // The raw TCP socket, so TLS handshakes that fail are torn down too.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that gave up mid-handshake is no failure of the server under test.
  server.on('tlsClientError', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';

  return {
    port,
    url: (path) => `${scheme}://127.0.0.1:${port}${path}`,
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago), for refused connections. */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
