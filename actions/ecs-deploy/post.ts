// Post step of ecs-deploy: if the main step started a native service deployment and did not see
// it to its end (cancelled, killed, crashed), ask ECS to roll it back now instead of waiting for
// the PAUSE hooks to time out. A rolling deploy saves no state, so this does nothing for it.
import type { ServiceDeploymentPort } from '../../src/aws/ecs.js';
import { rollBackUnfinished, STATE_FINISHED, STATE_SERVICE_DEPLOYMENT_ARN } from '../../src/ecs-deploy/native/post.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** The ecs-deploy action's post step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => post(host, runtime), host.runtime);
}

async function post(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const state = {
    serviceDeploymentArn: runtime.readState(STATE_SERVICE_DEPLOYMENT_ARN),
    finished: runtime.readState(STATE_FINISHED) === 'true',
  };
  // Only a deployment left unfinished needs AWS; the usual case ends without loading the SDK.
  const needsAws = state.serviceDeploymentArn !== '' && !state.finished;
  const deployments: Pick<ServiceDeploymentPort, 'describeServiceDeployment' | 'stopServiceDeploymentWithRollback'> =
    needsAws
      ? await loadPort(host, runtime.readInput('aws-region') || undefined)
      : {
          describeServiceDeployment: () => Promise.resolve(undefined),
          stopServiceDeploymentWithRollback: () => Promise.resolve(),
        };
  const outcome = await rollBackUnfinished(state, deployments, runtime.logger);
  if (outcome === 'rollback-refused') {
    throw new OutcomeFailedError(
      `Could not request the rollback of ${state.serviceDeploymentArn}: check the service now.`,
    );
  }
}

async function loadPort(host: ActionHost, region: string | undefined): Promise<ServiceDeploymentPort> {
  const [{ ECSClient }, { awsClientSettings }, { createServiceDeploymentPort }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../src/aws/client-config.js'),
    import('../../src/aws/ecs.js'),
  ]);
  return createServiceDeploymentPort(host.awsClient(ECSClient, awsClientSettings(region, host.env)));
}
