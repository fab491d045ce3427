/**
 * Runs a committed bundle the way the GitHub runner does: `node dist/<action>/index.js` with
 * each input as INPUT_<NAME>, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE /
 * GITHUB_ENV files that already exist. The Node binary is the one running the tests, so
 * running this suite under Node 24 proves the bundle on the runtime GitHub uses.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

export interface BundleRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export async function runBundle(
  action: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<BundleRun> {
  const work = mkdtempSync(join(tmpdir(), `bundle-${action}-`));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state', GITHUB_ENV: 'env' };
  const fileEnv: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) {
    fileEnv[name] = join(work, file);
    writeFileSync(fileEnv[name], '');
  }
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
  // Start from a clean environment: nothing from the developer's shell (AWS profiles,
  // INPUT_* leftovers) may leak into what the bundle sees.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: work,
    NODE_NO_WARNINGS: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.cwd ?? work,
    RUNNER_TEMP: work,
    ...fileEnv,
    ...inputEnv,
    ...options.env,
  };
  try {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', action, 'index.js')], {
      cwd: options.cwd ?? work,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((done) => child.on('close', done));
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(fileEnv.GITHUB_OUTPUT ?? '', 'utf8')),
      summary: readFileSync(fileEnv.GITHUB_STEP_SUMMARY ?? '', 'utf8'),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match?.[1] || !match[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i] ?? '');
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}
