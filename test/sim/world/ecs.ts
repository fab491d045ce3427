/**
 * Amazon ECS in the simulated world: task definitions, services and their tasks, the service
 * scheduler's rolling deployments with the deployment circuit breaker, service events, and the
 * API the actions call. Native blue/green, linear and canary service deployments live in
 * ecs-native.ts and use the tasks and targets kept here.
 *
 * Followed documents:
 * - Rolling updates within minimumHealthyPercent and maximumPercent; a deployment is COMPLETED
 *   when the service is steady on it:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html
 * - Deployment.failedTasks counts consecutively failed tasks (a healthy task resets it); the
 *   circuit breaker fails the deployment at max(3, min(200, 0.5 × desired count)) and, with
 *   rollback, returns to the last deployment that completed:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html
 * - Deployment alarms fail the deployment and roll back when an alarm goes into ALARM:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html
 * - Tasks registered with a load balancer are stopped when they fail its health checks (after
 *   healthCheckGracePeriodSeconds), and deregistered (draining) before they stop:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/load-balancer-healthcheck.html
 * - The ECS API is eventually consistent: a read right after a write may not show it:
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html
 * - Stopped tasks stay visible to ListTasks / DescribeTasks for at least an hour:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stopped-task-errors.html
 */
import type {
  ContainerDefinition,
  DeploymentConfiguration,
  LoadBalancer,
  RegisterTaskDefinitionCommandInput,
  Service,
  Tag,
} from '@aws-sdk/client-ecs';
import { awsError } from '../errors.js';
import { ACCOUNT, REGION, type WorldContext } from './context.js';
import type { CloudWatchWorld } from './cloudwatch.js';
import type { ElbWorld, TargetBehaviour } from './elb.js';
import type { SimDeployment, SimService, SimTask, SimTaskDefinition } from './ecs-state.js';
import { NativeDeployments } from './ecs-native.js';
import { HEALTHY, type VersionProfile } from './versions.js';

export interface EcsOptions {
  /** How far behind writes a read of a service may be (the API is eventually consistent). */
  readonly readLagMs: number;
}

const EVENTS_SHOWN = 100;
/** The Fargate platform version LATEST resolves to, as deployments report it. */
const FARGATE_PLATFORM_VERSION = '1.4.0';
/** Every simulated service runs awsvpc tasks in two private subnets (the ids are the simulation's). */
const NETWORK_CONFIGURATION = {
  awsvpcConfiguration: {
    subnets: ['subnet-0sim0a', 'subnet-0sim0b'],
    securityGroups: ['sg-0sim'],
    assignPublicIp: 'DISABLED' as const,
  },
};
const STOPPED_VISIBLE_MS = 60 * 60_000;
/** How long a task without a load balancer takes to stop after SIGTERM (its stopTimeout at most). */
const STOP_SECONDS = 5;

export class EcsWorld {
  readonly taskDefinitions = new Map<string, SimTaskDefinition>();
  readonly services = new Map<string, SimService>();
  readonly tasks = new Map<string, SimTask>();
  readonly native: NativeDeployments;
  private readonly clusters = new Set<string>();
  private readonly families = new Map<string, number>();
  /** Image → how its tasks behave; unknown images are healthy. */
  private readonly versions = new Map<string, VersionProfile>();
  /** Images whose running tasks changed behaviour mid-run (see degrade). */
  private readonly answering = new Map<string, VersionProfile>();
  private readonly history = new Map<string, { at: number; snapshot: Service }[]>();
  private readonly reconcileDue = new Set<string>();
  private deploymentCounter = 0;
  private ipCounter = 0;

  constructor(
    private readonly ctx: WorldContext,
    private readonly elb: ElbWorld,
    private readonly cloudwatch: CloudWatchWorld,
    private readonly options: EcsOptions,
  ) {
    this.native = new NativeDeployments(ctx, elb, this, () => options.readLagMs);
    cloudwatch.onAlarmChange((alarm, state, reason) => {
      if (state === 'ALARM') this.alarmFired(alarm, reason);
    });
  }

  // ---- Arranging the world.

  setVersion(image: string, profile: VersionProfile): void {
    this.versions.set(image, profile);
  }

  /**
   * From now on, tasks of this image already running answer requests as `profile` says (a fault
   * that starts mid-rollout: a venue's new message format, a leak that builds up). World.degrade
   * counts the traffic so far at the old rates first.
   */
  degrade(image: string, profile: VersionProfile): void {
    this.versions.set(image, profile);
    this.answering.set(image, profile);
  }

  createCluster(name: string): string {
    const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${name}`;
    this.clusters.add(arn);
    return arn;
  }

  register(input: RegisterTaskDefinitionCommandInput, tags: readonly Tag[] = []): string {
    const family = input.family ?? '';
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(family)) {
      throw awsError('ecs', 'ClientException', `Family '${family}' is not valid.`);
    }
    if (!input.containerDefinitions?.length) {
      throw awsError('ecs', 'ClientException', 'Container definitions cannot be empty.');
    }
    const revision = (this.families.get(family) ?? 0) + 1;
    this.families.set(family, revision);
    const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`;
    this.taskDefinitions.set(arn, {
      arn,
      family,
      revision,
      status: 'ACTIVE',
      input,
      containers: input.containerDefinitions,
      tags,
      registeredAt: this.ctx.now(),
    });
    return arn;
  }

  /**
   * A service already running `taskDefinition` at `desiredCount`, its tasks healthy in their
   * target groups (as a team's service is before anyone deploys).
   */
  createService(options: {
    cluster: string;
    name: string;
    taskDefinition: string;
    desiredCount: number;
    loadBalancers?: LoadBalancer[];
    deploymentConfiguration?: DeploymentConfiguration;
    healthCheckGracePeriodSeconds?: number;
  }): SimService {
    const clusterArn = this.clusterArn(options.cluster);
    const key = `${clusterArn}/${options.name}`;
    const now = this.ctx.now();
    const deployment = this.newDeployment(options.taskDefinition, this.primaryGroups(options.loadBalancers ?? []));
    deployment.rolloutState = 'COMPLETED';
    const service: SimService = {
      arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${options.cluster}/${options.name}`,
      name: options.name,
      clusterArn,
      key,
      desiredCount: options.desiredCount,
      taskDefinition: options.taskDefinition,
      deploymentConfiguration: options.deploymentConfiguration ?? {
        maximumPercent: 200,
        minimumHealthyPercent: 100,
        deploymentCircuitBreaker: { enable: true, rollback: true },
        strategy: 'ROLLING',
      },
      deploymentController: 'ECS',
      loadBalancers: options.loadBalancers ?? [],
      healthCheckGracePeriodSeconds: options.healthCheckGracePeriodSeconds ?? 0,
      tags: new Map(),
      events: [],
      deployments: [deployment],
      lastCompleted: options.taskDefinition,
      liveTargetGroup: new Map((options.loadBalancers ?? []).map((lb, i) => [i, lb.targetGroupArn ?? ''])),
      createdAt: now,
    };
    this.services.set(key, service);
    // Already running: tasks started and healthy before the story begins.
    for (let i = 0; i < options.desiredCount; i++) this.launch(service, deployment, { alreadyHealthy: true });
    this.changed(service);
    return service;
  }

  /** Scales a service (what a person or auto scaling does, outside any rollout). */
  primaryGroups(loadBalancers: readonly LoadBalancer[]): string[] {
    return loadBalancers.map((lb) => lb.targetGroupArn ?? '').filter((arn) => arn !== '');
  }

  // ---- Deployments and tasks.

  newDeployment(taskDefinition: string, targetGroups: readonly string[]): SimDeployment {
    this.deploymentCounter += 1;
    const now = this.ctx.now();
    return {
      id: `ecs-svc/${(7_000_000_000_000_000_000n + BigInt(this.deploymentCounter)).toString()}`,
      status: 'PRIMARY',
      taskDefinition,
      failedTasks: 0,
      rolloutState: 'IN_PROGRESS',
      createdAt: now,
      updatedAt: now,
      targetGroups,
      nextLaunchAt: now,
      consecutiveFailures: 0,
    };
  }

  tasksOf(deployment: SimDeployment): SimTask[] {
    return [...this.tasks.values()].filter((t) => t.startedBy === deployment.id);
  }

  /** Tasks the scheduler counts on: wanted running and not being stopped. */
  liveTasks(deployment: SimDeployment): SimTask[] {
    return this.tasksOf(deployment).filter((t) => t.desiredStatus === 'RUNNING');
  }

  healthyTasks(deployment: SimDeployment): SimTask[] {
    return this.liveTasks(deployment).filter((t) => this.isHealthy(t));
  }

  isHealthy(task: SimTask): boolean {
    if (task.lastStatus !== 'RUNNING' || task.crashed) return false;
    return [...task.targets.values()].every((state) => state === 'healthy');
  }

  /** Starts one task of a deployment. */
  launch(service: SimService, deployment: SimDeployment, options: { alreadyHealthy?: boolean } = {}): SimTask {
    const definition = this.taskDefinitions.get(deployment.taskDefinition);
    const container = definition?.containers[0];
    const profile = this.profileOf(definition?.containers ?? []);
    this.ipCounter += 1;
    const now = this.ctx.now();
    const id = this.ctx.hexId(32);
    const task: SimTask = {
      arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task/${service.clusterArn.split('/').pop() ?? ''}/${id}`,
      serviceKey: service.key,
      clusterArn: service.clusterArn,
      taskDefinitionArn: deployment.taskDefinition,
      startedBy: deployment.id,
      profile,
      ip: `10.0.${Math.floor(this.ipCounter / 250)}.${(this.ipCounter % 250) + 2}`,
      containerName: container?.name ?? 'app',
      lastStatus: 'PROVISIONING',
      desiredStatus: 'RUNNING',
      createdAt: now,
      crashed: false,
      targets: new Map(),
      everHealthy: false,
    };
    this.tasks.set(task.arn, task);
    if (options.alreadyHealthy) {
      task.lastStatus = 'RUNNING';
      task.startedAt = now;
      task.everHealthy = true;
      this.registerTargets(service, deployment, task, true);
      return task;
    }
    this.event(service, `(service ${service.name}) has started 1 tasks: (task ${id}).`);
    this.ctx.scheduler.after(this.ctx.between(3_000, 10_000), () => this.pending(service, deployment, task));
    return task;
  }

  private pending(service: SimService, deployment: SimDeployment, task: SimTask): void {
    if (task.desiredStatus === 'STOPPED') return this.finishStop(service, task);
    task.lastStatus = 'PENDING';
    this.changed(service);
    const [min, max] = task.profile.startSeconds;
    this.ctx.scheduler.after(this.ctx.between(min, max) * 1000, () => this.running(service, deployment, task));
  }

  private running(service: SimService, deployment: SimDeployment, task: SimTask): void {
    if (task.desiredStatus === 'STOPPED') return this.finishStop(service, task);
    if (task.profile.failsToStart) {
      this.failTask(service, deployment, task, {
        stoppedReason: task.profile.failsToStart.reason,
        stopCode: 'TaskFailedToStart',
      });
      return;
    }
    task.lastStatus = 'RUNNING';
    task.startedAt = this.ctx.now();
    this.registerTargets(service, deployment, task, false);
    if (task.profile.crashAfterSeconds !== undefined) {
      this.ctx.scheduler.after(task.profile.crashAfterSeconds * 1000, () => this.crash(service, deployment, task));
    }
    // Without a load balancer a running task is healthy as soon as it runs.
    if (task.targets.size === 0) this.becameHealthy(service, deployment, task);
    this.changed(service);
    this.requestReconcile(service);
  }

  private registerTargets(service: SimService, deployment: SimDeployment, task: SimTask, healthy: boolean): void {
    for (const arn of deployment.targetGroups) {
      const lb = service.loadBalancers.find(
        (l) => l.targetGroupArn === arn || l.advancedConfiguration?.alternateTargetGroupArn === arn,
      );
      task.targets.set(arn, healthy ? 'healthy' : 'initial');
      this.elb.register(arn, {
        id: task.ip,
        port: lb?.containerPort ?? 8080,
        behaviour: this.behaviourOf(task),
        onChange: (state) => this.targetChanged(service, deployment, task, arn, state),
      });
      if (healthy) {
        const target = this.elb.group(arn).targets.get(task.ip);
        if (target) {
          target.state = 'healthy';
          target.reason = undefined;
        }
      } else {
        this.event(service, `(service ${service.name}) registered 1 targets in (target-group ${arn})`);
      }
    }
  }

  private targetChanged(
    service: SimService,
    deployment: SimDeployment,
    task: SimTask,
    targetGroup: string,
    state: 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'removed',
  ): void {
    if (state === 'removed') {
      task.targets.delete(targetGroup);
      if (task.desiredStatus === 'STOPPED' && task.targets.size === 0) this.finishStop(service, task);
      return;
    }
    task.targets.set(targetGroup, state);
    if (state === 'healthy' && this.isHealthy(task)) this.becameHealthy(service, deployment, task);
    if (state === 'unhealthy' && task.desiredStatus === 'RUNNING') {
      const graceEnds = (task.startedAt ?? 0) + service.healthCheckGracePeriodSeconds * 1000;
      const stop = (): void => {
        if (task.desiredStatus !== 'RUNNING' || task.targets.get(targetGroup) !== 'unhealthy') return;
        this.event(
          service,
          `(service ${service.name}) (port ${task.ip}) is unhealthy in (target-group ${targetGroup}) due to (reason Health checks failed).`,
        );
        this.failTask(service, deployment, task, {
          stoppedReason: `Task failed ELB health checks in (target-group ${targetGroup})`,
          stopCode: 'ServiceSchedulerInitiated',
        });
      };
      if (this.ctx.now() >= graceEnds) stop();
      else this.ctx.scheduler.at(graceEnds, stop);
    }
    this.changed(service);
  }

  private becameHealthy(service: SimService, deployment: SimDeployment, task: SimTask): void {
    if (task.everHealthy) return;
    task.everHealthy = true;
    // Deployment.failedTasks counts *consecutive* failures: a healthy task resets it.
    deployment.consecutiveFailures = 0;
    deployment.failedTasks = 0;
    this.changed(service);
    this.requestReconcile(service);
  }

  private crash(service: SimService, deployment: SimDeployment, task: SimTask): void {
    if (task.lastStatus !== 'RUNNING' || task.desiredStatus === 'STOPPED') return;
    task.crashed = true;
    for (const arn of task.targets.keys()) this.elb.probeChanged(arn, task.ip);
    this.failTask(service, deployment, task, {
      stoppedReason: 'Essential container in task exited',
      stopCode: 'EssentialContainerExited',
      exitCode: task.profile.exitCode ?? 1,
      exitReason: task.profile.exitReason,
    });
  }

  /** A task that failed: stopped, counted against its deployment, maybe tripping the circuit breaker. */
  failTask(
    service: SimService,
    deployment: SimDeployment,
    task: SimTask,
    how: { stoppedReason: string; stopCode: string; exitCode?: number; exitReason?: string },
  ): void {
    if (task.desiredStatus === 'STOPPED' && task.lastStatus === 'STOPPED') return;
    task.exitCode = how.exitCode;
    task.exitReason = how.exitReason;
    this.stopTask(service, task, how.stoppedReason, how.stopCode, {
      immediately: task.crashed || how.stopCode === 'TaskFailedToStart',
    });
    deployment.failedTasks += 1;
    deployment.consecutiveFailures += 1;
    deployment.updatedAt = this.ctx.now();
    // ECS throttles launches of a service whose tasks keep failing.
    deployment.nextLaunchAt = this.ctx.now() + Math.min(60_000, 10_000 * deployment.consecutiveFailures);
    this.ctx.scheduler.at(deployment.nextLaunchAt, () => this.requestReconcile(service));
    if (this.native.owns(service, deployment)) this.native.taskFailed(service, deployment);
    else this.checkCircuitBreaker(service, deployment);
    this.changed(service);
    this.requestReconcile(service);
  }

  /** Stops a task: deregistered from its target groups first (draining), then STOPPED. */
  stopTask(
    service: SimService,
    task: SimTask,
    reason: string,
    stopCode: string,
    options: { immediately?: boolean } = {},
  ): void {
    if (task.desiredStatus === 'STOPPED') return;
    task.desiredStatus = 'STOPPED';
    task.stoppedReason = reason;
    task.stopCode = stopCode;
    task.stoppingAt = this.ctx.now();
    if (task.lastStatus === 'RUNNING') {
      task.lastStatus = 'DEACTIVATING';
      const id = task.arn.split('/').pop() ?? '';
      this.event(service, `(service ${service.name}) has stopped 1 running tasks: (task ${id}).`);
    }
    if (task.targets.size > 0) {
      for (const arn of [...task.targets.keys()]) {
        this.elb.deregister(arn, task.ip);
        if (options.immediately) task.targets.delete(arn);
      }
      if (task.targets.size === 0) this.finishStop(service, task);
    } else if (task.lastStatus === 'DEACTIVATING' || options.immediately) {
      this.ctx.scheduler.after(options.immediately ? 0 : STOP_SECONDS * 1000, () => this.finishStop(service, task));
    }
    this.changed(service);
  }

  private finishStop(service: SimService, task: SimTask): void {
    if (task.lastStatus === 'STOPPED') return;
    task.desiredStatus = 'STOPPED';
    task.lastStatus = 'STOPPED';
    task.stoppedAt = this.ctx.now();
    task.stoppedReason ??= 'Scaling activity initiated by (deployment)';
    task.stopCode ??= 'ServiceSchedulerInitiated';
    // A container that ran exits on SIGTERM; one that never started has no exit code.
    if (task.exitCode === undefined && !task.crashed && task.startedAt !== undefined) task.exitCode = 0;
    this.changed(service);
    this.requestReconcile(service);
  }

  private checkCircuitBreaker(service: SimService, deployment: SimDeployment): void {
    const breaker = service.deploymentConfiguration.deploymentCircuitBreaker;
    if (!breaker?.enable || deployment.status !== 'PRIMARY' || deployment.rolloutState !== 'IN_PROGRESS') return;
    if (deployment.failedTasks < circuitBreakerThreshold(service.desiredCount)) return;
    this.failDeployment(
      service,
      deployment,
      'ECS deployment circuit breaker: tasks failed to start.',
      breaker.rollback === true,
    );
  }

  private alarmFired(alarm: string, reason: string): void {
    for (const service of this.services.values()) {
      const alarms = service.deploymentConfiguration.alarms;
      if (!alarms?.enable || !alarms.alarmNames?.includes(alarm)) continue;
      if (this.native.alarmFired(service, alarm, reason)) continue;
      const primary = service.deployments[0];
      if (primary?.rolloutState !== 'IN_PROGRESS') continue;
      this.failDeployment(
        service,
        primary,
        `Failed due to the following triggered alarm: [${alarm}]. ${reason}`,
        alarms.rollback === true,
      );
    }
  }

  /** Marks the rolling deployment FAILED and, with rollback, starts one back to the last completed revision. */
  private failDeployment(service: SimService, deployment: SimDeployment, reason: string, rollback: boolean): void {
    deployment.rolloutState = 'FAILED';
    deployment.rolloutStateReason = reason;
    deployment.updatedAt = this.ctx.now();
    this.event(service, `(service ${service.name}) (deployment ${deployment.id}) deployment failed: ${reason}`);
    if (rollback && service.lastCompleted !== deployment.taskDefinition) {
      const back = this.newDeployment(service.lastCompleted, this.primaryGroups(service.loadBalancers));
      deployment.status = 'ACTIVE';
      for (const other of service.deployments) if (other.status === 'PRIMARY') other.status = 'ACTIVE';
      service.deployments = [back, ...service.deployments];
      service.taskDefinition = service.lastCompleted;
      this.event(service, `(service ${service.name}) rolling back to deployment ${back.id}.`);
    }
    this.changed(service);
    this.requestReconcile(service);
  }

  // ---- The service scheduler.

  /** Reconciles a service once, at this instant, however many things asked for it. */
  requestReconcile(service: SimService): void {
    if (this.reconcileDue.has(service.key)) return;
    this.reconcileDue.add(service.key);
    this.ctx.scheduler.after(0, () => {
      this.reconcileDue.delete(service.key);
      this.reconcile(service);
    });
  }

  private reconcile(service: SimService): void {
    if (this.native.reconcile(service)) return;
    this.reconcileRolling(service);
  }

  /**
   * The rolling policy: start tasks of the PRIMARY deployment up to maximumPercent, stop tasks of
   * the older ones while minimumHealthyPercent stays healthy, replace failed tasks.
   */
  private reconcileRolling(service: SimService): void {
    const [primary, ...older] = service.deployments;
    if (!primary) return;
    const desired = service.desiredCount;
    const config = service.deploymentConfiguration;
    const maxTotal = Math.max(desired, Math.floor((desired * (config.maximumPercent ?? 200)) / 100));
    const minHealthy = Math.ceil((desired * (config.minimumHealthyPercent ?? 100)) / 100);
    const oldLive = older.flatMap((d) => this.liveTasks(d));
    const primaryLive = this.liveTasks(primary);
    const primaryHealthy = primaryLive.filter((t) => this.isHealthy(t)).length;

    // Old tasks may stop while enough healthy tasks remain; the ones not serving go first.
    const oldHealthy = oldLive.filter((t) => this.isHealthy(t));
    const keepOld = Math.max(0, minHealthy - primaryHealthy);
    const stoppable = [...oldLive.filter((t) => !this.isHealthy(t)), ...oldHealthy].slice(
      0,
      Math.max(0, oldLive.length - Math.min(keepOld, oldHealthy.length)),
    );
    for (const task of stoppable) {
      this.stopTask(
        service,
        task,
        `Scaling activity initiated by (deployment ${primary.id})`,
        'ServiceSchedulerInitiated',
      );
    }
    // Scale in extra tasks of the primary.
    for (const task of primaryLive.slice(desired)) {
      this.stopTask(
        service,
        task,
        `Scaling activity initiated by (deployment ${primary.id})`,
        'ServiceSchedulerInitiated',
      );
    }
    const liveNow = this.liveTasks(primary).length + older.flatMap((d) => this.liveTasks(d)).length;
    let room = maxTotal - liveNow;
    let missing = desired - this.liveTasks(primary).length;
    if (missing > 0 && this.ctx.now() >= primary.nextLaunchAt) {
      while (missing > 0 && room > 0) {
        this.launch(service, primary);
        missing -= 1;
        room -= 1;
      }
    }
    this.checkSteady(service);
  }

  private checkSteady(service: SimService): void {
    const [primary, ...older] = service.deployments;
    if (!primary || primary.rolloutState === 'FAILED') return;
    const olderRemaining = older.some((d) => this.tasksOf(d).some((t) => t.lastStatus !== 'STOPPED'));
    const healthy = this.healthyTasks(primary).length;
    if (olderRemaining || healthy !== service.desiredCount || this.liveTasks(primary).length !== service.desiredCount) {
      return;
    }
    if (primary.rolloutState === 'IN_PROGRESS' || older.length > 0) {
      primary.rolloutState = 'COMPLETED';
      primary.updatedAt = this.ctx.now();
      service.deployments = [primary];
      service.lastCompleted = primary.taskDefinition;
      this.event(service, `(service ${service.name}) (deployment ${primary.id}) deployment completed.`);
      this.event(service, `(service ${service.name}) has reached a steady state.`);
      this.changed(service);
    }
  }

  // ---- Events and what reads see.

  event(service: SimService, message: string): void {
    service.events.push({
      id: this.ctx.hexId(8) + '-' + this.ctx.hexId(4) + '-' + this.ctx.hexId(12),
      at: this.ctx.now(),
      message,
    });
    if (service.events.length > EVENTS_SHOWN * 2) service.events.splice(0, service.events.length - EVENTS_SHOWN);
  }

  /** Records what a read would see now; reads that lag see an older record. */
  changed(service: SimService): void {
    this.native.serviceChanged(service);
    const snapshots = this.history.get(service.key) ?? [];
    this.history.set(service.key, snapshots);
    const now = this.ctx.now();
    const snapshot = this.render(service);
    if (snapshots.at(-1)?.at === now) snapshots[snapshots.length - 1] = { at: now, snapshot };
    else snapshots.push({ at: now, snapshot });
    if (snapshots.length > 64) snapshots.shift();
  }

  /** The service as DescribeServices shows it, possibly as it was a moment ago. */
  private read(service: SimService): Service {
    const lag = this.options.readLagMs > 0 ? this.ctx.between(0, this.options.readLagMs) : 0;
    const seenAt = this.ctx.now() - lag;
    const snapshots = this.history.get(service.key) ?? [];
    for (let i = snapshots.length - 1; i >= 0; i--) {
      const entry = snapshots[i];
      if (entry && entry.at <= seenAt) return structuredClone(entry.snapshot);
    }
    return this.render(service);
  }

  private render(service: SimService): Service {
    const counts = (deployment: SimDeployment): { running: number; pending: number } => {
      const live = this.liveTasks(deployment);
      return {
        running: live.filter((t) => t.lastStatus === 'RUNNING').length,
        pending: live.filter((t) => t.lastStatus === 'PENDING' || t.lastStatus === 'PROVISIONING').length,
      };
    };
    const all = service.deployments.map((d) => ({ d, ...counts(d) }));
    return {
      serviceArn: service.arn,
      serviceName: service.name,
      clusterArn: service.clusterArn,
      loadBalancers: structuredClone(service.loadBalancers),
      status: 'ACTIVE',
      desiredCount: service.desiredCount,
      runningCount: all.reduce((sum, x) => sum + x.running, 0),
      pendingCount: all.reduce((sum, x) => sum + x.pending, 0),
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      taskDefinition: service.taskDefinition,
      deploymentConfiguration: structuredClone(service.deploymentConfiguration),
      deployments: all.map(({ d, running, pending }) => ({
        id: d.id,
        status: d.status,
        taskDefinition: d.taskDefinition,
        desiredCount: d.status === 'PRIMARY' ? service.desiredCount : 0,
        pendingCount: pending,
        runningCount: running,
        failedTasks: d.failedTasks,
        createdAt: new Date(d.createdAt),
        updatedAt: new Date(d.updatedAt),
        launchType: 'FARGATE',
        platformVersion: FARGATE_PLATFORM_VERSION,
        platformFamily: 'Linux',
        networkConfiguration: structuredClone(NETWORK_CONFIGURATION),
        rolloutState: d.rolloutState,
        // ECS explains every state, not only failures.
        rolloutStateReason:
          d.rolloutStateReason ??
          `ECS deployment ${d.id} ${d.rolloutState === 'COMPLETED' ? 'completed' : 'in progress'}.`,
      })),
      events: [...service.events]
        .reverse()
        .slice(0, EVENTS_SHOWN)
        .map((e) => ({ id: e.id, createdAt: new Date(e.at), message: e.message })),
      createdAt: new Date(service.createdAt),
      ...(service.currentServiceDeployment ? { currentServiceDeployment: service.currentServiceDeployment } : {}),
      healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds,
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: service.deploymentController },
      networkConfiguration: structuredClone(NETWORK_CONFIGURATION),
      serviceRegistries: [],
      propagateTags: 'NONE',
    };
  }

  // ---- The API.

  handle(operation: string, input: Record<string, unknown>): Record<string, unknown> {
    switch (operation) {
      case 'DescribeServices':
        return this.describeServices(input);
      case 'UpdateService':
        return this.updateService(input);
      case 'DescribeTaskDefinition':
        return this.describeTaskDefinition(input);
      case 'RegisterTaskDefinition':
        return this.registerApi(input as never);
      case 'DeregisterTaskDefinition':
        return this.deregister(input);
      case 'ListTaskDefinitions':
        return this.listTaskDefinitions(input);
      case 'ListTasks':
        return this.listTasks(input);
      case 'DescribeTasks':
        return this.describeTasks(input);
      case 'TagResource':
        return this.tagResource(input);
      case 'UntagResource':
        return this.untagResource(input);
      case 'DescribeServiceDeployments':
      case 'ListServiceDeployments':
      case 'ContinueServiceDeployment':
      case 'StopServiceDeployment':
        return this.native.handle(operation, input);
      default:
        throw awsError('ecs', 'InvalidAction', `The simulation does not implement ${operation}.`);
    }
  }

  clusterArn(cluster: string): string {
    const arn = cluster.startsWith('arn:') ? cluster : `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${cluster}`;
    if (!this.clusters.has(arn)) throw awsError('ecs', 'ClusterNotFoundException', 'Cluster not found.');
    return arn;
  }

  service(cluster: string | undefined, name: string | undefined): SimService {
    const clusterArn = this.clusterArn(cluster ?? 'default');
    const short = (name ?? '').split('/').pop() ?? '';
    const service = this.services.get(`${clusterArn}/${short}`);
    if (!service) throw awsError('ecs', 'ServiceNotFoundException', 'Service not found.');
    return service;
  }

  private describeServices(input: {
    cluster?: string;
    services?: string[];
    include?: string[];
  }): Record<string, unknown> {
    const clusterArn = this.clusterArn(input.cluster ?? 'default');
    const services: Service[] = [];
    const failures: { arn: string; reason: string }[] = [];
    for (const name of input.services ?? []) {
      const service = this.services.get(`${clusterArn}/${name.split('/').pop() ?? ''}`);
      if (!service) {
        failures.push({ arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${name}`, reason: 'MISSING' });
        continue;
      }
      const seen = this.read(service);
      if (input.include?.includes('TAGS')) {
        seen.tags = [...service.tags].map(([key, value]) => ({ key, value }));
      }
      services.push(seen);
    }
    return { services, failures };
  }

  private updateService(input: {
    cluster?: string;
    service?: string;
    taskDefinition?: string;
    desiredCount?: number;
    deploymentConfiguration?: DeploymentConfiguration;
    forceNewDeployment?: boolean;
  }): Record<string, unknown> {
    const service = this.service(input.cluster, input.service);
    const target = input.taskDefinition ? this.resolve(input.taskDefinition) : undefined;
    if (target && target.status !== 'ACTIVE') {
      throw awsError('ecs', 'ClientException', `TaskDefinition is inactive: ${target.arn}`);
    }
    if (input.deploymentConfiguration) {
      validateDeploymentConfiguration(input.deploymentConfiguration, service.loadBalancers);
    }
    const revisionChanges =
      target !== undefined && (target.arn !== service.taskDefinition || input.forceNewDeployment === true);
    const strategy = (input.deploymentConfiguration ?? service.deploymentConfiguration).strategy ?? 'ROLLING';
    if (revisionChanges && strategy !== 'ROLLING') {
      this.native.assertCanStart(service);
    }
    if (input.deploymentConfiguration) service.deploymentConfiguration = structuredClone(input.deploymentConfiguration);
    if (input.desiredCount !== undefined) {
      if (input.desiredCount < 0)
        throw awsError('ecs', 'InvalidParameterException', 'desiredCount must be at least 0.');
      service.desiredCount = input.desiredCount;
    }
    if (revisionChanges && target) {
      if (strategy === 'ROLLING') this.startRolling(service, target.arn);
      else this.native.start(service, target.arn);
    }
    this.changed(service);
    this.requestReconcile(service);
    return { service: this.render(service) };
  }

  private startRolling(service: SimService, taskDefinition: string): void {
    const deployment = this.newDeployment(taskDefinition, this.primaryGroups(service.loadBalancers));
    for (const other of service.deployments) {
      other.status = 'ACTIVE';
      other.updatedAt = this.ctx.now();
    }
    service.deployments = [deployment, ...service.deployments];
    service.taskDefinition = taskDefinition;
  }

  resolve(reference: string): SimTaskDefinition {
    const arn = reference.startsWith('arn:')
      ? reference
      : /:\d+$/.test(reference)
        ? `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${reference}`
        : `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${reference}:${this.latestActive(reference) ?? 0}`;
    const found = this.taskDefinitions.get(arn);
    if (!found) throw awsError('ecs', 'ClientException', 'Unable to describe task definition.');
    return found;
  }

  private latestActive(family: string): number | undefined {
    return [...this.taskDefinitions.values()]
      .filter((t) => t.family === family && t.status === 'ACTIVE')
      .map((t) => t.revision)
      .sort((a, b) => b - a)[0];
  }

  private describeTaskDefinition(input: { taskDefinition?: string; include?: string[] }): Record<string, unknown> {
    const found = this.resolve(input.taskDefinition ?? '');
    const definition = structuredClone(found.input);
    return {
      taskDefinition: {
        ...definition,
        // What ECS fills in for what the registration left out.
        containerDefinitions: (definition.containerDefinitions ?? []).map((container) => ({
          cpu: 0,
          environment: [],
          mountPoints: [],
          volumesFrom: [],
          ...container,
        })),
        volumes: definition.volumes ?? [],
        placementConstraints: definition.placementConstraints ?? [],
        taskDefinitionArn: found.arn,
        family: found.family,
        revision: found.revision,
        status: found.status,
        registeredAt: new Date(found.registeredAt),
        compatibilities: ['EC2', 'FARGATE'],
      },
      ...(input.include?.includes('TAGS') ? { tags: structuredClone(found.tags) } : {}),
    };
  }

  private registerApi(input: RegisterTaskDefinitionCommandInput & { tags?: Tag[] }): Record<string, unknown> {
    const { tags, ...definition } = input;
    const arn = this.register(definition, tags ?? []);
    return this.describeTaskDefinition({ taskDefinition: arn, include: tags ? ['TAGS'] : [] });
  }

  private deregister(input: { taskDefinition?: string }): Record<string, unknown> {
    const found = this.resolve(input.taskDefinition ?? '');
    found.status = 'INACTIVE';
    return this.describeTaskDefinition({ taskDefinition: found.arn });
  }

  private listTaskDefinitions(input: { familyPrefix?: string; status?: string }): Record<string, unknown> {
    const arns = [...this.taskDefinitions.values()]
      .filter((t) => !input.familyPrefix || t.family.startsWith(input.familyPrefix))
      .filter((t) => (input.status ?? 'ACTIVE') === t.status)
      .sort((a, b) => a.family.localeCompare(b.family) || a.revision - b.revision)
      .map((t) => t.arn);
    return { taskDefinitionArns: arns };
  }

  private listTasks(input: {
    cluster?: string;
    serviceName?: string;
    startedBy?: string;
    desiredStatus?: string;
    maxResults?: number;
  }): Record<string, unknown> {
    const clusterArn = this.clusterArn(input.cluster ?? 'default');
    const now = this.ctx.now();
    const serviceKey = input.serviceName ? `${clusterArn}/${input.serviceName}` : undefined;
    const found = [...this.tasks.values()]
      .filter((t) => t.clusterArn === clusterArn)
      .filter((t) => !serviceKey || t.serviceKey === serviceKey)
      .filter((t) => !input.startedBy || t.startedBy === input.startedBy)
      .filter((t) => (input.desiredStatus ?? 'RUNNING') === t.desiredStatus)
      .filter((t) => t.stoppedAt === undefined || now - t.stoppedAt < STOPPED_VISIBLE_MS)
      .sort((a, b) => (b.stoppingAt ?? b.createdAt) - (a.stoppingAt ?? a.createdAt))
      .slice(0, input.maxResults ?? 100);
    return { taskArns: found.map((t) => t.arn) };
  }

  private describeTasks(input: { cluster?: string; tasks?: string[] }): Record<string, unknown> {
    this.clusterArn(input.cluster ?? 'default');
    const tasks = (input.tasks ?? []).map((arn) => this.tasks.get(arn)).filter((t): t is SimTask => t !== undefined);
    return {
      tasks: tasks.map((t) => ({
        ...this.taskNetworking(t),
        taskArn: t.arn,
        clusterArn: t.clusterArn,
        taskDefinitionArn: t.taskDefinitionArn,
        startedBy: t.startedBy,
        group: `service:${t.serviceKey.split('/').pop() ?? ''}`,
        lastStatus: t.lastStatus,
        desiredStatus: t.desiredStatus,
        launchType: 'FARGATE',
        createdAt: new Date(t.createdAt),
        ...(t.startedAt ? { startedAt: new Date(t.startedAt) } : {}),
        ...(t.stoppingAt ? { stoppingAt: new Date(t.stoppingAt) } : {}),
        ...(t.stoppedAt ? { stoppedAt: new Date(t.stoppedAt) } : {}),
        ...(t.stoppedReason ? { stoppedReason: t.stoppedReason } : {}),
        ...(t.stopCode ? { stopCode: t.stopCode } : {}),
        overrides: { containerOverrides: [{ name: t.containerName }], inferenceAcceleratorOverrides: [] },
        containers: [
          {
            ...this.taskContainer(t),
            lastStatus: t.lastStatus === 'STOPPED' ? 'STOPPED' : t.lastStatus,
            ...(t.exitCode !== undefined ? { exitCode: t.exitCode } : {}),
            ...(t.exitReason ? { reason: t.exitReason } : {}),
          },
        ],
      })),
      failures: [],
    };
  }

  /** A Fargate task's network interface, as DescribeTasks shows it (ids derived from the task's). */
  private taskNetworking(t: SimTask): { attachments: unknown[] } {
    const id = t.arn.split('/').pop() ?? '';
    const octets = t.ip.split('.').map(Number);
    return {
      attachments: [
        {
          id: uuidOf(id),
          type: 'ElasticNetworkInterface',
          status: t.lastStatus === 'STOPPED' ? 'DELETED' : t.lastStatus === 'PROVISIONING' ? 'PRECREATED' : 'ATTACHED',
          details: [
            { name: 'subnetId', value: NETWORK_CONFIGURATION.awsvpcConfiguration.subnets[0] },
            { name: 'networkInterfaceId', value: `eni-${id.slice(0, 17)}` },
            { name: 'macAddress', value: `02:00:${octets.map((o) => o.toString(16).padStart(2, '0')).join(':')}` },
            { name: 'privateDnsName', value: `ip-${octets.join('-')}.ec2.internal` },
            { name: 'privateIPv4Address', value: t.ip },
          ],
        },
      ],
    };
  }

  /** A task's (first) container: what its task definition says, sizes as strings as ECS sends them. */
  private taskContainer(t: SimTask): Record<string, unknown> {
    const id = t.arn.split('/').pop() ?? '';
    const cluster = t.clusterArn.split('/').pop() ?? '';
    const container = this.taskDefinitions.get(t.taskDefinitionArn)?.containers.find((c) => c.name === t.containerName);
    return {
      containerArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:container/${cluster}/${id}/${uuidOf(id.split('').reverse().join(''))}`,
      taskArn: t.arn,
      name: t.containerName,
      ...(container?.image ? { image: container.image } : {}),
      networkInterfaces: [{ attachmentId: uuidOf(id), privateIpv4Address: t.ip }],
      healthStatus: 'UNKNOWN',
      cpu: String(container?.cpu ?? 0),
      ...(container?.memory !== undefined ? { memory: String(container.memory) } : {}),
    };
  }

  private tagResource(input: {
    resourceArn?: string;
    tags?: { key?: string; value?: string }[];
  }): Record<string, unknown> {
    const service = [...this.services.values()].find((s) => s.arn === input.resourceArn);
    if (!service) throw awsError('ecs', 'InvalidParameterException', 'The specified resource could not be found.');
    for (const tag of input.tags ?? []) service.tags.set(tag.key ?? '', tag.value ?? '');
    if (service.tags.size > 50) throw awsError('ecs', 'InvalidParameterException', 'Too many tags.');
    return {};
  }

  private untagResource(input: { resourceArn?: string; tagKeys?: string[] }): Record<string, unknown> {
    const service = [...this.services.values()].find((s) => s.arn === input.resourceArn);
    if (!service) throw awsError('ecs', 'InvalidParameterException', 'The specified resource could not be found.');
    for (const key of input.tagKeys ?? []) service.tags.delete(key);
    return {};
  }

  /** How a task answers its load balancer: as its image's profile says, now (see degrade). */
  private behaviourOf(task: SimTask): TargetBehaviour {
    const image = this.taskDefinitions.get(task.taskDefinitionArn)?.containers[0]?.image ?? '';
    const now = (): VersionProfile => this.answering.get(image) ?? task.profile;
    return {
      answering: () => task.lastStatus === 'RUNNING' && !task.crashed && task.profile.answersHealthChecks,
      get errorRate() {
        return now().errorRate;
      },
      get latencySeconds() {
        return now().latencySeconds;
      },
    };
  }

  /** How tasks of this image behave (healthy when nobody said otherwise). */
  profileOfImage(image: string): VersionProfile {
    return this.versions.get(image) ?? HEALTHY;
  }

  private profileOf(containers: readonly ContainerDefinition[]): VersionProfile {
    for (const container of containers) {
      const profile = container.image ? this.versions.get(container.image) : undefined;
      if (profile) return profile;
    }
    return HEALTHY;
  }
}

/** A 32-digit hex id laid out as a UUID. */
function uuidOf(hex: string): string {
  const h = hex.padEnd(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The circuit breaker's failure threshold (the BOUNDED_PERCENT default: half the desired count, 3–200). */
export function circuitBreakerThreshold(desiredCount: number): number {
  return Math.min(200, Math.max(3, Math.ceil(desiredCount * 0.5)));
}

/** The checks ECS makes on UpdateService's deploymentConfiguration that matter here. */
function validateDeploymentConfiguration(
  configuration: DeploymentConfiguration,
  loadBalancers: readonly LoadBalancer[],
): void {
  const invalid = (message: string): never => {
    throw awsError('ecs', 'InvalidParameterException', message);
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
    const stages = hook.lifecycleStages ?? [];
    if (stages.some((s) => ['SCALE_UP', 'BAKE_TIME', 'CLEAN_UP'].includes(s))) {
      invalid('Lifecycle hooks cannot be configured at SCALE_UP, BAKE_TIME or CLEAN_UP.');
    }
    if (hook.targetType !== 'PAUSE') continue;
    if (stages.includes('TEST_TRAFFIC_SHIFT') || stages.includes('PRODUCTION_TRAFFIC_SHIFT')) {
      invalid('PAUSE hooks cannot be configured at TEST_TRAFFIC_SHIFT or PRODUCTION_TRAFFIC_SHIFT.');
    }
    const minutes = hook.timeoutConfiguration?.timeoutInMinutes;
    if (minutes !== undefined && (minutes < 1 || minutes > 20_160))
      invalid('timeoutInMinutes must be between 1 and 20160.');
  }
}
