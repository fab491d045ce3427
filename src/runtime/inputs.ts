import { DURATION_FORMAT, formatDuration, parseDuration } from './duration.js';
import { ConfigurationError, type InputProblem } from './errors.js';

/** Reads one raw input by its action.yml name; an unset input reads as ''. */
export type ReadInput = (name: string) => string;

interface DurationLimits {
  readonly min?: number;
  readonly max?: number;
}

/**
 * Typed access to action inputs that collects every problem instead of stopping at the first,
 * so a user fixes their workflow in one round trip. It also remembers which inputs were read
 * and with which defaults: a test compares that with action.yml, so the two cannot drift.
 */
export class InputReader {
  readonly problems: InputProblem[] = [];
  /** Every input name read, with the default the parser applies when it is empty. */
  readonly defaults = new Map<string, string | undefined>();

  constructor(private readonly read: ReadInput) {}

  /** The trimmed value, or undefined when empty. `required` records a problem when empty. */
  string(name: string, options: { required?: boolean; default?: string } = {}): string | undefined {
    const value = this.raw(name, options.default);
    if (value === '') {
      if (options.default !== undefined) return options.default;
      if (options.required) this.problem(name, 'is required. Set it in the step\'s "with:" block.');
      return undefined;
    }
    return value;
  }

  /** One of `allowed`, compared case-insensitively; the default when empty. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name, fallback);
    if (value === '') return fallback;
    const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (match === undefined) {
      this.problem(name, `'${value}' is not valid. Valid values are: ${allowed.join(', ')}.`);
      return fallback;
    }
    return match;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name, String(fallback));
    if (value === '') return fallback;
    if (value.toLowerCase() === 'true') return true;
    if (value.toLowerCase() === 'false') return false;
    this.problem(name, `'${value}' is not valid. Valid values are: true, false.`);
    return fallback;
  }

  /** A whole number within [min, max]. */
  integer(name: string, fallback: number, limits: { min: number; max: number }): number {
    const value = this.raw(name, String(fallback));
    if (value === '') return fallback;
    const parsed = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < limits.min || parsed > limits.max) {
      this.problem(name, `'${value}' is not valid. Use a whole number from ${limits.min} to ${limits.max}.`);
      return fallback;
    }
    return parsed;
  }

  /** A duration in milliseconds (`90s`, `15m`, `1h`). */
  duration(name: string, fallback: string, limits: DurationLimits = {}): number {
    const value = this.raw(name, fallback) || fallback;
    const ms = parseDuration(value);
    if (ms === undefined) {
      this.problem(name, `'${value}' is not a duration. Use ${DURATION_FORMAT}.`);
      return parseDuration(fallback) ?? 0;
    }
    if (limits.min !== undefined && ms < limits.min) {
      this.problem(name, `'${value}' is too short; the minimum is ${formatDuration(limits.min)}.`);
    } else if (limits.max !== undefined && ms > limits.max) {
      this.problem(name, `'${value}' is too long; the maximum is ${formatDuration(limits.max)}.`);
    }
    return ms;
  }

  /**
   * Multi-line `KEY=VALUE` pairs. Blank lines and lines starting with `#` are skipped; a value
   * may contain `=` and is trimmed like the key. A repeated key is a problem, because which one
   * wins would be a guess. Problems quote the line rather than number it: the runner trims the
   * whole input first, so a line number could point at the wrong line.
   */
  keyValues(name: string, keyPattern = /^[A-Za-z_][A-Za-z0-9_]*$/): ReadonlyMap<string, string> {
    const pairs = new Map<string, string>();
    const lines = this.raw(name).split(/\r?\n/);
    lines.forEach((line) => {
      const text = line.trim();
      if (text === '' || text.startsWith('#')) return;
      const eq = text.indexOf('=');
      const key = eq === -1 ? text : text.slice(0, eq).trim();
      if (eq === -1 || !keyPattern.test(key)) {
        // Only the key is quoted: the value may be a secret pasted from a .env file.
        this.problem(name, `'${key}' is not a KEY=VALUE line with a key matching ${String(keyPattern)}.`);
        return;
      }
      if (pairs.has(key)) this.problem(name, `the key '${key}' is given twice.`);
      pairs.set(key, text.slice(eq + 1).trim());
    });
    return pairs;
  }

  problem(input: string, message: string): void {
    this.problems.push({ input, message });
  }

  /** Throws one ConfigurationError listing every problem recorded so far. */
  throwIfProblems(): void {
    if (this.problems.length > 0) throw new ConfigurationError(this.problems);
  }

  private raw(name: string, fallback?: string): string {
    if (!this.defaults.has(name)) this.defaults.set(name, fallback);
    return this.read(name).trim();
  }
}
