import { DURATION_FORMAT, formatDuration, parseDuration } from '../runtime/duration.js';

/** One step of a rollout plan: shift the new version to `percent`, then observe it for `observeMs`. */
export interface Step {
  readonly percent: number;
  readonly observeMs: number;
}

export type StepsParse =
  { readonly ok: true; readonly steps: readonly Step[] } | { readonly ok: false; readonly message: string };

const STEP = /^(\d{1,3})\s*%\s*:\s*(.+)$/;

/**
 * Parses a plan like `5%:5m, 25%:5m, 50%:10m, 100%:15m` (commas or new lines between steps).
 * Shares are whole percentages, strictly increasing, ending at 100; every observation is
 * positive. Blue/green is the one-step plan `100%:15m`.
 */
export function parseSteps(text: string): StepsParse {
  const parts = text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return fail('is empty. Write steps like 5%:5m, 25%:5m, 100%:15m.');
  const steps: Step[] = [];
  for (const [index, part] of parts.entries()) {
    const where = `step ${index + 1} ('${part}')`;
    const match = STEP.exec(part);
    if (!match) return fail(`${where} is not <percent>%:<duration>, like 25%:5m.`);
    const percent = Number(match[1]);
    const observeMs = parseDuration(match[2] ?? '');
    if (percent < 1 || percent > 100) return fail(`${where}: the share must be from 1% to 100%.`);
    if (observeMs === undefined) return fail(`${where}: '${match[2]}' is not a duration. Use ${DURATION_FORMAT}.`);
    if (observeMs <= 0)
      return fail(`${where}: the observation must be longer than 0, or nothing is checked at this share.`);
    const previous = steps.at(-1);
    if (previous && percent <= previous.percent) {
      return fail(`${where}: shares must increase strictly; ${percent}% follows ${previous.percent}%.`);
    }
    steps.push({ percent, observeMs });
  }
  const last = steps.at(-1);
  if (last && last.percent !== 100) {
    return fail(`the last step shifts ${last.percent}%; a plan must end at 100%, like ${last.percent}%:5m, 100%:15m.`);
  }
  return { ok: true, steps };
}

/** `5% for 5m → 25% for 5m → 100% for 15m` */
export function describeSteps(steps: readonly Step[]): string {
  return steps.map((step) => `${step.percent}% for ${formatDuration(step.observeMs)}`).join(' → ');
}

function fail(message: string): StepsParse {
  return { ok: false, message };
}
