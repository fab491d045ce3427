// Entry point of the ecs-deploy action: the composition root. It reads the inputs, builds the
// ECS and load-balancer clients once, hands narrow ports to the domain, and turns the report into
// outputs and a job summary. All decisions live in src/ecs-deploy.
import { readFileSync } from 'node:fs';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsClientSettings, type AwsClientSettings } from '../../src/aws/client-config.js';
import { createEcsPort, createServiceDeploymentPort } from '../../src/aws/ecs.js';
import { createTrafficPort } from '../../src/aws/elbv2.js';
import { createLeaseStore } from '../../src/aws/lease-store.js';
import { runEcsDeploy, type DeployDeps } from '../../src/ecs-deploy/deploy.js';
import { parseEcsDeployInputs, type EcsDeployInputs } from '../../src/ecs-deploy/inputs.js';
import { renderDeployReport, type DeployReport } from '../../src/ecs-deploy/report.js';
import {
  checkDeployWindow,
  DeployWindowClosedError,
  type DeployWindowDecision,
} from '../../src/deploy-window/check.js';
import { evaluateWindow } from '../../src/deploy-window/evaluate.js';
import { renderDeployWindowReport, reportFromDecision, reportFromFailure } from '../../src/deploy-window/report.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';
import { rolloutIdentity } from '../../src/rollout/identity.js';
import { POST_STATE } from '../../src/ecs-deploy/post-state.js';

/** The ecs-deploy action's main step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => main(host, runtime), host.runtime);
}

async function main(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const inputs = parseEcsDeployInputs(runtime.readInput);
  // A deploy waits for (or is refused by) its deploy window before anything is read or changed;
  // a rollback is never held back.
  const window = inputs.mode === 'deploy' ? await checkWindow(inputs, runtime) : undefined;
  const settings = awsClientSettings(inputs.awsRegion, host.env);
  const client = host.awsClient(ECSClient, settings);
  const elbClient = host.awsClient(ElasticLoadBalancingV2Client, settings);
  const identity = rolloutIdentity(host.env, host.newId());
  const deps: DeployDeps = {
    ecs: createEcsPort(client),
    deployments: createServiceDeploymentPort(client),
    leases: createLeaseStore(elbClient),
    identity: { id: identity.rolloutId, run: identity.run, holder: identity.holder },
    clock: runtime.clock,
    logger: runtime.logger,
    readTextFile: (path) => readFileSync(path, 'utf8'),
    region: settings.region,
    onServiceDeployment: (arn) => runtime.saveState(POST_STATE.serviceDeploymentArn, arn),
    onLease: (arn) => runtime.saveState(POST_STATE.leaseArn, arn),
  };

  // The native strategies (and the gate they run) are a separate chunk: a rolling deploy does
  // not pay for loading them.
  const report = inputs.native
    ? await deployNative(inputs, host, deps, elbClient, settings, window)
    : await runEcsDeploy(inputs, deps);
  runtime.saveState(POST_STATE.finished, 'true');

  runtime.setOutput('task-definition-arn', report.taskDefinitionArn ?? '');
  runtime.setOutput('previous-task-definition-arn', report.previousTaskDefinitionArn ?? '');
  runtime.setOutput('deployment-id', report.deploymentId ?? '');
  runtime.setOutput('service-deployment-arn', report.serviceDeploymentArn ?? '');
  runtime.setOutput('lifecycle-stages', (report.lifecycleStages ?? []).join(','));
  runtime.setOutput('live-since', report.liveSince ?? '');
  runtime.setOutput('result', report.result);
  runtime.setOutput('report', JSON.stringify(report));
  const windowSummary =
    window && window.decision.outcome !== 'unrestricted'
      ? `\n${renderDeployWindowReport(reportFromDecision(inputs.window.policy, window.decision), { heading: '###' })}`
      : '';
  await runtime.writeSummary(renderDeployReport(report) + windowSummary);
  // The step's error annotation says why too (who holds the service, what failed), not only what.
  const why = report.failure && !report.headline.includes(report.failure.reason) ? ` — ${report.failure.reason}` : '';
  if (!report.succeeded) throw new OutcomeFailedError(`${report.headline}${why}`);
  runtime.logger.info(report.headline);
}

interface WindowCheck {
  readonly decision: DeployWindowDecision;
  /** For a native rollout's pauses: whether the window has closed since the deploy started. */
  readonly pause: () => { reason: string; action: 'hold' | 'rollback' } | undefined;
}

async function checkWindow(inputs: EcsDeployInputs, runtime: ActionRuntime): Promise<WindowCheck> {
  const policy = inputs.window.policy;
  try {
    const decision = await checkDeployWindow(
      { ...inputs.window, waitTimeoutMs: inputs.windowTimeoutMs },
      { clock: runtime.clock, logger: runtime.logger },
    );
    const pause = (): { reason: string; action: 'hold' | 'rollback' } | undefined => {
      if (!policy || decision.outcome === 'overridden' || decision.outcome === 'unrestricted') return undefined;
      const now = evaluateWindow(policy, runtime.clock.now());
      return now.open
        ? undefined
        : {
            reason: `the deploy window (${policy.text}) closed during the rollout: ${now.reason}`,
            action: inputs.onWindowClose,
          };
    };
    return { decision, pause };
  } catch (error) {
    if (error instanceof DeployWindowClosedError && policy) {
      runtime.setOutput('result', 'failed');
      await runtime.writeSummary(renderDeployWindowReport(reportFromFailure(policy, error)));
    }
    throw error;
  }
}

/**
 * Wires the native driver: the gate's ports, and the termination guard that asks ECS to roll back
 * when the job is cancelled mid-way.
 */
async function deployNative(
  inputs: EcsDeployInputs,
  host: ActionHost,
  deps: DeployDeps,
  elbClient: ElasticLoadBalancingV2Client,
  settings: AwsClientSettings,
  window: WindowCheck | undefined,
): Promise<DeployReport> {
  const { runtime } = host;
  const native = await import('../../src/ecs-deploy/native/lazy.js');
  const checks = inputs.native?.checks;
  if (checks) native.maskCheckSecrets(checks, (value) => runtime.setSecret(value));
  const runGate = checks
    ? native.gateRunner({
        cloudwatch: native.createCloudWatchPort(host.awsClient(native.CloudWatchClient, settings)),
        ecs: deps.ecs,
        clock: runtime.clock,
        logger: runtime.logger,
      })
    : undefined;

  let serviceDeploymentArn = '';
  let finished = false;
  const guard = native.guardTermination(
    async () => {
      if (!serviceDeploymentArn || finished) return;
      await deps.deployments.stopServiceDeploymentWithRollback(serviceDeploymentArn);
      runtime.logger.warning(`Requested a rollback of ${serviceDeploymentArn}.`);
    },
    runtime.logger,
    host.signals,
    host.exit,
  );
  try {
    const report = await native.runNativeDeploy(inputs, {
      ...deps,
      traffic: createTrafficPort(elbClient),
      runGate,
      windowPause: window?.pause,
      onServiceDeployment: (arn) => {
        serviceDeploymentArn = arn;
        deps.onServiceDeployment?.(arn);
      },
    });
    finished = true;
    return report;
  } finally {
    guard.release();
  }
}
