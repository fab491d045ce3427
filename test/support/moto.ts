/**
 * Starts a private moto_server (the AWS emulator, see ../shared/testbed.md) for one test file:
 * on a free port, ready-checked, stopped afterwards. Without moto, integration suites skip
 * with a message saying how to install it, except under CI=true, where that is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ECSClient } from '@aws-sdk/client-ecs';

export interface Moto {
  readonly endpoint: string;
  readonly region: string;
  /** Wipes every resource, so each test starts from nothing. */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** An ECS client for arranging and inspecting state (fails fast: one attempt). */
  ecs(): ECSClient;
}

export const MOTO_INSTALL_HINT = "moto_server was not found on PATH. Install it with: pip install 'moto[server]'";

/** True when moto_server can be started here. */
export function motoAvailable(): boolean {
  const probe = spawnSync('moto_server', ['--help'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/**
 * Whether integration suites run: yes with moto; a skip (with the install hint printed) without
 * it locally; and a thrown error without it in CI, where a skipped suite would be a silent hole.
 */
export function requireMoto(): boolean {
  if (motoAvailable()) return true;
  if (process.env.CI === 'true') throw new Error(`${MOTO_INSTALL_HINT}. CI must run the integration tests.`);
  console.warn(`Skipping integration tests: ${MOTO_INSTALL_HINT}`);
  return false;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/**
 * Starts moto. `runningCount` sets MOTO_ECS_SERVICE_RUNNING: moto reports that many running
 * tasks per service, which is what makes a service look steady to the rollout watcher.
 */
export async function startMoto(options: { runningCount?: number } = {}): Promise<Moto> {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_ECS_SERVICE_RUNNING: String(options.runningCount ?? 2) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  await waitUntilReady(endpoint, child, () => stderr);

  const region = 'us-east-1';
  const clients: ECSClient[] = [];
  return {
    endpoint,
    region,
    async reset() {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status}`);
    },
    async stop() {
      for (const client of clients) client.destroy();
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
    ecs() {
      const client = new ECSClient({ region, endpoint, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
      clients.push(client);
      return client;
    },
  };
}

async function waitUntilReady(endpoint: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}:\n${stderr()}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`moto_server did not answer on ${endpoint} within 20 s:\n${stderr()}`);
}
