/**
 * What must hold once every action of a scenario has ended, however the rollout ended:
 * - traffic is on a version that was healthy (the expected one), answered by targets that serve;
 * - no half-shifted weights (unless a rollout is held, on purpose, for a person to decide);
 * - nothing orphaned: no side of a pair running without traffic, no service deployment left open,
 *   no lease left behind;
 * - what each step said happened did happen (checked right after the job, see `truthful`).
 */
import type { StepResult } from '../github/step.js';
import type { World } from '../world/index.js';
import type { Built } from './shapes.js';
import {
  deploymentsOpen,
  idleButRunning,
  imagesInFlight,
  imagesServing,
  isHealthyImage,
  isSplit,
  leasesLeft,
} from './world-view.js';

export interface EndState {
  /** The image that must carry all production traffic (any healthy one when not given). */
  readonly live?: string;
  /** A rollout is held on purpose: split weights and an open deployment are expected. */
  readonly held?: boolean;
}

export function violations(world: World, built: Built, end: EndState): string[] {
  const out: string[] = [];
  const shares = imagesServing(world, built.route);
  for (const [image, share] of shares) {
    if (share > 0 && (image === '(no target)' || !isHealthyImage(world, image))) {
      out.push(`${Math.round(share * 100)}% of traffic goes to ${short(image)}, which is not a healthy version`);
    }
  }
  if (!end.held && end.live !== undefined && (shares.get(end.live) ?? 0) < 0.999) {
    out.push(`expected all traffic on ${short(end.live)}, found ${describeShares(shares)}`);
  }
  if (!end.held && isSplit(world, built.route)) out.push(`the route is half-shifted: ${describeShares(shares)}`);
  if (built.shape === 'pair' && !end.held) {
    for (const service of idleButRunning(world, built.route, built.services)) {
      out.push(`${service} runs tasks but gets no traffic`);
    }
  }
  if (!end.held) for (const open of deploymentsOpen(world)) out.push(`a service deployment is still open: ${open}`);
  for (const lease of leasesLeft(world)) out.push(`a lease was left behind: ${lease}`);
  return out;
}

/**
 * What a deploying step's outputs claim, checked against the world right after it ended:
 * `deployed`/`promoted` means its revision carries all traffic, `rolled-back` that it carries none
 * (a deploy) or all (a rollback or an abort, which must also have moved something: its revision
 * did not carry all traffic when it started).
 */
export function untruths(
  world: World,
  built: Built,
  step: StepResult | undefined,
  before: StepStart = { shares: new Map(), inFlight: new Set() },
): string[] {
  if (!step) return [];
  const result = step.outputs.result ?? '';
  const revision = step.outputs['task-definition-arn'] ?? '';
  const image = revision ? world.ecs.taskDefinitions.get(revision)?.containers[0]?.image : undefined;
  const shares = imagesServing(world, built.route);
  const share = image ? (shares.get(image) ?? 0) : 0;
  const out: string[] = [];
  const claim = `${step.action} said ${result} for ${revision.split('/').pop() ?? '?'}`;
  if ((result === 'deployed' || result === 'promoted') && share < 0.999) {
    out.push(`${claim}, but it carries ${Math.round(share * 100)}% of traffic (${describeShares(shares)})`);
  }
  // A deploy that rolled back left its revision without traffic; a rollback (or an abort) that
  // rolled back put its revision, the one it went back to, on all of it.
  const mode = step.outputs.report ? (JSON.parse(step.outputs.report) as { mode?: string }).mode : undefined;
  const wayBack = mode === 'rollback' || mode === 'abort';
  if (result === 'rolled-back' && !wayBack && share > 0) {
    out.push(`${claim}, but it still carries ${Math.round(share * 100)}% of traffic`);
  }
  if (result === 'rolled-back' && wayBack && share < 0.999) {
    out.push(`${claim}, but it carries ${Math.round(share * 100)}% of traffic (${describeShares(shares)})`);
  }
  const nothingToUndo = [...before.inFlight].every((running) => running === image);
  if (result === 'rolled-back' && wayBack && image && (before.shares.get(image) ?? 0) >= 0.999 && nothingToUndo) {
    out.push(`${claim}, but it already carried all traffic and nothing else ran when the step started: nothing moved`);
  }
  return out;
}

/** The world as a step found it: who served the route, and which images its services ran or rolled out. */
export interface StepStart {
  readonly shares: ReadonlyMap<string, number>;
  readonly inFlight: ReadonlySet<string>;
}

export function stepStart(world: World, built: Built): StepStart {
  return { shares: imagesServing(world, built.route), inFlight: imagesInFlight(world, built.services) };
}

export function describeShares(shares: ReadonlyMap<string, number>): string {
  return [...shares].map(([image, share]) => `${short(image)} ${Math.round(share * 100)}%`).join(', ') || 'no traffic';
}

function short(image: string): string {
  const digest = image.split('@sha256:')[1];
  return digest ? `image ${digest.slice(0, 8)}` : image;
}
