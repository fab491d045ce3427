import {
  ContinueServiceDeploymentCommand,
  DeregisterTaskDefinitionCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListTaskDefinitionsCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  StopServiceDeploymentCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type DeploymentConfiguration,
  type ECSClient,
  type LoadBalancer,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type ServiceDeployment,
  type ServiceDeploymentStatus,
  type Tag,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { ConfigurationError } from '../runtime/errors.js';

/** A service as the rollout logic needs to see it; SDK types stop at this adapter. */
export interface ServiceSnapshot {
  readonly arn: string;
  readonly name: string;
  readonly status: string;
  readonly taskDefinitionArn: string;
  readonly desiredCount: number;
  readonly runningCount: number;
  readonly deployments: readonly DeploymentSnapshot[];
  /** Newest first, as ECS returns them (at most 100). */
  readonly events: readonly ServiceEventSnapshot[];
  readonly tags: Readonly<Record<string, string>>;
  readonly circuitBreaker: { readonly enable: boolean; readonly rollback: boolean };
  readonly deploymentController: string;
  /**
   * The native-strategy view (absent in hand-made fixtures): the service's deployment
   * configuration as ECS returned it, its load balancers with their blue/green settings, whether
   * Service Connect is on, and the ARN of its current service deployment.
   */
  readonly deploymentConfiguration?: DeploymentConfiguration;
  readonly loadBalancers?: readonly LoadBalancer[];
  readonly serviceConnectEnabled?: boolean;
  readonly currentServiceDeployment?: string;
}

export interface DeploymentSnapshot {
  readonly id: string;
  readonly status: string;
  readonly taskDefinitionArn: string;
  readonly desiredCount: number;
  readonly runningCount: number;
  readonly pendingCount: number;
  readonly failedTasks: number;
  readonly rolloutState?: string;
  readonly rolloutStateReason?: string;
}

export interface ServiceEventSnapshot {
  readonly id: string;
  readonly at: Date;
  readonly message: string;
}

export interface StoppedTask {
  readonly taskArn: string;
  readonly taskDefinitionArn: string;
  readonly stoppedReason: string;
  readonly stopCode?: string;
  readonly stoppedAt?: Date;
  readonly containers: readonly {
    readonly name: string;
    readonly exitCode?: number;
    readonly reason?: string;
  }[];
}

export type StoppedTasksOf = { readonly deploymentId: string } | { readonly service: string };

export interface TaskDefinitionSummary {
  readonly arn: string;
  readonly family: string;
  readonly revision: number;
  readonly status: string;
  readonly definition: TaskDefinition;
  /** Carried over when a new revision is registered from this one. */
  readonly tags: readonly Tag[];
}

/** The ECS operations the deploy logic uses, and nothing else. */
export interface EcsPort {
  describeService(cluster: string, service: string): Promise<ServiceSnapshot>;
  /** Undefined when no such revision exists. */
  describeTaskDefinition(reference: string): Promise<TaskDefinitionSummary | undefined>;
  registerTaskDefinition(input: RegisterTaskDefinitionCommandInput): Promise<string>;
  /** Marks a revision INACTIVE: used to clean up one we registered but could not deploy. */
  deregisterTaskDefinition(arn: string): Promise<void>;
  /** Points the service at a task definition; returns the new PRIMARY deployment's id. */
  updateService(cluster: string, service: string, taskDefinitionArn: string): Promise<string>;
  /** Task-definition ARNs of every ACTIVE revision in the family. */
  listRevisions(family: string): Promise<string[]>;
  /**
   * The most recently stopped tasks, newest first: those a deployment started (ECS sets
   * startedBy to the deployment id) or those of a service.
   */
  listStoppedTasks(cluster: string, of: StoppedTasksOf, limit: number): Promise<StoppedTask[]>;
  tagResource(arn: string, tags: Readonly<Record<string, string>>): Promise<void>;
  untagResource(arn: string, keys: readonly string[]): Promise<void>;
}

/** One lifecycle hook of a service deployment, as DescribeServiceDeployments shows it. */
export interface LifecycleHookSnapshot {
  readonly hookId: string;
  /** PAUSE or AWS_LAMBDA. */
  readonly targetType: string;
  /** AWAITING_ACTION, IN_PROGRESS, SUCCEEDED, FAILED or TIMED_OUT. */
  readonly status: string;
  readonly expiresAt?: Date;
  readonly timeoutAction?: string;
}

/** A service deployment (DescribeServiceDeployments) as the native-strategy follower sees it. */
export interface ServiceDeploymentSnapshot {
  readonly arn: string;
  /** PENDING, IN_PROGRESS, SUCCESSFUL, STOP_REQUESTED, STOPPED, ROLLBACK_REQUESTED, ROLLBACK_IN_PROGRESS, ROLLBACK_SUCCESSFUL, ROLLBACK_FAILED. */
  readonly status: string;
  readonly statusReason?: string;
  /** PRE_SCALE_UP … CLEAN_UP; a plain string because ECS documents more stages than the SDK enum lists. */
  readonly lifecycleStage?: string;
  readonly targetRevisionArn?: string;
  /** The share (0–100) of production and test traffic ECS has requested for the new revision. */
  readonly productionWeight?: number;
  readonly testWeight?: number;
  readonly hooks: readonly LifecycleHookSnapshot[];
  readonly rollback?: { readonly reason?: string; readonly startedAt?: Date; readonly serviceRevisionArn?: string };
  readonly alarms?: { readonly status?: string; readonly triggered: readonly string[] };
  readonly circuitBreaker?: { readonly status?: string; readonly failureCount?: number; readonly threshold?: number };
  readonly updatedAt?: Date;
}

export interface ServiceDeploymentSummary {
  readonly arn: string;
  readonly status: string;
  readonly targetServiceRevisionArn?: string;
  readonly createdAt?: Date;
}

/**
 * The ECS operations of native blue/green, linear and canary deployments: start one with its
 * deployment configuration, follow it, answer its PAUSE hooks, and stop it with a rollback.
 * Separate from EcsPort so the gate's and the rolling deploy's fakes need not implement them.
 */
export interface ServiceDeploymentPort {
  /**
   * Points the service at a revision and sets its deployment configuration in one UpdateService;
   * returns the PRIMARY deployment's id and the new service deployment's ARN when ECS names it.
   */
  startDeployment(
    cluster: string,
    service: string,
    taskDefinitionArn: string,
    configuration: DeploymentConfiguration,
  ): Promise<{ readonly deploymentId: string; readonly serviceDeploymentArn?: string }>;
  /** Undefined when ECS does not know the ARN. */
  describeServiceDeployment(arn: string): Promise<ServiceDeploymentSnapshot | undefined>;
  /** The service's deployments, newest first, optionally only those in these states or created after a time. */
  listServiceDeployments(
    cluster: string,
    service: string,
    filter?: { readonly statuses?: readonly ServiceDeploymentStatus[]; readonly createdAfter?: Date },
  ): Promise<ServiceDeploymentSummary[]>;
  /** Answers a PAUSE hook that is AWAITING_ACTION. */
  continueServiceDeployment(arn: string, hookId: string, action: 'CONTINUE' | 'ROLLBACK'): Promise<void>;
  /** StopServiceDeployment with stopType ROLLBACK: ECS returns the service to the revision before. */
  stopServiceDeploymentWithRollback(arn: string): Promise<void>;
}

/** Builds the service-deployment port on the run's SDK client. */
export function createServiceDeploymentPort(client: ECSClient): ServiceDeploymentPort {
  return {
    async startDeployment(cluster, service, taskDefinitionArn, configuration) {
      const out = await client.send(
        new UpdateServiceCommand({
          cluster,
          service,
          taskDefinition: taskDefinitionArn,
          deploymentConfiguration: configuration,
        }),
      );
      const primary = out.service?.deployments?.find((d) => d.status === 'PRIMARY');
      return {
        deploymentId: primary?.id ?? '',
        serviceDeploymentArn: out.service?.currentServiceDeployment,
      };
    },

    async describeServiceDeployment(arn) {
      const out = await client.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: [arn] }));
      const found = out.serviceDeployments?.find((d) => d.serviceDeploymentArn === arn) ?? out.serviceDeployments?.[0];
      return found ? toServiceDeploymentSnapshot(found) : undefined;
    },

    async listServiceDeployments(cluster, service, filter = {}) {
      const found: ServiceDeploymentSummary[] = [];
      let nextToken: string | undefined;
      do {
        const out = await client.send(
          new ListServiceDeploymentsCommand({
            cluster,
            service,
            status: filter.statuses ? [...filter.statuses] : undefined,
            createdAt: filter.createdAfter ? { after: filter.createdAfter } : undefined,
            nextToken,
          }),
        );
        for (const d of out.serviceDeployments ?? []) {
          if (!d.serviceDeploymentArn) continue;
          found.push({
            arn: d.serviceDeploymentArn,
            status: d.status ?? '',
            targetServiceRevisionArn: d.targetServiceRevisionArn,
            createdAt: d.createdAt,
          });
        }
        nextToken = out.nextToken;
      } while (nextToken);
      return found.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
    },

    async continueServiceDeployment(arn, hookId, action) {
      await client.send(new ContinueServiceDeploymentCommand({ serviceDeploymentArn: arn, hookId, action }));
    },

    async stopServiceDeploymentWithRollback(arn) {
      await client.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
    },
  };
}

function toServiceDeploymentSnapshot(d: ServiceDeployment): ServiceDeploymentSnapshot {
  const target = d.targetServiceRevision;
  return {
    arn: d.serviceDeploymentArn ?? '',
    status: d.status ?? '',
    statusReason: d.statusReason,
    lifecycleStage: d.lifecycleStage,
    targetRevisionArn: target?.arn,
    productionWeight: target?.requestedProductionTrafficWeight,
    testWeight: target?.requestedTestTrafficWeight,
    hooks: (d.lifecycleHookDetails ?? []).map((h) => ({
      hookId: h.hookId ?? '',
      targetType: h.targetType ?? 'AWS_LAMBDA',
      status: h.status ?? '',
      expiresAt: h.expiresAt,
      timeoutAction: h.timeoutAction,
    })),
    rollback: d.rollback
      ? {
          reason: d.rollback.reason,
          startedAt: d.rollback.startedAt,
          serviceRevisionArn: d.rollback.serviceRevisionArn,
        }
      : undefined,
    alarms: d.alarms ? { status: d.alarms.status, triggered: d.alarms.triggeredAlarmNames ?? [] } : undefined,
    circuitBreaker: d.deploymentCircuitBreaker
      ? {
          status: d.deploymentCircuitBreaker.status,
          failureCount: d.deploymentCircuitBreaker.failureCount,
          threshold: d.deploymentCircuitBreaker.threshold,
        }
      : undefined,
    updatedAt: d.updatedAt,
  };
}

/** Builds the ECS port on an SDK client that was created once for the run. */
export function createEcsPort(client: ECSClient): EcsPort {
  return {
    async describeService(cluster, service) {
      const out = await client.send(new DescribeServicesCommand({ cluster, services: [service], include: ['TAGS'] }));
      const found = out.services?.[0];
      if (!found || found.status === 'INACTIVE') {
        const reason = out.failures?.[0]?.reason ?? found?.status ?? 'not found';
        throw new ConfigurationError([
          {
            input: 'service',
            message: `service '${service}' was not found in cluster '${cluster}' (${reason}). Check the service and cluster names and the region.`,
          },
        ]);
      }
      return toServiceSnapshot(found);
    },

    async describeTaskDefinition(reference) {
      try {
        const out = await client.send(
          new DescribeTaskDefinitionCommand({ taskDefinition: reference, include: ['TAGS'] }),
        );
        const td = out.taskDefinition;
        if (!td?.taskDefinitionArn) throw new Error(`DescribeTaskDefinition(${reference}) returned no task definition`);
        return {
          arn: td.taskDefinitionArn,
          family: td.family ?? '',
          revision: td.revision ?? 0,
          status: td.status ?? 'ACTIVE',
          definition: td,
          tags: out.tags ?? [],
        };
      } catch (error) {
        // ECS answers a missing revision with a generic ClientException.
        if (error instanceof Error && error.name === 'ClientException') return undefined;
        throw error;
      }
    },

    async registerTaskDefinition(input) {
      const out = await client.send(new RegisterTaskDefinitionCommand(input));
      const arn = out.taskDefinition?.taskDefinitionArn;
      if (!arn) throw new Error('RegisterTaskDefinition returned no taskDefinitionArn');
      return arn;
    },

    async deregisterTaskDefinition(arn) {
      await client.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
    },

    async updateService(cluster, service, taskDefinitionArn) {
      const out = await client.send(new UpdateServiceCommand({ cluster, service, taskDefinition: taskDefinitionArn }));
      const primary = out.service?.deployments?.find((d) => d.status === 'PRIMARY');
      if (!primary?.id) throw new Error('UpdateService returned no PRIMARY deployment');
      return primary.id;
    },

    async listRevisions(family) {
      const arns: string[] = [];
      let nextToken: string | undefined;
      do {
        const out = await client.send(
          new ListTaskDefinitionsCommand({ familyPrefix: family, status: 'ACTIVE', nextToken }),
        );
        arns.push(...(out.taskDefinitionArns ?? []));
        nextToken = out.nextToken;
      } while (nextToken);
      // familyPrefix also matches longer family names (`api` matches `api-worker`).
      return arns.filter((arn) => parseTaskDefinitionArn(arn)?.family === family);
    },

    async listStoppedTasks(cluster, of, limit) {
      const filter = 'deploymentId' in of ? { startedBy: of.deploymentId } : { serviceName: of.service };
      const listed = await client.send(
        new ListTasksCommand({ cluster, ...filter, desiredStatus: 'STOPPED', maxResults: limit }),
      );
      const arns = listed.taskArns ?? [];
      if (arns.length === 0) return [];
      const described = await client.send(new DescribeTasksCommand({ cluster, tasks: arns }));
      return (described.tasks ?? [])
        .map((task): StoppedTask => ({
          taskArn: task.taskArn ?? '',
          taskDefinitionArn: task.taskDefinitionArn ?? '',
          stoppedReason: task.stoppedReason ?? '(no reason given)',
          stopCode: task.stopCode,
          stoppedAt: task.stoppedAt,
          containers: (task.containers ?? []).map((c) => ({
            name: c.name ?? '',
            exitCode: c.exitCode,
            reason: c.reason,
          })),
        }))
        .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0));
    },

    async tagResource(arn, tags) {
      await client.send(
        new TagResourceCommand({
          resourceArn: arn,
          tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
        }),
      );
    },

    async untagResource(arn, keys) {
      await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: [...keys] }));
    },
  };
}

function toServiceSnapshot(service: Service): ServiceSnapshot {
  const breaker = service.deploymentConfiguration?.deploymentCircuitBreaker;
  return {
    arn: service.serviceArn ?? '',
    name: service.serviceName ?? '',
    status: service.status ?? '',
    taskDefinitionArn: service.taskDefinition ?? '',
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    deployments: (service.deployments ?? []).map((d) => ({
      id: d.id ?? '',
      status: d.status ?? '',
      taskDefinitionArn: d.taskDefinition ?? '',
      desiredCount: d.desiredCount ?? 0,
      runningCount: d.runningCount ?? 0,
      pendingCount: d.pendingCount ?? 0,
      failedTasks: d.failedTasks ?? 0,
      rolloutState: d.rolloutState,
      rolloutStateReason: d.rolloutStateReason,
    })),
    events: (service.events ?? []).map((e) => ({
      id: e.id ?? '',
      at: e.createdAt ?? new Date(0),
      message: e.message ?? '',
    })),
    tags: Object.fromEntries((service.tags ?? []).map((t) => [t.key ?? '', t.value ?? ''])),
    circuitBreaker: { enable: breaker?.enable ?? false, rollback: breaker?.rollback ?? false },
    deploymentController: service.deploymentController?.type ?? 'ECS',
    deploymentConfiguration: service.deploymentConfiguration,
    loadBalancers: service.loadBalancers ?? [],
    serviceConnectEnabled: service.deployments?.some((d) => d.serviceConnectConfiguration?.enabled === true) ?? false,
    currentServiceDeployment: service.currentServiceDeployment,
  };
}

const TASK_DEFINITION_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/([A-Za-z0-9_-]{1,255}):(\d+)$/;

/** Splits a task-definition ARN into family and revision; undefined when it is not one. */
export function parseTaskDefinitionArn(arn: string): { family: string; revision: number } | undefined {
  const match = TASK_DEFINITION_ARN.exec(arn);
  if (!match?.[1] || !match[2]) return undefined;
  return { family: match[1], revision: Number(match[2]) };
}

/** `family:revision` for people, from an ARN (falls back to the input when it is not one). */
export function shortTaskDefinition(arn: string): string {
  const parsed = parseTaskDefinitionArn(arn);
  return parsed ? `${parsed.family}:${parsed.revision}` : arn;
}
