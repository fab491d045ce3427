/**
 * Realistic ECS API responses for unit tests of paths the emulator cannot produce (circuit
 * breaker rollbacks, crash-looping tasks). Shapes follow DescribeServices / DescribeTasks.
 */
import type { Deployment, Service, ServiceEvent, Task } from '@aws-sdk/client-ecs';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

export function tdArn(family: string, revision: number): string {
  return `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`;
}

export function deployment(id: string, taskDefinition: string, overrides: Partial<Deployment> = {}): Deployment {
  return {
    id,
    status: 'PRIMARY',
    taskDefinition,
    desiredCount: 2,
    pendingCount: 0,
    runningCount: 2,
    failedTasks: 0,
    rolloutState: 'COMPLETED',
    createdAt: new Date('2026-11-23T13:00:00Z'),
    ...overrides,
  };
}

let eventCounter = 0;
export function event(message: string, at: string): ServiceEvent {
  eventCounter += 1;
  return { id: `evt-${eventCounter}`, createdAt: new Date(at), message };
}

export interface ServiceShape {
  taskDefinition: string;
  deployments: Deployment[];
  events?: ServiceEvent[];
  tags?: Record<string, string>;
  circuitBreaker?: { enable: boolean; rollback: boolean };
  desiredCount?: number;
}

export function service(shape: ServiceShape): Service {
  return {
    serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/api`,
    serviceName: 'api',
    clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/prod`,
    status: 'ACTIVE',
    desiredCount: shape.desiredCount ?? 2,
    runningCount: 2,
    taskDefinition: shape.taskDefinition,
    deployments: shape.deployments,
    // ECS lists events newest first.
    events: [...(shape.events ?? [])].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0)),
    tags: Object.entries(shape.tags ?? {}).map(([key, value]) => ({ key, value })),
    deploymentConfiguration: {
      deploymentCircuitBreaker: shape.circuitBreaker ?? { enable: false, rollback: false },
      maximumPercent: 200,
      minimumHealthyPercent: 100,
    },
    deploymentController: { type: 'ECS' },
  };
}

export function stoppedTask(
  id: string,
  taskDefinition: string,
  reason: string,
  exitCode: number,
  containerReason?: string,
): Task {
  return {
    taskArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task/prod/${id}`,
    taskDefinitionArn: taskDefinition,
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    stopCode: 'EssentialContainerExited',
    stoppedReason: reason,
    stoppedAt: new Date('2026-11-23T14:01:00Z'),
    containers: [{ name: 'api', exitCode, reason: containerReason, lastStatus: 'STOPPED' }],
  };
}
