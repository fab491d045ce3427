import { formatUtc } from '../calendar/dates.js';
import type { Clock } from '../runtime/clock.js';
import { formatDuration } from '../runtime/duration.js';
import { ConfigurationError, OutcomeFailedError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { evaluateWindow, HORIZON_DAYS, policyZone, type WindowEvaluation } from './evaluate.js';
import type { DeployWindowPolicy } from './policy.js';
import { DateTime } from 'luxon';

/** What to do when the window is closed and there is no override. */
export type OnClosedWindow = 'fail' | 'wait' | 'continue';

/** The three inputs every deploying action shares, validated (see ./inputs.ts). */
export interface DeployWindowSettings {
  /** Undefined when no `deploy-window` is set: deploys are not restricted. */
  readonly policy: DeployWindowPolicy | undefined;
  /** `continue` is offered only by the standalone deploy-window action, which reports and lets the workflow branch. */
  readonly onClosedWindow: OnClosedWindow;
  /** Emergency override: lets a deploy through a closed window, and is recorded. */
  readonly overrideReason: string | undefined;
}

export interface CheckDeployWindowOptions extends DeployWindowSettings {
  /** How long `wait` may wait for the window to open. */
  readonly waitTimeoutMs: number;
}

/** How the check ended when the deploy may go ahead (or, with `continue`, when it may not). */
export type DeployWindowDecision =
  | { readonly outcome: 'unrestricted'; readonly checkedAt: number }
  | { readonly outcome: 'open'; readonly checkedAt: number; readonly evaluation: WindowEvaluation }
  | {
      readonly outcome: 'opened-after-wait';
      readonly checkedAt: number;
      /** The window as it was first found, closed. */
      readonly closed: WindowEvaluation;
      /** The window when it opened. */
      readonly evaluation: WindowEvaluation;
      readonly waitedMs: number;
    }
  | {
      readonly outcome: 'overridden';
      readonly checkedAt: number;
      readonly evaluation: WindowEvaluation;
      readonly overrideReason: string;
    }
  /** Only with on-closed-window: continue. */
  | { readonly outcome: 'closed'; readonly checkedAt: number; readonly evaluation: WindowEvaluation };

/** The window was closed and stayed closed: carries the evaluation so the caller can still report it. */
export class DeployWindowClosedError extends OutcomeFailedError {
  constructor(
    message: string,
    readonly evaluation: WindowEvaluation,
    readonly checkedAt: number,
    readonly waitedMs: number,
  ) {
    super(message);
    this.name = 'DeployWindowClosedError';
  }
}

/** While waiting, the log says it is still waiting this often, so a long wait does not look hung. */
export const WAIT_HEARTBEAT_MS = 15 * 60_000;

/**
 * Decides whether a deploy may start now. Open: go. Closed with an override reason: go, with a
 * warning annotation, and the decision carries the reason for the summary and the deployment
 * record. Closed and `wait`: sleeps on the clock until the window opens, failing at once when
 * that is after the timeout. Closed and `fail`: throws DeployWindowClosedError saying when it
 * opens. A policy that never opens within the horizon, other than `never`, is a
 * ConfigurationError: its clauses exclude each other.
 */
export async function checkDeployWindow(
  options: CheckDeployWindowOptions,
  deps: { readonly clock: Clock; readonly logger: Logger },
): Promise<DeployWindowDecision> {
  const { clock, logger } = deps;
  const checkedAt = clock.now();
  const { policy } = options;
  if (!policy) {
    if (options.overrideReason) logger.info('override-reason is set but no deploy-window is: nothing to override.');
    return { outcome: 'unrestricted', checkedAt };
  }
  const zone = policyZone(policy);
  const first = evaluateWindow(policy, checkedAt);
  if (first.open) {
    logger.info(`Deploy window open (${policy.text}): ${first.reason}${closesText(first, zone)}`);
    return { outcome: 'open', checkedAt, evaluation: first };
  }

  if (options.overrideReason) {
    logger.warning(
      `Deploying through a closed deploy window under an emergency override: "${options.overrideReason}". ` +
        `The window (${policy.text}) is closed: ${first.reason}.`,
    );
    return { outcome: 'overridden', checkedAt, evaluation: first, overrideReason: options.overrideReason };
  }

  const neverOpens = first.nextOpen === undefined;
  if (neverOpens && !policy.clauses.some((c) => c.kind === 'never')) {
    throw new ConfigurationError([
      {
        input: 'deploy-window',
        message: `'${policy.text}' is not open at any time in the next ${HORIZON_DAYS} days; its clauses exclude each other. Widen a custom range or drop a clause.`,
      },
    ]);
  }
  const closedText = `The deploy window (${policy.text}) is closed: ${first.reason}.`;
  const opensText = neverOpens ? ' It does not open.' : ` It opens ${when(first.nextOpen ?? 0, zone, checkedAt)}.`;

  if (options.onClosedWindow === 'continue') {
    logger.info(`${closedText}${opensText}`);
    return { outcome: 'closed', checkedAt, evaluation: first };
  }
  const hint = ' Set on-closed-window: wait to wait for it, or override-reason to deploy through it in an emergency.';
  if (options.onClosedWindow === 'fail' || neverOpens) {
    throw new DeployWindowClosedError(
      `${closedText}${opensText}${neverOpens ? ' Only override-reason gets a deploy through.' : hint}`,
      first,
      checkedAt,
      0,
    );
  }

  const deadline = checkedAt + options.waitTimeoutMs;
  if ((first.nextOpen ?? Infinity) > deadline) {
    throw new DeployWindowClosedError(
      `${closedText}${opensText} That is after the wait timeout of ${formatDuration(options.waitTimeoutMs)}, so not waiting.`,
      first,
      checkedAt,
      0,
    );
  }
  logger.info(`${closedText} Waiting until it opens ${when(first.nextOpen ?? 0, zone, checkedAt)}.`);

  for (;;) {
    const now = clock.now();
    const current = evaluateWindow(policy, now);
    if (current.open) {
      logger.info(`Deploy window open after waiting ${formatDuration(now - checkedAt)}: ${current.reason}`);
      return { outcome: 'opened-after-wait', checkedAt, closed: first, evaluation: current, waitedMs: now - checkedAt };
    }
    const nextOpen = current.nextOpen ?? Infinity;
    if (nextOpen > deadline) {
      throw new DeployWindowClosedError(
        `The deploy window (${policy.text}) is still closed after waiting ${formatDuration(now - checkedAt)}: ${current.reason}. ` +
          `It now opens ${current.nextOpen === undefined ? 'not within the horizon' : when(current.nextOpen, zone, now)}, after the wait timeout of ${formatDuration(options.waitTimeoutMs)}.`,
        current,
        checkedAt,
        now - checkedAt,
      );
    }
    if (now !== checkedAt) logger.info(`Still waiting for the deploy window: it opens ${when(nextOpen, zone, now)}.`);
    await clock.sleep(Math.min(nextOpen - now, WAIT_HEARTBEAT_MS));
  }
}

/** `at 2026-11-23T21:30:00Z (Mon 2026-11-23 16:30 EST, in 2h 30m)` */
export function when(instant: number, zone: string, now: number): string {
  const local = DateTime.fromMillis(instant, { zone }).toFormat('ccc yyyy-MM-dd HH:mm ZZZZ');
  return `at ${formatUtc(instant)} (${local}, in ${formatDuration(Math.max(0, instant - now))})`;
}

function closesText(evaluation: WindowEvaluation, zone: string): string {
  return evaluation.closesAt === undefined ? '' : ` It closes ${when(evaluation.closesAt, zone, evaluation.at)}.`;
}
