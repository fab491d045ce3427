// Post step of ecs-deploy: if the main step did not finish (cancelled, killed, crashed), ask ECS to
// roll back a native service deployment it started instead of waiting for the PAUSE hooks to time
// out, and give up the service's lease so the next run need not wait for it to expire.
import type { ServiceDeploymentPort } from '../../src/aws/ecs.js';
import type { LeaseStore } from '../../src/aws/lease-store.js';
import { rollBackUnfinished } from '../../src/ecs-deploy/native/post.js';
import { POST_STATE } from '../../src/ecs-deploy/post-state.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** The ecs-deploy action's post step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => post(host, runtime), host.runtime);
}

async function post(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const state = {
    serviceDeploymentArn: runtime.readState(POST_STATE.serviceDeploymentArn),
    leaseArn: runtime.readState(POST_STATE.leaseArn),
    finished: runtime.readState(POST_STATE.finished) === 'true',
  };
  // Only a main step that did not finish needs AWS; the usual case ends without loading the SDK.
  if (state.finished || (!state.serviceDeploymentArn && !state.leaseArn)) {
    await rollBackUnfinished(state, unused(), runtime.logger);
    return;
  }
  const ports = await loadPorts(host, runtime.readInput('aws-region') || undefined);
  const outcome = await rollBackUnfinished(state, ports.deployments, runtime.logger);
  if (state.leaseArn) {
    await ports.leases.remove(state.leaseArn).catch((error: unknown) => {
      runtime.logger.warning(
        `Giving up the lease failed (it expires by itself): ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    runtime.logger.info('Gave up the lease on the service.');
  }
  if (outcome === 'rollback-refused') {
    throw new OutcomeFailedError(
      `Could not request the rollback of ${state.serviceDeploymentArn}: check the service now.`,
    );
  }
}

async function loadPorts(
  host: ActionHost,
  region: string | undefined,
): Promise<{ deployments: ServiceDeploymentPort; leases: LeaseStore }> {
  const [
    { ECSClient },
    { ElasticLoadBalancingV2Client },
    { awsClientSettings },
    { createServiceDeploymentPort },
    { createLeaseStore },
  ] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('@aws-sdk/client-elastic-load-balancing-v2'),
    import('../../src/aws/client-config.js'),
    import('../../src/aws/ecs.js'),
    import('../../src/aws/lease-store.js'),
  ]);
  const settings = awsClientSettings(region, host.env);
  return {
    deployments: createServiceDeploymentPort(host.awsClient(ECSClient, settings)),
    leases: createLeaseStore(host.awsClient(ElasticLoadBalancingV2Client, settings)),
  };
}

/** Ports for a run that needs none: the main step finished, or started nothing. */
function unused(): Pick<ServiceDeploymentPort, 'describeServiceDeployment' | 'stopServiceDeploymentWithRollback'> {
  return {
    describeServiceDeployment: () => Promise.resolve(undefined),
    stopServiceDeploymentWithRollback: () => Promise.resolve(),
  };
}
