import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, startTestServer, type TestServer } from '../../test/support/http-server.js';
import type { HttpCheck } from './checks.js';
import {
  classifyFetchError,
  judgeResponse,
  probeCheck,
  probeOnce,
  redactUrl,
  summariseProbes,
  type ProbeDeps,
  type ProbeResult,
} from './http-probe.js';

function httpCheck(overrides: Partial<HttpCheck> = {}): HttpCheck {
  return {
    kind: 'http',
    id: 'order-router',
    url: 'http://127.0.0.1:1/health',
    method: 'GET',
    headers: {},
    expectStatus: [200],
    minSuccessRatio: 1,
    timeoutMs: 2000,
    probes: 1,
    ...overrides,
  };
}

const realDeps: ProbeDeps = { fetch, now: () => performance.now() };

/** What Node's fetch throws for a network fault: `TypeError: fetch failed` caused by the real error. */
function fetchFailed(code: string, message = `${code} happened`): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

function opensslAvailable(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('probing a live endpoint', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports a healthy endpoint as passing, with its status and latency', async () => {
    const check = httpCheck({ url: server.url('/health'), bodyContains: '"status":"ok"', maxLatencyMs: 1000 });

    const probe = await probeOnce(check, realDeps);
    const summary = await probeCheck(check, realDeps);

    expect(probe).toEqual({ ok: true, status: 200, latencyMs: expect.any(Number) as number });
    expect(probe.latencyMs).toBeLessThan(1000);
    expect(summary).toMatchObject({
      status: 'pass',
      successRatio: 1,
      expected: '200 within 1000 ms with body containing ""status":"ok""',
    });
    expect(summary.observed).toMatch(/^1\/1 ok, p50 \d+ ms$/);
    expect(summary.reason).toBeUndefined();
  });

  it('fails a slow answer on latency, naming the time taken and the limit', async () => {
    const probe = await probeOnce(httpCheck({ url: server.url('/slow?ms=250'), maxLatencyMs: 50 }), realDeps);

    expect(probe).toMatchObject({ ok: false, status: 200, failure: { reason: 'latency' } });
    expect(probe.failure?.detail).toBe(`answered in ${probe.latencyMs} ms, limit 50 ms`);
    expect(probe.latencyMs).toBeGreaterThanOrEqual(240);
  });

  it('fails a 503 on status, naming the code', async () => {
    const summary = await probeCheck(httpCheck({ url: server.url('/error') }), realDeps);

    expect(summary.probes[0]).toMatchObject({
      ok: false,
      status: 503,
      failure: { reason: 'status', detail: 'status 503, expected 200' },
    });
    expect(summary).toMatchObject({ status: 'fail', successRatio: 0, reason: '1 status 503' });
  });

  it('gives up on an endpoint that never answers after the timeout, not later', async () => {
    const started = performance.now();
    const summary = await probeCheck(httpCheck({ url: server.url('/hang'), timeoutMs: 200 }), realDeps);
    const took = performance.now() - started;

    expect(summary.probes[0]?.failure).toEqual({ reason: 'timeout', detail: 'no response within 200ms' });
    expect(summary.reason).toBe('1 timeout (200ms)');
    expect(summary.observed).toBe('0/1 ok');
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(1000);
  });

  it('reports a refused connection as a connection failure', async () => {
    const port = await closedPort();
    const probe = await probeOnce(httpCheck({ url: `http://127.0.0.1:${port}/health` }), realDeps);

    expect(probe.failure).toEqual({
      reason: 'connection',
      detail: 'connection refused (ECONNREFUSED)',
      code: 'ECONNREFUSED',
    });
    expect(probe.status).toBeUndefined();
  });

  it('reports a connection the server drops without answering as a connection failure', async () => {
    const probe = await probeOnce(httpCheck({ url: server.url('/reset') }), realDeps);

    expect(probe.failure).toMatchObject({ reason: 'connection', code: 'UND_ERR_SOCKET' });
  });

  it('reports a host name that does not resolve as a DNS failure', async () => {
    const probe = await probeOnce(httpCheck({ url: 'http://no-such-host.invalid/health' }), realDeps);

    expect(probe.failure?.reason).toBe('dns');
    // ENOTFOUND where a resolver answers "no such name"; EAI_AGAIN where none answers at all.
    expect(probe.failure?.code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
  });

  it('reports an https check against a plain-http port as a TLS failure', async () => {
    const probe = await probeOnce(httpCheck({ url: server.url('/health').replace('http:', 'https:') }), realDeps);

    expect(probe.failure).toMatchObject({
      reason: 'tls',
      detail: 'the server did not speak TLS (is it plain http?) (ERR_SSL_WRONG_VERSION_NUMBER)',
    });
  });

  it('fails a body without the expected text, showing how the body starts', async () => {
    const probe = await probeOnce(httpCheck({ url: server.url('/health'), bodyContains: 'healthy' }), realDeps);

    expect(probe).toMatchObject({ ok: false, status: 200 });
    expect(probe.failure).toEqual({
      reason: 'body',
      detail: 'body does not contain "healthy"; body starts "{"status":"ok"}"',
    });
  });

  it('searches only the first 64 KiB of a large body, and says so', async () => {
    const probe = await probeOnce(httpCheck({ url: server.url('/big'), bodyContains: '"status":"ok"' }), realDeps);

    expect(probe.failure?.reason).toBe('body');
    expect(probe.failure?.detail).toMatch(
      /^body does not contain ""status":"ok"" in the first 64 KiB; body starts "x{79}…"$/,
    );
  });

  it('does not follow a redirect, and fails it on status', async () => {
    const before = server.requests.length;
    const probe = await probeOnce(httpCheck({ url: server.url('/redirect') }), realDeps);

    expect(probe).toMatchObject({ ok: false, status: 302, failure: { reason: 'status' } });
    expect(probe.failure?.detail).toContain('status 302, expected 200; redirects are not followed');
    expect(server.requests.slice(before)).toEqual(['/redirect']);
  });

  it('accepts a redirect the check expects', async () => {
    const probe = await probeOnce(httpCheck({ url: server.url('/redirect'), expectStatus: [301, 302] }), realDeps);

    expect(probe).toMatchObject({ ok: true, status: 302 });
  });

  it('passes with one of two probes failing when half must succeed', async () => {
    const summary = await probeCheck(
      httpCheck({ url: server.url('/flaky'), probes: 2, minSuccessRatio: 0.5 }),
      realDeps,
    );

    expect(summary).toMatchObject({ status: 'pass', successRatio: 0.5, reason: '1 status 503' });
    expect(summary.observed).toMatch(/^1\/2 ok, p50 \d+ ms$/);
  });

  it('fails with one of two probes failing when all must succeed', async () => {
    const summary = await probeCheck(httpCheck({ url: server.url('/flaky'), probes: 2 }), realDeps);

    expect(summary).toMatchObject({ status: 'fail', successRatio: 0.5, reason: '1 status 503' });
  });

  it('never shows the value of a request header that fetch rejects', async () => {
    const token = 'Bearer s3cr3t\ntoken';
    const probe = await probeOnce(
      httpCheck({ url: server.url('/health'), headers: { Authorization: token } }),
      realDeps,
    );

    expect(probe.failure).toEqual({
      reason: 'other',
      detail: 'request header "Authorization" has an invalid name or value (the value is not shown)',
    });
    expect(JSON.stringify(probe)).not.toContain('s3cr3t');
  });
});

describe.runIf(opensslAvailable())('probing an endpoint with a self-signed certificate', () => {
  let dir: string;
  let server: TestServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'http-probe-tls-'));
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    server = await startTestServer({ tls: { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') } });
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports the untrusted certificate as a TLS failure', async () => {
    const probe = await probeOnce(httpCheck({ url: server.url('/health') }), realDeps);

    expect(probe.failure).toEqual({
      reason: 'tls',
      detail: 'self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)',
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
  });
});

describe('classifying what fetch threw', () => {
  const context = { timeoutMs: 5000 };

  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNREFUSED', 'connection'],
    ['ECONNRESET', 'connection'],
    ['EPIPE', 'connection'],
    ['UND_ERR_SOCKET', 'connection'],
    ['EHOSTUNREACH', 'connection'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
  ])('a fetch failure caused by %s is a %s failure', (code, reason) => {
    expect(classifyFetchError(fetchFailed(code), context)).toMatchObject({ reason, code });
  });

  it.each([
    ['TimeoutError', 'The operation was aborted due to timeout'],
    ['AbortError', 'This operation was aborted'],
  ])('an unwrapped %s is a timeout naming the limit', (name, message) => {
    expect(classifyFetchError(new DOMException(message, name), context)).toEqual({
      reason: 'timeout',
      detail: 'no response within 5s',
    });
  });

  it('finds the code however deep the cause chain goes', () => {
    const error = new TypeError('terminated', { cause: new Error('wrapper', { cause: fetchFailed('ECONNRESET') }) });

    expect(classifyFetchError(error, context)).toMatchObject({ reason: 'connection', code: 'ECONNRESET' });
  });

  it('finds the code inside an AggregateError from trying several addresses', () => {
    const refused = (address: string): Error =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const error = new TypeError('fetch failed', {
      cause: new AggregateError([refused('::1:80'), refused('127.0.0.1:80')]),
    });

    expect(classifyFetchError(error, context)).toMatchObject({ reason: 'connection', code: 'ECONNREFUSED' });
  });

  it('keeps the words of an error it does not know, joined along the chain', () => {
    const error = new TypeError('fetch failed', { cause: new Error('unknown scheme') });

    expect(classifyFetchError(error, context)).toEqual({ reason: 'other', detail: 'fetch failed: unknown scheme' });
  });

  it('copes with a thrown string and with a cause that points back at itself', () => {
    const cyclic = new Error('loop');
    (cyclic as Error & { cause: unknown }).cause = cyclic;

    expect(classifyFetchError('boom', context)).toEqual({ reason: 'other', detail: 'boom' });
    expect(classifyFetchError(cyclic, context)).toEqual({ reason: 'other', detail: 'loop' });
  });

  it('blanks out secrets and control characters in the detail', () => {
    const error = new TypeError('fetch failed', { cause: new Error('bad header value "tok-12345"\r\nretry') });

    expect(classifyFetchError(error, { ...context, secrets: ['tok-12345'] })).toEqual({
      reason: 'other',
      detail: 'fetch failed: bad header value "[redacted]" retry',
    });
  });
});

describe('judging a response', () => {
  const check = httpCheck({ expectStatus: [200, 204], maxLatencyMs: 250, bodyContains: 'ok' });

  it.each<[string, Parameters<typeof judgeResponse>[1], string | undefined]>([
    [
      'a fast 200 with the text',
      { status: 200, latencyMs: 10, body: { text: '{"ok":1}', truncated: false } },
      undefined,
    ],
    ['a wrong status, before anything else', { status: 500, latencyMs: 900 }, 'status 500, expected 200, 204'],
    [
      'a missing text, before latency',
      { status: 204, latencyMs: 900, body: { text: '', truncated: false } },
      'body does not contain "ok"; body is empty',
    ],
    [
      'a slow answer',
      { status: 200, latencyMs: 251, body: { text: 'ok', truncated: false } },
      'answered in 251 ms, limit 250 ms',
    ],
  ])('%s', (_name, response, detail) => {
    expect(judgeResponse(check, response)?.detail).toBe(detail);
  });

  it('shows a body excerpt on one line, cut short, with secrets blanked', () => {
    const body = `<html>\n  <title>Login</title> session=abcd1234 ${'y'.repeat(200)}`;

    expect(
      judgeResponse(check, { status: 200, latencyMs: 1, body: { text: body, truncated: false } }, ['abcd1234'])?.detail,
    ).toBe(
      `body does not contain "ok"; body starts "<html> <title>Login</title> session=[redacted] ${'y'.repeat(32)}…"`,
    );
  });
});

describe('a probe with a fake fetch', () => {
  it('measures latency on the injected clock, until the headers arrive', async () => {
    const times = [1000, 1412];
    const deps: ProbeDeps = {
      fetch: async () => new Response('ok', { status: 200 }),
      now: () => times.shift() ?? 9999,
    };

    const probe = await probeOnce(httpCheck({ maxLatencyMs: 250 }), deps);

    expect(probe).toEqual({
      ok: false,
      status: 200,
      latencyMs: 412,
      failure: { reason: 'latency', detail: 'answered in 412 ms, limit 250 ms' },
    });
  });

  it('turns anything fetch throws into a failed probe instead of crashing', async () => {
    const deps: ProbeDeps = {
      fetch: () => {
        throw new Error('token Bearer abc.def.ghi rejected');
      },
      now: () => 0,
    };

    const probe = await probeOnce(httpCheck({ headers: { Authorization: 'Bearer abc.def.ghi' } }), deps);

    expect(probe).toEqual({
      ok: false,
      latencyMs: 0,
      failure: { reason: 'other', detail: 'token [redacted] rejected' },
    });
  });

  it('asks fetch not to follow redirects and to give up after the timeout', async () => {
    let init: RequestInit | undefined;
    const deps: ProbeDeps = {
      fetch: async (_url, given) => {
        init = given;
        return new Response(null, { status: 204 });
      },
      now: () => 0,
    };

    await probeOnce(httpCheck({ method: 'HEAD', expectStatus: [204], headers: { 'x-probe': 'gate' } }), deps);

    expect(init).toMatchObject({ method: 'HEAD', redirect: 'manual', signal: expect.any(AbortSignal) as AbortSignal });
    expect(new Headers(init?.headers).get('x-probe')).toBe('gate');
  });
});

describe('summarising the probes of one evaluation', () => {
  const ok = (latencyMs: number): ProbeResult => ({ ok: true, status: 200, latencyMs });
  const status = (code: number, latencyMs = 5): ProbeResult => ({
    ok: false,
    status: code,
    latencyMs,
    failure: { reason: 'status', detail: `status ${code}, expected 200` },
  });
  const timeout: ProbeResult = {
    ok: false,
    latencyMs: 5000,
    failure: { reason: 'timeout', detail: 'no response within 5s' },
  };
  const refused: ProbeResult = {
    ok: false,
    latencyMs: 1,
    failure: { reason: 'connection', detail: 'connection refused (ECONNREFUSED)', code: 'ECONNREFUSED' },
  };

  it('counts failures by kind, most common first, and leaves timeouts out of the median', () => {
    const check = httpCheck({ probes: 5, timeoutMs: 5000, minSuccessRatio: 0.5 });

    expect(summariseProbes(check, [timeout, ok(41), status(503, 60), status(503, 30), refused])).toEqual({
      id: 'order-router',
      url: 'http://127.0.0.1:1/health',
      method: 'GET',
      probes: [timeout, ok(41), status(503, 60), status(503, 30), refused],
      successRatio: 0.2,
      status: 'fail',
      observed: '1/5 ok, p50 41 ms',
      expected: '200 in at least 50% of 5 probes',
      reason: '2 status 503, 1 timeout (5s), 1 connection: connection refused (ECONNREFUSED)',
    });
  });

  it('passes at exactly the minimum success ratio and still reports what failed', () => {
    const summary = summariseProbes(httpCheck({ probes: 2, minSuccessRatio: 0.5 }), [ok(10), status(503)]);

    expect(summary).toMatchObject({ status: 'pass', observed: '1/2 ok, p50 5 ms', reason: '1 status 503' });
  });

  it('fails when there are no probes at all', () => {
    expect(summariseProbes(httpCheck({ minSuccessRatio: 0 }), [])).toMatchObject({
      status: 'fail',
      observed: '0/0 ok',
      successRatio: 0,
    });
  });

  it('never shows a password written into the URL', () => {
    expect(redactUrl('https://gate:hunter22@order-router.internal/health')).toBe(
      'https://gate:redacted@order-router.internal/health',
    );
    expect(redactUrl('https://order-router.internal/health')).toBe('https://order-router.internal/health');
  });
});
