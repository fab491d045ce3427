// Post step of ecs-deploy: if the main step started a native service deployment and did not see
// it to its end (cancelled, killed, crashed), ask ECS to roll it back now instead of waiting for
// the PAUSE hooks to time out. A rolling deploy saves no state, so this does nothing for it.
import type { ServiceDeploymentPort } from '../../src/aws/ecs.js';
import { rollBackUnfinished, STATE_FINISHED, STATE_SERVICE_DEPLOYMENT_ARN } from '../../src/ecs-deploy/native/post.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction } from '../../src/runtime/github.js';

await runAction(async (runtime) => {
  const state = {
    serviceDeploymentArn: runtime.readState(STATE_SERVICE_DEPLOYMENT_ARN),
    finished: runtime.readState(STATE_FINISHED) === 'true',
  };
  // Only a deployment left unfinished needs AWS; the usual case ends without loading the SDK.
  const needsAws = state.serviceDeploymentArn !== '' && !state.finished;
  const deployments: Pick<ServiceDeploymentPort, 'describeServiceDeployment' | 'stopServiceDeploymentWithRollback'> =
    needsAws
      ? await loadPort(runtime.readInput('aws-region') || undefined)
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
});

async function loadPort(region: string | undefined): Promise<ServiceDeploymentPort> {
  const [{ ECSClient }, { awsClientSettings }, { createServiceDeploymentPort }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../src/aws/client-config.js'),
    import('../../src/aws/ecs.js'),
  ]);
  return createServiceDeploymentPort(new ECSClient(awsClientSettings(region, process.env)));
}
