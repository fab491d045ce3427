// Entry point of the dr-test action: the composition root. It reads the inputs, builds the
// clients of both regions once, saves what the post step needs, runs the drill (tearing down on
// SIGINT/SIGTERM too), and turns the report into outputs, files and a job summary. All decisions
// live in src/dr-test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { awsClientSettings } from '../../src/aws/client-config.js';
import { createRegionPorts } from '../../src/dr-test/clients.js';
import { runDrill } from '../../src/dr-test/drill.js';
import { parseDrTestInputs, resolveRunId } from '../../src/dr-test/inputs.js';
import { planOf, STATE } from '../../src/dr-test/post-cleanup.js';
import { renderDrillReport, renderJunitReport, type DrillReport } from '../../src/dr-test/report.js';
import { createSmokeProbe } from '../../src/dr-test/smoke.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';
import { guardTermination } from '../../src/runtime/termination.js';

/** The dr-test action's main step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => main(host, runtime), host.runtime);
}

async function main(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const inputs = parseDrTestInputs(runtime.readInput);
  const runId = resolveRunId(inputs.runId, host.env);
  const ports = createRegionPorts(
    awsClientSettings(inputs.primaryRegion, host.env),
    awsClientSettings(inputs.recoveryRegion, host.env),
  );
  // Saved before anything changes: a post step after a killed main step finds the drill by it.
  runtime.saveState(STATE.plan, JSON.stringify(planOf(inputs, runId)));

  const controller = new AbortController();
  const drill = runDrill(
    { ...inputs, runId },
    {
      ...ports,
      probe: createSmokeProbe(fetch),
      clock: runtime.clock,
      logger: runtime.logger,
      signal: controller.signal,
      onResourcesChange: (resources) => runtime.saveState(STATE.resources, JSON.stringify(resources)),
    },
  );
  // On cancellation the drill stops at its next step, tears down, and the report is still
  // published before the process exits; the post step then finds nothing left to do.
  let published: Promise<void> | undefined;
  const publishOnce = (report: DrillReport) => (published ??= publish(report, inputs.reportDirectory, runtime));
  const guard = guardTermination(async () => {
    controller.abort();
    await publishOnce(await drill);
  }, runtime.logger);
  let report: DrillReport;
  try {
    report = await drill;
  } finally {
    guard.release();
  }
  await publishOnce(report);
  if (report.result !== 'pass') throw new OutcomeFailedError(`DR drill ${report.result}: ${report.reason}`);
  runtime.logger.info(`DR drill pass: ${report.reason}`);
}

async function publish(report: DrillReport, directory: string, runtime: ActionRuntime): Promise<void> {
  runtime.saveState(STATE.finished, 'true');
  const folder = resolve(directory);
  mkdirSync(folder, { recursive: true });
  const reportFile = resolve(folder, 'dr-test-report.json');
  const junitFile = resolve(folder, 'dr-test-junit.xml');
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(junitFile, renderJunitReport(report));
  runtime.setOutput('result', report.result);
  runtime.setOutput('rto-seconds', report.rtoSeconds === undefined ? '' : String(report.rtoSeconds));
  runtime.setOutput('rpo-seconds', report.rpoSeconds === undefined ? '' : String(report.rpoSeconds));
  runtime.setOutput('report', JSON.stringify(report));
  runtime.setOutput('report-file', reportFile);
  runtime.setOutput('junit-file', junitFile);
  await runtime.writeSummary(renderDrillReport(report));
}
