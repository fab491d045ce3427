/**
 * In-memory stand-ins for the ALB and ECS ports the canary driver uses, with a call log, so the
 * driver's behaviour (what it changes, in which order, and what it refuses) is asserted without
 * I/O and with a manual clock. The moto suites prove the same against real wire protocols.
 */
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { EcsPort, ServiceSnapshot, TaskDefinitionSummary } from '../../src/aws/ecs.js';
import type { ServiceChange, ServiceScalingPort } from '../../src/aws/ecs-services.js';
import type {
  RouteKind,
  RouteSnapshot,
  TargetGroupSummary,
  TargetHealthSummary,
  TrafficPort,
} from '../../src/aws/elbv2.js';
import { forwardWeights, withWeights } from '../../src/aws/elbv2.js';
import type { LeaseStore, StoredLease } from '../../src/aws/lease-store.js';

export const ARN = {
  listener: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/prod/50dc6c495c0c9188/f2f7dc8efc522ab2',
  blueTg: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/router-blue/73e2d6bc24d8a067',
  greenTg: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/router-green/9f1e2d3c4b5a6978',
  lb: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/prod/50dc6c495c0c9188',
  revision: (n: number) => `arn:aws:ecs:us-east-1:123456789012:task-definition/router:${n}`,
};

export class FakeAlb implements TrafficPort {
  readonly calls: string[] = [];
  weights = new Map<string, number>([
    [ARN.blueTg, 100],
    [ARN.greenTg, 0],
  ]);
  tags: Record<string, string> = {};
  healthy: Record<string, number> = { [ARN.blueTg]: 2, [ARN.greenTg]: 2 };
  /** Make the next n weight writes throw. */
  failWrites = 0;
  /** Called after each weight write, so a test can interfere (another writer, a crash). */
  afterWrite: (weights: ReadonlyMap<string, number>) => void = () => undefined;

  readRoute(kind: RouteKind, arn: string): Promise<RouteSnapshot> {
    this.calls.push('readRoute');
    const actions = [
      {
        Type: 'forward' as const,
        ForwardConfig: {
          TargetGroups: [...this.weights].map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })),
        },
      },
    ];
    return Promise.resolve({ kind, arn, weights: forwardWeights(actions), actions });
  }
  writeWeights(route: RouteSnapshot, weights: ReadonlyMap<string, number>): Promise<void> {
    this.calls.push(`writeWeights ${[...weights.values()].join('/')}`);
    if (this.failWrites > 0) {
      this.failWrites--;
      return Promise.reject(new Error('ThrottlingException: Rate exceeded'));
    }
    this.weights = forwardWeights(withWeights(route.actions, weights));
    this.afterWrite(this.weights);
    return Promise.resolve();
  }
  targetHealth(arn: string): Promise<TargetHealthSummary> {
    this.calls.push('targetHealth');
    const healthy = this.healthy[arn] ?? 0;
    const byState: Record<string, number> = healthy ? { healthy } : { unhealthy: 2 };
    return Promise.resolve({ healthy, byState });
  }
  describeTargetGroups(arns: readonly string[]): Promise<TargetGroupSummary[]> {
    this.calls.push('describeTargetGroups');
    return Promise.resolve(
      arns.map((arn) => ({
        arn,
        name: arn.split('/')[1] ?? '',
        dimension: arn.slice(arn.indexOf('targetgroup/')),
        loadBalancerDimensions: ['app/prod/50dc6c495c0c9188'],
      })),
    );
  }
  readTags(): Promise<Record<string, string>> {
    this.calls.push('readTags');
    return Promise.resolve({ ...this.tags });
  }
  addTags(_arn: string, tags: Readonly<Record<string, string>>): Promise<void> {
    this.calls.push('addTags');
    this.tags = { ...this.tags, ...tags };
    return Promise.resolve();
  }
  removeTags(_arn: string, keys: readonly string[]): Promise<void> {
    this.calls.push('removeTags');
    for (const key of keys) delete this.tags[key];
    return Promise.resolve();
  }
  /** The canary's share now, in percent. */
  share(arn: string): number {
    const total = [...this.weights.values()].reduce((a, b) => a + b, 0);
    return total === 0 ? 0 : Math.round(((this.weights.get(arn) ?? 0) / total) * 100);
  }
}

interface FakeService {
  taskDefinitionArn: string;
  desiredCount: number;
  runningCount: number;
}

/** ECS services that become ready as soon as they are changed, unless a test says otherwise. */
export class FakeEcs implements ServiceScalingPort {
  readonly calls: string[] = [];
  readonly services = new Map<string, FakeService>([
    ['router-blue', { taskDefinitionArn: ARN.revision(1), desiredCount: 2, runningCount: 2 }],
    ['router-green', { taskDefinitionArn: ARN.revision(1), desiredCount: 0, runningCount: 0 }],
  ]);
  readonly definitions = new Map<string, RegisterTaskDefinitionCommandInput>([
    [
      ARN.revision(1),
      { family: 'router', containerDefinitions: [{ name: 'router', image: 'registry.example/router:1.0.0' }] },
    ],
  ]);
  /** Services whose tasks never start (crash on boot). */
  readonly crashing = new Set<string>();

  readonly port: Pick<
    EcsPort,
    'describeService' | 'describeTaskDefinition' | 'registerTaskDefinition' | 'deregisterTaskDefinition'
  > = {
    describeService: (_cluster, name) => {
      this.calls.push(`describeService ${name}`);
      const service = this.services.get(name);
      if (!service) return Promise.reject(new Error(`no service ${name}`));
      return Promise.resolve(snapshot(name, service));
    },
    describeTaskDefinition: (reference) => {
      const arn = reference.startsWith('arn:') ? reference : ARN.revision(Number(reference.split(':')[1]));
      const definition = this.definitions.get(arn);
      return Promise.resolve(
        definition
          ? ({
              arn,
              family: 'router',
              revision: Number(arn.split(':').pop()),
              status: 'ACTIVE',
              definition: { ...definition, taskDefinitionArn: arn } as TaskDefinitionSummary['definition'],
              tags: [],
            } satisfies TaskDefinitionSummary)
          : undefined,
      );
    },
    registerTaskDefinition: (input) => {
      const arn = ARN.revision(this.definitions.size + 1);
      this.calls.push(`register ${arn.split('/')[1] ?? ''}`);
      this.definitions.set(arn, input);
      return Promise.resolve(arn);
    },
    deregisterTaskDefinition: (arn) => {
      this.calls.push(`deregister ${arn}`);
      return Promise.resolve();
    },
  };

  updateService(_cluster: string, name: string, change: ServiceChange): Promise<void> {
    this.calls.push(`updateService ${name} ${JSON.stringify(change)}`);
    const service = this.services.get(name);
    if (!service) return Promise.reject(new Error(`no service ${name}`));
    if (change.taskDefinitionArn) service.taskDefinitionArn = change.taskDefinitionArn;
    if (change.desiredCount !== undefined) service.desiredCount = change.desiredCount;
    service.runningCount = this.crashing.has(name) ? 0 : service.desiredCount;
    return Promise.resolve();
  }
}

function snapshot(name: string, service: FakeService): ServiceSnapshot {
  return {
    arn: `arn:aws:ecs:us-east-1:123456789012:service/prod/${name}`,
    name,
    status: 'ACTIVE',
    taskDefinitionArn: service.taskDefinitionArn,
    desiredCount: service.desiredCount,
    runningCount: service.runningCount,
    deployments: [
      {
        id: 'ecs-svc/1',
        status: 'PRIMARY',
        taskDefinitionArn: service.taskDefinitionArn,
        desiredCount: service.desiredCount,
        runningCount: service.runningCount,
        pendingCount: 0,
        failedTasks: 0,
        rolloutState: 'COMPLETED',
      },
    ],
    events: [],
    tags: {},
    circuitBreaker: { enable: true, rollback: true },
    deploymentController: 'ECS',
  };
}

/**
 * Leases in memory with the store's contract: a create of a taken name is refused, a lease is
 * removed by its ARN only, and `exists` tells whether that very lease is still there.
 */
export class FakeLeaseStore implements LeaseStore {
  readonly calls: string[] = [];
  readonly leases = new Map<string, { arn: string; name: string; ownerId: string; tags: Record<string, string> }>();
  private counter = 0;

  create(name: string, ownerId: string, tags: Readonly<Record<string, string>>): Promise<{ arn: string } | 'taken'> {
    this.calls.push('create');
    if ([...this.leases.values()].some((l) => l.name === name)) return Promise.resolve('taken');
    this.counter += 1;
    const arn = `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/${name}/${this.counter}`;
    this.leases.set(arn, { arn, name, ownerId, tags: { ...tags } });
    return Promise.resolve({ arn });
  }
  find(name: string): Promise<StoredLease | undefined> {
    this.calls.push('find');
    const found = [...this.leases.values()].find((l) => l.name === name);
    return Promise.resolve(found ? { arn: found.arn, ownerId: found.ownerId, tags: { ...found.tags } } : undefined);
  }
  update(arn: string, tags: Readonly<Record<string, string>>): Promise<boolean> {
    this.calls.push('update');
    const found = this.leases.get(arn);
    if (found) Object.assign(found.tags, tags);
    return Promise.resolve(found !== undefined);
  }
  exists(arn: string): Promise<boolean> {
    this.calls.push('exists');
    return Promise.resolve(this.leases.has(arn));
  }
  remove(arn: string): Promise<void> {
    this.calls.push('remove');
    this.leases.delete(arn);
    return Promise.resolve();
  }
  /** The one lease held now, if any. */
  held(): { arn: string; tags: Record<string, string> } | undefined {
    return [...this.leases.values()][0];
  }
}
