/**
 * What the simulation's own tests use to talk to a world: typed SDK clients for one process (the
 * SimAwsClients behind them, so every call crosses the simulated network), and helpers that let
 * virtual time pass until a call settles or a condition holds.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { World } from './world/index.js';

export interface SimClients {
  readonly ecs: ECSClient;
  readonly elb: ElasticLoadBalancingV2Client;
  readonly cloudwatch: CloudWatchClient;
}

/** The SDK clients of a new process in the world, typed as the SDK's so commands type their output. */
export function clientsOf(world: World, name = 'test'): SimClients {
  const { aws } = world.process(name);
  return {
    ecs: aws.client('ecs') as unknown as ECSClient,
    elb: aws.client('elbv2') as unknown as ElasticLoadBalancingV2Client,
    cloudwatch: aws.client('cloudwatch') as unknown as CloudWatchClient,
  };
}

/** Lets the world run until the call settles, then returns (or throws) what it did. */
export async function settle<T>(world: World, call: Promise<T>): Promise<T> {
  await world.scheduler.run(call.catch(() => undefined));
  return call;
}

/** The error a call failed with (the test fails if it succeeded). */
export async function rejection(world: World, call: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await settle(world, call);
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}

/**
 * Samples `read` (calls not yet run: watch runs the world) every `everyMs` of virtual time until `done` says so or `withinMs` has passed;
 * returns every sample with its time (the last one satisfies `done`, unless time ran out).
 */
export async function watch<T>(
  world: World,
  read: () => Promise<T>,
  options: { readonly everyMs: number; readonly withinMs: number; readonly done?: (sample: T) => boolean },
): Promise<{ at: number; value: T }[]> {
  const samples: { at: number; value: T }[] = [];
  const deadline = world.now() + options.withinMs;
  for (;;) {
    const value = await settle(world, read());
    samples.push({ at: world.now(), value });
    if (options.done?.(value) || world.now() >= deadline) return samples;
    await world.scheduler.advanceTo(Math.min(deadline, world.now() + options.everyMs));
  }
}
