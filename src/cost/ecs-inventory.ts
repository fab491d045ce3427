// The ECS reads right-sizing and pr-delta need (list services, their capacity-provider strategy,
// task sizes). The shared EcsPort serves deployments and has none of these, so this narrow
// adapter sits beside the cost domain rather than widening that port.
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ListServicesCommand,
  type ECSClient,
} from '@aws-sdk/client-ecs';
import type { StrategyItem, TaskSize } from './fargate.js';

export interface ServiceInventory {
  readonly name: string;
  readonly desiredCount: number;
  readonly taskDefinitionArn: string;
  readonly tags: Readonly<Record<string, string>>;
  /** FARGATE / FARGATE_SPOT entries only; empty for a plain Fargate launch type. */
  readonly strategy: readonly StrategyItem[];
  /** FARGATE, EC2, EXTERNAL, or CAPACITY_PROVIDER when a strategy is used. */
  readonly launchType: string;
}

export interface TaskDefinitionSize {
  readonly family: string;
  /** Undefined when the definition has no task-level cpu and memory (EC2-only definitions). */
  readonly size?: TaskSize;
}

export interface EcsInventoryPort {
  listServices(cluster: string): Promise<string[]>;
  /** Services by name; names ECS does not know are left out. */
  describeServices(cluster: string, names: readonly string[]): Promise<ServiceInventory[]>;
  describeTaskDefinition(arn: string): Promise<TaskDefinitionSize>;
}

/** DescribeServices accepts at most 10 services per request. */
const SERVICES_PER_REQUEST = 10;

export function createEcsInventoryPort(client: ECSClient): EcsInventoryPort {
  return {
    async listServices(cluster) {
      const names: string[] = [];
      let token: string | undefined;
      do {
        const out = await client.send(new ListServicesCommand({ cluster, nextToken: token, maxResults: 100 }));
        for (const arn of out.serviceArns ?? []) names.push(arn.split('/').pop() ?? arn);
        token = out.nextToken;
      } while (token);
      return names.sort();
    },

    async describeServices(cluster, names) {
      const found: ServiceInventory[] = [];
      for (let i = 0; i < names.length; i += SERVICES_PER_REQUEST) {
        const out = await client.send(
          new DescribeServicesCommand({
            cluster,
            services: names.slice(i, i + SERVICES_PER_REQUEST),
            include: ['TAGS'],
          }),
        );
        for (const service of out.services ?? []) {
          if (service.status === 'INACTIVE') continue;
          const strategy = (service.capacityProviderStrategy ?? [])
            .filter((item) => item.capacityProvider === 'FARGATE' || item.capacityProvider === 'FARGATE_SPOT')
            .map((item) => ({
              provider: item.capacityProvider as StrategyItem['provider'],
              weight: item.weight ?? 0,
              base: item.base ?? 0,
            }));
          found.push({
            name: service.serviceName ?? '',
            desiredCount: service.desiredCount ?? 0,
            taskDefinitionArn: service.taskDefinition ?? '',
            tags: Object.fromEntries((service.tags ?? []).map((tag) => [tag.key ?? '', tag.value ?? ''])),
            strategy,
            launchType: service.launchType ?? (strategy.length > 0 ? 'CAPACITY_PROVIDER' : 'FARGATE'),
          });
        }
      }
      return found;
    },

    async describeTaskDefinition(arn) {
      const out = await client.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }));
      const definition = out.taskDefinition;
      const size = taskSizeOf({
        cpu: definition?.cpu,
        memory: definition?.memory,
        cpuArchitecture: definition?.runtimePlatform?.cpuArchitecture,
        ephemeralGb: definition?.ephemeralStorage?.sizeInGiB,
      });
      return { family: definition?.family ?? '', size };
    },
  };
}

/**
 * A task size from task-definition fields: `cpu` in CPU units (1024 = 1 vCPU) or `1 vCPU`,
 * `memory` in MiB or `2 GB`, as ECS accepts both.
 */
export function taskSizeOf(fields: {
  cpu?: string | number;
  memory?: string | number;
  cpuArchitecture?: string;
  ephemeralGb?: number;
}): TaskSize | undefined {
  const vcpu = parseUnits(fields.cpu, /vcpu/i, 1024);
  const memoryGb = parseUnits(fields.memory, /gb/i, 1024);
  if (vcpu === undefined || memoryGb === undefined) return undefined;
  return {
    vcpu,
    memoryGb,
    architecture: fields.cpuArchitecture?.toUpperCase() === 'ARM64' ? 'ARM64' : 'X86_64',
    ephemeralGb: fields.ephemeralGb ?? 20,
  };
}

function parseUnits(value: string | number | undefined, unit: RegExp, perUnit: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const text = String(value).trim();
  const number = Number.parseFloat(text);
  if (!Number.isFinite(number) || number <= 0) return undefined;
  return unit.test(text) ? number : number / perUnit;
}
