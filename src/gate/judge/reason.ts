/**
 * One-sentence explanations of a metric's judgement, for logs, job summaries and reports.
 */
import type { Classification, Direction, SeriesSummary, ShiftSummary } from './classify.js';

/** The parts of a judgement that every explanation may quote. */
export interface ReasonContext {
  readonly id: string;
  readonly direction: Direction;
  readonly tolerance: number;
  readonly confidence: number;
  readonly minPoints: number;
  readonly mustHaveData: boolean;
  readonly canary: SeriesSummary;
  readonly baseline: SeriesSummary;
}

/** "38" for 0.38, "4.5" for 0.045: whole percents unless the value is small. */
export function formatPercent(fraction: number): string {
  const value = Math.abs(fraction * 100);
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return String(rounded);
}

function signedPercent(fraction: number): string {
  const text = formatPercent(fraction);
  if (text === '0') return '0 %';
  return `${fraction < 0 ? '-' : '+'}${text} %`;
}

/** Three significant digits, without exponent noise for the usual metric magnitudes. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(3)));
}

function range(a: string, b: string): string {
  return a === b ? a : `${a}–${b}`;
}

function spread(a: string, b: string): string {
  return a === b ? a : `${a} to ${b}`;
}

function consequence(context: ReasonContext): string {
  return context.mustHaveData ? 'this metric must have data, so it fails' : 'it is not scored';
}

function dropped(context: ReasonContext): string {
  const nonFinite = context.canary.nonFinite + context.baseline.nonFinite;
  return nonFinite > 0 ? ` after dropping ${nonFinite} non-finite values` : '';
}

/** Too few points on a side. */
export function explainNoData(context: ReasonContext): string {
  const { id, canary, baseline, minPoints } = context;
  return (
    `no data to judge ${id}: canary has ${canary.points} points and baseline ${baseline.points}` +
    `${dropped(context)}, at least ${minPoints} per side are needed; ${consequence(context)}`
  );
}

/** Enough points for `minPoints`, too few for any interval to reach the confidence. */
export function explainUnreachable(context: ReasonContext): string {
  const { id, canary, baseline, confidence } = context;
  return (
    `too few points to judge ${id} at ${formatPercent(confidence)} % confidence: ` +
    `${canary.points} canary and ${baseline.points} baseline points cannot give an interval that sure; ` +
    consequence(context)
  );
}

/** High, Low or Pass, from the shift's interval. */
export function explainShift(
  context: ReasonContext,
  classification: Exclude<Classification, 'NoData'>,
  failed: boolean,
  shift: ShiftSummary,
): string {
  const { id, tolerance, direction } = context;
  const harmless = classification !== 'Pass' && !failed ? `; only ${onlyFailure(direction)} fails this metric` : '';
  const relative = shift.relative;
  if (!relative) {
    if (classification === 'Pass') {
      const interval = spread(formatNumber(shift.lower), formatNumber(shift.upper));
      return `canary ${id} shows no sure change from a baseline that was 0 throughout (shift ${interval})`;
    }
    const bounds =
      classification === 'High'
        ? range(formatNumber(shift.lower), formatNumber(shift.upper))
        : range(formatNumber(-shift.upper), formatNumber(-shift.lower));
    const way = classification === 'High' ? 'higher' : 'lower';
    return (
      `canary ${id} is ${bounds} ${way} than a baseline that was 0 throughout ` +
      `(with no baseline level, any sure change counts as beyond tolerance)${harmless}`
    );
  }
  const level =
    shift.levelBasis === 'mean-absolute'
      ? ` of the baseline's mean absolute value ${formatNumber(shift.level)}, as its median is 0`
      : '';
  const allowed = `tolerance ${formatPercent(tolerance)} %${level}`;
  if (classification === 'High') {
    const bounds = range(formatPercent(relative.lower), formatPercent(relative.upper));
    return `canary ${id} is ${bounds} % higher than baseline (${allowed})${harmless}`;
  }
  if (classification === 'Low') {
    const bounds = range(formatPercent(-relative.upper), formatPercent(-relative.lower));
    return `canary ${id} is ${bounds} % lower than baseline (${allowed})${harmless}`;
  }
  const interval = spread(signedPercent(relative.lower), signedPercent(relative.upper));
  if (relative.lower >= -tolerance && relative.upper <= tolerance) {
    return `canary ${id} is within tolerance of baseline: shift ${interval} (${allowed})`;
  }
  return `canary ${id} shift of ${interval} is not surely beyond tolerance (${allowed})`;
}

function onlyFailure(direction: Direction): string {
  return direction === 'increase' ? 'an increase' : 'a decrease';
}
