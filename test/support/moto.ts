/**
 * moto_server for one test file (started by scripts/lib/moto-server.mjs), plus the rule for
 * when integration suites run: with moto, always; without it, skipped locally with a message
 * saying how to install it, and a failure under CI=true, where a skipped suite is a silent hole.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { MOTO_INSTALL_HINT, motoAvailable, startMotoServer } from '../../scripts/lib/moto-server.mjs';

export interface Moto {
  readonly endpoint: string;
  readonly region: string;
  /** Wipes every resource, so each test starts from nothing. */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** An ECS client for arranging and inspecting state (fails fast: one attempt). */
  ecs(): ECSClient;
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
  };
}
