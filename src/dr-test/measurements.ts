/** The maths of a drill: measurements against targets, recovery points, the critical path. Pure. */

export type MeasurementKind = 'rpo' | 'rto';

/** One measured value beside its target. Seconds, because that is what people read. */
export interface Measurement {
  readonly kind: MeasurementKind;
  readonly name: string;
  readonly targetSeconds: number;
  /** Undefined when there was nothing to measure from (no backup, no replica within the limit). */
  readonly measuredSeconds?: number;
  /** target − measured: how much room is left (negative: by how much the target was missed). */
  readonly marginSeconds?: number;
  readonly pass: boolean;
  /** Why a value is missing or how to read it ("still replicating", "at least 5m"). */
  readonly note?: string;
}

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

/**
 * Compares a measured duration with its target. Equal passes (the target is a limit). Nothing
 * measured fails: a recovery nobody can show happened did not meet its target.
 */
export function compare(
  kind: MeasurementKind,
  name: string,
  measuredMs: number | undefined,
  targetMs: number,
  note?: string,
): Measurement {
  const base = { kind, name, targetSeconds: seconds(targetMs), ...(note ? { note } : {}) };
  if (measuredMs === undefined || !Number.isFinite(measuredMs)) return { ...base, pass: false };
  const measured = Math.max(0, measuredMs);
  return {
    ...base,
    measuredSeconds: seconds(measured),
    marginSeconds: seconds(targetMs - measured),
    pass: measured <= targetMs,
  };
}

/** A point in time data can be recovered to, and where that evidence came from. */
export interface RecoveryPoint {
  readonly source: string;
  readonly at: number;
}

/** The newest recovery point: what a restore right now would get back to. */
export function newestRecoveryPoint(points: readonly RecoveryPoint[]): RecoveryPoint | undefined {
  return points.reduce<RecoveryPoint | undefined>((newest, p) => (newest && newest.at >= p.at ? newest : p), undefined);
}

/** RPO: the data a recovery now would lose, from the newest recovery point. */
export function rpoMs(now: number, point: RecoveryPoint | undefined): number | undefined {
  return point === undefined ? undefined : Math.max(0, now - point.at);
}

export interface TimedPhase {
  readonly name: string;
  /** Phases that must finish before this one starts. */
  readonly after: readonly string[];
  /** How long it took; undefined when it did not finish. */
  readonly durationMs?: number;
}

/**
 * Total RTO as the critical path through the phases: each phase finishes its own duration after
 * the latest of the phases it waits for, and the drill is done when the last phase is. Phases that
 * run side by side (a restore and a scale-up) count once, by the longer. Undefined when a phase
 * did not finish: the recovery was not shown to complete.
 */
export function criticalPathMs(phases: readonly TimedPhase[]): number | undefined {
  if (phases.length === 0) return undefined;
  const byName = new Map(phases.map((p) => [p.name, p]));
  const finish = new Map<string, number | undefined>();
  const visit = (name: string, path: readonly string[]): number | undefined => {
    if (finish.has(name)) return finish.get(name);
    if (path.includes(name)) throw new Error(`phase dependency cycle: ${[...path, name].join(' → ')}`);
    const phase = byName.get(name);
    if (!phase || phase.durationMs === undefined) return undefined;
    let start = 0;
    for (const dependency of phase.after) {
      if (!byName.has(dependency)) continue;
      const end = visit(dependency, [...path, name]);
      if (end === undefined) return undefined;
      start = Math.max(start, end);
    }
    const end = start + phase.durationMs;
    finish.set(name, end);
    return end;
  };
  let total = 0;
  for (const phase of phases) {
    const end = visit(phase.name, []);
    if (end === undefined) return undefined;
    total = Math.max(total, end);
  }
  return total;
}

/** The worst (largest) of the measured values of one kind; undefined when none was measured. */
export function worstMeasured(measurements: readonly Measurement[], kind: MeasurementKind): number | undefined {
  const values = measurements.filter((m) => m.kind === kind && m.measuredSeconds !== undefined);
  return values.length === 0 ? undefined : Math.max(...values.map((m) => m.measuredSeconds ?? 0));
}
