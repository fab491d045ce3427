// @ts-check
// A small traffic simulator for the canary demo and benchmark. Every second it reads the
// listener's weights and what each side runs, splits a steady request rate between the target
// groups by weight, and publishes the ALB metrics each side would produce (RequestCount,
// HTTPCode_Target_5XX_Count, TargetResponseTime) to CloudWatch, per target group, at 1-second
// resolution. A version whose image tag contains "faulty" (or a side with a fault switched on)
// answers with elevated 5xx and latency. As with a real ALB, a group without traffic publishes
// nothing.
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient } from '@aws-sdk/client-ecs';
import { DescribeListenersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { STACK } from './alb-stack.mjs';

export const HEALTHY = { errorRate: 0.002, latencySeconds: 0.045 };
export const FAULTY = { errorRate: 0.08, latencySeconds: 0.35 };

/**
 * @typedef {object} SimulatorOptions
 * @property {string} endpoint  moto's URL
 * @property {import('./alb-stack.mjs').AlbStack} stack  what createAlbStack made
 * @property {number} [requestsPerSecond]
 * @property {(event: { at: number, weights: Record<string, number> }) => void} [onWeights]
 */

/** @param {SimulatorOptions} options */
export function startTrafficSimulator(options) {
  const { stack } = options;
  const sides = {
    blue: { service: STACK.blueService, targetGroup: stack.blueTargetGroup },
    green: { service: STACK.greenService, targetGroup: stack.greenTargetGroup },
  };
  const settings = {
    region: 'us-east-1',
    endpoint: options.endpoint,
    credentials: { accessKeyId: 'demo', secretAccessKey: 'demo' },
  };
  const cloudwatch = new CloudWatchClient(settings);
  const ecs = new ECSClient(settings);
  const elb = new ElasticLoadBalancingV2Client(settings);
  const rate = options.requestsPerSecond ?? 400;
  /** @type {Map<string, string>} task-definition ARN → image */
  const images = new Map();
  /** @type {Set<string>} colours with a fault switched on by hand */
  const faults = new Set();
  let lastWeights = '';
  let stopped = false;
  let random = 12345;
  const noise = () => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random / 2147483648;
  };
  const loadBalancer = stack.loadBalancerArn.slice(
    stack.loadBalancerArn.indexOf('loadbalancer/') + 'loadbalancer/'.length,
  );

  /** @param {string} arn */
  async function imageOf(arn) {
    if (!images.has(arn)) {
      const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }));
      images.set(arn, out.taskDefinition?.containerDefinitions?.[0]?.image ?? '');
    }
    return images.get(arn) ?? '';
  }

  async function tick() {
    const now = Date.now();
    const listener = await elb.send(new DescribeListenersCommand({ ListenerArns: [stack.listenerArn] }));
    const groups = listener.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? [];
    const total = groups.reduce((sum, g) => sum + (g.Weight ?? 0), 0);
    const services = await ecs.send(
      new DescribeServicesCommand({
        cluster: STACK.cluster,
        services: [sides.blue.service, sides.green.service],
      }),
    );
    /** @type {Record<string, number>} */
    const weights = {};
    const data = [];
    for (const color of /** @type {const} */ (['blue', 'green'])) {
      const side = sides[color];
      const weight = groups.find((g) => g.TargetGroupArn === side.targetGroup)?.Weight ?? 0;
      weights[color] = weight;
      if (total === 0 || weight === 0) continue;
      const service = services.services?.find((s) => s.serviceName === side.service);
      const image = service?.taskDefinition ? await imageOf(service.taskDefinition) : '';
      const behaviour = faults.has(color) || image.includes('faulty') ? FAULTY : HEALTHY;
      const requests = Math.round((rate * weight) / total);
      const errors = Math.round(requests * behaviour.errorRate * (0.6 + 0.8 * noise()));
      const Dimensions = [
        { Name: 'LoadBalancer', Value: loadBalancer },
        { Name: 'TargetGroup', Value: side.targetGroup.slice(side.targetGroup.indexOf('targetgroup/')) },
      ];
      const Timestamp = new Date(now);
      const common = { Dimensions, Timestamp, StorageResolution: 1 };
      data.push({ ...common, MetricName: 'RequestCount', Value: requests, Unit: /** @type {const} */ ('Count') });
      if (errors > 0) {
        data.push({
          ...common,
          MetricName: 'HTTPCode_Target_5XX_Count',
          Value: errors,
          Unit: /** @type {const} */ ('Count'),
        });
      }
      data.push({
        ...common,
        MetricName: 'TargetResponseTime',
        Value: behaviour.latencySeconds * (0.85 + 0.3 * noise()),
        Unit: /** @type {const} */ ('Seconds'),
      });
    }
    const shown = JSON.stringify(weights);
    if (shown !== lastWeights) {
      lastWeights = shown;
      options.onWeights?.({ at: now, weights });
    }
    if (data.length > 0) {
      await cloudwatch.send(new PutMetricDataCommand({ Namespace: 'AWS/ApplicationELB', MetricData: data }));
    }
  }

  const loop = (async () => {
    while (!stopped) {
      const started = Date.now();
      await tick().catch((error) => console.error(`simulator: ${error instanceof Error ? error.message : error}`));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - started))));
    }
  })();

  return {
    /** Switches a side's behaviour to faulty from now on, whatever it runs. @param {'blue' | 'green'} color */
    injectFault(color) {
      faults.add(color);
    },
    async stop() {
      stopped = true;
      await loop;
      cloudwatch.destroy();
      ecs.destroy();
      elb.destroy();
    },
  };
}

/**
 * A checks document for the simulator's metrics: the canary's 5xx rate and average response
 * time, each over short high-resolution periods.
 * @param {{ periodSeconds: number }} options
 */
export function simulatorChecks({ periodSeconds }) {
  return [
    'metrics:',
    '  - id: canary-5xx-rate',
    '    ratio:',
    '      namespace: AWS/ApplicationELB',
    '      dimensions: { LoadBalancer: "${load-balancer}", TargetGroup: "${canary}" }',
    '      stat: Sum',
    '      numerator: { metric: HTTPCode_Target_5XX_Count }',
    '      denominator: { metric: RequestCount }',
    "    threshold: '< 0.02'",
    `    period: ${periodSeconds}s`,
    `    lookback: ${periodSeconds * 3}s`,
    '  - id: canary-response-time',
    '    namespace: AWS/ApplicationELB',
    '    metric: TargetResponseTime',
    '    stat: Average',
    '    dimensions: { LoadBalancer: "${load-balancer}", TargetGroup: "${canary}" }',
    "    threshold: '< 0.2'",
    `    period: ${periodSeconds}s`,
    `    lookback: ${periodSeconds * 3}s`,
  ].join('\n');
}
