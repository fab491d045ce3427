import { randomUUID } from 'node:crypto';
import type { AwsClientSettings } from '../aws/client-config.js';
import { githubRuntime, type ActionRuntime } from './github.js';
import type { SignalSource } from './termination.js';

/**
 * Builds an AWS SDK client from its class and this run's settings. Production calls the
 * constructor; the simulated AWS of the tests hands back its own client for the same class, so an
 * action's entry runs unchanged against it.
 */
export type AwsClientFactory = <Client>(
  ClientClass: new (settings: AwsClientSettings) => Client,
  settings: AwsClientSettings,
) => Client;

/** Everything an action's entry takes from the machine it runs on, so a test can stand in for all of it. */
export interface ActionHost {
  /** The GitHub runner: inputs, outputs, state, summary, log, clock. */
  readonly runtime: ActionRuntime;
  /** The process environment (AWS_REGION, GITHUB_RUN_ID, …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly awsClient: AwsClientFactory;
  /** Where SIGINT and SIGTERM arrive when the job is cancelled, and how the process ends. */
  readonly signals: SignalSource;
  readonly exit: (code: number) => void;
  /** A fresh unique id (a rollout's id). */
  readonly newId: () => string;
}

/** The host a bundled action runs in: the GitHub runner, this process, real AWS. */
export function processHost(): ActionHost {
  return {
    runtime: githubRuntime,
    env: process.env,
    awsClient: (ClientClass, settings) => new ClientClass(settings),
    signals: process,
    exit: (code) => process.exit(code),
    newId: () => randomUUID(),
  };
}
