// `npm run demo`: the main job on a local default. Starts moto (the local AWS emulator), creates
// a cluster and a service running order-router:1, then runs the committed ecs-deploy bundle
// twice exactly as the GitHub runner would (a deploy of a new image, then a one-step rollback),
// printing each step's log and job summary. Nothing touches a real AWS account.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOTO_INSTALL_HINT, motoAvailable, startMotoServer } from './lib/moto-server.mjs';
import { REPO_ROOT, runAction } from './lib/run-action.mjs';

const CLUSTER = 'trading-demo';
const SERVICE = 'order-router';
const REGION = 'us-east-1';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'demo', AWS_SECRET_ACCESS_KEY: 'demo' };

if (!motoAvailable()) {
  console.error(`The demo runs against a local AWS emulator. ${MOTO_INSTALL_HINT}`);
  process.exit(1);
}

const moto = await startMotoServer({ runningCount: 2 });
try {
  const ecs = new ECSClient({
    region: REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY },
  });
  const example = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/order-router.task-definition.json'), 'utf8'));
  example.containerDefinitions[0].image = 'registry.example/order-router:1.0.0';
  await ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
  const first = await ecs.send(new RegisterTaskDefinitionCommand(example));
  await ecs.send(
    new CreateServiceCommand({
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: first.taskDefinition?.taskDefinitionArn,
      desiredCount: 2,
    }),
  );
  ecs.destroy();
  banner(`moto on ${moto.endpoint}: cluster ${CLUSTER}, service ${SERVICE} running order-router:1 (2 tasks)`);

  const env = { AWS_ENDPOINT_URL: moto.endpoint, AWS_REGION: REGION, ...CREDENTIALS };
  const steps = [
    {
      title: 'ecs-deploy: deploy a new image from examples/order-router.task-definition.json',
      inputs: {
        cluster: CLUSTER,
        service: SERVICE,
        'task-definition': 'examples/order-router.task-definition.json',
        'container-name': 'router',
        image: 'registry.example/order-router@sha256:5f1a0c3e9b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d',
        environment: 'RISK_CHECKS=strict',
        'poll-interval': '1s',
      },
    },
    {
      title: 'ecs-deploy with mode: rollback (no revision given: it picks one and says why)',
      inputs: { cluster: CLUSTER, service: SERVICE, mode: 'rollback', 'poll-interval': '1s' },
    },
  ];
  for (const step of steps) {
    banner(step.title);
    const run = await runAction('ecs-deploy', step.inputs, { cwd: REPO_ROOT, env });
    console.log(run.stdout.trimEnd());
    if (run.stderr.trim()) console.error(run.stderr.trimEnd());
    console.log(
      `\n--- exit code ${run.exitCode}; outputs: result=${run.outputs.result}, task-definition-arn=${run.outputs['task-definition-arn']}`,
    );
    console.log('--- job summary (GITHUB_STEP_SUMMARY):\n');
    console.log(run.summary.trimEnd());
    if (run.exitCode !== 0) process.exitCode = 1;
  }
} finally {
  await moto.stop();
}

function banner(text) {
  console.log(`\n${'='.repeat(100)}\n${text}\n${'='.repeat(100)}`);
}
