/**
 * ECS's native blue/green, linear and canary service deployments in the simulated world. ECS
 * itself starts the new revision's tasks in the alternate target group, moves test and then
 * production traffic on the listener rules (which the traffic model follows, so metrics follow),
 * pauses at PAUSE hooks, bakes, and cleans up the old tasks — or rolls back.
 *
 * Followed documents:
 * - Stages, in order: RECONCILE_SERVICE, PRE_SCALE_UP, SCALE_UP, POST_SCALE_UP,
 *   TEST_TRAFFIC_SHIFT, POST_TEST_TRAFFIC_SHIFT, PRE_PRODUCTION_TRAFFIC_SHIFT and
 *   PRODUCTION_TRAFFIC_SHIFT at every linear or canary step, POST_PRODUCTION_TRAFFIC_SHIFT,
 *   BAKE_TIME, CLEAN_UP; hooks are allowed at every stage but SCALE_UP, BAKE_TIME and CLEAN_UP:
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceDeployment.html
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentLifecycleHook.html
 * - PAUSE hooks wait for ContinueServiceDeployment (CONTINUE or ROLLBACK) on an AWAITING_ACTION
 *   hook of an IN_PROGRESS deployment; unanswered, they take timeoutConfiguration.action
 *   (default ROLLBACK) after timeoutInMinutes (default 1440):
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/pause-lifecycle-hooks.html
 *   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContinueServiceDeployment.html
 * - StopServiceDeployment ROLLBACK from PENDING or IN_PROGRESS goes to ROLLBACK_REQUESTED; a
 *   deployment already stopping or rolling back carries on; a finished one answers
 *   ConflictException (the documented error; which state gives it is inferred):
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stop-service-deployment.html
 * - The old revision keeps running through BAKE_TIME and is scaled in at CLEAN_UP, so a rollback
 *   before then moves traffic straight back; after SUCCESSFUL only a new deployment goes back.
 * - The circuit breaker and deployment alarms roll a native deployment back too:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-failure-detection.html
 * - Not documented, assumed here: UpdateService with a new revision while a service deployment is
 *   in progress is refused (InvalidParameterException). The actions never rely on it.
 */
import type { DeploymentConfiguration, LoadBalancer, ServiceDeployment } from '@aws-sdk/client-ecs';
import { awsError } from '../errors.js';
import type { Scheduled } from '../scheduler.js';
import { ACCOUNT, REGION, type WorldContext } from './context.js';
import type { EcsWorld } from './ecs.js';
import { circuitBreakerThreshold } from './ecs.js';
import type { SimDeployment, SimService } from './ecs-state.js';
import type { ElbWorld } from './elb.js';

type Status =
  | 'PENDING'
  | 'IN_PROGRESS'
  | 'SUCCESSFUL'
  | 'STOP_REQUESTED'
  | 'STOPPED'
  | 'ROLLBACK_REQUESTED'
  | 'ROLLBACK_IN_PROGRESS'
  | 'ROLLBACK_SUCCESSFUL'
  | 'ROLLBACK_FAILED';

interface StagePlan {
  readonly stage: string;
  /** PRODUCTION_TRAFFIC_SHIFT: the new revision's production share once it has run. */
  readonly production?: number;
  /** Wait after the stage's work: a step bake, or the final bake. */
  readonly bakeMs?: number;
}

interface Hook {
  readonly hookId: string;
  readonly targetType: 'PAUSE' | 'AWS_LAMBDA';
  status: 'AWAITING_ACTION' | 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT';
  readonly expiresAt?: number;
  readonly timeoutAction?: 'CONTINUE' | 'ROLLBACK';
  readonly stage: string;
}

interface Record_ {
  readonly arn: string;
  readonly service: SimService;
  readonly createdAt: number;
  readonly source: SimDeployment;
  readonly target: SimDeployment;
  /** Per load balancer: the group that carries production now, and the one the new tasks use. */
  readonly sourceGroups: readonly string[];
  readonly targetGroups: readonly string[];
  readonly configuration: DeploymentConfiguration;
  readonly plan: readonly StagePlan[];
  stageIndex: number;
  status: Status;
  statusReason?: string;
  production: number;
  test: number;
  readonly hooks: Hook[];
  paused?: Hook;
  rollback?: { readonly reason: string; readonly startedAt: number };
  readonly triggeredAlarms: string[];
  circuitBreaker: 'MONITORING' | 'TRIGGERED' | 'DISABLED';
  updatedAt: number;
  finishedAt?: number;
  /** Task counts ECS keeps for each side while this deployment runs. */
  wanted: { source: number; target: number };
  timers: Scheduled[];
  /** What reads see, for reads that lag behind. */
  readonly history: { at: number; snapshot: ServiceDeployment }[];
  /** Waiting on tasks: SCALE_UP for the new side, CLEAN_UP for the old, a rollback for the old. */
  waitingFor?: 'scale-up' | 'clean-up' | 'rollback-source' | 'rollback-target';
}

const FORWARD: ReadonlySet<Status> = new Set(['PENDING', 'IN_PROGRESS']);
const QUIET_STAGE_MS: readonly [number, number] = [2_000, 6_000];

export class NativeDeployments {
  private readonly records: Record_[] = [];

  constructor(
    private readonly ctx: WorldContext,
    private readonly elb: ElbWorld,
    private readonly ecs: EcsWorld,
    private readonly readLagMs: () => number = () => 0,
  ) {}

  /** The deployment currently running on a service, if any. */
  active(service: SimService): Record_ | undefined {
    return this.records.find((r) => r.service === service && !isFinished(r.status));
  }

  latest(service: SimService): Record_ | undefined {
    return this.records.filter((r) => r.service === service).at(-1);
  }

  owns(service: SimService, deployment: SimDeployment): boolean {
    const record = this.active(service);
    return record !== undefined && (record.source === deployment || record.target === deployment);
  }

  assertCanStart(service: SimService): void {
    if (this.active(service)) {
      throw awsError(
        'ecs',
        'InvalidParameterException',
        'A service deployment is already in progress for this service.',
      );
    }
  }

  /** UpdateService with a new revision on a native strategy: a service deployment begins. */
  start(service: SimService, taskDefinition: string): void {
    const now = this.ctx.now();
    const configuration = structuredClone(service.deploymentConfiguration);
    const sourceGroups = service.loadBalancers.map((_, i) => service.liveTargetGroup.get(i) ?? '');
    const targetGroups = service.loadBalancers.map((lb, i) => alternate(lb, sourceGroups[i] ?? ''));
    const source = service.deployments[0];
    if (!source) throw new Error('a service without a deployment');
    const target = this.ecs.newDeployment(taskDefinition, targetGroups);
    source.status = 'ACTIVE';
    service.deployments = [target, ...service.deployments.filter((d) => d !== target)];
    service.taskDefinition = taskDefinition;
    const record: Record_ = {
      arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service-deployment/${service.clusterArn.split('/').pop() ?? ''}/${service.name}/${this.ctx.hexId(22)}`,
      service,
      createdAt: now,
      source,
      target,
      sourceGroups,
      targetGroups,
      configuration,
      plan: planOf(configuration),
      stageIndex: -1,
      status: 'PENDING',
      production: 0,
      test: 0,
      hooks: [],
      triggeredAlarms: [],
      circuitBreaker: configuration.deploymentCircuitBreaker?.enable ? 'MONITORING' : 'DISABLED',
      updatedAt: now,
      wanted: { source: service.desiredCount, target: 0 },
      timers: [],
      history: [],
    };
    this.records.push(record);
    service.currentServiceDeployment = record.arn;
    this.ecs.event(
      service,
      `(service ${service.name}) has started a ${configuration.strategy} service deployment (${record.arn}).`,
    );
    this.touched(record);
    this.later(record, this.ctx.between(1_000, 3_000), () => {
      record.status = 'IN_PROGRESS';
      this.enter(record, 0);
    });
  }

  // ---- Stages.

  private enter(record: Record_, index: number): void {
    if (!FORWARD.has(record.status)) return;
    const plan = record.plan[index];
    if (!plan) return this.succeed(record);
    record.stageIndex = index;
    this.touched(record);
    const hooks = (record.configuration.lifecycleHooks ?? []).filter((h) =>
      (h.lifecycleStages as string[] | undefined)?.includes(plan.stage),
    );
    const pause = hooks.find((h) => h.targetType === 'PAUSE');
    // Lambda hooks the team configured succeed at once here: their logic is not ours to model.
    const lambdas = hooks.filter((h) => h.targetType !== 'PAUSE').length;
    for (let i = 0; i < lambdas; i++) {
      record.hooks.push({
        hookId: this.ctx.hexId(20),
        targetType: 'AWS_LAMBDA',
        status: 'SUCCEEDED',
        stage: plan.stage,
      });
    }
    if (pause) {
      const minutes = pause.timeoutConfiguration?.timeoutInMinutes ?? 1440;
      const hook: Hook = {
        hookId: this.ctx.hexId(20),
        targetType: 'PAUSE',
        status: 'AWAITING_ACTION',
        expiresAt: this.ctx.now() + minutes * 60_000,
        timeoutAction: pause.timeoutConfiguration?.action ?? 'ROLLBACK',
        stage: plan.stage,
      };
      record.hooks.push(hook);
      record.paused = hook;
      this.touched(record);
      this.later(record, minutes * 60_000, () => this.expire(record, hook));
      return;
    }
    this.work(record, plan);
  }

  private work(record: Record_, plan: StagePlan): void {
    const { service } = record;
    switch (plan.stage) {
      case 'SCALE_UP':
        record.wanted = { source: service.desiredCount, target: service.desiredCount };
        record.waitingFor = 'scale-up';
        this.touched(record);
        this.ecs.requestReconcile(service);
        return;
      case 'TEST_TRAFFIC_SHIFT':
        this.shiftTest(record, 100);
        break;
      case 'PRODUCTION_TRAFFIC_SHIFT':
        this.shiftProduction(record, plan.production ?? 100);
        break;
      case 'CLEAN_UP':
        record.wanted = { source: 0, target: service.desiredCount };
        record.waitingFor = 'clean-up';
        this.touched(record);
        this.ecs.requestReconcile(service);
        return;
      default:
        break;
    }
    this.later(record, this.ctx.between(...QUIET_STAGE_MS) + (plan.bakeMs ?? 0), () =>
      this.enter(record, record.stageIndex + 1),
    );
  }

  private shiftProduction(record: Record_, percent: number): void {
    record.service.loadBalancers.forEach((lb, i) => {
      const route = lb.advancedConfiguration?.productionListenerRule;
      if (!route) return;
      this.elb.setForward(route, weights(record.sourceGroups[i] ?? '', record.targetGroups[i] ?? '', percent));
    });
    record.production = percent;
    this.touched(record);
  }

  private shiftTest(record: Record_, percent: number): void {
    record.service.loadBalancers.forEach((lb, i) => {
      const route = lb.advancedConfiguration?.testListenerRule;
      if (!route) return;
      this.elb.setForward(route, weights(record.sourceGroups[i] ?? '', record.targetGroups[i] ?? '', percent));
    });
    record.test = percent;
    this.touched(record);
  }

  private expire(record: Record_, hook: Hook): void {
    if (record.paused !== hook || hook.status !== 'AWAITING_ACTION') return;
    hook.status = 'TIMED_OUT';
    record.paused = undefined;
    this.touched(record);
    if (hook.timeoutAction === 'CONTINUE') {
      const plan = record.plan[record.stageIndex];
      if (plan) this.work(record, plan);
      return;
    }
    this.startRollback(record, 'Service deployment rolled back because a lifecycle hook timed out.');
  }

  private succeed(record: Record_): void {
    const { service } = record;
    record.status = 'SUCCESSFUL';
    record.finishedAt = this.ctx.now();
    record.waitingFor = undefined;
    record.target.rolloutState = 'COMPLETED';
    record.target.updatedAt = this.ctx.now();
    service.deployments = [record.target];
    service.lastCompleted = record.target.taskDefinition;
    record.targetGroups.forEach((arn, i) => service.liveTargetGroup.set(i, arn));
    this.ecs.event(service, `(service ${service.name}) (deployment ${record.target.id}) deployment completed.`);
    this.ecs.event(service, `(service ${service.name}) has reached a steady state.`);
    this.touched(record);
  }

  // ---- Rolling back.

  private startRollback(record: Record_, reason: string): void {
    if (!FORWARD.has(record.status)) return;
    for (const timer of record.timers) timer.cancel();
    record.timers = [];
    record.paused = undefined;
    record.status = 'ROLLBACK_REQUESTED';
    record.statusReason = reason;
    record.rollback = { reason, startedAt: this.ctx.now() };
    record.waitingFor = undefined;
    this.ecs.event(record.service, `(service ${record.service.name}) ${reason}`);
    this.touched(record);
    this.later(record, this.ctx.between(2_000, 5_000), () => {
      record.status = 'ROLLBACK_IN_PROGRESS';
      record.wanted = { source: record.service.desiredCount, target: record.wanted.target };
      record.waitingFor = 'rollback-source';
      this.touched(record);
      this.ecs.requestReconcile(record.service);
    });
  }

  /** The old side is back at full health: traffic returns to it, then the new side is scaled in. */
  private restoreTraffic(record: Record_): void {
    this.shiftProduction(record, 0);
    this.shiftTest(record, 0);
    record.wanted = { source: record.service.desiredCount, target: 0 };
    record.waitingFor = 'rollback-target';
    this.ecs.requestReconcile(record.service);
  }

  private rolledBack(record: Record_): void {
    const { service } = record;
    record.status = 'ROLLBACK_SUCCESSFUL';
    record.finishedAt = this.ctx.now();
    record.waitingFor = undefined;
    record.target.rolloutState = 'FAILED';
    record.target.rolloutStateReason = record.rollback?.reason;
    record.source.status = 'PRIMARY';
    record.source.rolloutState = 'COMPLETED';
    service.deployments = [record.source];
    service.taskDefinition = record.source.taskDefinition;
    this.ecs.event(
      service,
      `(service ${service.name}) service deployment ${record.arn} rolled back to the previous revision.`,
    );
    this.touched(record);
    this.ecs.changed(service);
  }

  // ---- What the service scheduler asks.

  /**
   * Keeps each side at its wanted count while a deployment runs, and notices when the tasks a
   * stage waits for are there. False when no native deployment runs on the service.
   */
  reconcile(service: SimService): boolean {
    const record = this.active(service);
    if (!record) {
      // A rolled-back deployment's new tasks may still be draining; the rolling policy handles
      // the steady service (its one deployment).
      return false;
    }
    this.ensure(service, record.source, record.wanted.source);
    this.ensure(service, record.target, record.wanted.target);
    const desired = service.desiredCount;
    switch (record.waitingFor) {
      case 'scale-up':
        if (this.ecs.healthyTasks(record.target).length >= desired) {
          record.waitingFor = undefined;
          this.later(record, this.ctx.between(...QUIET_STAGE_MS), () => this.enter(record, record.stageIndex + 1));
        }
        break;
      case 'clean-up':
        if (this.ecs.tasksOf(record.source).every((t) => t.lastStatus === 'STOPPED')) {
          record.waitingFor = undefined;
          this.succeed(record);
        }
        break;
      case 'rollback-source':
        if (this.ecs.healthyTasks(record.source).length >= desired) this.restoreTraffic(record);
        break;
      case 'rollback-target':
        if (this.ecs.liveTasks(record.target).length === 0) {
          record.waitingFor = undefined;
          this.later(record, this.ctx.between(5_000, 15_000), () => this.rolledBack(record));
        }
        break;
      default:
        break;
    }
    return true;
  }

  private ensure(service: SimService, deployment: SimDeployment, wanted: number): void {
    const live = this.ecs.liveTasks(deployment);
    for (const task of live.slice(wanted)) {
      this.ecs.stopTask(
        service,
        task,
        `Scaling activity initiated by (deployment ${deployment.id})`,
        'ServiceSchedulerInitiated',
      );
    }
    if (live.length < wanted && this.ctx.now() >= deployment.nextLaunchAt) {
      for (let i = live.length; i < wanted; i++) this.ecs.launch(service, deployment);
    }
  }

  taskFailed(service: SimService, deployment: SimDeployment): void {
    const record = this.active(service);
    if (!record || deployment !== record.target || !FORWARD.has(record.status)) return;
    if (record.circuitBreaker !== 'MONITORING') return;
    if (deployment.failedTasks < circuitBreakerThreshold(service.desiredCount)) return;
    record.circuitBreaker = 'TRIGGERED';
    this.startRollback(record, 'Service deployment rolled back because the circuit breaker threshold was exceeded.');
  }

  /** A deployment alarm went into ALARM; true when a native deployment of the service took it. */
  alarmFired(service: SimService, alarm: string, reason: string): boolean {
    const record = this.active(service);
    if (!record) return false;
    const alarms = record.configuration.alarms;
    if (alarms?.enable && alarms.rollback && alarms.alarmNames?.includes(alarm) && FORWARD.has(record.status)) {
      record.triggeredAlarms.push(alarm);
      this.startRollback(record, `Service deployment rolled back because alarm ${alarm} was triggered. ${reason}`);
    }
    return true;
  }

  // ---- The API.

  handle(operation: string, input: Record<string, unknown>): Record<string, unknown> {
    switch (operation) {
      case 'DescribeServiceDeployments':
        return this.describe(input);
      case 'ListServiceDeployments':
        return this.list(input);
      case 'ContinueServiceDeployment':
        return this.continueDeployment(input);
      case 'StopServiceDeployment':
        return this.stop(input);
      default:
        throw awsError('ecs', 'InvalidAction', operation);
    }
  }

  private describe(input: { serviceDeploymentArns?: string[] }): Record<string, unknown> {
    const arns = input.serviceDeploymentArns ?? [];
    const found = arns.map((arn) => this.records.find((r) => r.arn === arn));
    return {
      serviceDeployments: found.filter((r): r is Record_ => r !== undefined).map((r) => this.read(r)),
      failures: arns.filter((_, i) => !found[i]).map((arn) => ({ arn, reason: 'MISSING' })),
    };
  }

  private list(input: {
    cluster?: string;
    service?: string;
    status?: string[];
    createdAt?: { after?: Date };
  }): Record<string, unknown> {
    const service = this.ecs.service(input.cluster, input.service);
    const after = input.createdAt?.after?.getTime();
    const found = this.records
      .filter((r) => r.service === service)
      .filter((r) => !input.status || input.status.includes(r.status))
      .filter((r) => after === undefined || r.createdAt >= after)
      .reverse();
    return {
      serviceDeployments: found.map((r) => ({
        serviceDeploymentArn: r.arn,
        serviceArn: service.arn,
        clusterArn: service.clusterArn,
        createdAt: new Date(r.createdAt),
        startedAt: new Date(r.createdAt),
        ...(r.finishedAt ? { finishedAt: new Date(r.finishedAt) } : {}),
        targetServiceRevisionArn: revisionArn(service, r.target),
        status: r.status,
        ...(r.statusReason ? { statusReason: r.statusReason } : {}),
      })),
    };
  }

  private continueDeployment(input: {
    serviceDeploymentArn?: string;
    hookId?: string;
    action?: string;
  }): Record<string, unknown> {
    const record = this.find(input.serviceDeploymentArn);
    const hook = record.paused;
    if (record.status !== 'IN_PROGRESS' || !hook || hook.hookId !== input.hookId) {
      throw awsError(
        'ecs',
        'InvalidParameterException',
        `Lifecycle hook ${input.hookId ?? ''} is not awaiting action.`,
      );
    }
    record.paused = undefined;
    if ((input.action ?? 'CONTINUE') === 'ROLLBACK') {
      hook.status = 'FAILED';
      this.startRollback(record, 'Service deployment rolled back because of ContinueServiceDeployment ROLLBACK.');
    } else {
      hook.status = 'SUCCEEDED';
      const plan = record.plan[record.stageIndex];
      if (plan) this.work(record, plan);
    }
    this.touched(record);
    return { serviceDeploymentArn: record.arn };
  }

  private stop(input: { serviceDeploymentArn?: string; stopType?: string }): Record<string, unknown> {
    const record = this.find(input.serviceDeploymentArn);
    if (
      record.status.startsWith('ROLLBACK_') &&
      record.status !== 'ROLLBACK_SUCCESSFUL' &&
      record.status !== 'ROLLBACK_FAILED'
    ) {
      return { serviceDeploymentArn: record.arn };
    }
    if (record.status === 'STOP_REQUESTED') return { serviceDeploymentArn: record.arn };
    if (!FORWARD.has(record.status)) {
      throw awsError('ecs', 'ConflictException', `The service deployment is ${record.status} and cannot be stopped.`);
    }
    if ((input.stopType ?? 'ROLLBACK') === 'ROLLBACK') {
      this.startRollback(record, 'Service deployment rolled back because of StopServiceDeployment request.');
    } else {
      for (const timer of record.timers) timer.cancel();
      record.status = 'STOPPED';
      record.statusReason = 'Service deployment stopped because of StopServiceDeployment request.';
      record.finishedAt = this.ctx.now();
      this.touched(record);
    }
    return { serviceDeploymentArn: record.arn };
  }

  private find(arn: string | undefined): Record_ {
    const record = this.records.find((r) => r.arn === arn);
    if (!record) throw awsError('ecs', 'ServiceDeploymentNotFoundException', `${arn ?? ''} not found`);
    return record;
  }

  private touched(record: Record_): void {
    record.updatedAt = this.ctx.now();
    this.snapshot(record);
    this.ecs.changed(record.service);
  }

  /**
   * The service's tasks changed (one started, stopped, turned healthy): reads of its deployments
   * see their task counts change too, not only when a deployment changes stage.
   */
  serviceChanged(service: SimService): void {
    for (const record of this.records) if (record.service === service) this.snapshot(record);
  }

  /** Records what a read of the deployment would see now; reads that lag see an older one. */
  private snapshot(record: Record_): void {
    const now = this.ctx.now();
    const snapshot = this.render(record);
    const last = record.history.at(-1);
    if (last?.at === now) last.snapshot = snapshot;
    else record.history.push({ at: now, snapshot });
    if (record.history.length > 64) record.history.shift();
  }

  private read(record: Record_): ServiceDeployment {
    const lag = this.readLagMs();
    const seenAt = this.ctx.now() - (lag > 0 ? this.ctx.between(0, lag) : 0);
    for (let i = record.history.length - 1; i >= 0; i--) {
      const entry = record.history[i];
      if (entry && entry.at <= seenAt) return structuredClone(entry.snapshot);
    }
    return this.render(record);
  }

  private render(record: Record_): ServiceDeployment {
    const { service } = record;
    const count = (d: SimDeployment) => ({
      running: this.ecs.liveTasks(d).filter((t) => t.lastStatus === 'RUNNING').length,
      pending: this.ecs.liveTasks(d).filter((t) => t.lastStatus !== 'RUNNING').length,
    });
    const source = count(record.source);
    const target = count(record.target);
    const alarms = record.configuration.alarms;
    return {
      serviceDeploymentArn: record.arn,
      serviceArn: service.arn,
      clusterArn: service.clusterArn,
      createdAt: new Date(record.createdAt),
      startedAt: new Date(record.createdAt),
      updatedAt: new Date(record.updatedAt),
      ...(record.finishedAt ? { finishedAt: new Date(record.finishedAt) } : {}),
      sourceServiceRevisions: [
        {
          arn: revisionArn(service, record.source),
          requestedTaskCount: record.wanted.source,
          runningTaskCount: source.running,
          pendingTaskCount: source.pending,
          requestedProductionTrafficWeight: 100 - record.production,
          requestedTestTrafficWeight: 100 - record.test,
        },
      ],
      targetServiceRevision: {
        arn: revisionArn(service, record.target),
        requestedTaskCount: record.wanted.target,
        runningTaskCount: target.running,
        pendingTaskCount: target.pending,
        requestedProductionTrafficWeight: record.production,
        requestedTestTrafficWeight: record.test,
      },
      status: record.status,
      ...(record.statusReason ? { statusReason: record.statusReason } : {}),
      ...(record.stageIndex >= 0
        ? { lifecycleStage: record.plan[record.stageIndex]?.stage as ServiceDeployment['lifecycleStage'] }
        : {}),
      lifecycleHookDetails: record.hooks.map((h) => ({
        hookId: h.hookId,
        targetType: h.targetType,
        status: h.status,
        ...(h.expiresAt !== undefined ? { expiresAt: new Date(h.expiresAt) } : {}),
        ...(h.timeoutAction ? { timeoutAction: h.timeoutAction } : {}),
      })),
      deploymentConfiguration: structuredClone(record.configuration),
      ...(record.rollback
        ? {
            rollback: {
              reason: record.rollback.reason,
              startedAt: new Date(record.rollback.startedAt),
              serviceRevisionArn: revisionArn(service, record.source),
            },
          }
        : {}),
      deploymentCircuitBreaker: {
        status: record.circuitBreaker,
        failureCount: record.target.failedTasks,
        threshold: circuitBreakerThreshold(service.desiredCount),
      },
      alarms: alarms?.enable
        ? {
            status:
              record.triggeredAlarms.length > 0
                ? 'TRIGGERED'
                : isFinished(record.status)
                  ? 'MONITORING_COMPLETE'
                  : 'MONITORING',
            alarmNames: alarms.alarmNames,
            triggeredAlarmNames: [...record.triggeredAlarms],
          }
        : { status: 'DISABLED' },
    };
  }

  /** A timer that a rollback calls off. */
  private later(record: Record_, ms: number, fire: () => void): void {
    record.timers.push(this.ctx.scheduler.after(ms, fire));
  }
}

function isFinished(status: Status): boolean {
  return (
    status === 'SUCCESSFUL' || status === 'STOPPED' || status === 'ROLLBACK_SUCCESSFUL' || status === 'ROLLBACK_FAILED'
  );
}

function alternate(lb: LoadBalancer, current: string): string {
  const both = [lb.targetGroupArn ?? '', lb.advancedConfiguration?.alternateTargetGroupArn ?? ''];
  return both.find((arn) => arn !== current) ?? current;
}

function weights(source: string, target: string, targetPercent: number): Map<string, number> {
  return new Map([
    [source, 100 - targetPercent],
    [target, targetPercent],
  ]);
}

function revisionArn(service: SimService, deployment: SimDeployment): string {
  return `${service.arn.replace(':service/', ':service-revision/')}/${deployment.id.split('/').pop() ?? ''}`;
}

/** The stages of one deployment with its configuration, with the production share of each shift. */
function planOf(configuration: DeploymentConfiguration): StagePlan[] {
  const plan: StagePlan[] = [
    { stage: 'RECONCILE_SERVICE' },
    { stage: 'PRE_SCALE_UP' },
    { stage: 'SCALE_UP' },
    { stage: 'POST_SCALE_UP' },
    { stage: 'TEST_TRAFFIC_SHIFT' },
    { stage: 'POST_TEST_TRAFFIC_SHIFT' },
  ];
  let shares = [100];
  let stepBakeMs = 0;
  if (configuration.strategy === 'LINEAR') {
    const step = configuration.linearConfiguration?.stepPercent ?? 10;
    shares = [];
    for (let share = step; share < 100 - 1e-9; share += step) shares.push(Math.round(share * 10) / 10);
    shares.push(100);
    stepBakeMs = (configuration.linearConfiguration?.stepBakeTimeInMinutes ?? 6) * 60_000;
  } else if (configuration.strategy === 'CANARY') {
    const canary = configuration.canaryConfiguration?.canaryPercent ?? 5;
    shares = canary >= 100 ? [100] : [canary, 100];
    stepBakeMs = (configuration.canaryConfiguration?.canaryBakeTimeInMinutes ?? 10) * 60_000;
  }
  shares.forEach((share, i) => {
    plan.push({ stage: 'PRE_PRODUCTION_TRAFFIC_SHIFT' });
    plan.push({ stage: 'PRODUCTION_TRAFFIC_SHIFT', production: share, bakeMs: i < shares.length - 1 ? stepBakeMs : 0 });
  });
  plan.push(
    { stage: 'POST_PRODUCTION_TRAFFIC_SHIFT' },
    { stage: 'BAKE_TIME', bakeMs: (configuration.bakeTimeInMinutes ?? 0) * 60_000 },
    { stage: 'CLEAN_UP' },
  );
  return plan;
}
