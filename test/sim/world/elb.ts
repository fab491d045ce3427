/**
 * Elastic Load Balancing (v2) in the simulated world: load balancers, listeners, rules with
 * weighted forward actions, target groups whose targets pass health checks over time, and tags.
 *
 * Followed documents:
 * - Listener rules and weighted target groups (weights 0–999, rule priorities 1–50000, a taken
 *   priority answers PriorityInUse):
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateRule.html
 * - Health checks: a registered target is `initial` until HealthyThresholdCount consecutive checks
 *   pass, one every HealthCheckIntervalSeconds; UnhealthyThresholdCount failures make it
 *   `unhealthy`. A group whose targets are all unhealthy fails open and sends them traffic anyway:
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
 * - Deregistration: the target is `draining` for the deregistration delay (default 300 s), then
 *   removed:
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html
 * - CreateTargetGroup refuses a name that exists (DuplicateTargetGroupName):
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
 */
import type { Action, RuleCondition, Tag } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsError } from '../errors.js';
import { ACCOUNT, REGION, type WorldContext } from './context.js';

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'draining';

/** What a target's owner (an ECS task) tells the load balancer about itself. */
export interface TargetBehaviour {
  /** Whether it answers health checks now. */
  answering(): boolean;
  /** Share of requests answered 5xx, and the median latency in seconds, while it serves. */
  readonly errorRate: number;
  readonly latencySeconds: number;
}

export interface SimTarget {
  readonly id: string;
  readonly port: number;
  readonly behaviour: TargetBehaviour;
  state: TargetState;
  reason?: string;
  since: number;
  /** Consecutive checks that agreed with the current probe result. */
  streak: number;
  checking: boolean;
  /** Told when the target becomes healthy, unhealthy, or finishes draining. */
  readonly onChange: (state: TargetState | 'removed') => void;
}

export interface SimTargetGroup {
  readonly arn: string;
  readonly name: string;
  readonly port: number;
  readonly protocol: string;
  readonly targetType: string;
  readonly healthCheck: {
    readonly intervalSeconds: number;
    readonly healthyThreshold: number;
    readonly unhealthyThreshold: number;
    readonly path: string;
    readonly enabled: boolean;
  };
  readonly deregistrationDelaySeconds: number;
  readonly targets: Map<string, SimTarget>;
}

interface SimListener {
  readonly arn: string;
  readonly loadBalancerArn: string;
  readonly port: number;
  readonly protocol: string;
  defaultActions: Action[];
  readonly defaultRuleArn: string;
}

interface SimRule {
  readonly arn: string;
  readonly listenerArn: string;
  readonly priority: number;
  conditions: RuleCondition[];
  actions: Action[];
}

/** A listener's default action or one rule: where a weighted forward lives. */
export interface SimRoute {
  readonly arn: string;
  readonly loadBalancerArn: string;
  readonly actions: readonly Action[];
}

export interface ElbHooks {
  /** Called before anything that changes where requests go, so traffic is counted up to now. */
  beforeTrafficChange(): void;
}

const PRIORITY_MAX = 50_000;

export class ElbWorld {
  readonly loadBalancers = new Map<string, { arn: string; name: string; type: 'application' | 'network' }>();
  readonly targetGroups = new Map<string, SimTargetGroup>();
  private readonly listeners = new Map<string, SimListener>();
  private readonly rules = new Map<string, SimRule>();
  private readonly tags = new Map<string, Map<string, string>>();

  constructor(
    private readonly ctx: WorldContext,
    private readonly hooks: ElbHooks,
  ) {}

  // ---- Arranging the world (what a platform team built before any rollout).

  createLoadBalancer(name: string, type: 'application' | 'network' = 'application'): string {
    const kind = type === 'application' ? 'app' : 'net';
    const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${kind}/${name}/${this.ctx.hexId()}`;
    this.loadBalancers.set(arn, { arn, name, type });
    this.tags.set(arn, new Map());
    return arn;
  }

  createTargetGroup(
    name: string,
    options: {
      port?: number;
      intervalSeconds?: number;
      healthyThreshold?: number;
      unhealthyThreshold?: number;
      deregistrationDelaySeconds?: number;
      targetType?: string;
      healthCheckPath?: string;
      healthCheckEnabled?: boolean;
    } = {},
  ): string {
    if ([...this.targetGroups.values()].some((g) => g.name === name)) {
      throw awsError('elbv2', 'DuplicateTargetGroupName', 'A target group with the same name already exists.');
    }
    const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/${this.ctx.hexId()}`;
    const targetType = options.targetType ?? 'ip';
    this.targetGroups.set(arn, {
      arn,
      name,
      port: options.port ?? 8080,
      protocol: targetType === 'lambda' ? '' : 'HTTP',
      targetType,
      healthCheck: {
        // The API's defaults for an HTTP target group.
        intervalSeconds: options.intervalSeconds ?? 30,
        healthyThreshold: options.healthyThreshold ?? 5,
        unhealthyThreshold: options.unhealthyThreshold ?? 2,
        path: options.healthCheckPath ?? '/',
        enabled: options.healthCheckEnabled ?? targetType !== 'lambda',
      },
      deregistrationDelaySeconds: options.deregistrationDelaySeconds ?? 300,
      targets: new Map(),
    });
    this.tags.set(arn, new Map());
    return arn;
  }

  createListener(loadBalancerArn: string, port: number, defaultActions: Action[]): string {
    const lb = this.loadBalancers.get(loadBalancerArn);
    if (!lb) throw new Error(`no load balancer ${loadBalancerArn}`);
    const suffix = loadBalancerArn.slice(loadBalancerArn.indexOf('loadbalancer/') + 'loadbalancer/'.length);
    const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/${suffix}/${this.ctx.hexId()}`;
    const defaultRuleArn = `${arn.replace(':listener/', ':listener-rule/')}/${this.ctx.hexId()}`;
    this.validateActions(defaultActions);
    this.listeners.set(arn, {
      arn,
      loadBalancerArn,
      port,
      protocol: lb.type === 'application' ? 'HTTP' : 'TCP',
      defaultActions,
      defaultRuleArn,
    });
    this.tags.set(arn, new Map());
    this.tags.set(defaultRuleArn, new Map());
    return arn;
  }

  createRule(listenerArn: string, priority: number, conditions: RuleCondition[], actions: Action[]): string {
    const listener = this.listeners.get(listenerArn);
    if (!listener) throw awsError('elbv2', 'ListenerNotFound', 'One or more listeners not found');
    if (!Number.isInteger(priority) || priority < 1 || priority > PRIORITY_MAX) {
      throw awsError('elbv2', 'ValidationError', `Priority must be between 1 and ${PRIORITY_MAX}.`);
    }
    if ([...this.rules.values()].some((r) => r.listenerArn === listenerArn && r.priority === priority)) {
      throw awsError('elbv2', 'PriorityInUse', 'The specified priority is in use.');
    }
    if (conditions.length === 0) {
      throw awsError('elbv2', 'ValidationError', 'A rule must have at least one condition.');
    }
    this.validateActions(actions);
    this.hooks.beforeTrafficChange();
    const arn = `${listenerArn.replace(':listener/', ':listener-rule/')}/${this.ctx.hexId()}`;
    this.rules.set(arn, { arn, listenerArn, priority, conditions, actions });
    this.tags.set(arn, new Map());
    return arn;
  }

  // ---- Targets, as ECS registers its tasks.

  register(targetGroupArn: string, target: Omit<SimTarget, 'state' | 'since' | 'streak' | 'checking'>): void {
    const group = this.group(targetGroupArn);
    this.hooks.beforeTrafficChange();
    const registered: SimTarget = { ...target, state: 'initial', since: this.ctx.now(), streak: 0, checking: false };
    registered.reason = 'Elb.RegistrationInProgress';
    group.targets.set(target.id, registered);
    this.startChecks(group, registered, this.ctx.between(0, group.healthCheck.intervalSeconds * 1000));
  }

  /** Starts draining a target; it is removed after the group's deregistration delay. */
  deregister(targetGroupArn: string, targetId: string): void {
    const group = this.targetGroups.get(targetGroupArn);
    const target = group?.targets.get(targetId);
    if (!group || !target || target.state === 'draining') return;
    this.hooks.beforeTrafficChange();
    target.state = 'draining';
    target.reason = 'Target.DeregistrationInProgress';
    target.since = this.ctx.now();
    this.ctx.scheduler.after(group.deregistrationDelaySeconds * 1000, () => {
      if (group.targets.get(targetId) !== target) return;
      this.hooks.beforeTrafficChange();
      group.targets.delete(targetId);
      target.onChange('removed');
    });
  }

  /** The owner says the target's answers changed (it crashed, or came up): checks notice in time. */
  probeChanged(targetGroupArn: string, targetId: string): void {
    const group = this.targetGroups.get(targetGroupArn);
    const target = group?.targets.get(targetId);
    if (!group || !target || target.state === 'draining') return;
    // Requests reach a target that stopped answering until its checks fail: count traffic now.
    this.hooks.beforeTrafficChange();
    this.startChecks(group, target, this.nextCheckDelay(group, target));
  }

  /**
   * Health checks run while the target's state and its answers disagree: `initial` or
   * `unhealthy` while it answers, `initial` or `healthy` while it does not. A run of agreeing
   * checks as long as the group's threshold flips the state.
   */
  private startChecks(group: SimTargetGroup, target: SimTarget, firstDelayMs: number): void {
    if (target.checking || !group.healthCheck.enabled) return;
    target.checking = true;
    target.streak = 0;
    const check = (): void => {
      if (group.targets.get(target.id) !== target || target.state === 'draining') {
        target.checking = false;
        return;
      }
      const answering = target.behaviour.answering();
      const wanted: TargetState = answering ? 'healthy' : 'unhealthy';
      if (target.state === wanted) {
        target.checking = false;
        return;
      }
      // Positive streaks count passing checks, negative ones failing checks.
      target.streak = answering ? Math.max(0, target.streak) + 1 : Math.min(0, target.streak) - 1;
      const needed = answering ? group.healthCheck.healthyThreshold : group.healthCheck.unhealthyThreshold;
      if (Math.abs(target.streak) < needed) {
        this.ctx.scheduler.after(group.healthCheck.intervalSeconds * 1000, check);
        return;
      }
      this.hooks.beforeTrafficChange();
      target.state = wanted;
      target.since = this.ctx.now();
      target.reason = answering ? undefined : 'Target.FailedHealthChecks';
      target.checking = false;
      target.onChange(wanted);
    };
    this.ctx.scheduler.after(firstDelayMs, check);
  }

  private nextCheckDelay(group: SimTargetGroup, target: SimTarget): number {
    const interval = group.healthCheck.intervalSeconds * 1000;
    const elapsed = (this.ctx.now() - target.since) % interval;
    return interval - elapsed;
  }

  // ---- What ECS does to a route when it shifts traffic itself (native blue/green, linear, canary).

  /** The forward weights of a listener (its default action) or a rule, by ARN. */
  forwardOf(routeArn: string): Map<string, number> {
    const listener = this.listenerOfDefaultRule(routeArn) ?? this.listeners.get(routeArn);
    const actions = listener ? listener.defaultActions : this.rules.get(routeArn)?.actions;
    if (!actions) throw new Error(`no route ${routeArn}`);
    return forwardWeightsOf(actions);
  }

  /** Points a route's forward action at these weights, as ECS's infrastructure role does. */
  setForward(routeArn: string, weights: ReadonlyMap<string, number>): void {
    this.hooks.beforeTrafficChange();
    const forward: Action = {
      Type: 'forward',
      ForwardConfig: { TargetGroups: [...weights].map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })) },
    };
    const listener = this.listenerOfDefaultRule(routeArn) ?? this.listeners.get(routeArn);
    if (listener) {
      listener.defaultActions = [forward];
      return;
    }
    const rule = this.rules.get(routeArn);
    if (!rule) throw new Error(`no route ${routeArn}`);
    rule.actions = [forward];
  }

  private listenerOfDefaultRule(ruleArn: string): SimListener | undefined {
    return [...this.listeners.values()].find((l) => l.defaultRuleArn === ruleArn);
  }

  /** The ARN of a listener's default rule (what ECS's productionListenerRule may name). */
  defaultRuleOf(listenerArn: string): string {
    const listener = this.listeners.get(listenerArn);
    if (!listener) throw new Error(`no listener ${listenerArn}`);
    return listener.defaultRuleArn;
  }

  // ---- What the traffic model reads.

  /** Every route that forwards: listener default actions and rules. */
  routes(): SimRoute[] {
    const routes: SimRoute[] = [];
    for (const listener of this.listeners.values()) {
      routes.push({ arn: listener.arn, loadBalancerArn: listener.loadBalancerArn, actions: listener.defaultActions });
    }
    for (const rule of this.rules.values()) {
      const listener = this.listeners.get(rule.listenerArn);
      if (listener) routes.push({ arn: rule.arn, loadBalancerArn: listener.loadBalancerArn, actions: rule.actions });
    }
    return routes;
  }

  routeActions(arn: string): readonly Action[] | undefined {
    return this.listeners.get(arn)?.defaultActions ?? this.rules.get(arn)?.actions;
  }

  /**
   * The targets that get a group's requests: the healthy ones, else (fail open) every target that
   * is not draining, else none (the load balancer answers 503 itself).
   */
  servingTargets(targetGroupArn: string): SimTarget[] {
    const group = this.targetGroups.get(targetGroupArn);
    if (!group) return [];
    const live = [...group.targets.values()].filter((t) => t.state !== 'draining');
    const healthy = live.filter((t) => t.state === 'healthy');
    return healthy.length > 0 ? healthy : live;
  }

  // ---- The API.

  handle(operation: string, input: Record<string, unknown>): Record<string, unknown> {
    switch (operation) {
      case 'DescribeListeners':
        return this.describeListeners(input);
      case 'DescribeRules':
        return this.describeRules(input);
      case 'ModifyListener':
        return this.modifyListener(input);
      case 'ModifyRule':
        return this.modifyRule(input);
      case 'CreateRule':
        return this.createRuleApi(input);
      case 'DeleteRule':
        return this.deleteRule(input);
      case 'DescribeTargetGroups':
        return this.describeTargetGroups(input);
      case 'DescribeTargetHealth':
        return this.describeTargetHealth(input);
      case 'CreateTargetGroup':
        return this.createTargetGroupApi(input);
      case 'DeleteTargetGroup':
        return this.deleteTargetGroup(input);
      case 'DescribeTags':
        return this.describeTags(input);
      case 'AddTags':
        return this.addTags(input);
      case 'RemoveTags':
        return this.removeTags(input);
      default:
        throw awsError('elbv2', 'InvalidAction', `The simulation does not implement ${operation}.`);
    }
  }

  private describeListeners(input: { ListenerArns?: string[]; LoadBalancerArn?: string }): Record<string, unknown> {
    const arns = input.ListenerArns;
    let found: SimListener[];
    if (arns) {
      found = arns.map((arn) => {
        const listener = this.listeners.get(arn);
        if (!listener) throw awsError('elbv2', 'ListenerNotFound', 'One or more listeners not found');
        return listener;
      });
    } else {
      found = [...this.listeners.values()].filter((l) => l.loadBalancerArn === input.LoadBalancerArn);
    }
    return {
      Listeners: found.map((l) => ({
        ListenerArn: l.arn,
        LoadBalancerArn: l.loadBalancerArn,
        Port: l.port,
        Protocol: l.protocol,
        DefaultActions: described(l.defaultActions),
      })),
    };
  }

  private describeRules(input: { ListenerArn?: string; RuleArns?: string[] }): Record<string, unknown> {
    const all = this.allRules();
    let found: ReturnType<ElbWorld['allRules']>;
    if (input.RuleArns) {
      found = input.RuleArns.map((arn) => {
        const rule = all.find((r) => r.RuleArn === arn);
        if (!rule) throw awsError('elbv2', 'RuleNotFound', 'One or more rules not found');
        return rule;
      });
    } else {
      if (!input.ListenerArn || !this.listeners.has(input.ListenerArn)) {
        throw awsError('elbv2', 'ListenerNotFound', 'One or more listeners not found');
      }
      found = all.filter((r) => r.listenerArn === input.ListenerArn);
    }
    return {
      Rules: found.map(({ listenerArn: _listener, ...rule }) => ({ ...clone(rule), Actions: described(rule.Actions) })),
    };
  }

  private allRules(): {
    listenerArn: string;
    RuleArn: string;
    Priority: string;
    Conditions: RuleCondition[];
    Actions: Action[];
    IsDefault: boolean;
  }[] {
    const rules = [...this.rules.values()]
      .sort((a, b) => a.priority - b.priority)
      .map((r) => ({
        listenerArn: r.listenerArn,
        RuleArn: r.arn,
        Priority: String(r.priority),
        Conditions: r.conditions,
        Actions: r.actions,
        IsDefault: false,
      }));
    const defaults = [...this.listeners.values()].map((l) => ({
      listenerArn: l.arn,
      RuleArn: l.defaultRuleArn,
      Priority: 'default',
      Conditions: [],
      Actions: l.defaultActions,
      IsDefault: true,
    }));
    return [...rules, ...defaults];
  }

  private modifyListener(input: { ListenerArn?: string; DefaultActions?: Action[] }): Record<string, unknown> {
    const listener = this.listeners.get(input.ListenerArn ?? '');
    if (!listener) throw awsError('elbv2', 'ListenerNotFound', 'One or more listeners not found');
    if (input.DefaultActions) {
      this.validateActions(input.DefaultActions);
      this.hooks.beforeTrafficChange();
      listener.defaultActions = clone(input.DefaultActions);
    }
    return this.describeListeners({ ListenerArns: [listener.arn] });
  }

  private modifyRule(input: {
    RuleArn?: string;
    Actions?: Action[];
    Conditions?: RuleCondition[];
  }): Record<string, unknown> {
    const rule = this.rules.get(input.RuleArn ?? '');
    if (!rule) {
      const listener = [...this.listeners.values()].find((l) => l.defaultRuleArn === input.RuleArn);
      if (!listener) throw awsError('elbv2', 'RuleNotFound', 'One or more rules not found');
      if (input.Conditions?.length) {
        throw awsError('elbv2', 'OperationNotPermitted', 'The conditions of a default rule cannot be changed.');
      }
      if (input.Actions) this.modifyListener({ ListenerArn: listener.arn, DefaultActions: input.Actions });
      return this.describeRules({ RuleArns: [listener.defaultRuleArn] });
    }
    if (input.Actions) {
      this.validateActions(input.Actions);
      this.hooks.beforeTrafficChange();
      rule.actions = clone(input.Actions);
    }
    if (input.Conditions) rule.conditions = clone(input.Conditions);
    return this.describeRules({ RuleArns: [rule.arn] });
  }

  private createRuleApi(input: {
    ListenerArn?: string;
    Priority?: number;
    Conditions?: RuleCondition[];
    Actions?: Action[];
    Tags?: Tag[];
  }): Record<string, unknown> {
    const arn = this.createRule(
      input.ListenerArn ?? '',
      input.Priority ?? 0,
      input.Conditions ?? [],
      input.Actions ?? [],
    );
    for (const tag of input.Tags ?? []) this.tags.get(arn)?.set(tag.Key ?? '', tag.Value ?? '');
    return this.describeRules({ RuleArns: [arn] });
  }

  private deleteRule(input: { RuleArn?: string }): Record<string, unknown> {
    const arn = input.RuleArn ?? '';
    if ([...this.listeners.values()].some((l) => l.defaultRuleArn === arn)) {
      throw awsError('elbv2', 'OperationNotPermitted', 'You cannot delete a default rule.');
    }
    if (!this.rules.has(arn)) throw awsError('elbv2', 'RuleNotFound', 'One or more rules not found');
    this.hooks.beforeTrafficChange();
    this.rules.delete(arn);
    this.tags.delete(arn);
    return {};
  }

  private describeTargetGroups(input: {
    TargetGroupArns?: string[];
    Names?: string[];
    LoadBalancerArn?: string;
  }): Record<string, unknown> {
    let groups: SimTargetGroup[];
    if (input.TargetGroupArns) {
      groups = input.TargetGroupArns.map((arn) => this.group(arn));
    } else if (input.Names) {
      groups = input.Names.map((name) => {
        const group = [...this.targetGroups.values()].find((g) => g.name === name);
        if (!group) throw awsError('elbv2', 'TargetGroupNotFound', 'One or more target groups not found');
        return group;
      });
    } else {
      groups = [...this.targetGroups.values()].filter(
        (g) => !input.LoadBalancerArn || this.loadBalancersOf(g.arn).includes(input.LoadBalancerArn),
      );
    }
    return { TargetGroups: groups.map((g) => this.describeGroup(g)) };
  }

  private describeGroup(group: SimTargetGroup): Record<string, unknown> {
    const base = {
      TargetGroupArn: group.arn,
      TargetGroupName: group.name,
      HealthCheckEnabled: group.healthCheck.enabled,
      HealthCheckIntervalSeconds: group.healthCheck.intervalSeconds,
      HealthCheckTimeoutSeconds: group.targetType === 'lambda' ? 30 : 5,
      HealthyThresholdCount: group.healthCheck.healthyThreshold,
      UnhealthyThresholdCount: group.healthCheck.unhealthyThreshold,
      HealthCheckPath: group.healthCheck.path,
      Matcher: { HttpCode: '200' },
      LoadBalancerArns: this.loadBalancersOf(group.arn),
      TargetType: group.targetType,
    };
    if (group.targetType === 'lambda') return base;
    return {
      ...base,
      Protocol: group.protocol,
      Port: group.port,
      VpcId: 'vpc-0sim',
      HealthCheckProtocol: group.protocol,
      HealthCheckPort: 'traffic-port',
      ProtocolVersion: 'HTTP1',
      IpAddressType: 'ipv4',
    };
  }

  /** The load balancers whose listeners or rules forward to this group. */
  loadBalancersOf(targetGroupArn: string): string[] {
    const found = new Set<string>();
    for (const route of this.routes()) {
      if (forwardsTo(route.actions, targetGroupArn)) found.add(route.loadBalancerArn);
    }
    return [...found];
  }

  private describeTargetHealth(input: { TargetGroupArn?: string }): Record<string, unknown> {
    const group = this.group(input.TargetGroupArn ?? '');
    return {
      TargetHealthDescriptions: [...group.targets.values()].map((t) => ({
        Target: { Id: t.id, Port: t.port },
        HealthCheckPort: String(t.port),
        TargetHealth: { State: t.state, ...(t.reason ? { Reason: t.reason } : {}) },
      })),
    };
  }

  private createTargetGroupApi(input: {
    Name?: string;
    TargetType?: string;
    HealthCheckPath?: string;
    HealthCheckEnabled?: boolean;
    Port?: number;
    Tags?: Tag[];
  }): Record<string, unknown> {
    const name = input.Name ?? '';
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/.test(name)) {
      throw awsError('elbv2', 'ValidationError', `Target group name '${name}' is not valid.`);
    }
    const existing = [...this.targetGroups.values()].find((g) => g.name === name);
    // The API is idempotent for the same settings and refuses a name taken with other settings.
    if (existing) {
      const same =
        existing.targetType === (input.TargetType ?? 'instance') &&
        existing.healthCheck.path === (input.HealthCheckPath ?? '/');
      if (!same)
        throw awsError(
          'elbv2',
          'DuplicateTargetGroupName',
          'A target group with the same name exists, but with different settings',
        );
      return { TargetGroups: [this.describeGroup(existing)] };
    }
    const arn = this.createTargetGroup(name, {
      targetType: input.TargetType ?? 'instance',
      healthCheckPath: input.HealthCheckPath,
      healthCheckEnabled: input.HealthCheckEnabled,
      port: input.Port,
    });
    for (const tag of input.Tags ?? []) this.tags.get(arn)?.set(tag.Key ?? '', tag.Value ?? '');
    return { TargetGroups: [this.describeGroup(this.group(arn))] };
  }

  private deleteTargetGroup(input: { TargetGroupArn?: string }): Record<string, unknown> {
    const arn = input.TargetGroupArn ?? '';
    // Deleting a target group that does not exist succeeds (the call is idempotent).
    if (!this.targetGroups.has(arn)) return {};
    if (this.loadBalancersOf(arn).length > 0) {
      throw awsError('elbv2', 'ResourceInUse', `Target group '${arn}' is currently in use by a listener or a rule`);
    }
    this.targetGroups.delete(arn);
    this.tags.delete(arn);
    return {};
  }

  private describeTags(input: { ResourceArns?: string[] }): Record<string, unknown> {
    return {
      TagDescriptions: (input.ResourceArns ?? []).map((arn) => ({
        ResourceArn: arn,
        Tags: [...this.tagsOf(arn)].map(([Key, Value]) => ({ Key, Value })),
      })),
    };
  }

  private addTags(input: { ResourceArns?: string[]; Tags?: Tag[] }): Record<string, unknown> {
    for (const arn of input.ResourceArns ?? []) {
      const tags = this.tagsOf(arn);
      for (const tag of input.Tags ?? []) tags.set(tag.Key ?? '', tag.Value ?? '');
      if (tags.size > 50) throw awsError('elbv2', 'TooManyTags', 'You have reached the limit on the number of tags.');
    }
    return {};
  }

  private removeTags(input: { ResourceArns?: string[]; TagKeys?: string[] }): Record<string, unknown> {
    for (const arn of input.ResourceArns ?? []) {
      const tags = this.tagsOf(arn);
      for (const key of input.TagKeys ?? []) tags.delete(key);
    }
    return {};
  }

  /** A resource's tags, as they are now (for a scenario that watches, not for the API). */
  tagsNow(arn: string): ReadonlyMap<string, string> {
    return this.tags.get(arn) ?? new Map();
  }

  private tagsOf(arn: string): Map<string, string> {
    const tags = this.tags.get(arn);
    if (tags) return tags;
    const code = arn.includes(':listener-rule/')
      ? 'RuleNotFound'
      : arn.includes(':listener/')
        ? 'ListenerNotFound'
        : arn.includes(':targetgroup/')
          ? 'TargetGroupNotFound'
          : 'LoadBalancerNotFound';
    throw awsError('elbv2', code, `The resource ${arn} does not exist.`);
  }

  group(arn: string): SimTargetGroup {
    const group = this.targetGroups.get(arn);
    if (!group) throw awsError('elbv2', 'TargetGroupNotFound', 'One or more target groups not found');
    return group;
  }

  /** A forward action's groups and weights (0–999; an omitted weight is 1). */
  private validateActions(actions: readonly Action[]): void {
    if (actions.length === 0) throw awsError('elbv2', 'ValidationError', 'At least one action is required.');
    for (const action of actions) {
      if (action.Type !== 'forward') continue;
      const groups = action.ForwardConfig?.TargetGroups ?? [];
      if (action.TargetGroupArn && groups.length > 1) {
        throw awsError(
          'elbv2',
          'ValidationError',
          'You cannot specify both a target group ARN and a forward config with more than one target group.',
        );
      }
      if (groups.length > 5)
        throw awsError('elbv2', 'TooManyTargetGroups', 'A forward action can have at most 5 target groups.');
      for (const group of groups) {
        this.group(group.TargetGroupArn ?? '');
        const weight = group.Weight ?? 1;
        if (!Number.isInteger(weight) || weight < 0 || weight > 999) {
          throw awsError('elbv2', 'ValidationError', 'Weight must be between 0 and 999.');
        }
      }
      if (action.TargetGroupArn) this.group(action.TargetGroupArn);
    }
  }
}

/** Target group → weight of a route's forward action (an omitted weight is 1). */
export function forwardWeightsOf(actions: readonly Action[]): Map<string, number> {
  const forward = actions.find((a) => a.Type === 'forward');
  const weights = new Map<string, number>();
  if (!forward) return weights;
  const groups = forward.ForwardConfig?.TargetGroups ?? [];
  if (groups.length === 0 && forward.TargetGroupArn) weights.set(forward.TargetGroupArn, 1);
  for (const g of groups) if (g.TargetGroupArn) weights.set(g.TargetGroupArn, g.Weight ?? 1);
  return weights;
}

function forwardsTo(actions: readonly Action[], targetGroupArn: string): boolean {
  return forwardWeightsOf(actions).has(targetGroupArn);
}

/** Actions as the API describes them: a forward's group stickiness is spelled out, off unless set. */
function described(actions: readonly Action[]): Action[] {
  return actions.map((action) =>
    action.ForwardConfig
      ? {
          ...clone(action),
          ForwardConfig: {
            ...clone(action.ForwardConfig),
            TargetGroupStickinessConfig: clone(action.ForwardConfig.TargetGroupStickinessConfig) ?? { Enabled: false },
          },
        }
      : clone(action),
  );
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
