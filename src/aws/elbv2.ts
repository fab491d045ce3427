import {
  AddTagsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RemoveTagsCommand,
  type Action,
  type ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { ConfigurationError } from '../runtime/errors.js';

/**
 * Where the weighted forward lives: a listener's default action, or one listener rule. Both
 * are written the same way, as the whole action list with the forward action's weights changed.
 */
export type RouteKind = 'listener' | 'rule';

export interface RouteSnapshot {
  readonly kind: RouteKind;
  readonly arn: string;
  /** Target-group ARN → weight (0–999), in the order the forward action lists them. */
  readonly weights: ReadonlyMap<string, number>;
  /** The full action list as read, so a write keeps authentication actions and stickiness. */
  readonly actions: readonly Action[];
}

export interface TargetHealthSummary {
  readonly healthy: number;
  /** Every target by state (`healthy`, `unhealthy`, `initial`, `draining`, …). */
  readonly byState: Readonly<Record<string, number>>;
}

export interface TargetGroupSummary {
  readonly arn: string;
  readonly name: string;
  /** `targetgroup/name/id`: the CloudWatch `TargetGroup` dimension. */
  readonly dimension: string;
  /** `app/name/id` of each load balancer it serves: the CloudWatch `LoadBalancer` dimension. */
  readonly loadBalancerDimensions: readonly string[];
}

/** The ALB operations a traffic shift needs, and nothing else. */
export interface TrafficPort {
  readRoute(kind: RouteKind, arn: string): Promise<RouteSnapshot>;
  /** Replaces the forward action's weights in one API call. */
  writeWeights(route: RouteSnapshot, weights: ReadonlyMap<string, number>): Promise<void>;
  targetHealth(targetGroupArn: string): Promise<TargetHealthSummary>;
  describeTargetGroups(arns: readonly string[]): Promise<TargetGroupSummary[]>;
  readTags(arn: string): Promise<Record<string, string>>;
  addTags(arn: string, tags: Readonly<Record<string, string>>): Promise<void>;
  removeTags(arn: string, keys: readonly string[]): Promise<void>;
}

export function createTrafficPort(client: ElasticLoadBalancingV2Client): TrafficPort {
  return {
    async readRoute(kind, arn) {
      const actions =
        kind === 'listener'
          ? (await client.send(new DescribeListenersCommand({ ListenerArns: [arn] }))).Listeners?.[0]?.DefaultActions
          : (await client.send(new DescribeRulesCommand({ RuleArns: [arn] }))).Rules?.[0]?.Actions;
      if (!actions) {
        throw new ConfigurationError([
          { input: `${kind === 'listener' ? 'listener' : 'listener-rule'}-arn`, message: `${arn} was not found.` },
        ]);
      }
      return { kind, arn, weights: forwardWeights(actions), actions };
    },

    async writeWeights(route, weights) {
      const actions = withWeights(route.actions, weights);
      if (route.kind === 'listener') {
        await client.send(new ModifyListenerCommand({ ListenerArn: route.arn, DefaultActions: actions }));
      } else {
        await client.send(new ModifyRuleCommand({ RuleArn: route.arn, Actions: actions }));
      }
    },

    async targetHealth(targetGroupArn) {
      const out = await client.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }));
      const byState: Record<string, number> = {};
      for (const description of out.TargetHealthDescriptions ?? []) {
        const state = description.TargetHealth?.State ?? 'unknown';
        byState[state] = (byState[state] ?? 0) + 1;
      }
      return { healthy: byState.healthy ?? 0, byState };
    },

    async describeTargetGroups(arns) {
      const out = await client.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [...arns] }));
      return (out.TargetGroups ?? []).map((group) => ({
        arn: group.TargetGroupArn ?? '',
        name: group.TargetGroupName ?? '',
        dimension: arnSuffix(group.TargetGroupArn ?? '', 'targetgroup/'),
        loadBalancerDimensions: (group.LoadBalancerArns ?? []).map((lb) => arnSuffix(lb, 'app/')),
      }));
    },

    async readTags(arn) {
      const out = await client.send(new DescribeTagsCommand({ ResourceArns: [arn] }));
      return Object.fromEntries((out.TagDescriptions?.[0]?.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? '']));
    },

    async addTags(arn, tags) {
      await client.send(
        new AddTagsCommand({
          ResourceArns: [arn],
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
    },

    async removeTags(arn, keys) {
      if (keys.length === 0) return;
      await client.send(new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: [...keys] }));
    },
  };
}

/** The weights of the (single) forward action; a route without one cannot be shifted. */
export function forwardWeights(actions: readonly Action[]): Map<string, number> {
  const forward = actions.find((action) => action.Type === 'forward');
  const weights = new Map<string, number>();
  if (!forward) return weights;
  const groups = forward.ForwardConfig?.TargetGroups ?? [];
  if (groups.length === 0 && forward.TargetGroupArn) weights.set(forward.TargetGroupArn, 1);
  // An omitted weight means 1 in the ELB API.
  for (const group of groups) if (group.TargetGroupArn) weights.set(group.TargetGroupArn, group.Weight ?? 1);
  return weights;
}

/**
 * The same action list with the forward action pointing at exactly these weights. The
 * top-level TargetGroupArn is dropped: ELB rejects it beside a ForwardConfig of several groups.
 * Stickiness is kept as it was.
 */
export function withWeights(actions: readonly Action[], weights: ReadonlyMap<string, number>): Action[] {
  return actions.map((action) => {
    if (action.Type !== 'forward') return action;
    const rest = { ...action };
    delete rest.TargetGroupArn;
    return {
      ...rest,
      ForwardConfig: {
        ...action.ForwardConfig,
        TargetGroups: [...weights].map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })),
      },
    };
  });
}

/** `arn:…:loadbalancer/app/name/id` → `app/name/id`; the CloudWatch dimension values. */
export function arnSuffix(arn: string, marker: string): string {
  const at = arn.indexOf(`:${marker}`) >= 0 ? arn.indexOf(`:${marker}`) + 1 : arn.indexOf(`/${marker}`) + 1;
  return at > 0 ? arn.slice(at) : arn;
}
