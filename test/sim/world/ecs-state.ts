/** The state of ECS in the simulated world, shared by the API, the service scheduler and the native deployments. */
import type {
  ContainerDefinition,
  DeploymentConfiguration,
  LoadBalancer,
  RegisterTaskDefinitionCommandInput,
  Tag,
} from '@aws-sdk/client-ecs';
import type { VersionProfile } from './versions.js';

export interface SimTaskDefinition {
  readonly arn: string;
  readonly family: string;
  readonly revision: number;
  status: 'ACTIVE' | 'INACTIVE';
  readonly input: RegisterTaskDefinitionCommandInput;
  readonly containers: readonly ContainerDefinition[];
  readonly tags: readonly Tag[];
  readonly registeredAt: number;
}

/** A deployment as DescribeServices lists it (the rolling view, also kept for native services). */
export interface SimDeployment {
  readonly id: string;
  status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  readonly taskDefinition: string;
  failedTasks: number;
  rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  rolloutStateReason?: string;
  readonly createdAt: number;
  updatedAt: number;
  /** The target group its tasks register in (native deployments alternate between two). */
  readonly targetGroups: readonly string[];
  /** Launches wait until this time after failures (ECS throttles a crash loop). */
  nextLaunchAt: number;
  consecutiveFailures: number;
}

export type TaskStatus = 'PROVISIONING' | 'PENDING' | 'RUNNING' | 'DEACTIVATING' | 'STOPPING' | 'STOPPED';

export interface SimTask {
  readonly arn: string;
  readonly serviceKey: string;
  readonly clusterArn: string;
  readonly taskDefinitionArn: string;
  readonly startedBy: string;
  readonly profile: VersionProfile;
  readonly ip: string;
  readonly containerName: string;
  lastStatus: TaskStatus;
  desiredStatus: 'RUNNING' | 'STOPPED';
  readonly createdAt: number;
  startedAt?: number;
  stoppingAt?: number;
  stoppedAt?: number;
  stoppedReason?: string;
  stopCode?: string;
  exitCode?: number;
  exitReason?: string;
  /** Crashed: the process is gone even if ECS has not noticed yet. */
  crashed: boolean;
  /** Target groups it is registered in, and whether each sees it healthy. */
  readonly targets: Map<string, 'initial' | 'healthy' | 'unhealthy' | 'draining'>;
  /** It was healthy in every target group at least once (it "ran"). */
  everHealthy: boolean;
}

export interface SimServiceEvent {
  readonly id: string;
  readonly at: number;
  readonly message: string;
}

export interface SimService {
  readonly arn: string;
  readonly name: string;
  readonly clusterArn: string;
  readonly key: string;
  desiredCount: number;
  taskDefinition: string;
  deploymentConfiguration: DeploymentConfiguration;
  readonly deploymentController: 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL';
  loadBalancers: LoadBalancer[];
  readonly healthCheckGracePeriodSeconds: number;
  readonly tags: Map<string, string>;
  /** Newest last here; DescribeServices shows the newest 100, newest first. */
  readonly events: SimServiceEvent[];
  /** PRIMARY first. */
  deployments: SimDeployment[];
  /** The revision of the last deployment that completed: where ECS rolls back to. */
  lastCompleted: string;
  /** Native strategies: the target group of each load balancer that carries production now. */
  readonly liveTargetGroup: Map<number, string>;
  readonly createdAt: number;
  currentServiceDeployment?: string;
}
