// Entry point of the canary action: the composition root. It reads the inputs, builds each AWS
// client once, hands narrow ports to the rollout driver, keeps the rollout's checkpoint where the
// SIGTERM handler and the post step can find it, and turns the report into outputs and a summary.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { readFileSync } from 'node:fs';
import { awsClientSettings } from '../../src/aws/client-config.js';
import { createCloudWatchPort } from '../../src/aws/cloudwatch.js';
import { createEcsPort } from '../../src/aws/ecs.js';
import { createServiceScalingPort } from '../../src/aws/ecs-services.js';
import { createTrafficPort } from '../../src/aws/elbv2.js';
import { createLeaseStore } from '../../src/aws/lease-store.js';
import { restoreFromCheckpoint, type Checkpoint } from '../../src/canary/checkpoint.js';
import { runCanary } from '../../src/canary/driver.js';
import { lockTraffic } from '../../src/canary/traffic-lock.js';
import { rolloutIdentity } from '../../src/rollout/identity.js';
import { parseCanaryInputs } from '../../src/canary/inputs.js';
import { renderCanaryReport } from '../../src/canary/report.js';
import { gateRunner } from '../../src/gate/runner.js';
import { maskCheckSecrets } from '../../src/gate/secrets.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';
import { guardTermination } from '../../src/runtime/termination.js';

/** The canary action's main step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => main(host, runtime), host.runtime);
}

async function main(host: ActionHost, runtime: ActionHost['runtime']): Promise<void> {
  const inputs = parseCanaryInputs(runtime.readInput);
  if (inputs.checksPreview) maskCheckSecrets(inputs.checksPreview, (value) => runtime.setSecret(value));
  const settings = awsClientSettings(inputs.awsRegion, host.env);
  const ecsClient = host.awsClient(ECSClient, settings);
  const ecs = createEcsPort(ecsClient);
  const scaling = createServiceScalingPort(ecsClient);
  // One queue for every weight write of this process, so a restore on SIGTERM lands after a
  // shift that was in flight and the rollout cannot write after it.
  const elbClient = host.awsClient(ElasticLoadBalancingV2Client, settings);
  const locked = lockTraffic(createTrafficPort(elbClient));
  const leases = createLeaseStore(elbClient);
  const traffic = locked.traffic;
  const cloudwatch = createCloudWatchPort(host.awsClient(CloudWatchClient, settings));
  const { clock, logger } = runtime;
  runtime.saveState('region', settings.region);

  let checkpoint: Checkpoint | undefined;
  const saveCheckpoint = (next: Checkpoint): void => {
    checkpoint = next;
    runtime.saveState('checkpoint', JSON.stringify(next));
  };
  // Cancelled mid-step: put traffic on the safe side now; the post step confirms it.
  const guard = guardTermination(
    async (signal) => {
      await locked.freeze();
      if (!checkpoint) return;
      const outcome = await restoreFromCheckpoint(checkpoint, {
        traffic: locked.restoreTraffic,
        scaling,
        leases,
        clock,
        logger,
      });
      runtime.saveState('restored-by', `${signal} in the main step: ${outcome.actions.join(' ')}`);
      if (outcome.trafficSafe) saveCheckpoint({ ...checkpoint, phase: 'finished' });
    },
    logger,
    host.signals,
    host.exit,
  );

  try {
    const report = await runCanary(inputs, {
      ecs,
      scaling,
      traffic,
      leases,
      clock,
      logger,
      readTextFile: (path) => readFileSync(path, 'utf8'),
      runGate: gateRunner({ cloudwatch, ecs, clock, logger }),
      identity: rolloutIdentity(host.env, host.newId()),
      saveCheckpoint,
    });

    runtime.setOutput('result', report.result);
    runtime.setOutput('live-color', report.liveColor ?? '');
    runtime.setOutput('weights', report.weights ? JSON.stringify(report.weights) : '');
    runtime.setOutput('task-definition-arn', report.taskDefinitionArn ?? '');
    runtime.setOutput('live-since', report.liveSince ?? '');
    runtime.setOutput('report', JSON.stringify(report));
    await runtime.writeSummary(renderCanaryReport(report));
    // An abort succeeds when it rolled back; a deploy or a promote when it promoted.
    const succeeded = report.result === (inputs.mode === 'abort' ? 'rolled-back' : 'promoted');
    if (!succeeded) throw new OutcomeFailedError(`${report.headline}: ${report.reason}`);
    if (report.leftOver) throw new OutcomeFailedError(`${report.headline}, but not finished: ${report.leftOver}`);
    logger.info(report.headline);
  } finally {
    guard.release();
  }
}
