const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** Units in descending order, each at most once, optionally separated by spaces: `1h 30m`. */
const DURATION = new RegExp(`^(?:${NUMBER}h)?\\s*(?:${NUMBER}m)?\\s*(?:${NUMBER}s)?\\s*(?:${NUMBER}ms)?$`);
const UNIT_MS = [3_600_000, 60_000, 1000, 1] as const;

/** The format every duration input accepts, for error messages. */
export const DURATION_FORMAT = 'a number with a unit, like 90s, 15m, 1h or 1h30m';

/**
 * Parses `90s`, `15m`, `1h`, `1h30m`, `1h 30m` or `500ms` into milliseconds. Returns undefined
 * for anything else, including a bare number: a unit-less `30` is ambiguous (seconds? minutes?).
 * The one exception is `0`, which means the same in every unit.
 * Units must come largest first and once each, so `30s1h` or `1m1m` are rejected as typos.
 */
export function parseDuration(text: string): number | undefined {
  if (text.trim() === '0') return 0;
  const match = DURATION.exec(text.trim());
  if (!match || match.slice(1).every((part) => part === undefined)) return undefined;
  const total = match
    .slice(1)
    .reduce((sum, part, i) => sum + (part === undefined ? 0 : Number(part) * (UNIT_MS[i] ?? 0)), 0);
  return Math.round(total);
}

/** Renders milliseconds for people: `1h 2m`, `3m 5s`, `42s`, `350ms`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours}h`);
  if (minutes) parts.push(`${minutes}m`);
  if (seconds || parts.length === 0) parts.push(`${seconds}s`);
  return parts.join(' ');
}
