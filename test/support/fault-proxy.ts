/**
 * An HTTP proxy between the AWS SDK and moto that fails a share of requests the ways AWS does
 * under load: a throttling error in the service's own protocol, an HTTP 503, or a connection
 * dropped without an answer. Faults are injected *before* the request reaches moto, so a
 * retried call is a true retry, and anything done twice is the caller's duplicate.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mulberry32 } from './seeded-random.js';

export type Fault = 'throttle' | 'unavailable' | 'drop';

export interface FaultProxy {
  readonly endpoint: string;
  /** Requests answered with a fault, by kind, and requests passed through. */
  readonly counts: Record<Fault | 'passed', number>;
  /** Operations (X-Amz-Target or Action) that reached moto, in order. */
  readonly forwarded: string[];
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, options: { share: number; seed?: number }): Promise<FaultProxy> {
  const random = mulberry32(options.seed ?? 7);
  const upstream = new URL(target);
  const counts: FaultProxy['counts'] = { throttle: 0, unavailable: 0, drop: 0, passed: 0 };
  const forwarded: string[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = String(req.headers['x-amz-target'] ?? '');
      const action = new URLSearchParams(body.toString()).get('Action') ?? '';
      const operation = target.split('.').pop() || action || req.url || '';
      const isMotoControl = (req.url ?? '').startsWith('/moto-api');
      if (!isMotoControl && random() < options.share) {
        const fault = (['throttle', 'unavailable', 'drop'] as const)[Math.floor(random() * 3)] ?? 'drop';
        counts[fault]++;
        if (fault === 'drop') {
          req.socket.destroy();
          return;
        }
        if (fault === 'unavailable') {
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end('Service Unavailable');
          return;
        }
        if (target) {
          const payload = JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' });
          res.writeHead(400, {
            'content-type': 'application/x-amz-json-1.1',
            'x-amzn-errortype': 'ThrottlingException',
          });
          res.end(payload);
        } else {
          res.writeHead(400, { 'content-type': 'text/xml' });
          res.end(
            '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>x</RequestId></ErrorResponse>',
          );
        }
        return;
      }
      counts.passed++;
      if (!isMotoControl) forwarded.push(operation);
      const proxied = httpRequest(
        {
          hostname: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      proxied.on('error', () => res.destroy());
      proxied.end(body);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
