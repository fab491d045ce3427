import { describe, expect, it } from 'vitest';
import { createSmokeProbe } from './smoke.js';

const answering = (status: number) =>
  (async () => new Response(status === 204 ? null : '{}', { status })) as unknown as typeof fetch;

describe('the smoke probe', () => {
  it.each([
    [200, true],
    [204, true],
    [302, false],
    [503, false],
  ])('HTTP %d passes: %s', async (status, ok) => {
    expect(await createSmokeProbe(answering(status))('https://dr.example/health')).toEqual({
      ok,
      detail: `HTTP ${status}`,
    });
  });

  it('a refused connection is an answer, not a thrown error, and names the cause', async () => {
    const refusing = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    }) as unknown as typeof fetch;
    expect(await createSmokeProbe(refusing)('http://127.0.0.1:1/')).toEqual({
      ok: false,
      detail: 'fetch failed: connect ECONNREFUSED 127.0.0.1:1',
    });
  });

  it('does not follow redirects, and gives up after the timeout', async () => {
    const seen: RequestInit[] = [];
    const recording = (async (_url: string, init: RequestInit) => {
      seen.push(init);
      return new Response(null, { status: 200 });
    }) as unknown as typeof fetch;
    await createSmokeProbe(recording, 1234)('https://dr.example/health');
    expect(seen[0]?.redirect).toBe('manual');
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});
