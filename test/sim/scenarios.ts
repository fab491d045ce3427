/**
 * The set-ups a platform team has before it deploys, built in the simulated world: a blue/green
 * pair of services behind one ALB listener (the canary action's shape), a rolling service behind a
 * target group, and a service set up for ECS's native blue/green, linear and canary strategies.
 * Every service starts healthy, with traffic flowing.
 */
import type { DeploymentConfiguration } from '@aws-sdk/client-ecs';
import type { World } from './world/index.js';
import { HEALTHY, type VersionProfile } from './world/versions.js';

export const CLUSTER = 'trading-prod';
export const FAMILY = 'order-router';
export const CONTAINER = 'router';
export const GOOD_IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/order-router@sha256:${'1'.repeat(64)}`;

/** An image reference for a release, with its behaviour registered in the world. */
export function release(world: World, name: string, profile: VersionProfile = HEALTHY): string {
  const digest = [...name]
    .reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    .toString(16)
    .padStart(8, '0');
  const image = `123456789012.dkr.ecr.us-east-1.amazonaws.com/order-router@sha256:${digest.repeat(8)}`;
  world.ecs.setVersion(image, profile);
  return image;
}

export interface TargetGroupSettings {
  readonly intervalSeconds?: number;
  readonly healthyThreshold?: number;
  readonly deregistrationDelaySeconds?: number;
}

/** Health checks as teams tune them for fast deploys (10 s × 3); AWS's defaults are 30 s × 5. */
export const TUNED_HEALTH_CHECKS: TargetGroupSettings = {
  intervalSeconds: 10,
  healthyThreshold: 3,
  deregistrationDelaySeconds: 30,
};

export interface PairStack {
  readonly cluster: string;
  readonly listenerArn: string;
  readonly loadBalancerArn: string;
  readonly blueService: string;
  readonly greenService: string;
  readonly blueTargetGroup: string;
  readonly greenTargetGroup: string;
  readonly liveRevision: string;
}

/** Blue live with `desiredCount` tasks at 100 %, green idle at 0 tasks, both in one listener. */
export function pairStack(
  world: World,
  options: { desiredCount?: number; requestsPerSecond?: number; targetGroups?: TargetGroupSettings } = {},
): PairStack {
  const { elb, ecs } = world;
  const groups = options.targetGroups ?? TUNED_HEALTH_CHECKS;
  ecs.createCluster(CLUSTER);
  const loadBalancerArn = elb.createLoadBalancer('trading-prod');
  const blueTargetGroup = elb.createTargetGroup('router-blue', groups);
  const greenTargetGroup = elb.createTargetGroup('router-green', groups);
  const listenerArn = elb.createListener(loadBalancerArn, 443, [
    {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: blueTargetGroup, Weight: 100 },
          { TargetGroupArn: greenTargetGroup, Weight: 0 },
        ],
      },
    },
  ]);
  const liveRevision = ecs.register({
    family: FAMILY,
    containerDefinitions: [
      { name: CONTAINER, image: GOOD_IMAGE, essential: true, portMappings: [{ containerPort: 8080 }] },
    ],
    cpu: '1024',
    memory: '2048',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
  });
  const desiredCount = options.desiredCount ?? 2;
  const service = (name: string, targetGroupArn: string, count: number) =>
    ecs.createService({
      cluster: CLUSTER,
      name,
      taskDefinition: liveRevision,
      desiredCount: count,
      loadBalancers: [{ targetGroupArn, containerName: CONTAINER, containerPort: 8080 }],
    });
  service('order-router-blue', blueTargetGroup, desiredCount);
  service('order-router-green', greenTargetGroup, 0);
  world.traffic.setLoad(listenerArn, options.requestsPerSecond ?? 200);
  return {
    cluster: CLUSTER,
    listenerArn,
    loadBalancerArn,
    blueService: 'order-router-blue',
    greenService: 'order-router-green',
    blueTargetGroup,
    greenTargetGroup,
    liveRevision,
  };
}

export interface ServiceStack {
  readonly cluster: string;
  readonly service: string;
  readonly serviceArn: string;
  readonly loadBalancerArn: string;
  readonly listenerArn: string;
  /** The production route: the listener's default rule (ECS's productionListenerRule). */
  readonly productionRule: string;
  readonly blueTargetGroup: string;
  readonly greenTargetGroup: string;
  readonly liveRevision: string;
}

/**
 * One service behind an ALB. With `native`, its load balancer carries the advancedConfiguration
 * ECS's blue/green, linear and canary strategies need (an alternate target group, the production
 * listener rule, a test listener rule and the infrastructure role), and its deployment
 * configuration already names that strategy, as it does after a first native deploy.
 */
export function serviceStack(
  world: World,
  options: {
    desiredCount?: number;
    requestsPerSecond?: number;
    native?: DeploymentConfiguration['strategy'];
    deploymentConfiguration?: DeploymentConfiguration;
    targetGroups?: TargetGroupSettings;
  } = {},
): ServiceStack {
  const { elb, ecs } = world;
  const groups = options.targetGroups ?? TUNED_HEALTH_CHECKS;
  ecs.createCluster(CLUSTER);
  const loadBalancerArn = elb.createLoadBalancer('trading-prod');
  const blueTargetGroup = elb.createTargetGroup('router-blue', groups);
  const greenTargetGroup = elb.createTargetGroup('router-green', groups);
  const listenerArn = elb.createListener(loadBalancerArn, 443, [
    {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: blueTargetGroup, Weight: 100 },
          { TargetGroupArn: greenTargetGroup, Weight: 0 },
        ],
      },
    },
  ]);
  const testListener = elb.createListener(loadBalancerArn, 8443, [
    { Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: blueTargetGroup, Weight: 100 }] } },
  ]);
  const productionRule = elb.defaultRuleOf(listenerArn);
  const liveRevision = ecs.register({
    family: FAMILY,
    containerDefinitions: [
      { name: CONTAINER, image: GOOD_IMAGE, essential: true, portMappings: [{ containerPort: 8080 }] },
    ],
    cpu: '1024',
    memory: '2048',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
  });
  const native = options.native !== undefined && options.native !== 'ROLLING';
  const created = ecs.createService({
    cluster: CLUSTER,
    name: 'order-router',
    taskDefinition: liveRevision,
    desiredCount: options.desiredCount ?? 2,
    loadBalancers: [
      {
        targetGroupArn: blueTargetGroup,
        containerName: CONTAINER,
        containerPort: 8080,
        ...(native || options.native === 'ROLLING'
          ? {
              advancedConfiguration: {
                alternateTargetGroupArn: greenTargetGroup,
                productionListenerRule: productionRule,
                testListenerRule: elb.defaultRuleOf(testListener),
                roleArn: 'arn:aws:iam::123456789012:role/ecs-infrastructure-load-balancers',
              },
            }
          : {}),
      },
    ],
    deploymentConfiguration: options.deploymentConfiguration ?? {
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      strategy: options.native ?? 'ROLLING',
      ...(native ? { bakeTimeInMinutes: 5 } : {}),
    },
  });
  world.traffic.setLoad(listenerArn, options.requestsPerSecond ?? 200);
  world.traffic.setLoad(testListener, 2);
  return {
    cluster: CLUSTER,
    service: 'order-router',
    serviceArn: created.arn,
    loadBalancerArn,
    listenerArn,
    productionRule,
    blueTargetGroup,
    greenTargetGroup,
    liveRevision,
  };
}
