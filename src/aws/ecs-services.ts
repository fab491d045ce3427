import { UpdateServiceCommand, type ECSClient } from '@aws-sdk/client-ecs';

/** What a blue/green pair needs to change on one of its services: its revision and its size. */
export interface ServiceChange {
  readonly taskDefinitionArn?: string;
  readonly desiredCount?: number;
}

/** Sizing and revision changes for the two services of a canary pair. */
export interface ServiceScalingPort {
  updateService(cluster: string, service: string, change: ServiceChange): Promise<void>;
}

export function createServiceScalingPort(client: ECSClient): ServiceScalingPort {
  return {
    async updateService(cluster, service, change) {
      await client.send(
        new UpdateServiceCommand({
          cluster,
          service,
          ...(change.taskDefinitionArn === undefined ? {} : { taskDefinition: change.taskDefinitionArn }),
          ...(change.desiredCount === undefined ? {} : { desiredCount: change.desiredCount }),
        }),
      );
    },
  };
}
