// @ts-check
// The canary's figures for `npm run bench`, measured against moto with the traffic simulator:
// - time from a fault's onset (the canary side starts answering with 8 % 5xx and 350 ms) to all
//   traffic read back on the live side, with 10-second metrics and a 10-second gate interval;
// - AWS API calls per step of a healthy rollout, by operation (through a counting proxy);
// - the wall time of `npm run demo`.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { DescribeListenersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { createAlbStack, STACK } from '../lib/alb-stack.mjs';
import { startMotoServer } from '../lib/moto-server.mjs';
import { REPO_ROOT, runAction } from '../lib/run-action.mjs';
import { simulatorChecks, startTrafficSimulator } from '../lib/traffic-simulator.mjs';

const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench' };

/**
 * @param {{ node: string, faultRuns: number }} options
 */
export async function canaryFigures(options) {
  const recoveries = [];
  for (let run = 0; run < options.faultRuns; run++) recoveries.push(await faultToRestore(options.node));
  const calls = await callsPerStep(options.node);
  const demo = demoWallTime(options.node);
  return { recoverySeconds: recoveries, callsPerStep: calls, demoSeconds: demo };
}

/**
 * One rollout whose canary turns faulty mid-step; seconds from the fault to weights 100/0 read back.
 * @param {string} node
 */
async function faultToRestore(node) {
  return withStack(async ({ endpoint, stack, simulator, elb }) => {
    const env = { AWS_ENDPOINT_URL: endpoint, AWS_REGION: 'us-east-1', ...CREDENTIALS };
    const running = runAction(
      'canary',
      inputs(stack, { steps: '25%:5m, 100%:5m', interval: '10s', periodSeconds: 10 }),
      {
        env,
        node,
      },
    );
    let ended = false;
    void running.then(() => (ended = true));
    // Let the canary take traffic and pass a few evaluations, then break it.
    await waitFor(async () => {
      if (ended) {
        const run = await running;
        throw new Error(`the canary ended before taking traffic (${run.outputs.result}):\n${run.stdout.slice(-3000)}`);
      }
      return (await weights(elb, stack)).green === 25;
    }, 60_000);
    await sleep(25_000);
    simulator.injectFault('green');
    const onset = Date.now();
    await waitFor(async () => (await weights(elb, stack)).green === 0, 120_000, 100);
    const seconds = (Date.now() - onset) / 1000;
    const result = await running;
    if (result.outputs.result !== 'rolled-back') throw new Error(`expected a rollback, got ${result.outputs.result}`);
    return seconds;
  });
}

/**
 * A healthy three-step rollout through a counting proxy: AWS calls per step, by operation.
 * @param {string} node
 */
async function callsPerStep(node) {
  return withStack(async ({ endpoint, stack }) => {
    /** @type {{ at: number, operation: string }[]} */
    const log = [];
    const upstream = new URL(endpoint);
    const proxy = createServer((req, res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const target = String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop();
        const action = new URLSearchParams(body.toString()).get('Action');
        const path = (req.url ?? '').split('/').pop();
        log.push({ at: Date.now(), operation: target || action || path || '?' });
        const forward = request(
          { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.end(body);
      });
    });
    await new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = proxy.address();
    const proxyEndpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const run = await runAction(
        'canary',
        inputs(stack, { steps: '20%:20s, 50%:20s, 100%:20s', interval: '10s', periodSeconds: 10 }),
        { env: { AWS_ENDPOINT_URL: proxyEndpoint, AWS_REGION: 'us-east-1', ...CREDENTIALS }, node },
      );
      if (run.outputs.result !== 'promoted') throw new Error(`expected a promotion, got ${run.outputs.result}`);
      // Every shift is the same four calls — readiness (DescribeServices, DescribeTargetHealth),
      // lease renewal (AddTags), then ModifyListener — so a step starts three calls before its
      // ModifyListener and runs to the start of the next. moto answers in milliseconds, too fast
      // to split the log by time.
      const modifies = log.flatMap((call, index) => (call.operation === 'ModifyListener' ? [index - 3] : []));
      const phases = [
        'before step 1 (read, plan, lease, deploy and wait for the canary)',
        ...modifies.map((_, i) => `step ${i + 1}`),
      ];
      /** @type {Record<string, Record<string, number>>} */
      const byPhase = Object.fromEntries(phases.map((p) => [p, {}]));
      for (const [index, call] of log.entries()) {
        const phase = byPhase[phases[modifies.filter((start) => index >= start).length] ?? ''];
        if (phase) phase[call.operation] = (phase[call.operation] ?? 0) + 1;
      }
      return byPhase;
    } finally {
      proxy.close();
    }
  });
}

/** @param {string} node */
function demoWallTime(node) {
  const started = Date.now();
  const demo = spawnSync(node, [join(REPO_ROOT, 'scripts/demo.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (demo.status !== 0)
    throw new Error(`npm run demo failed:\n${demo.stdout.slice(-2000)}\n${demo.stderr.slice(-2000)}`);
  return (Date.now() - started) / 1000;
}

/**
 * @template T
 * @param {(context: { endpoint: string, stack: Awaited<ReturnType<typeof createAlbStack>>, simulator: ReturnType<typeof startTrafficSimulator>, elb: ElasticLoadBalancingV2Client }) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withStack(work) {
  const moto = await startMotoServer({ runningCount: 2 });
  const stack = await createAlbStack(moto.endpoint);
  const simulator = startTrafficSimulator({
    endpoint: moto.endpoint,
    stack,
  });
  const elb = new ElasticLoadBalancingV2Client({
    region: 'us-east-1',
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  try {
    return await work({ endpoint: moto.endpoint, stack, simulator, elb });
  } finally {
    await simulator.stop();
    elb.destroy();
    await moto.stop();
  }
}

/**
 * @param {Awaited<ReturnType<typeof createAlbStack>>} stack
 * @param {{ steps: string, interval: string, periodSeconds: number }} plan
 */
function inputs(stack, plan) {
  return {
    cluster: STACK.cluster,
    'listener-arn': stack.listenerArn,
    'blue-service': STACK.blueService,
    'blue-target-group': stack.blueTargetGroup,
    'green-service': STACK.greenService,
    'green-target-group': stack.greenTargetGroup,
    image: `registry.example/order-router:2.0.0@sha256:${'3'.repeat(64)}`,
    steps: plan.steps,
    interval: plan.interval,
    checks: simulatorChecks({ periodSeconds: plan.periodSeconds }),
    'inconclusive-limit': '3',
    'keep-previous': '0',
  };
}

/**
 * @param {ElasticLoadBalancingV2Client} elb
 * @param {Awaited<ReturnType<typeof createAlbStack>>} stack
 */
async function weights(elb, stack) {
  const out = await elb.send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] }));
  const groups = out.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? [];
  return {
    blue: groups.find((g) => g.TargetGroupArn === stack.blueTargetGroup)?.Weight ?? 0,
    green: groups.find((g) => g.TargetGroupArn === stack.greenTargetGroup)?.Weight ?? 0,
  };
}

/**
 * @param {() => Promise<boolean>} condition
 * @param {number} timeoutMs
 */
async function waitFor(condition, timeoutMs, everyMs = 500) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting in the benchmark');
    await sleep(everyMs);
  }
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
