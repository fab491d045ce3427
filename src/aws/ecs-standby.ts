import {
  DescribeServicesCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import {
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';

/** A standby ECS service as the drill sees it. */
export interface StandbyService {
  readonly arn: string;
  /** ACTIVE, DRAINING or INACTIVE. */
  readonly status: string;
  readonly desiredCount: number;
  readonly runningCount: number;
  readonly pendingCount: number;
  /** Target groups the service registers its tasks in. */
  readonly targetGroupArns: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
}

export interface TargetHealthSummary {
  readonly healthy: number;
  readonly total: number;
  /** Count of targets per state (initial, healthy, unhealthy, draining, …). */
  readonly states: Readonly<Record<string, number>>;
}

/** Scaling and watching a standby ECS service and its load-balancer targets, in one region. */
export interface StandbyPort {
  /** Undefined when the service does not exist or is INACTIVE (deleted). */
  describeService(cluster: string, service: string): Promise<StandbyService | undefined>;
  setDesiredCount(cluster: string, service: string, desiredCount: number): Promise<void>;
  tagResource(arn: string, tags: Readonly<Record<string, string>>): Promise<void>;
  untagResource(arn: string, keys: readonly string[]): Promise<void>;
  targetHealth(targetGroupArn: string): Promise<TargetHealthSummary>;
}

export function createStandbyPort(ecs: ECSClient, elb: ElasticLoadBalancingV2Client): StandbyPort {
  return {
    async describeService(cluster, service) {
      const out = await ecs.send(new DescribeServicesCommand({ cluster, services: [service], include: ['TAGS'] }));
      const found = out.services?.[0];
      if (!found || found.status === 'INACTIVE') return undefined;
      return {
        arn: found.serviceArn ?? '',
        status: found.status ?? 'UNKNOWN',
        desiredCount: found.desiredCount ?? 0,
        runningCount: found.runningCount ?? 0,
        pendingCount: found.pendingCount ?? 0,
        targetGroupArns: [
          ...new Set((found.loadBalancers ?? []).flatMap((lb) => (lb.targetGroupArn ? [lb.targetGroupArn] : []))),
        ],
        tags: Object.fromEntries((found.tags ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
      };
    },
    async setDesiredCount(cluster, service, desiredCount) {
      await ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount }));
    },
    async tagResource(arn, tags) {
      await ecs.send(
        new TagResourceCommand({
          resourceArn: arn,
          tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
        }),
      );
    },
    async untagResource(arn, keys) {
      await ecs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: [...keys] }));
    },
    async targetHealth(targetGroupArn) {
      const out = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }));
      const states: Record<string, number> = {};
      for (const d of out.TargetHealthDescriptions ?? []) {
        const state = d.TargetHealth?.State ?? 'unknown';
        states[state] = (states[state] ?? 0) + 1;
      }
      return {
        healthy: states.healthy ?? 0,
        total: out.TargetHealthDescriptions?.length ?? 0,
        states,
      };
    },
  };
}
