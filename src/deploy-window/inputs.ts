import { InputReader, type ReadInput } from '../runtime/inputs.js';
import type { CheckDeployWindowOptions, DeployWindowSettings, OnClosedWindow } from './check.js';
import { parseDeployWindow, PolicySyntaxError, type DeployWindowPolicy } from './policy.js';

const MIN_OVERRIDE_REASON = 10;
const MAX_OVERRIDE_REASON = 500;

/**
 * Reads and validates `deploy-window`, `on-closed-window` and `override-reason` into an
 * existing reader, so every deploying action (ecs-deploy, canary, the standalone check) offers
 * the same three inputs with one call and reports their problems with its own.
 * `required`: the standalone check needs a policy; a deploying action treats an empty one as
 * "no restriction". `allowContinue`: only the standalone check may report a closed window
 * without failing, because its job is to let a workflow branch on it.
 */
export function readDeployWindowInputs(
  reader: InputReader,
  options: { readonly required?: boolean; readonly allowContinue?: boolean } = {},
): DeployWindowSettings {
  const text = reader.string('deploy-window', { required: options.required ?? false });
  const modes: readonly OnClosedWindow[] = options.allowContinue ? ['fail', 'wait', 'continue'] : ['fail', 'wait'];
  const onClosedWindow = reader.choice('on-closed-window', modes, 'fail');
  const overrideReason = reader.string('override-reason');

  let policy: DeployWindowPolicy | undefined;
  if (text !== undefined) {
    try {
      policy = parseDeployWindow(text);
    } catch (error) {
      if (!(error instanceof PolicySyntaxError)) throw error;
      reader.problem(
        'deploy-window',
        `${error.message} Examples: 'outside XNYS regular', 'outside XNYS,XLON regular; not within 30m of open or close', 'Mon-Fri 18:00-06:00 America/New_York'.`,
      );
    }
  }
  if (overrideReason !== undefined && overrideReason.length < MIN_OVERRIDE_REASON) {
    reader.problem(
      'override-reason',
      `'${overrideReason}' is too short to explain an emergency deploy. Say what and who approved it, like 'INC-4521: fix rejected orders, approved by the desk head' (at least ${MIN_OVERRIDE_REASON} characters).`,
    );
  } else if (overrideReason !== undefined && overrideReason.length > MAX_OVERRIDE_REASON) {
    reader.problem(
      'override-reason',
      `is ${overrideReason.length} characters long; keep it under ${MAX_OVERRIDE_REASON}.`,
    );
  }
  return { policy, onClosedWindow, overrideReason };
}

/** The standalone deploy-window action's inputs: the shared three plus how long `wait` may wait. */
export type DeployWindowActionInputs = CheckDeployWindowOptions & { readonly policy: DeployWindowPolicy };

/** Reads and validates every input of actions/deploy-window; all problems at once. */
export function parseDeployWindowActionInputs(read: ReadInput): DeployWindowActionInputs {
  const reader = new InputReader(read);
  const inputs = readDeployWindowActionInputs(reader);
  reader.throwIfProblems();
  return inputs as DeployWindowActionInputs;
}

/** The reading half, exposed so a test can compare the inputs read with action.yml. */
export function readDeployWindowActionInputs(reader: InputReader): CheckDeployWindowOptions {
  const settings = readDeployWindowInputs(reader, { required: true, allowContinue: true });
  const waitTimeoutMs = reader.duration('timeout', '6h', { min: 0, max: 72 * 3_600_000 });
  return { ...settings, waitTimeoutMs };
}
