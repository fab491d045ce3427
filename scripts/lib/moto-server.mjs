// @ts-check
// Starts and stops a private moto_server (the local AWS emulator; see ../shared/testbed.md).
// Shared by the demo, the benchmark and the test harness, so all three start it the same way.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export const MOTO_INSTALL_HINT = "moto_server was not found on PATH. Install it with: pip install 'moto[server]'";

/** @returns {boolean} whether moto_server can be started here. */
export function motoAvailable() {
  const probe = spawnSync('moto_server', ['--help'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/** @returns {Promise<number>} a TCP port that was free a moment ago (bind to 0, read, close). */
export function freePort() {
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

/**
 * @typedef {object} MotoServer
 * @property {string} endpoint  http://127.0.0.1:PORT
 * @property {() => Promise<void>} reset  wipes every resource
 * @property {() => Promise<void>} stop
 */

/**
 * Starts moto on a free port and waits until it answers. `runningCount` becomes
 * MOTO_ECS_SERVICE_RUNNING: moto reports that many running tasks per service, which is what
 * makes a service look steady.
 * @param {{ runningCount?: number }} [options]
 * @returns {Promise<MotoServer>}
 */
export async function startMotoServer(options = {}) {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, MOTO_ECS_SERVICE_RUNNING: String(options.runningCount ?? 2) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + String(chunk)).slice(-4000);
  });

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}:\n${stderr}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto_server did not answer on ${endpoint} within 20 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    endpoint,
    async reset() {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status}`);
    },
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}
