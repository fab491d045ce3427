import { describe, expect, test } from 'vitest';
import { ConfigurationError } from './errors.js';
import { InputReader } from './inputs.js';

/** A reader over the `with:` block of a step; unset inputs read as '' like on a runner. */
function readerFor(values: Record<string, string> = {}): InputReader {
  return new InputReader((name) => values[name] ?? '');
}

function messagesFor(reader: InputReader, input: string): string[] {
  return reader.problems.filter((p) => p.input === input).map((p) => p.message);
}

function thrownBy(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('string inputs', () => {
  test('a value is trimmed', () => {
    expect(readerFor({ cluster: '  prod \n' }).string('cluster')).toBe('prod');
  });

  test('an empty optional input reads as undefined without a problem', () => {
    const reader = readerFor({ image: '   ' });
    expect(reader.string('image')).toBeUndefined();
    expect(reader.problems).toEqual([]);
  });

  test('a missing required input is a problem that names the input', () => {
    const reader = readerFor();
    expect(reader.string('cluster', { required: true })).toBeUndefined();
    expect(reader.problems).toHaveLength(1);
    expect(reader.problems[0]?.input).toBe('cluster');
    expect(reader.problems[0]?.message).toMatch(/is required/);
  });

  // Source bug: InputReader.string records `default` in `defaults` ("the default the parser
  // applies when it is empty") but never applies it, unlike choice/boolean/duration.
  test('an empty input with a default reads as that default', () => {
    const reader = readerFor();
    expect(reader.string('log-level', { default: 'info' })).toBe('info');
    expect(reader.defaults.get('log-level')).toBe('info');
  });
});

describe('choice inputs', () => {
  const modes = ['deploy', 'rollback'] as const;

  test('an empty input falls back to the default', () => {
    expect(readerFor().choice('mode', modes, 'deploy')).toBe('deploy');
  });

  test.each(['rollback', 'Rollback', 'ROLLBACK', ' rollback '])(
    '%j is accepted case-insensitively and returned as declared',
    (given) => {
      const reader = readerFor({ mode: given });
      expect(reader.choice('mode', modes, 'deploy')).toBe('rollback');
      expect(reader.problems).toEqual([]);
    },
  );

  test('an invalid value is a problem that quotes it and lists the valid values', () => {
    const reader = readerFor({ mode: 'redeploy' });
    expect(reader.choice('mode', modes, 'deploy')).toBe('deploy');
    const [message] = messagesFor(reader, 'mode');
    expect(message).toContain("'redeploy'");
    expect(message).toContain('deploy, rollback');
  });
});

describe('boolean inputs', () => {
  test.each([
    ['true', true],
    ['false', false],
    ['TRUE', true],
    ['False', false],
    [' true ', true],
  ])('%j reads as %s', (given, expected) => {
    const reader = readerFor({ wait: given });
    expect(reader.boolean('wait', !expected)).toBe(expected);
    expect(reader.problems).toEqual([]);
  });

  test('an empty input falls back to the default', () => {
    expect(readerFor().boolean('wait', true)).toBe(true);
    expect(readerFor().boolean('wait', false)).toBe(false);
  });

  test.each(['yes', '1', 'on', 'y'])('%j is a problem listing true and false, and the default is used', (given) => {
    const reader = readerFor({ wait: given });
    expect(reader.boolean('wait', true)).toBe(true);
    const [message] = messagesFor(reader, 'wait');
    expect(message).toContain(`'${given}'`);
    expect(message).toContain('true, false');
  });
});

describe('duration inputs', () => {
  test('an empty input uses the default', () => {
    expect(readerFor().duration('timeout', '30m')).toBe(1_800_000);
  });

  test('a given duration is read in milliseconds', () => {
    expect(readerFor({ timeout: '1h30m' }).duration('timeout', '30m')).toBe(5_400_000);
  });

  test('something that is not a duration is a problem explaining the format, and the default is used', () => {
    const reader = readerFor({ timeout: '30' });
    expect(reader.duration('timeout', '30m')).toBe(1_800_000);
    const [message] = messagesFor(reader, 'timeout');
    expect(message).toContain("'30' is not a duration");
    expect(message).toContain('90s, 15m, 1h or 1h30m');
  });

  test('a duration below the minimum is a problem that states the minimum', () => {
    const reader = readerFor({ 'poll-interval': '500ms' });
    reader.duration('poll-interval', '10s', { min: 1_000, max: 300_000 });
    expect(messagesFor(reader, 'poll-interval')).toEqual(["'500ms' is too short; the minimum is 1s."]);
  });

  test('a duration above the maximum is a problem that states the maximum', () => {
    const reader = readerFor({ timeout: '7h' });
    reader.duration('timeout', '30m', { min: 10_000, max: 6 * 3_600_000 });
    expect(messagesFor(reader, 'timeout')).toEqual(["'7h' is too long; the maximum is 6h."]);
  });

  test('durations exactly at the limits are allowed', () => {
    const reader = readerFor({ short: '1s', long: '6h' });
    expect(reader.duration('short', '10s', { min: 1_000 })).toBe(1_000);
    expect(reader.duration('long', '30m', { max: 6 * 3_600_000 })).toBe(6 * 3_600_000);
    expect(reader.problems).toEqual([]);
  });
});

describe('key=value inputs', () => {
  test('pairs are read one per line, skipping comments and blank lines', () => {
    const reader = readerFor({
      environment: ['# trading knobs', 'MAX_ORDER_SIZE=100', '', '   ', '  # indented comment', 'VENUE=XNYS'].join(
        '\n',
      ),
    });
    expect([...reader.keyValues('environment')]).toEqual([
      ['MAX_ORDER_SIZE', '100'],
      ['VENUE', 'XNYS'],
    ]);
    expect(reader.problems).toEqual([]);
  });

  test('Windows line endings are accepted', () => {
    const pairs = readerFor({ environment: 'A=1\r\nB=2\r\n' }).keyValues('environment');
    expect(Object.fromEntries(pairs)).toEqual({ A: '1', B: '2' });
  });

  test('a value may contain = and keeps it', () => {
    const pairs = readerFor({ environment: 'DATABASE_URL=postgres://db/x?sslmode=require&a=b' }).keyValues(
      'environment',
    );
    expect(pairs.get('DATABASE_URL')).toBe('postgres://db/x?sslmode=require&a=b');
  });

  test('an empty value is allowed', () => {
    expect(readerFor({ environment: 'FEATURE_FLAGS=' }).keyValues('environment').get('FEATURE_FLAGS')).toBe('');
  });

  test('an unset input gives no pairs and no problems', () => {
    const reader = readerFor();
    expect(reader.keyValues('environment').size).toBe(0);
    expect(reader.problems).toEqual([]);
  });

  test('each bad line is a problem that quotes its key, never its value', () => {
    const reader = readerFor({
      environment: [
        'GOOD=1',
        '# comment',
        'no equals sign',
        '',
        '1BAD=2',
        'export API_KEY=s3cr3t-value',
        '=nokey',
      ].join('\n'),
    });
    const pairs = reader.keyValues('environment');
    expect([...pairs.keys()]).toEqual(['GOOD']);
    const messages = messagesFor(reader, 'environment');
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^'no equals sign' is not a KEY=VALUE line/);
    expect(messages[1]).toMatch(/^'1BAD' is not a KEY=VALUE line/);
    expect(messages[2]).toMatch(/^'export API_KEY' is not a KEY=VALUE line/);
    expect(messages[3]).toMatch(/^'' is not a KEY=VALUE line/);
    expect(messages.join('\n')).not.toContain('s3cr3t-value');
  });

  test('a custom key pattern is honoured and shown in the problem', () => {
    const reader = readerFor({ labels: 'team.name=desk\nteam name=x' });
    const pairs = reader.keyValues('labels', /^[a-z.]+$/);
    expect(pairs.get('team.name')).toBe('desk');
    expect(messagesFor(reader, 'labels')[0]).toContain(String(/^[a-z.]+$/));
  });

  test('a repeated key is a problem naming the key', () => {
    const reader = readerFor({ environment: 'VENUE=XNYS\nOTHER=1\nVENUE=XLON' });
    reader.keyValues('environment');
    expect(messagesFor(reader, 'environment')).toEqual(["the key 'VENUE' is given twice."]);
  });
});

test('values are trimmed like keys, so KEY = value reads as "value"', () => {
  const reader = readerFor({ environment: 'VENUE = XNYS\nURL=https://x/?a=b ' });
  expect([...reader.keyValues('environment')]).toEqual([
    ['VENUE', 'XNYS'],
    ['URL', 'https://x/?a=b'],
  ]);
});

describe('collecting problems', () => {
  test('every problem is collected and thrown as one ConfigurationError listing every input', () => {
    const reader = readerFor({ mode: 'sideways', wait: 'maybe', timeout: 'soon', environment: 'oops' });
    reader.string('cluster', { required: true });
    reader.string('service', { required: true });
    reader.choice('mode', ['deploy', 'rollback'] as const, 'deploy');
    reader.boolean('wait', true);
    reader.duration('timeout', '30m');
    reader.keyValues('environment');

    const error = thrownBy(() => reader.throwIfProblems());
    expect(error).toBeInstanceOf(ConfigurationError);
    const configError = error as ConfigurationError;
    expect(configError.problems.map((p) => p.input)).toEqual([
      'cluster',
      'service',
      'mode',
      'wait',
      'timeout',
      'environment',
    ]);
    expect(configError.message).toMatch(/^6 input problems/);
    for (const input of ['cluster', 'service', 'mode', 'wait', 'timeout', 'environment']) {
      expect(configError.message).toContain(`  - ${input}: `);
    }
  });

  test('a problem added by the caller is part of the same error', () => {
    const reader = readerFor();
    reader.string('cluster', { required: true });
    reader.problem('aws-region', 'is not a region.');
    const error = thrownBy(() => reader.throwIfProblems()) as ConfigurationError;
    expect(error.problems.map((p) => p.input)).toEqual(['cluster', 'aws-region']);
  });

  test('nothing is thrown when every input is fine', () => {
    const reader = readerFor({ cluster: 'prod' });
    reader.string('cluster', { required: true });
    expect(() => reader.throwIfProblems()).not.toThrow();
  });
});

describe('defaults', () => {
  test('records each input read, with the default the reader was given', () => {
    const reader = readerFor({ mode: 'rollback' });
    reader.string('cluster', { required: true });
    reader.choice('mode', ['deploy', 'rollback'] as const, 'deploy');
    reader.boolean('wait', true);
    reader.duration('timeout', '30m');
    reader.keyValues('environment');

    expect(Object.fromEntries(reader.defaults)).toEqual({
      cluster: undefined,
      mode: 'deploy',
      wait: 'true',
      timeout: '30m',
      environment: undefined,
    });
  });

  test('the first default recorded for a name is kept when it is read again', () => {
    const reader = readerFor();
    reader.duration('timeout', '30m');
    reader.duration('timeout', '1h');
    expect(reader.defaults.get('timeout')).toBe('30m');
  });
});

describe('whole-number inputs', () => {
  test.each([
    ['', 2],
    ['0', 0],
    ['7', 7],
  ])("'%s' reads as %d", (value, expected) => {
    expect(readerFor({ 'failure-limit': value }).integer('failure-limit', 2, { min: 0, max: 100 })).toBe(expected);
  });

  test.each(['1.5', 'two', '-1', '101'])("'%s' is a problem that names the accepted range", (value) => {
    const reader = readerFor({ 'failure-limit': value });
    reader.integer('failure-limit', 0, { min: 0, max: 100 });
    expect(messagesFor(reader, 'failure-limit')).toEqual([
      `'${value}' is not valid. Use a whole number from 0 to 100.`,
    ]);
  });
});
