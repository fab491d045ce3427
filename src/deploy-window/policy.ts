import { IANAZone } from 'luxon';
import { EXCHANGE_CODES, type ExchangeCode } from '../calendar/index.js';
import { formatMinutes } from '../calendar/dates.js';

/**
 * A deploy-window policy, parsed. Clauses are joined by `;` and all must allow a deploy: the
 * window is open only when no clause blocks it.
 */
export interface DeployWindowPolicy {
  /** The policy as the user wrote it, for messages and the summary. */
  readonly text: string;
  readonly clauses: readonly Clause[];
}

export type Clause =
  /** `outside XNYS,XLON regular`: blocked while any of the exchanges is in a regular session. */
  | { readonly kind: 'outside'; readonly exchanges: readonly ExchangeCode[] }
  /** `not within 30m of open or close`: blocked around the session edges of the exchanges. */
  | {
      readonly kind: 'not-near';
      readonly marginMs: number;
      readonly open: boolean;
      readonly close: boolean;
      readonly exchanges: readonly ExchangeCode[];
    }
  /** `Mon-Fri 18:00-06:00 America/New_York [or …]`: open only inside one of the ranges. */
  | { readonly kind: 'custom'; readonly ranges: readonly CustomRange[] }
  /** `always`: no restriction. `never`: a freeze; only an override gets through. */
  | { readonly kind: 'always' }
  | { readonly kind: 'never' };

export interface CustomRange {
  /** ISO weekdays (1 = Monday) on which the range starts. */
  readonly days: readonly number[];
  /** Minutes past local midnight. `end` ≤ `start` means the range runs past midnight. */
  readonly start: number;
  readonly end: number;
  readonly zone: string;
  /** As written, for messages: `Mon-Fri 18:00-06:00 America/New_York`. */
  readonly text: string;
}

/** A policy that does not follow the grammar; says where, and what was expected there. */
export class PolicySyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly expected: string,
    readonly found: string,
    multiline: boolean,
  ) {
    super(
      `${multiline ? `line ${line}, column ${column}` : `column ${column}`}: expected ${expected}, found ${found}.`,
    );
    this.name = 'PolicySyntaxError';
  }
}

/** The grammar in one place, for error messages and the README. */
export const POLICY_GRAMMAR = [
  'policy  := clause (";" clause)*',
  'clause  := "outside" exchanges ["regular"]',
  '         | "not within" duration "of" [exchanges] ("open" | "close" | "open or close")',
  '         | days time "-" time [zone] ("or" days time "-" time [zone])*   (the last range needs a zone)',
  '         | "always" | "never"',
  'exchanges := exchange ("," exchange)*     exchange := XNYS | XNAS | XLON | CME',
  'days    := "daily" | "weekdays" | "weekends" | day ["-" day] ("," day ["-" day])*',
].join('\n');

const EXCHANGE_ALIASES: Readonly<Record<string, ExchangeCode>> = {
  xnys: 'XNYS',
  nyse: 'XNYS',
  xnas: 'XNAS',
  nasdaq: 'XNAS',
  xlon: 'XLON',
  lse: 'XLON',
  cme: 'CME',
  xcme: 'CME',
  globex: 'CME',
};
const EXCHANGE_LIST = `an exchange (${EXCHANGE_CODES.slice(0, -1).join(', ')} or ${EXCHANGE_CODES.at(-1) ?? ''})`;

const DAY_NAMES: readonly (readonly string[])[] = [
  ['mon', 'monday'],
  ['tue', 'tues', 'tuesday'],
  ['wed', 'wednesday'],
  ['thu', 'thur', 'thurs', 'thursday'],
  ['fri', 'friday'],
  ['sat', 'saturday'],
  ['sun', 'sunday'],
];
const DAY_SETS: Readonly<Record<string, readonly number[]>> = {
  daily: [1, 2, 3, 4, 5, 6, 7],
  weekdays: [1, 2, 3, 4, 5],
  weekends: [6, 7],
};

const CLAUSE_START =
  "a clause: 'outside <exchanges> regular', 'not within <margin> of open or close', a custom window like 'Mon-Fri 18:00-06:00 America/New_York', 'always' or 'never'";

/**
 * Parses a deploy-window policy. Keywords, exchange codes and day names are case-insensitive;
 * whitespace and line breaks are free between words. Throws PolicySyntaxError naming the line
 * and column of the first thing that does not fit, and what would have.
 */
export function parseDeployWindow(text: string): DeployWindowPolicy {
  const scanner = new Scanner(text);
  const clauses: Clause[] = [];
  const openEdges: { clause: number; at: number }[] = [];
  do {
    if (scanner.atEnd()) {
      if (clauses.length === 0) scanner.fail(CLAUSE_START);
      break; // a trailing ';'
    }
    const { clause, edgesAt } = parseClause(scanner);
    if (edgesAt !== undefined) openEdges.push({ clause: clauses.length, at: edgesAt });
    clauses.push(clause);
  } while (scanner.take(/;/y));
  if (!scanner.atEnd()) scanner.fail("';' between clauses, or the end of the policy");

  // `not within 30m of open or close` without exchanges means the exchanges the policy is
  // already outside of: the usual way to widen `outside XNYS regular` by a margin.
  const named = [...new Set(clauses.flatMap((c) => (c.kind === 'outside' ? c.exchanges : [])))];
  for (const { clause, at } of openEdges) {
    if (named.length === 0) scanner.failAt(at, `an exchange after 'of' (no 'outside' clause names one)`);
    const near = clauses[clause];
    if (near?.kind === 'not-near') clauses[clause] = { ...near, exchanges: named };
  }
  return { text: text.trim(), clauses };
}

/** A clause, and for `not within … of open` without exchanges, where they were left out. */
function parseClause(scanner: Scanner): { clause: Clause; edgesAt?: number } {
  const word = scanner.peekWord();
  if (word === 'always' || word === 'never') {
    scanner.word();
    return { clause: { kind: word } };
  }
  if (word === 'outside') {
    scanner.word();
    const exchanges = parseExchanges(scanner);
    const after = scanner.peekWord();
    if (after === 'regular') scanner.word();
    else if (after !== undefined) scanner.fail("'regular', ';' between clauses, or the end of the policy");
    return { clause: { kind: 'outside', exchanges } };
  }
  if (word === 'not') {
    scanner.word();
    scanner.expectWord('within', "'within' (as in 'not within 30m of open or close')");
    const margin = scanner.expect(/(\d{1,4})\s*(hours?|h|minutes?|mins?|m)(?![A-Za-z])/y, 'a margin like 30m or 1h');
    const amount = Number(/\d+/.exec(margin)?.[0] ?? '0');
    const marginMs = amount * (/^\d+\s*h/.test(margin) ? 3_600_000 : 60_000);
    scanner.expectWord('of', "'of'");
    const exchanges = isExchange(scanner.peekWord()) ? parseExchanges(scanner) : [];
    const edgesAt = exchanges.length === 0 ? scanner.position() : undefined;
    const first = scanner.expectWord(['open', 'close'], "'open', 'close' or 'open or close'");
    let open = first === 'open';
    let close = first === 'close';
    const joiner = scanner.peekWord();
    if (joiner === 'or' || joiner === 'and') {
      scanner.word();
      const second = scanner.expectWord([first === 'open' ? 'close' : 'open'], first === 'open' ? "'close'" : "'open'");
      open ||= second === 'open';
      close ||= second === 'close';
    }
    return {
      clause: { kind: 'not-near', marginMs, open, close, exchanges },
      ...(edgesAt === undefined ? {} : { edgesAt }),
    };
  }
  if (word !== undefined && (dayNumber(word) !== undefined || DAY_SETS[word] !== undefined)) {
    return { clause: { kind: 'custom', ranges: parseCustomRanges(scanner) } };
  }
  return scanner.fail(CLAUSE_START);
}

function isExchange(word: string | undefined): boolean {
  return word !== undefined && EXCHANGE_ALIASES[word] !== undefined;
}

function parseExchanges(scanner: Scanner): ExchangeCode[] {
  const exchanges: ExchangeCode[] = [];
  do {
    const word = scanner.peekWord();
    const code = word === undefined ? undefined : EXCHANGE_ALIASES[word];
    if (code === undefined) scanner.fail(EXCHANGE_LIST);
    scanner.word();
    if (!exchanges.includes(code)) exchanges.push(code);
  } while (scanner.take(/,/y));
  return exchanges;
}

function parseCustomRanges(scanner: Scanner): CustomRange[] {
  const ranges: CustomRange[] = [];
  let pending: { days: number[]; start: number; end: number }[] = [];
  for (;;) {
    const days = parseDays(scanner);
    const start = parseTime(scanner, false);
    scanner.expect(/-/y, "'-' between the start and end times");
    const endAt = scanner.position();
    const end = parseTime(scanner, true);
    if (end === start) scanner.failAt(endAt, 'an end time different from the start (00:00-24:00 is a whole day)');
    pending.push({ days, start, end });
    const next = scanner.peekWord();
    if (next === 'or') {
      scanner.word();
      continue;
    }
    if (next !== undefined && !isDayWord(next)) {
      const zone = parseZone(scanner);
      for (const p of pending) {
        ranges.push({
          ...p,
          zone,
          text: `${describeDays(p.days)} ${formatMinutes(p.start)}-${formatMinutes(p.end)} ${zone}`,
        });
      }
      pending = [];
      if (scanner.peekWord() === 'or') {
        scanner.word();
        continue;
      }
      return ranges;
    }
    return scanner.fail("a time zone like America/New_York, Europe/London or UTC (or 'or' and another range)");
  }
}

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Mon-Fri`, `Sat,Sun`, `Mon-Wed,Fri`, `daily`: ISO weekdays as people write them. */
export function describeDays(days: readonly number[]): string {
  if (days.length === 7) return 'daily';
  const runs: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === (days[j] ?? 0) + 1) j++;
    const first = SHORT_DAYS[(days[i] ?? 1) - 1] ?? '';
    const last = SHORT_DAYS[(days[j] ?? 1) - 1] ?? '';
    runs.push(j - i >= 2 ? `${first}-${last}` : j === i ? first : `${first},${last}`);
    i = j + 1;
  }
  return runs.join(',');
}

function isDayWord(word: string): boolean {
  return dayNumber(word) !== undefined || DAY_SETS[word] !== undefined;
}

function dayNumber(word: string): number | undefined {
  const index = DAY_NAMES.findIndex((names) => names.includes(word));
  return index === -1 ? undefined : index + 1;
}

function parseDays(scanner: Scanner): number[] {
  const set = DAY_SETS[scanner.peekWord() ?? ''];
  if (set) {
    scanner.word();
    return [...set];
  }
  const days = new Set<number>();
  do {
    const first = parseDay(scanner);
    if (scanner.take(/-(?=\s*[A-Za-z])/y)) {
      const last = parseDay(scanner);
      // Fri-Mon wraps over the weekend.
      for (let d = first; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === last) break;
      }
    } else {
      days.add(first);
    }
  } while (scanner.take(/,/y));
  return [...days].sort((a, b) => a - b);
}

function parseDay(scanner: Scanner): number {
  const day = dayNumber(scanner.peekWord() ?? '');
  if (day === undefined) scanner.fail('a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun), or daily, weekdays or weekends');
  scanner.word();
  return day;
}

function parseTime(scanner: Scanner, isEnd: boolean): number {
  const at = scanner.position();
  const text = scanner.expect(/\d{1,2}:\d{2}(?![\d:])/y, isEnd ? 'an end time like 06:00' : 'a start time like 18:00');
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  const value = hours * 60 + minutes;
  if (minutes > 59 || value > 1440 || (value === 1440 && !isEnd)) {
    scanner.failAt(at, `a time from 00:00 to ${isEnd ? '24:00' : '23:59'}`);
  }
  return value;
}

function parseZone(scanner: Scanner): string {
  const at = scanner.position();
  const zone = scanner.expect(/[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*/y, 'a time zone like America/New_York');
  if (!IANAZone.isValidZone(zone)) {
    scanner.failAt(at, 'an IANA time zone like America/New_York, Europe/London, America/Chicago or UTC');
  }
  return zone;
}

/** A cursor over the policy text that knows how to say where it is. */
class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  position(): number {
    this.skipSpace();
    return this.pos;
  }

  atEnd(): boolean {
    return this.position() >= this.text.length;
  }

  /** The next word in lower case, without consuming it. */
  peekWord(): string | undefined {
    const match = /[A-Za-z][A-Za-z0-9_]*/y;
    match.lastIndex = this.position();
    return match.exec(this.text)?.[0].toLowerCase();
  }

  word(): string {
    return this.expect(/[A-Za-z][A-Za-z0-9_]*/y, 'a word').toLowerCase();
  }

  expectWord<T extends string>(allowed: T | readonly T[], expected: string): T {
    const options: readonly string[] = typeof allowed === 'string' ? [allowed] : allowed;
    const word = this.peekWord();
    if (word === undefined || !options.includes(word)) this.fail(expected);
    this.word();
    return word as T;
  }

  /** Consumes a match of a sticky pattern, if there is one here. */
  take(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.position();
    const match = pattern.exec(this.text);
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  expect(pattern: RegExp, expected: string): string {
    const value = this.take(pattern);
    if (value === undefined) this.fail(expected);
    return value;
  }

  fail(expected: string, offset = 0): never {
    return this.failAt(this.position() + offset, expected);
  }

  failAt(at: number, expected: string): never {
    const before = this.text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    const token = /[^\s;,]+|[;,]/y;
    token.lastIndex = at;
    const found = token.exec(this.text)?.[0];
    throw new PolicySyntaxError(
      line,
      column,
      expected,
      found === undefined ? 'the end of the policy' : `'${found}'`,
      this.text.includes('\n'),
    );
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }
}
