import type { CloudWatchPort } from '../aws/cloudwatch.js';
import type { EcrReplicationPort } from '../aws/ecr-replication.js';
import type { StandbyPort } from '../aws/ecs-standby.js';
import { isAwsServiceError } from '../aws/errors.js';
import type { RdsPort, DbSnapshotSummary } from '../aws/rds.js';
import type { S3Port } from '../aws/s3.js';
import type { Clock } from '../runtime/clock.js';
import { formatDuration } from '../runtime/duration.js';
import type { Logger } from '../runtime/logger.js';
import type { DrTestInputs } from './inputs.js';
import {
  compare,
  criticalPathMs,
  newestRecoveryPoint,
  rpoMs,
  worstMeasured,
  type Measurement,
  type RecoveryPoint,
} from './measurements.js';
import { decide, isFinal, type Observation, type PhaseRun, type PhaseSpec } from './phases.js';
import type { ComponentName, ComponentReport, DrillReport, Evidence, PhaseName, PhaseReport } from './report.js';
import {
  Ledger,
  canaryKey,
  describeResource,
  restoredInstanceId,
  runTags,
  type DrillResource,
  type RemovalRecord,
} from './resources.js';
import type { SmokeProbe } from './smoke.js';
import { sweep, teardown, type CleanupDeps, type SweepScope } from './teardown.js';

/** The validated inputs with the run id resolved. */
export type DrillConfig = Omit<DrTestInputs, 'runId' | 'reportDirectory'> & { readonly runId: string };

/**
 * The ports a drill works through. The primary side is read-only except for the S3 port, which
 * the drill uses only to write and remove its own canary object.
 */
export interface DrillDeps {
  readonly primary: {
    readonly rds: Pick<RdsPort, 'describeInstance'>;
    readonly s3: S3Port;
    readonly ecr: EcrReplicationPort;
    readonly cloudwatch: Pick<CloudWatchPort, 'getMetricData'>;
  };
  readonly recovery: {
    readonly rds: RdsPort;
    readonly s3: S3Port;
    readonly ecr: EcrReplicationPort;
    readonly standby: StandbyPort;
  };
  readonly probe: SmokeProbe;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Aborted when the job is cancelled: the drill stops, tears down and reports `aborted`. */
  readonly signal?: AbortSignal;
  /** Called whenever the list of created resources grows (the entry point saves it for the post step). */
  readonly onResourcesChange?: (resources: readonly DrillResource[]) => void;
}

/** Thrown inside the drill to unwind to teardown when the hard stop passes or the job is cancelled. */
class DrillStopped extends Error {
  constructor(readonly why: 'duration' | 'cancelled') {
    super(why === 'duration' ? 'the duration limit was reached' : 'the job was cancelled');
  }
}

/** RDS statuses from which a restore will never become available. */
const RESTORE_FAILED = new Set([
  'failed',
  'incompatible-restore',
  'incompatible-parameters',
  'incompatible-network',
  'incompatible-option-group',
  'inaccessible-encryption-credentials',
  'storage-full',
]);
/** Consecutive failed observations of a phase before it counts as failed rather than a blip. */
const MAX_OBSERVE_ERRORS = 3;
/** How far back replication metrics are read: they are published per minute. */
const METRICS_LOOKBACK_MS = 15 * 60_000;

interface Draft {
  measurements: Measurement[];
  evidence: Evidence[];
  error?: string;
}

/**
 * Runs one drill: read-only measurements, a sweep of expired leftovers, the timed phases on the
 * injected clock, and teardown whatever happened. Returns the report; throws only for bugs (after
 * teardown has run).
 */
export async function runDrill(config: DrillConfig, deps: DrillDeps): Promise<DrillReport> {
  const { clock, logger } = deps;
  const startedAt = clock.now();
  const deadline = startedAt + config.durationMs;
  const tags = runTags(config.runId, deadline);
  const ledger = new Ledger(deps.onResourcesChange);
  const drafts = new Map<ComponentName, Draft>();
  const draft = (name: ComponentName): Draft => {
    let d = drafts.get(name);
    if (!d) drafts.set(name, (d = { measurements: [], evidence: [] }));
    return d;
  };
  const runs: PhaseRun[] = [];
  let stopped: DrillStopped | undefined;
  let recoveryBucket: string | undefined;
  let metricLatencyMs: number | undefined;
  let swept: RemovalRecord[] = [];
  let removed: RemovalRecord[] = [];

  const checkpoint = (): void => {
    if (deps.signal?.aborted) throw new DrillStopped('cancelled');
    if (clock.now() >= deadline) throw new DrillStopped('duration');
  };
  /** AWS refusals are findings about the stack and land in the report; bugs propagate. */
  const attempt = async (component: ComponentName, work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      if (error instanceof DrillStopped || !isAwsServiceError(error)) throw error;
      draft(component).error = `${error.name}: ${error.message}`;
      logger.warning(`${component}: ${error.name}: ${error.message}`);
    }
  };
  const cleanup = (): CleanupDeps => ({
    primaryRegion: config.primaryRegion,
    recoveryRegion: config.recoveryRegion,
    rds: deps.recovery.rds,
    s3: { primary: deps.primary.s3, recovery: deps.recovery.s3 },
    standby: deps.recovery.standby,
    protectedInstanceIds: config.rdsInstance ? [config.rdsInstance] : [],
    logger,
  });

  try {
    let snapshot: DbSnapshotSummary | undefined;
    if (config.rdsInstance) {
      const id = config.rdsInstance;
      await logger.group(`RDS: recovery points of ${id} in ${config.recoveryRegion}`, () =>
        attempt('rds', async () => {
          snapshot = await measureRds(id, config, deps, draft('rds'));
        }),
      );
      checkpoint();
    }
    if (config.s3Bucket) {
      const bucket = config.s3Bucket;
      await logger.group(`S3: replication of ${bucket}`, () =>
        attempt('s3', async () => {
          const found = await inspectS3(bucket, config, deps, draft('s3'));
          recoveryBucket = found.recoveryBucket;
          metricLatencyMs = found.metricLatencyMs;
        }),
      );
      checkpoint();
    }
    if (config.ecr) {
      const ecr = config.ecr;
      await logger.group(`ECR: replication of ${ecr.repository}`, () =>
        attempt('ecr', () => measureEcr(ecr.repository, ecr.image, config, deps, draft('ecr'))),
      );
      checkpoint();
    }

    const scope: SweepScope = {
      buckets: [
        ...(config.s3Bucket ? [{ side: 'primary' as const, bucket: config.s3Bucket }] : []),
        ...(recoveryBucket ? [{ side: 'recovery' as const, bucket: recoveryBucket }] : []),
      ],
      standby: config.standby && config.type !== 'verify' ? config.standby : undefined,
    };
    swept = await logger.group('Sweeping expired leftovers of earlier drills', () =>
      sweep({ kind: 'expired', exceptRunId: config.runId, now: clock.now() }, scope, cleanup()),
    );
    checkpoint();

    const specs = await planPhases(config, deps, { ledger, tags, snapshot, recoveryBucket, draft, attempt });
    runs.push(...specs.map((spec): PhaseRun => ({ spec, status: 'waiting', detail: 'not started', errors: 0 })));
    if (runs.length > 0) await logger.group('Timed phases', () => drive(runs, config, deps, deadline));
  } catch (error) {
    if (!(error instanceof DrillStopped)) {
      removed = await teardownSafely(ledger, config.runId, cleanup(), logger);
      throw error;
    }
    stopped = error;
    logger.warning(`Drill stopped: ${error.message}. Tearing down.`);
  }
  removed = await logger.group('Teardown', () => teardownSafely(ledger, config.runId, cleanup(), logger));

  // Measurements from the timed phases.
  const phaseOf = (name: PhaseName) => runs.find((r) => r.spec.name === name);
  const took = (run: PhaseRun | undefined) =>
    run?.status === 'done' && run.startedAt !== undefined && run.endedAt !== undefined
      ? run.endedAt - run.startedAt
      : undefined;
  const unfinished = (run: PhaseRun) => (run.status === 'aborted' ? 'the drill stopped first' : run.detail);
  const canary = phaseOf('s3-replication');
  if (canary) {
    draft('s3').measurements.push(
      compare(
        'rpo',
        'canary object replicated',
        took(canary),
        config.rpoTargetMs,
        took(canary) === undefined ? unfinished(canary) : undefined,
      ),
    );
  }
  if (config.s3Bucket && drafts.get('s3')?.error === undefined) {
    if (metricLatencyMs !== undefined) {
      draft('s3').measurements.push(
        compare('rpo', 'ReplicationLatency metric (latest maximum)', metricLatencyMs, config.rpoTargetMs),
      );
    }
    if (draft('s3').measurements.length === 0) {
      draft('s3').measurements.push(
        compare(
          'rpo',
          'replication lag',
          undefined,
          config.rpoTargetMs,
          'no evidence: s3-canary is off and no replication metrics were published',
        ),
      );
    }
  }
  const rto: [PhaseName, ComponentName, string][] = [
    ['rds-restore', 'rds', 'restore of the newest snapshot until available'],
    [
      'service-scale',
      'ecs-standby',
      `scale-up from 0 to ${config.standby?.desiredCount ?? 0} until running and healthy`,
    ],
    ['smoke', 'smoke', 'smoke probe answers once the stack is up'],
  ];
  for (const [phase, component, name] of rto) {
    const run = phaseOf(phase);
    if (run) {
      draft(component).measurements.push(
        compare('rto', name, took(run), config.rtoTargetMs, took(run) === undefined ? unfinished(run) : undefined),
      );
    }
  }
  const timed = runs.filter((r) => r.spec.name !== 's3-replication');
  const totalMs = criticalPathMs(timed.map((r) => ({ name: r.spec.name, after: r.spec.after, durationMs: took(r) })));
  const totalRto =
    timed.length > 0
      ? compare(
          'rto',
          'critical path of the timed phases',
          totalMs,
          config.rtoTargetMs,
          totalMs === undefined ? 'a phase did not finish' : undefined,
        )
      : undefined;

  const components: ComponentReport[] = [...drafts.entries()].map(([component, d]) => ({
    component,
    pass: d.error === undefined && d.measurements.length > 0 && d.measurements.every((m) => m.pass),
    measurements: d.measurements,
    evidence: d.evidence,
    ...(d.error ? { error: d.error } : {}),
  }));
  const leftBehind = removed.filter((r) => r.outcome === 'failed' || r.outcome === 'refused');
  const failing = [
    ...components.flatMap((c) =>
      c.measurements.length === 0
        ? [`${c.component}: ${c.error ?? 'not measured'}`]
        : c.measurements.filter((m) => !m.pass).map((m) => `${c.component} ${m.kind.toUpperCase()} ${m.name}`),
    ),
    ...components.filter((c) => c.error && c.measurements.length > 0).map((c) => `${c.component}: ${c.error ?? ''}`),
    ...(totalRto && !totalRto.pass ? ['total RTO'] : []),
    ...(leftBehind.length > 0 ? [`teardown left ${leftBehind.length} resource(s) behind`] : []),
  ];
  const result = stopped ? 'aborted' : failing.length === 0 ? 'pass' : 'fail';
  const allMeasurements = [...components.flatMap((c) => c.measurements), ...(totalRto ? [totalRto] : [])];
  const rpoSeconds = worstMeasured(allMeasurements, 'rpo');
  const figures = [
    totalRto?.measuredSeconds !== undefined
      ? `RTO ${formatDuration(totalRto.measuredSeconds * 1000)} (target ${formatDuration(config.rtoTargetMs)})`
      : undefined,
    rpoSeconds !== undefined
      ? `worst RPO ${formatDuration(rpoSeconds * 1000)} (target ${formatDuration(config.rpoTargetMs)})`
      : undefined,
  ].filter(Boolean);
  const reason =
    result === 'aborted'
      ? `Aborted: ${stopped?.message ?? ''} (duration ${formatDuration(config.durationMs)}); everything created was torn down.`
      : result === 'pass'
        ? `All ${components.length} component(s) met their targets${figures.length ? `: ${figures.join(', ')}` : ''}.`
        : `Missed: ${failing.join('; ')}${figures.length ? `. ${figures.join(', ')}` : ''}.`;

  return {
    runId: config.runId,
    type: config.type,
    primaryRegion: config.primaryRegion,
    recoveryRegion: config.recoveryRegion,
    startedAt: new Date(startedAt).toISOString(),
    endedAt: new Date(clock.now()).toISOString(),
    result,
    reason,
    targets: {
      rtoSeconds: config.rtoTargetMs / 1000,
      rpoSeconds: config.rpoTargetMs / 1000,
      durationSeconds: config.durationMs / 1000,
    },
    ...(totalRto?.measuredSeconds !== undefined ? { rtoSeconds: totalRto.measuredSeconds } : {}),
    ...(rpoSeconds !== undefined ? { rpoSeconds } : {}),
    ...(totalRto ? { totalRto } : {}),
    components,
    phases: runs.map(toPhaseReport),
    created: ledger.resources.map((r) => ({ resource: describeResource(r), region: r.region })),
    removed,
    swept,
  };
}

async function teardownSafely(
  ledger: Ledger,
  runId: string,
  deps: CleanupDeps,
  logger: Logger,
): Promise<RemovalRecord[]> {
  if (ledger.resources.length === 0) {
    logger.info('The drill created nothing; nothing to tear down.');
    return [];
  }
  return teardown(ledger.resources, runId, deps);
}

function toPhaseReport(run: PhaseRun): PhaseReport {
  return {
    phase: run.spec.name,
    after: run.spec.after,
    status: run.status === 'waiting' || run.status === 'running' ? 'not started' : run.status,
    ...(run.startedAt !== undefined ? { startedAt: new Date(run.startedAt).toISOString() } : {}),
    ...(run.endedAt !== undefined ? { endedAt: new Date(run.endedAt).toISOString() } : {}),
    ...(run.status === 'done' && run.startedAt !== undefined && run.endedAt !== undefined
      ? { seconds: Math.round((run.endedAt - run.startedAt) / 100) / 10 }
      : {}),
    detail: run.detail,
  };
}

const iso = (at: Date | number | undefined): string => (at === undefined ? 'unknown' : new Date(at).toISOString());

async function measureRds(
  id: string,
  config: DrillConfig,
  deps: DrillDeps,
  out: Draft,
): Promise<DbSnapshotSummary | undefined> {
  const primary = await deps.primary.rds.describeInstance(id);
  if (!primary) {
    out.error = `no DB instance '${id}' in ${config.primaryRegion}`;
    return undefined;
  }
  out.evidence.push({
    label: `latest restorable time in ${config.primaryRegion} (in-region recovery only)`,
    value: iso(primary.latestRestorableTime),
  });
  const snapshots = (await deps.recovery.rds.listSnapshots(id)).filter((s) => s.status === 'available' && s.createdAt);
  const newestSnapshot = snapshots.reduce<DbSnapshotSummary | undefined>(
    (newest, s) => (newest?.createdAt && s.createdAt && newest.createdAt >= s.createdAt ? newest : s),
    undefined,
  );
  const points: RecoveryPoint[] = [];
  if (newestSnapshot?.createdAt) {
    points.push({
      source: `snapshot ${newestSnapshot.id} (${newestSnapshot.type})`,
      at: newestSnapshot.createdAt.getTime(),
    });
  }
  out.evidence.push({
    label: `available snapshots in ${config.recoveryRegion}`,
    value: newestSnapshot
      ? `${snapshots.length}, newest ${newestSnapshot.id} at ${iso(newestSnapshot.createdAt)}`
      : 'none',
  });
  const backups = primary.resourceId ? await deps.recovery.rds.listReplicatedBackups(primary.resourceId) : [];
  for (const b of backups) {
    out.evidence.push({
      label: `replicated automated backup ${b.arn}`,
      value: `${b.status}, latest ${iso(b.latestTime)}`,
    });
    if (b.latestTime) points.push({ source: `replicated automated backup (${b.status})`, at: b.latestTime.getTime() });
  }
  const newest = newestRecoveryPoint(points);
  const now = deps.clock.now();
  out.measurements.push(
    compare(
      'rpo',
      `newest recovery point in ${config.recoveryRegion}`,
      rpoMs(now, newest),
      config.rpoTargetMs,
      newest ? undefined : 'no available snapshot or replicated backup in the recovery region',
    ),
  );
  if (newest) out.evidence.push({ label: 'newest recovery point', value: `${newest.source} at ${iso(newest.at)}` });
  deps.logger.info(
    `RDS ${id}: newest recovery point in ${config.recoveryRegion}: ${newest ? `${newest.source} at ${iso(newest.at)}` : 'none'}`,
  );
  return newestSnapshot;
}

async function inspectS3(
  bucket: string,
  config: DrillConfig,
  deps: DrillDeps,
  out: Draft,
): Promise<{ recoveryBucket?: string; metricLatencyMs?: number }> {
  const rules = (await deps.primary.s3.replicationRules(bucket)).filter((r) => r.enabled);
  for (const rule of rules) {
    const region = await deps.recovery.s3.bucketRegion(rule.destinationBucket);
    out.evidence.push({
      label: `replication rule ${rule.id}`,
      value: `to s3://${rule.destinationBucket} in ${region}; metrics ${rule.metricsEnabled ? 'on' : 'off'}; Replication Time Control ${rule.timeControl ? 'on (15-minute SLA, not a 5-minute RPO)' : 'off'}`,
    });
    if (region !== config.recoveryRegion) continue;
    let metricLatencyMs: number | undefined;
    if (rule.metricsEnabled)
      metricLatencyMs = await readReplicationMetrics(bucket, rule.destinationBucket, rule.id, deps, out);
    deps.logger.info(`S3 ${bucket}: replicates to ${rule.destinationBucket} in ${region} (rule ${rule.id}).`);
    return { recoveryBucket: rule.destinationBucket, metricLatencyMs };
  }
  out.error = `no enabled replication rule of s3://${bucket} targets a bucket in ${config.recoveryRegion}`;
  return {};
}

async function readReplicationMetrics(
  source: string,
  destination: string,
  ruleId: string,
  deps: DrillDeps,
  out: Draft,
): Promise<number | undefined> {
  const dimensions = [
    { name: 'SourceBucket', value: source },
    { name: 'DestinationBucket', value: destination },
    { name: 'RuleId', value: ruleId },
  ];
  const metric = (name: string) => ({
    namespace: 'AWS/S3',
    metric: name,
    dimensions,
    stat: 'Maximum',
    periodSeconds: 60,
  });
  const end = new Date(deps.clock.now());
  const data = await deps.primary.cloudwatch.getMetricData(
    [
      { id: 'latency', metric: metric('ReplicationLatency') },
      { id: 'pending', metric: metric('OperationsPendingReplication') },
    ],
    new Date(end.getTime() - METRICS_LOOKBACK_MS),
    end,
  );
  const latest = (id: string) => data.get(id)?.at(-1);
  const latency = latest('latency');
  const pending = latest('pending');
  out.evidence.push({
    label: 'ReplicationLatency (maximum, latest minute)',
    value: latency ? `${latency.value}s at ${iso(latency.at)}` : 'no datapoints in the last 15 minutes',
  });
  out.evidence.push({
    label: 'OperationsPendingReplication (maximum, latest minute)',
    value: pending ? `${pending.value} at ${iso(pending.at)}` : 'no datapoints in the last 15 minutes',
  });
  return latency ? latency.value * 1000 : undefined;
}

async function measureEcr(
  repository: string,
  image: string,
  config: DrillConfig,
  deps: DrillDeps,
  out: Draft,
): Promise<void> {
  const source = await deps.primary.ecr.findImage(repository, image);
  if (!source) {
    out.error = `${repository} in ${config.primaryRegion} has no image ${image}`;
    return;
  }
  out.evidence.push({ label: 'deployed digest', value: `${source.digest}, pushed ${iso(source.pushedAt)}` });
  const statuses = await deps.primary.ecr.replicationStatus(repository, source.digest);
  for (const s of statuses) {
    out.evidence.push({
      label: `replication to ${s.region}`,
      value: `${s.status}${s.failureCode ? ` (${s.failureCode})` : ''}`,
    });
  }
  const status = statuses.find((s) => s.region === config.recoveryRegion);
  const name = `deployed image replicated to ${config.recoveryRegion}`;
  const target = config.rpoTargetMs;
  if (status?.status === 'COMPLETE') {
    const replica = await deps.recovery.ecr.findImage(repository, source.digest);
    if (!replica) {
      out.measurements.push(
        compare(
          'rpo',
          name,
          undefined,
          target,
          `ECR reports COMPLETE but ${repository} in ${config.recoveryRegion} has no such digest`,
        ),
      );
      return;
    }
    out.evidence.push({ label: `replica in ${config.recoveryRegion}`, value: `pushed ${iso(replica.pushedAt)}` });
    const lag =
      replica.pushedAt && source.pushedAt ? replica.pushedAt.getTime() - source.pushedAt.getTime() : undefined;
    out.measurements.push(
      compare('rpo', name, lag ?? 0, target, lag === undefined ? 'complete; push times unknown' : undefined),
    );
  } else if (status?.status === 'IN_PROGRESS') {
    const age = source.pushedAt ? deps.clock.now() - source.pushedAt.getTime() : undefined;
    out.measurements.push(compare('rpo', name, age, target, 'still replicating: time since push'));
  } else {
    const why = status
      ? `${status.status}${status.failureCode ? ` (${status.failureCode})` : ''}`
      : `ECR does not replicate ${repository} to ${config.recoveryRegion}`;
    out.measurements.push(compare('rpo', name, undefined, target, why));
  }
}

interface PlanContext {
  readonly ledger: Ledger;
  readonly tags: Record<string, string>;
  readonly snapshot?: DbSnapshotSummary;
  readonly recoveryBucket?: string;
  readonly draft: (name: ComponentName) => Draft;
  readonly attempt: (component: ComponentName, work: () => Promise<void>) => Promise<void>;
}

/** The phases this drill type runs, each with what it changes and how it is observed. */
async function planPhases(config: DrillConfig, deps: DrillDeps, ctx: PlanContext): Promise<PhaseSpec[]> {
  const specs: PhaseSpec[] = [];
  const { ledger, tags } = ctx;

  if (config.s3Bucket && config.s3Canary && ctx.recoveryBucket) {
    const source = config.s3Bucket;
    const replica = ctx.recoveryBucket;
    const key = canaryKey(config.runId);
    specs.push({
      name: 's3-replication',
      after: [],
      limitMs: config.rpoTargetMs,
      start: async () => {
        ledger.add({ kind: 's3-object', side: 'primary', region: config.primaryRegion, bucket: source, key });
        ledger.add({ kind: 's3-object', side: 'recovery', region: config.recoveryRegion, bucket: replica, key });
        const body = JSON.stringify({ runId: config.runId, writtenAt: new Date(deps.clock.now()).toISOString() });
        await deps.primary.s3.putObject(source, key, body, tags);
        deps.logger.info(`Wrote canary s3://${source}/${key}; waiting for its replica in s3://${replica}.`);
      },
      observe: async () => {
        if (await deps.recovery.s3.headObject(replica, key))
          return { status: 'done', detail: `replica in s3://${replica}` };
        const head = await deps.primary.s3.headObject(source, key);
        if (head?.replicationStatus === 'FAILED')
          return { status: 'failed', detail: 'S3 reports the replication FAILED' };
        return { status: 'pending', detail: `no replica yet (source status ${head?.replicationStatus ?? 'none'})` };
      },
    });
  }

  const drillsRestore = config.type === 'restore' && config.rdsInstance !== undefined;
  if (drillsRestore && !ctx.snapshot && !ctx.draft('rds').error) {
    ctx.draft('rds').error =
      `no available snapshot of ${config.rdsInstance ?? ''} in ${config.recoveryRegion} to restore`;
  }
  const restore = drillsRestore && ctx.snapshot ? ctx.snapshot : undefined;
  if (restore) {
    const id = restoredInstanceId(config.runId);
    specs.push({
      name: 'rds-restore',
      after: [],
      start: async () => {
        ledger.add({ kind: 'rds-instance', side: 'recovery', region: config.recoveryRegion, id });
        await deps.recovery.rds.restoreFromSnapshot({
          instanceId: id,
          snapshotId: restore.id,
          tags,
          instanceClass: config.dbInstanceClass,
          subnetGroup: config.dbSubnetGroup,
        });
        deps.logger.info(`Restore of snapshot ${restore.id} to ${id} in ${config.recoveryRegion} started.`);
      },
      observe: async (): Promise<Observation> => {
        const instance = await deps.recovery.rds.describeInstance(id);
        if (!instance) return { status: 'pending', detail: `${id} not visible yet` };
        if (instance.status === 'available') return { status: 'done', detail: `${id} available` };
        if (RESTORE_FAILED.has(instance.status)) return { status: 'failed', detail: `${id} is ${instance.status}` };
        return { status: 'pending', detail: `${id} is ${instance.status}` };
      },
    });
  }

  const standby = config.type === 'verify' ? undefined : config.standby;
  if (standby) {
    let arn: string | undefined;
    await ctx.attempt('ecs-standby', async () => {
      const service = await deps.recovery.standby.describeService(standby.cluster, standby.service);
      const name = `${standby.cluster}/${standby.service}`;
      if (!service) ctx.draft('ecs-standby').error = `no active service ${name} in ${config.recoveryRegion}`;
      else if (service.desiredCount !== 0) {
        ctx.draft('ecs-standby').error =
          `${name} has a desired count of ${service.desiredCount}, not 0: the drill only scales a standby that is idle (is it serving, or is another drill running?). Left untouched.`;
      } else arn = service.arn;
    });
    if (arn !== undefined) {
      const serviceArn = arn;
      const n = standby.desiredCount;
      specs.push({
        name: 'service-scale',
        after: [],
        start: async () => {
          ledger.add({
            kind: 'ecs-service-scale',
            side: 'recovery',
            region: config.recoveryRegion,
            cluster: standby.cluster,
            service: standby.service,
            arn: serviceArn,
            restoreDesiredCount: 0,
          });
          // Tagged first, so a drill killed between the two calls still leaves a service the
          // sweeper recognises.
          await deps.recovery.standby.tagResource(serviceArn, tags);
          await deps.recovery.standby.setDesiredCount(standby.cluster, standby.service, n);
          deps.logger.info(`Scaling ${standby.cluster}/${standby.service} in ${config.recoveryRegion} from 0 to ${n}.`);
        },
        observe: async (): Promise<Observation> => {
          const service = await deps.recovery.standby.describeService(standby.cluster, standby.service);
          if (!service) return { status: 'failed', detail: 'the service disappeared' };
          const running = `running ${service.runningCount}/${n}`;
          if (service.runningCount < n) return { status: 'pending', detail: running };
          const health = await Promise.all(service.targetGroupArns.map((tg) => deps.recovery.standby.targetHealth(tg)));
          const unhealthy = health.filter((h) => h.healthy < n);
          const targets = health.map((h) => `${h.healthy}/${n} healthy`).join(', ');
          const detail = targets ? `${running}, targets ${targets}` : running;
          return unhealthy.length === 0 ? { status: 'done', detail } : { status: 'pending', detail };
        },
      });
      specs.push({
        name: 'smoke',
        after: restore ? ['service-scale', 'rds-restore'] : ['service-scale'],
        start: async () => undefined,
        observe: async (): Promise<Observation> => {
          const answer = await deps.probe(standby.smokeUrl);
          return { status: answer.ok ? 'done' : 'pending', detail: answer.detail };
        },
      });
    }
  }
  return specs;
}

/**
 * The clock-driven loop: each tick starts the phases whose predecessors are done, observes every
 * running phase once, and sleeps one poll interval (never past the hard stop). One loop for all
 * phases keeps the timings honest on a manual clock and the AWS calls few.
 */
async function drive(runs: PhaseRun[], config: DrillConfig, deps: DrillDeps, deadline: number): Promise<void> {
  const { clock, logger } = deps;
  const byName = (name: PhaseName) => runs.find((r) => r.spec.name === name);
  for (;;) {
    const now = clock.now();
    const step = decide(runs, now, deadline, deps.signal?.aborted ?? false);
    if (step.stop) {
      for (const run of runs) {
        if (isFinal(run.status)) continue;
        run.detail = run.status === 'running' ? `${run.detail}; stopped` : 'not started: the drill stopped';
        run.status = 'aborted';
      }
      throw new DrillStopped(step.stop);
    }
    for (const name of step.skip) {
      const run = byName(name);
      if (run)
        Object.assign(run, { status: 'skipped', detail: `skipped: ${run.spec.after.join(', ')} did not finish` });
    }
    for (const name of step.start) {
      const run = byName(name);
      if (!run) continue;
      run.startedAt = clock.now();
      run.status = 'running';
      try {
        await run.spec.start();
      } catch (error) {
        if (!isAwsServiceError(error)) throw error;
        Object.assign(run, { status: 'failed', endedAt: clock.now(), detail: `${error.name}: ${error.message}` });
        logger.warning(`${name} could not start: ${error.name}: ${error.message}`);
      }
    }
    if (step.finished) return;
    for (const run of runs.filter((r) => r.status === 'running')) {
      let seen: Observation;
      try {
        seen = await run.spec.observe();
        run.errors = 0;
      } catch (error) {
        if (!isAwsServiceError(error)) throw error;
        run.errors += 1;
        seen = {
          status: run.errors >= MAX_OBSERVE_ERRORS ? 'failed' : 'pending',
          detail: `${error.name}: ${error.message}`,
        };
      }
      const at = clock.now();
      run.detail = seen.detail;
      if (seen.status === 'done') {
        run.status = 'done';
        run.endedAt = at;
        logger.info(`${run.spec.name}: done after ${formatDuration(at - (run.startedAt ?? at))} (${seen.detail}).`);
      } else if (seen.status === 'failed') {
        run.status = 'failed';
        run.endedAt = at;
        logger.warning(`${run.spec.name}: failed (${seen.detail}).`);
      } else if (run.spec.limitMs !== undefined && at - (run.startedAt ?? at) >= run.spec.limitMs) {
        run.status = 'failed';
        run.endedAt = at;
        run.detail = `not within ${formatDuration(run.spec.limitMs)}: ${seen.detail}`;
        logger.warning(`${run.spec.name}: ${run.detail}.`);
      } else {
        logger.debug(`${run.spec.name}: ${seen.detail}`);
      }
    }
    if (runs.every((r) => isFinal(r.status))) return;
    // A phase that just finished may release one waiting on it: start that now, not a poll later,
    // or the critical path would count the wait as recovery time.
    const released = decide(runs, clock.now(), deadline, false);
    if (released.start.length > 0 || released.skip.length > 0) continue;
    const wait = Math.max(0, Math.min(config.pollIntervalMs, deadline - clock.now()));
    await pause(clock, wait, deps.signal);
  }
}

/** Sleeps on the injected clock, waking early when the job is cancelled. */
function pause(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return clock.sleep(ms);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const wake = (): void => resolve();
    signal.addEventListener('abort', wake, { once: true });
    void clock.sleep(ms).then(() => {
      signal.removeEventListener('abort', wake);
      resolve();
    });
  });
}
