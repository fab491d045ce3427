/**
 * Requests through the simulated load balancers, counted per target group and minute as an ALB
 * counts them for CloudWatch. Each route (a listener's default action or a rule) receives a steady
 * request rate, split by its forward weights; a group shares its part among the targets it sends
 * to (ElbWorld.servingTargets). A target answers with its version's error rate and latency; a
 * target that does not answer costs an ELB 502, and weight on a group with no target an ELB 503.
 *
 * Counting is exact and lazy: rates change only when something changes (a weight, a target's
 * state), so the model integrates the current rates up to now whenever it is told a change is
 * coming, instead of ticking every second.
 */
import { forwardWeightsOf, type ElbWorld } from './elb.js';
import type { WorldContext } from './context.js';

export const MINUTE_MS = 60_000;

/** One target group's requests in one minute (or, with a shorter period, one period). */
export interface Bucket {
  requests: number;
  /** Answered 5xx by the targets. */
  errors: number;
  /** Latency mixture: median seconds → requests at that median. */
  readonly latency: Map<number, number>;
  /** Answered by the load balancer itself: no target to send to (503) or none answering (502). */
  elbErrors: number;
  healthyHosts?: number;
  unhealthyHosts?: number;
}

interface Rates {
  /** Per target group: requests, target errors, latency mixture, ELB errors, per second. */
  readonly groups: Map<string, { requests: number; errors: number; latency: Map<number, number>; elbErrors: number }>;
  /** Per load balancer: ELB errors per second (requests the targets never saw). */
  readonly loadBalancers: Map<string, number>;
}

export class TrafficModel {
  /** Requests per second per route ARN. */
  private readonly load = new Map<string, number>();
  private readonly buckets = new Map<string, Map<number, Bucket>>();
  private readonly lbBuckets = new Map<string, Map<number, number>>();
  private lastFlush: number;
  private rates: Rates | undefined;
  private ratesDue = false;
  private elbErrorsCounted = 0;

  constructor(
    private readonly ctx: WorldContext,
    private readonly elb: () => ElbWorld,
    readonly periodMs: number = MINUTE_MS,
  ) {
    this.lastFlush = ctx.now();
  }

  /** Sends `requestsPerSecond` to a route from now on. */
  setLoad(routeArn: string, requestsPerSecond: number): void {
    this.touch();
    this.load.set(routeArn, requestsPerSecond);
  }

  /** Requests the load balancer answered itself because of where weight pointed, since the start. */
  get elbErrorsTotal(): number {
    this.flush();
    return this.elbErrorsCounted;
  }

  /**
   * Counts traffic up to now at the current rates; the world's new rates are read once the change
   * that follows this call has happened (at this same instant), so a later count never applies a
   * change to the time before it.
   */
  touch(): void {
    this.flush();
    this.rates = undefined;
    if (this.ratesDue) return;
    this.ratesDue = true;
    this.ctx.scheduler.after(0, () => {
      this.ratesDue = false;
      this.rates ??= this.computeRates();
    });
  }

  /** The bucket of a target group for the period starting at `periodStart`, counted up to now. */
  bucket(targetGroupArn: string, periodStart: number): Bucket | undefined {
    this.flush();
    return this.buckets.get(targetGroupArn)?.get(periodStart);
  }

  loadBalancerErrors(loadBalancerArn: string, periodStart: number): number {
    this.flush();
    return this.lbBuckets.get(loadBalancerArn)?.get(periodStart) ?? 0;
  }

  /** Target groups with counted traffic in the period, for load-balancer-wide sums. */
  groupsWithTraffic(periodStart: number): string[] {
    this.flush();
    return [...this.buckets].filter(([, byPeriod]) => byPeriod.has(periodStart)).map(([arn]) => arn);
  }

  private flush(): void {
    const now = this.ctx.now();
    if (now <= this.lastFlush) return;
    const rates = (this.rates ??= this.computeRates());
    let from = this.lastFlush;
    while (from < now) {
      const periodStart = Math.floor(from / this.periodMs) * this.periodMs;
      const to = Math.min(now, periodStart + this.periodMs);
      const seconds = (to - from) / 1000;
      for (const [arn, rate] of rates.groups) {
        const bucket = this.bucketFor(arn, periodStart);
        bucket.requests += rate.requests * seconds;
        bucket.errors += rate.errors * seconds;
        bucket.elbErrors += rate.elbErrors * seconds;
        for (const [median, perSecond] of rate.latency) {
          bucket.latency.set(median, (bucket.latency.get(median) ?? 0) + perSecond * seconds);
        }
      }
      for (const [arn, perSecond] of rates.loadBalancers) {
        const byPeriod = this.lbBuckets.get(arn) ?? new Map<number, number>();
        this.lbBuckets.set(arn, byPeriod);
        byPeriod.set(periodStart, (byPeriod.get(periodStart) ?? 0) + perSecond * seconds);
        this.elbErrorsCounted += perSecond * seconds;
      }
      this.sampleHosts(periodStart);
      from = to;
    }
    this.lastFlush = now;
  }

  private bucketFor(arn: string, periodStart: number): Bucket {
    const byPeriod = this.buckets.get(arn) ?? new Map<number, Bucket>();
    this.buckets.set(arn, byPeriod);
    let bucket = byPeriod.get(periodStart);
    if (!bucket) {
      bucket = { requests: 0, errors: 0, latency: new Map(), elbErrors: 0 };
      byPeriod.set(periodStart, bucket);
    }
    return bucket;
  }

  /** HealthyHostCount and UnHealthyHostCount: the group's targets as the period's counting ends. */
  private sampleHosts(periodStart: number): void {
    const elb = this.elb();
    for (const group of elb.targetGroups.values()) {
      if (elb.loadBalancersOf(group.arn).length === 0) continue;
      const targets = [...group.targets.values()].filter((t) => t.state !== 'draining');
      const bucket = this.bucketFor(group.arn, periodStart);
      bucket.healthyHosts = targets.filter((t) => t.state === 'healthy').length;
      bucket.unhealthyHosts = targets.filter((t) => t.state === 'unhealthy').length;
    }
  }

  private computeRates(): Rates {
    const elb = this.elb();
    const groups: Rates['groups'] = new Map();
    const loadBalancers: Rates['loadBalancers'] = new Map();
    for (const route of elb.routes()) {
      const rps = this.load.get(route.arn) ?? 0;
      if (rps <= 0) continue;
      const weights = forwardWeightsOf(route.actions);
      const total = [...weights.values()].reduce((a, b) => a + b, 0);
      if (total === 0) {
        loadBalancers.set(route.loadBalancerArn, (loadBalancers.get(route.loadBalancerArn) ?? 0) + rps);
        continue;
      }
      for (const [arn, weight] of weights) {
        if (weight === 0) continue;
        const share = (rps * weight) / total;
        const rate = groups.get(arn) ?? { requests: 0, errors: 0, latency: new Map<number, number>(), elbErrors: 0 };
        groups.set(arn, rate);
        const targets = elb.servingTargets(arn);
        if (targets.length === 0) {
          rate.elbErrors += share;
          loadBalancers.set(route.loadBalancerArn, (loadBalancers.get(route.loadBalancerArn) ?? 0) + share);
          continue;
        }
        for (const target of targets) {
          const perTarget = share / targets.length;
          if (!target.behaviour.answering()) {
            rate.elbErrors += perTarget;
            loadBalancers.set(route.loadBalancerArn, (loadBalancers.get(route.loadBalancerArn) ?? 0) + perTarget);
            continue;
          }
          rate.requests += perTarget;
          rate.errors += perTarget * target.behaviour.errorRate;
          const median = target.behaviour.latencySeconds;
          rate.latency.set(median, (rate.latency.get(median) ?? 0) + perTarget);
        }
      }
    }
    return { groups, loadBalancers };
  }
}
