import type { HttpCheck } from './checks.js';
import { probeCheck, redactUrl, type ProbeDeps } from './http-probe.js';
import type { CheckResult } from './result.js';

/** Probes one HTTP check and states the result the way every other check does. */
export async function evaluateHttpCheck(check: HttpCheck, deps: ProbeDeps): Promise<CheckResult> {
  const summary = await probeCheck(check, deps);
  return {
    id: summary.id,
    kind: 'http',
    status: summary.status,
    observed: summary.observed,
    expected: summary.expected,
    reason: summary.reason ?? `every probe met the expectation (${summary.expected}).`,
    evidence: { kind: 'http', url: redactUrl(summary.url), method: summary.method, probes: summary.probes },
  };
}
