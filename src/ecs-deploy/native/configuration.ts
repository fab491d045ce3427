/**
 * The deployment configuration ecs-deploy writes for ECS's own blue/green, linear and canary
 * strategies, and the check that the service can run them at all. Pure: no AWS calls.
 */
import type { DeploymentConfiguration, DeploymentLifecycleHook, DeploymentStrategy } from '@aws-sdk/client-ecs';
import type { ServiceSnapshot } from '../../aws/ecs.js';
import type { InputProblem } from '../../runtime/errors.js';
import type { NativeStrategy, NativeStrategyInputs } from '../inputs.js';

/**
 * Where the workflow's gate judges the deployment: once the test listener serves the new revision,
 * before every production traffic shift (every linear or canary step), and once all production
 * traffic has moved, before the final bake. PAUSE hooks are not allowed on the shifting stages.
 */
export const PAUSE_STAGES = [
  'POST_TEST_TRAFFIC_SHIFT',
  'PRE_PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
] as const;

const API_STRATEGY: Record<NativeStrategy, DeploymentStrategy> = {
  'blue-green': 'BLUE_GREEN',
  linear: 'LINEAR',
  canary: 'CANARY',
};

/**
 * The service's deployment configuration with the strategy, its bake times, our PAUSE hooks (when
 * there are checks to answer them, or a deploy window to re-check) and the deployment alarms. Settings this action does not own
 * survive: minimum/maximum percent, the circuit breaker, and Lambda hooks the team configured.
 */
export function buildDeploymentConfiguration(
  native: NativeStrategyInputs,
  current: DeploymentConfiguration | undefined,
): DeploymentConfiguration {
  // Earlier PAUSE hooks are ours from a previous run (or would pause a deploy nobody answers).
  const keptHooks = (current?.lifecycleHooks ?? []).filter((hook) => hook.targetType !== 'PAUSE');
  const pause: DeploymentLifecycleHook[] =
    native.checks || native.pauseForWindow
      ? [
          {
            targetType: 'PAUSE',
            lifecycleStages: [...PAUSE_STAGES],
            timeoutConfiguration: {
              timeoutInMinutes: native.hookTimeoutMinutes,
              action: native.hookTimeoutAction === 'rollback' ? 'ROLLBACK' : 'CONTINUE',
            },
          },
        ]
      : [];
  const alarms =
    native.alarms.length > 0 ? { alarmNames: [...native.alarms], enable: true, rollback: true } : current?.alarms;
  return {
    ...(current?.maximumPercent !== undefined ? { maximumPercent: current.maximumPercent } : {}),
    ...(current?.minimumHealthyPercent !== undefined ? { minimumHealthyPercent: current.minimumHealthyPercent } : {}),
    ...(current?.deploymentCircuitBreaker ? { deploymentCircuitBreaker: current.deploymentCircuitBreaker } : {}),
    ...(alarms ? { alarms } : {}),
    strategy: API_STRATEGY[native.strategy],
    bakeTimeInMinutes: native.bakeMinutes,
    lifecycleHooks: [...keptHooks, ...pause],
    ...(native.strategy === 'linear'
      ? {
          linearConfiguration: { stepPercent: native.linearStepPercent, stepBakeTimeInMinutes: native.stepBakeMinutes },
        }
      : {}),
    ...(native.strategy === 'canary'
      ? {
          canaryConfiguration: {
            canaryPercent: native.canaryPercent,
            canaryBakeTimeInMinutes: native.stepBakeMinutes,
          },
        }
      : {}),
  };
}

/**
 * What stops this service from running a native strategy, phrased as what to add. ECS needs the
 * ECS deployment controller and somewhere to shift traffic: a load balancer whose
 * `advancedConfiguration` names the alternate target group, the production listener rule and the
 * role ECS uses to change it, or Service Connect.
 */
export function nativeReadinessProblems(service: ServiceSnapshot, strategy: NativeStrategy): InputProblem[] {
  if (service.deploymentController !== 'ECS') {
    return [
      {
        input: 'strategy',
        message: `${strategy} is ECS's own strategy, but '${service.name}' uses the ${service.deploymentController} deployment controller. Switch the service to deploymentController ECS (UpdateService), or deploy it with its controller.`,
      },
    ];
  }
  const balancers = (service.loadBalancers ?? []).filter((lb) => lb.targetGroupArn);
  if (balancers.length === 0) {
    if (service.serviceConnectEnabled) return [];
    return [
      {
        input: 'strategy',
        message: `${strategy} shifts traffic between two target groups, but '${service.name}' has no load balancer (and no Service Connect). Add loadBalancers with advancedConfiguration to the service, or use strategy rolling.`,
      },
    ];
  }
  const problems: InputProblem[] = [];
  for (const lb of balancers) {
    const advanced = lb.advancedConfiguration;
    const group = lb.targetGroupArn?.split(':').pop() ?? lb.targetGroupArn ?? '';
    const missing = [
      advanced?.alternateTargetGroupArn
        ? undefined
        : 'alternateTargetGroupArn (a second target group for the new revision)',
      advanced?.productionListenerRule
        ? undefined
        : 'productionListenerRule (the listener rule, or NLB listener, that carries production traffic)',
      advanced?.roleArn
        ? undefined
        : 'roleArn (a role ECS assumes to change the listener; it needs the AmazonECSInfrastructureRolePolicyForLoadBalancers policy)',
    ].filter((m): m is string => m !== undefined);
    if (missing.length === 0) continue;
    problems.push({
      input: 'strategy',
      message: `${strategy} needs loadBalancers[].advancedConfiguration on '${service.name}', and the load balancer of ${group} ${advanced ? 'lacks' : 'has none; add one with'} ${missing.join(', ')}. Set it with UpdateService (Terraform: load_balancer.advanced_configuration), then deploy again.`,
    });
  }
  return problems;
}

/** One line for the log: the strategy, its steps and bakes, the pauses and the alarms written. */
export function describeConfiguration(native: NativeStrategyInputs): string {
  const steps =
    native.strategy === 'linear'
      ? `${native.linearStepPercent}% per step, ${native.stepBakeMinutes}m between steps, `
      : native.strategy === 'canary'
        ? `canary ${native.canaryPercent}% for ${native.stepBakeMinutes}m, `
        : '';
  const pauses =
    native.checks || native.pauseForWindow
      ? `PAUSE hooks (timeout ${native.hookTimeoutMinutes}m → ${native.hookTimeoutAction})`
      : 'no PAUSE hooks (no checks, no deploy window)';
  const alarms = native.alarms.length > 0 ? `, deployment alarms ${native.alarms.join(', ')} with rollback` : '';
  return `Deployment configuration: ${native.strategy}, ${steps}bake ${native.bakeMinutes}m, ${pauses}${alarms}.`;
}
