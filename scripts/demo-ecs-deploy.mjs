// `npm run demo:ecs-deploy`: the rolling-deploy walk-through. Starts moto (the local AWS emulator) and a
// stand-in order router on localhost, creates a cluster and a service running order-router:1, and
// then runs the committed bundles exactly as the GitHub runner would: ecs-deploy with a new image,
// health-gate on the result (HTTP probe, ALB metrics, ECS health), and ecs-deploy's one-step
// rollback, printing each step's log and job summary. Nothing touches a real AWS account.
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { MOTO_INSTALL_HINT, motoAvailable, startMotoServer } from './lib/moto-server.mjs';
import { REPO_ROOT, runAction } from './lib/run-action.mjs';

const CLUSTER = 'trading-demo';
const SERVICE = 'order-router';
const REGION = 'us-east-1';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'demo', AWS_SECRET_ACCESS_KEY: 'demo' };
const LOAD_BALANCER = 'app/trading-demo/50dc6c495c0c9188';
const TARGET_GROUP = 'targetgroup/order-router/73e2d6bc24d8a067';

// The SDK warns that it will soon need Node 22; the demo's own Node is beside the point.
process.removeAllListeners('warning');

if (!motoAvailable()) {
  console.error(`The demo runs against a local AWS emulator. ${MOTO_INSTALL_HINT}`);
  process.exit(1);
}

const moto = await startMotoServer({ runningCount: 2 });
// A stand-in for the deployed order router's health endpoint.
const router = createServer((request, response) => {
  response.writeHead(request.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ status: 'ok', venue: 'XNYS' }));
});
await new Promise((resolve) => router.listen(0, '127.0.0.1', resolve));
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
  await publishAlbMetrics(moto.endpoint);
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
      title: 'health-gate: HTTP probe, ALB 5xx rate and response time, ECS task health',
      action: 'health-gate',
      inputs: {
        checks: [
          'http:',
          `  - url: http://127.0.0.1:${router.address().port}/health`,
          '    id: order-router-health',
          '    body-contains: \'"status":"ok"\'',
          '    max-latency: 500ms',
          // moto cannot compute percentiles, so the demo spells out what the alb-target-group
          // preset would check, with average latency in place of p95.
          'metrics:',
          '  - id: error-rate',
          '    ratio:',
          '      namespace: AWS/ApplicationELB',
          `      dimensions: { LoadBalancer: ${LOAD_BALANCER}, TargetGroup: ${TARGET_GROUP} }`,
          '      numerator: { metric: HTTPCode_Target_5XX_Count, stat: Sum }',
          '      denominator: { metric: RequestCount, stat: Sum }',
          "    threshold: '< 0.01'",
          '    lookback: 10m',
          '    reduce: max',
          '  - id: response-time',
          '    namespace: AWS/ApplicationELB',
          '    metric: TargetResponseTime',
          '    stat: Average',
          `    dimensions: { LoadBalancer: ${LOAD_BALANCER}, TargetGroup: ${TARGET_GROUP} }`,
          "    threshold: '< 0.25'",
          'ecs:',
          `  - { cluster: ${CLUSTER}, service: ${SERVICE} }`,
        ].join('\n'),
      },
    },
    {
      title: 'ecs-deploy with mode: rollback (no revision given: it picks one and says why)',
      inputs: { cluster: CLUSTER, service: SERVICE, mode: 'rollback', 'poll-interval': '1s' },
    },
  ];
  for (const step of steps) {
    banner(step.title);
    const run = await runAction(step.action ?? 'ecs-deploy', step.inputs, { cwd: REPO_ROOT, env });
    console.log(run.stdout.trimEnd());
    if (run.stderr.trim()) console.error(run.stderr.trimEnd());
    const shown = Object.entries(run.outputs)
      .filter(([name]) => name !== 'report')
      .map(([name, value]) => `${name}=${value}`)
      .join(', ');
    console.log(`\n--- exit code ${run.exitCode}; outputs: ${shown} (and report, JSON)`);
    console.log('--- job summary (GITHUB_STEP_SUMMARY):\n');
    console.log(run.summary.trimEnd());
    if (run.exitCode !== 0) process.exitCode = 1;
  }
} finally {
  router.close();
  await moto.stop();
}

/**
 * Ten minutes of healthy ALB metrics for the order router's target group, as ALB would publish
 * them: requests, a few 5xx (there is no 5xx datapoint in a minute without errors), and response
 * times.
 */
async function publishAlbMetrics(endpoint) {
  const cloudwatch = new CloudWatchClient({
    region: REGION,
    endpoint,
    credentials: { accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY },
  });
  const dimensions = [
    { Name: 'LoadBalancer', Value: LOAD_BALANCER },
    { Name: 'TargetGroup', Value: TARGET_GROUP },
  ];
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  const data = [];
  for (let ago = 1; ago <= 10; ago++) {
    const Timestamp = new Date(minute - ago * 60_000);
    data.push({ MetricName: 'RequestCount', Dimensions: dimensions, Timestamp, Value: 1200 + 10 * ago, Unit: 'Count' });
    if (ago % 4 === 0)
      data.push({
        MetricName: 'HTTPCode_Target_5XX_Count',
        Dimensions: dimensions,
        Timestamp,
        Value: 2,
        Unit: 'Count',
      });
    data.push({
      MetricName: 'TargetResponseTime',
      Dimensions: dimensions,
      Timestamp,
      Value: 0.04 + 0.002 * ago,
      Unit: 'Seconds',
    });
  }
  await cloudwatch.send(new PutMetricDataCommand({ Namespace: 'AWS/ApplicationELB', MetricData: data }));
  cloudwatch.destroy();
}

function banner(text) {
  console.log(`\n${'='.repeat(100)}\n${text}\n${'='.repeat(100)}`);
}
