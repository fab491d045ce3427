/** One smoke request's answer: did the recovered service respond, and what it said. */
export interface SmokeAnswer {
  readonly ok: boolean;
  readonly detail: string;
}

/** Asks a URL once whether the recovered stack answers. Never throws: a failure is an answer. */
export type SmokeProbe = (url: string) => Promise<SmokeAnswer>;

/**
 * A smoke probe over fetch: a 2xx within the timeout is a pass. Redirects are not followed, so a
 * login page or a maintenance redirect does not count as the service being up.
 */
export function createSmokeProbe(fetchImpl: typeof fetch, timeoutMs = 10_000): SmokeProbe {
  return async (url) => {
    try {
      const response = await fetchImpl(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      // The body is not needed; release the connection.
      await response.body?.cancel();
      return { ok: response.status >= 200 && response.status < 300, detail: `HTTP ${response.status}` };
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return { ok: false, detail: `${error instanceof Error ? error.message : String(error)}${cause}` };
    }
  };
}
