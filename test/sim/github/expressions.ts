/**
 * The part of GitHub Actions' expression language our workflows use, so the simulation runs the
 * reusable workflows' real `with:` and `if:` wiring rather than a hand-copied version of it:
 * property access (`inputs.service`, `steps.plan.outputs.engine`), string literals, `==` and
 * `!=` (case-insensitive for strings, as GitHub compares them), `&&` and `||` (which return an
 * operand, as in GitHub), `!`, parentheses, and the functions `format`, `success`, `failure`,
 * `always` and `cancelled`.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */

export type Value = string | number | boolean | null | { readonly [key: string]: Value };

export interface ExpressionContext {
  readonly values: Readonly<Record<string, Value>>;
  /** The job's status so far, for success(), failure() and cancelled(). */
  readonly status: 'success' | 'failure' | 'cancelled';
}

/** Replaces every `${{ … }}` in a `with:` value by its result, as GitHub does. */
export function interpolate(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => toText(evaluate(expression, context)));
}

/**
 * An `if:` condition: a bare expression (or one wrapped in `${{ }}`); GitHub adds `success() &&`
 * in front of a condition that calls none of the status functions.
 */
export function condition(text: string | undefined, context: ExpressionContext): boolean {
  const expression = (text ?? 'success()').trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const withStatus = /\b(success|failure|always|cancelled)\(\)/.test(expression)
    ? expression
    : `success() && (${expression})`;
  return truthy(evaluate(withStatus, context));
}

export function evaluate(expression: string, context: ExpressionContext): Value {
  const parser = new Parser(tokenize(expression), context);
  const value = parser.or();
  parser.expectEnd();
  return value;
}

type Token =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'op'; readonly value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const string = /^'((?:[^']|'')*)'/.exec(rest);
    if (string) {
      tokens.push({ kind: 'string', value: (string[1] ?? '').replace(/''/g, "'") });
      i += string[0].length;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(==|!=|&&|\|\||[!().,])/.exec(rest);
    if (!op) throw new Error(`unexpected '${rest.slice(0, 10)}' in expression: ${text}`);
    tokens.push({ kind: 'op', value: op[0] });
    i += op[0].length;
  }
  return tokens;
}

class Parser {
  private position = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: ExpressionContext,
  ) {}

  or(): Value {
    let left = this.and();
    while (this.accept('||')) {
      const right = this.and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  private and(): Value {
    let left = this.equality();
    while (this.accept('&&')) {
      const right = this.equality();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  private equality(): Value {
    const left = this.unary();
    if (this.accept('==')) return equal(left, this.unary());
    if (this.accept('!=')) return !equal(left, this.unary());
    return left;
  }

  private unary(): Value {
    if (this.accept('!')) return !truthy(this.unary());
    return this.primary();
  }

  private primary(): Value {
    const token = this.tokens[this.position++];
    if (!token) throw new Error('the expression ends too early');
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'op' && token.value === '(') {
      const value = this.or();
      this.expect(')');
      return value;
    }
    if (token.kind !== 'name') throw new Error(`unexpected '${token.value}'`);
    if (token.value === 'true' || token.value === 'false') return token.value === 'true';
    if (token.value === 'null') return null;
    if (this.accept('(')) return this.call(token.value);
    let value: Value = this.context.values[token.value] ?? null;
    while (this.accept('.')) {
      const property = this.tokens[this.position++];
      if (property?.kind !== 'name') throw new Error('a property name must follow "."');
      value = value !== null && typeof value === 'object' ? (value[property.value] ?? null) : null;
    }
    return value;
  }

  private call(name: string): Value {
    const args: Value[] = [];
    if (!this.accept(')')) {
      do args.push(this.or());
      while (this.accept(','));
      this.expect(')');
    }
    switch (name) {
      case 'success':
        return this.context.status === 'success';
      case 'failure':
        return this.context.status === 'failure';
      case 'cancelled':
        return this.context.status === 'cancelled';
      case 'always':
        return true;
      case 'format': {
        const [template, ...rest] = args;
        return toText(template ?? '').replace(/\{(\d+)\}/g, (_, index: string) => toText(rest[Number(index)] ?? ''));
      }
      default:
        throw new Error(`the simulation does not know the function ${name}()`);
    }
  }

  private accept(op: string): boolean {
    const token = this.tokens[this.position];
    if (token?.kind === 'op' && token.value === op) {
      this.position++;
      return true;
    }
    return false;
  }

  private expect(op: string): void {
    if (!this.accept(op)) throw new Error(`expected '${op}'`);
  }

  expectEnd(): void {
    if (this.position !== this.tokens.length) throw new Error('unexpected text after the expression');
  }
}

function truthy(value: Value): boolean {
  return !(value === null || value === false || value === '' || value === 0);
}

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

function toText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
