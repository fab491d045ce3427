/**
 * Every shape a deploy takes, as a platform team sets it up and calls the reusable workflows:
 * a rolling service (final health gate in deploy.yml), a service on ECS's native blue/green,
 * linear or canary strategy (gated at every pause), and a blue/green pair of services behind one
 * listener (the canary action). Each says how to build its world, what deploy.yml and rollback.yml
 * are given, and which route carries its production traffic.
 */
import { pairStack, serviceStack, type PairStack, type ServiceStack } from '../scenarios.js';
import type { World } from '../world/index.js';

export type ShapeName = 'rolling' | 'blue-green' | 'linear' | 'canary' | 'pair';
export const SHAPES: readonly ShapeName[] = ['rolling', 'blue-green', 'linear', 'canary', 'pair'];

export interface Built {
  readonly shape: ShapeName;
  /** The route production traffic takes. */
  readonly route: string;
  /** The services whose tasks may run without traffic only while a rollout needs them. */
  readonly services: readonly string[];
  readonly stack: PairStack | ServiceStack;
  /** deploy.yml's inputs for deploying `image` (the checks decide with `checks`). */
  deployInputs(image: string, extra?: Readonly<Record<string, string>>): Record<string, string>;
  /** rollback.yml's inputs. */
  rollbackInputs(reason?: string): Record<string, string>;
}

/** A 5xx ratio over 60-second ALB periods: what a team gates on. */
export function errorRateChecks(dimensions: string): string {
  return [
    'metrics:',
    '  - id: error-rate',
    '    ratio:',
    '      namespace: AWS/ApplicationELB',
    `      dimensions: ${dimensions}`,
    '      stat: Sum',
    '      numerator: { metric: HTTPCode_Target_5XX_Count }',
    '      denominator: { metric: RequestCount }',
    "    threshold: '< 0.02'",
  ].join('\n');
}

/** The side the new version goes to, as the deploying actions fill it in. */
const NEW_SIDE = '{ LoadBalancer: "${load-balancer}", TargetGroup: "${canary}" }';

export function build(world: World, shape: ShapeName): Built {
  return shape === 'pair' ? buildPair(world) : buildService(world, shape);
}

function buildPair(world: World): Built {
  const stack = pairStack(world);
  return {
    shape: 'pair',
    route: stack.listenerArn,
    services: [stack.blueService, stack.greenService],
    stack,
    deployInputs: (image, extra = {}) => ({
      environment: 'production',
      cluster: stack.cluster,
      strategy: 'canary',
      'listener-arn': stack.listenerArn,
      'blue-service': stack.blueService,
      'green-service': stack.greenService,
      'blue-target-group': stack.blueTargetGroup,
      'green-target-group': stack.greenTargetGroup,
      image,
      checks: errorRateChecks(NEW_SIDE),
      ...extra,
    }),
    rollbackInputs: (reason = 'INC-1042: rejected orders after the release, decided by the desk head') => ({
      environment: 'production',
      reason,
      cluster: stack.cluster,
      'listener-arn': stack.listenerArn,
      'blue-service': stack.blueService,
      'green-service': stack.greenService,
      'blue-target-group': stack.blueTargetGroup,
      'green-target-group': stack.greenTargetGroup,
      'role-to-assume': 'arn:aws:iam::123456789012:role/rollback',
      'aws-region': 'us-east-1',
    }),
  };
}

function buildService(world: World, shape: Exclude<ShapeName, 'pair'>): Built {
  const strategy = { rolling: 'ROLLING', 'blue-green': 'BLUE_GREEN', linear: 'LINEAR', canary: 'CANARY' } as const;
  const stack = serviceStack(world, { native: strategy[shape] });
  const loadBalancer = stack.loadBalancerArn.slice(
    stack.loadBalancerArn.indexOf('loadbalancer/') + 'loadbalancer/'.length,
  );
  const blue = stack.blueTargetGroup.slice(stack.blueTargetGroup.indexOf('targetgroup/'));
  const settings: Record<string, string> =
    shape === 'rolling'
      ? {
          'verify-checks': errorRateChecks(`{ LoadBalancer: "${loadBalancer}", TargetGroup: "${blue}" }`),
          'verify-window': '5m',
        }
      : {
          checks: errorRateChecks(NEW_SIDE),
          ...(shape === 'linear' ? { 'linear-step-percent': '25', 'step-bake': '3m' } : {}),
          ...(shape === 'canary' ? { 'canary-percent': '10', 'step-bake': '5m' } : {}),
        };
  return {
    shape,
    route: stack.listenerArn,
    services: [stack.service],
    stack,
    deployInputs: (image, extra = {}) => ({
      environment: 'production',
      cluster: stack.cluster,
      service: stack.service,
      'task-definition': 'order-router:1',
      image,
      strategy: shape,
      ...settings,
      ...extra,
    }),
    rollbackInputs: (reason = 'INC-1042: rejected orders after the release, decided by the desk head') => ({
      environment: 'production',
      reason,
      cluster: stack.cluster,
      service: stack.service,
      'role-to-assume': 'arn:aws:iam::123456789012:role/rollback',
      'aws-region': 'us-east-1',
    }),
  };
}
