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

/** The placeholder values for this service now; undefined when it has no load balancer to read. */
export async function readSides(
  service: ServiceSnapshot,
  cluster: string,
  traffic: SidesPort,
): Promise<PlaceholderValues | undefined> {
  const balancer = (service.loadBalancers ?? []).find((lb) => lb.targetGroupArn && lb.advancedConfiguration);
  const route = balancer?.advancedConfiguration?.productionListenerRule;
  const alternate = balancer?.advancedConfiguration?.alternateTargetGroupArn;
  if (!balancer?.targetGroupArn || !route || !alternate) return undefined;
  const weights = (await traffic.readRoute(route.includes(':listener-rule/') ? 'rule' : 'listener', route)).weights;
  const [primary, other] = [balancer.targetGroupArn, alternate];
  const baseline = (weights.get(other) ?? 0) > (weights.get(primary) ?? 0) ? other : primary;
  const canary = baseline === primary ? other : primary;
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
