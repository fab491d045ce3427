/**
 * The simulated AWS as the production code meets it: objects with the SDK clients' `send`, handed
 * to the same adapters (`createEcsPort`, `createTrafficPort`, `createCloudWatchPort`, …) the
 * actions build in production. Each call crosses a network that takes time, can fail the ways
 * AWS fails under load, and is retried exactly as the SDK's standard retry mode retries it
 * (`maxAttempts: 5`, as src/aws/client-config.ts configures), but waiting on the virtual clock.
 */
import {
  isServerError,
  isThrottlingError,
  isTransientError,
  Retry,
  MAXIMUM_RETRY_DELAY,
  INITIAL_RETRY_TOKENS,
  NO_RETRY_INCREMENT,
} from '@smithy/core/retry';
import { awsError, droppedConnection, requestId, THROTTLING_CODE, type SimService } from './errors.js';
import type { Scheduler, SimProcess } from './scheduler.js';

/** What a service of the world answers: the operation's output, or a thrown AWS error. */
export type OperationHandler = (operation: string, input: Record<string, unknown>) => Record<string, unknown>;

/** How the network and AWS misbehave in one simulated world. Shares are per attempt. */
export interface FaultPlan {
  /** Answered with the service's throttling error. */
  readonly throttle: number;
  /** Answered 503 ServiceUnavailable. */
  readonly unavailable: number;
  /** The connection drops before AWS sees the request. */
  readonly dropBefore: number;
  /** AWS carries the request out, then the connection drops before the answer arrives. */
  readonly dropAfter: number;
  /** From this instant every call fails with ExpiredTokenException (credentials from OIDC last 1 h). */
  readonly credentialsExpireAt?: number;
  /** Windows in which one service answers every attempt with a fault (a regional brown-out). */
  readonly outages?: readonly {
    readonly service: SimService;
    readonly from: number;
    readonly to: number;
    readonly kind: 'throttle' | 'unavailable';
  }[];
}

export const NO_FAULTS: FaultPlan = { throttle: 0, unavailable: 0, dropBefore: 0, dropAfter: 0 };

/** One attempt of one call, as it reached (or failed to reach) AWS. */
export interface CallRecord {
  readonly at: number;
  readonly process: string;
  readonly service: SimService;
  readonly operation: string;
  readonly input: Record<string, unknown>;
  /** 1 for the first attempt of a call, 2 for its first retry, … */
  readonly attempt: number;
  /** `ok`, or the error code the attempt ended with. */
  readonly outcome: string;
  /** Whether AWS carried the request out (also when the answer was then lost). */
  readonly reachedAws: boolean;
}

/** Where a process is stopped dead, to test what survives a crash at every call. */
export interface KillPlan {
  /** The 1-based number of the process's call (counting each `send`, not each retry). */
  readonly atCall: number;
  /** `before`: the call never reaches AWS. `after`: AWS carries it out, the answer is lost. */
  readonly when: 'before' | 'after';
}

export interface NetworkOptions {
  readonly scheduler: Scheduler;
  readonly random: () => number;
  /** Read at every attempt, so a scenario can change the weather mid-run. */
  readonly faults: () => FaultPlan;
  readonly handlers: Readonly<Record<SimService, OperationHandler>>;
  /** Every attempt, in order. */
  readonly log: CallRecord[];
}

/** The SDK's setting for every client of this suite (src/aws/client-config.ts). */
const MAX_ATTEMPTS = 5;
/** One-way network time of an attempt, in milliseconds. */
const LATENCY_MS = { min: 4, max: 40 };

/** The clients one process uses; each process has its own, as each job builds its own. */
export class SimAwsClients {
  /** Sends made so far by this process (what a KillPlan counts). */
  calls = 0;
  /** The SDK's retry quota (standard mode): retries spend it; a success refunds its last retry's cost, or adds 1. */
  private capacity = INITIAL_RETRY_TOKENS;

  constructor(
    private readonly network: NetworkOptions,
    readonly process: SimProcess,
    private readonly kill?: KillPlan,
    /** When this process's credentials expire (a job's session from configure-aws-credentials). */
    private readonly credentialsExpireAt?: number,
  ) {}

  /** An object with the SDK client's `send`, standing in for `new ECSClient(settings)` and its kin. */
  client(service: SimService): { send(command: { input: object }): Promise<unknown>; destroy(): void } {
    return {
      send: (command) => this.send(service, operationOf(command), command.input as Record<string, unknown>),
      destroy: () => undefined,
    };
  }

  private async send(service: SimService, operation: string, input: Record<string, unknown>): Promise<unknown> {
    const { scheduler } = this.network;
    const clock = scheduler.clockFor(this.process);
    this.calls += 1;
    const killHere = this.kill?.atCall === this.calls ? this.kill.when : undefined;
    if (killHere === 'before') return this.die(`killed before call ${this.calls} (${operation})`);
    let attempt = 0;
    let totalRetryDelay = 0;
    /** What the last retry of this call cost: a success refunds it (the SDK's recordSuccess). */
    let retryCost: number | undefined;
    for (;;) {
      attempt += 1;
      await clock.sleep(this.latency());
      const answer = this.attempt(service, operation, input, attempt);
      if (killHere === 'after' && answer.reachedAws) {
        return this.die(`killed after call ${this.calls} (${operation}) reached AWS`);
      }
      await clock.sleep(this.latency());
      if (answer.kind === 'ok') {
        this.capacity = Math.min(INITIAL_RETRY_TOKENS, this.capacity + (retryCost ?? NO_RETRY_INCREMENT));
        return {
          ...answer.output,
          $metadata: { httpStatusCode: 200, requestId: requestId(), attempts: attempt, totalRetryDelay },
        };
      }
      const retry = this.retryDelay(answer.error, attempt);
      if (retry === undefined) {
        const metadata = (answer.error as { $metadata?: Record<string, unknown> }).$metadata;
        if (metadata) Object.assign(metadata, { attempts: attempt, totalRetryDelay });
        throw answer.error;
      }
      retryCost = retry.cost;
      totalRetryDelay += retry.delay;
      await clock.sleep(retry.delay);
    }
  }

  /** One attempt: maybe a fault on the way, else the world's answer. */
  private attempt(
    service: SimService,
    operation: string,
    input: Record<string, unknown>,
    attempt: number,
  ):
    | { kind: 'ok'; output: Record<string, unknown>; reachedAws: boolean }
    | { kind: 'error'; error: Error; reachedAws: boolean } {
    const { scheduler, random, log } = this.network;
    const faults = this.network.faults();
    const now = scheduler.now();
    const record = (outcome: string, reachedAws: boolean): void => {
      log.push({ at: now, process: this.process.name, service, operation, input, attempt, outcome, reachedAws });
    };
    const fault = this.fault(service, now);
    if (fault) {
      record(fault.code, false);
      return { kind: 'error', error: fault.error, reachedAws: false };
    }
    let output: Record<string, unknown>;
    try {
      output = this.network.handlers[service](operation, input);
    } catch (error) {
      record((error as Error).name, true);
      return { kind: 'error', error: error as Error, reachedAws: true };
    }
    if (random() < faults.dropAfter) {
      record('ECONNRESET (after AWS acted)', true);
      return { kind: 'error', error: droppedConnection(), reachedAws: true };
    }
    record('ok', true);
    return { kind: 'ok', output, reachedAws: true };
  }

  private fault(service: SimService, now: number): { code: string; error: Error } | undefined {
    const { random } = this.network;
    const faults = this.network.faults();
    const expireAt = Math.min(faults.credentialsExpireAt ?? Infinity, this.credentialsExpireAt ?? Infinity);
    if (now >= expireAt) {
      const code = service === 'ecs' ? 'ExpiredTokenException' : 'ExpiredToken';
      return { code, error: awsError(service, code, 'The security token included in the request is expired') };
    }
    const outage = faults.outages?.find((o) => o.service === service && now >= o.from && now < o.to);
    const draw = random();
    const kind =
      outage?.kind ??
      (draw < faults.throttle
        ? 'throttle'
        : draw < faults.throttle + faults.unavailable
          ? 'unavailable'
          : draw < faults.throttle + faults.unavailable + faults.dropBefore
            ? 'drop'
            : undefined);
    if (kind === 'throttle') {
      const code = THROTTLING_CODE[service];
      return { code, error: awsError(service, code, 'Rate exceeded') };
    }
    if (kind === 'unavailable') {
      return {
        code: 'ServiceUnavailable',
        error: awsError(service, 'ServiceUnavailable', 'Service Unavailable', { status: 503 }),
      };
    }
    if (kind === 'drop') return { code: 'ECONNRESET', error: droppedConnection() };
    return undefined;
  }

  /**
   * The SDK's standard retry decision (@smithy/core/retry, StandardRetryStrategy): throttling and
   * transient errors are retried while attempts and the retry quota last, after a full-jitter
   * exponential backoff (base 1 s for throttling, 50 ms otherwise, capped at 20 s), spending the
   * retry's cost from the quota. Undefined: give up and surface the error.
   */
  private retryDelay(error: Error, attempt: number): { delay: number; cost: number } | undefined {
    const type = isThrottlingError(error as never)
      ? 'THROTTLING'
      : isTransientError(error as never)
        ? 'TRANSIENT'
        : isServerError(error as never)
          ? 'SERVER_ERROR'
          : 'CLIENT_ERROR';
    if (type !== 'THROTTLING' && type !== 'TRANSIENT') return undefined;
    const cost = type === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
    if (attempt >= MAX_ATTEMPTS || this.capacity < cost) return undefined;
    this.capacity -= cost;
    const base = type === 'THROTTLING' ? Retry.throttlingDelay() : Retry.delay();
    const delay = Math.floor(this.network.random() * Math.min(base * 2 ** (attempt - 1), MAXIMUM_RETRY_DELAY));
    return { delay, cost };
  }

  private latency(): number {
    return LATENCY_MS.min + Math.floor(this.network.random() * (LATENCY_MS.max - LATENCY_MS.min));
  }

  private die(why: string): Promise<never> {
    this.process.kill(why);
    return new Promise<never>(() => undefined);
  }
}

/** `DescribeServicesCommand` → `DescribeServices`. */
function operationOf(command: object): string {
  return command.constructor.name.replace(/Command$/, '');
}
