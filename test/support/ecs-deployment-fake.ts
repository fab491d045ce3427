/**
 * A faithful fake of ECS's native (BLUE_GREEN, LINEAR, CANARY) service-deployment lifecycle on top
 * of aws-sdk-client-mock, because moto implements none of it (see ../shared/testbed.md).
 *
 * UpdateService with a new revision starts a service deployment that walks the documented stages
 * (PRE_SCALE_UP → SCALE_UP → POST_SCALE_UP → TEST_TRAFFIC_SHIFT → POST_TEST_TRAFFIC_SHIFT →
 * [PRE_PRODUCTION_TRAFFIC_SHIFT → PRODUCTION_TRAFFIC_SHIFT (+ step bake)] per step →
 * POST_PRODUCTION_TRAFFIC_SHIFT → BAKE_TIME → CLEAN_UP) on the test's manual clock. It pauses at
 * each stage named by a PAUSE hook (status AWAITING_ACTION, expiresAt from its
 * timeoutConfiguration) until ContinueServiceDeployment CONTINUE or ROLLBACK, takes the timeout
 * action when the hook expires, rolls back when a deployment alarm goes into ALARM, and honours
 * StopServiceDeployment ROLLBACK. State is computed lazily from the clock at every call, and every
 * call is kept in `calls` with the clock time it was made at. Shapes and field names follow the
 * @aws-sdk/client-ecs types (ServiceDeployment, DeploymentLifecycleHookDetail, ...).
 */
import {
  ConflictException,
  ContinueServiceDeploymentCommand,
  DeregisterTaskDefinitionCommand,
  DescribeServiceDeploymentsCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  InvalidParameterException,
  ListServiceDeploymentsCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  ServiceDeploymentNotFoundException,
  StopServiceDeploymentCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type ContainerDefinition,
  type DeploymentConfiguration,
  type DeploymentLifecycleHookDetail,
  type ECSClient,
  type LoadBalancer,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type ServiceDeployment,
  type ServiceDeploymentLifecycleStage,
  type ServiceDeploymentStatus,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import type { ManualClock } from './manual-clock.js';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const CLUSTER = 'trading-prod';
export const SERVICE = 'order-router';
export const FAMILY = 'order-router';
const CLUSTER_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`;
const SERVICE_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${SERVICE}`;

export function revisionArn(revision: number): string {
  return `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${FAMILY}:${revision}`;
}

/** A load balancer set up for blue/green, as ECS needs it. */
export const BLUE_GREEN_LOAD_BALANCER: LoadBalancer = {
  targetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/router-blue/1a2b3c4d5e6f7a8b`,
  containerName: 'router',
  containerPort: 8080,
  advancedConfiguration: {
    alternateTargetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/router-green/8b7a6f5e4d3c2b1a`,
    productionListenerRule: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener-rule/app/trading/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`,
    testListenerRule: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener-rule/app/trading/50dc6c495c0c9188/3b5c4e7a2f1d9c80/1c2d3e4f5a6b7c8d`,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/ecs-infrastructure-load-balancers`,
  },
};

export interface FakeOptions {
  readonly loadBalancers?: LoadBalancer[];
  readonly deploymentController?: 'ECS' | 'CODE_DEPLOY' | 'EXTERNAL';
  readonly deploymentConfiguration?: DeploymentConfiguration;
  /** Seconds each ordinary stage takes (default 30). */
  readonly stageSeconds?: number;
  /** Seconds SCALE_UP takes (default 90). */
  readonly scaleUpSeconds?: number;
  /** Seconds from ROLLBACK_IN_PROGRESS to ROLLBACK_SUCCESSFUL (default 60). */
  readonly rollbackSeconds?: number;
}

export interface FakeCall {
  readonly at: number;
  readonly command: string;
  readonly input: Record<string, unknown>;
}

interface Phase {
  readonly stage: string;
  readonly seconds: number;
  /** The production / test weight of the new revision once this phase has run. */
  readonly production?: number;
  readonly test?: number;
}

interface Deployment {
  readonly arn: string;
  readonly createdAt: number;
  readonly sourceRevision: string;
  readonly targetRevision: string;
  readonly configuration: DeploymentConfiguration;
  readonly phases: Phase[];
  phase: number;
  /** When the current phase's work started (after its pause, if any). */
  phaseStartedAt: number;
  paused?: { hookId: string; expiresAt: number; timeoutAction: 'CONTINUE' | 'ROLLBACK' };
  hooks: DeploymentLifecycleHookDetail[];
  status: ServiceDeploymentStatus;
  statusReason?: string;
  production: number;
  test: number;
  rollback?: { reason: string; startedAt: number; inProgressAt: number; doneAt: number };
  triggeredAlarms: string[];
  updatedAt: number;
  finishedAt?: number;
}

let hookCounter = 0;

/**
 * Installs itself on an ECSClient mock: DescribeServices, DescribeTaskDefinition,
 * RegisterTaskDefinition, DeregisterTaskDefinition, UpdateService, DescribeServiceDeployments,
 * ListServiceDeployments, ContinueServiceDeployment, StopServiceDeployment, TagResource,
 * UntagResource.
 */
export class EcsDeploymentFake {
  readonly calls: FakeCall[] = [];
  readonly deployments: Deployment[] = [];
  /** Alarm name → the clock time it goes into ALARM. */
  private readonly alarmAt = new Map<string, number>();
  private revisions = 1;
  /** The containers each registered revision was given (revision 1 runs 1.0.0). */
  private readonly containers = new Map<number, ContainerDefinition[]>();
  private serviceRevision = revisionArn(1);
  private configuration: DeploymentConfiguration;
  private tags: Record<string, string> = {};
  private readonly stageMs: number;
  private readonly scaleUpMs: number;
  private readonly rollbackMs: number;

  constructor(
    private readonly mock: AwsClientStub<ECSClient>,
    private readonly clock: ManualClock,
    private readonly options: FakeOptions = {},
  ) {
    this.configuration = options.deploymentConfiguration ?? {
      strategy: 'ROLLING',
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      deploymentCircuitBreaker: { enable: true, rollback: true },
    };
    this.stageMs = (options.stageSeconds ?? 30) * 1000;
    this.scaleUpMs = (options.scaleUpSeconds ?? 90) * 1000;
    this.rollbackMs = (options.rollbackSeconds ?? 60) * 1000;
    this.install();
  }

  /** The alarm goes into ALARM at this clock time (now when omitted). */
  fireAlarm(name: string, at = this.clock.now()): void {
    this.alarmAt.set(name, at);
  }

  /** The latest service deployment, advanced to the clock's time. */
  latest(): Deployment | undefined {
    this.advanceAll();
    return this.deployments[this.deployments.length - 1];
  }

  /** The commands called, in order, by name. */
  commands(): string[] {
    return this.calls.map((c) => c.command);
  }

  get serviceConfiguration(): DeploymentConfiguration {
    return this.configuration;
  }

  get currentRevision(): string {
    this.advanceAll();
    return this.serviceRevision;
  }

  private install(): void {
    const on = <I extends object>(command: new (input: I) => unknown, name: string, handler: (input: I) => unknown) => {
      // aws-sdk-client-mock's typing of `on` is generic over every command; one cast keeps the table readable.
      (this.mock.on as (c: unknown) => { callsFake: (f: (input: I) => unknown) => void })(command).callsFake(
        (input: I) => {
          this.calls.push({ at: this.clock.now(), command: name, input: input as Record<string, unknown> });
          this.advanceAll();
          return handler(input);
        },
      );
    };
    on(DescribeServicesCommand, 'DescribeServices', () => ({ services: [this.service()], failures: [] }));
    on(DescribeTaskDefinitionCommand, 'DescribeTaskDefinition', (input: { taskDefinition?: string }) => {
      const ref = input.taskDefinition ?? '';
      const revision = Number(ref.split(':').pop());
      if (!Number.isInteger(revision) || revision < 1 || revision > this.revisions) {
        throw new InvalidParameterException({ message: 'Unable to describe task definition.', $metadata: {} });
      }
      return {
        taskDefinition: {
          taskDefinitionArn: revisionArn(revision),
          family: FAMILY,
          revision,
          status: 'ACTIVE',
          containerDefinitions: this.containers.get(revision) ?? [
            { name: 'router', image: 'registry.example/order-router:1.0.0', memory: 512 },
          ],
        },
        tags: [],
      };
    });
    on(RegisterTaskDefinitionCommand, 'RegisterTaskDefinition', (input: RegisterTaskDefinitionCommandInput) => {
      this.revisions += 1;
      if (input.containerDefinitions) this.containers.set(this.revisions, input.containerDefinitions);
      return {
        taskDefinition: {
          ...input,
          taskDefinitionArn: revisionArn(this.revisions),
          revision: this.revisions,
          status: 'ACTIVE',
        },
      };
    });
    on(DeregisterTaskDefinitionCommand, 'DeregisterTaskDefinition', () => ({}));
    // ListTaskDefinitions: oldest first unless `sort: DESC` (ECS API reference); one page here.
    on(ListTaskDefinitionsCommand, 'ListTaskDefinitions', (input: { sort?: string }) => {
      const arns = Array.from({ length: this.revisions }, (_, i) => revisionArn(i + 1));
      return { taskDefinitionArns: input.sort === 'DESC' ? arns.reverse() : arns };
    });
    on(UpdateServiceCommand, 'UpdateService', (input: UpdateServiceCommandInput) => this.updateService(input));
    on(
      DescribeServiceDeploymentsCommand,
      'DescribeServiceDeployments',
      (input: { serviceDeploymentArns?: string[] }) => {
        const found = this.deployments.filter((d) => input.serviceDeploymentArns?.includes(d.arn));
        return {
          serviceDeployments: found.map((d) => this.describe(d)),
          failures: (input.serviceDeploymentArns ?? [])
            .filter((arn) => !found.some((d) => d.arn === arn))
            .map((arn) => ({ arn, reason: 'MISSING' })),
        };
      },
    );
    on(ListServiceDeploymentsCommand, 'ListServiceDeployments', (input: { status?: string[] }) => ({
      serviceDeployments: [...this.deployments]
        .reverse()
        .filter((d) => !input.status || input.status.includes(d.status))
        .map((d) => ({
          serviceDeploymentArn: d.arn,
          serviceArn: SERVICE_ARN,
          clusterArn: CLUSTER_ARN,
          createdAt: new Date(d.createdAt),
          startedAt: new Date(d.createdAt),
          targetServiceRevisionArn: `${SERVICE_ARN.replace(':service/', ':service-revision/')}/${d.createdAt}`,
          status: d.status,
          statusReason: d.statusReason,
        })),
    }));
    on(
      ContinueServiceDeploymentCommand,
      'ContinueServiceDeployment',
      (input: { serviceDeploymentArn?: string; hookId?: string; action?: string }) => this.continueDeployment(input),
    );
    on(
      StopServiceDeploymentCommand,
      'StopServiceDeployment',
      (input: { serviceDeploymentArn?: string; stopType?: string }) => {
        const d = this.find(input.serviceDeploymentArn);
        if (d.status !== 'IN_PROGRESS' && d.status !== 'PENDING') {
          throw new ConflictException({
            message: `The service deployment is ${d.status} and cannot be stopped.`,
            $metadata: {},
          });
        }
        this.startRollback(
          d,
          this.clock.now(),
          'Service deployment rolled back because of StopServiceDeployment request.',
        );
        return { serviceDeploymentArn: d.arn };
      },
    );
    on(TagResourceCommand, 'TagResource', (input: { tags?: { key?: string; value?: string }[] }) => {
      for (const tag of input.tags ?? []) this.tags[tag.key ?? ''] = tag.value ?? '';
      return {};
    });
    on(UntagResourceCommand, 'UntagResource', (input: { tagKeys?: string[] }) => {
      for (const key of input.tagKeys ?? []) delete this.tags[key];
      return {};
    });
  }

  private service(): Service {
    const current = this.deployments[this.deployments.length - 1];
    return {
      serviceArn: SERVICE_ARN,
      serviceName: SERVICE,
      clusterArn: CLUSTER_ARN,
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 2,
      pendingCount: 0,
      taskDefinition: this.serviceRevision,
      loadBalancers: this.options.loadBalancers ?? [BLUE_GREEN_LOAD_BALANCER],
      deploymentConfiguration: this.configuration,
      deploymentController: { type: this.options.deploymentController ?? 'ECS' },
      deployments: [
        {
          id: `ecs-svc/${1000 + this.deployments.length}`,
          status: 'PRIMARY',
          taskDefinition: this.serviceRevision,
          desiredCount: 2,
          runningCount: 2,
          pendingCount: 0,
          failedTasks: 0,
        },
      ],
      events: [],
      tags: Object.entries(this.tags).map(([key, value]) => ({ key, value })),
      currentServiceDeployment: current?.arn,
    };
  }

  private updateService(input: UpdateServiceCommandInput): { service: Service } {
    const configuration = input.deploymentConfiguration;
    if (configuration) {
      validateConfiguration(configuration, this.options.loadBalancers ?? [BLUE_GREEN_LOAD_BALANCER]);
      this.configuration = configuration;
    }
    const target = input.taskDefinition;
    if (target && target !== this.serviceRevision) {
      const running = this.deployments.find((d) => d.status === 'IN_PROGRESS' || d.status === 'PENDING');
      if (running) {
        throw new InvalidParameterException({ message: 'A service deployment is already in progress.', $metadata: {} });
      }
      const now = this.clock.now();
      const d: Deployment = {
        arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-deployment/${CLUSTER}/${SERVICE}/${(now / 1000).toString(36)}${this.deployments.length}`,
        createdAt: now,
        sourceRevision: this.serviceRevision,
        targetRevision: target,
        configuration: this.configuration,
        phases: this.phases(this.configuration),
        phase: -1,
        phaseStartedAt: now,
        hooks: [],
        status: 'PENDING',
        production: 0,
        test: 0,
        triggeredAlarms: [],
        updatedAt: now,
      };
      this.deployments.push(d);
      this.serviceRevision = target;
      this.enterPhase(d, 0, now);
    }
    return { service: this.service() };
  }

  /** The stages of one deployment with the configuration it started with. */
  private phases(configuration: DeploymentConfiguration): Phase[] {
    const stage = this.stageMs / 1000;
    const phases: Phase[] = [
      { stage: 'PRE_SCALE_UP', seconds: stage },
      { stage: 'SCALE_UP', seconds: this.scaleUpMs / 1000 },
      { stage: 'POST_SCALE_UP', seconds: stage },
      { stage: 'TEST_TRAFFIC_SHIFT', seconds: stage, test: 100 },
      { stage: 'POST_TEST_TRAFFIC_SHIFT', seconds: stage },
    ];
    let weights: number[] = [100];
    let stepBake = 0;
    if (configuration.strategy === 'LINEAR') {
      const step = configuration.linearConfiguration?.stepPercent ?? 10;
      weights = [];
      for (let w = step; w < 100 - 1e-9; w += step) weights.push(Math.round(w * 10) / 10);
      weights.push(100);
      stepBake = configuration.linearConfiguration?.stepBakeTimeInMinutes ?? 6;
    } else if (configuration.strategy === 'CANARY') {
      const canary = configuration.canaryConfiguration?.canaryPercent ?? 5;
      weights = canary >= 100 ? [100] : [canary, 100];
      stepBake = configuration.canaryConfiguration?.canaryBakeTimeInMinutes ?? 10;
    }
    weights.forEach((w, i) => {
      phases.push({ stage: 'PRE_PRODUCTION_TRAFFIC_SHIFT', seconds: stage });
      const last = i === weights.length - 1;
      phases.push({ stage: 'PRODUCTION_TRAFFIC_SHIFT', seconds: stage + (last ? 0 : stepBake * 60), production: w });
    });
    phases.push(
      { stage: 'POST_PRODUCTION_TRAFFIC_SHIFT', seconds: stage },
      { stage: 'BAKE_TIME', seconds: (configuration.bakeTimeInMinutes ?? 0) * 60 },
      { stage: 'CLEAN_UP', seconds: stage },
    );
    return phases;
  }

  private enterPhase(d: Deployment, index: number, at: number): void {
    d.phase = index;
    d.phaseStartedAt = at;
    d.updatedAt = at;
    d.status = 'IN_PROGRESS';
    const phase = d.phases[index];
    if (!phase) return;
    const hook = (d.configuration.lifecycleHooks ?? []).find(
      (h) => h.targetType === 'PAUSE' && (h.lifecycleStages as string[] | undefined)?.includes(phase.stage),
    );
    if (hook) {
      hookCounter += 1;
      const hookId = `hook-${hookCounter.toString().padStart(4, '0')}`;
      const expiresAt = at + (hook.timeoutConfiguration?.timeoutInMinutes ?? 1440) * 60_000;
      const timeoutAction = hook.timeoutConfiguration?.action ?? 'ROLLBACK';
      d.paused = { hookId, expiresAt, timeoutAction };
      d.hooks.push({
        hookId,
        targetType: 'PAUSE',
        status: 'AWAITING_ACTION',
        expiresAt: new Date(expiresAt),
        timeoutAction,
      });
    }
  }

  private advanceAll(): void {
    for (const d of this.deployments) this.advance(d, this.clock.now());
  }

  /** Plays every event up to `now`, oldest first. */
  private advance(d: Deployment, now: number): void {
    for (;;) {
      if (d.rollback) {
        if (d.status === 'ROLLBACK_REQUESTED' && now >= d.rollback.inProgressAt) {
          d.status = 'ROLLBACK_IN_PROGRESS';
          d.updatedAt = d.rollback.inProgressAt;
          continue;
        }
        if (d.status === 'ROLLBACK_IN_PROGRESS' && now >= d.rollback.doneAt) {
          d.status = 'ROLLBACK_SUCCESSFUL';
          d.production = 0;
          d.test = 0;
          d.updatedAt = d.rollback.doneAt;
          d.finishedAt = d.rollback.doneAt;
          this.serviceRevision = d.sourceRevision;
        }
        return;
      }
      if (d.status !== 'IN_PROGRESS' && d.status !== 'PENDING') return;
      const phase = d.phases[d.phase];
      const alarm = this.firstAlarm(d, now);
      const phaseEnd = d.paused ? d.paused.expiresAt : d.phaseStartedAt + (phase?.seconds ?? 0) * 1000;
      if (alarm && alarm.at <= phaseEnd) {
        d.triggeredAlarms.push(alarm.name);
        this.startRollback(d, alarm.at, `Service deployment rolled back because alarm ${alarm.name} was triggered.`);
        continue;
      }
      if (phaseEnd > now) return;
      if (d.paused) {
        const hook = d.hooks.find((h) => h.hookId === d.paused?.hookId);
        if (hook) hook.status = 'TIMED_OUT';
        const { timeoutAction, expiresAt } = d.paused;
        d.paused = undefined;
        if (timeoutAction === 'ROLLBACK') {
          this.startRollback(d, expiresAt, 'Service deployment rolled back because a lifecycle hook timed out.');
        } else {
          d.phaseStartedAt = expiresAt;
        }
        continue;
      }
      if (phase?.production !== undefined) d.production = phase.production;
      if (phase?.test !== undefined) d.test = phase.test;
      if (d.phase + 1 >= d.phases.length) {
        d.status = 'SUCCESSFUL';
        d.finishedAt = phaseEnd;
        d.updatedAt = phaseEnd;
        d.statusReason = undefined;
        return;
      }
      this.enterPhase(d, d.phase + 1, phaseEnd);
    }
  }

  /** The first configured deployment alarm to fire while the deployment runs. */
  private firstAlarm(d: Deployment, now: number): { name: string; at: number } | undefined {
    const alarms = d.configuration.alarms;
    if (!alarms?.enable || !alarms.rollback) return undefined;
    let first: { name: string; at: number } | undefined;
    for (const name of alarms.alarmNames ?? []) {
      const at = this.alarmAt.get(name);
      if (at === undefined || at > now) continue;
      const effective = Math.max(at, d.createdAt);
      if (!first || effective < first.at) first = { name, at: effective };
    }
    return first;
  }

  private startRollback(d: Deployment, at: number, reason: string): void {
    d.status = 'ROLLBACK_REQUESTED';
    d.statusReason = reason;
    d.updatedAt = at;
    d.paused = undefined;
    d.rollback = { reason, startedAt: at, inProgressAt: at + 5_000, doneAt: at + 5_000 + this.rollbackMs };
  }

  private continueDeployment(input: { serviceDeploymentArn?: string; hookId?: string; action?: string }): {
    serviceDeploymentArn: string;
  } {
    const d = this.find(input.serviceDeploymentArn);
    if (!d.paused || d.paused.hookId !== input.hookId) {
      throw new InvalidParameterException({
        message: `Lifecycle hook ${input.hookId ?? ''} is not awaiting action.`,
        $metadata: {},
      });
    }
    const hook = d.hooks.find((h) => h.hookId === input.hookId);
    const now = this.clock.now();
    d.paused = undefined;
    if (input.action === 'ROLLBACK') {
      if (hook) hook.status = 'FAILED';
      this.startRollback(d, now, 'Service deployment rolled back because of ContinueServiceDeployment ROLLBACK.');
    } else {
      if (hook) hook.status = 'SUCCEEDED';
      d.phaseStartedAt = now;
      d.updatedAt = now;
    }
    return { serviceDeploymentArn: d.arn };
  }

  private find(arn: string | undefined): Deployment {
    const d = this.deployments.find((x) => x.arn === arn);
    if (!d) throw new ServiceDeploymentNotFoundException({ message: `${arn ?? ''} not found`, $metadata: {} });
    return d;
  }

  private describe(d: Deployment): ServiceDeployment {
    const rolledBack = d.status.startsWith('ROLLBACK');
    const revisionBase = SERVICE_ARN.replace(':service/', ':service-revision/');
    return {
      serviceDeploymentArn: d.arn,
      serviceArn: SERVICE_ARN,
      clusterArn: CLUSTER_ARN,
      createdAt: new Date(d.createdAt),
      startedAt: new Date(d.createdAt),
      updatedAt: new Date(d.updatedAt),
      finishedAt: d.finishedAt === undefined ? undefined : new Date(d.finishedAt),
      sourceServiceRevisions: [
        {
          arn: `${revisionBase}/source-${d.createdAt}`,
          requestedTaskCount: 2,
          runningTaskCount: 2,
          pendingTaskCount: 0,
          requestedProductionTrafficWeight: 100 - d.production,
          requestedTestTrafficWeight: 100 - d.test,
        },
      ],
      targetServiceRevision: {
        arn: `${revisionBase}/target-${d.createdAt}`,
        requestedTaskCount: 2,
        runningTaskCount: d.phase >= 2 ? 2 : 0,
        pendingTaskCount: d.phase === 1 ? 2 : 0,
        requestedProductionTrafficWeight: d.production,
        requestedTestTrafficWeight: d.test,
      },
      status: d.status,
      statusReason: d.statusReason,
      // ECS documents PRE_PRODUCTION_TRAFFIC_SHIFT as a stage the SDK's enum does not list yet.
      lifecycleStage: d.phases[d.phase]?.stage as ServiceDeploymentLifecycleStage,
      lifecycleHookDetails: d.hooks.map((h) => ({ ...h })),
      deploymentConfiguration: d.configuration,
      rollback: d.rollback
        ? {
            reason: d.rollback.reason,
            startedAt: new Date(d.rollback.startedAt),
            serviceRevisionArn: `${revisionBase}/source-${d.createdAt}`,
          }
        : undefined,
      deploymentCircuitBreaker: { status: 'MONITORING', failureCount: 0, threshold: 3 },
      alarms: d.configuration.alarms?.enable
        ? {
            status: d.triggeredAlarms.length > 0 ? 'TRIGGERED' : rolledBack ? 'MONITORING_COMPLETE' : 'MONITORING',
            alarmNames: d.configuration.alarms.alarmNames,
            triggeredAlarmNames: d.triggeredAlarms,
          }
        : { status: 'DISABLED' },
    };
  }
}

/** The checks ECS makes on UpdateService that matter to these tests. */
function validateConfiguration(configuration: DeploymentConfiguration, loadBalancers: LoadBalancer[]): void {
  const invalid = (message: string): never => {
    throw new InvalidParameterException({ message, $metadata: {} });
  };
  const native = configuration.strategy && configuration.strategy !== 'ROLLING';
  if (native && !loadBalancers.every((lb) => lb.advancedConfiguration?.alternateTargetGroupArn)) {
    invalid('advancedConfiguration is required for each load balancer when the deployment strategy is not ROLLING.');
  }
  if (configuration.strategy === 'BLUE_GREEN' && configuration.bakeTimeInMinutes === undefined) {
    invalid('bakeTimeInMinutes is required for BLUE_GREEN.');
  }
  const step = configuration.linearConfiguration?.stepPercent;
  if (step !== undefined && (step < 3 || step > 100)) invalid('stepPercent must be between 3.0 and 100.0.');
  const canary = configuration.canaryConfiguration?.canaryPercent;
  if (canary !== undefined && (canary < 0.1 || canary > 100)) invalid('canaryPercent must be between 0.1 and 100.0.');
  for (const hook of configuration.lifecycleHooks ?? []) {
    if (hook.targetType !== 'PAUSE') continue;
    const stages = hook.lifecycleStages ?? [];
    if (stages.includes('TEST_TRAFFIC_SHIFT') || stages.includes('PRODUCTION_TRAFFIC_SHIFT')) {
      invalid('PAUSE hooks cannot be configured at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT.');
    }
    const minutes = hook.timeoutConfiguration?.timeoutInMinutes;
    if (minutes !== undefined && (minutes < 1 || minutes > 1440))
      invalid('timeoutInMinutes must be between 1 and 1440.');
  }
}
