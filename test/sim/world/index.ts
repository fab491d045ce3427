/**
 * One simulated AWS account and region: ECS, Elastic Load Balancing, CloudWatch and the traffic
 * that flows through them, on one virtual clock and one seed. Processes (a GitHub job's step, a
 * person) reach it through SimAwsClients, which the production adapters use as SDK clients.
 */
import { SimAwsClients, NO_FAULTS, type CallRecord, type FaultPlan, type KillPlan } from '../client.js';
import { SimProcess, type Scheduler } from '../scheduler.js';
import { CloudWatchWorld, REAL_TIMING, type MetricTiming } from './cloudwatch.js';
import { WorldContext } from './context.js';
import { EcsWorld } from './ecs.js';
import { ElbWorld } from './elb.js';
import { TrafficModel } from './traffic.js';
import type { VersionProfile } from './versions.js';

export interface WorldOptions {
  readonly seed: number;
  /** Virtual start time; the default is a Monday, 14:00 UTC (09:00 in New York). */
  readonly start?: number;
  readonly timing?: MetricTiming;
  readonly faults?: FaultPlan;
  /** How far behind writes an ECS read may be (0: every read sees every write). */
  readonly ecsReadLagMs?: number;
}

export const MONDAY_14_UTC = Date.parse('2026-11-23T14:00:00Z');

export class World {
  readonly ctx: WorldContext;
  readonly elb: ElbWorld;
  readonly traffic: TrafficModel;
  readonly cloudwatch: CloudWatchWorld;
  readonly ecs: EcsWorld;
  /** Every attempt of every AWS call, by every process. */
  readonly calls: CallRecord[] = [];
  faults: FaultPlan;

  constructor(options: WorldOptions) {
    this.ctx = new WorldContext(options.seed, options.start ?? MONDAY_14_UTC);
    const timing = options.timing ?? REAL_TIMING;
    // The traffic model reads the load balancers, which tell it before anything moves traffic.
    this.traffic = new TrafficModel(this.ctx, () => this.elb, timing.periodMs);
    this.elb = new ElbWorld(this.ctx, { beforeTrafficChange: () => this.traffic.touch() });
    this.cloudwatch = new CloudWatchWorld(this.ctx, this.traffic, this.elb, timing);
    this.ecs = new EcsWorld(this.ctx, this.elb, this.cloudwatch, { readLagMs: options.ecsReadLagMs ?? 0 });
    this.faults = options.faults ?? NO_FAULTS;
  }

  get scheduler(): Scheduler {
    return this.ctx.scheduler;
  }

  now(): number {
    return this.ctx.now();
  }

  /** Tasks of `image` start answering as `profile` says, from this instant (a fault's onset). */
  degrade(image: string, profile: VersionProfile): void {
    this.traffic.touch();
    this.ecs.degrade(image, profile);
  }

  /** Runs the world until `work` has finished, and returns its result. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    // A run returns early when every process it waited for died; the work may still be waiting on
    // the world (a person who acts at 10:05), so run again until it has settled.
    while (!settled) await this.ctx.scheduler.run(work);
    return work;
  }

  /** Resolves when virtual time reaches `at` (for a scenario: "at 10:05, a person dispatches a rollback"). */
  until(at: number): Promise<void> {
    return new Promise((resolve) => this.ctx.scheduler.at(at, resolve));
  }

  /** Lets the world run on its own for `ms` (ECS finishing a rollback, metrics arriving). */
  async idle(ms: number): Promise<void> {
    await this.ctx.scheduler.advanceTo(this.now() + ms);
  }

  /** A new program in the world with its own AWS clients (and, optionally, where it will be killed). */
  process(name: string, kill?: KillPlan, credentialsExpireAt?: number): { process: SimProcess; aws: SimAwsClients } {
    const process = new SimProcess(name);
    const aws = new SimAwsClients(
      {
        scheduler: this.ctx.scheduler,
        random: this.ctx.random,
        faults: () => this.faults,
        log: this.calls,
        handlers: {
          ecs: (operation, input) => this.ecs.handle(operation, input),
          elbv2: (operation, input) => this.elb.handle(operation, input),
          cloudwatch: (operation, input) => this.cloudwatch.handle(operation, input),
        },
      },
      process,
      kill,
      credentialsExpireAt,
    );
    return { process, aws };
  }
}
