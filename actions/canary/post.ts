// The canary action's post step. The runner runs it after the job's steps, also when the job was
// cancelled or the main step crashed or timed out. If the main step did not finish its rollout,
// it returns all traffic to the side that was live, scales the canary in and says so.
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsClientSettings } from '../../src/aws/client-config.js';
import { createServiceScalingPort } from '../../src/aws/ecs-services.js';
import { createTrafficPort } from '../../src/aws/elbv2.js';
import { createLeaseStore } from '../../src/aws/lease-store.js';
import { parseCheckpoint, restoreFromCheckpoint } from '../../src/canary/checkpoint.js';
import { renderRestoreSummary } from '../../src/canary/restore-report.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** The canary action's post step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => post(host, runtime), host.runtime);
}

async function post(host: ActionHost, runtime: ActionHost['runtime']): Promise<void> {
  const checkpoint = parseCheckpoint(runtime.readState('checkpoint'));
  const restoredBy = runtime.readState('restored-by');
  if (!checkpoint || checkpoint.phase === 'finished') {
    runtime.logger.info(
      restoredBy
        ? `The main step restored traffic when it was stopped (${restoredBy}); nothing left to do.`
        : 'The rollout finished in the main step; nothing to restore.',
    );
    if (restoredBy) await runtime.writeSummary(renderRestoreSummary(checkpoint, undefined, restoredBy));
    return;
  }
  const settings = awsClientSettings(runtime.readState('region') || undefined, host.env);
  const elbClient = host.awsClient(ElasticLoadBalancingV2Client, settings);
  runtime.logger.warning(
    `The canary's main step did not finish (cancelled, timed out or crashed). Restoring: all traffic to ${checkpoint.safe} (${checkpoint.services[checkpoint.safe]}).`,
  );
  const outcome = await restoreFromCheckpoint(checkpoint, {
    traffic: createTrafficPort(elbClient),
    scaling: createServiceScalingPort(host.awsClient(ECSClient, settings)),
    leases: createLeaseStore(elbClient),
    clock: runtime.clock,
    logger: runtime.logger,
  });
  await runtime.writeSummary(renderRestoreSummary(checkpoint, outcome, restoredBy));
  if (!outcome.trafficSafe) {
    throw new OutcomeFailedError(
      `Could not confirm all traffic on ${checkpoint.safe} after the main step stopped. Check the listener ${checkpoint.route.arn} now.`,
    );
  }
  runtime.logger.warning(`Restored after an unfinished rollout: ${outcome.actions.join(' ')}`);
}
