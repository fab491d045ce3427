/**
 * Fault onset to traffic restored: the canary action rolls a healthy release out on a blue/green
 * pair; a few minutes after its first shift the release turns faulty (8 % 5xx, 350 ms, as FAULTY
 * says); the figure is the time from that instant until the route sends every request to blue
 * again. Measured in two worlds:
 * - real ALB timing: 60-second per-target-group metrics delivered one to a few minutes late, the
 *   canary's own defaults (30 s interval, inconclusive-limit 2, metrics-delay 5m);
 * - the ideal world earlier figures assumed: 10-second metrics readable the moment their period
 *   ends, a 10-second interval and no metrics delay.
 */
import { runStep } from '../github/step.js';
import { pairStack } from '../scenarios.js';
import { release } from '../scenarios.js';
import { IDEAL_TIMING, REAL_TIMING } from '../world/cloudwatch.js';
import { World } from '../world/index.js';
import { FAULTY, HEALTHY } from '../world/versions.js';
import { routeWeights } from './world-view.js';

export type Timing = 'real' | 'ideal';

/** How long after the first shift the release turns faulty: it has passed a few evaluations. */
const ONSET_AFTER_SHIFT_MS = 3 * 60_000;
/** How often the restoration is looked for. */
const LOOK_EVERY_MS = 1_000;

export interface Recovery {
  /** Milliseconds from the fault's onset to all traffic on blue; undefined if it never happened. */
  readonly restoredAfterMs: number | undefined;
  /** The canary step's result. */
  readonly result: string | undefined;
}

export async function faultToRestore(seed: number, timing: Timing, turnsFaulty = true): Promise<Recovery> {
  const world = new World({ seed, timing: timing === 'real' ? REAL_TIMING : IDEAL_TIMING });
  const stack = pairStack(world, { requestsPerSecond: 400 });
  const image = release(world, 'release-2.0', HEALTHY);
  const inputs: Record<string, string> = {
    cluster: stack.cluster,
    'listener-arn': stack.listenerArn,
    'blue-service': stack.blueService,
    'green-service': stack.greenService,
    'blue-target-group': stack.blueTargetGroup,
    'green-target-group': stack.greenTargetGroup,
    image,
    // As the earlier figure was measured: 10-second periods, 25 % then 100 %, a 10-second interval.
    ...(timing === 'ideal'
      ? { checks: checks(10), steps: '25%:5m, 100%:5m', interval: '10s', 'metrics-delay': '0s' }
      : { checks: checks(undefined) }),
  };
  const env = {
    AWS_REGION: 'us-east-1',
    GITHUB_REPOSITORY: 'org/order-router',
    GITHUB_RUN_ID: '900',
    GITHUB_RUN_ATTEMPT: '1',
  };
  const green = (): number => routeWeights(world, stack.listenerArn).get(stack.greenTargetGroup) ?? 0;
  let onset: number | undefined;
  let restoredAt: number | undefined;
  const watch = (): void => {
    if (onset === undefined && green() > 0) {
      onset = world.now() + ONSET_AFTER_SHIFT_MS;
      if (turnsFaulty) world.scheduler.at(onset, () => world.degrade(image, FAULTY));
    }
    if (turnsFaulty && onset !== undefined && world.now() >= onset && green() === 0) restoredAt ??= world.now();
    if (restoredAt === undefined) world.scheduler.after(LOOK_EVERY_MS, watch);
  };
  watch();
  const step = await world.run(runStep(world, 'canary', 'main', { inputs, env, name: 'canary' }));
  // The step may end within a second of restoring traffic, before the next look.
  if (turnsFaulty && onset !== undefined && world.now() >= onset && green() === 0) restoredAt ??= world.now();
  return {
    restoredAfterMs: onset !== undefined && restoredAt !== undefined ? restoredAt - onset : undefined,
    result: step.outputs.result,
  };
}

/** The 5xx rate and mean response time of the new side; periods of `seconds`, else the default 60 s. */
function checks(seconds: number | undefined): string {
  const window = seconds === undefined ? [] : [`    period: ${seconds}s`, `    lookback: ${seconds * 3}s`];
  const side = '{ LoadBalancer: "${load-balancer}", TargetGroup: "${canary}" }';
  return [
    'metrics:',
    '  - id: canary-5xx-rate',
    '    ratio:',
    '      namespace: AWS/ApplicationELB',
    `      dimensions: ${side}`,
    '      stat: Sum',
    '      numerator: { metric: HTTPCode_Target_5XX_Count }',
    '      denominator: { metric: RequestCount }',
    "    threshold: '< 0.02'",
    ...window,
    '  - id: canary-response-time',
    '    namespace: AWS/ApplicationELB',
    '    metric: TargetResponseTime',
    '    stat: Average',
    `    dimensions: ${side}`,
    "    threshold: '< 0.2'",
    ...window,
  ].join('\n');
}
