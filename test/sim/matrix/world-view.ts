/**
 * What the simulated world looks like from the outside once the actions have ended: which images
 * answer production traffic and in what shares, what runs without traffic, which deployments and
 * leases are still open. The invariants are written over these, never over the actions' own words.
 */
import { forwardWeightsOf } from '../world/elb.js';
import type { World } from '../world/index.js';

/** Image → share (0–1) of a route's requests that its tasks answer, from the weights and serving targets. */
export function imagesServing(world: World, routeArn: string): Map<string, number> {
  const actions = world.elb.routeActions(routeArn) ?? [];
  const weights = forwardWeightsOf(actions);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const shares = new Map<string, number>();
  for (const [group, weight] of weights) {
    if (weight === 0 || total === 0) continue;
    const targets = world.elb.servingTargets(group);
    const images = targets.map((t) => imageOfTarget(world, t.id)).filter((i): i is string => i !== undefined);
    if (images.length === 0) {
      shares.set('(no target)', (shares.get('(no target)') ?? 0) + weight / total);
      continue;
    }
    for (const image of images) shares.set(image, (shares.get(image) ?? 0) + weight / total / images.length);
  }
  return shares;
}

/** Target group → weight of a route now. */
export function routeWeights(world: World, routeArn: string): Map<string, number> {
  return forwardWeightsOf(world.elb.routeActions(routeArn) ?? []);
}

/** True when a route sends traffic to more than one target group. */
export function isSplit(world: World, routeArn: string): boolean {
  return [...routeWeights(world, routeArn).values()].filter((w) => w > 0).length > 1;
}

/** The image a task registered as this target runs. */
function imageOfTarget(world: World, targetId: string): string | undefined {
  const task = [...world.ecs.tasks.values()].find((t) => t.ip === targetId && t.lastStatus !== 'STOPPED');
  if (!task) return undefined;
  return world.ecs.taskDefinitions.get(task.taskDefinitionArn)?.containers[0]?.image;
}

/** Whether an image behaves well enough to serve (its profile in the world). */
export function isHealthyImage(world: World, image: string): boolean {
  const profile = world.ecs.profileOfImage(image);
  return (
    profile.failsToStart === undefined &&
    profile.crashAfterSeconds === undefined &&
    profile.answersHealthChecks &&
    profile.errorRate < 0.01
  );
}

/** Lease target groups still in the account. */
export function leasesLeft(world: World): string[] {
  return [...world.elb.targetGroups.values()].filter((g) => g.name.startsWith('ta-lease-')).map((g) => g.name);
}

/** Services that run tasks (desired > 0) but whose target groups get no weight on the route. */
export function idleButRunning(world: World, routeArn: string, services: readonly string[]): string[] {
  const weights = routeWeights(world, routeArn);
  return services.filter((name) => {
    const service = [...world.ecs.services.values()].find((s) => s.name === name);
    if (!service || service.desiredCount === 0) return false;
    const groups = service.loadBalancers.map((lb) => lb.targetGroupArn ?? '');
    return groups.every((group) => (weights.get(group) ?? 0) === 0);
  });
}

/** Native service deployments not yet ended (PENDING, IN_PROGRESS or rolling back). */
export function deploymentsOpen(world: World): string[] {
  return [...world.ecs.services.values()]
    .map((s) => world.ecs.native.active(s))
    .filter((r) => r !== undefined)
    .map((r) => `${r.arn} (${r.status})`);
}

/** The revision (family:revision) a service's PRIMARY deployment runs. */
export function serviceRevision(world: World, name: string): string | undefined {
  const service = [...world.ecs.services.values()].find((s) => s.name === name);
  return service?.taskDefinition.split('/').pop();
}

/**
 * The images the route's services are running or rolling out now: their tasks that have not
 * stopped, and the revisions of their deployments (a rollout ECS has begun but not yet placed).
 */
export function imagesInFlight(world: World, services: readonly string[]): Set<string> {
  const images = new Set<string>();
  const imageOf = (revision: string): string | undefined =>
    world.ecs.taskDefinitions.get(revision)?.containers[0]?.image;
  for (const service of world.ecs.services.values()) {
    if (!services.includes(service.name)) continue;
    for (const task of world.ecs.tasks.values()) {
      const image =
        task.serviceKey === service.key && task.lastStatus !== 'STOPPED' ? imageOf(task.taskDefinitionArn) : undefined;
      if (image) images.add(image);
    }
    if (service.desiredCount === 0) continue;
    for (const deployment of service.deployments) {
      const image = imageOf(deployment.taskDefinition);
      if (image) images.add(image);
    }
  }
  return images;
}
