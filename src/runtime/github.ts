import { randomUUID } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { describeAwsError, describeNetworkError, isAwsServiceError, isNetworkError } from '../aws/errors.js';
import { systemClock, type Clock } from './clock.js';
import { ConfigurationError, OutcomeFailedError } from './errors.js';
import type { ReadInput } from './inputs.js';
import type { Logger } from './logger.js';
import { mapStackTrace } from './stack-trace.js';
import { fileCommandEntry, inputVariable, stateVariable, workflowCommand } from './workflow-commands.js';

/**
 * Everything an action entry needs from the GitHub runner, as plain functions. This is the
 * only module that talks to the runner; the domain sees these ports, and tests fake them.
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
  /** Fails the step with this message (an error annotation and a non-zero exit). */
  fail(message: string): void;
  /**
   * Saves a value for this action's `post:` step (GITHUB_STATE). Saving a name again replaces
   * the value the post step sees, so a rollout can keep its latest position there.
   */
  saveState(name: string, value: string): void;
  /** In a `post:` step: a value the main step saved, or '' when it saved none. */
  readState(name: string): string;
}

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const githubLogger: Logger = {
  debug: (message) => print(workflowCommand('debug', message)),
  info: (message) => print(message),
  warning: (message) => print(workflowCommand('warning', message)),
  error: (message) => print(workflowCommand('error', message)),
  group: async (title, work) => {
    print(workflowCommand('group', title));
    try {
      return await work();
    } finally {
      print(workflowCommand('endgroup', ''));
    }
  },
};

export const githubRuntime: ActionRuntime = {
  readInput: (name) => (process.env[inputVariable(name)] ?? '').trim(),
  logger: githubLogger,
  clock: systemClock,
  setOutput: (name, value) => {
    const file = process.env.GITHUB_OUTPUT;
    // Outside a runner (a local run) there is nowhere to put outputs; show them instead.
    if (file) appendFileSync(file, fileCommandEntry(name, value, `ghadelimiter_${randomUUID()}`));
    else print(`output ${name}: ${value}`);
  },
  writeSummary: async (markdown) => {
    // No summary file outside a runner: the log already has everything.
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file) writeFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  },
  setSecret: (value) => print(workflowCommand('add-mask', value)),
  fail: (message) => {
    process.exitCode = 1;
    githubLogger.error(message);
  },
  saveState: (name, value) => {
    const file = process.env.GITHUB_STATE;
    if (file) appendFileSync(file, fileCommandEntry(name, value, `ghadelimiter_${randomUUID()}`));
  },
  readState: (name) => process.env[stateVariable(name)] ?? '',
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
      runtime.fail(error.message);
      return;
    }
    if (isAwsServiceError(error)) {
      runtime.fail(describeAwsError(error));
      return;
    }
    if (isNetworkError(error)) {
      runtime.fail(describeNetworkError(error));
      return;
    }
    const stack = error instanceof Error ? mapStackTrace(error.stack ?? error.message) : String(error);
    runtime.logger.error(`Unexpected error (a bug in trading-actions, please report it):\n${stack}`);
    runtime.fail(error instanceof Error ? error.message : String(error));
  }
}
