import { performance } from 'node:perf_hooks';
import type { CloudWatchPort } from '../aws/cloudwatch.js';
import type { EcsPort } from '../aws/ecs.js';
import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import type { ChecksDocument } from './checks.js';
import { judgeCompare } from './compare-check.js';
import { runGate, type GateOutcome, type GatePolicy } from './gate.js';
import { evaluateHttpCheck } from './http-check.js';

/**
 * The gate with its real evaluators (HTTP probes over fetch, the statistical judge), for the
 * actions that run it between rollout steps. The health-gate action wires its own, loading the
 * judge only when a comparison is configured: there, cold start is the step's whole cost.
 */
export function gateRunner(deps: {
  readonly cloudwatch: CloudWatchPort;
  readonly ecs: EcsPort;
  readonly clock: Clock;
  readonly logger: Logger;
}): (document: ChecksDocument, policy: GatePolicy) => Promise<GateOutcome> {
  return (document, policy) =>
    runGate(document, policy, {
      ...deps,
      probeHttp: (check) => evaluateHttpCheck(check, { fetch, now: () => performance.now() }),
      judgeCompare,
    });
}
