/** One line of the `ignore` input: a finding id, optionally until a date, optionally with a reason. */
export interface IgnoreRule {
  /** As written, `CVE-2026-1234`; matched case-insensitively. */
  readonly id: string;
  /** The last day (UTC) the rule applies, `2027-01-31`; undefined means no expiry. */
  readonly until?: string;
  readonly reason?: string;
}

const LINE = /^(\S+)(?:\s+until\s+(\S+))?$/i;
const ID = /^[A-Za-z][A-Za-z0-9._:-]*-[A-Za-z0-9._:-]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The format of one ignore line, for error messages. */
export const IGNORE_FORMAT = "an advisory id, optionally followed by 'until YYYY-MM-DD' and '# reason'";

/**
 * Parses the `ignore` input: one rule per line, `CVE-2026-1234 until 2027-01-31 # reason`.
 * Blank lines and lines starting with `#` are skipped. Returns the rules and a message per bad line.
 */
export function parseIgnoreList(text: string): { rules: IgnoreRule[]; problems: string[] } {
  const rules: IgnoreRule[] = [];
  const problems: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const hash = line.indexOf('#');
    const body = (hash === -1 ? line : line.slice(0, hash)).trim();
    const reason = hash === -1 ? '' : line.slice(hash + 1).trim();
    if (body === '') continue;
    const match = LINE.exec(body);
    const id = match?.[1];
    if (!match || !id || !ID.test(id)) {
      problems.push(`'${body}' is not ${IGNORE_FORMAT}, like 'CVE-2026-1234 until 2027-01-31 # no fix yet'.`);
      continue;
    }
    const until = match[2];
    if (until !== undefined && !isCalendarDate(until)) {
      problems.push(`'${until}' (for ${id}) is not a date; write it as YYYY-MM-DD, like 2027-01-31.`);
      continue;
    }
    if (rules.some((rule) => rule.id.toLowerCase() === id.toLowerCase())) {
      problems.push(`${id} is listed twice; keep one line for it.`);
      continue;
    }
    rules.push({ id, ...(until ? { until } : {}), ...(reason ? { reason } : {}) });
  }
  return { rules, problems };
}

/** Whether the rule has expired at `nowMs`: it applies through the whole of its last day, in UTC. */
export function isExpired(rule: IgnoreRule, nowMs: number): boolean {
  return rule.until !== undefined && nowMs >= Date.parse(`${rule.until}T00:00:00Z`) + DAY_MS;
}

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2027-02-30 over into March; a real date survives the round trip.
  return date.toISOString().slice(0, 10) === text;
}
