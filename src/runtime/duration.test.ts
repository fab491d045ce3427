import { describe, expect, test } from 'vitest';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  test.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['1.5m', 90_000],
    ['0.5s', 500],
    ['2m30s', 150_000],
    ['1m500ms', 60_500],
  ])('%s is understood as %d ms', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  test('surrounding white space (as a YAML block leaves it) is ignored', () => {
    expect(parseDuration('  15m\n')).toBe(900_000);
    expect(parseDuration('\t90s ')).toBe(90_000);
  });

  test('a bare number is rejected, because nobody can tell seconds from minutes', () => {
    expect(parseDuration('30')).toBeUndefined();
    expect(parseDuration('1.5')).toBeUndefined();
  });

  test('0 alone needs no unit, since it is the same in every unit', () => {
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('00')).toBeUndefined();
  });

  test.each(['15d', '15 minutes', '10sec', '2w', '1y'])('an unknown unit (%s) is rejected', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  test.each(['', '   ', '\n'])('an empty value (%j) is not a duration', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  test.each(['15mx', 'm15', 'x15m', '15m!', '-5s', '.5s', '1.s', 'h', 'abc'])(
    'junk around a valid part (%s) is rejected rather than half-read',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  test('a rejected value does not affect the next parse', () => {
    expect(parseDuration('15mx')).toBeUndefined();
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('m15')).toBeUndefined();
    expect(parseDuration('1h30m')).toBe(5_400_000);
  });
});

describe('formatDuration', () => {
  test.each([
    [0, '0ms'],
    [350, '350ms'],
    [999, '999ms'],
    [1000, '1s'],
    [42_000, '42s'],
    [60_000, '1m'],
    [185_000, '3m 5s'],
    [3_600_000, '1h'],
    [3_720_000, '1h 2m'],
    [3_723_000, '1h 2m 3s'],
    [5_400_000, '1h 30m'],
  ])('%d ms reads as %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  test('rounds to whole seconds once past a second, carrying into minutes', () => {
    expect(formatDuration(1_499)).toBe('1s');
    expect(formatDuration(59_600)).toBe('1m');
  });

  test.each([
    ['15m', '15m'],
    ['1h', '1h'],
    ['500ms', '500ms'],
    ['90s', '1m 30s'],
  ])('a parsed %s is shown back to people as %s', (text, shown) => {
    expect(formatDuration(parseDuration(text) ?? Number.NaN)).toBe(shown);
  });
});
