/**
 * The simulated AWS keeps to the wire format. For every operation that both moto_server (which
 * speaks the real wire protocols) and the simulation implement, equivalent state is arranged in
 * each world, the same command (ARNs substituted per world) goes through a real SDK client to moto
 * and through the simulated client, and the answers must have the same SHAPE: the same key paths
 * with the same value types (string, number, boolean, Date, array, object; arrays by the union of
 * their elements' shapes; $metadata ignored; an empty array says nothing about its elements).
 * Failing calls must fail with the same error name. Every tolerated difference is in ALLOWANCES,
 * with the reason; an allowance that no longer matches anything fails the suite.
 *
 * Needs moto like the integration suites: skipped locally without it, a failure under CI=true.
 */
import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  PutMetricAlarmCommand,
  PutMetricDataCommand,
  type GetMetricDataCommandOutput,
} from '@aws-sdk/client-cloudwatch';
import {
  DeregisterTaskDefinitionCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTaskDefinitionsCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  type DescribeServicesCommandOutput,
  type DescribeTaskDefinitionCommandOutput,
  type DescribeTasksCommandOutput,
  type ListTasksCommandOutput,
  type NetworkConfiguration,
  type RegisterTaskDefinitionCommandInput,
  type RunTaskCommandOutput,
} from '@aws-sdk/client-ecs';
import {
  AddTagsCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  DeleteRuleCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RemoveTagsCommand,
  type Action,
  type CreateRuleCommandOutput,
  type CreateTargetGroupCommandOutput,
  type DescribeRulesCommandOutput,
  type DescribeTagsCommandOutput,
  type DescribeTargetHealthCommandOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAlbStack, STACK } from '../../scripts/lib/alb-stack.mjs';
import { arnSuffix } from '../../src/aws/elbv2.js';
import { requireMoto, TEST_CREDENTIALS, useMoto } from '../support/moto.js';
import type { SimService } from './errors.js';
import { pairStack, release } from './scenarios.js';
import { World } from './world/index.js';
import { CRASHING } from './world/versions.js';

// ---- Shapes.

type ValueType = 'string' | 'number' | 'boolean' | 'Date' | 'array' | 'object' | 'null';

/** Key paths (`service.deployments[].id`) → the types seen there; and arrays never seen with an element. */
interface Shape {
  readonly types: Map<string, Set<ValueType>>;
  readonly emptyArrays: Set<string>;
}

function shapeOf(value: unknown): Shape {
  const types = new Map<string, Set<ValueType>>();
  const arrays = new Set<string>();
  const filled = new Set<string>();
  const walk = (node: unknown, path: string): void => {
    if (node === undefined) return; // not on the wire
    const type: ValueType =
      node === null
        ? 'null'
        : node instanceof Date
          ? 'Date'
          : Array.isArray(node)
            ? 'array'
            : typeof node === 'object'
              ? 'object'
              : (typeof node as ValueType);
    if (path !== '') {
      const seen = types.get(path) ?? new Set<ValueType>();
      types.set(path, seen);
      seen.add(type);
    }
    if (Array.isArray(node)) {
      arrays.add(path);
      if (node.length > 0) filled.add(path);
      for (const element of node) walk(element, `${path}[]`);
    } else if (type === 'object') {
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (path === '' && key === '$metadata') continue;
        walk(child, path === '' ? key : `${path}.${key}`);
      }
    }
  };
  walk(value, '');
  return { types, emptyArrays: new Set([...arrays].filter((a) => !filled.has(a))) };
}

type Side = 'moto' | 'simulation';

interface Difference {
  readonly path: string;
  readonly moto?: readonly ValueType[];
  readonly simulation?: readonly ValueType[];
}

/**
 * Paths present on one side only, or typed differently. An array that is empty on one side says
 * nothing about its elements, so paths below it are not compared.
 */
function differences(moto: Shape, simulation: Shape): Difference[] {
  const found: Difference[] = [];
  const paths = new Set([...moto.types.keys(), ...simulation.types.keys()]);
  const underEmpty = (path: string, shape: Shape): boolean =>
    [...shape.emptyArrays].some((array) => path.startsWith(`${array}[]`));
  for (const path of [...paths].sort()) {
    const m = moto.types.get(path);
    const s = simulation.types.get(path);
    if (m && s) {
      const same = m.size === s.size && [...m].every((t) => s.has(t));
      if (!same) found.push({ path, moto: [...m].sort(), simulation: [...s].sort() });
    } else if (m && !underEmpty(path, simulation)) {
      found.push({ path, moto: [...m].sort() });
    } else if (s && !underEmpty(path, moto)) {
      found.push({ path, simulation: [...s].sort() });
    }
  }
  return found;
}

// ---- Known differences.

interface Allowance {
  readonly operation: string;
  /** The path, and everything below it. */
  readonly path: string;
  /** Which side has it (the other lacks it), or `types` when both have it with other types. */
  readonly has: Side | 'types';
  readonly why: string;
}

/**
 * Every shape difference the contract tolerates, and why. Prefer fixing the simulation: an entry
 * here is moto differing from AWS (with the API reference that says what AWS returns), or, once,
 * state the two worlds cannot share (moto's containers never exit on their own).
 */
const ALLOWANCES: readonly Allowance[] = [
  // ---- ECS: what moto leaves out of (or adds to) a task definition.
  ...['RegisterTaskDefinition', 'DescribeTaskDefinition', 'DeregisterTaskDefinition'].map((operation): Allowance => ({
    operation,
    path: 'taskDefinition.registeredAt',
    has: 'simulation',
    why: 'moto omits registeredAt, which AWS returns (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskDefinition.html)',
  })),
  {
    operation: 'RegisterTaskDefinition',
    path: 'tags',
    has: 'simulation',
    why: 'moto omits the tags AWS echoes (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html#API_RegisterTaskDefinition_ResponseSyntax)',
  },
  // ---- ECS: what moto leaves out of (or adds to) a service, in DescribeServices and UpdateService.
  ...serviceFields([
    {
      path: 'createdAt',
      has: 'simulation',
      why: 'moto omits createdAt, which AWS returns (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Service.html)',
    },
    {
      path: 'deploymentConfiguration',
      has: 'simulation',
      why: 'moto ignores deploymentConfiguration on CreateService (../shared/testbed.md); AWS returns it with its defaults (API_Service.html)',
    },
    {
      path: 'healthCheckGracePeriodSeconds',
      has: 'simulation',
      why: 'moto omits it; AWS returns it for services with a load balancer, 0 by default (API_Service.html)',
    },
    {
      path: 'platformVersion',
      has: 'simulation',
      why: 'moto omits it; AWS returns LATEST for a Fargate service (API_Service.html)',
    },
    {
      path: 'deployments[].platformVersion',
      has: 'simulation',
      why: 'moto omits it; AWS returns the resolved Fargate version (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Deployment.html)',
    },
    ...['networkConfiguration', 'deployments[].networkConfiguration'].map((at) => ({
      path: `${at}.awsvpcConfiguration.assignPublicIp`,
      has: 'simulation' as const,
      why: 'moto omits assignPublicIp; AWS returns it, DISABLED by default (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_AwsVpcConfiguration.html)',
    })),
    {
      path: 'taskSets',
      has: 'moto',
      why: 'moto lists an empty taskSets for every service; AWS has task sets only under the CODE_DEPLOY and EXTERNAL controllers (API_Service.html), and no production code reads them',
    },
  ]),
  {
    operation: 'UpdateService',
    path: 'service.tags',
    has: 'moto',
    why: "moto echoes a service's tags everywhere; AWS returns them only from DescribeServices with include TAGS (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServices.html)",
  },
  // ---- ECS: tasks.
  ...['createdAt', 'startedAt', 'stoppingAt', 'stoppedAt', 'stopCode'].map((field): Allowance => ({
    operation: 'DescribeTasks',
    path: `tasks[].${field}`,
    has: 'simulation',
    why: `moto omits ${field}, which AWS returns (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Task.html) and production code reads`,
  })),
  ...['containerOverrides', 'inferenceAcceleratorOverrides'].map((field): Allowance => ({
    operation: 'DescribeTasks',
    path: `tasks[].overrides.${field}`,
    has: 'simulation',
    why: `moto answers an empty overrides object; AWS lists ${field} (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskOverride.html)`,
  })),
  ...['cpu', 'memory'].map((field): Allowance => ({
    operation: 'DescribeTasks',
    path: `tasks[].containers[].${field}`,
    has: 'types',
    why: `moto sends a container's ${field} as a number; AWS sends a string (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Container.html)`,
  })),
  {
    operation: 'DescribeTasks',
    path: 'tasks[].containers[].reason',
    has: 'simulation',
    why: "the simulation's stopped tasks crashed, and AWS says why a container exited (API_Container.html); moto's was stopped with StopTask and its containers never exit",
  },
  // ---- ELB.
  ...['DescribeListeners', 'ModifyListener'].flatMap((operation): Allowance[] => [
    {
      operation,
      path: 'Listeners[].SslPolicy',
      has: 'moto',
      why: 'moto gives an HTTP listener an SslPolicy; AWS has one on HTTPS and TLS listeners only (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_Listener.html)',
    },
    {
      operation,
      path: 'Listeners[].AlpnPolicy',
      has: 'moto',
      why: 'moto gives an HTTP listener an empty AlpnPolicy; AWS documents it for TLS listeners only (API_Listener.html), and no production code reads it',
    },
  ]),
  {
    operation: 'CreateTargetGroup',
    path: 'TargetGroups[].IpAddressType',
    has: 'moto',
    why: 'moto gives a lambda target group an IpAddressType; the address type is about instance and ip targets (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html), and no production code reads it',
  },
  {
    operation: 'CreateTargetGroup',
    path: 'TargetGroups[].LoadBalancerArns',
    has: 'simulation',
    why: 'moto omits the empty LoadBalancerArns list AWS returns for a group no load balancer uses (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetGroup.html)',
  },
  // ---- CloudWatch.
  {
    operation: 'GetMetricData',
    path: 'Messages',
    has: 'simulation',
    why: 'moto omits the Messages list AWS returns, empty when all went well (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html)',
  },
  {
    operation: 'DescribeAlarms',
    path: 'MetricAlarms[].StateReasonData',
    has: 'moto',
    why: 'moto sets StateReasonData "{}" on an alarm never evaluated; AWS fills it when an evaluation sets the state (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricAlarm.html), and no production code reads it',
  },
  {
    operation: 'DescribeAlarms',
    path: 'MetricAlarms[].Metrics',
    has: 'moto',
    why: 'moto lists an empty Metrics for a single-metric alarm; AWS uses Metrics for metric-math alarms only (API_MetricAlarm.html), and no production code reads it',
  },
];

/** One allowance for a service field, in both answers that carry a service. */
function serviceFields(fields: readonly Omit<Allowance, 'operation'>[]): Allowance[] {
  return fields.flatMap((field) => [
    { ...field, operation: 'DescribeServices', path: `services[].${field.path}` },
    { ...field, operation: 'UpdateService', path: `service.${field.path}` },
  ]);
}

function covers(allowance: Allowance, operation: string, difference: Difference): boolean {
  if (allowance.operation !== operation) return false;
  const { path } = allowance;
  const under =
    difference.path === path || difference.path.startsWith(`${path}.`) || difference.path.startsWith(`${path}[]`);
  if (!under) return false;
  if (allowance.has === 'types') return difference.moto !== undefined && difference.simulation !== undefined;
  return (
    difference[allowance.has] !== undefined &&
    difference[allowance.has === 'moto' ? 'simulation' : 'moto'] === undefined
  );
}

const comparedOperations = new Set<string>();
const usedAllowances = new Set<Allowance>();

function expectSameShape(operation: string, moto: unknown, simulation: unknown): void {
  comparedOperations.add(operation);
  const unexplained = differences(shapeOf(moto), shapeOf(simulation)).filter((difference) => {
    const allowance = ALLOWANCES.find((a) => covers(a, operation, difference));
    if (allowance) usedAllowances.add(allowance);
    return !allowance;
  });
  const describe = (d: Difference): string =>
    `${operation} ${d.path}: moto ${d.moto?.join('|') ?? '(absent)'}, simulation ${d.simulation?.join('|') ?? '(absent)'}`;
  expect
    .soft(
      unexplained.map(describe),
      `moto answered ${JSON.stringify(moto)}\nthe simulation answered ${JSON.stringify(simulation)}`,
    )
    .toEqual([]);
}

// ---- The two worlds.

/** What a command needs to name, in either world. */
interface Refs {
  readonly cluster: string;
  readonly blueService: string;
  readonly blueServiceArn: string;
  readonly family: string;
  readonly liveRevision: string;
  readonly loadBalancerArn: string;
  readonly listenerArn: string;
  readonly blueTargetGroup: string;
  readonly greenTargetGroup: string;
  /** What time it is in that world (moto's is the wall clock, the simulation's is virtual). */
  now(): Date;
}

interface Command {
  readonly input: object;
}

/** A command for one world: the same operation and input, with that world's names. */
type Make = (refs: Refs, side: Side) => Command;

type Answers<O> = Readonly<Record<Side, O>>;

const MISSING_SERVICE = 'order-router-purple';

/** An ARN like this one whose last id names nothing. */
const missing = (arn: string): string => arn.replace(/[^/]+$/, '0123456789abcdef');

const definition = (image: string): RegisterTaskDefinitionCommandInput => ({
  family: STACK.family,
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '512',
  memory: '1024',
  containerDefinitions: [
    { name: STACK.container, image, memory: 1024, essential: true, portMappings: [{ containerPort: 8080 }] },
  ],
});

/** A forward to both target groups with these weights. */
const forward = (r: Refs, blue: number, green: number): Action[] => [
  {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: r.blueTargetGroup, Weight: blue },
        { TargetGroupArn: r.greenTargetGroup, Weight: green },
      ],
    },
  },
];

const runs = requireMoto();

describe.runIf(runs)('the simulation answers in the shapes moto (the wire protocol) answers', () => {
  const moto = useMoto();
  const clients: Partial<Record<SimService, { send(command: Command): Promise<unknown>; destroy(): void }>> = {};
  let world: World;
  const refs = {} as Record<Side, Refs>;
  /** moto's stack: the awsvpc settings of its services (RunTask there needs them), and its VPC. */
  let motoNetwork: NetworkConfiguration | undefined;
  let motoVpc: string;

  beforeAll(() => {
    const settings = {
      region: moto().region,
      endpoint: moto().endpoint,
      credentials: TEST_CREDENTIALS,
      maxAttempts: 1,
    };
    clients.ecs = new ECSClient(settings);
    clients.elbv2 = new ElasticLoadBalancingV2Client(settings);
    clients.cloudwatch = new CloudWatchClient(settings);
  });
  afterAll(() => {
    for (const client of Object.values(clients)) client.destroy();
  });

  beforeEach(async () => {
    const stack = await createAlbStack(moto().endpoint);
    const described = await motoSend<DescribeServicesCommandOutput>(
      'ecs',
      new DescribeServicesCommand({ cluster: STACK.cluster, services: [STACK.blueService] }),
    );
    motoNetwork = described.services?.[0]?.networkConfiguration;
    motoVpc = stack.vpcId;
    refs.moto = {
      cluster: STACK.cluster,
      blueService: STACK.blueService,
      blueServiceArn: described.services?.[0]?.serviceArn ?? '',
      family: STACK.family,
      liveRevision: stack.taskDefinitionArn,
      loadBalancerArn: stack.loadBalancerArn,
      listenerArn: stack.listenerArn,
      blueTargetGroup: stack.blueTargetGroup,
      greenTargetGroup: stack.greenTargetGroup,
      now: () => new Date(),
    };
    world = new World({ seed: 7 });
    const sim = pairStack(world);
    refs.simulation = {
      cluster: sim.cluster,
      blueService: sim.blueService,
      blueServiceArn: world.ecs.service(sim.cluster, sim.blueService).arn,
      family: STACK.family,
      liveRevision: sim.liveRevision,
      loadBalancerArn: sim.loadBalancerArn,
      listenerArn: sim.listenerArn,
      blueTargetGroup: sim.blueTargetGroup,
      greenTargetGroup: sim.greenTargetGroup,
      now: () => new Date(world.now()),
    };
  });

  async function motoSend<O = Record<string, unknown>>(service: SimService, command: Command): Promise<O> {
    const client = clients[service];
    if (!client) throw new Error(`no ${service} client`);
    return (await client.send(command)) as O;
  }

  /** Through the simulated network, with the world's clock running until the answer arrives. */
  async function simSend<O = Record<string, unknown>>(service: SimService, command: Command): Promise<O> {
    const sent = world.process('contract').aws.client(service).send(command);
    await world.scheduler.run(sent);
    return (await sent) as O;
  }

  /** The same command in both worlds: both must succeed, with answers of one shape. */
  async function contract<O = Record<string, unknown>>(service: SimService, make: Make): Promise<Answers<O>> {
    const forMoto = make(refs.moto, 'moto');
    const operation = forMoto.constructor.name.replace(/Command$/, '');
    const answers = {
      moto: await motoSend<O>(service, forMoto),
      simulation: await simSend<O>(service, make(refs.simulation, 'simulation')),
    };
    expectSameShape(operation, answers.moto, answers.simulation);
    return answers;
  }

  async function errorName(sending: Promise<unknown>): Promise<string> {
    try {
      await sending;
      return '(no error)';
    } catch (error) {
      return (error as Error).name;
    }
  }

  /** The same failing command in both worlds: both must fail with this error name. */
  async function sameError(service: SimService, make: Make, expected: string): Promise<void> {
    const names = {
      moto: await errorName(motoSend(service, make(refs.moto, 'moto'))),
      simulation: await errorName(simSend(service, make(refs.simulation, 'simulation'))),
    };
    expect(names).toEqual({ moto: expected, simulation: expected });
  }

  /** EC2's ModifyVpcAttribute as a form POST (no action calls EC2, so its SDK client is not a dependency). */
  async function enableDnsHostnames(vpcId: string): Promise<void> {
    const response = await fetch(moto().endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${moto().region}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: new URLSearchParams({
        Action: 'ModifyVpcAttribute',
        VpcId: vpcId,
        'EnableDnsHostnames.Value': 'true',
        Version: '2016-11-15',
      }),
    });
    expect(response.status).toBe(200);
  }

  it('ECS task definitions: Register, Describe (with TAGS), List, Deregister; a missing revision', async () => {
    await contract(
      'ecs',
      () =>
        new RegisterTaskDefinitionCommand({
          ...definition('registry.example/order-router:2.0.0'),
          tags: [{ key: 'team', value: 'trading' }],
        }),
    );
    const described = await contract<DescribeTaskDefinitionCommandOutput>(
      'ecs',
      (r) => new DescribeTaskDefinitionCommand({ taskDefinition: `${r.family}:2`, include: ['TAGS'] }),
    );
    expect(described.moto.tags).toEqual([{ key: 'team', value: 'trading' }]);
    expect(described.simulation.tags).toEqual([{ key: 'team', value: 'trading' }]);
    await contract('ecs', (r) => new ListTaskDefinitionsCommand({ familyPrefix: r.family }));
    await contract('ecs', (r) => new DeregisterTaskDefinitionCommand({ taskDefinition: `${r.family}:2` }));
    await contract('ecs', (r) => new ListTaskDefinitionsCommand({ familyPrefix: r.family, status: 'INACTIVE' }));
    await sameError(
      'ecs',
      (r) => new DescribeTaskDefinitionCommand({ taskDefinition: `${r.family}:9` }),
      'ClientException',
    );
  });

  it('ECS services: TagResource, DescribeServices (with TAGS), UntagResource, UpdateService; a missing service', async () => {
    await contract(
      'ecs',
      (r) =>
        new TagResourceCommand({
          resourceArn: r.blueServiceArn,
          tags: [
            { key: 'team', value: 'trading' },
            { key: 'tier', value: 'critical' },
          ],
        }),
    );
    const tagged = await contract<DescribeServicesCommandOutput>(
      'ecs',
      (r) => new DescribeServicesCommand({ cluster: r.cluster, services: [r.blueService], include: ['TAGS'] }),
    );
    expect(tagged.moto.services?.[0]?.tags).toHaveLength(2);
    expect(tagged.simulation.services?.[0]?.tags).toHaveLength(2);
    await contract('ecs', (r) => new UntagResourceCommand({ resourceArn: r.blueServiceArn, tagKeys: ['tier'] }));

    const revision2 = definition('registry.example/order-router:2.0.0');
    await motoSend('ecs', new RegisterTaskDefinitionCommand(revision2));
    world.ecs.register(revision2);
    await contract(
      'ecs',
      (r) =>
        new UpdateServiceCommand({
          cluster: r.cluster,
          service: r.blueService,
          taskDefinition: `${r.family}:2`,
          desiredCount: 3,
        }),
    );
    await contract(
      'ecs',
      (r) => new UpdateServiceCommand({ cluster: r.cluster, service: r.blueService, desiredCount: 2 }),
    );
    await contract('ecs', (r) => new DescribeServicesCommand({ cluster: r.cluster, services: [r.blueService] }));

    const absent = await contract<DescribeServicesCommandOutput>(
      'ecs',
      (r) => new DescribeServicesCommand({ cluster: r.cluster, services: [MISSING_SERVICE] }),
    );
    expect(absent.moto.failures?.map((f) => f.reason)).toEqual(['MISSING']);
    expect(absent.simulation.failures?.map((f) => f.reason)).toEqual(['MISSING']);
    await sameError(
      'ecs',
      (r) => new UpdateServiceCommand({ cluster: r.cluster, service: MISSING_SERVICE, desiredCount: 1 }),
      'ServiceNotFoundException',
    );
  });

  it('ECS tasks: ListTasks and DescribeTasks of running and stopped tasks; a missing cluster', async () => {
    // moto's services start no tasks: run two and stop one. It names each awsvpc task's network
    // interface, which takes a VPC with DNS host names.
    await enableDnsHostnames(motoVpc);
    const run = await motoSend<RunTaskCommandOutput>(
      'ecs',
      new RunTaskCommand({
        cluster: refs.moto.cluster,
        taskDefinition: refs.moto.liveRevision,
        count: 2,
        launchType: 'FARGATE',
        networkConfiguration: motoNetwork,
      }),
    );
    await motoSend(
      'ecs',
      new StopTaskCommand({ cluster: refs.moto.cluster, task: run.tasks?.[0]?.taskArn, reason: 'contract' }),
    );
    // The simulation's service runs two tasks; a crashing release stops tasks of its own.
    world.ecs.register(definition(release(world, 'crash-1', CRASHING)));
    world.ecs.handle('UpdateService', {
      cluster: refs.simulation.cluster,
      service: refs.simulation.blueService,
      taskDefinition: `${refs.simulation.family}:2`,
    });
    await world.scheduler.advanceTo(world.now() + 5 * 60_000);

    const running = await contract<ListTasksCommandOutput>('ecs', (r) => new ListTasksCommand({ cluster: r.cluster }));
    const stopped = await contract<ListTasksCommandOutput>(
      'ecs',
      (r) => new ListTasksCommand({ cluster: r.cluster, desiredStatus: 'STOPPED' }),
    );
    expect(stopped.moto.taskArns?.length).toBeGreaterThan(0);
    expect(stopped.simulation.taskArns?.length).toBeGreaterThan(0);
    const described = await contract<DescribeTasksCommandOutput>(
      'ecs',
      (r, side) =>
        new DescribeTasksCommand({
          cluster: r.cluster,
          tasks: [...new Set([...(running[side].taskArns ?? []), ...(stopped[side].taskArns ?? [])])],
        }),
    );
    for (const side of ['moto', 'simulation'] as const) {
      expect(described[side].tasks?.map((t) => t.desiredStatus)).toEqual(
        expect.arrayContaining(['RUNNING', 'STOPPED']),
      );
    }
    await sameError('ecs', () => new ListTasksCommand({ cluster: 'no-such-cluster' }), 'ClusterNotFoundException');
  });

  it('ELBv2 listeners: DescribeListeners, ModifyListener with a weighted forward; a missing listener', async () => {
    await contract('elbv2', (r) => new DescribeListenersCommand({ ListenerArns: [r.listenerArn] }));
    await contract('elbv2', (r) => new DescribeListenersCommand({ LoadBalancerArn: r.loadBalancerArn }));
    await contract(
      'elbv2',
      (r) => new ModifyListenerCommand({ ListenerArn: r.listenerArn, DefaultActions: forward(r, 50, 50) }),
    );
    await sameError(
      'elbv2',
      (r) => new DescribeListenersCommand({ ListenerArns: [missing(r.listenerArn)] }),
      'ListenerNotFoundException',
    );
  });

  it('ELBv2 rules: CreateRule, DescribeRules, ModifyRule, DeleteRule; a taken priority, a missing rule', async () => {
    const created = await contract<CreateRuleCommandOutput>(
      'elbv2',
      (r) =>
        new CreateRuleCommand({
          ListenerArn: r.listenerArn,
          Priority: 10,
          Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/orders/*'] } }],
          Actions: forward(r, 100, 0),
        }),
    );
    const ruleArn = (side: Side): string => created[side].Rules?.[0]?.RuleArn ?? '';
    const listed = await contract<DescribeRulesCommandOutput>(
      'elbv2',
      (r) => new DescribeRulesCommand({ ListenerArn: r.listenerArn }),
    );
    for (const side of ['moto', 'simulation'] as const) {
      expect(listed[side].Rules?.map((rule) => rule.IsDefault)).toEqual(expect.arrayContaining([true, false]));
    }
    await contract('elbv2', (_, side) => new DescribeRulesCommand({ RuleArns: [ruleArn(side)] }));
    await contract(
      'elbv2',
      (r, side) => new ModifyRuleCommand({ RuleArn: ruleArn(side), Actions: forward(r, 90, 10) }),
    );
    await sameError(
      'elbv2',
      (r) =>
        new CreateRuleCommand({
          ListenerArn: r.listenerArn,
          Priority: 10,
          Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/quotes/*'] } }],
          Actions: forward(r, 100, 0),
        }),
      'PriorityInUseException',
    );
    await contract('elbv2', (_, side) => new DeleteRuleCommand({ RuleArn: ruleArn(side) }));
    await sameError(
      'elbv2',
      (_, side) => new AddTagsCommand({ ResourceArns: [ruleArn(side)], Tags: [{ Key: 'team', Value: 'trading' }] }),
      'RuleNotFoundException',
    );
  });

  it('ELBv2 target groups: DescribeTargetGroups, DescribeTargetHealth, CreateTargetGroup (lambda), DeleteTargetGroup; a taken name, a missing group', async () => {
    await contract(
      'elbv2',
      (r) => new DescribeTargetGroupsCommand({ TargetGroupArns: [r.blueTargetGroup, r.greenTargetGroup] }),
    );
    const health = await contract<DescribeTargetHealthCommandOutput>(
      'elbv2',
      (r) => new DescribeTargetHealthCommand({ TargetGroupArn: r.blueTargetGroup }),
    );
    expect(health.moto.TargetHealthDescriptions).toHaveLength(2);
    expect(health.simulation.TargetHealthDescriptions).toHaveLength(2);
    await sameError(
      'elbv2',
      (r) => new DescribeTargetHealthCommand({ TargetGroupArn: missing(r.blueTargetGroup) }),
      'TargetGroupNotFoundException',
    );
    const created = await contract<CreateTargetGroupCommandOutput>(
      'elbv2',
      () => new CreateTargetGroupCommand({ Name: 'order-router-hook', TargetType: 'lambda' }),
    );
    // AWS answers a repeat with the same settings with the existing group; other settings are refused.
    await sameError(
      'elbv2',
      () =>
        new CreateTargetGroupCommand({ Name: 'order-router-hook', TargetType: 'lambda', HealthCheckPath: '/other' }),
      'DuplicateTargetGroupNameException',
    );
    await contract(
      'elbv2',
      (_, side) => new DeleteTargetGroupCommand({ TargetGroupArn: created[side].TargetGroups?.[0]?.TargetGroupArn }),
    );
  });

  it('ELBv2 tags: AddTags, DescribeTags, RemoveTags', async () => {
    await contract(
      'elbv2',
      (r) =>
        new AddTagsCommand({
          ResourceArns: [r.listenerArn, r.blueTargetGroup],
          Tags: [
            { Key: 'canary/lease', Value: 'r-1' },
            { Key: 'team', Value: 'trading' },
          ],
        }),
    );
    const tags = await contract<DescribeTagsCommandOutput>(
      'elbv2',
      (r) => new DescribeTagsCommand({ ResourceArns: [r.listenerArn, r.blueTargetGroup] }),
    );
    expect(tags.moto.TagDescriptions?.map((d) => d.Tags?.length)).toEqual([2, 2]);
    expect(tags.simulation.TagDescriptions?.map((d) => d.Tags?.length)).toEqual([2, 2]);
    await contract('elbv2', (r) => new RemoveTagsCommand({ ResourceArns: [r.listenerArn], TagKeys: ['canary/lease'] }));
    await contract('elbv2', (r) => new DescribeTagsCommand({ ResourceArns: [r.listenerArn] }));
  });

  it('CloudWatch: PutMetricData, GetMetricData (a custom and an ALB metric), DescribeAlarms', async () => {
    // Ten minutes of the simulation's traffic, delivered to CloudWatch.
    await world.scheduler.advanceTo(world.now() + 10 * 60_000);
    const rejected = {
      Namespace: 'Trading/OrderRouter',
      MetricName: 'OrdersRejected',
      Dimensions: [{ Name: 'Service', Value: 'order-router' }],
    };
    await contract(
      'cloudwatch',
      (r) =>
        new PutMetricDataCommand({
          Namespace: rejected.Namespace,
          MetricData: [
            {
              MetricName: rejected.MetricName,
              Dimensions: rejected.Dimensions,
              Timestamp: new Date(r.now().getTime() - 60_000),
              Value: 3,
              Unit: 'Count',
            },
          ],
        }),
    );
    const data = await contract<GetMetricDataCommandOutput>(
      'cloudwatch',
      (r) =>
        new GetMetricDataCommand({
          StartTime: new Date(r.now().getTime() - 10 * 60_000),
          EndTime: r.now(),
          ScanBy: 'TimestampAscending',
          MetricDataQueries: [
            { Id: 'rejected', ReturnData: true, MetricStat: { Metric: rejected, Period: 60, Stat: 'Sum' } },
            {
              Id: 'requests',
              ReturnData: true,
              MetricStat: {
                Metric: {
                  Namespace: 'AWS/ApplicationELB',
                  MetricName: 'RequestCount',
                  Dimensions: [
                    { Name: 'LoadBalancer', Value: arnSuffix(r.loadBalancerArn, 'app/') },
                    { Name: 'TargetGroup', Value: arnSuffix(r.blueTargetGroup, 'targetgroup/') },
                  ],
                },
                Period: 60,
                Stat: 'Sum',
              },
            },
          ],
        }),
    );
    // moto has no ALB metrics; the simulation has both.
    expect(data.moto.MetricDataResults?.map((m) => m.Values?.length ?? 0)).toEqual([1, 0]);
    expect(data.simulation.MetricDataResults?.map((m) => (m.Values?.length ?? 0) > 0)).toEqual([true, true]);

    const alarm = {
      name: 'order-router-5xx',
      namespace: 'AWS/ApplicationELB',
      metricName: 'HTTPCode_Target_5XX_Count',
      dimensions: [{ Name: 'LoadBalancer', Value: arnSuffix(refs.simulation.loadBalancerArn, 'app/') }],
      statistic: 'Sum',
      periodSeconds: 60,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      threshold: 10,
      comparison: 'GreaterThanThreshold' as const,
    };
    world.cloudwatch.putAlarm(alarm);
    await motoSend(
      'cloudwatch',
      new PutMetricAlarmCommand({
        AlarmName: alarm.name,
        Namespace: alarm.namespace,
        MetricName: alarm.metricName,
        Dimensions: [{ Name: 'LoadBalancer', Value: arnSuffix(refs.moto.loadBalancerArn, 'app/') }],
        Statistic: 'Sum',
        Period: alarm.periodSeconds,
        EvaluationPeriods: alarm.evaluationPeriods,
        DatapointsToAlarm: alarm.datapointsToAlarm,
        Threshold: alarm.threshold,
        ComparisonOperator: alarm.comparison,
        TreatMissingData: 'missing',
      }),
    );
    // As the health gate asks (src/aws/cloudwatch.ts): by names, and by prefix.
    await contract(
      'cloudwatch',
      () => new DescribeAlarmsCommand({ AlarmNames: [alarm.name], AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }),
    );
    await contract(
      'cloudwatch',
      () =>
        new DescribeAlarmsCommand({ AlarmNamePrefix: 'order-router-', AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] }),
    );
  });

  afterAll(() => {
    // An allowance for an operation that was compared but that matched no difference is stale.
    const stale = ALLOWANCES.filter((a) => comparedOperations.has(a.operation) && !usedAllowances.has(a));
    expect(stale, 'allowances that no longer match a difference: remove them').toEqual([]);
  });
});
