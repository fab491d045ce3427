import type { DrTestInputs } from './inputs.js';
import { parseLedger, type DrillResource, type RemovalRecord } from './resources.js';
import { sweep, teardown, type CleanupDeps, type SweepScope } from './teardown.js';

/** State names shared by the main and the post step. */
export const STATE = { plan: 'dr-test-plan', resources: 'dr-test-resources', finished: 'dr-test-finished' } as const;

/** What the post step needs to find a drill's resources, saved before the drill changes anything. */
export interface SavedPlan {
  readonly runId: string;
  readonly primaryRegion: string;
  readonly recoveryRegion: string;
  readonly rdsInstance?: string;
  readonly s3Bucket?: string;
  readonly standby?: { readonly cluster: string; readonly service: string };
}

export function planOf(inputs: DrTestInputs, runId: string): SavedPlan {
  return {
    runId,
    primaryRegion: inputs.primaryRegion,
    recoveryRegion: inputs.recoveryRegion,
    ...(inputs.rdsInstance ? { rdsInstance: inputs.rdsInstance } : {}),
    ...(inputs.s3Bucket ? { s3Bucket: inputs.s3Bucket } : {}),
    ...(inputs.standby && inputs.type !== 'verify'
      ? { standby: { cluster: inputs.standby.cluster, service: inputs.standby.service } }
      : {}),
  };
}

/** The saved plan, or undefined when the main step saved none (it failed before the drill began). */
export function parsePlan(text: string): SavedPlan | undefined {
  if (!text) return undefined;
  const plan = JSON.parse(text) as Partial<SavedPlan>;
  if (
    typeof plan.runId !== 'string' ||
    typeof plan.primaryRegion !== 'string' ||
    typeof plan.recoveryRegion !== 'string'
  ) {
    throw new Error(`the saved drill plan is incomplete: ${text}`);
  }
  return plan as SavedPlan;
}

export interface CleanupOutcome {
  readonly removed: readonly RemovalRecord[];
  readonly swept: readonly RemovalRecord[];
}

/**
 * After a main step that did not finish (killed, or cancelled past its grace period): undo what
 * it recorded, then sweep everything still tagged with its run id, which also catches a resource
 * created after the last saved record.
 */
export async function cleanUpUnfinishedDrill(
  plan: SavedPlan,
  savedResources: string,
  deps: CleanupDeps,
): Promise<CleanupOutcome> {
  const resources: DrillResource[] = parseLedger(savedResources);
  const removed = await teardown(resources, plan.runId, deps);
  const recoveryBuckets = resources.flatMap((r) => (r.kind === 's3-object' && r.side === 'recovery' ? [r.bucket] : []));
  const scope: SweepScope = {
    buckets: [
      ...(plan.s3Bucket ? [{ side: 'primary' as const, bucket: plan.s3Bucket }] : []),
      ...[...new Set(recoveryBuckets)].map((bucket) => ({ side: 'recovery' as const, bucket })),
    ],
    standby: plan.standby,
  };
  const swept = await sweep({ kind: 'run', runId: plan.runId }, scope, deps);
  return { removed, swept };
}

/** The post step's job summary. */
export function renderCleanup(plan: SavedPlan, outcome: CleanupOutcome): string {
  const all = [...outcome.removed, ...outcome.swept];
  const lines = [
    `## DR drill cleanup for run \`${plan.runId}\``,
    '',
    'The main step did not finish its teardown, so the post step removed what the drill had created.',
    '',
  ];
  if (all.length === 0) lines.push('Nothing tagged with this run was left.');
  else {
    lines.push('| Resource | Region | Outcome | Detail |', '| --- | --- | --- | --- |');
    for (const r of all)
      lines.push(`| ${r.resource} | ${r.region} | ${r.outcome} | ${r.detail.replace(/\|/g, '\\|')} |`);
  }
  return `${lines.join('\n')}\n`;
}
