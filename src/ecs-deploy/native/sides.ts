/**
 * Which target group of a native blue/green service the new revision goes to. ECS alternates
 * between the service's two groups from one deployment to the next, so a checks document cannot
 * name them: it names the sides by role (`${canary}`, `${baseline}`, `${load-balancer}`), and they
 * are read from the production route before the deployment starts: the group with the weight is
 * the baseline, the other the canary.
 */
import type { ServiceSnapshot } from '../../aws/ecs.js';
import type { TrafficPort } from '../../aws/elbv2.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { fillPlaceholders, unknownPlaceholders, type PlaceholderValues } from '../../gate/placeholders.js';

export type SidesPort = Pick<TrafficPort, 'readRoute' | 'describeTargetGroups'>;

/** The share (0–100) ECS has requested for the new revision of a deployment in progress. */
export interface NewRevisionShare {
  readonly production: number;
  readonly test?: number;
}

/**
 * The placeholder values for this service now; undefined when it has no load balancer to read.
 * Before a deployment, the group with the production weight is the baseline. While one is in
 * progress (a re-run following it), the canary is the group whose weights match the share ECS
 * requested for the new revision: after the production shift that is the group with the weight.
 */
export async function readSides(
  service: ServiceSnapshot,
  cluster: string,
  traffic: SidesPort,
  inFlight?: NewRevisionShare,
): Promise<PlaceholderValues | undefined> {
  const balancer = (service.loadBalancers ?? []).find((lb) => lb.targetGroupArn && lb.advancedConfiguration);
  const advanced = balancer?.advancedConfiguration;
  const route = advanced?.productionListenerRule;
  const alternate = advanced?.alternateTargetGroupArn;
  if (!balancer?.targetGroupArn || !route || !alternate) return undefined;
  const production = await readWeights(traffic, route);
  const test =
    inFlight?.test !== undefined && advanced.testListenerRule
      ? await readWeights(traffic, advanced.testListenerRule)
      : undefined;
  const { canary, baseline } = chooseSides([balancer.targetGroupArn, alternate], production, inFlight, test);
  const groups = await traffic.describeTargetGroups([baseline, canary]);
  const dimension = (arn: string): string => groups.find((g) => g.arn === arn)?.dimension ?? '';
  const loadBalancer = groups.flatMap((g) => g.loadBalancerDimensions)[0] ?? '';
  return {
    canary: dimension(canary),
    baseline: dimension(baseline),
    'load-balancer': loadBalancer,
    'canary-service': service.name,
    'baseline-service': service.name,
    cluster,
  };
}

async function readWeights(traffic: SidesPort, arn: string): Promise<ReadonlyMap<string, number>> {
  return (await traffic.readRoute(arn.includes(':listener-rule/') ? 'rule' : 'listener', arn)).weights;
}

/** Which of the service's two groups is the new revision's; see readSides. */
export function chooseSides(
  [primary, other]: readonly [string, string],
  production: ReadonlyMap<string, number>,
  inFlight?: NewRevisionShare,
  test?: ReadonlyMap<string, number>,
): { canary: string; baseline: string } {
  const share = (weights: ReadonlyMap<string, number>, group: string): number => {
    const total = (weights.get(primary) ?? 0) + (weights.get(other) ?? 0);
    return total === 0 ? 0 : ((weights.get(group) ?? 0) * 100) / total;
  };
  if (inFlight) {
    const distance = (group: string): number =>
      Math.abs(share(production, group) - inFlight.production) +
      (test && inFlight.test !== undefined ? Math.abs(share(test, group) - inFlight.test) : 0);
    const [dPrimary, dOther] = [distance(primary), distance(other)];
    if (dPrimary !== dOther)
      return dPrimary < dOther ? { canary: primary, baseline: other } : { canary: other, baseline: primary };
  }
  const baseline = share(production, other) > share(production, primary) ? other : primary;
  return { canary: baseline === primary ? other : primary, baseline };
}

/** The checks as they apply to this deployment, or a ConfigurationError when a placeholder cannot be filled. */
export function fillSides(template: string, sides: PlaceholderValues | undefined, service: string): string {
  if (sides) return fillPlaceholders(template, sides);
  if (/\$\{[a-z-]+\}/.test(template) && unknownPlaceholders(template).length === 0) {
    throw new ConfigurationError([
      {
        input: 'checks',
        message: `uses placeholders such as \${canary}, but '${service}' has no load balancer with advancedConfiguration to read the target groups from. Name the metrics' dimensions directly.`,
      },
    ]);
  }
  return template;
}
