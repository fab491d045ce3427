import type { Threshold } from './checks.js';

type Operator = Threshold['operator'];

/** Two-character operators first, so `<=` is not read as `<` followed by `=`. */
const THRESHOLD = /^(<=|>=|==|!=|<|>)\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)$/;

/** The format every threshold accepts, for error messages. */
export const THRESHOLD_FORMAT = 'an operator and a number, like < 0.01 or <= 250';

const WORDS: Readonly<Record<Operator, string>> = {
  '<': 'below',
  '<=': 'at most',
  '>': 'above',
  '>=': 'at least',
  '==': 'exactly',
  '!=': 'anything but',
};

/**
 * Parses `< 0.01`, `<=250`, `> 0`, `>= 99.5`, `== 0`, `!= 1`, `< -3`, `< 1e-3`. Spaces around
 * the operator are optional. Returns undefined for anything else: a bare number (which way would
 * it compare?), `=` or `=<`, and percentages — `< 1%` is rejected rather than guessed, because
 * whether the metric itself is a fraction (0.01) or a percentage (1) differs per metric.
 */
export function parseThreshold(text: string): Threshold | undefined {
  const trimmed = text.trim();
  const match = THRESHOLD.exec(trimmed);
  const operator = match?.[1];
  const number = match?.[2];
  if (operator === undefined || number === undefined || !isOperator(operator)) return undefined;
  const value = Number(number);
  if (!Number.isFinite(value)) return undefined;
  return { operator, value, text: trimmed };
}

/**
 * True when `value` satisfies the threshold. NaN and infinities never do: a value that could not
 * be computed (0 ÷ 0) is not evidence of health. `==` and `!=` compare exactly, so use them for
 * counts (`== 0`), not for averages.
 */
export function meetsThreshold(value: number, threshold: Threshold): boolean {
  if (!Number.isFinite(value)) return false;
  const limit = threshold.value;
  switch (threshold.operator) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
    case '==':
      return value === limit;
    case '!=':
      return value !== limit;
  }
}

/** The threshold in words for reports: `below 0.01`, `at most 250`, `anything but 1`. */
export function describeThreshold(threshold: Threshold): string {
  return `${WORDS[threshold.operator]} ${threshold.value}`;
}

function isOperator(text: string): text is Operator {
  return Object.hasOwn(WORDS, text);
}
