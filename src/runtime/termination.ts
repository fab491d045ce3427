import type { Logger } from './logger.js';

/**
 * When a workflow run is cancelled the runner sends the step SIGINT, then SIGTERM about 7.5 s
 * later, then kills it. A rollout caught half-way must put production right in that gap rather
 * than wait for its post step (which a killed job may never reach), so the action restores at
 * the first signal, exits, and lets the post step confirm.
 */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface TerminationGuard {
  /** Stops listening: the work the guard protected has finished. */
  release(): void;
}

const EXIT_CODE: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };
const GUARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Runs `restore` once on the first SIGINT or SIGTERM, then exits with the conventional code
 * (128 + signal number). A second signal while restoring is logged and otherwise ignored: the
 * restore is the one thing that must finish.
 */
export function guardTermination(
  restore: (signal: NodeJS.Signals) => Promise<void>,
  logger: Logger,
  signals: SignalSource = process,
  exit: (code: number) => void = (code) => process.exit(code),
): TerminationGuard {
  let restoring = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (restoring) {
      logger.warning(`Received ${signal} again; still restoring, please wait.`);
      return;
    }
    restoring = true;
    logger.warning(`Received ${signal}: the job is being cancelled or stopped. Restoring a safe state before exiting.`);
    void restore(signal)
      .catch((error: unknown) => {
        logger.error(`Restoring after ${signal} failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => exit(EXIT_CODE[signal] ?? 1));
  };
  for (const signal of GUARDED_SIGNALS) signals.on(signal, onSignal);
  return {
    release: () => {
      for (const signal of GUARDED_SIGNALS) signals.off(signal, onSignal);
    },
  };
}
