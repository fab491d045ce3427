import * as core from '@actions/core';
import { describeAwsError, isAwsServiceError } from '../aws/errors.js';
import { systemClock, type Clock } from './clock.js';
import { ConfigurationError, OutcomeFailedError } from './errors.js';
import type { ReadInput } from './inputs.js';
import type { Logger } from './logger.js';
import { mapStackTrace } from './stack-trace.js';

/**
 * Everything an action entry needs from the GitHub runner, as plain functions. This is the
 * only module that imports @actions/core; the domain sees these ports, and tests fake them.
 */
export interface ActionRuntime {
  readonly readInput: ReadInput;
  readonly logger: Logger;
  readonly clock: Clock;
  setOutput(name: string, value: string): void;
  /** Replaces this step's job summary with the given Markdown. */
  writeSummary(markdown: string): Promise<void>;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
}

const githubLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  group: (title, work) => core.group(title, work),
};

export const githubRuntime: ActionRuntime = {
  readInput: (name) => core.getInput(name),
  logger: githubLogger,
  clock: systemClock,
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    // No summary file outside a runner (local runs): the log already has everything.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write({ overwrite: true });
  },
  setSecret: (value) => core.setSecret(value),
};

/**
 * Runs an action's main function and turns every way it can end into the right step result:
 * a configuration error or a failed outcome fails the step with its message alone; anything
 * else is a bug, so its stack is logged too. Nothing ends green by accident.
 */
export async function runAction(
  main: (runtime: ActionRuntime) => Promise<void>,
  runtime: ActionRuntime = githubRuntime,
): Promise<void> {
  try {
    await main(runtime);
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof OutcomeFailedError) {
      core.setFailed(error.message);
      return;
    }
    if (isAwsServiceError(error)) {
      core.setFailed(describeAwsError(error));
      return;
    }
    const stack = error instanceof Error ? mapStackTrace(error.stack ?? error.message) : String(error);
    core.error(`Unexpected error (a bug in trading-actions, please report it):\n${stack}`);
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
