// Entry point of the ecs-deploy action: the composition root. It reads the inputs, builds the
// ECS client once, hands narrow ports to the domain, and turns the report into outputs and a
// job summary. All decisions live in src/ecs-deploy.
import { readFileSync } from 'node:fs';
import { ECSClient } from '@aws-sdk/client-ecs';
import { awsClientSettings } from '../../src/aws/client-config.js';
import { createEcsPort } from '../../src/aws/ecs.js';
import { runEcsDeploy } from '../../src/ecs-deploy/deploy.js';
import { parseEcsDeployInputs } from '../../src/ecs-deploy/inputs.js';
import { renderDeployReport } from '../../src/ecs-deploy/report.js';
import { OutcomeFailedError } from '../../src/runtime/errors.js';
import { runAction } from '../../src/runtime/github.js';

await runAction(async (runtime) => {
  const inputs = parseEcsDeployInputs(runtime.readInput);
  const settings = awsClientSettings(inputs.awsRegion, process.env);
  const ecs = createEcsPort(new ECSClient(settings));

  const report = await runEcsDeploy(inputs, {
    ecs,
    clock: runtime.clock,
    logger: runtime.logger,
    readTextFile: (path) => readFileSync(path, 'utf8'),
    region: settings.region,
  });

  runtime.setOutput('task-definition-arn', report.taskDefinitionArn ?? '');
  runtime.setOutput('previous-task-definition-arn', report.previousTaskDefinitionArn ?? '');
  runtime.setOutput('deployment-id', report.deploymentId ?? '');
  runtime.setOutput('result', report.result);
  runtime.setOutput('report', JSON.stringify(report));
  await runtime.writeSummary(renderDeployReport(report));
  if (!report.succeeded) throw new OutcomeFailedError(report.headline);
  runtime.logger.info(report.headline);
});
