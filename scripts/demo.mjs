// `npm run demo`: the main job, on this machine. It starts moto (the local AWS emulator), creates
// a VPC, an ALB with a listener, two target groups and a blue and a green ECS service, and starts
// a traffic simulator that publishes per-target-group ALB metrics according to the listener's
// weights and what each side runs. Then it runs the committed canary bundle exactly as the GitHub
// runner would, twice: a healthy release that is promoted step by step, and a faulty one (more
// 5xx, slower) that is rolled back by itself. Steps are seconds long here; in production they
// are minutes. Nothing touches a real AWS account.
import { createAlbStack, STACK } from './lib/alb-stack.mjs';
import { MOTO_INSTALL_HINT, motoAvailable, startMotoServer } from './lib/moto-server.mjs';
import { REPO_ROOT, runAction } from './lib/run-action.mjs';
import { simulatorChecks, startTrafficSimulator } from './lib/traffic-simulator.mjs';

// The SDK warns that it will soon need Node 22; the demo's own Node is beside the point.
process.removeAllListeners('warning');

if (!motoAvailable()) {
  console.error(`The demo runs against a local AWS emulator. ${MOTO_INSTALL_HINT}`);
  process.exit(1);
}

const demoStarted = Date.now();
const moto = await startMotoServer({ runningCount: 2 });
const stack = await createAlbStack(moto.endpoint);
const timeline = [];
const simulator = startTrafficSimulator({
  endpoint: moto.endpoint,
  stack,
  onWeights: ({ at, weights }) =>
    timeline.push(`+${((at - demoStarted) / 1000).toFixed(1)}s weights ${JSON.stringify(weights)}`),
});
banner(
  `moto on ${moto.endpoint}: ALB listener → blue 100 / green 0; ${STACK.blueService} runs order-router:1 (2 tasks); simulator publishing ALB metrics`,
);

const env = {
  AWS_ENDPOINT_URL: moto.endpoint,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'demo',
  AWS_SECRET_ACCESS_KEY: 'demo',
  GITHUB_REPOSITORY: 'org/order-router',
  GITHUB_RUN_ID: '1001',
};
const common = {
  cluster: STACK.cluster,
  'listener-arn': stack.listenerArn,
  'blue-service': STACK.blueService,
  'blue-target-group': stack.blueTargetGroup,
  'green-service': STACK.greenService,
  'green-target-group': stack.greenTargetGroup,
  steps: '20%:10s, 50%:10s, 100%:10s',
  checks: simulatorChecks({ periodSeconds: 5 }),
  interval: '5s',
  'keep-previous': '0',
};
const releases = [
  {
    label: 'Release 1.1.0 (healthy)',
    title: 'Release 1.1.0 (healthy): shift 20% → 50% → 100%, gate between steps, promote',
    image: `registry.example/order-router:1.1.0@sha256:${'1'.repeat(64)}`,
    expect: 'promoted',
  },
  {
    label: 'Release 1.2.0 (faulty)',
    title: 'Release 1.2.0 (faulty: 8% 5xx, 350 ms): the gate fails and traffic goes back at once',
    image: `registry.example/order-router:1.2.0-faulty@sha256:${'2'.repeat(64)}`,
    expect: 'rolled-back',
  },
];
const timings = [];
try {
  for (const [index, release] of releases.entries()) {
    banner(release.title);
    const started = Date.now();
    const run = await runAction(
      'canary',
      { ...common, image: release.image },
      { cwd: REPO_ROOT, env: { ...env, GITHUB_RUN_ID: String(1001 + index) } },
    );
    const seconds = (Date.now() - started) / 1000;
    timings.push(`${release.label}: ${run.outputs.result} in ${seconds.toFixed(1)} s`);
    console.log(run.stdout.trimEnd());
    if (run.stderr.trim()) console.error(run.stderr.trimEnd());
    console.log(
      `\n--- exit code ${run.exitCode}; result=${run.outputs.result}, live-color=${run.outputs['live-color']}, weights=${run.outputs.weights}`,
    );
    console.log('--- job summary (GITHUB_STEP_SUMMARY):\n');
    console.log(run.summary.trimEnd());
    if (run.outputs.result !== release.expect) {
      console.error(`\nExpected ${release.expect}, got ${run.outputs.result}.`);
      process.exitCode = 1;
    }
  }
} finally {
  // One more tick, so the timeline shows where the last run left the weights.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  await simulator.stop();
  await moto.stop();
}
banner('Timings');
for (const line of timings) console.log(line);
console.log('\nListener weights as the simulator saw them:');
for (const line of timeline) console.log(`  ${line}`);
console.log(`\nDemo wall time: ${((Date.now() - demoStarted) / 1000).toFixed(1)} s`);

function banner(text) {
  console.log(`\n${'='.repeat(100)}\n${text}\n${'='.repeat(100)}`);
}
