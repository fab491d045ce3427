// Entry point of the deploy-window action: the composition root. It reads the inputs, checks the
// window on the runner's clock, and turns the decision into outputs and a job summary. No AWS
// client is built: the check needs nothing but the time. All decisions live in src/deploy-window.
import { formatUtc } from '../../src/calendar/dates.js';
import { checkDeployWindow, DeployWindowClosedError } from '../../src/deploy-window/check.js';
import type { WindowEvaluation } from '../../src/deploy-window/evaluate.js';
import { parseDeployWindowActionInputs } from '../../src/deploy-window/inputs.js';
import { renderDeployWindowReport, reportFromDecision, reportFromFailure } from '../../src/deploy-window/report.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** The deploy-window action's main step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => main(host, runtime), host.runtime);
}

async function main(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const inputs = parseDeployWindowActionInputs(runtime.readInput);
  try {
    const decision = await checkDeployWindow(inputs, { clock: runtime.clock, logger: runtime.logger });
    const overridden = decision.outcome === 'overridden';
    if (decision.outcome !== 'unrestricted') setWindowOutputs(runtime, decision.evaluation);
    runtime.setOutput('overridden', String(overridden));
    runtime.setOutput('override-reason', overridden ? decision.overrideReason : '');
    await runtime.writeSummary(renderDeployWindowReport(reportFromDecision(inputs.policy, decision)));
  } catch (error) {
    if (!(error instanceof DeployWindowClosedError)) throw error;
    // The step fails, but a workflow's `if: failure()` steps can still read when it opens.
    setWindowOutputs(runtime, error.evaluation);
    runtime.setOutput('overridden', 'false');
    runtime.setOutput('override-reason', '');
    await runtime.writeSummary(renderDeployWindowReport(reportFromFailure(inputs.policy, error)));
    throw error;
  }
}

function setWindowOutputs(runtime: ActionRuntime, evaluation: WindowEvaluation): void {
  runtime.setOutput('open', String(evaluation.open));
  runtime.setOutput('next-open', evaluation.nextOpen === undefined ? '' : formatUtc(evaluation.nextOpen));
  runtime.setOutput('closes-at', evaluation.closesAt === undefined ? '' : formatUtc(evaluation.closesAt));
  runtime.setOutput('reason', evaluation.reason);
}
