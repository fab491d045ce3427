import { exec } from '@actions/exec';
import { ConfigurationError } from '../runtime/errors.js';

/** The result of one docker command: its exit code and the end of what it wrote to stderr. */
export interface DockerRun {
  readonly exitCode: number;
  /** The last few KiB of stderr, to recognise a known refusal; the full output is already in the log. */
  readonly stderrTail: string;
}

/** The two docker commands build-push runs. */
export interface DockerPort {
  /** `docker login --password-stdin`: the password goes through stdin, never the command line. */
  login(registry: string, username: string, password: string): Promise<DockerRun>;
  /** `docker <args>` with the arguments from buildxArgs. */
  run(args: readonly string[]): Promise<DockerRun>;
}

const TAIL_BYTES = 8192;

/**
 * Runs the docker CLI through @actions/exec, which streams its output to the step log as it
 * comes. `executable` is looked up on PATH (default `docker`); `env` replaces the environment it
 * sees. @actions/exec resolves the executable on this process's PATH, not on `env`'s.
 */
export function createDockerPort(options: { executable?: string; env?: Record<string, string> } = {}): DockerPort {
  const run = async (args: readonly string[], input?: Buffer): Promise<DockerRun> => {
    let stderrTail = '';
    try {
      const exitCode = await exec(options.executable ?? 'docker', [...args], {
        ignoreReturnCode: true,
        ...(input ? { input } : {}),
        ...(options.env ? { env: options.env } : {}),
        listeners: {
          stderr: (chunk: Buffer) => {
            stderrTail = (stderrTail + chunk.toString('utf8')).slice(-TAIL_BYTES);
          },
        },
      });
      return { exitCode, stderrTail };
    } catch (error) {
      if (error instanceof Error && /Unable to locate executable file/.test(error.message)) {
        throw new ConfigurationError(
          'docker was not found on PATH. build-push needs the Docker CLI with buildx (GitHub-hosted Ubuntu runners have both; on other runners run docker/setup-buildx-action first).',
        );
      }
      throw error;
    }
  };
  return {
    login: (registry, username, password) =>
      run(['login', '--username', username, '--password-stdin', registry], Buffer.from(password, 'utf8')),
    run: (args) => run(args),
  };
}
