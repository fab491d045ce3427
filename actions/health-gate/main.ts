// Entry point of the health-gate action: the composition root. It reads the inputs (the checks
// document included), builds AWS clients once when a check needs them, runs the gate, and turns
// its report into outputs and a job summary. All decisions live in src/gate.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { performance } from 'node:perf_hooks';
import { awsClientSettings } from '../../src/aws/client-config.js';
import { createCloudWatchPort, type CloudWatchPort } from '../../src/aws/cloudwatch.js';
import type { EcsPort } from '../../src/aws/ecs.js';
import { runGate, type GateDeps } from '../../src/gate/gate.js';
import { maskCheckSecrets } from '../../src/gate/secrets.js';
import { evaluateHttpCheck } from '../../src/gate/http-check.js';
import { parseHealthGateInputs } from '../../src/gate/inputs.js';
import { compactReport, renderGateReport, type GateReport } from '../../src/gate/report.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** The health-gate action's main step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => main(host, runtime), host.runtime);
}

async function main(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const inputs = parseHealthGateInputs(runtime.readInput);
  maskCheckSecrets(inputs.checks, (value) => runtime.setSecret(value));

  // AWS is needed only for metrics, alarms, ECS and the comparison; HTTP-only gates need no region.
  const needsAws =
    inputs.checks.metrics.length + inputs.checks.alarms.length + inputs.checks.ecs.length > 0 ||
    !!inputs.checks.compare;
  const settings = needsAws ? awsClientSettings(inputs.awsRegion, host.env) : undefined;
  const cloudwatch: CloudWatchPort = settings
    ? createCloudWatchPort(host.awsClient(CloudWatchClient, settings))
    : notNeeded();
  // The ECS client and the statistical judge are loaded only when a check uses them: each is a
  // separate chunk, and loading what a run does not need only delays its first request.
  const ecs: EcsPort = settings && inputs.checks.ecs.length > 0 ? await loadEcsPort(host, settings) : notNeeded();
  const judgeCompare: GateDeps['judgeCompare'] = inputs.checks.compare
    ? (await import('../../src/gate/compare-check.js')).judgeCompare
    : () => {
        throw new Error('judge used although no compare check is configured');
      };

  const outcome = await runGate(inputs.checks, inputs.policy, {
    cloudwatch,
    ecs,
    clock: runtime.clock,
    logger: runtime.logger,
    probeHttp: (check) => evaluateHttpCheck(check, { fetch, now: () => performance.now() }),
    judgeCompare,
  });
  const report: GateReport = { ...outcome, policy: inputs.policy, dryRun: inputs.dryRun, onFailure: inputs.onFailure };

  runtime.setOutput('verdict', report.verdict);
  runtime.setOutput('score', report.score === undefined ? '' : String(report.score));
  runtime.setOutput('report', JSON.stringify(compactReport(report)));
  await runtime.writeSummary(renderGateReport(report));

  const message = `health-gate verdict: ${report.verdict} — ${report.reason}`;
  if (report.verdict === 'pass') runtime.logger.info(message);
  else if (inputs.dryRun || inputs.onFailure === 'warn')
    runtime.logger.warning(`${message} (${inputs.dryRun ? 'dry-run' : 'on-failure: warn'}: not failing the step)`);
  else throw new OutcomeFailedError(message);
}

async function loadEcsPort(host: ActionHost, settings: ReturnType<typeof awsClientSettings>): Promise<EcsPort> {
  const [{ ECSClient }, { createEcsPort }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../src/aws/ecs.js'),
  ]);
  return createEcsPort(host.awsClient(ECSClient, settings));
}

/** A port for a service no check uses; calling it would be a bug in the needsAws test above. */
function notNeeded<T extends object>(): T {
  return new Proxy({} as T, {
    get: (_target, name) => () =>
      Promise.reject(new Error(`AWS port used for ${String(name)} although no check needs AWS`)),
  });
}
