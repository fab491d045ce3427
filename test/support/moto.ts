/**
 * moto_server for one test file (started by scripts/lib/moto-server.mjs), plus the rule for
 * when integration suites run: with moto, always; without it, skipped locally with a message
 * saying how to install it, and a failure under CI=true, where a skipped suite is a silent hole.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { MOTO_INSTALL_HINT, motoAvailable, startMotoServer } from '../../scripts/lib/moto-server.mjs';

export interface Moto {
  readonly endpoint: string;
  readonly region: string;
  /** Wipes every resource, so each test starts from nothing. */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** An ECS client for arranging and inspecting state (fails fast: one attempt). */
  ecs(): ECSClient;
  /** The environment a bundled action needs to reach this moto, as the runner would pass it. */
  env(): Record<string, string>;
}

export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

export function requireMoto(): boolean {
  if (motoAvailable()) return true;
  if (process.env.CI === 'true') throw new Error(`${MOTO_INSTALL_HINT}. CI must run the integration tests.`);
  console.warn(`Skipping integration tests: ${MOTO_INSTALL_HINT}`);
  return false;
}

export async function startMoto(options: { runningCount?: number } = {}): Promise<Moto> {
  const server = await startMotoServer(options);
  const region = 'us-east-1';
  const clients: ECSClient[] = [];
  return {
    endpoint: server.endpoint,
    region,
    reset: () => server.reset(),
    async stop() {
      for (const client of clients) client.destroy();
      await server.stop();
    },
    ecs() {
      const client = new ECSClient({
        region,
        endpoint: server.endpoint,
        credentials: TEST_CREDENTIALS,
        maxAttempts: 1,
      });
      clients.push(client);
      return client;
    },
    env: () => ({
      AWS_ENDPOINT_URL: server.endpoint,
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    }),
  };
}

/**
 * One moto for the suite that calls this: started before its tests, wiped before each test so
 * every test starts from nothing, stopped after the last. Call it first in the describe block, so
 * the wipe runs before the suite's own beforeEach arranges its resources.
 */
export function useMoto(options: { runningCount?: number } = {}): () => Moto {
  let moto: Moto | undefined;
  beforeAll(async () => {
    moto = await startMoto(options);
  });
  afterAll(async () => {
    await moto?.stop();
  });
  beforeEach(async () => {
    await moto?.reset();
  });
  return () => {
    if (!moto) throw new Error('moto is not running: call useMoto() inside describe.runIf(requireMoto())');
    return moto;
  };
}
