/**
 * How the tasks of one container image behave in the simulated world: how long they take to
 * start, whether they start at all, whether they crash after starting, whether they pass the
 * load balancer's health checks, and how they answer requests. A scenario says which images are
 * healthy and which are faulty; the world does the rest.
 */
export interface VersionProfile {
  /** Seconds from PENDING to RUNNING (image pull and container start), drawn between these. */
  readonly startSeconds: readonly [number, number];
  /** The task never reaches RUNNING (a bad image, a missing secret). */
  readonly failsToStart?: { readonly reason: string };
  /** The essential container exits this long after the task started (a crash on first order, say). */
  readonly crashAfterSeconds?: number;
  readonly exitCode?: number;
  /** The container's own words when it exits. */
  readonly exitReason?: string;
  /** False: it runs but never answers the health-check path. */
  readonly answersHealthChecks: boolean;
  /** Share of requests answered 5xx, and the median latency in seconds. */
  readonly errorRate: number;
  readonly latencySeconds: number;
}

export const HEALTHY: VersionProfile = {
  startSeconds: [20, 45],
  answersHealthChecks: true,
  errorRate: 0.002,
  latencySeconds: 0.045,
};

/** Answers, but badly: the canary and the gates must catch it from metrics. */
export const FAULTY: VersionProfile = { ...HEALTHY, errorRate: 0.08, latencySeconds: 0.35 };

/** Exits on start: ECS's circuit breaker and the rollout watchers must catch it. */
export const CRASHING: VersionProfile = {
  ...HEALTHY,
  crashAfterSeconds: 3,
  exitCode: 1,
  exitReason: 'OutOfMemoryError: Container killed due to memory usage',
};

/** The image cannot be pulled: tasks stop before they run. */
export const UNPULLABLE: VersionProfile = {
  ...HEALTHY,
  failsToStart: {
    reason: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): not found',
  },
};

/** Starts, then fails the health check path for ever. */
export const UNHEALTHY: VersionProfile = { ...HEALTHY, answersHealthChecks: false };
