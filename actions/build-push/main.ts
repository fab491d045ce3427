// Entry point of the build-push action: the composition root. It reads the inputs, builds the ECR
// client and the docker runner once, hands them to the domain, and turns the report into outputs
// and a job summary. All decisions live in src/build-push.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ECRClient } from '@aws-sdk/client-ecr';
import { awsClientSettings } from '../../src/aws/client-config.js';
import { createEcrPort } from '../../src/aws/ecr.js';
import { runBuildPush } from '../../src/build-push/build-push.js';
import { createDockerPort } from '../../src/build-push/docker.js';
import { readGitHubContext } from '../../src/build-push/github-context.js';
import { parseBuildPushInputs } from '../../src/build-push/inputs.js';
import { findingCounts, renderBuildPushReport } from '../../src/build-push/report.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction, type ActionRuntime } from '../../src/runtime/github.js';
import { processHost, type ActionHost } from '../../src/runtime/host.js';

/** The build-push action's main step. */
export async function run(host: ActionHost = processHost()): Promise<void> {
  await runAction((runtime) => main(host, runtime), host.runtime);
}

async function main(host: ActionHost, runtime: ActionRuntime): Promise<void> {
  const inputs = parseBuildPushInputs(runtime.readInput);
  const settings = awsClientSettings(inputs.awsRegion, host.env);
  const work = mkdtempSync(join(host.env.RUNNER_TEMP || tmpdir(), 'build-push-'));

  const report = await runBuildPush(inputs, {
    ecr: createEcrPort(new ECRClient(settings)),
    docker: createDockerPort(),
    clock: runtime.clock,
    logger: runtime.logger,
    github: readGitHubContext(host.env),
    setSecret: (value) => runtime.setSecret(value),
    metadataFile: join(work, 'metadata.json'),
    readTextFile: (path) => readFileSync(path, 'utf8'),
    // buildx's gha cache talks to the runner's cache service with this token.
    ghaCacheAvailable: !!host.env.ACTIONS_RUNTIME_TOKEN,
  });

  runtime.setOutput('image', report.image);
  runtime.setOutput('digest', report.digest);
  runtime.setOutput('tags', report.tags.join('\n'));
  runtime.setOutput('findings', JSON.stringify(findingCounts(report)));
  runtime.setOutput('report', JSON.stringify(report));
  await runtime.writeSummary(renderBuildPushReport(report));
  if (!report.passed) throw new OutcomeFailedError(report.headline);
  runtime.logger.info(report.headline);
}
