// Post step of the dr-test action: when the main step did not finish its teardown (the job was
// killed, or cancelled past the runner's grace period), remove everything tagged with the run id.
import { awsClientSettings } from '../../src/aws/client-config.js';
import { createRegionPorts } from '../../src/dr-test/clients.js';
import { cleanUpUnfinishedDrill, parsePlan, renderCleanup, STATE } from '../../src/dr-test/post-cleanup.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** The dr-test action's post step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => post(host, runtime), host.runtime);
}

async function post(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const plan = parsePlan(runtime.readState(STATE.plan));
  if (!plan) {
    runtime.logger.info('The drill never started (no saved plan); nothing to clean up.');
    return;
  }
  if (runtime.readState(STATE.finished) === 'true') {
    runtime.logger.info(`Drill ${plan.runId} finished its own teardown; nothing to clean up.`);
    return;
  }
  runtime.logger.warning(`Drill ${plan.runId} did not finish: removing everything tagged with its run id.`);
  const ports = createRegionPorts(
    awsClientSettings(plan.primaryRegion, host.env),
    awsClientSettings(plan.recoveryRegion, host.env),
  );
  const outcome = await cleanUpUnfinishedDrill(plan, runtime.readState(STATE.resources), {
    primaryRegion: plan.primaryRegion,
    recoveryRegion: plan.recoveryRegion,
    rds: ports.recovery.rds,
    s3: { primary: ports.primary.s3, recovery: ports.recovery.s3 },
    standby: ports.recovery.standby,
    protectedInstanceIds: plan.rdsInstance ? [plan.rdsInstance] : [],
    logger: runtime.logger,
  });
  await runtime.writeSummary(renderCleanup(plan, outcome));
  const left = [...outcome.removed, ...outcome.swept].filter((r) => r.outcome === 'failed' || r.outcome === 'refused');
  if (left.length > 0) {
    throw new OutcomeFailedError(
      `DR drill cleanup left ${left.length} resource(s): ${left.map((r) => `${r.resource} (${r.outcome}: ${r.detail})`).join('; ')}`,
    );
  }
}
