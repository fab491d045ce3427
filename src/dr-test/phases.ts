import type { PhaseName, PhaseStatus } from './report.js';

/** What one look at a running phase found. */
export type Observation =
  | { readonly status: 'pending'; readonly detail: string }
  | { readonly status: 'done'; readonly detail: string }
  | { readonly status: 'failed'; readonly detail: string };

/** One timed piece of the drill: how to start it and how to see whether it has finished. */
export interface PhaseSpec {
  readonly name: PhaseName;
  readonly after: readonly PhaseName[];
  /** Makes the change that starts the phase (restore, scale up, write the canary). */
  start(): Promise<void>;
  observe(): Promise<Observation>;
  /** The phase's own limit from its start; past it the phase fails (the canary's RPO window). */
  readonly limitMs?: number;
}

export type RunStatus = 'waiting' | 'running' | Exclude<PhaseStatus, 'not started'>;

export interface PhaseRun {
  readonly spec: PhaseSpec;
  status: RunStatus;
  startedAt?: number;
  endedAt?: number;
  detail: string;
  /** Consecutive observations that threw; a few are tolerated as transient. */
  errors: number;
}

/** What the driver does next, decided from the phases' states alone. */
export interface Step {
  readonly stop?: 'duration' | 'cancelled';
  readonly start: readonly PhaseName[];
  readonly skip: readonly PhaseName[];
  /** Every phase has reached a final status. */
  readonly finished: boolean;
}

const FINAL: readonly RunStatus[] = ['done', 'failed', 'aborted', 'skipped'];
export const isFinal = (status: RunStatus): boolean => FINAL.includes(status);

/**
 * The driver's decision for one tick. Pure: a cancellation or the hard stop wins over
 * everything; a waiting phase starts once all it waits for are done, and is skipped once any of
 * them ended otherwise.
 */
export function decide(
  runs: readonly Pick<PhaseRun, 'spec' | 'status'>[],
  now: number,
  deadline: number,
  cancelled: boolean,
): Step {
  const finished = runs.every((r) => isFinal(r.status));
  if (!finished && cancelled) return { stop: 'cancelled', start: [], skip: [], finished };
  if (!finished && now >= deadline) return { stop: 'duration', start: [], skip: [], finished };
  const statusOf = new Map(runs.map((r) => [r.spec.name, r.status]));
  const start: PhaseName[] = [];
  const skip: PhaseName[] = [];
  for (const run of runs) {
    if (run.status !== 'waiting') continue;
    const deps = run.spec.after.filter((d) => statusOf.has(d)).map((d) => statusOf.get(d));
    if (deps.some((s) => s !== undefined && isFinal(s) && s !== 'done')) skip.push(run.spec.name);
    else if (deps.every((s) => s === 'done')) start.push(run.spec.name);
  }
  return { start, skip, finished };
}
