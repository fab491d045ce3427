/**
 * Proves the simulated network and its SDK-shaped clients: attempts are retried exactly as the
 * SDK's standard retry strategy retries them (same delays, at most 5 attempts, the same retry
 * quota, client errors never retried), each injected fault means what it says (throttling, 503,
 * a dropped connection before or after AWS acted, an outage window, expired credentials), and a
 * KillPlan stops a process dead before or after its Nth call reaches AWS.
 */
import { ClusterNotFoundException, DescribeServicesCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import {
  CreateRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  PriorityInUseException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NO_FAULTS,
  SimAwsClients,
  type CallRecord,
  type FaultPlan,
  type KillPlan,
  type OperationHandler,
} from './client.js';
import { awsError, type SimService } from './errors.js';
import { Scheduler, SimProcess } from './scheduler.js';
import { serviceStack, release } from './scenarios.js';
import { World } from './world/index.js';

const T0 = Date.parse('2026-11-23T14:00:00Z');
/** With every random draw at 0.5 a one-way trip takes 4 + 0.5 × 36 = 22 ms. */
const HALF = 0.5;
const ONE_WAY_MS = 22;

interface Rig {
  readonly scheduler: Scheduler;
  readonly log: CallRecord[];
  readonly aws: SimAwsClients;
  readonly process: SimProcess;
  /** How many requests reached the handlers, per service. */
  readonly reached: Record<SimService, number>;
}

/** A network on its own clock where every random draw is 0.5, so delays are exact. */
function rig(
  options: {
    faults?: FaultPlan;
    handlers?: Partial<Record<SimService, OperationHandler>>;
    kill?: KillPlan;
  } = {},
): Rig {
  const scheduler = new Scheduler(T0);
  const log: CallRecord[] = [];
  const reached: Record<SimService, number> = { ecs: 0, elbv2: 0, cloudwatch: 0 };
  const handler =
    (service: SimService): OperationHandler =>
    (operation, input) => {
      reached[service] += 1;
      return options.handlers?.[service]?.(operation, input) ?? { operation };
    };
  const process = new SimProcess('job');
  const aws = new SimAwsClients(
    {
      scheduler,
      random: () => HALF,
      faults: () => options.faults ?? NO_FAULTS,
      handlers: { ecs: handler('ecs'), elbv2: handler('elbv2'), cloudwatch: handler('cloudwatch') },
      log,
    },
    process,
    options.kill,
  );
  return { scheduler, log, aws, process, reached };
}

/** Runs the world until a call settles; its outcome, or the error it threw. */
async function outcome<T>(
  scheduler: Scheduler,
  call: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: Error & { $metadata?: Record<string, unknown> } }> {
  const caught = call.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error: error as Error & { $metadata?: Record<string, unknown> } }),
  );
  await scheduler.run(caught);
  return caught;
}

function failure(result: Awaited<ReturnType<typeof outcome>>): Error & { $metadata?: Record<string, unknown> } {
  if (result.ok) throw new Error('expected the call to fail');
  return result.error;
}

/**
 * The delays the SDK's own StandardRetryStrategy (the one the clients of this suite use) waits
 * before each retry when Math.random returns `r`: the reference the simulation must match.
 */
async function sdkRetryDelays(errorType: 'THROTTLING' | 'TRANSIENT', r: number): Promise<number[]> {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  vi.spyOn(Math, 'random').mockReturnValue(r);
  const strategy = new StandardRetryStrategy({ maxAttempts: 5 });
  let token = await strategy.acquireInitialRetryToken('');
  const delays: number[] = [];
  for (;;) {
    const refreshed = strategy.refreshRetryTokenForRetry(token, { errorType }).then(
      (next) => next,
      () => undefined,
    );
    await vi.runAllTimersAsync();
    const next = await refreshed;
    if (!next) return delays;
    delays.push((next as unknown as { $retryLog: { acquisitionDelay: number } }).$retryLog.acquisitionDelay);
    token = next;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('SimAwsClients: retries as the SDK retries', () => {
  it('answers a call with the metadata of one attempt when nothing goes wrong', async () => {
    const { scheduler, aws, log } = rig();
    const result = await outcome(scheduler, aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] })));
    expect(result).toMatchObject({
      ok: true,
      value: { operation: 'DescribeServices', $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } },
    });
    expect(scheduler.now()).toBe(T0 + 2 * ONE_WAY_MS);
    expect(log).toEqual([
      {
        at: T0 + ONE_WAY_MS,
        process: 'job',
        service: 'ecs',
        operation: 'DescribeServices',
        input: { services: ['x'] },
        attempt: 1,
        outcome: 'ok',
        reachedAws: true,
      },
    ]);
  });

  it('retries a throttled attempt after the SDK backoff for throttling, and succeeds', async () => {
    const [firstDelay] = await sdkRetryDelays('THROTTLING', HALF);
    expect(firstDelay).toBe(500); // 0.5 × 1 s: the SDK's base delay for throttling errors
    const { scheduler, aws, log } = rig({
      faults: { ...NO_FAULTS, outages: [{ service: 'ecs', from: T0, to: T0 + 100, kind: 'throttle' }] },
    });
    const result = await outcome(scheduler, aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] })));
    expect(result).toMatchObject({ ok: true, value: { $metadata: { attempts: 2, totalRetryDelay: firstDelay } } });
    expect(log.map((r) => [r.attempt, r.outcome, r.reachedAws, r.at - T0])).toEqual([
      [1, 'ThrottlingException', false, ONE_WAY_MS],
      [2, 'ok', true, ONE_WAY_MS + ONE_WAY_MS + 500 + ONE_WAY_MS],
    ]);
  });

  it('gives up after 5 attempts with the SDK delays between them, and the error says how many attempts it took', async () => {
    const throttlingDelays = await sdkRetryDelays('THROTTLING', HALF);
    const transientDelays = await sdkRetryDelays('TRANSIENT', HALF);
    // The SDK itself allows four retries (five attempts) with exponential, jittered delays.
    expect(throttlingDelays).toEqual([500, 1_000, 2_000, 4_000]);
    expect(transientDelays).toEqual([25, 50, 100, 200]);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

    const throttled = rig({ faults: { ...NO_FAULTS, throttle: 1 } });
    const error = failure(
      await outcome(throttled.scheduler, throttled.aws.client('elbv2').send(new DescribeListenersCommand({}))),
    );
    expect(error.name).toBe('Throttling');
    expect(error.$metadata).toMatchObject({ attempts: 5, totalRetryDelay: sum(throttlingDelays) });
    expect(throttled.log.map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(throttled.scheduler.now()).toBe(T0 + 10 * ONE_WAY_MS + sum(throttlingDelays));

    const unavailable = rig({ faults: { ...NO_FAULTS, unavailable: 1 } });
    const outage = failure(
      await outcome(
        unavailable.scheduler,
        unavailable.aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] })),
      ),
    );
    expect(outage.name).toBe('ServiceUnavailable');
    expect(outage.$metadata).toMatchObject({ httpStatusCode: 503, attempts: 5, totalRetryDelay: sum(transientDelays) });
    expect(unavailable.reached.ecs).toBe(0);
  });

  it('never retries a client error', async () => {
    const { scheduler, aws, log } = rig({
      handlers: {
        ecs: () => {
          throw awsError('ecs', 'ClusterNotFoundException', 'Cluster not found.');
        },
      },
    });
    const error = failure(
      await outcome(
        scheduler,
        aws.client('ecs').send(new DescribeServicesCommand({ cluster: 'nope', services: ['x'] })),
      ),
    );
    expect(error).toBeInstanceOf(ClusterNotFoundException);
    expect(error.$metadata).toMatchObject({ attempts: 1, totalRetryDelay: 0 });
    expect(log).toHaveLength(1);
  });

  it('retries a connection dropped before AWS saw the request, which AWS never carried out', async () => {
    const { scheduler, aws, log, reached } = rig({ faults: { ...NO_FAULTS, dropBefore: 1 } });
    const error = failure(
      await outcome(scheduler, aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] }))),
    );
    expect(error).toMatchObject({ code: 'ECONNRESET', $metadata: { attempts: 5 } });
    expect(log.every((r) => r.outcome === 'ECONNRESET' && !r.reachedAws)).toBe(true);
    expect(reached.ecs).toBe(0);
  });

  it('spends the retry quota as the SDK does: a throttled retry that then succeeds costs nothing', async () => {
    // The SDK refunds a retry's cost when the call then succeeds (recordSuccess with the retry's token),
    // so 150 calls each throttled once keep the quota full. Run the same story through the SDK first.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const strategy = new StandardRetryStrategy({ maxAttempts: 5 });
    for (let i = 0; i < 150; i++) {
      const token = await strategy.acquireInitialRetryToken('');
      const retried = strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING' });
      await vi.runAllTimersAsync();
      strategy.recordSuccess(await retried);
    }
    expect(strategy.getCapacity()).toBe(500);
    vi.useRealTimers();

    const seen = new Set<unknown>();
    const { scheduler, aws } = rig({
      handlers: {
        ecs: (_operation, input) => {
          if (seen.has(input.n)) return {};
          seen.add(input.n);
          throw awsError('ecs', 'ThrottlingException', 'Rate exceeded');
        },
      },
    });
    const attempts: unknown[] = [];
    for (let n = 0; n < 150; n++) {
      const result = await outcome(scheduler, aws.client('ecs').send({ input: { n } }));
      attempts.push(result.ok ? (result.value as { $metadata: { attempts: number } }).$metadata.attempts : 'failed');
    }
    expect(attempts).toEqual(Array.from({ length: 150 }, () => 2));
  });

  it('stops retrying when the retry quota is spent', async () => {
    // 500 tokens; a throttling retry costs 5, so 25 calls that fail after 4 retries each spend them all.
    const { scheduler, aws } = rig({ faults: { ...NO_FAULTS, throttle: 1 } });
    for (let n = 0; n < 25; n++) {
      const error = failure(
        await outcome(scheduler, aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] }))),
      );
      expect(error.$metadata?.attempts).toBe(5);
    }
    const error = failure(
      await outcome(scheduler, aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] }))),
    );
    expect(error.$metadata?.attempts).toBe(1);
  });

  it('fails every attempt of one service inside an outage window, and only there', async () => {
    const { scheduler, aws } = rig({
      faults: { ...NO_FAULTS, outages: [{ service: 'ecs', from: T0, to: T0 + 600_000, kind: 'unavailable' }] },
    });
    const inOutage = failure(
      await outcome(scheduler, aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] }))),
    );
    expect(inOutage).toMatchObject({ name: 'ServiceUnavailable', $metadata: { attempts: 5 } });
    expect((await outcome(scheduler, aws.client('elbv2').send(new DescribeListenersCommand({})))).ok).toBe(true);
    await scheduler.advanceTo(T0 + 600_000);
    expect(
      (await outcome(scheduler, aws.client('ecs').send(new DescribeServicesCommand({ services: ['x'] })))).ok,
    ).toBe(true);
  });
});

describe('SimAwsClients in a world', () => {
  it('carries out a request whose answer is lost (dropAfter): a retried CreateRule meets its own rule', async () => {
    const world = new World({ seed: 11 });
    const stack = serviceStack(world);
    const { aws } = world.process('job');
    world.faults = { ...NO_FAULTS, dropAfter: 1 };
    const create = aws.client('elbv2').send(
      new CreateRuleCommand({
        ListenerArn: stack.listenerArn,
        Priority: 10,
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/canary/*'] } }],
        Actions: [{ Type: 'forward', TargetGroupArn: stack.greenTargetGroup }],
      }),
    );
    const error = failure(await outcome(world.scheduler, create));
    expect(error).toBeInstanceOf(PriorityInUseException);
    expect(error.$metadata?.attempts).toBe(2);
    const attempts = world.calls.filter((c) => c.operation === 'CreateRule');
    expect(attempts.map((c) => [c.outcome, c.reachedAws])).toEqual([
      ['ECONNRESET (after AWS acted)', true],
      ['PriorityInUseException', true],
    ]);
    world.faults = NO_FAULTS;
    const rules = await outcome(
      world.scheduler,
      aws.client('elbv2').send(new DescribeRulesCommand({ ListenerArn: stack.listenerArn })),
    );
    const listed = (rules.ok ? rules.value : { Rules: [] }) as { Rules: { Priority: string }[] };
    expect(listed.Rules.map((r) => r.Priority)).toEqual(['10', 'default']);
  });

  it('fails every call once the credentials expire, with the code of each protocol, never retried', async () => {
    const world = new World({ seed: 12 });
    const stack = serviceStack(world);
    const expiry = world.now() + 60 * 60_000;
    world.faults = { ...NO_FAULTS, credentialsExpireAt: expiry };
    const { aws } = world.process('job');
    const describe = () =>
      aws.client('ecs').send(new DescribeServicesCommand({ cluster: stack.cluster, services: [stack.service] }));
    expect((await outcome(world.scheduler, describe())).ok).toBe(true);
    await world.scheduler.advanceTo(expiry);
    const ecs = failure(await outcome(world.scheduler, describe()));
    const elb = failure(
      await outcome(
        world.scheduler,
        aws.client('elbv2').send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] })),
      ),
    );
    const cloudwatch = failure(
      await outcome(world.scheduler, aws.client('cloudwatch').send(new DescribeAlarmsCommand({}))),
    );
    expect([ecs.name, elb.name, cloudwatch.name]).toEqual(['ExpiredTokenException', 'ExpiredToken', 'ExpiredToken']);
    for (const error of [ecs, elb, cloudwatch]) {
      expect(error).toMatchObject({ $fault: 'client', $metadata: { httpStatusCode: 400, attempts: 1 } });
    }
    const late = world.calls.filter((c) => c.at >= expiry);
    expect(late).toHaveLength(3);
    expect(late.every((c) => !c.reachedAws)).toBe(true);
  });

  it('kills a process before its Nth call: the call never reaches AWS and never returns', async () => {
    const world = new World({ seed: 13 });
    const stack = serviceStack(world);
    const next = world.ecs.register({
      family: 'order-router',
      containerDefinitions: [{ name: 'router', image: release(world, 'v2') }],
    });
    const { aws, process } = world.process('deploy', { atCall: 2, when: 'before' });
    const ecs = aws.client('ecs');
    const steps: string[] = [];
    const job = (async () => {
      await ecs.send(new DescribeServicesCommand({ cluster: stack.cluster, services: [stack.service] }));
      steps.push('described');
      await ecs.send(
        new UpdateServiceCommand({ cluster: stack.cluster, service: stack.service, taskDefinition: next }),
      );
      steps.push('updated');
    })();
    await world.scheduler.run(job);
    expect(process.dead).toBe(true);
    expect(process.ending).toBe('killed before call 2 (UpdateService)');
    expect(steps).toEqual(['described']);
    expect(world.calls.map((c) => c.operation)).toEqual(['DescribeServices']);
    await world.scheduler.advanceTo(world.now() + 10 * 60_000);
    expect(steps).toEqual(['described']);
    expect(world.ecs.service(stack.cluster, stack.service).taskDefinition).toBe(stack.liveRevision);
  });

  it('kills a process after its Nth call reached AWS: the world changed, the caller never hears of it', async () => {
    const world = new World({ seed: 14 });
    const stack = serviceStack(world);
    const next = world.ecs.register({
      family: 'order-router',
      containerDefinitions: [{ name: 'router', image: release(world, 'v2') }],
    });
    const { aws, process } = world.process('deploy', { atCall: 1, when: 'after' });
    let returned = false;
    const update = aws
      .client('ecs')
      .send(new UpdateServiceCommand({ cluster: stack.cluster, service: stack.service, taskDefinition: next }))
      .finally(() => (returned = true));
    await world.scheduler.run(update);
    expect(process.dead).toBe(true);
    expect(process.ending).toBe('killed after call 1 (UpdateService) reached AWS');
    const service = world.ecs.service(stack.cluster, stack.service);
    expect(service.taskDefinition).toBe(next);
    expect(service.deployments).toHaveLength(2);
    await world.scheduler.advanceTo(world.now() + 10 * 60_000);
    expect(returned).toBe(false);
    // Its clock is dead too: nothing it starts ever ends.
    const slept = world.scheduler
      .clockFor(process)
      .sleep(1)
      .finally(() => (returned = true));
    await world.scheduler.advanceTo(world.now() + 60_000);
    void slept;
    expect(returned).toBe(false);
  });
});
