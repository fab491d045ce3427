import {
  DescribeScalableTargetsCommand,
  type ApplicationAutoScalingClient,
} from '@aws-sdk/client-application-auto-scaling';

/** Re-exported so an entry that loads this adapter lazily gets client and port in one chunk. */
export { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';

export interface CapacityRange {
  readonly min: number;
  readonly max: number;
}

export interface AppAutoScalingPort {
  /** The desired-count range of each ECS service that has a scalable target, by service name. */
  serviceCapacity(cluster: string, services: readonly string[]): Promise<Map<string, CapacityRange>>;
}

/** DescribeScalableTargets takes at most 50 resource ids per request. */
const IDS_PER_REQUEST = 50;

export function createAppAutoScalingPort(client: ApplicationAutoScalingClient): AppAutoScalingPort {
  return {
    async serviceCapacity(cluster, services) {
      const ranges = new Map<string, CapacityRange>();
      const ids = services.map((service) => `service/${cluster}/${service}`);
      for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
        let token: string | undefined;
        do {
          const out = await client.send(
            new DescribeScalableTargetsCommand({
              ServiceNamespace: 'ecs',
              ScalableDimension: 'ecs:service:DesiredCount',
              ResourceIds: ids.slice(i, i + IDS_PER_REQUEST),
              NextToken: token,
            }),
          );
          for (const target of out.ScalableTargets ?? []) {
            const service = target.ResourceId?.split('/')[2];
            if (service && target.MinCapacity !== undefined && target.MaxCapacity !== undefined) {
              ranges.set(service, { min: target.MinCapacity, max: target.MaxCapacity });
            }
          }
          token = out.NextToken;
        } while (token);
      }
      return ranges;
    },
  };
}
