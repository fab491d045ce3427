// @ts-check
// Runs a bundled action the way the GitHub runner does: `node dist/<action>/index.js` with each
// input as INPUT_<NAME> and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE / GITHUB_ENV files
// that already exist. Used by the bundle tests, the demo and the benchmark.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/**
 * @typedef {object} ActionRun
 * @property {number | null} exitCode
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs
 * @property {string} summary
 * @property {Record<string, string>} state  what the step saved for its post step (GITHUB_STATE)
 */

/**
 * @param {string} action  folder name under dist/
 * @param {Record<string, string>} inputs  by their action.yml names
 * @param {{ env?: Record<string, string>, cwd?: string, node?: string, script?: string,
 *   post?: boolean, state?: Record<string, string>,
 *   signalWhen?: { stdoutIncludes: string, signal: NodeJS.Signals } }} [options]
 *   `node` defaults to the Node running this code, so a test run under Node 24 runs the bundle on 24.
 *   `script` replaces dist/<action>/index.js (the benchmark's floor uses it).
 *   `post` runs the action's post step (dist/<action>/post/index.js) with `state` as the
 *   STATE_<name> variables the runner passes on from the main step.
 *   `signalWhen` sends the signal once the step's output contains the text, as a cancelled run does.
 * @returns {Promise<ActionRun>}
 */
export async function runAction(action, inputs, options = {}) {
  const work = mkdtempSync(join(tmpdir(), `action-${action}-`));
  /** @type {Record<string, string>} */
  const fileEnv = {};
  for (const [name, file] of Object.entries({
    GITHUB_OUTPUT: 'output',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_STATE: 'state',
    GITHUB_ENV: 'env',
  })) {
    fileEnv[name] = join(work, file);
    writeFileSync(join(work, file), '');
  }
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
  // A clean environment: nothing from the caller's shell (AWS profiles, INPUT_* leftovers)
  // may leak into what the action sees.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: work,
    NODE_NO_WARNINGS: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd ?? work,
    RUNNER_TEMP: work,
    ...fileEnv,
    ...inputEnv,
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([name, value]) => [`STATE_${name}`, value])),
    ...options.env,
  };
  try {
    const script =
      options.script ?? join(REPO_ROOT, 'dist', action, ...(options.post ? ['post', 'index.js'] : ['index.js']));
    const child = spawn(options.node ?? process.execPath, [script], {
      cwd: options.cwd ?? work,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (options.signalWhen && !signalled && stdout.includes(options.signalWhen.stdoutIncludes)) {
        signalled = true;
        child.kill(options.signalWhen.signal);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    /** @type {number | null} */
    const exitCode = await new Promise((done) => child.on('close', done));
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(join(work, 'output'), 'utf8')),
      summary: readFileSync(join(work, 'summary'), 'utf8'),
      state: parseOutputFile(readFileSync(join(work, 'state'), 'utf8')),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Reads the `name<<delimiter` blocks written to GITHUB_OUTPUT or GITHUB_STATE; a name written
 * twice keeps its last value, as the runner does.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}
