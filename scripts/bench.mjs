// `npm run bench`: the figures the issues name, measured rather than asserted in timed tests.
//   1. Each bundle's size.
//   2. Cold start: process start to the first AWS request, median of N runs. The bundle runs as
//      the runner runs it, pointed (AWS_ENDPOINT_URL) at a local listener that timestamps the
//      first request and answers it with an error so the process ends.
//   3. Peak memory (max RSS) of a complete successful deploy against moto.
//   4. AWS API calls of one successful rolling deploy against moto, by operation, counted by a
//      proxy between the bundle and moto.
//   5. The simulated AWS world (test/sim): the matrix's size and run time, crash-at-every-call
//      and randomized runs (rollouts per second), races, and fault onset to traffic restored under
//      real ALB timing beside the ideal 10-second world (scripts/bench/simulation.ts).
// Options: --runs N (default 15), --node PATH (default: this Node; pass Node 24 to match GitHub).
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from '@aws-sdk/client-ecs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { canaryFigures } from './bench/canary.mjs';
import { MOTO_INSTALL_HINT, motoAvailable, startMotoServer } from './lib/moto-server.mjs';
import { REPO_ROOT, runAction } from './lib/run-action.mjs';

// The SDK warns that it will soon need Node 22; this script's own Node is beside the point.
process.removeAllListeners('warning');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'fault-runs': { type: 'string', default: '3' },
    'cold-start-only': { type: 'boolean', default: false },
    node: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const NODE = values.node ? resolve(values.node) : process.execPath;
const REGION = 'us-east-1';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench' };
const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();

/** Inputs that pass validation and need an AWS call straight away, per bundled action. */
const COLD_START_INPUTS = {
  'ecs-deploy': { cluster: 'bench', service: 'bench', 'task-definition': 'bench:1' },
  canary: {
    cluster: 'bench',
    'listener-arn':
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/bench/50dc6c495c0c9188/f2f7dc8efc522ab2',
    'blue-service': 'bench-blue',
    'green-service': 'bench-green',
    'blue-target-group': 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/bench-blue/73e2d6bc24d8a067',
    'green-target-group':
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/bench-green/9f1e2d3c4b5a6978',
    image: 'registry.example/bench:1',
    checks: 'alarms:\n  - names: [bench]\n',
  },
  'cost-alert': { budget: '10000' },
  'dr-test': {
    'primary-region': 'us-east-1',
    'recovery-region': 'us-west-2',
    'rds-instance': 'bench',
    'run-id': 'bench',
  },
  'build-push': { repository: 'bench', tags: 'bench' },
  'health-gate': {
    checks: [
      'metrics:',
      '  - namespace: Bench',
      '    metric: Latency',
      '    stat: Average',
      "    threshold: '< 1'",
    ].join('\n'),
  },
};

const results = { node: nodeVersion, runs: RUNS, bundles: {}, deploy: {} };
const actions = readdirSync(join(REPO_ROOT, 'dist')).filter((name) =>
  existsSync(join(REPO_ROOT, 'dist', name, 'index.js')),
);

// The floor: a Node process that does nothing but send one request. Shared machines drift, so
// the bundles and the floor are measured in interleaved rounds and reported side by side.
const FLOOR = '(floor: bare node, one request)';
const floorScript = join(REPO_ROOT, '.bench', 'floor.mjs');
mkdirSync(dirname(floorScript), { recursive: true });
writeFileSync(
  floorScript,
  "import { request } from 'node:http';\nrequest(process.env.AWS_ENDPOINT_URL, { method: 'POST' }, (r) => r.resume()).end();\n",
);
const measured = actions.filter((action) => COLD_START_INPUTS[action]);
const samples = Object.fromEntries([FLOOR, ...measured].map((name) => [name, []]));
for (let round = -1; round < RUNS; round++) {
  for (const name of [FLOOR, ...measured]) {
    const ms = await coldStart(name, COLD_START_INPUTS[name] ?? {}, name === FLOOR ? floorScript : undefined);
    if (round >= 0) samples[name].push(ms); // round -1 warms the file cache
  }
}
const summarise = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
results.floorMs = summarise(samples[FLOOR]);
for (const action of actions) {
  results.bundles[action] = {
    bytes: statSync(join(REPO_ROOT, 'dist', action, 'index.js')).size,
    // Lazily loaded chunks (<id>.index.js) count toward what is shipped, not toward every start.
    totalBytes: readdirSync(join(REPO_ROOT, 'dist', action))
      .filter((file) => file.endsWith('.js'))
      .reduce((sum, file) => sum + statSync(join(REPO_ROOT, 'dist', action, file)).size, 0),
    coldStartMs: samples[action]?.length ? summarise(samples[action]) : null,
  };
}

if (values['cold-start-only']) {
  report(results);
  process.exit(0);
}
results.judge = await judgeFigures();
results.simulation = await simulationFigures();

if (motoAvailable()) {
  results.deploy = await deployAgainstMoto();
  results.canary = await canaryFigures({ node: NODE, faultRuns: Number(values['fault-runs']) });
} else {
  console.warn(`Skipping the moto measurements: ${MOTO_INSTALL_HINT}`);
}

report(results);
mkdirSync(join(REPO_ROOT, '.bench'), { recursive: true });
writeFileSync(join(REPO_ROOT, '.bench', 'results.json'), JSON.stringify(results, null, 2));

/**
 * The canary judge's speed and statistical behaviour (scripts/bench/judge.ts), compiled with ncc
 * so it runs the same TypeScript the actions bundle.
 */
async function judgeFigures() {
  const ncc = (await import('@vercel/ncc')).default;
  const { code } = await ncc(join(REPO_ROOT, 'scripts/bench/judge.ts'), { quiet: true, target: 'es2022' });
  const dir = join(REPO_ROOT, '.bench', 'judge');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'index.js'), code);
  const run = spawnSync(NODE, [join(dir, 'index.js')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`judge bench failed:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The simulated world's figures (scripts/bench/simulation.ts), compiled with ncc like the judge's. */
async function simulationFigures() {
  const ncc = (await import('@vercel/ncc')).default;
  const { code } = await ncc(join(REPO_ROOT, 'scripts/bench/simulation.ts'), { quiet: true, target: 'es2022' });
  const dir = join(REPO_ROOT, '.bench', 'simulation');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  writeFileSync(join(dir, 'index.js'), code);
  const run = spawnSync(NODE, [join(dir, 'index.js')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`simulation bench failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

/** Milliseconds from spawning a script (as the runner spawns a bundle) to its first HTTP request. */
async function coldStart(action, inputs, script) {
  let started = 0n;
  let firstRequest = 0n;
  const server = createServer((req, res) => {
    if (!firstRequest) firstRequest = process.hrtime.bigint();
    req.resume();
    res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify({ __type: 'ClientException', message: 'benchmark listener' }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  started = process.hrtime.bigint();
  const run = await runAction(action, inputs, {
    node: NODE,
    script,
    env: { AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`, AWS_REGION: REGION, ...CREDENTIALS },
  });
  server.close();
  if (!firstRequest) throw new Error(`${action} made no AWS request:\n${run.stdout}\n${run.stderr}`);
  return Number(firstRequest - started) / 1e6;
}

async function deployAgainstMoto() {
  const moto = await startMotoServer({ runningCount: 2 });
  try {
    const ecs = new ECSClient({
      region: REGION,
      endpoint: moto.endpoint,
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    });
    const family = 'order-router';
    const arrange = async () => {
      await moto.reset();
      await ecs.send(new CreateClusterCommand({ clusterName: 'bench' }));
      const td = await ecs.send(
        new RegisterTaskDefinitionCommand({
          family,
          containerDefinitions: [{ name: 'router', image: 'r:1', memory: 512 }],
        }),
      );
      await ecs.send(
        new CreateServiceCommand({
          cluster: 'bench',
          serviceName: 'bench',
          taskDefinition: td.taskDefinition?.taskDefinitionArn,
          desiredCount: 2,
        }),
      );
    };
    const inputs = {
      cluster: 'bench',
      service: 'bench',
      'task-definition': 'examples/order-router.task-definition.json',
      'container-name': 'router',
      image: 'registry.example/order-router:2',
      'poll-interval': '1s',
    };

    await arrange();
    const { counts, run } = await countCalls(moto.endpoint, (endpoint) =>
      runAction('ecs-deploy', inputs, {
        node: NODE,
        cwd: REPO_ROOT,
        env: { AWS_ENDPOINT_URL: endpoint, AWS_REGION: REGION, ...CREDENTIALS },
      }),
    );
    if (run.exitCode !== 0) throw new Error(`deploy failed:\n${run.stdout}`);

    const peaks = [];
    const hasTime = existsSync('/usr/bin/time');
    for (let i = 0; hasTime && i < Math.min(RUNS, 5); i++) {
      await arrange();
      peaks.push(await peakMemoryKb(moto.endpoint, inputs));
    }
    ecs.destroy();
    return { apiCalls: counts, peakRssMb: peaks.length ? median(peaks) / 1024 : null };
  } finally {
    await moto.stop();
  }
}

/** Runs `work` against a proxy in front of moto that counts calls by X-Amz-Target operation. */
async function countCalls(target, work) {
  const counts = {};
  const upstream = new URL(target);
  const proxy = createServer((req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? `${req.method} ${req.url}`)
      .split('.')
      .pop();
    counts[operation] = (counts[operation] ?? 0) + 1;
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  try {
    const run = await work(`http://127.0.0.1:${proxy.address().port}`);
    return { counts, run };
  } finally {
    proxy.close();
  }
}

/** Max RSS in KiB of one full deploy, read from GNU time. */
function peakMemoryKb(endpoint, inputs) {
  const env = {
    PATH: process.env.PATH,
    NODE_NO_WARNINGS: '1',
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: REGION,
    ...CREDENTIALS,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', NODE, join(REPO_ROOT, 'dist/ecs-deploy/index.js')], {
      cwd: REPO_ROOT,
      env,
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.resume();
    child.on('close', (code) => {
      const kb = Number(stderr.trim().split('\n').pop());
      if (code !== 0 || !Number.isFinite(kb))
        reject(new Error(`deploy under /usr/bin/time failed (${code}): ${stderr}`));
      else resolve(kb);
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function report(r) {
  const mb = (bytes) => (bytes / 1e6).toFixed(2);
  console.log(`\nNode ${r.node}, ${r.runs} runs per cold-start figure\n`);
  console.log(
    `Floor (a bare Node process sending one request): ${r.floorMs.median.toFixed(0)} ms median (${r.floorMs.min.toFixed(0)}–${r.floorMs.max.toFixed(0)})\n`,
  );
  console.log(
    '| bundle | index.js (MB) | with lazy chunks (MB) | cold start to first AWS request, median (min–max) ms |',
  );
  console.log('|---|---|---|---|');
  for (const [name, b] of Object.entries(r.bundles)) {
    const cold = b.coldStartMs
      ? `${b.coldStartMs.median.toFixed(0)} (${b.coldStartMs.min.toFixed(0)}–${b.coldStartMs.max.toFixed(0)})`
      : 'n/a';
    console.log(`| ${name} | ${mb(b.bytes)} | ${mb(b.totalBytes)} | ${cold} |`);
  }
  if (r.judge) {
    const j = r.judge;
    console.log(
      `\nCanary judge: 10 metrics × 2 series × 1,000 points judged in ${j.judgeMs.median.toFixed(1)} ms (median of ${j.judgeMs.runs})`,
    );
    console.log(`  false failures on identical distributions: ${(100 * j.falseFailureRate).toFixed(1)} % of runs`);
    console.log(
      `  detection of 2 % vs 0.5 % errors (60 × 200 requests): ${(100 * j.detectionRate).toFixed(1)} % of runs`,
    );
  }
  if (r.simulation) reportSimulation(r.simulation);
  if (r.deploy.apiCalls) {
    const total = Object.values(r.deploy.apiCalls).reduce((a, b) => a + b, 0);
    console.log(`\nOne successful rolling deploy from a file against moto: ${total} AWS calls`);
    for (const [op, n] of Object.entries(r.deploy.apiCalls).sort()) console.log(`  ${op.padEnd(28)} ${n}`);
    if (r.deploy.peakRssMb !== null)
      console.log(`Peak memory (max RSS) of that deploy: ${r.deploy.peakRssMb.toFixed(0)} MB`);
  }
  if (r.canary) {
    const c = r.canary;
    const seconds = c.recoverySeconds.map((s) => s.toFixed(1)).join(', ');
    console.log(
      `\nCanary, fault onset to all traffic back on the live side (10 s metrics, 10 s interval): ${seconds} s (max ${Math.max(...c.recoverySeconds).toFixed(1)} s; target 30 s)`,
    );
    console.log('AWS calls of a healthy 3-step canary, by step and operation:');
    for (const [phase, calls] of Object.entries(c.callsPerStep)) {
      const total = Object.values(calls).reduce((a, b) => a + b, 0);
      const list = Object.entries(calls)
        .sort()
        .map(([op, n]) => `${op} ${n}`)
        .join(', ');
      console.log(`  ${phase}: ${total} (${list || 'none'})`);
    }
    console.log(`npm run demo wall time: ${c.demoSeconds.toFixed(1)} s`);
  }
}

function reportSimulation(s) {
  const sec = (ms) => (ms / 1000).toFixed(1);
  const m = s.matrix;
  console.log(
    `\nSimulated AWS: the matrix, ${m.shapes} shapes × ${m.endings} endings = ${m.cells} cells (${m.notApplicable} not applicable), in ${sec(m.ms)} s`,
  );
  const places = Object.values(s.crash.placesPerShape).reduce((a, b) => a + b, 0);
  const perShape = Object.entries(s.crash.placesPerShape)
    .map(([shape, n]) => `${shape} ${n}`)
    .join(', ');
  console.log(
    `  crash at every call: ${places} places (${perShape}) × re-run and rollback = ${s.crash.plays} plays in ${sec(s.crash.ms)} s`,
  );
  const r = s.random;
  console.log(
    `  randomized runs with faults: ${r.runs} in ${sec(r.ms)} s = ${r.rolloutsPerSecond.toFixed(0)} rollouts/s (${r.simulatedHoursPerSecond.toFixed(0)} simulated hours per second); ${r.rescuedByTheRollbackWorkflow} needed the rollback workflow afterwards`,
  );
  console.log(`  races: ${s.races.perTarget} per target (${s.races.targets.join(', ')}) in ${sec(s.races.ms)} s`);
  const line = (name, f) =>
    `  ${name}: median ${f.median.toFixed(0)} s, p90 ${f.p90.toFixed(0)} s, ${f.min.toFixed(0)}–${f.max.toFixed(0)} s over ${f.runs} runs${f.notRestored ? ` (${f.notRestored} not restored)` : ''}`;
  console.log('Fault onset to all traffic back on the live side (virtual time):');
  console.log(
    line('real ALB timing, the canary defaults (60 s metrics, 1–5 min late, 30 s interval)', s.recovery.real),
  );
  console.log(line('ideal world (10 s metrics at once, 10 s interval)', s.recovery.ideal));
}
