import type { Clock } from '../runtime/clock.js';
import type { Logger } from '../runtime/logger.js';
import type { DeployWindowReport } from '../deploy-window/report.js';
import type { Color, Pair } from './colors.js';
import type { CanaryInputs } from './inputs.js';
import type { CanaryResult } from './machine.js';
import type { CanaryReport, StepRecord, TimelineEntry } from './report.js';

/** How a run ended, in the words of its report. */
export interface Ending {
  readonly result: CanaryResult;
  readonly headline: string;
  readonly reason: string;
  /**
   * Traffic could not be confirmed on a safe side: the lease stays with this run, so its post step
   * (which retries the restore with the same lease) is the only one to act on the pair.
   */
  readonly keepLease?: boolean;
  /**
   * What this run could not finish although its result stands (the side without traffic still
   * running, say): the step fails so a person sees it, and the post step tries again.
   */
  readonly leftOver?: string;
}

/**
 * What one canary run saw and did, collected as it happens (a timeline line for every change, the
 * steps with their gate verdicts, notes for the summary) and turned into the report at the end.
 */
export class Journal {
  readonly timeline: TimelineEntry[] = [];
  readonly notes: string[] = [];
  readonly steps: StepRecord[] = [];
  readonly startedAt: number;
  /** Filled in as they become known, so an early ending reports what it can. */
  liveBefore?: Color;
  liveNow?: Color;
  weights?: Pair<number>;
  taskDefinitionArn?: string;
  previousTaskDefinitionArn?: string;
  window?: DeployWindowReport;
  /** When the new release began to carry all traffic (the live-since output). */
  liveSince?: number;

  constructor(
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly inputs: CanaryInputs,
    private readonly rolloutId: string,
  ) {
    this.startedAt = clock.now();
  }

  /** A line in the log and in the summary's timeline. */
  note(message: string): void {
    this.timeline.push({ at: new Date(this.clock.now()).toISOString(), message });
    this.logger.info(message);
  }

  /** A line for the summary's notes (said once). */
  remark(message: string): void {
    if (!this.notes.includes(message)) this.notes.push(message);
  }

  report(ending: Ending): CanaryReport {
    return {
      mode: this.inputs.mode,
      rolloutId: this.rolloutId,
      cluster: this.inputs.cluster,
      services: this.inputs.services,
      steps: this.steps,
      timeline: this.timeline,
      notes: this.notes,
      startedAt: new Date(this.startedAt).toISOString(),
      result: ending.result,
      headline: ending.headline,
      reason: ending.reason,
      leftOver: ending.leftOver,
      liveBefore: this.liveBefore,
      liveColor: this.liveNow,
      weights: this.weights,
      taskDefinitionArn: this.taskDefinitionArn,
      previousTaskDefinitionArn: this.previousTaskDefinitionArn,
      window: this.window,
      liveSince: this.liveSince === undefined ? undefined : new Date(this.liveSince).toISOString(),
      durationMs: this.clock.now() - this.startedAt,
    };
  }
}
